"""The engine, one step kind at a time, on small flows."""

from __future__ import annotations

from typing import Any

import pytest

from service.flows import (
    AddScore,
    AiReply,
    End,
    Flow,
    FlowState,
    Handover,
    Inbound,
    NotifyConsultant,
    SendButtons,
    SendImage,
    SendList,
    SendText,
    SetStatus,
    Tag,
    advance,
    awaiting,
    load_flow,
    start,
)
from tests.unit.flows.chat import T0, Chat


def flow(*steps: dict[str, Any], **extra: Any) -> Flow:
    return load_flow({"versao": 2, "id": "t", "nome": "T", "etapas": list(steps), **extra})


END = {"id": "fim", "tipo": "fim", "texto": "Fim."}


def test_message_interpolates_variables_and_sends_image_then_text() -> None:
    f = flow(
        {"id": "nome", "tipo": "pergunta", "variavel": "nome", "resposta": "nome", "texto": "Nome?"},
        {"id": "foto", "tipo": "mensagem", "texto": "Oi, {nome}! Status: {status}",
         "imagem": {"url": "https://exemplo.com/a.png", "legenda": "Para {nome}"}},
        END,
    )  # fmt: skip
    chat = Chat(f)
    chat.say("ana")
    image, text = chat.last[0], chat.last[1]
    assert image == SendImage(url="https://exemplo.com/a.png", caption="Para Ana")
    assert text == SendText(text="Oi, Ana! Status: novo")


def test_question_stores_the_parsed_value_and_moves_on() -> None:
    f = flow(
        {"id": "idade", "tipo": "pergunta", "variavel": "idade", "resposta": "idade", "texto": "Idade?"},
        END,
    )  # fmt: skip
    chat = Chat(f)
    assert chat.texts == ["Idade?"] and chat.awaiting == "idade"
    chat.say("tenho trinta e dois anos 🙂")
    assert chat.vars["idade"] == 32
    assert chat.state.mode == "ended"
    assert chat.of_type(End) == [End(reason="fim")]


def test_invalid_answer_gets_a_hint_and_the_same_question_stays_open() -> None:
    f = flow(
        {"id": "idade", "tipo": "pergunta", "variavel": "idade", "resposta": "idade",
         "texto": "Idade?", "dica": "Só o número, ex.: 34"},
        END,
    )  # fmt: skip
    chat = Chat(f)
    chat.say("não sei bem")
    assert "Só o número, ex.: 34" in chat.said
    assert chat.awaiting == "idade" and chat.state.attempts == 1
    chat.say("34")
    assert chat.vars["idade"] == 34 and chat.state.attempts == 0


def test_bounds_are_checked_with_a_clear_hint() -> None:
    f = flow(
        {"id": "valor", "tipo": "pergunta", "variavel": "valor", "resposta": "dinheiro",
         "texto": "Valor?", "minimo": 100, "maximo": 5000},
        END,
    )  # fmt: skip
    chat = Chat(f)
    chat.say("R$ 50")
    assert "entre 100 e 5000" in chat.said and chat.awaiting == "valor"
    chat.say("10 mil")
    assert chat.awaiting == "valor"
    chat.say("uns 800")
    assert chat.vars["valor"] == 800


def test_after_the_last_try_the_question_gives_up_gracefully() -> None:
    f = flow(
        {"id": "email", "tipo": "pergunta", "variavel": "email", "resposta": "email",
         "texto": "E-mail?", "tentativas": 2},
        {"id": "seguiu", "tipo": "mensagem", "texto": "E-mail: {email}"},
        END,
    )  # fmt: skip
    chat = Chat(f)
    chat.say("não tenho")
    assert chat.awaiting == "email"
    chat.say("sei lá")
    assert "Sem problemas, vamos seguir em frente." in chat.texts
    assert "E-mail: não informado" in chat.texts
    assert chat.vars["email"] is None and chat.state.mode == "ended"


def test_giving_up_can_jump_to_a_chosen_step() -> None:
    f = flow(
        {"id": "cnpj", "tipo": "pergunta", "variavel": "cnpj", "resposta": "cnpj", "texto": "CNPJ?",
         "tentativas": 1, "ao_desistir": "humano", "proxima": "fim"},
        END,
        {"id": "humano", "tipo": "acao", "acoes": [{"tipo": "transferir", "motivo": "sem_cnpj"}]},
    )  # fmt: skip
    chat = Chat(f)
    chat.say("não lembro")
    assert chat.of_type(Handover) == [Handover(reason="sem_cnpj")]
    assert chat.state.mode == "handed_over"


