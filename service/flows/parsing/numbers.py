"""Numbers written in digits or Portuguese words (`32`, `trinta e dois`, `1.500`, `1,5`)."""

from __future__ import annotations

import math
import re

from service.flows.parsing.text import normalize

UNITS = {
    "zero": 0, "um": 1, "uma": 1, "dois": 2, "duas": 2, "tres": 3, "quatro": 4, "cinco": 5,
    "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12,
    "treze": 13, "quatorze": 14, "catorze": 14, "quinze": 15, "dezesseis": 16,
    "dezessete": 17, "dezoito": 18, "dezenove": 19,
}  # fmt: skip
TENS = {
    "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "cincoenta": 50,
    "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90,
}  # fmt: skip
HUNDREDS = {
    "cem": 100, "cento": 100, "duzentos": 200, "duzentas": 200, "trezentos": 300,
    "quatrocentos": 400, "quinhentos": 500, "seiscentos": 600, "setecentos": 700,
    "oitocentos": 800, "novecentos": 900,
}  # fmt: skip
NUMBER_WORDS = UNITS | TENS | HUNDREDS | {"mil": 1000}

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def digits_to_number(token: str) -> float | None:
    """Read `1.500`, `1,5`, `800,00` or `32` the Brazilian way (dot groups, comma decimals)."""
    value = _read_digits(token.strip(".,"))
    # A digit string longer than a float can hold reads as infinity: not a number anyone means.
    return value if value is not None and math.isfinite(value) else None


def _read_digits(token: str) -> float | None:
    if not token:
        return None
    if "," in token:
        whole, _, frac = token.rpartition(",")
        whole = whole.replace(".", "")
        try:
            return float(f"{whole or 0}.{frac}")
        except ValueError:
            return None
    if "." in token:
        parts = token.split(".")
        # `1.500` groups thousands; `1.5` is a decimal written the English way.
        if all(len(p) == 3 for p in parts[1:]):
            return float("".join(parts))
        try:
            return float(token)
        except ValueError:
            return None
    return float(token)


def words_to_number(tokens: list[str]) -> tuple[int | None, int]:
    """Read a number spelled in words from the start of `tokens`; return (value, tokens used)."""
    total = 0
    current = 0
    used = 0
    last: int | None = None  # the previous word's value: `trinta e dois` grows downwards
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok == "e" and last is not None and i + 1 < len(tokens):
            i += 1
            continue
        value = NUMBER_WORDS.get(tok)
        if value is None or (last is not None and value != 1000 and value >= last):
            break
        if value == 1000:
            total += (current or 1) * 1000
            current = 0
        else:
            current += value
        last = value
        i += 1
        used = i
    if last is None:
        return None, 0
    return total + current, used


def number_tokens(text: str) -> list[tuple[float, str | None]]:
    """Every number in the text with the word right after it (`2 mil` counts as 2000)."""
    norm = normalize(text)
    tokens = re.findall(r"\d+(?:[.,]\d+)*|[a-z]+", norm)
    out: list[tuple[float, str | None]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok[0].isdigit():
            value = digits_to_number(tok)
            i += 1
            if value is None:
                continue
            if i < len(tokens) and tokens[i] == "mil":
                value *= 1000
                i += 1
            out.append((value, tokens[i] if i < len(tokens) else None))
            continue
        number, used = words_to_number(tokens[i:])
        if number is None or (tokens[i] in ("um", "uma") and used == 1):
            # A lone `um`/`uma` is usually an article (`uma filha de 5`), not a number.
            i += 1
            continue
        i += used
        out.append((float(number), tokens[i] if i < len(tokens) else None))
    return out


def find_numbers(text: str) -> list[float]:
    """Every number in the text, in order, whether typed in digits or words."""
    return [value for value, _ in number_tokens(text)]


def parse_int(text: str) -> int | None:
    """The single whole number in an answer (`32 anos`, `trinta e dois`), else None."""
    numbers = find_numbers(text)
    if not numbers:
        norm = normalize(text)
        if norm in ("um", "uma"):
            return 1
        return None
    if len(numbers) > 1:
        return None
    value = numbers[0]
    return int(value) if value == int(value) else None
