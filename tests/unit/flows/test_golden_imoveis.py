"""Golden conversations with the real estate template, detours included."""

from __future__ import annotations

from service.flows import (
    AiReply,
    Handover,
    NotifyConsultant,
    SendList,
    SetStatus,
    load_flow,
    load_template,
)
from service.flows.templates import template_json
from tests.unit.flows.chat import Chat


def test_the_greeting_discloses_the_creci_before_asking_for_consent() -> None:
    raw = template_json("imoveis")
    raw["parametros"] = {"corretor": "Ana Souza", "creci": "123456-F"}
    chat = Chat(load_flow(raw))
    assert chat.texts[0].startswith("Olá! 👋 Sou a assistente virtual de Ana Souza.")
    assert "CRECI nº 123456-F" in chat.texts[1]
    assert "LGPD" in chat.texts[2] and chat.awaiting == "consentimento_lgpd"


def test_buyer_with_financing_books_a_visit_and_is_handed_over() -> None:
    chat = Chat(load_template("imoveis"))
    steps = [
        ("sim", "nome"),
        ("Sou a Carla", "objetivo"),
        ("quero comprar", "tipo_imovel"),
        ("apê", "cidade"),
        ("🎤", "cidade"),  # emoji only: asked to type, same place
        ("floripa", "bairros"),
        ("Centro, Trindade e Itacorubi", "quartos"),
        ("sei lá", "quartos"),
        ("3 quartos", "orcamento"),
        ("uns 650 mil", "forma_pagamento"),
        ("1", "usar_fgts"),
        ("sim, quero usar", "credito_pre_aprovado"),
        ("ainda não", "prazo"),
        ("o quanto antes!", "visita"),
        ("sexta de manhã", None),
    ]
    for text, awaiting in steps:
        chat.say(text)
        assert chat.awaiting == awaiting, (text, chat.said)
    assert "🗓️ Conversa: 27/11 às 09:00" in chat.said
    assert "💰 Até R$ 650.000" in chat.said
    assert chat.of_type(SetStatus) == [SetStatus(status="agendado")]
    assert len(chat.of_type(NotifyConsultant)) == 2
    assert chat.of_type(Handover) == [Handover(reason="qualificado")]
    assert len(chat.of_type(AiReply)) == 1
    assert chat.state.score == 10 + 30 + 5 + 20
    assert chat.state.tags == ["imoveis", "compra", "fgts"]
    assert chat.vars == chat.vars | {
        "objetivo": "comprar",
        "tipo_imovel": "apartamento",
        "cidade": "Florianópolis",
        "uf": "SC",
        "bairros": ["Centro", "Trindade", "Itacorubi"],
        "quartos": 3,
        "orcamento": 650000,
        "forma_pagamento": "financiamento",
        "usar_fgts": True,
        "credito_pre_aprovado": False,
        "prazo": "imediato",
        "visita": "2026-11-27T09:00:00-03:00",
    }


def test_renter_who_declines_a_visit_is_qualified() -> None:
    chat = Chat(load_template("imoveis"))
    for text in ["ok", "Pedro", "Alugar", "kitnet", "Curitiba - PR", "Batel",
                 "1", "R$ 2.500", "caução", "em até 3 meses", "não"]:  # fmt: skip
        chat.say(text)
    assert chat.state.mode == "handed_over" and chat.state.lead_status == "qualificado"
    assert "💳 Pagamento: não informado · Garantia: Caução" in chat.said
    assert chat.vars["orcamento"] == 2500 and chat.vars["visita"] is None
    assert chat.state.tags == ["imoveis", "aluguel"]
    assert chat.state.score == 10 + 20


def test_property_types_are_offered_as_a_list() -> None:
    chat = Chat(load_template("imoveis"))
    chat.say("sim")
    chat.say("Rita")
    chat.tap("alugar", "Alugar")
    (listing,) = chat.of_type(SendList)
    assert len(listing.rows) == 6 and listing.rows[2].title == "Casa em condomínio"
    chat.inbound(type="list", reply_id="casa_condominio", text="Casa em condomínio")
    assert chat.vars["tipo_imovel"] == "casa_condominio" and chat.awaiting == "cidade"


def test_human_request_and_opt_out_work_in_the_real_estate_flow() -> None:
    chat = Chat(load_template("imoveis"))
    chat.say("sim")
    chat.say("falar com o corretor")
    assert chat.state.mode == "handed_over"

    chat = Chat(load_template("imoveis"))
    chat.say("sim")
    chat.say("CANCELAR")
    assert chat.state.mode == "opted_out"


def test_real_estate_flow_restarts_after_refused_consent() -> None:
    chat = Chat(load_template("imoveis"))
    chat.say("nao")
    assert chat.state.mode == "ended"
    chat.inbound(type="image")
    assert chat.awaiting == "consentimento_lgpd" and "Olá de novo" in chat.said


def test_asking_to_talk_to_the_broker_at_a_time_books_the_talk() -> None:
    chat = Chat(load_template("imoveis"))
    for text in ["sim", "Rui", "alugar", "casa", "Santos SP", "Gonzaga", "2", "3 mil",
                 "fiador", "3 meses"]:  # fmt: skip
        chat.say(text)
    assert chat.awaiting == "visita"
    chat.say("quero falar com o corretor amanhã às 15h")
    assert chat.vars["visita"] == "2026-11-27T15:00:00-03:00"
    assert chat.state.lead_status == "agendado"
    assert chat.of_type(Handover) == [Handover(reason="qualificado")]


def test_asking_for_the_broker_without_a_time_hands_over_at_once() -> None:
    chat = Chat(load_template("imoveis"))
    for text in ["sim", "Rui", "alugar", "casa", "Santos SP", "Gonzaga", "2", "3 mil",
                 "fiador", "3 meses"]:  # fmt: skip
        chat.say(text)
    chat.say("quero falar com o corretor")
    assert chat.of_type(Handover) == [Handover(reason="pedido_do_lead")]
    assert "visita" not in chat.vars
