"""Ages, one or several in one message (`eu 34, minha esposa 31 e meu filho de 5`)."""

from __future__ import annotations

import re

from service.flows.parsing.numbers import number_tokens
from service.flows.parsing.text import strip_accents

MAX_AGE = 120
_MONTHS = ("mes", "meses", "dia", "dias", "semana", "semanas")
# `somos 3 pessoas`, `2 filhos` count people: the number right before these words is no age.
_HOW_MANY = r"(?:\d+|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito)"
_COUNT = re.compile(
    rf"\b{_HOW_MANY}\s+(?:pessoas?|vidas?|dependentes?|filhos|filhas|criancas|netos|netas|"
    r"beneficiarios|adultos?|idosos?)\b|\bsomos\s+(?:em\s+)?" + _HOW_MANY + r"\b"
)

# The ten age brackets the ANS (RN 563/2022) requires health plan prices to use.
ANS_BRACKETS: tuple[tuple[int, int | None], ...] = (
    (0, 18),
    (19, 23),
    (24, 28),
    (29, 33),
    (34, 38),
    (39, 43),
    (44, 48),
    (49, 53),
    (54, 58),
    (59, None),
)


def parse_ages(text: str) -> list[int] | None:
    """All ages in the answer, in the order typed (holder first); None if any is implausible."""
    ages: list[int] = []
    prev_next: str | None = None
    for value, nxt in number_tokens(_COUNT.sub(" ", strip_accents(text.lower()))):
        if nxt in _MONTHS:
            if prev_next in ("ano", "anos") and ages and ages[-1] < 3:
                prev_next = nxt
                continue  # `1 ano e 6 meses` is one baby, already counted
            value = 0
        if value != int(value) or not 0 <= value <= MAX_AGE:
            return None
        ages.append(int(value))
        prev_next = nxt
    return ages or None


def parse_age(text: str) -> int | None:
    """Exactly one age in the answer, else None."""
    ages = parse_ages(text)
    return ages[0] if ages and len(ages) == 1 else None


def ans_bracket(age: int) -> str:
    """The ANS bracket label of an age: `0-18`, `19-23`, ..., `54-58`, `59+`."""
    for low, high in ANS_BRACKETS:
        if high is None:
            return f"{low}+"
        if low <= age <= high:
            return f"{low}-{high}"
    raise ValueError(f"negative age: {age}")
