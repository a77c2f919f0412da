"""Reply cache: identical questions share compliant answers, within a TTL, never personal ones."""

from __future__ import annotations

import logging

import pytest

from service.ai.cache import InMemoryReplyCache, cache_key, contains_personal_data


class Clock:
    """A manual clock for tests."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_identical_questions_share_a_key_despite_case_accents_and_punctuation() -> None:
    a = cache_key("flow-1", "saude", "duvidas", "Tem carência?")
    b = cache_key("flow-1", "saude", "duvidas", "  tem CARENCIA ")
    assert a == b


@pytest.mark.parametrize(
    ("scope", "vertical", "step", "question"),
    [
        ("flow-2", "saude", "duvidas", "tem carencia"),
        ("flow-1", "imoveis", "duvidas", "tem carencia"),
        ("flow-1", "saude", "valores", "tem carencia"),
        ("flow-1", "saude", "duvidas", "tem reembolso"),
    ],
)
def test_scope_vertical_step_and_question_each_change_the_key(
    scope: str, vertical: str, step: str, question: str
) -> None:
    base = cache_key("flow-1", "saude", "duvidas", "tem carencia")
    assert cache_key(scope, vertical, step, question) != base  # type: ignore[arg-type]


def test_answer_is_reused_within_ttl_and_expires_after(caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    cache = InMemoryReplyCache(ttl_s=60, clock=clock)
    cache.put("k", "A carência depende da operadora.")
    clock.now = 59
    with caplog.at_level(logging.INFO, logger="service.ai.cache"):
        assert cache.get("k") == "A carência depende da operadora."
    assert any(r.getMessage() == "ai cache hit" for r in caplog.records)
    clock.now = 60
    assert cache.get("k") is None
    assert (cache.hits, cache.misses) == (1, 1)


def test_cache_is_bounded_and_evicts_the_oldest() -> None:
    cache = InMemoryReplyCache(max_entries=2, clock=Clock())
    cache.put("a", "1")
    cache.put("b", "2")
    cache.put("c", "3")
    assert cache.get("a") is None
    assert cache.get("b") == "2" and cache.get("c") == "3"


@pytest.mark.parametrize(
    "text",
    [
        "Oi Ana, a carência depende da operadora.",
        "oi ANA!",
        "Vou te ligar no (11) 98765-4321.",
        "Seu CPF 123.456.789-09 está anotado.",
        "Mando no ana@example.com",
        "Para Campinas temos opções.",
    ],
)
def test_answers_with_the_leads_personal_data_are_detected(text: str) -> None:
    assert contains_personal_data(text, {"nome": "Ana", "cidade": "Campinas"})


@pytest.mark.parametrize(
    "text",
    [
        "A carência depende da operadora e do plano.",
        "O valor é uma estimativa, confirmo na cotação.",
        "Temos planos a partir de R$ 300, valor estimado.",
        "Banana não é nome",  # "ana" inside another word is not the lead's name
    ],
)
def test_impersonal_answers_are_cacheable(text: str) -> None:
    assert not contains_personal_data(text, {"nome": "Ana", "cidade": "Campinas", "uf": "SP"})


@pytest.mark.parametrize(
    "text", ["Oi, Maria! A carência depende da operadora.", "Claro, Sra. Souza."]
)
def test_a_reply_greeting_the_lead_by_one_of_their_names_is_personal(text: str) -> None:
    assert contains_personal_data(text, {"nome": "Maria da Silva Souza"})
    assert contains_personal_data(text, {"lead_name": "maria souza"})


def test_only_name_variables_are_matched_word_by_word() -> None:
    # "São José dos Campos" must not make every "são" in a reply personal data.
    assert not contains_personal_data(
        "Os planos são ajustados por idade.", {"nome": "Maria da Silva", "cidade": "São José"}
    )


def test_a_cache_hit_is_logged_without_the_leads_question(caplog: pytest.LogCaptureFixture) -> None:
    cache = InMemoryReplyCache(clock=Clock())
    key = cache_key("flow-1", "saude", "duvidas", "Tenho diabetes, o plano cobre?")
    cache.put(key, "A cobertura depende da operadora.")
    with caplog.at_level(logging.INFO, logger="service.ai.cache"):
        assert cache.get(key) is not None
    (record,) = [r for r in caplog.records if r.getMessage() == "ai cache hit"]
    assert "diabetes" not in str(record.__dict__)
    assert len(record.cache_key) == 16  # type: ignore[attr-defined]
