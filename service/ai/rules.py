"""The compliance rules: each has an id, a short pt-BR reason and a pure detector.

Detectors work on normalised text (see `normalize`): lower case, no accents, slang expanded.
A pattern may be excused by a negation just before it in the same clause ("não posso
garantir aprovação" is honest; "aprovação garantida" is not).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from service.ai.models import ComplianceContext, Vertical
from service.ai.normalize import normalize

NEG = re.compile(
    r"\b(nao|nunca|jamais|ninguem|nenhum|nenhuma|nem|impossivel|proib\w*|vedad\w*)\b"
    r"|sem garantia"
)
NEG_OR_IF = re.compile(NEG.pattern + r"|\bse\b|\bcaso\b")
_CLAUSE_BREAK = re.compile(r"[,:()–—]| - |\bmas\b|\bporem\b")

NUMWORD = (
    r"(?:um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|treze|quatorze|"
    r"catorze|quinze|dezesseis|dezessete|dezoito|dezenove|vinte|trinta|quarenta|cinquenta|"
    r"sessenta|setenta|oitenta|noventa|cem|cento|duzentos|trezentos|quatrocentos|quinhentos|"
    r"seiscentos|setecentos|oitocentos|novecentos|mil)"
)
NUMBER = rf"(?:\d[\d.,]*|{NUMWORD}(?:\s+(?:e\s+)?{NUMWORD})*)"


@dataclass(frozen=True)
class Pattern:
    """A regex, optionally excused when `unless_before` matches the clause before it."""

    regex: re.Pattern[str]
    unless_before: re.Pattern[str] | None = None


def pat(regex: str, unless: re.Pattern[str] | None = None) -> Pattern:
    """Compile one detector pattern."""
    return Pattern(re.compile(regex), unless)


def neg(regex: str) -> Pattern:
    """A pattern excused by a negation before it in the same clause."""
    return pat(regex, NEG)


def _clause_before(sentence: str, start: int) -> str:
    """The part of the clause that precedes a match (negations only count within it)."""
    return _CLAUSE_BREAK.split(sentence[max(0, start - 60) : start])[-1]


def matches(pattern: Pattern, sentence: str) -> bool:
    """Whether the pattern occurs in the sentence without being excused."""
    for m in pattern.regex.finditer(sentence):
        if pattern.unless_before and pattern.unless_before.search(
            _clause_before(sentence, m.start())
        ):
            continue
        return True
    return False


def any_match(patterns: Sequence[Pattern], sents: Sequence[str]) -> bool:
    """Whether any pattern occurs, unexcused, in any sentence."""
    return any(matches(p, s) for s in sents for p in patterns)


Detector = Callable[[list[str], ComplianceContext], bool]


@dataclass(frozen=True)
class Rule:
    """One compliance rule: id, reason shown to people, verticals it applies to, detector."""

    id: str
    reason: str
    verticals: frozenset[Vertical]
    detect: Detector


SAUDE: frozenset[Vertical] = frozenset({"saude"})
IMOVEIS: frozenset[Vertical] = frozenset({"imoveis"})
ALL: frozenset[Vertical] = frozenset({"saude", "imoveis"})


def patterns_rule(patterns: Sequence[Pattern]) -> Detector:
    """A detector that fires when any of the patterns occurs."""

    def detect(sents: list[str], ctx: ComplianceContext) -> bool:
        return any_match(patterns, sents)

    return detect


def context_sentences(text: str) -> list[str]:
    """Normalise a context text (the lead's message) into sentences."""
    from service.ai.normalize import sentences

    return sentences(normalize(text))
