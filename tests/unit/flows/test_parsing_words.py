"""Yes/no, names, e-mail, CNPJ, lists and choices as leads type them."""

from __future__ import annotations

import pytest

from service.flows.parsing import (
    Choice,
    match_choice,
    parse_cnpj,
    parse_email,
    parse_list,
    parse_name,
    parse_yes_no,
)


@pytest.mark.parametrize(
    "text",
    ["sim", "s", "S", "Sim!!", "simmm", "ss", "claro", "Claro que sim 😊", "pode ser", "pode",
     "ok", "Ok, pode seguir", "com certeza", "isso", "aceito", "👍", "tenho sim", "bora",
     "uhum", "tá bom", "positivo", "sim senhor"],
)  # fmt: skip
def test_yes_variants_read_as_yes(text: str) -> None:
    assert parse_yes_no(text) is True


@pytest.mark.parametrize(
    "text",
    ["não", "nao", "n", "N", "naaao", "Não, obrigado", "de jeito nenhum", "nem pensar",
     "negativo", "nunca", "não tenho", "agora não", "tenho não", "acho que não", "👎", "nops", "nope", "Não!! 😡"],
)  # fmt: skip
def test_no_variants_read_as_no(text: str) -> None:
    assert parse_yes_no(text) is False


@pytest.mark.parametrize("text", ["não sei", "talvez", "sei lá", "depende", "banana", "", "🤔"])
def test_unclear_answers_are_neither_yes_nor_no(text: str) -> None:
    assert parse_yes_no(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("João", "João"),
        ("joão", "João"),
        ("meu nome é joão da silva", "João da Silva"),
        ("Meu nome é Ana Paula.", "Ana Paula"),
        ("sou a Maria 😊", "Maria"),
        ("sou Ana", "Ana"),
        ("Oi! Me chamo Ana Paula", "Ana Paula"),
        ("oi, boa tarde, meu nome é José Antônio", "José Antônio"),
        ("pode me chamar de Zé", "Zé"),
        ("MARIA DAS DORES", "Maria das Dores"),
        ("aqui é o Otávio", "Otávio"),
        ("Eu sou o Oscar", "Oscar"),
        ("Maria, prazer", "Maria"),
        ("É Joana", "Joana"),
        ("é o Pedro", "Pedro"),
        ("me chamo maria e tenho 30 anos", "Maria"),
        ("Eduardo", "Eduardo"),
        ("Dr. Carlos", "Dr Carlos"),
    ],
)
def test_parse_name_strips_greetings_and_title_cases(text: str, expected: str) -> None:
    assert parse_name(text) == expected


@pytest.mark.parametrize("text", ["123", "sim", "oi", "", "🙂", "a b c d e f g h"])
def test_parse_name_refuses_non_names(text: str) -> None:
    assert parse_name(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("joao@gmail.com", "joao@gmail.com"),
        ("meu email é Joao.Silva@Gmail.con", "joao.silva@gmail.com"),
        ("joao @ hotmail.com", "joao@hotmail.com"),
        ("é maria_s+leads@empresa.com.br, obrigada", "maria_s+leads@empresa.com.br"),
    ],
)
def test_parse_email_finds_the_address(text: str, expected: str) -> None:
    assert parse_email(text) == expected


@pytest.mark.parametrize("text", ["não tenho email", "joao@", "joao.gmail.com"])
def test_parse_email_refuses_text_without_an_address(text: str) -> None:
    assert parse_email(text) is None


def test_parse_cnpj_checks_the_check_digits() -> None:
    assert parse_cnpj("meu cnpj é 11.222.333/0001-81") == "11222333000181"
    assert parse_cnpj("11222333000181") == "11222333000181"
    assert parse_cnpj("11.222.333/0001-82") is None
    assert parse_cnpj("00.000.000/0000-00") is None
    assert parse_cnpj("123") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Centro, Jardins e Moema", ["Centro", "Jardins", "Moema"]),
        ("Pinheiros ou Vila Madalena 🙏", ["Pinheiros", "Vila Madalena"]),
        ("Barra da Tijuca; Recreio", ["Barra da Tijuca", "Recreio"]),
        ("centro", ["centro"]),
    ],
)
def test_parse_list_splits_on_commas_and_conjunctions(text: str, expected: list[str]) -> None:
    assert parse_list(text) == expected


ROOMS = [
    Choice("enfermaria", "Enfermaria", ("quarto coletivo",)),
    Choice("apartamento", "Apartamento", ("apto", "quarto individual", "particular")),
    Choice("indiferente", "Tanto faz", ("indiferente", "qualquer", "nao importa")),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1", 0),
        ("2", 1),
        ("3.", 2),
        ("2️⃣", 1),
        ("opção 3", 2),
        ("a segunda", 1),
        ("última", 2),
        ("três", 2),
        ("Enfermaria", 0),
        ("apartamento!!", 1),
        ("APTO", 1),
        ("apartamneto", 1),
        ("enfermria", 0),
        ("tanto faz 😅", 2),
        ("quero quarto individual por favor", 1),
        ("não importa", 2),
        ("indiferente", 2),
    ],
)
def test_choices_match_by_number_word_or_typo(text: str, expected: int) -> None:
    assert match_choice(text, None, ROOMS) == expected


@pytest.mark.parametrize("text", ["4", "0", "enfermaria ou apartamento", "banana", "", "🤷‍♂️"])
def test_choices_refuse_ambiguous_or_unknown_answers(text: str) -> None:
    assert match_choice(text, None, ROOMS) is None


def test_a_tapped_button_id_wins_over_its_title_text() -> None:
    assert match_choice("Tanto faz", "apartamento", ROOMS) == 1
    assert match_choice("qualquer coisa", "desconhecido", ROOMS) == 2
