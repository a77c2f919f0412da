"""`postgres_changes` filters: Supabase Realtime's PostgREST-like filter syntax.

`column=op.value`, optionally negated with `not.` (`status=not.in.(a,b)`), several joined by
top-level commas as AND. Operators: eq, neq, lt, lte, gt, gte, in, like, ilike, is, match,
imatch, isdistinct. Parsing follows supabase/realtime's `parse_subscription_params`; evaluation
follows `realtime.check_equality_op` (NULL column values fail every operator but `is` and
`isdistinct`).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

OPERATORS = (
    "eq", "neq", "lt", "lte", "gt", "gte", "in", "like", "ilike", "is", "match", "imatch",
    "isdistinct",
)  # fmt: skip
IS_KEYWORDS = ("null", "true", "false", "unknown")
MAX_IN_VALUES = 100

_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "eq": operator.eq,
    "neq": operator.ne,
    "lt": operator.lt,
    "lte": operator.le,
    "gt": operator.gt,
    "gte": operator.ge,
}


class FilterError(ValueError):
    """A filter string Supabase Realtime would refuse."""


@dataclass(frozen=True)
class Filter:
    """One parsed condition; `value` is the raw text (for `in`, a Postgres array literal)."""

    column: str
    op: str
    value: str
    negate: bool = False


def _split_top_level(text: str) -> list[str]:
    """Split on commas outside parentheses and double-quoted values."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    quoted = False
    prev = ""
    i = 0
    while i < len(text):
        char = text[i]
        if quoted:
            current.append(char)
            if char == "\\" and i + 1 < len(text):
                current.append(text[i + 1])
                i += 1
            elif char == '"':
                quoted = False
        elif char == '"' and prev in (".", "(", ","):
            quoted = True
            current.append(char)
        elif char == "(":
            depth += 1
            current.append(char)
        elif char == ")":
            depth = max(0, depth - 1)
            current.append(char)
        elif char == "," and depth == 0:
            parts.append("".join(current))
            current = []
            char = ""
        else:
            current.append(char)
        prev = char
        i += 1
    parts.append("".join(current))
    return parts


def _unquote(value: str) -> str:
    if len(value) < 2 or not value.startswith('"'):
        return value
    out: list[str] = []
    i = 1
    while i < len(value):
        char = value[i]
        if char == "\\" and i + 1 < len(value):
            out.append(value[i + 1])
            i += 2
            continue
        if char == '"':
            return "".join(out) if i == len(value) - 1 else value
        out.append(char)
        i += 1
    return value


def parse(text: str | None) -> list[Filter]:
    """Parse a filter string into its AND-ed conditions."""
    if text is None or not text.strip():
        return []
    filters = []
    for segment in _split_top_level(text.strip()):
        segment = segment.strip()
        if not segment:
            raise FilterError("filter must not contain empty segments (check for extra commas)")
        if "=" not in segment:
            raise FilterError(f'["{segment}"]')
        column, rest = segment.split("=", 1)
        negate = rest.startswith("not.")
        if negate:
            rest = rest[4:]
        if "." not in rest:
            raise FilterError(f'["{rest}"]')
        op, value = rest.split(".", 1)
        if op not in OPERATORS:
            raise FilterError(f'["{op}", "{value}"]')
        if op == "in":
            if len(value) < 2 or not (value.startswith("(") and value.endswith(")")):
                raise FilterError("`in` filter value must be wrapped by parentheses")
            value = "{" + value[1:-1] + "}"
        else:
            value = _unquote(value)
        filters.append(Filter(column, op, value, negate))
    return filters


def split_array_literal(literal: str) -> list[str | None]:
    """Elements of a one-dimensional Postgres array literal such as `{a,"b c",NULL}`."""
    body = literal.strip()
    if not (body.startswith("{") and body.endswith("}")):
        raise FilterError("`in` filter value must be wrapped by parentheses")
    body = body[1:-1]
    items: list[str | None] = []
    if not body.strip():
        return items
    current: list[str] = []
    quoted = False
    was_quoted = False
    i = 0
    while i < len(body):
        char = body[i]
        if quoted:
            if char == "\\" and i + 1 < len(body):
                current.append(body[i + 1])
                i += 1
            elif char == '"':
                quoted = False
            else:
                current.append(char)
        elif char == '"':
            quoted = was_quoted = True
        elif char == ",":
            items.append(_array_item(current, was_quoted))
            current, was_quoted = [], False
        else:
            current.append(char)
        i += 1
    items.append(_array_item(current, was_quoted))
    return items


