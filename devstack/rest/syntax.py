"""The AST of PostgREST's URL grammar, as produced by `devstack.rest.query`."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class JsonStep:
    """One `->key` or `->>key` step of a JSON path."""

    arrow: str  # "->" or "->>"
    key: str

    @property
    def is_index(self) -> bool:
        """An array index such as `0` or `-1` (ASCII digits), else an object key."""
        digits = self.key.removeprefix("-")
        return digits.isascii() and digits.isdigit()


@dataclass(frozen=True)
class ColumnRef:
    """A column, possibly followed by a JSON path."""

    name: str
    path: tuple[JsonStep, ...] = ()

    @property
    def default_alias(self) -> str:
        """The output key PostgREST uses: the last JSON key (not index), else the column name.

        `data->1->mycol->>2` is `mycol` and `data->3` is `data`, as in PostgREST.
        """
        keys = [step.key for step in self.path if not step.is_index]
        return keys[-1] if keys else self.name


@dataclass(frozen=True)
class Field:
    """A selected column: `alias:col->path::cast`."""

    column: ColumnRef
    alias: str | None = None
    cast: str | None = None


@dataclass(frozen=True)
class Star:
    """`*`: every column of the relation."""


@dataclass
class Embed:
    """An embedded resource: `alias:rel!hint!inner(select)`."""

    name: str
    alias: str | None
    hint: str | None
    inner: bool
    select: list[SelectItem]
    spread: bool = False


SelectItem = Field | Star | Embed


@dataclass(frozen=True)
class Filter:
    """`col=[not.]op[(any|all)][(config)].value`."""

    column: ColumnRef
    op: str
    value: str | tuple[str, ...]
    negated: bool = False
    quantifier: str | None = None  # "any" | "all"
    config: str | None = None  # fts language


@dataclass(frozen=True)
class Logic:
    """`or=(...)` / `and=(...)`, possibly negated, possibly nested."""

    op: str  # "and" | "or"
    children: tuple[Filter | Logic, ...]
    negated: bool = False


Condition = Filter | Logic


@dataclass(frozen=True)
class OrderTerm:
    """One `col.desc.nullslast` term."""

    column: ColumnRef
    desc: bool = False
    nulls: str | None = None  # "first" | "last"
    relation: str | None = None  # `rel(col)`: a column of a to-one embedded relation


@dataclass
class Node:
    """What applies to one relation of the select tree: filters, order, paging."""

    conditions: list[Condition] = field(default_factory=list)
    order: list[OrderTerm] = field(default_factory=list)
    limit: int | None = None
    offset: int | None = None


@dataclass
class ReadQuery:
    """The parsed query string of a read: select tree plus per-relation nodes."""

    select: list[SelectItem]
    nodes: dict[tuple[str, ...], Node]
    extra: dict[str, str]  # parameters that are neither reserved nor filters (rpc args)

    def node(self, path: tuple[str, ...]) -> Node:
        """The node for an embedding path (() is the top relation)."""
        return self.nodes.setdefault(path, Node())
