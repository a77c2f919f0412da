"""Numbers, ages (and ANS brackets) and money as leads type them."""

from __future__ import annotations

import pytest

from service.flows.parsing import (
    ans_bracket,
    find_numbers,
    parse_age,
    parse_ages,
    parse_int,
    parse_money,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("32", 32),
        ("32 anos", 32),
        ("tenho 32 anos 😊", 32),
        ("trinta e dois", 32),
        ("Trinta e Dois anos", 32),
        ("vinte", 20),
        ("cem", 100),
        ("cento e vinte", 120),
        ("duzentos e cinquenta e três", 253),
        ("mil e quinhentos", 1500),
        ("dois mil", 2000),
        ("3️⃣", 3),
        ("um", 1),
        ("uma", 1),
        ("zero", 0),
        ("quatorze", 14),
        ("catorze", 14),
        ("1.500", 1500),
    ],
)
def test_parse_int_reads_digits_and_words(text: str, expected: int) -> None:
    assert parse_int(text) == expected


@pytest.mark.parametrize("text", ["", "não sei", "muitos", "2 ou 3", "1,5", "🤷"])
def test_parse_int_refuses_answers_without_one_whole_number(text: str) -> None:
    assert parse_int(text) is None


def test_numbers_joined_by_e_only_merge_when_they_descend() -> None:
    assert find_numbers("dois e três") == [2, 3]
    assert find_numbers("quarenta e cinco e quarenta e três") == [45, 43]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("eu 34, minha esposa 31 e meu filho de 5", [34, 31, 5]),
        ("34, 31, 5", [34, 31, 5]),
        ("34 31 5", [34, 31, 5]),
        ("eu tenho 45 e ela 43 anos", [45, 43]),
        ("somos 3 pessoas: 34, 31 e 5", [34, 31, 5]),
        ("eu 40 e bebê de 8 meses", [40, 0]),
        ("eu 29 e minha filha de 1 ano e 6 meses", [29, 1]),
        ("trinta e dois", [32]),
        ("Tenho 62 anos e meu marido 65 👴👵", [62, 65]),
        ("eu 38; esposa 36; filhos 10 e 7", [38, 36, 10, 7]),
        ("meu pai tem 70", [70]),
        ("2 adultos 35 e 33", [35, 33]),
        ("somos dois: 45 e 44", [45, 44]),
        ("tenho 2 filhos de 10 e 7", [10, 7]),
        ("37/35/8", [37, 35, 8]),
        ("eu (34), esposa (31)", [34, 31]),
    ],
)
def test_parse_ages_reads_several_ages_holder_first(text: str, expected: list[int]) -> None:
    assert parse_ages(text) == expected


@pytest.mark.parametrize("text", ["150", "eu 34 e minha mãe 130", "não sei", "🙂", "-"])
def test_parse_ages_refuses_implausible_or_missing_ages(text: str) -> None:
    assert parse_ages(text) is None


def test_parse_age_wants_exactly_one_age() -> None:
    assert parse_age("tenho 33 anos") == 33
    assert parse_age("33 e 35") is None


@pytest.mark.parametrize(
    ("age", "bracket"),
    [
        (0, "0-18"),
        (18, "0-18"),
        (19, "19-23"),
        (23, "19-23"),
        (24, "24-28"),
        (29, "29-33"),
        (34, "34-38"),
        (39, "39-43"),
        (44, "44-48"),
        (49, "49-53"),
        (53, "49-53"),
        (54, "54-58"),
        (58, "54-58"),
        (59, "59+"),
        (99, "59+"),
    ],
)
def test_ans_brackets_are_the_ten_regulated_ranges(age: int, bracket: str) -> None:
    assert ans_bracket(age) == bracket


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("R$ 800,00", 800),
        ("R$800", 800),
        ("800 reais", 800),
        ("uns mil reais", 1000),
        ("até 1.500", 1500),
        ("1,5 mil", 1500),
        ("mil e quinhentos", 1500),
        ("2 mil", 2000),
        ("2k", 2000),
        ("de 500 a 800", 800),
        ("entre 600 e 900 por mês", 900),
        ("no máximo R$ 1.200,50", 1200),
        ("450 mil", 450000),
        ("1,2 milhão", 1200000),
        ("Uns 700 conto 😅", 700),
    ],
)
def test_parse_money_reads_brazilian_amounts(text: str, expected: int) -> None:
    assert parse_money(text) == expected


@pytest.mark.parametrize("text", ["não sei", "barato", "0", "", "💸"])
def test_parse_money_refuses_answers_without_an_amount(text: str) -> None:
    assert parse_money(text) is None


def test_a_digit_string_too_long_for_a_float_is_not_a_number():
    # Found by the property test: 900 digits read as float infinity and crashed int().
    endless = "150" * 300
    assert find_numbers(endless) == []
    assert parse_ages(endless) is None
    assert parse_int(f"tenho {endless} anos") is None
    assert parse_money(f"R$ {endless}") is None
    assert find_numbers(f"{endless} e 32") == [32]