def _array_item(chars: list[str], was_quoted: bool) -> str | None:
    text = "".join(chars)
    if was_quoted:
        return text
    text = text.strip()
    return None if text.upper() == "NULL" else text


_ANY, _ONE, _LITERAL = 0, 1, 2


@dataclass(frozen=True)
class LikePattern:
    """A SQL LIKE pattern (`%`, `_`, backslash escape), matched without backtracking blow-up.

    A regex translation (`.*` per `%`) backtracks polynomially in the number of `%`s, so a
    subscriber could stall the whole gateway; this matcher is O(len(text) * len(pattern)).
    """

    items: tuple[tuple[int, str], ...]
    insensitive: bool

    def fullmatch(self, text: str) -> bool:
        """Whether the whole of `text` matches, as Postgres' LIKE/ILIKE decides."""
        if self.insensitive:
            text = text.lower()
        items = self.items
        p = t = 0
        star, mark = -1, 0
        while t < len(text):
            if p < len(items) and items[p][0] == _ANY:
                star, mark = p, t
                p += 1
            elif p < len(items) and (items[p][0] == _ONE or items[p][1] == text[t]):
                p += 1
                t += 1
            elif star >= 0:
                # Only the latest `%` needs to absorb one more character.
                p, mark = star + 1, mark + 1
                t = mark
            else:
                return False
        while p < len(items) and items[p][0] == _ANY:
            p += 1
        return p == len(items)


def compile_like(pattern: str, *, insensitive: bool) -> LikePattern:
    """Parse a SQL LIKE pattern into a LikePattern."""
    items: list[tuple[int, str]] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            literal = pattern[i + 1]
            items.append((_LITERAL, literal.lower() if insensitive else literal))
            i += 2
            continue
        if char == "%":
            if not items or items[-1][0] != _ANY:
                items.append((_ANY, ""))
        elif char == "_":
            items.append((_ONE, ""))
        else:
            items.append((_LITERAL, char.lower() if insensitive else char))
        i += 1
    return LikePattern(tuple(items), insensitive)


@dataclass(frozen=True)
class RegexProbe:
    """A `match`/`imatch` question for Postgres: does `text` match `pattern`?

    POSIX regular expressions are evaluated by Postgres (as upstream's `~`/`~*`), never by
    Python's backtracking `re`, which a hostile pattern can keep busy for hours.
    """

    text: str
    pattern: str
    insensitive: bool


@dataclass(frozen=True)
class CompiledFilter:
    """A filter bound to its column's type: `operand` is the typed comparison value."""

    column: str
    op: str
    negate: bool
    operand: Any

    @property
    def is_regex(self) -> bool:
        """Whether this condition needs Postgres (`match`/`imatch`) to be decided."""
        return self.op in ("match", "imatch")

    def probe(self, typed: Mapping[str, Any], texts: Mapping[str, str | None]) -> RegexProbe | None:
        """The regex question a row raises for this condition (None when not needed)."""
        if not self.is_regex or typed.get(self.column) is None:
            return None
        return RegexProbe(texts.get(self.column) or "", str(self.operand), self.op == "imatch")

    def matches(
        self,
        typed: Mapping[str, Any],
        texts: Mapping[str, str | None],
        regex: Mapping[RegexProbe, bool] | None = None,
    ) -> bool:
        """Whether a row passes this condition (`regex`: Postgres' answers to its probes)."""
        if self.column not in typed:
            return False  # unevaluable filters fail closed, as upstream
        value = typed[self.column]
        if self.op == "is":
            result = _is(value, self.operand)
        elif self.op == "isdistinct":
            result = value != self.operand
        elif value is None:
            return False
        elif self.op in _COMPARE:
            if self.operand is None:
                return False
            try:
                result = _COMPARE[self.op](value, self.operand)
            except TypeError:
                result = _COMPARE[self.op](str(value), str(self.operand))
        elif self.op == "in":
            result = value in self.operand
        elif self.is_regex:
            probe = self.probe(typed, texts)
            verdict = regex.get(probe) if regex is not None and probe is not None else None
            if verdict is None:
                return False  # Postgres gave no answer: fail closed, even when negated
            result = verdict
        else:  # like, ilike compare against the text form
            result = self.operand.fullmatch(texts.get(self.column) or "")
        return not result if self.negate else result


def _is(value: Any, keyword: str) -> bool:
    if keyword == "null":
        return value is None
    if keyword == "unknown":
        return value is None
    return value is (keyword == "true")
