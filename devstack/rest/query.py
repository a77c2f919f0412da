"""PostgREST's URL grammar, parsed into a small AST with no I/O.

    select=a,alias:b::text,c->d->>e,rel!hint!inner(x,y)      -> list[Field | Embed | Star]
    col=not.op(quant).value, col=fts(config).value            -> Filter
    or=(a.eq.1,and(b.gt.2,c.is.null)), not.and=(...)          -> Logic
    order=a.desc.nullslast,b                                  -> list[OrderTerm]

Names are only checked for shape here; the schema cache decides whether they exist.
Every malformed piece raises `ParseError`, which the routes answer with PGRST100.
"""

from __future__ import annotations

import re

from devstack.rest.syntax import (
    ColumnRef,
    Condition,
    Embed,
    Field,
    Filter,
    JsonStep,
    Logic,
    Node,
    OrderTerm,
    ReadQuery,
    SelectItem,
    Star,
)

# Operators whose value is a single scalar.
SIMPLE_OPS = {
    "eq": "=",
    "neq": "<>",
    "gt": ">",
    "gte": ">=",
    "lt": "<",
    "lte": "<=",
    "like": "like",
    "ilike": "ilike",
    "match": "~",
    "imatch": "~*",
    "cs": "@>",
    "cd": "<@",
    "ov": "&&",
    "sl": "<<",
    "sr": ">>",
    "nxr": "&<",
    "nxl": "&>",
    "adj": "-|-",
    "isdistinct": "is distinct from",
}
QUANTIFIABLE_OPS = frozenset(
    {"eq", "neq", "gt", "gte", "lt", "lte", "like", "ilike", "match", "imatch"}
)
FTS_OPS = {
    "fts": "to_tsquery",
    "plfts": "plainto_tsquery",
    "phfts": "phraseto_tsquery",
    "wfts": "websearch_to_tsquery",
}
IS_VALUES = {"null", "not_null", "true", "false", "unknown"}
MAX_DEPTH = 16  # nesting of embeds and logic trees; deeper input is refused, not recursed
# Work one request may ask of the single gateway event loop. A URL near the server's limit
# (~64 KiB) could otherwise name thousands of embeds, columns, filters or sort terms and
# cost about a second of CPU to parse and compose; real queries stay far below these.
MAX_EMBEDS = 100  # embedded resources in the whole select tree
MAX_SELECT_ITEMS = 1000  # fields, stars and embeds in the whole select tree
MAX_TERMS = 1000  # filters, logic nodes and order terms over every parameter
MAX_JSON_STEPS = 32  # `->`/`->>` steps in one column reference
# Parentheses, quotes and commas `split_top` stops at over the whole select and logic trees.
# Each nesting level rescans its own text, so without this a URL of parentheses nested
# MAX_DEPTH deep costs MAX_DEPTH passes over it; a real query stops a few hundred times.
MAX_SCAN_STOPS = 20_000
RESERVED_PARAMS = frozenset({"select", "order", "limit", "offset", "on_conflict", "columns"})

_NAME = r"[A-Za-z_\u00c0-\uffff][A-Za-z0-9_$\u00c0-\uffff]*"
NAME_RE = re.compile(rf"^{_NAME}$")
_JSON_KEY_RE = re.compile(r"^[A-Za-z0-9_$\- \u00c0-\uffff]+$")
_CAST_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\[\])?$")
# Casts are one word (`text`, `int8[]`) or one of these multi-word SQL type names.
MULTIWORD_TYPES = frozenset(
    {
        "double precision",
        "character varying",
        "timestamp with time zone",
        "timestamp without time zone",
        "time with time zone",
        "time without time zone",
    }
)
_EMBED_HEAD_RE = re.compile(
    rf"^(?:(?P<alias>{_NAME}):)?(?P<spread>\.\.\.)?(?P<name>{_NAME})(?P<bangs>(?:!{_NAME})*)$"
)


