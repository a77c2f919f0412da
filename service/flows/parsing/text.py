"""Text normalisation shared by the parsers: lower case, no accents, no emoji, single spaces."""

from __future__ import annotations

import re
import unicodedata

_KEYCAPS = {f"{d}\ufe0f\u20e3": d for d in "0123456789"} | {f"{d}\u20e3": d for d in "0123456789"}
_NON_WORD = re.compile(r"[^a-z0-9@.,:/$%+\-\s]")
_SPACES = re.compile(r"\s+")


def strip_accents(text: str) -> str:
    """`São Paulo` → `Sao Paulo`."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize(text: str) -> str:
    """Lower case without accents, emoji or odd punctuation; keycap emoji become digits."""
    for cap, digit in _KEYCAPS.items():
        text = text.replace(cap, f" {digit} ")
    text = strip_accents(text.lower())
    text = _NON_WORD.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """Normalised words, punctuation dropped (`Sim!!` → [`sim`])."""
    return [w for w in re.split(r"[^a-z0-9@]+", normalize(text)) if w]


def squeeze_repeats(word: str) -> str:
    """Collapse letters typed many times (`simmm` → `sim`, `naaao` → `nao`)."""
    return re.sub(r"([a-z])\1+", r"\1", word)


_LIST_SEPARATORS = re.compile(r"\s*(?:[,;/\n]|\s+e\s+|\s+ou\s+)\s*", re.IGNORECASE)
_EMOJI = re.compile(r"[^\w\s'\-.]", re.UNICODE)


def parse_list(text: str) -> list[str] | None:
    """Items typed as `Centro, Jardins e Moema` → [`Centro`, `Jardins`, `Moema`]."""
    parts = _LIST_SEPARATORS.split(text)
    items = [" ".join(_EMOJI.sub(" ", i).split()).strip(" .-") for i in parts]
    items = [i for i in items if i and normalize(i)]
    return items[:20] or None
