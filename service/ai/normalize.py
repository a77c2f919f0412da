"""Text normalisation shared by the compliance checker and the reply cache (pure)."""

from __future__ import annotations

import re
import unicodedata

# WhatsApp shorthand → the full word, so one pattern catches both spellings.
_SLANG = {
    "vc": "voce",
    "vcs": "voces",
    "ce": "voce",
    "oce": "voce",
    "tb": "tambem",
    "tbm": "tambem",
    "q": "que",
    "pq": "porque",
    "n": "nao",
    "naum": "nao",
    "nn": "nao",
    "td": "tudo",
    "tds": "todos",
    "hj": "hoje",
    "msm": "mesmo",
    "mt": "muito",
    "mto": "muito",
    "ta": "esta",
    "to": "estou",
    "tou": "estou",
    "vdd": "verdade",
    "pfv": "por favor",
    "pf": "por favor",
    "d+": "demais",
    "blz": "beleza",
    "zap": "whatsapp",
    "msg": "mensagem",
    "ngm": "ninguem",
    "nd": "nada",
    "cmg": "comigo",
    "qdo": "quando",
    "qto": "quanto",
    "agr": "agora",
    "eh": "e",
    "ctz": "certeza",
    "cmtz": "com certeza",
}
_SLANG_RE = re.compile(r"(?<![\w$])(" + "|".join(re.escape(k) for k in _SLANG) + r")(?![\w+])")
_SPACED_CPF = re.compile(r"\bc\s*[.\-]?\s*p\s*[.\-]?\s*f\b")
_REPEATED_LETTER = re.compile(r"([a-z])\1{2,}")
_SENTENCE_SPLIT = re.compile(r"[!?;\n]+|\.(?!\d)")
_SPACES = re.compile(r"[ \t]+")


def fold(text: str) -> str:
    """Lower-case and strip accents ("Carência" → "carencia")."""
    text = text.lower().replace("ñ", " nao ")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize(text: str) -> str:
    """Fold accents, expand WhatsApp slang and tidy spacing so patterns see one spelling."""
    text = fold(text)
    text = text.replace("s/ ", "sem ").replace("c/ ", "com ")
    text = re.sub(r"r\s*\$\s*", "r$ ", text)
    text = _SPACED_CPF.sub("cpf", text)
    text = _REPEATED_LETTER.sub(r"\1", text)
    text = _SLANG_RE.sub(lambda m: _SLANG[m.group(1)], text)
    return _SPACES.sub(" ", text).strip()


def sentences(normalized: str) -> list[str]:
    """Split normalised text into sentences (a decimal point does not split)."""
    return [s.strip() for s in _SENTENCE_SPLIT.split(normalized) if s.strip()]


def question_key(text: str) -> str:
    """A question reduced to its words, for cache keys ("Tem carência?" == "tem carencia")."""
    words = re.findall(r"[a-z0-9$%]+", normalize(text))
    return " ".join(words)
