"""Condition operators and how variable values read inside messages."""

from __future__ import annotations

from typing import Any

import pytest

from service.flows.conditions import holds
from service.flows.render import interpolate, show
from service.flows.spec import Condicao

VARS: dict[str, Any] = {
    "idade": 40,
    "cidade": "São Paulo",
    "faixas": ["34-38", "59+"],
    "plano": None,
    "ok": True,
}


@pytest.mark.parametrize(
    ("variavel", "op", "valor", "expected"),
    [
        ("idade", "igual", 40, True),
        ("idade", "diferente", 40, False),
        ("idade", "maior", 39, True),
        ("idade", "maior", 40, False),
        ("idade", "maior_igual", 40, True),
        ("idade", "menor", 41, True),
        ("idade", "menor_igual", 39, False),
        ("cidade", "igual", "sao paulo", True),
        ("cidade", "contem", "paulo", True),
        ("cidade", "em", ["Rio de Janeiro", "São Paulo"], True),
        ("cidade", "fora", ["Rio de Janeiro", "São Paulo"], False),
        ("faixas", "contem", "59+", True),
        ("faixas", "contem", "0-18", False),
        ("plano", "existe", None, False),
        ("plano", "nao_existe", None, True),
        ("ausente", "nao_existe", None, True),
        ("ausente", "maior", 1, False),
        ("cidade", "maior", 1, False),
        ("ok", "igual", True, True),
        ("ok", "maior", 0, False),
    ],
)
def test_condition_operators(variavel: str, op: str, valor: Any, expected: bool) -> None:
    assert (
        holds(Condicao.model_validate({"variavel": variavel, "op": op, "valor": valor}), VARS)
        is expected
    )


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (None, "não informado"),
        (True, "sim"),
        (False, "não"),
        (800, "800"),
        (1500, "1.500"),
        (650000, "650.000"),
        (1500.0, "1.500"),
        (2.5, "2,50"),
        ([34, 31, 5], "34, 31 e 5"),
        (["Centro"], "Centro"),
        ([], "não informado"),
        ("2026-11-27T15:00:00-03:00", "27/11 às 15:00"),
        ("texto livre", "texto livre"),
    ],
)
def test_values_read_naturally_in_messages(value: Any, shown: str) -> None:
    assert show(value) == shown


def test_interpolation_fills_known_and_marks_missing_values() -> None:
    text = interpolate(
        "Oi {nome}! Idades: {idades}. Plano: {plano}.", {"nome": "Ana", "idades": [3]}
    )
    assert text == "Oi Ana! Idades: 3. Plano: não informado."


def test_interpolated_text_is_cut_to_the_whatsapp_limit() -> None:
    assert len(interpolate("{x}", {"x": "a" * 5000})) == 4096


def test_a_placeholder_fallback_replaces_missing_or_empty_values() -> None:
    template = "Prazer, {nome|que bom falar com você}! Bairros: {bairros|qualquer um}"
    assert interpolate(template, {"nome": None, "bairros": []}) == (
        "Prazer, que bom falar com você! Bairros: qualquer um"
    )
    assert interpolate(template, {"nome": "Ana", "bairros": ["Centro"]}) == (
        "Prazer, Ana! Bairros: Centro"
    )


def test_numbers_too_big_for_a_float_are_compared_and_shown_without_crashing() -> None:
    # A consultant may type any integer in a flow (points, a condition's value).
    huge = 10**400
    assert holds(Condicao(variavel="idade", op="menor", valor=huge), VARS)
    assert not holds(Condicao(variavel="n", op="maior", valor=1.5), {"n": -huge})
    assert show(huge) == f"{huge:,}".replace(",", ".")
    assert show(2.0) == "2" and show(2.5) == "2,50"
