"""What works at any step: opt-out, asking for a human, non-text messages, restarts."""

from __future__ import annotations

import pytest

from service.flows import (
    ActionList,
    FlowState,
    Handover,
    NotifyConsultant,
    OptIn,
    OptOut,
    SendButtons,
    SetStatus,
    load_template,
)
from service.flows.commands import detect
from tests.unit.flows.chat import Chat


@pytest.mark.parametrize(
    "text",
    ["PARAR", "parar", "Sair", "SAIR!", "cancelar", "CANCELAR 😡", "stop", "Pare", "chega",
     "não quero mais", "Não quero mais receber mensagens", "para de me mandar mensagem",
     "me tira dessa lista", "não tenho interesse", "remove meu número", "nao me mande mais nada",
     "parar por favor", "pode parar", "por favor pare", "não quero mais, obrigado", "quero sair",
     "pare de me enviar mensagens", "nao quero receber mais mensagens", "chega de mensagem",
     "me descadastra", "cancelar inscrição", "não me chame mais", "Sair, obrigada"],
)  # fmt: skip
def test_opt_out_commands_are_recognised(text: str) -> None:
    assert detect(text) == "opt_out"


@pytest.mark.parametrize(
    "text",
    ["falar com atendente", "Quero falar com um atendente", "humano", "HUMANO!!", "corretor",
     "quero falar com o corretor", "atendimento humano", "posso falar com uma pessoa?",
     "falar com alguém de verdade", "consultor", "me liga por favor"],
)  # fmt: skip
def test_human_requests_are_recognised(text: str) -> None:
    assert detect(text) == "human"


@pytest.mark.parametrize(
    "text",
    [
        "São Paulo",
        "sim",
        "não",
        "eu 34 e ela 31",
        "para mim e minha esposa",
        "Parati - RJ",
        "quero sair de casa dos meus pais",
        "apartamento",
        "não quero mais de 800 reais",
        "Pará",
        "pode ser",
        "por favor, 2 quartos",
    ],
)
def test_ordinary_answers_are_not_commands(text: str) -> None:
    assert detect(text) is None


def at_the_age_question() -> Chat:
    chat = Chat(load_template("saude"))
    chat.say("sim")
    chat.say("Roberta")
    chat.say("1")
    assert chat.awaiting == "idades"
    return chat


def test_opt_out_mid_flow_stops_the_bot_and_records_it() -> None:
    chat = at_the_age_question()
    chat.say("PARAR")
    assert len(chat.of_type(OptOut)) == 1
    assert chat.of_type(SetStatus) == [SetStatus(status="perdido")]
    assert "não vou mais te enviar mensagens" in chat.said
    assert chat.state.mode == "opted_out" and chat.state.done
    assert chat.say("34") == []
    assert chat.say("oi?") == []


def test_an_opted_out_lead_can_come_back_by_writing_voltar() -> None:
    chat = at_the_age_question()
    chat.say("sair")
    chat.say("VOLTAR")
    assert chat.of_type(OptIn) == [OptIn()]
    assert chat.state.mode == "waiting" and chat.awaiting == "consentimento_lgpd"
    assert chat.vars == {} and chat.state.restarts == 1
    assert "Olá de novo" in chat.said


def test_asking_for_a_human_hands_over_and_notifies_the_consultant() -> None:
    chat = at_the_age_question()
    chat.say("quero falar com um atendente")
    assert chat.of_type(Handover) == [Handover(reason="pedido_do_lead")]
    assert len(chat.of_type(NotifyConsultant)) == 1
    assert "atendente humano" in chat.said
    assert chat.state.mode == "handed_over"
    assert chat.say("alô?") == []


def test_asking_for_a_human_before_anything_moves_the_lead_into_service() -> None:
    chat = Chat(load_template("saude"), greet=False)
    chat.say("humano")
    assert chat.of_type(SetStatus) == [SetStatus(status="em_atendimento")]


@pytest.mark.parametrize("kind", ["audio", "voice", "image", "sticker", "location", "video", "document", "contacts", "unknown"])  # fmt: skip
def test_non_text_messages_get_a_polite_request_without_losing_the_place(kind: str) -> None:
    chat = at_the_age_question()
    before = chat.state.model_copy()
    chat.inbound(type=kind)
    assert "só consigo ler mensagens de texto" in chat.said
    assert chat.texts[-1].startswith("Quantas pessoas") or chat.texts[-1] == "Qual é a sua idade?"
    assert chat.state.current == before.current and chat.state.variables == before.variables
    assert chat.state.attempts == before.attempts


def test_a_blank_or_emoji_only_message_is_treated_like_non_text() -> None:
    chat = at_the_age_question()
    chat.say("   ")
    assert "só consigo ler mensagens de texto" in chat.said
    chat.say("👍🏻")
    assert chat.state.attempts == 0 and chat.awaiting == "idades"


def test_a_non_text_message_on_a_choice_repeats_the_buttons() -> None:
    chat = Chat(load_template("saude"))
    chat.inbound(type="audio")
    assert len(chat.of_type(SendButtons)) == 1 and chat.awaiting == "consentimento_lgpd"


def test_the_first_message_of_a_new_conversation_starts_the_flow() -> None:
    chat = Chat(load_template("saude"), greet=False)
    chat.say("Oi, vi o anúncio de vocês")
    assert chat.awaiting == "consentimento_lgpd"
    assert chat.texts[0].startswith("Olá! 👋")


def test_an_ended_conversation_restarts_politely_when_the_lead_writes_again() -> None:
    chat = Chat(load_template("saude"))
    chat.say("não")
    assert chat.state.mode == "ended"
    chat.say("oi de novo")
    assert chat.texts[0] == "Olá de novo! 😊 Vamos começar uma nova conversa."
    assert chat.awaiting == "consentimento_lgpd" and chat.state.restarts == 1


def test_state_and_actions_round_trip_through_json() -> None:
    chat = at_the_age_question()
    chat.say("eu 34 e ela 33")
    data = chat.state.model_dump(mode="json")
    assert FlowState.model_validate(data) == chat.state
    dumped = ActionList.dump_json(chat.last)
    assert ActionList.validate_json(dumped) == chat.last


def test_a_reaction_is_ignored_without_losing_the_place() -> None:
    chat = at_the_age_question()
    assert chat.inbound(type="reaction", text="👍") == []
    assert chat.awaiting == "idades"


def test_an_unfamiliar_message_type_is_treated_as_non_text() -> None:
    chat = at_the_age_question()
    chat.inbound(type="order")
    assert chat.state.current is not None and "só consigo ler mensagens de texto" in chat.said


def test_a_lone_job_title_answering_a_free_text_question_is_not_a_human_request() -> None:
    assert detect("consultor", free_text=True) is None
    assert detect("quero falar com um consultor", free_text=True) == "human"
    chat = Chat(load_template("saude"))
    for text in ["sim", "Vera", "por profissão"]:
        chat.say(text)
    assert chat.awaiting == "profissao"
    chat.say("Consultor")
    assert chat.vars["profissao"] == "Consultor" and chat.awaiting == "idades"