def test_no_as_null_answers_store_none_and_strip_a_leading_yes() -> None:
    f = flow(
        {"id": "plano", "tipo": "pergunta", "variavel": "plano", "resposta": "texto",
         "nao_como_nulo": True, "texto": "Tem plano?", "proxima": "plano2"},
        {"id": "plano2", "tipo": "pergunta", "variavel": "plano2", "resposta": "texto",
         "nao_como_nulo": True, "texto": "E outro?"},
        END,
    )  # fmt: skip
    chat = Chat(f)
    chat.say("Não tenho")
    assert chat.vars["plano"] is None
    chat.say("Sim, Bradesco Saúde")
    assert chat.vars["plano2"] == "Bradesco Saúde"


def test_city_question_also_fills_the_uf_variable() -> None:
    f = flow(
        {"id": "cidade", "tipo": "pergunta", "variavel": "cidade", "variavel_uf": "uf",
         "resposta": "cidade", "texto": "Cidade?"},
        END,
    )  # fmt: skip
    chat = Chat(f)
    chat.say("moro em bh")
    assert chat.vars["cidade"] == "Belo Horizonte" and chat.vars["uf"] == "MG"


def choice_flow(**choice: Any) -> Flow:
    step = {
        "id": "cor",
        "tipo": "escolha",
        "variavel": "cor",
        "texto": "Qual cor?",
        "opcoes": [
            {"id": "azul", "titulo": "Azul", "sinonimos": ["celeste"], "proxima": "azul_msg"},
            {"id": "verde", "titulo": "Verde", "valor": "VERDE"},
            {"id": "roxo", "titulo": "Roxo"},
        ],
        **choice,
    }
    return flow(
        step,
        {"id": "outra", "tipo": "mensagem", "texto": "Escolheu {cor_titulo}", "proxima": "fim"},
        {"id": "azul_msg", "tipo": "mensagem", "texto": "Azul!"},
        END,
    )


def test_choice_with_few_short_options_is_sent_as_buttons() -> None:
    chat = Chat(choice_flow())
    (buttons,) = chat.of_type(SendButtons)
    assert [b.id for b in buttons.buttons] == ["azul", "verde", "roxo"]


def test_choice_as_list_and_as_numbered_text() -> None:
    chat = Chat(choice_flow(apresentacao="lista", rotulo_lista="Cores"))
    (listing,) = chat.of_type(SendList)
    assert listing.button == "Cores" and [r.title for r in listing.rows] == [
        "Azul",
        "Verde",
        "Roxo",
    ]
    chat = Chat(choice_flow(apresentacao="texto"))
    assert chat.texts == ["Qual cor?\n\n1. Azul\n2. Verde\n3. Roxo"]


@pytest.mark.parametrize(
    ("send", "value", "said"),
    [
        ({"type": "button", "reply_id": "verde", "text": "Verde"}, "VERDE", "Escolheu Verde"),
        ({"type": "list", "reply_id": "roxo", "text": "Roxo"}, "roxo", "Escolheu Roxo"),
        ({"type": "text", "text": "2"}, "VERDE", "Escolheu Verde"),
        ({"type": "text", "text": "quero o roxo 💜"}, "roxo", "Escolheu Roxo"),
        ({"type": "text", "text": "celeste"}, "azul", "Azul!"),
    ],
)
def test_choice_answered_by_button_number_or_words(
    send: dict[str, Any], value: str, said: str
) -> None:
    chat = Chat(choice_flow())
    chat.inbound(**send)
    assert chat.vars["cor"] == value
    assert said in chat.texts


def test_unmatched_choice_repeats_the_options() -> None:
    chat = Chat(choice_flow(dica="Toque em uma cor:"))
    chat.say("amarelo")
    assert "Toque em uma cor:" in chat.said
    assert len(chat.of_type(SendButtons)) == 1 and chat.awaiting == "cor"


def test_choice_gives_up_to_its_next_step_after_the_tries() -> None:
    chat = Chat(choice_flow(tentativas=2, proxima="outra"))
    chat.say("amarelo")
    chat.say("laranja")
    assert chat.vars["cor"] is None
    assert "Escolheu não informado" in chat.texts


