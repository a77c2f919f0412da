"""Cities and states (accents, UF, nicknames, typos) and dates relative to a given now."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.flows.parsing import Place, parse_city, parse_datetime, parse_uf
from service.flows.parsing.places import UF_NAMES
from tests.unit.flows.chat import BRT, T0


@pytest.mark.parametrize(
    ("text", "city", "uf"),
    [
        ("sao paulo", "São Paulo", "SP"),
        ("São Paulo - SP", "São Paulo", "SP"),
        ("SÃO PAULO/SP", "São Paulo", "SP"),
        ("sampa", "São Paulo", "SP"),
        ("BH", "Belo Horizonte", "MG"),
        ("bh mg", "Belo Horizonte", "MG"),
        ("rio", "Rio de Janeiro", "RJ"),
        ("Rio de Janeiro", "Rio de Janeiro", "RJ"),
        ("moro em campinas/SP", "Campinas", "SP"),
        ("campinas sp", "Campinas", "SP"),
        ("Sao Jose dos Campos", "São José dos Campos", "SP"),
        ("floripa", "Florianópolis", "SC"),
        ("Curitba", "Curitiba", "PR"),
        ("goiania", "Goiânia", "GO"),
        ("eu moro em Niteroi", "Niterói", "RJ"),
        ("porto alegre rs", "Porto Alegre", "RS"),
        ("poa", "Porto Alegre", "RS"),
        ("caxias do sul", "Caxias do Sul", "RS"),
        ("Caxias - RJ", "Duque de Caxias", "RJ"),
        ("aqui é em salvador bahia", "Salvador", "BA"),
        ("sou de Santo André, SP 😊", "Santo André", "SP"),
        ("brasilia", "Brasília", "DF"),
        ("Recife-PE", "Recife", "PE"),
        ("Itu - SP", "Itu", "SP"),
        ("Moro em Itu SP", "Itu", "SP"),
        ("sao jose sc", "São José", "SC"),
        ("moro em sao paulo, zona sul", "São Paulo", "SP"),
        ("Santo Andre", "Santo André", "SP"),
        ("são bernardo", "São Bernardo do Campo", "SP"),
    ],
)
def test_parse_city_returns_canonical_name_and_uf(text: str, city: str, uf: str) -> None:
    assert parse_city(text) == Place(city, uf)


def test_an_unknown_city_is_kept_as_typed_without_guessing_a_state() -> None:
    assert parse_city("Itu") == Place("Itu", None)


@pytest.mark.parametrize("text", ["asdf qwer 123", "😀", "", "Rio Grande do Sul", "12345"])
def test_parse_city_refuses_non_cities_and_bare_states(text: str) -> None:
    assert parse_city(text) is None


@pytest.mark.parametrize(
    ("text", "uf"),
    [
        ("sp", "SP"),
        ("SP", "SP"),
        ("São Paulo", "SP"),
        ("sao paulo", "SP"),
        ("minas", "MG"),
        ("Minas Gerais", "MG"),
        ("rio grande do sul", "RS"),
        ("Paraná", "PR"),
        ("pr", "PR"),
        ("Sergipe", "SE"),
        ("estado de Goiás", "GO"),
        ("moro no Ceará", "CE"),
        ("espirito santo", "ES"),
        ("Pernanbuco", "PE"),
    ],
)
def test_parse_uf_reads_codes_and_names(text: str, uf: str) -> None:
    assert parse_uf(text) == uf


def test_every_uf_code_and_name_is_understood() -> None:
    assert len(UF_NAMES) == 27
    for code, name in UF_NAMES.items():
        assert parse_uf(code.lower()) == code
        assert parse_uf(name) == code


@pytest.mark.parametrize("text", ["xx", "brasil", "", "🙂"])
def test_parse_uf_refuses_non_states(text: str) -> None:
    assert parse_uf(text) is None


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BRT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("amanhã às 15h", at(27, 15)),
        ("amanha 15:30", at(27, 15, 30)),
        ("amanhã de manhã", at(27, 9)),
        ("sexta de manhã", at(27, 9)),
        ("sexta-feira 16h30", at(27, 16, 30)),
        ("segunda à tarde", at(30, 14)),
        ("hoje 14:30", at(26, 14, 30)),
        ("hoje à noite", at(26, 19)),
        ("às 3 da tarde", at(26, 15)),
        ("9h", at(27, 9)),
        ("depois de amanhã à noite", at(28, 19)),
        ("quinta", at(3, 9, month=12)),
        ("dia 15", at(15, 9, month=12)),
        ("dia 30 às 10h", at(30, 10)),
        ("15/12 às 10h", at(15, 10, month=12)),
        ("meio dia", at(26, 12)),
        ("pode ser amanhã 👍", at(27, 9)),
    ],
)
def test_parse_datetime_is_relative_to_the_given_now(text: str, expected: datetime) -> None:
    # T0 is Thursday 2026-11-26 10:00 in Brasília time.
    assert parse_datetime(text, T0) == expected


def test_past_dates_roll_forward_to_the_next_occurrence() -> None:
    assert parse_datetime("10/01", T0) == datetime(2027, 1, 10, 9, 0, tzinfo=BRT)


@pytest.mark.parametrize("text", ["qualquer hora", "não sei", "31/02", "", "25h"])
def test_parse_datetime_refuses_answers_without_a_usable_date(text: str) -> None:
    assert parse_datetime(text, T0) is None
