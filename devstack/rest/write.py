"""SQL for inserts, upserts, updates, deletes and rpc calls.

A mutation is one statement: the DML in a CTE returning the affected rows, and the read
of `devstack.rest.sql` over that CTE when the client asked for a representation:

    with _pgrst_m as (insert ... select ... from json_array_elements($body) ... returning *)
    select coalesce(json_agg(w), '[]')::text as body, count(*) as n, ... from (...) w

The payload travels as ONE bound JSON parameter; Postgres maps it onto the table's row
type with `json_populate_record`, so typing matches the table exactly.
"""

from __future__ import annotations

import json
from typing import Any

from psycopg import sql

from devstack.rest import query as q
from devstack.rest.errors import ApiError, SchemaMiss, payload_column_not_found
from devstack.rest.schema import Function, Table
from devstack.rest.sql import Builder, Rel, catalogue_text

MUTATION = sql.Identifier("_pgrst_m")
TARGET = sql.Identifier("_pgrst_target")


def check_columns(table: Table, columns: list[str]) -> None:
    """PGRST204 for any payload column the table does not have."""
    for name in columns:
        if name not in table.columns:
            error = payload_column_not_found(table.name, name)
            raise SchemaMiss(error.status, error.code, error.message, error.details, error.hint)


def _relation(table: Table) -> sql.Identifier:
    return sql.Identifier(table.schema, table.name)


def insert(
    b: Builder,
    table: Table,
    rows: list[dict[str, Any]],
    columns: list[str],
    *,
    on_conflict: list[str] | None,
    resolution: str | None,
    missing_default: bool,
    returning: bool,
) -> sql.Composable:
    """`insert ... returning` for `rows` (already validated to be objects)."""
    check_columns(table, columns)
    relation = _relation(table)
    ret = sql.SQL(" returning {}.*").format(TARGET) if returning else sql.SQL(" returning 1")
    if not columns:
        if len(rows) != 1:
            raise ApiError(400, "PGRST102", "All object keys must match")
        return sql.SQL("insert into {} as {} default values{}").format(relation, TARGET, ret)
    element, record = sql.Identifier("_pgrst_e"), sql.Identifier("_pgrst_r")
    exprs: list[sql.Composable] = []
    for name in columns:
        value = sql.SQL("({}).{}").format(record, sql.Identifier(name))
        default = table.columns[name].default
        if missing_default and default is not None:
            value = sql.SQL("case when ({}.v::jsonb) ? {} then {} else {} end").format(
                element, b.param(name, "text"), value, catalogue_text(default)
            )
        exprs.append(value)
    body = b.param(json.dumps(rows), "json")
    statement = sql.SQL(
        "insert into {rel} as {target} ({cols}) select {exprs}"
        " from json_array_elements({body}) as {e}(v),"
        " lateral json_populate_record(null::{rel}, {e}.v) as {r}"
    ).format(
        rel=relation,
        target=TARGET,
        cols=sql.SQL(", ").join(sql.Identifier(c) for c in columns),
        exprs=sql.SQL(", ").join(exprs),
        body=body,
        e=element,
        r=record,
    )
    if resolution is not None:
        conflict = on_conflict or list(table.primary_key)
        if not conflict:
            raise ApiError(400, "PGRST103", f"'{table.name}' has no primary key; pass on_conflict")
        check_columns(table, conflict)
        target = sql.SQL(", ").join(sql.Identifier(c) for c in conflict)
        updates = [c for c in columns if c not in conflict] or columns
        if resolution == "ignore-duplicates":
            action: sql.Composable = sql.SQL("do nothing")
        else:
            action = sql.SQL("do update set {}").format(
                sql.SQL(", ").join(
                    sql.SQL("{c} = excluded.{c}").format(c=sql.Identifier(c)) for c in updates
                )
            )
        statement = sql.SQL("{} on conflict ({}) {}").format(statement, target, action)
    return sql.SQL("{}{}").format(statement, ret)


def update(
    b: Builder, table: Table, patch: dict[str, Any], node: q.Node, *, returning: bool
) -> sql.Composable:
    """`update ... set <payload columns> where <filters> returning`."""
    columns = list(patch)
    check_columns(table, columns)
    record = sql.Identifier("_pgrst_r")
    where = _where(b, table, node)
    ret = sql.SQL(" returning {}.*").format(TARGET) if returning else sql.SQL(" returning 1")
    if not columns:
        # Nothing to change: select the matching rows without touching them.
        return sql.SQL("select {t}.* from {rel} as {t}{w} limit 0").format(
            t=TARGET, rel=_relation(table), w=where
        )
    sets = sql.SQL(", ").join(
        sql.SQL("{c} = {r}.{c}").format(c=sql.Identifier(c), r=record) for c in columns
    )
    return sql.SQL(
        "update {rel} as {t} set {sets} from json_populate_record(null::{rel}, {body}) as {r}{w}{ret}"
    ).format(
        rel=_relation(table),
        t=TARGET,
        sets=sets,
        body=b.param(json.dumps(patch), "json"),
        r=record,
        w=where,
        ret=ret,
    )


