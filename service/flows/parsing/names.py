"""People's names out of answers like `meu nome é joão da silva` or `sou a Maria 😊`."""

from __future__ import annotations

import re

from service.flows.parsing.text import normalize

_PREFIX = re.compile(
    r"^(?:(?:oi+|ola|ol[aá]|opa|e ai|bom dia|boa tarde|boa noite|tudo bem|prazer)[\s,!.]*)*"
    r"(?:(?:o\s+)?meu\s+nome\s+(?:e|eh|é)|me\s+chamo|eu\s+me\s+chamo|pode\s+me\s+chamar\s+de|"
    r"(?:eu\s+)?sou(?:\s+(?:o|a)(?=\s))?|(?:e|eh|é)(?:\s+(?:o|a))?(?=\s)|aqui\s+(?:e|eh|é)(?:\s+(?:o|a)(?=\s))?|nome:?)?\s*",
    re.IGNORECASE,
)
_PARTICLES = {"de", "da", "do", "das", "dos", "e"}
_NOT_NAMES = {"sim", "nao", "ok", "oi", "ola", "obrigado", "obrigada", "bom", "dia", "tarde"}


def parse_name(text: str) -> str | None:
    """A person's name, title-cased, or None when the answer does not look like one."""
    plain = re.sub(r"[^\w\s',\-]", " ", text, flags=re.UNICODE).replace(",", " , ")
    plain = " ".join(plain.split())
    # Match the greeting/intro on the accent-free text, cut the same length from the original.
    norm_like = normalize(plain)
    match = _PREFIX.match(norm_like)
    rest = plain[match.end() :] if match and len(norm_like) == len(plain) else plain
    if match and len(norm_like) != len(plain):
        rest = _PREFIX.sub("", plain, count=1)
    # `Maria, prazer` and `maria e tenho 30 anos`: the name ends where the sentence goes on.
    rest = re.split(
        r"\s*,|\s+e\s+(?:tenho|sou|moro|estou|quero|gostaria|preciso)\b", rest.lstrip(" ,")
    )[0]
    words = rest.split()
    if not words or len(words) > 6 or any(any(c.isdigit() or c == "_" for c in w) for w in words):
        return None
    if normalize(" ".join(words)) in _NOT_NAMES or len("".join(words)) < 2:
        return None
    return " ".join(
        w.lower() if (w.lower() in _PARTICLES and k > 0) else w[:1].upper() + w[1:].lower()
        for k, w in enumerate(words)
    )
