"""Resolving an embedded resource to a relationship through foreign keys.

Many-to-one (the parent holds the key) embeds an object, one-to-many an array (an object
when the child's key columns are unique), many-to-many goes through a junction table
holding keys to both sides. `!hint` picks a foreign key (by constraint or column name) or
a junction table when more than one fits (PGRST201); none at all is PGRST200.
"""

from __future__ import annotations

from dataclasses import dataclass

from devstack.rest import query as q
from devstack.rest.errors import ApiError, SchemaMiss
from devstack.rest.schema import SchemaCache, Table


@dataclass
class Relationship:
    """How an embedded table joins its parent."""

    table: Table
    pairs: list[tuple[str, str]]  # (child column, parent column); empty through a junction
    to_one: bool
    # Many-to-many: the junction table, (junction col, parent col), (junction col, child col).
    junction: tuple[Table, list[tuple[str, str]], list[tuple[str, str]]] | None = None


def resolve(cache: SchemaCache, parent: Table, embed: q.Embed) -> Relationship:
    """Resolve `embed` against the foreign keys touching `parent` (PGRST200/201)."""
    candidates: list[tuple[Relationship, str]] = []
    for fk in cache.fks_from(parent):
        target = cache.tables.get((fk.foreign_schema, fk.foreign_table))
        if target is None:
            continue
        names = {fk.foreign_table, fk.name} | ({fk.columns[0]} if len(fk.columns) == 1 else set())
        hints = {fk.name, *fk.columns}
        if embed.name in names and (embed.hint is None or embed.hint in hints | {fk.foreign_table}):
            pairs = list(zip(fk.foreign_columns, fk.columns, strict=True))
            candidates.append((Relationship(target, pairs, True), fk.name))
    for fk in cache.fks_to(parent):
        child = cache.tables.get((fk.schema, fk.table))
        if child is None:
            continue
        hints = {fk.name, *fk.columns}
        if embed.name in (fk.table, fk.name) and (embed.hint is None or embed.hint in hints):
            to_one = frozenset(fk.columns) in child.unique
            pairs = list(zip(fk.columns, fk.foreign_columns, strict=True))
            candidates.append((Relationship(child, pairs, to_one), fk.name))
    if not candidates:
        candidates = _many_to_many(cache, parent, embed)
    if not candidates:
        raise SchemaMiss(
            400,
            "PGRST200",
            f"Could not find a relationship between '{parent.name}' and '{embed.name}' in the schema cache",
            None,
            "Perhaps you meant a different relationship; check the foreign keys.",
        )
    if len(candidates) > 1:
        details = ", ".join(f"'{n}'" for _, n in candidates)
        raise ApiError(
            300,
            "PGRST201",
            f"Could not embed because more than one relationship was found for '{parent.name}' and '{embed.name}'",
            f"Candidates: {details}",
            f"Try changing '{embed.name}' to one of the following: "
            + ", ".join(f"'{embed.name}!{n}'" for _, n in candidates),
        )
    return candidates[0][0]


def _many_to_many(
    cache: SchemaCache, parent: Table, embed: q.Embed
) -> list[tuple[Relationship, str]]:
    """Relationships through a junction table holding foreign keys to both sides."""
    found: list[tuple[Relationship, str]] = []
    for to_parent in cache.fks_to(parent):
        junction = cache.tables.get((to_parent.schema, to_parent.table))
        if junction is None:
            continue
        for to_child in cache.fks_from(junction):
            if to_child.name == to_parent.name or to_child.foreign_table != embed.name:
                continue
            child = cache.tables.get((to_child.foreign_schema, to_child.foreign_table))
            hints = {junction.name, to_parent.name, to_child.name}
            if child is None or (embed.hint is not None and embed.hint not in hints):
                continue
            relation = Relationship(
                child,
                [],
                False,
                (
                    junction,
                    list(zip(to_parent.columns, to_parent.foreign_columns, strict=True)),
                    list(zip(to_child.columns, to_child.foreign_columns, strict=True)),
                ),
            )
            found.append((relation, junction.name))
    return found