def branch_flow() -> Flow:
    return flow(
        {"id": "idade", "tipo": "pergunta", "variavel": "idade", "resposta": "idade", "texto": "Idade?"},
        {"id": "ramo", "tipo": "condicao", "senao": "adulto", "regras": [
            {"se": [{"variavel": "idade", "op": "menor", "valor": 18}], "proxima": "jovem"},
            {"se": [{"variavel": "idade", "op": "maior_igual", "valor": 60},
                    {"variavel": "idade", "op": "menor_igual", "valor": 120}], "proxima": "idoso"},
        ]},
        {"id": "jovem", "tipo": "fim", "texto": "jovem"},
        {"id": "idoso", "tipo": "fim", "texto": "idoso"},
        {"id": "adulto", "tipo": "fim", "texto": "adulto"},
    )  # fmt: skip


@pytest.mark.parametrize(("age", "said"), [("10", "jovem"), ("64", "idoso"), ("35", "adulto")])
def test_condition_takes_the_first_rule_that_holds_else_senao(age: str, said: str) -> None:
    chat = Chat(branch_flow())
    chat.say(age)
    assert chat.texts == [said]


def test_actions_change_status_score_tags_and_notify() -> None:
    f = flow(
        {"id": "valor", "tipo": "pergunta", "variavel": "valor", "resposta": "dinheiro", "texto": "Valor?"},
        {"id": "acoes", "tipo": "acao", "acoes": [
            {"tipo": "status", "valor": "qualificado"},
            {"tipo": "pontuar", "pontos": 10, "motivo": "base"},
            {"tipo": "pontuar", "pontos": 20, "se": [{"variavel": "valor", "op": "maior", "valor": 1000}]},
            {"tipo": "pontuar", "pontos": 5, "se": [{"variavel": "valor", "op": "menor", "valor": 1000}]},
            {"tipo": "tag", "valor": "vip"},
            {"tipo": "notificar", "mensagem": "Lead com R$ {valor}, pontos {pontuacao}"},
        ]},
        END,
    )  # fmt: skip
    chat = Chat(f)
    chat.say("R$ 2.000")
    assert chat.of_type(SetStatus) == [SetStatus(status="qualificado")]
    assert chat.of_type(AddScore) == [
        AddScore(points=10, total=10, reason="base"),
        AddScore(points=20, total=30, reason=None),
    ]
    assert chat.of_type(Tag) == [Tag(tag="vip")] and chat.state.tags == ["vip"]
    assert chat.of_type(NotifyConsultant) == [
        NotifyConsultant(message="Lead com R$ 2.000, pontos 30")
    ]
    assert chat.state.score == 30 and chat.state.lead_status == "qualificado"


def test_transfer_action_hands_over_and_stops_the_bot() -> None:
    f = flow(
        {"id": "ok", "tipo": "pergunta", "variavel": "ok", "resposta": "sim_nao", "texto": "Ok?"},
        {"id": "passa", "tipo": "acao", "acoes": [{"tipo": "transferir", "motivo": "pronto"}]},
    )  # fmt: skip
    chat = Chat(f)
    chat.say("sim")
    assert chat.of_type(Handover) == [Handover(reason="pronto")]
    assert chat.state.mode == "handed_over" and chat.state.done
    assert chat.say("olá?") == []


def test_ai_step_emits_instructions_context_and_fallback() -> None:
    f = flow(
        {"id": "nome", "tipo": "pergunta", "variavel": "nome", "resposta": "nome", "texto": "Nome?"},
        {"id": "ia", "tipo": "ia", "instrucoes": "Cumprimente {nome}", "contexto": ["nome"],
         "texto_reserva": "Obrigado, {nome}!"},
        END,
    )  # fmt: skip
    chat = Chat(f)
    chat.say("Bia")
    (reply,) = chat.of_type(AiReply)
    assert reply == AiReply(
        instructions="Cumprimente Bia", variables={"nome": "Bia"}, fallback="Obrigado, Bia!"
    )


