"""Turning a join's `config.postgres_changes` into bindings, as Supabase Realtime does.

The join reply echoes each entry with an `id` (clients match them by position); the
subscription itself is then checked against the publication and the subscriber's column
grants, and reported with a `system` message.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from psycopg import sql

from devstack.realtime import values
from devstack.realtime.filters import (
    IS_KEYWORDS,
    MAX_IN_VALUES,
    CompiledFilter,
    Filter,
    FilterError,
    compile_like,
    parse,
    split_array_literal,
)
from devstack.realtime.hub import Binding
from devstack.realtime.rls import Catalog, TableInfo

TEXT_LIKE = frozenset({"text", "varchar", "bpchar", "name", "citext"})


def binding_id(params: dict[str, Any]) -> int:
    """A stable positive id for one postgres_changes entry (upstream uses `phash2`)."""
    digest = zlib.crc32(json.dumps(params, sort_keys=True, default=str).encode())
    return (digest & 0x7FFFFFF) or 1


def compile_bindings(
    params_list: list[dict[str, Any]],
) -> tuple[list[Binding], list[dict[str, Any]]]:
    """Bindings (not yet active) and the `postgres_changes` echo for the join reply."""
    bindings: list[Binding] = []
    echo: list[dict[str, Any]] = []
    for params in params_list:
        ident = binding_id(params)
        echo.append({**params, "id": ident})
        event = params.get("event")
        event = "*" if not isinstance(event, str) else event.upper()
        if event not in ("INSERT", "UPDATE", "DELETE"):
            event = "*"
        bindings.append(Binding(ident, event, "", "", params=params))
    return bindings, echo


def _params_text(params: dict[str, Any]) -> str:
    return ", ".join(
        f"{k}: {params.get(k) if params.get(k) is not None else 'nil'}"
        for k in ("event", "schema", "table", "filter", "select")
    )


async def activate(catalog: Catalog, bindings: list[Binding], claims: dict[str, Any]) -> str | None:
    """Check every binding for `claims` and switch them over at once; or the error to report.

    The bindings keep streaming with their previous settings while the checks run, so a
    token refresh does not open a gap in the stream.
    """
    role = str(claims.get("role") or "anon")
    settled: list[Binding] = []
    for binding in bindings:
        params = binding.params
        try:
            settled.append(await _settle(catalog, binding, params, role))
        except FilterError as exc:
            error = f"Error parsing `filter` params: {exc}"
        except SubscriptionError as exc:
            error = (
                "Unable to subscribe to changes with given parameters. "
                f"{exc} [{_params_text(params)}]"
            )
        else:
            continue
        for stale in bindings:
            stale.active = False
        return error
    for binding, fresh in zip(bindings, settled, strict=True):
        binding.schema, binding.table = fresh.schema, fresh.table
        binding.select, binding.filters = fresh.select, fresh.filters
        binding.active = True
    return None


class SubscriptionError(Exception):
    """A subscription the publication or the role's grants do not allow."""


async def _settle(catalog: Catalog, binding: Binding, params: dict[str, Any], role: str) -> Binding:
    """The binding as `role` may have it (schema, table, select, typed filters)."""
    schema, table, filter_text = params.get("schema"), params.get("table"), params.get("filter")
    if isinstance(schema, str) and isinstance(table, str):
        pass
    elif isinstance(schema, str) and table is None and filter_text is None:
        table = "*"
    elif isinstance(table, str) and schema is None and filter_text is None:
        schema = "public"
    else:
        raise SubscriptionError(
            "No subscription params provided. Please provide at least a `schema` or `table`"
            " to subscribe to."
        )
    assert isinstance(schema, str) and isinstance(table, str)
    select = params.get("select")
    if select is not None and not isinstance(select, list):
        raise SubscriptionError("Error parsing `select` params: expected a list of column names")
    selected = tuple(c for c in (select or []) if isinstance(c, str)) or None
    filters = parse(filter_text if isinstance(filter_text, str) else None)
    if "*" in (schema, table) and (filters or selected):
        raise SubscriptionError("Filters and column selection need an explicit schema and table.")
    published = await catalog.published_tables(schema, table)
    if not published:
        raise SubscriptionError(
            "Please check Realtime is enabled for the given connect parameters:"
        )
    fresh = Binding(binding.id, binding.event, schema, table, select=selected)
    if "*" in (schema, table):
        return fresh
    info = await catalog.table(schema, table)
    if info is None:
        raise SubscriptionError(
            "Please check Realtime is enabled for the given connect parameters:"
        )
    access = await catalog.access(info, role)
    for name in selected or ():
        if name not in access.readable:
            raise SubscriptionError(f"An exception happened: invalid column for select {name}.")
    fresh.filters = [await _compile(catalog, info, f, access.readable) for f in filters]
    return fresh


async def _cast(catalog: Catalog, text: str, sql_type: str) -> str:
    query = sql.SQL("select cast(%s as {})::text as v").format(sql.SQL(sql_type))
    async with catalog.pool.connection() as conn:
        try:
            cur = await conn.execute(query, (text,))
        except Exception as exc:
            raise SubscriptionError(f"An exception happened: {exc}".strip()) from exc
        row: Any = await cur.fetchone()
    return str(row["v"])


async def _compile(
    catalog: Catalog, info: TableInfo, item: Filter, readable: frozenset[str]
) -> CompiledFilter:
    column = info.column(item.column)
    if column is None or item.column not in readable:
        raise SubscriptionError(f"An exception happened: invalid column for filter {item.column}.")
    operand: Any
    if item.op == "is":
        if item.value not in IS_KEYWORDS:
            raise SubscriptionError(
                "An exception happened: invalid value for is filter: must be null, true,"
                " false, or unknown."
            )
        if item.value != "null" and column.type_name != "bool":
            raise SubscriptionError(
                f"An exception happened: is {item.value} filter requires a boolean column."
            )
        operand = item.value
    elif item.op == "in":
        cast_text = await _cast(catalog, item.value, column.sql_type + "[]")
        elements = split_array_literal(cast_text)
        if len(elements) > MAX_IN_VALUES:
            raise SubscriptionError("too many values for `in` filter. Maximum 100")
        operand = [values.load(column.type_oid, e) for e in elements if e is not None]
    elif item.op in ("like", "ilike"):
        if column.type_name not in TEXT_LIKE:
            raise SubscriptionError(
                f"An exception happened: operator {item.op} requires a text-compatible column."
            )
        operand = compile_like(item.value, insensitive=item.op == "ilike")
    elif item.op in ("match", "imatch"):
        if column.type_name not in TEXT_LIKE:
            raise SubscriptionError(
                f"An exception happened: operator {item.op} requires a text-compatible column."
            )
        # Postgres evaluates these at fan-out time, so Postgres must accept the pattern.
        async with catalog.pool.connection() as conn:
            try:
                await conn.execute("select '' ~ %s", (item.value,))
            except Exception as exc:
                raise SubscriptionError(f"invalid regular expression for {item.op} filter") from exc
        operand = item.value
    else:
        operand = values.load(column.type_oid, await _cast(catalog, item.value, column.sql_type))
    return CompiledFilter(item.column, item.op, item.negate, operand)
