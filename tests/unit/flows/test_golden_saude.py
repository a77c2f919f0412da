"""Golden conversations with the health plan template, detours included."""

from __future__ import annotations

from typing import Any

from service.flows import AddScore, AiReply, Handover, NotifyConsultant, load_template
from tests.unit.flows.chat import Chat

# Each line: what the lead sends, a piece of what the bot must answer, the variable then awaited.
Script = list[tuple[dict[str, Any], str, str | None]]


def play(chat: Chat, script: Script) -> None:
    for k, (send, expected, awaiting) in enumerate(script):
        chat.inbound(**send)
        assert expected in chat.said, f"line {k} {send}: {chat.said!r}"
        assert chat.awaiting == awaiting, f"line {k} {send}: awaiting {chat.awaiting}"


def t(text: str) -> dict[str, Any]:
    return {"type": "text", "text": text}


def test_family_lead_with_detours_is_qualified_and_handed_over() -> None:
    chat = Chat(load_template("saude"))
    assert chat.texts[0].startswith("Olá! 👋")
    assert "LGPD" in chat.texts[1] and chat.awaiting == "consentimento_lgpd"
    play(
        chat,
        [
            ({"type": "button", "reply_id": "aceito", "text": "Sim, pode seguir"},
             "qual é o seu nome?", "nome"),
            (t("oi, meu nome é joão da silva"), "Prazer, João da Silva!", "tipo_contratacao"),
            (t("eu minha esposa e meu filho"), "Quantas pessoas", "idades"),
            ({"type": "audio"}, "só consigo ler mensagens de texto", "idades"),
            (t("não sei"), "Me diga as idades separadas por vírgula", "idades"),
            (t("eu 34, minha esposa 31 e meu filho de 5"), "Em qual cidade", "cidade"),
            (t("sampa"), "Você tem plano de saúde hoje?", "plano_atual"),
            (t("tenho sim, Amil"), "portabilidade de carências", "acomodacao"),
            (t("apto"), "hospital ou laboratório", "hospitais_preferidos"),
            (t("Albert Einstein e Sírio"), "quanto você pretende investir", "orcamento_mensal"),
            (t("barato"), "valor aproximado em reais", "orcamento_mensal"),
            (t("uns mil e quinhentos reais"), "Idades: 34, 31 e 5", "resumo_confirmado"),
        ],
    )  # fmt: skip
    summary = chat.said
    assert "📍 Cidade: São Paulo - SP" in summary
    assert "📄 Contratação: Eu e minha família" in summary
    assert "🏥 Plano atual: Amil" in summary
    assert "💰 Orçamento: até R$ 1.500/mês" in summary
    assert chat.state.score == 55  # 10 base + 20 budget + 10 lives + 10 portability + 5 room
    assert chat.state.tags == ["saude", "portabilidade"]

    chat.say("sim")
    assert chat.of_type(AiReply)[0].fallback.startswith("Muito obrigada, João da Silva!")
    assert chat.of_type(Handover) == [Handover(reason="qualificado")]
    (note,) = chat.of_type(NotifyConsultant)
    assert "3 vida(s)" in note.message and "faixas ANS 34-38, 29-33 e 0-18" in note.message
    assert chat.state.mode == "handed_over" and chat.state.lead_status == "qualificado"
    assert chat.vars == chat.vars | {
        "nome": "João da Silva",
        "idades": [34, 31, 5],
        "faixas_ans": ["34-38", "29-33", "0-18"],
        "cidade": "São Paulo",
        "uf": "SP",
        "tipo_contratacao": "familiar",
        "plano_atual": "Amil",
        "acomodacao": "apartamento",
        "orcamento_mensal": 1500,
        "consentimento_lgpd": True,
    }