def delete(b: Builder, table: Table, node: q.Node, *, returning: bool) -> sql.Composable:
    """`delete ... where <filters> returning`."""
    ret = sql.SQL(" returning {}.*").format(TARGET) if returning else sql.SQL(" returning 1")
    return sql.SQL("delete from {} as {}{}{}").format(
        _relation(table), TARGET, _where(b, table, node), ret
    )


def _where(b: Builder, table: Table, node: q.Node) -> sql.Composable:
    conditions = [b.condition(table, TARGET, c) for c in node.conditions]
    if not conditions:
        return sql.SQL("")
    return sql.SQL(" where {}").format(sql.SQL(" and ").join(conditions))


def wrap_mutation(
    b: Builder, table: Table, dml: sql.Composable, read: q.ReadQuery | None
) -> sql.Composable:
    """The DML in a CTE, then either its representation or just the affected count."""
    if read is None:
        return sql.SQL(
            "with {m} as ({dml}) select null::text as body, count(*) as n, null::bigint as total"
            " from {m}"
        ).format(m=MUTATION, dml=dml)
    rel = Rel(table, MUTATION)
    select = b.read(rel, read, with_count=False, capped=False)
    return sql.SQL("with {} as ({}) {}").format(MUTATION, dml, select)


# -- rpc ----------------------------------------------------------------------------------


def pick_function(
    candidates: list[Function], provided: set[str], single_json: bool
) -> Function | None:
    """The overload PostgREST would call for these argument names."""
    for fn in candidates:
        if single_json:
            if len(fn.params) == 1 and fn.params[0].type in ("json", "jsonb"):
                return fn
            continue
        names = {p.name for p in fn.params}
        if fn.required <= provided <= names:
            return fn
    if not single_json:
        # A function taking one unnamed json/jsonb parameter receives the whole body.
        for fn in candidates:
            if (
                len(fn.params) == 1
                and not fn.params[0].name
                and fn.params[0].type in ("json", "jsonb")
            ):
                return fn
    return None


def call(
    b: Builder, fn: Function, args: dict[str, Any] | None, raw_body: Any
) -> tuple[sql.Composable, sql.Composable | None]:
    """(function call, FROM item providing its arguments or None)."""
    name = sql.Identifier(fn.schema, fn.name)
    if args is None:
        param = fn.params[0]
        value = b.param(json.dumps(raw_body), param.type)
        return sql.SQL("{}({})").format(name, value), None
    if not args:
        return sql.SQL("{}()").format(name), None
    record = sql.Identifier("_pgrst_args")
    types = {p.name: p.type for p in fn.params}
    definition = sql.SQL(", ").join(
        sql.SQL("{} {}").format(sql.Identifier(k), catalogue_text(types[k])) for k in args
    )
    source = sql.SQL("json_to_record({}) as {}({})").format(
        b.param(json.dumps(args), "json"), record, definition
    )
    named = sql.SQL(", ").join(
        sql.SQL("{} := {}.{}").format(sql.Identifier(k), record, sql.Identifier(k)) for k in args
    )
    return sql.SQL("{}({})").format(name, named), source


def rpc_statement(
    b: Builder,
    fn: Function,
    call_sql: sql.Composable,
    args_from: sql.Composable | None,
    read: q.ReadQuery,
    *,
    with_count: bool,
) -> tuple[sql.Composable, str]:
    """(statement, shape) where shape is "rows", "row", "scalar", "scalars" or "void"."""
    if fn.columns is not None:
        table = Table(fn.schema, fn.name, fn.columns)
        source = call_sql
        if args_from is not None:
            source = sql.SQL("{} cross join lateral {}").format(args_from, call_sql)
        statement = b.read(Rel(table, source), read, with_count=with_count)
        return statement, "rows" if fn.returns_set else "row"
    from_sql = sql.SQL(" from {}").format(args_from) if args_from is not None else sql.SQL("")
    if fn.return_type == "void":
        return sql.SQL("select {}{}").format(call_sql, from_sql), "void"
    if fn.returns_set:
        # Paged like a table's rows: limit/offset apply and max_rows caps the set.
        paging = b.paging(read.node(()), capped=True)
        inner = sql.SQL("select {} as v{}{}").format(call_sql, from_sql, paging)
        statement = sql.SQL(
            "select coalesce(json_agg(_pgrst_s.v), '[]')::text as body, count(*) as n,"
            " null::bigint as total from ({}) as _pgrst_s"
        ).format(inner)
        return statement, "scalars"
    statement = sql.SQL("select to_json({})::text as body, 1 as n, null::bigint as total{}").format(
        call_sql, from_sql
    )
    return statement, "scalar"
