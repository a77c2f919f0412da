"""Rules that depend on what the lead asked or on the consultant's profile."""

from __future__ import annotations

import pytest

from service.ai.compliance import check_reply
from service.ai.models import ComplianceContext, Vertical


def _rules(text: str, vertical: Vertical, **context: object) -> set[str]:
    verdict = check_reply(text, vertical, ComplianceContext.model_validate(context))
    return {v.rule for v in verdict.violations}


BROKER = {"broker_registration": "CRECI 12345-F", "consultant_name": "Carla Souza"}


@pytest.mark.parametrize(
    "question", ["Qual o seu CRECI?", "vc é corretor?", "Quem é o corretor responsável?"]
)
def test_broker_question_answered_without_creci_is_a_violation(question: str) -> None:
    rules = _rules("Posso te mostrar o apê amanhã!", "imoveis", lead_message=question, **BROKER)
    assert "creci.identificacao_corretor" in rules


@pytest.mark.parametrize(
    "reply",
    [
        "A corretora responsável é a Carla Souza, CRECI 12345-F.",
        "Claro! O creci da Carla é 12345-F.",
        "Sou a assistente virtual da Carla Souza (CRECI 12345-F).",
    ],
)
def test_broker_question_answered_with_creci_passes(reply: str) -> None:
    assert _rules(reply, "imoveis", lead_message="qual o creci?", **BROKER) == set()


@pytest.mark.parametrize(
    "reply",
    [
        "Não posso informar o CRECI por aqui.",
        "CRECI não é necessário pra visitar.",
        "A gente não precisa de creci.",
    ],
)
def test_refusing_or_dismissing_the_creci_is_a_violation_even_unasked(reply: str) -> None:
    assert "creci.identificacao_corretor" in _rules(reply, "imoveis")


@pytest.mark.parametrize(
    "question",
    ["Vc é um robô?", "to falando com uma pessoa?", "isso é automático?", "Você é humana?"],
)
def test_bot_question_must_be_answered_as_virtual_assistant(question: str) -> None:
    assert "lgpd.identidade_virtual" in _rules(
        "Oi! Posso te ajudar com a cotação.", "saude", lead_message=question
    )
    assert (
        _rules(
            "Sou a assistente virtual da Ana e te ajudo por aqui 😊",
            "saude",
            lead_message=question,
        )
        == set()
    )


@pytest.mark.parametrize(
    "reply",
    ["Sou uma pessoa de verdade!", "Não sou robô não, pode confiar", "Sou a própria consultora"],
)
def test_claiming_to_be_human_is_a_violation(reply: str) -> None:
    assert "lgpd.identidade_virtual" in _rules(reply, "saude", lead_message="é robô?")


def test_denying_being_human_is_honest() -> None:
    assert (
        _rules("Não sou humana, sou uma assistente virtual.", "saude", lead_message="é gente?")
        == set()
    )


@pytest.mark.parametrize(
    "opt_out", ["PARE", "para de me mandar msg", "me tira dessa lista", "não quero mais"]
)
def test_opt_out_must_be_acknowledged_without_selling(opt_out: str) -> None:
    assert (
        _rules("Tudo bem, não vou mais te enviar mensagens.", "saude", lead_message=opt_out)
        == set()
    )
    assert "lgpd.opt_out" in _rules(
        "Tem certeza? Temos um desconto especial pra você!", "saude", lead_message=opt_out
    )
    assert "lgpd.opt_out" in _rules(
        "Que tal ver as opções de plano?", "imoveis", lead_message=opt_out
    )


def test_refusing_an_opt_out_is_a_violation_even_unasked() -> None:
    assert "lgpd.opt_out" in _rules(
        "Não é possível sair da lista, vou continuar mandando.", "saude"
    )


def test_ordinary_message_is_not_taken_as_opt_out() -> None:
    assert (
        _rules("Que tal ver as opções de plano?", "saude", lead_message="quero ver os planos")
        == set()
    )


@pytest.mark.parametrize(
    "reply",
    [
        "A Carla tem 20 anos de experiência no mercado.",
        "Ela é a melhor corretora da região!",
        "A Carla já ajudou mais de 500 famílias.",
        "Ele é premiado pela operadora.",
        "A Carla tem quinze anos de mercado.",
    ],
)
def test_claims_about_the_consultant_not_in_the_profile_are_violations(reply: str) -> None:
    assert "decoro.fatos_inventados" in _rules(reply, "imoveis", **BROKER)


def test_claims_backed_by_the_profile_pass() -> None:
    facts = ["10 anos de experiência em imóveis", "Já ajudou mais de 300 famílias"]
    reply = "A Carla tem mais de 10 anos de experiência e já ajudou mais de 300 famílias."
    assert _rules(reply, "imoveis", consultant_facts=facts, **BROKER) == set()