def test_individual_lead_without_plan_in_an_unlisted_city_is_asked_the_state() -> None:
    chat = Chat(load_template("saude"))
    play(
        chat,
        [
            (t("Pode ser 👍"), "qual é o seu nome?", "nome"),
            (t("Maria"), "O plano seria para quem?", "tipo_contratacao"),
            (t("só pra mim"), "Qual é a sua idade?", "idades"),
            (t("sessenta e dois"), "Em qual cidade", "cidade"),
            (t("Itu"), "E qual é o estado de Itu?", "uf"),
            (t("sao paulo"), "Você tem plano de saúde hoje?", "plano_atual"),
            (t("não tenho"), "acomodação", "acomodacao"),
            (t("1"), "hospital ou laboratório", "hospitais_preferidos"),
            (t("não"), "quanto você pretende investir", "orcamento_mensal"),
            (t("até R$ 800,00"), "🏥 Plano atual: não informado", "resumo_confirmado"),
        ],
    )  # fmt: skip
    assert chat.vars["idades"] == [62] and chat.vars["faixas_ans"] == ["59+"]
    assert chat.vars["cidade"] == "Itu" and chat.vars["uf"] == "SP"
    assert chat.vars["tipo_contratacao"] == "individual"
    assert chat.vars["plano_atual"] is None and chat.vars["acomodacao"] == "enfermaria"
    assert chat.vars["orcamento_mensal"] == 800
    assert chat.state.score == 20 and "59_mais" in chat.state.tags


def test_company_without_cnpj_goes_back_to_the_contract_type() -> None:
    chat = Chat(load_template("saude"))
    play(
        chat,
        [
            (t("sim"), "nome", "nome"),
            (t("Carlos"), "O plano seria para quem?", "tipo_contratacao"),
            ({"type": "list", "reply_id": "pme", "text": "Minha empresa / MEI"}, "CNPJ", "tem_cnpj"),
            (t("não"), "não é possível", "tipo_contratacao"),
            (t("Por profissão"), "profissão ou entidade", "profissao"),
            (t("sou advogado, OAB"), "Quantas pessoas", "idades"),
        ],
    )  # fmt: skip
    assert chat.vars["tipo_contratacao"] == "adesao"


def test_pme_lead_scores_higher_and_correcting_the_summary_resets_the_score() -> None:
    chat = Chat(load_template("saude"))
    for text in ["sim", "Paula", "empresa", "sim", "40, 38, 25, 22", "Curitiba PR", "não",
                 "tanto faz", "não", "R$ 3.000"]:  # fmt: skip
        chat.say(text)
    assert chat.awaiting == "resumo_confirmado"
    assert chat.state.score == 55  # 10 base + 20 budget + 15 pme + 10 lives
    chat.say("quero corrigir")
    assert chat.state.score == 0 and chat.awaiting == "tipo_contratacao"
    assert chat.of_type(AddScore) == [AddScore(points=-55, total=0, reason="pontuação zerada")]
    for text in ["familiar", "40, 38", "curitiba", "não", "enfermaria", "não", "900"]:
        chat.say(text)
    assert chat.state.score == 20 and chat.vars["idades"] == [40, 38]


def test_refusing_consent_ends_and_writing_again_restarts() -> None:
    chat = Chat(load_template("saude"))
    chat.tap("recuso", "Não, obrigado")
    assert "Sem a sua autorização" in chat.said
    assert chat.state.mode == "ended" and chat.state.lead_status == "perdido"
    chat.say("oi, mudei de ideia")
    assert "Olá de novo" in chat.said and chat.awaiting == "consentimento_lgpd"
    chat.say("aceito")
    assert chat.awaiting == "nome"
    assert chat.state.lead_status == "em_atendimento"


def test_opt_out_in_the_middle_of_the_health_flow() -> None:
    chat = Chat(load_template("saude"))
    for text in ["sim", "Lúcia", "familia"]:
        chat.say(text)
    chat.say("não quero mais")
    assert chat.state.mode == "opted_out"
    assert chat.say("eu 30 e ele 32") == []


def test_human_request_in_the_middle_of_the_health_flow() -> None:
    chat = Chat(load_template("saude"))
    for text in ["sim", "Lúcia", "familia", "eu 30 e ele 32"]:
        chat.say(text)
    chat.say("prefiro falar com o corretor")
    assert chat.state.mode == "handed_over"
    assert chat.vars["idades"] == [30, 32]


def test_a_lead_who_never_gives_a_name_is_still_addressed_politely() -> None:
    chat = Chat(load_template("saude"))
    chat.say("sim")
    for text in ["123", "999", "0800"]:
        chat.say(text)
    assert chat.vars["nome"] is None
    assert "Prazer, que bom falar com você! O plano seria para quem?" in chat.texts