def test_calculate_derives_ans_brackets_and_counts() -> None:
    f = flow(
        {"id": "idades", "tipo": "pergunta", "variavel": "idades", "resposta": "idades", "texto": "Idades?"},
        {"id": "faixas", "tipo": "calcular", "funcao": "faixas_ans", "origem": "idades", "variavel": "faixas"},
        {"id": "vidas", "tipo": "calcular", "funcao": "quantidade", "origem": "idades", "variavel": "vidas"},
        END,
    )  # fmt: skip
    chat = Chat(f)
    chat.say("eu 60, ela 58 e o bebê de 2")
    assert chat.vars["faixas"] == ["59+", "54-58", "0-18"]
    assert chat.vars["vidas"] == 3


def test_end_step_sets_the_final_status() -> None:
    f = flow({"id": "fim", "tipo": "fim", "texto": "Tchau", "status": "perdido"})
    state, actions = start(f, T0)
    assert state.mode == "ended" and state.lead_status == "perdido"
    assert actions == [SendText(text="Tchau"), SetStatus(status="perdido"), End(reason="fim")]


def test_advance_never_mutates_the_state_it_was_given() -> None:
    chat = Chat(branch_flow())
    before = chat.state.model_copy(deep=True)
    advance(chat.flow, chat.state, Inbound(text="40", at=T0))
    assert chat.state == before


def test_same_input_gives_the_same_output() -> None:
    chat = Chat(branch_flow())
    inbound = Inbound(text="44", at=T0)
    assert advance(chat.flow, chat.state, inbound) == advance(chat.flow, chat.state, inbound)


def test_a_state_pointing_at_a_removed_step_restarts_the_flow() -> None:
    f = branch_flow()
    stale = FlowState(mode="waiting", current="apagada")
    state, actions = advance(f, stale, Inbound(text="oi", at=T0))
    assert state.current == "idade" and state.restarts == 1
    assert SendText(text="Idade?") in actions


@pytest.mark.parametrize("inbound", [{"text": "oi"}, {"type": "audio"}])
def test_a_state_waiting_on_a_step_that_no_longer_asks_restarts_the_flow(
    inbound: dict[str, Any],
) -> None:
    # The consultant turned the open question into a branch (same id) under a live conversation.
    f = branch_flow()
    stale = FlowState(mode="waiting", current="ramo")
    state, actions = advance(f, stale, Inbound(at=T0, **inbound))
    assert state.current == "idade" and state.restarts == 1
    assert SendText(text="Idade?") in actions


def test_a_button_without_title_answers_a_question_with_its_id() -> None:
    f = flow(
        {"id": "ok", "tipo": "pergunta", "variavel": "ok", "resposta": "sim_nao", "texto": "Ok?"},
        END,
    )  # fmt: skip
    chat = Chat(f)
    chat.inbound(type="button", reply_id="sim")
    assert chat.vars["ok"] is True and chat.state.mode == "ended"


def test_a_pattern_restricts_free_text_answers() -> None:
    f = flow(
        {"id": "placa", "tipo": "pergunta", "variavel": "placa", "resposta": "texto",
         "padrao": "[a-z]{3}-?[0-9][a-z0-9][0-9]{2}", "dica": "Ex.: ABC1D23", "texto": "Placa?"},
        END,
    )  # fmt: skip
    chat = Chat(f)
    chat.say("não sei a placa")
    assert "Ex.: ABC1D23" in chat.said and chat.awaiting == "placa"
    chat.say("ABC1D23")
    assert chat.vars["placa"] == "ABC1D23"


def test_awaiting_names_the_variable_of_the_open_question() -> None:
    chat = Chat(choice_flow())
    assert awaiting(chat.flow, chat.state) == "cor"
    assert awaiting(chat.flow, FlowState()) is None
    assert awaiting(chat.flow, FlowState(mode="waiting", current="apagada")) is None


def test_a_pattern_that_backtracks_without_end_rejects_the_answer_instead_of_hanging() -> None:
    # `(a|aa)+b` against sixty a's takes ~10^12 steps on a backtracking matcher: the consultant's
    # pattern must not let a lead's message stall the worker.
    f = flow(
        {"id": "codigo", "tipo": "pergunta", "variavel": "codigo", "resposta": "texto",
         "padrao": "(a|aa)+b", "dica": "Ex.: aab", "texto": "Código?"},
        END,
    )  # fmt: skip
    chat = Chat(f)
    chat.say("a" * 60)
    assert "Ex.: aab" in chat.said and chat.awaiting == "codigo"
    chat.say("aab")
    assert chat.vars["codigo"] == "aab"
