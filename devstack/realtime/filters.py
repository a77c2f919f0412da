"""`postgres_changes` filters: Supabase Realtime's PostgREST-like filter syntax.

`column=op.value`, optionally negated with `not.` (`status=not.in.(a,b)`), several joined by
top-level commas as AND. Operators: eq, neq, lt, lte, gt, gte, in, like, ilike, is, match,
imatch, isdistinct. Parsing follows supabase/realtime's `parse_subscription_params`; evaluation
follows `realtime.check_equality_op` (NULL column values fail every operator but `is` and
`isdistinct`).
"""

from __future__ import annotations

import operator
import re
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


def like_to_regex(pattern: str, *, insensitive: bool) -> re.Pattern[str]:
    """Compile a SQL LIKE pattern (`%`, `_`, backslash escape) to a regular expression."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            out.append(re.escape(pattern[i + 1]))
            i += 2
            continue
        out.append(".*" if char == "%" else "." if char == "_" else re.escape(char))
        i += 1
    return re.compile("".join(out), re.DOTALL | (re.IGNORECASE if insensitive else 0))


@dataclass(frozen=True)
class CompiledFilter:
    """A filter bound to its column's type: `operand` is the typed comparison value."""

    column: str
    op: str
    negate: bool
    operand: Any

    def matches(self, typed: Mapping[str, Any], texts: Mapping[str, str | None]) -> bool:
        """Whether a row (typed values and their text forms) passes this condition."""
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
        else:  # like, ilike, match, imatch compare against the text form
            text = texts.get(self.column)
            result = bool(
                self.operand.fullmatch(text or "")
                if self.op in ("like", "ilike")
                else self.operand.search(text or "")
            )
        return not result if self.negate else result


def _is(value: Any, keyword: str) -> bool:
    if keyword == "null":
        return value is None
    if keyword == "unknown":
        return value is None
    return value is (keyword == "true")