class ParseError(ValueError):
    """A query string PostgREST would refuse with PGRST100."""

    def __init__(self, message: str, details: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class Budget:
    """Counts what one query string asks for and refuses it past the MAX_* limits."""

    def __init__(self) -> None:
        self.embeds = 0
        self.select_items = 0
        self.terms = 0
        self.stops = 0

    def embed(self) -> None:
        """One more embedded resource."""
        self.embeds += 1
        if self.embeds > MAX_EMBEDS:
            raise ParseError(
                '"failed to parse select parameter" too many embedded resources',
                f"at most {MAX_EMBEDS} embedded resources are allowed per request",
            )

    def select_item(self) -> None:
        """One more field, star or embed in the select tree."""
        self.select_items += 1
        if self.select_items > MAX_SELECT_ITEMS:
            raise ParseError(
                '"failed to parse select parameter" too many selected items',
                f"at most {MAX_SELECT_ITEMS} fields and embeds are allowed per request",
            )

    def scan(self, stops: int) -> None:
        """Charge one `split_top` pass that stopped `stops` times."""
        self.stops += stops
        if self.stops > MAX_SCAN_STOPS:
            raise ParseError(
                '"failed to parse" query string too complex',
                "too many nested parentheses, quotes and commas",
            )

    def term(self) -> None:
        """One more filter, logic node or order term."""
        self.terms += 1
        if self.terms > MAX_TERMS:
            raise ParseError(
                '"failed to parse" too many filters and order terms',
                f"at most {MAX_TERMS} filters, logic trees and order terms are allowed per request",
            )


# What `split_top` stops at: openers, closers and quotes always, the separator only at
# depth 0. Everything between is skipped by the regex engine, so a nested level's text
# (which each recursive level scans again) costs little per character.
_STOPS_TOP = re.compile(r'[(){}",]')
_STOPS_NESTED = re.compile(r'[(){}"]')
_QUOTED_REST = re.compile(r'(?:[^"\\]|\\.)*"', re.S)


def split_top(text: str, budget: Budget | None = None) -> list[str]:
    """Split on commas outside parentheses, braces and double quotes."""
    parts: list[str] = []
    depth = stops = 0
    start = pos = 0
    while True:
        stop = (_STOPS_TOP if depth == 0 else _STOPS_NESTED).search(text, pos)
        if stop is None:
            break
        stops += 1
        ch, pos = stop.group(), stop.end()
        if ch == '"':
            closing = _QUOTED_REST.match(text, pos)
            if closing is None:
                raise ParseError("failed to parse: unbalanced quotes or parentheses", text)
            pos = closing.end()
        elif ch in "({":
            depth += 1
        elif ch in ")}":
            depth -= 1
            if depth < 0:
                raise ParseError(f'"failed to parse" unexpected "{ch}"', text)
        else:
            parts.append(text[start : stop.start()])
            start = pos
    if depth != 0:
        raise ParseError("failed to parse: unbalanced quotes or parentheses", text)
    parts.append(text[start:])
    if budget is not None:
        budget.scan(stops)
    return parts


def unquote(value: str) -> str:
    """Strip PostgREST's double quotes (with backslash escapes) from a value."""
    if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


def parse_column(text: str) -> ColumnRef:
    """`col`, `col->a->>b` or `col->0`."""
    pieces = re.split(r"(->>|->)", text)
    name = pieces[0]
    if not NAME_RE.match(name):
        raise ParseError(f'"failed to parse" column name "{text}"', text)
    if len(pieces) // 2 > MAX_JSON_STEPS:
        raise ParseError(
            f'"failed to parse" json path in "{text[:100]}"',
            f"at most {MAX_JSON_STEPS} json path steps are allowed",
        )
    steps: list[JsonStep] = []
    for i in range(1, len(pieces), 2):
        key = pieces[i + 1]
        if not key or not _JSON_KEY_RE.match(key):
            raise ParseError(f'"failed to parse" json path in "{text}"', text)
        steps.append(JsonStep(pieces[i], key))
    return ColumnRef(name, tuple(steps))


def _parse_field(text: str) -> Field:
    alias: str | None = None
    match = re.match(rf"^({_NAME}):(?!:)(.*)$", text)
    if match:
        alias, text = match.group(1), match.group(2)
    cast: str | None = None
    if "::" in text:
        text, cast = text.split("::", 1)
        if not _CAST_RE.match(cast) and cast.lower().removesuffix("[]") not in MULTIWORD_TYPES:
            raise ParseError(f'"failed to parse" cast "{cast}"', cast)
    return Field(parse_column(text), alias, cast)


def parse_select(text: str, depth: int = 0, budget: Budget | None = None) -> list[SelectItem]:
    """Parse the `select` parameter into fields, stars and embeds."""
    if depth > MAX_DEPTH:
        raise ParseError('"failed to parse select parameter" nested too deeply', text[:100])
    budget = budget or Budget()
    items: list[SelectItem] = []
    for raw in split_top(text, budget):
        budget.select_item()
        part = raw.strip()
        if not part:
            raise ParseError('"failed to parse select parameter" empty item', text)
        if part == "*":
            items.append(Star())
        elif part.endswith(")") and "(" in part:
            head, _, inner = part.partition("(")
            match = _EMBED_HEAD_RE.match(head)
            if not match:
                raise ParseError(f'"failed to parse select parameter" near "{head}"', text)
            budget.embed()
            bangs = [b for b in match.group("bangs").split("!") if b]
            inner_flag = "inner" in bangs
            hints = [b for b in bangs if b not in ("inner", "left")]
            if len(hints) > 1:
                raise ParseError(f'"failed to parse select parameter" near "{head}"', text)
            sub = inner[:-1]
            items.append(
                Embed(
                    name=match.group("name"),
                    alias=match.group("alias"),
                    hint=hints[0] if hints else None,
                    inner=inner_flag,
                    select=parse_select(sub, depth + 1, budget) if sub.strip() else [Star()],
                    spread=bool(match.group("spread")),
                )
            )
        else:
            items.append(_parse_field(part))
    return items


def _parse_list(text: str, opening: str, closing: str) -> tuple[str, ...]:
    if not (text.startswith(opening) and text.endswith(closing)):
        raise ParseError(f'"failed to parse filter" expected {opening}...{closing}', text)
    body = text[1:-1]
    if not body:
        return ()
    return tuple(unquote(v.strip()) for v in split_top(body))


_OP_RE = re.compile(r"^(?P<op>[a-z]+)(?:\((?P<arg>[A-Za-z0-9_]+)\))?$")


def parse_operation(column: ColumnRef, text: str) -> Filter:
    """Parse `[not.]op[(arg)].value` for `column`."""
    negated = False
    if text.startswith("not."):
        negated, text = True, text[4:]
    op_text, dot, value = text.partition(".")
    match = _OP_RE.match(op_text)
    if not dot or not match:
        raise ParseError(f'"failed to parse filter ({text})"', text)
    op, arg = match.group("op"), match.group("arg")
    if op in FTS_OPS:
        return Filter(column, op, value, negated, None, arg)
    if arg is not None:
        if op not in QUANTIFIABLE_OPS or arg not in ("any", "all"):
            raise ParseError(f'"failed to parse filter ({text})"', text)
        values = (
            _parse_list(value, "{", "}") if value.startswith("{") else _parse_list(value, "(", ")")
        )
        return Filter(column, op, values, negated, arg)
    if op == "in":
        return Filter(column, "in", _parse_list(value, "(", ")"), negated)
    if op == "is":
        if value.lower() not in IS_VALUES:
            raise ParseError(
                f'"failed to parse filter (is.{value})"',
                "is accepts null, not_null, true, false, unknown",
            )
        return Filter(column, "is", value.lower(), negated)
    if op not in SIMPLE_OPS:
        raise ParseError(f'"failed to parse filter ({text})"', f'unknown operator "{op}"')
    return Filter(column, op, value, negated)


def parse_logic(
    op: str, text: str, negated: bool = False, depth: int = 0, budget: Budget | None = None
) -> Logic:
    """Parse the `(...)` of `or=`/`and=` into a tree."""
    if depth > MAX_DEPTH:
        raise ParseError('"failed to parse logic tree" nested too deeply', text[:100])
    budget = budget or Budget()
    budget.term()
    if not (text.startswith("(") and text.endswith(")")):
        raise ParseError(f'"failed to parse logic tree ({text})"', text)
    children: list[Condition] = []
    for raw in split_top(text[1:-1], budget):
        budget.term()
        part = raw.strip()
        neg = False
        if part.startswith("not.") and re.match(r"^not\.(and|or)\(", part):
            neg, part = True, part[4:]
        nested = re.match(r"^(and|or)(\(.*\))$", part, re.S)
        if nested:
            children.append(parse_logic(nested.group(1), nested.group(2), neg, depth + 1, budget))
            continue
        col_text, dot, rest = part.partition(".")
        if not dot:
            raise ParseError(f'"failed to parse logic tree ({text})"', part)
        filt = parse_operation(parse_column(col_text), rest)
        if isinstance(filt.value, str):
            filt = Filter(
                filt.column,
                filt.op,
                unquote(filt.value),
                filt.negated,
                filt.quantifier,
                filt.config,
            )
        children.append(filt)
    if not children:
        raise ParseError(f'"failed to parse logic tree ({text})"', text)
    return Logic(op, tuple(children), negated)


def parse_order(text: str, budget: Budget | None = None) -> list[OrderTerm]:
    """Parse `order=a.desc.nullsfirst,b,rel(c).asc`."""
    budget = budget or Budget()
    terms: list[OrderTerm] = []
    for raw in split_top(text, budget):
        budget.term()
        pieces = raw.strip().split(".")
        relation: str | None = None
        related = re.match(rf"^({_NAME})\((.+)\)$", pieces[0])
        if related:
            relation, pieces[0] = related.group(1), related.group(2)
        column = parse_column(pieces[0])
        desc = False
        nulls: str | None = None
        for mod in pieces[1:]:
            if mod in ("asc", "desc"):
                desc = mod == "desc"
            elif mod in ("nullsfirst", "nullslast"):
                nulls = mod[5:]
            else:
                raise ParseError(f'"failed to parse order ({text})"', f'unexpected "{mod}"')
        terms.append(OrderTerm(column, desc, nulls, relation))
    return terms


def parse_int(name: str, text: str) -> int:
    """A non-negative integer parameter such as `limit`."""
    # ASCII only: str.isdigit() also accepts digits such as "①" that int() refuses.
    if not re.fullmatch(r"[0-9]+", text):
        raise ParseError(f'"failed to parse {name}" expected a non-negative integer', text)
    return int(text)


def parse_read(params: list[tuple[str, str]], arg_names: frozenset[str] = frozenset()) -> ReadQuery:
    """Parse all query parameters; `arg_names` are rpc arguments kept apart in `extra`."""
    select: list[SelectItem] = [Star()]
    query = ReadQuery(select, {(): Node()}, {})
    budget = Budget()
    for key, value in params:
        if key in arg_names:
            query.extra[key] = value
            continue
        if key == "select":
            query.select = parse_select(value, budget=budget) if value.strip() else [Star()]
            continue
        if key in ("on_conflict", "columns", "apikey"):
            continue
        parts = key.split(".")
        last = parts[-1]
        negated_logic = len(parts) >= 2 and parts[-2] == "not" and last in ("or", "and")
        prefix = parts[:-2] if negated_logic else parts[:-1]
        for name in prefix:
            if not NAME_RE.match(name):
                raise ParseError(f'"failed to parse" parameter "{key}"', key)
        path = tuple(prefix)
        node = query.node(path)
        if last in ("or", "and"):
            node.conditions.append(parse_logic(last, value, negated_logic, budget=budget))
        elif last == "order":
            node.order = parse_order(value, budget)
        elif last == "limit":
            node.limit = parse_int("limit", value)
        elif last == "offset":
            node.offset = parse_int("offset", value)
        else:
            budget.term()
            node.conditions.append(parse_operation(parse_column(last), value))
    return query
