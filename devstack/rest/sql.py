"""SQL for a parsed request: identifiers from the schema cache, values as bound parameters.

A read becomes one statement that builds the JSON body inside Postgres:

    select coalesce(json_agg(w), '[]')::text as body, count(*) as n [, total]
    from (select <items> from <source> t0
          left join lateral (<embedded relation as json>) e1 on true
          where <conditions> order by ... limit ... offset ...) w

Only catalogue text (quoted with `sql.Identifier`, or type names and default expressions
read from pg_catalog) and fixed keywords are spliced in; every user value is a named
placeholder in `Builder.params`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from psycopg import sql

from devstack.rest import query as q
from devstack.rest.errors import ApiError, SchemaMiss, column_not_found
from devstack.rest.relations import resolve
from devstack.rest.schema import Column, SchemaCache, Table

_CAST_WORD = re.compile(r"^[a-z_][a-z0-9_]*$")


def catalogue_text(text: str) -> sql.SQL:
    """Trusted pg_catalog text (a type name, a default expression) as raw SQL."""
    return sql.SQL(text.replace("%", "%%"))


def cast_sql(cast: str) -> sql.Composable:
    """A cast target from the select grammar, refused unless it is a plain type name."""
    base = cast[:-2] if cast.endswith("[]") else cast
    base = base.strip().lower()
    if base not in q.MULTIWORD_TYPES and not _CAST_WORD.match(base):
        raise ApiError(400, "PGRST100", f'"failed to parse select parameter" bad cast "{cast}"')
    return sql.SQL(base + ("[]" if cast.endswith("[]") else ""))


@dataclass
class Rel:
    """A relation a query level reads from."""

    table: Table  # columns, for checking names
    source: sql.Composable  # what follows FROM


class Builder:
    """Accumulates named parameters while composing one statement."""

    def __init__(self, cache: SchemaCache, schema: str, max_rows: int | None = None) -> None:
        self.cache = cache
        self.schema = schema
        self.max_rows = max_rows
        self.params: dict[str, Any] = {}
        self._aliases = 0
        self.used_paths: set[tuple[str, ...]] = set()
        # `select 1` over the top relation's joins and filters: counted for `count=exact`,
        # EXPLAINed for planned/estimated counts (its top plan node carries the row estimate;
        # a `count(*)`'s child need not, e.g. a parallel plan's Gather of partial counts).
        self.rows_sql: sql.Composable | None = None

    # -- small pieces -------------------------------------------------------------------
    def param(self, value: Any, cast: str | None = None) -> sql.Composable:
        """A placeholder for `value` (optionally cast to a fixed type name)."""
        name = f"p{len(self.params)}"
        self.params[name] = value
        placeholder: sql.Composable = sql.Placeholder(name)
        if cast:
            placeholder = sql.SQL("{}::{}").format(placeholder, catalogue_text(cast))
        return placeholder

    def paging(self, node: q.Node, *, capped: bool) -> sql.Composable:
        """` limit .. offset ..` for `node`, the limit bounded by `max_rows` when `capped`."""
        limit = node.limit
        if capped and self.max_rows is not None:
            limit = self.max_rows if limit is None else min(limit, self.max_rows)
        paging: sql.Composable = sql.SQL("")
        if limit is not None:
            paging = sql.SQL(" limit {}").format(self.param(limit, "bigint"))
        if node.offset:
            paging = sql.SQL("{} offset {}").format(paging, self.param(node.offset, "bigint"))
        return paging

    def alias(self, prefix: str) -> sql.Identifier:
        """A fresh internal alias such as `_pgrst_t3`."""
        self._aliases += 1
        return sql.Identifier(f"_pgrst_{prefix}{self._aliases}")

    def column(
        self, table: Table, alias: sql.Identifier, ref: q.ColumnRef
    ) -> tuple[sql.Composable, Column | None]:
        """The SQL for `ref` on `table` and the column it reads (None past a JSON path)."""
        col = table.columns.get(ref.name)
        if col is None:
            raise SchemaMiss(**_err(column_not_found(table.name, ref.name)))
        expr: sql.Composable = sql.SQL("{}.{}").format(alias, sql.Identifier(ref.name))
        for step in ref.path:
            key = (
                self.param(int(step.key), "int") if step.is_index else self.param(step.key, "text")
            )
            expr = sql.SQL("({} {} {})").format(expr, sql.SQL(step.arrow), key)
        return expr, (col if not ref.path else None)

    # -- conditions ---------------------------------------------------------------------
    def condition(self, table: Table, alias: sql.Identifier, cond: q.Condition) -> sql.Composable:
        """A WHERE fragment for one filter or logic tree."""
        if isinstance(cond, q.Logic):
            joiner = sql.SQL(" and " if cond.op == "and" else " or ")
            inner = joiner.join(self.condition(table, alias, c) for c in cond.children)
            expr: sql.Composable = sql.SQL("({})").format(inner)
            return sql.SQL("not {}").format(expr) if cond.negated else expr
        expr = self.filter(table, alias, cond)
        return sql.SQL("not ({})").format(expr) if cond.negated else expr

    def filter(self, table: Table, alias: sql.Identifier, f: q.Filter) -> sql.Composable:
        """One operator applied to one column."""
        col_sql, col = self.column(table, alias, f.column)
        if f.op == "is":
            keyword = {
                "null": "null",
                "not_null": "not null",
                "true": "true",
                "false": "false",
                "unknown": "unknown",
            }[str(f.value)]
            return sql.SQL("{} is {}").format(col_sql, sql.SQL(keyword))
        if f.op == "in":
            values = f.value if isinstance(f.value, tuple) else (f.value,)
            if not values:
                return sql.SQL("false")
            return sql.SQL("{} in ({})").format(
                col_sql, sql.SQL(", ").join(self.param(v) for v in values)
            )
        if f.op in q.FTS_OPS:
            fn = sql.SQL(q.FTS_OPS[f.op])
            cfg = [self.param(f.config, "regconfig")] if f.config else []
            query = sql.SQL("{}({})").format(fn, sql.SQL(", ").join([*cfg, self.param(f.value)]))
            target = col_sql
            if col is None or col.type != "tsvector":
                target = sql.SQL("to_tsvector({})").format(sql.SQL(", ").join([*cfg, col_sql]))
            return sql.SQL("{} @@ {}").format(target, query)
        op = sql.SQL(q.SIMPLE_OPS[f.op])
        like = f.op in ("like", "ilike")
        if f.quantifier:
            values = f.value if isinstance(f.value, tuple) else (f.value,)
            elem_type = "text" if (like or f.op in ("match", "imatch") or col is None) else col.type
            items = [self.param(v.replace("*", "%") if like else v) for v in values]
            array = sql.SQL("array[{}]::{}[]").format(
                sql.SQL(", ").join(items), catalogue_text(elem_type)
            )
            return sql.SQL("{} {} {}({})").format(col_sql, op, sql.SQL(f.quantifier), array)
        value = str(f.value)
        if like:
            value = value.replace("*", "%")
        return sql.SQL("{} {} {}").format(col_sql, op, self.param(value))

    # -- relationships -------------------------------------------------------------------
    # -- reads ----------------------------------------------------------------------------
    def level(
        self,
        rel: Rel,
        items: list[q.SelectItem],
        query: q.ReadQuery,
        path: tuple[str, ...],
        *,
        capped: bool,
        join: Callable[[sql.Identifier], sql.Composable] | None = None,
    ) -> tuple[sql.Composable, sql.Composable]:
        """(select statement, `select 1` over its rows) for one relation of the select tree.

        `capped`: `max_rows` bounds this level's rows. PostgREST caps every node of a read,
        embedded ones included, so a to-many embed cannot return an unbounded array.
        """
        alias = self.alias("t")
        node = query.nodes.get(path) or q.Node()
        self.used_paths.add(path)
        outputs: list[sql.Composable] = []
        inner_joins: list[sql.Composable] = []
        left_joins: list[sql.Composable] = []
        for item in items:
            if isinstance(item, q.Star):
                outputs.append(sql.SQL("{}.*").format(alias))
            elif isinstance(item, q.Field):
                expr, _ = self.column(rel.table, alias, item.column)
                if item.cast:
                    expr = sql.SQL("({})::{}").format(expr, cast_sql(item.cast))
                key = item.alias or item.column.default_alias
                outputs.append(sql.SQL("{} as {}").format(expr, sql.Identifier(key)))
            else:
                output, lateral = self.embed(rel.table, alias, item, query, path, capped)
                outputs.append(output)
                (inner_joins if item.inner else left_joins).append(lateral)
        where = [self.condition(rel.table, alias, c) for c in node.conditions]
        if join is not None:
            where.append(join(alias))
        where_sql = (
            sql.SQL(" where {}").format(sql.SQL(" and ").join(where)) if where else sql.SQL("")
        )
        source = sql.SQL("{} as {}").format(rel.source, alias)
        inner_sql = sql.SQL("").join(inner_joins)
        order = [
            sql.SQL("{} {}{}").format(
                self.order_expression(rel.table, alias, term, items),
                sql.SQL("desc" if term.desc else "asc"),
                sql.SQL(f" nulls {term.nulls}" if term.nulls else ""),
            )
            for term in node.order
        ]
        order_sql = (
            sql.SQL(" order by {}").format(sql.SQL(", ").join(order)) if order else sql.SQL("")
        )
        paging = self.paging(node, capped=capped)
        select = sql.SQL("select {} from {}{}{}{}{}{}").format(
            sql.SQL(", ").join(outputs),
            source,
            inner_sql,
            sql.SQL("").join(left_joins),
            where_sql,
            order_sql,
            paging,
        )
        rows = sql.SQL("select 1 from {}{}{}").format(source, inner_sql, where_sql)
        return select, rows

    def order_expression(
        self,
        table: Table,
        alias: sql.Identifier,
        term: q.OrderTerm,
        items: list[q.SelectItem],
    ) -> sql.Composable:
        """The ORDER BY expression of a term, a scalar subquery for `rel(col)`."""
        if term.relation is None:
            return self.column(table, alias, term.column)[0]
        # `rel` names an embed of this level (by alias or name), as in PostgREST.
        embeds = [i for i in items if isinstance(i, q.Embed)]
        named = [e for e in embeds if term.relation in (e.alias, e.name)]
        embed = named[0] if named else q.Embed(term.relation, None, None, False, [])
        relation = resolve(self.cache, table, embed)
        if not relation.to_one:
            raise ApiError(
                400,
                "PGRST118",
                f"A related order on '{term.relation}' is not possible",
                f"'{term.relation}' is not a to-one relationship of '{table.name}'",
            )
        child_alias = self.alias("o")
        expr, _ = self.column(relation.table, child_alias, term.column)
        return sql.SQL("(select {} from {} as {} where {})").format(
            expr,
            sql.Identifier(relation.table.schema, relation.table.name),
            child_alias,
            _pairs_equal(child_alias, alias, relation.pairs),
        )

    def embed(
        self,
        parent: Table,
        parent_alias: sql.Identifier,
        embed: q.Embed,
        query: q.ReadQuery,
        path: tuple[str, ...],
        capped: bool,
    ) -> tuple[sql.Composable, sql.Composable]:
        """(output column, lateral join) for one embedded resource."""
        relation = resolve(self.cache, parent, embed)
        if embed.spread and not relation.to_one:
            raise ApiError(
                400,
                "PGRST119",
                "A spread operation on a to-many relationship is not supported by devstack",
                f"'{embed.name}' is a to-many relationship",
            )
        key = embed.alias or embed.name
        child_path = path + (key,)
        if child_path not in query.nodes and embed.alias and path + (embed.name,) in query.nodes:
            child_path = path + (embed.name,)
        child = relation.table

        junction_alias = self.alias("j")

        # The join condition refers to the child's alias, known only inside `level`.
        def join(child_alias: sql.Identifier) -> sql.Composable:
            if relation.junction is not None:
                table, to_parent, to_child = relation.junction
                conditions = [
                    sql.SQL("{}.{} = {}.{}").format(
                        junction_alias, sql.Identifier(j), parent_alias, sql.Identifier(p)
                    )
                    for j, p in to_parent
                ] + [
                    sql.SQL("{}.{} = {}.{}").format(
                        junction_alias, sql.Identifier(j), child_alias, sql.Identifier(c)
                    )
                    for j, c in to_child
                ]
                return sql.SQL("exists (select 1 from {} as {} where {})").format(
                    sql.Identifier(table.schema, table.name),
                    junction_alias,
                    sql.SQL(" and ").join(conditions),
                )
            return _pairs_equal(child_alias, parent_alias, relation.pairs)

        rel = Rel(child, sql.Identifier(child.schema, child.name))
        # `rel(count)`: PostgREST's embedded row count, `[{"count": n}]`.
        counting = (
            not relation.to_one
            and embed.select == [q.Field(q.ColumnRef("count"))]
            and "count" not in child.columns
        )
        items: list[q.SelectItem] = [] if counting else embed.select
        # A count aggregates every matching row; max_rows bounds its one output row, not them.
        select, _ = self.level(
            rel, items, query, child_path, capped=capped and not counting, join=join
        )
        wrap = self.alias("w")
        lateral_alias = self.alias("e")
        body = sql.Identifier("body")
        if embed.spread:
            # `...rel(cols)`: the to-one row's columns join the parent's, keeping their types.
            lateral = select
            output = sql.SQL("{}.*").format(lateral_alias)
        elif counting:
            having = sql.SQL(" having count(*) > 0") if embed.inner else sql.SQL("")
            lateral = sql.SQL(
                "select json_build_array(json_build_object('count', count(*))) as {b}"
                " from ({s}) as {w}{h}"
            ).format(w=wrap, b=body, s=select, h=having)
            output = sql.SQL("coalesce({}.{}, '[]'::json) as {}").format(
                lateral_alias, body, sql.Identifier(key)
            )
        elif relation.to_one:
            lateral = sql.SQL("select row_to_json({w}) as {b} from ({s}) as {w}").format(
                w=wrap, b=body, s=select
            )
            output = sql.SQL("{}.{} as {}").format(lateral_alias, body, sql.Identifier(key))
        else:
            having = sql.SQL(" having count(*) > 0") if embed.inner else sql.SQL("")
            lateral = sql.SQL("select json_agg({w}) as {b} from ({s}) as {w}{h}").format(
                w=wrap, b=body, s=select, h=having
            )
            output = sql.SQL("coalesce({}.{}, '[]'::json) as {}").format(
                lateral_alias, body, sql.Identifier(key)
            )
        kind = "inner" if embed.inner else "left"
        join_sql = sql.SQL(" {} join lateral ({}) as {} on true").format(
            sql.SQL(kind), lateral, lateral_alias
        )
        return output, join_sql

    def check_paths(self, query: q.ReadQuery) -> None:
        """Refuse filters on relations that are not embedded (PostgREST's PGRST108)."""
        for path, node in query.nodes.items():
            if path not in self.used_paths and (
                node.conditions or node.order or node.limit is not None or node.offset
            ):
                name = ".".join(path)
                raise ApiError(
                    400,
                    "PGRST108",
                    f"'{name}' is not an embedded resource in this request",
                    None,
                    f"Verify that '{name}' is included in the 'select' query parameter.",
                )

    def read(
        self, rel: Rel, query: q.ReadQuery, *, with_count: bool, capped: bool = True
    ) -> sql.Composable:
        """The whole read statement: body, page size and (optionally) the total.

        `capped=False` for a mutation's representation, which PostgREST leaves unbounded.
        """
        select, rows = self.level(rel, query.select, query, (), capped=capped)
        self.check_paths(query)
        self.rows_sql = rows
        total = (
            sql.SQL(", ({}) as total").format(count_of(rows))
            if with_count
            else sql.SQL(", null::bigint as total")
        )
        return sql.SQL(
            "select coalesce(json_agg(_pgrst_w), '[]')::text as body, count(*) as n{} from ({}) as _pgrst_w"
        ).format(total, select)


def count_of(rows: sql.Composable) -> sql.Composable:
    """`select count(*)` over a `select 1` statement."""
    return sql.SQL("select count(*) as count from ({}) as _pgrst_c").format(rows)


def _pairs_equal(
    child: sql.Identifier, parent: sql.Identifier, pairs: list[tuple[str, str]]
) -> sql.Composable:
    return sql.SQL(" and ").join(
        sql.SQL("{}.{} = {}.{}").format(child, sql.Identifier(c), parent, sql.Identifier(p))
        for c, p in pairs
    )


def _err(error: ApiError) -> dict[str, Any]:
    return {
        "status": error.status,
        "code": error.code,
        "message": error.message,
        "details": error.details,
        "hint": error.hint,
    }
