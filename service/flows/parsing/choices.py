"""Which option the lead picked: by button/row id, by number (`2`, `2️⃣`, `a segunda`) or by words."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from service.flows.parsing.numbers import parse_int
from service.flows.parsing.text import normalize

ORDINALS = {
    "primeira": 1, "primeiro": 1, "segunda": 2, "segundo": 2, "terceira": 3, "terceiro": 3,
    "quarta": 4, "quarto": 4, "quinta": 5, "quinto": 5, "sexta": 6, "sexto": 6,
}  # fmt: skip
_NUMBER_ANSWER = re.compile(
    r"^(?:(?:a|o|opcao|opção|op|numero|n|nº|item|alternativa|letra)\s*)?(\d{1,2}|[a-z]+)[\s.)-]*$"
)


@dataclass(frozen=True)
class Choice:
    """One option as the parser sees it."""

    id: str
    title: str
    synonyms: Sequence[str] = field(default_factory=tuple)


def match_choice(text: str | None, reply_id: str | None, options: Sequence[Choice]) -> int | None:
    """The index of the chosen option, or None when the answer matches none or several."""
    if reply_id is not None:
        for k, opt in enumerate(options):
            if opt.id == reply_id:
                return k
    if not text:
        return None
    norm = normalize(text)
    for k, opt in enumerate(options):
        if norm in (normalize(opt.id), normalize(opt.id.replace("_", " "))):
            return k
    by_number = _by_number(norm, len(options))
    if by_number is not None:
        return by_number
    return _by_words(norm, options)


def _by_number(norm: str, count: int) -> int | None:
    match = _NUMBER_ANSWER.match(norm.strip(" ."))
    if not match:
        return None
    token = match.group(1)
    if token.isdigit():
        number: int | None = int(token)
    elif token in ORDINALS:
        number = ORDINALS[token]
    elif token in ("ultima", "ultimo"):
        number = count
    else:
        number = parse_int(token)
    if number is not None and 1 <= number <= count:
        return number - 1
    return None


def _phrases(opt: Choice) -> list[str]:
    raw = [opt.title, opt.id.replace("_", " "), *opt.synonyms]
    return [p for p in (normalize(r) for r in raw) if p]


def _by_words(norm: str, options: Sequence[Choice]) -> int | None:
    padded = f" {norm} "
    hits: dict[int, list[str]] = {}
    for k, opt in enumerate(options):
        for phrase in _phrases(opt):
            if norm == phrase:
                return k
            if f" {phrase} " in padded:
                hits.setdefault(k, []).append(phrase)
    if hits:
        # Count each option's matched text once (`quarto individual` contains `quarto`).
        weight = {
            k: sum(len(p) for p in found if not any(p != q and p in q for q in found))
            for k, found in hits.items()
        }
        ranked = sorted(weight.items(), key=lambda kv: kv[1], reverse=True)
        winner, best = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        # `quarto individual` beats `quarto`, `minha esposa` beats `eu`; but
        # `enfermaria ou apartamento` is no answer.
        longest = max(hits[winner], key=len)
        if (
            runner_up == 0
            or best >= 2 * runner_up
            or all(p in longest for k in hits if k != winner for p in hits[k])
        ):
            return winner
        return None
    # Typos: the whole answer close to one option's phrase.
    scores = []
    for k, opt in enumerate(options):
        ratio = max(difflib.SequenceMatcher(None, norm, p).ratio() for p in _phrases(opt))
        scores.append((ratio, k))
    scores.sort(reverse=True)
    if scores and scores[0][0] >= 0.8 and (len(scores) == 1 or scores[1][0] < scores[0][0]):
        return scores[0][1]
    return None
