"""Yes/no answers in their many forms (`sim`, `s`, `claro`, `pode ser`, `n`, `de jeito nenhum`)."""

from __future__ import annotations

from service.flows.parsing.text import normalize, squeeze_repeats, words

YES_WORDS = frozenset(
    [
        "sim",
        "s",
        "ss",
        "si",
        "claro",
        "pode",
        "ok",
        "okay",
        "blz",
        "beleza",
        "certo",
        "certeza",
        "quero",
        "aceito",
        "concordo",
        "isso",
        "exato",
        "positivo",
        "bora",
        "yes",
        "y",
        "afirmativo",
        "uhum",
        "aham",
        "tenho",
        "autorizo",
        "perfeito",
        "otimo",
        "combinado",
        "fechado",
        "podemos",
        "vamos",
        "manda",
        "ja",
        "sure",
        "yep",
    ]
)
NO_WORDS = frozenset(
    ["nao", "n", "nn", "no", "nop", "nope", "nops", "negativo", "nunca", "jamais", "nem", "not"]
)
YES_PHRASES = ("pode ser", "com certeza", "tudo bem", "por favor", "ta bom", "sim senhor")
NO_PHRASES = ("de jeito nenhum", "nem pensar", "de forma alguma", "de modo algum", "agora nao")
UNSURE_PHRASES = ("nao sei", "talvez", "sei la", "nao tenho certeza", "depende")


def parse_yes_no(text: str) -> bool | None:
    """True for yes, False for no, None when unclear."""
    if any(e in text for e in ("👍", "✅", "👌", "🙌")):
        return True
    if any(e in text for e in ("👎", "❌", "🚫")):
        return False
    # `isso` keeps its double s; `simmm` and `naaao` lose their repeats.
    norm = " ".join(w if w in YES_WORDS | NO_WORDS else squeeze_repeats(w) for w in words(text))
    padded = f" {norm} "
    if any(f" {p} " in padded for p in UNSURE_PHRASES):
        return None
    if any(f" {p} " in padded for p in NO_PHRASES):
        return False
    tokens = norm.split()
    if len(tokens) > 1 and tokens[-1] in NO_WORDS:
        return False  # `tenho não`, `quero não`: a closing não negates the whole answer
    for word in tokens:
        if word in NO_WORDS:
            return False
        if word in YES_WORDS:
            return True
    if any(f" {p} " in padded for p in YES_PHRASES):
        return True
    return None


def is_blank(text: str) -> bool:
    """True when nothing readable is left after normalisation (only emoji or punctuation)."""
    return not normalize(text).strip(" .,:/-")
