"""Which subscriber may see which change: table catalogue, column grants and RLS policies.

Supabase Realtime (`realtime.apply_rls`) sends a change to a subscriber only if the
subscriber's role can select the table's primary key, and — when the table has row level
security — only if the role with the subscriber's JWT claims can select the row; records are
cut to the columns the role may read.

We judge the row *as committed*: the SELECT policies that apply to the role are evaluated
over the WAL values (a one-row subquery aliased as the table) by running as that role with its
claims, so an insert followed at once by a delete is still judged on what was inserted. For a
DELETE the old row is judged the same way when the table has REPLICA IDENTITY FULL; with only
the primary key in the WAL, Supabase cannot judge it either and sends the key to every
subscriber whose filters pass.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql
from psycopg_pool import AsyncConnectionPool

from devstack.realtime.filters import RegexProbe

CACHE_SECONDS = 2.0
# Postgres' regex engine does not blow up like a backtracking one, but bound it anyway.
REGEX_TIMEOUT = "500ms"
PUBLICATION = "supabase_realtime"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TableColumn:
    name: str
    type_oid: int
    type_name: str  # pg_type.typname, as Realtime's `columns` payload shows it
    sql_type: str  # format_type(), for casts
    is_pkey: bool


@dataclass(frozen=True)
class TableInfo:
    oid: int
    schema: str
    name: str
    rls_enabled: bool
    published: bool
    columns: tuple[TableColumn, ...]

    @property
    def pkey(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.is_pkey)

    def column(self, name: str) -> TableColumn | None:
        """The column called `name`, if any."""
        return next((c for c in self.columns if c.name == name), None)


@dataclass(frozen=True)
class RoleAccess:
    """What one role may see of one table."""

    readable: frozenset[str]
    # SQL taking the row's text values as $1 and answering whether the role sees it;
    # None when no query is needed (`always` says which way).
    query: str | None
    always: bool
    # Columns the applicable policies read: `query` cannot judge a row missing one (an
    # unchanged TOASTed value), `by_key` then judges the table's current row, as upstream.
    policy_columns: frozenset[str] = frozenset()
    by_key: str | None = None


class Catalog:
    """Cached catalogue look-ups on the admin pool (short-lived: migrations change things)."""

    def __init__(self, pool: AsyncConnectionPool) -> None:
        self.pool = pool
        self._tables: dict[tuple[str, str], tuple[float, TableInfo | None]] = {}
        self._access: dict[tuple[int, str], tuple[float, RoleAccess]] = {}

    def forget(self) -> None:
        """Drop every cached entry (after a relation changed shape)."""
        self._tables.clear()
        self._access.clear()

    async def table(self, schema: str, name: str) -> TableInfo | None:
        """Columns, primary key, RLS flag and publication membership of `schema.name`."""
        key = (schema, name)
        hit = self._tables.get(key)
        if hit and hit[0] > time.monotonic():
            return hit[1]
        info = await self._load_table(schema, name)
        self._tables[key] = (time.monotonic() + CACHE_SECONDS, info)
        return info

    async def _load_table(self, schema: str, name: str) -> TableInfo | None:
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                """
                select c.oid::int as oid, c.relrowsecurity as rls,
                       exists (select 1 from pg_publication_tables p
                               where p.pubname = %s and p.schemaname = n.nspname
                                 and p.tablename = c.relname) as published
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = %s and c.relname = %s and c.relkind in ('r', 'p')
                """,
                (PUBLICATION, schema, name),
            )
            row: Any = await cur.fetchone()
            if row is None:
                return None
            cur = await conn.execute(
                """
                select a.attname as name, a.atttypid::int as type_oid, t.typname as type_name,
                       format_type(a.atttypid, a.atttypmod) as sql_type,
                       coalesce(a.attnum = any(i.indkey), false) as is_pkey
                from pg_attribute a
                join pg_type t on t.oid = a.atttypid
                left join pg_index i on i.indrelid = a.attrelid and i.indisprimary
                where a.attrelid = %s and a.attnum > 0 and not a.attisdropped
                order by a.attnum
                """,
                (row["oid"],),
            )
            column_rows: Any = await cur.fetchall()
            columns = tuple(TableColumn(**c) for c in column_rows)
        return TableInfo(row["oid"], schema, name, row["rls"], row["published"], columns)

    async def published_tables(self, schema: str, table: str) -> list[tuple[str, str]]:
        """Tables of the publication matching `schema`/`table` (either may be `*`)."""
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                """
                select schemaname, tablename from pg_publication_tables
                where pubname = %s
                  and (%s = '*' or schemaname = %s) and (%s = '*' or tablename = %s)
                """,
                (PUBLICATION, schema, schema, table, table),
            )
            rows: Any = await cur.fetchall()
            return [(r["schemaname"], r["tablename"]) for r in rows]

    async def access(self, table: TableInfo, role: str) -> RoleAccess:
        """Readable columns of `table` for `role` and how to judge row visibility."""
        key = (table.oid, role)
        hit = self._access.get(key)
        if hit and hit[0] > time.monotonic():
            return hit[1]
        access = await self._load_access(table, role)
        self._access[key] = (time.monotonic() + CACHE_SECONDS, access)
        return access

    async def _load_access(self, table: TableInfo, role: str) -> RoleAccess:
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "select exists (select from pg_roles where rolname = %s) as ok", (role,)
            )
            known: Any = await cur.fetchone()
            if not known["ok"]:
                return RoleAccess(frozenset(), None, False)
            cur = await conn.execute(
                """
                select a.attname from pg_attribute a
                where a.attrelid = %s and a.attnum > 0 and not a.attisdropped
                  and has_column_privilege(%s, a.attrelid, a.attnum, 'SELECT')
                """,
                (table.oid, role),
            )
            readable_rows: Any = await cur.fetchall()
            readable = frozenset(r["attname"] for r in readable_rows)
            if not table.rls_enabled:
                return RoleAccess(readable, None, True)
            cur = await conn.execute(
                """
                select r.rolbypassrls
                       or (pg_has_role(%s, c.relowner, 'member') and not c.relforcerowsecurity)
                       as exempt
                from pg_class c, pg_roles r where c.oid = %s and r.rolname = %s
                """,
                (role, table.oid, role),
            )
            exempt: Any = await cur.fetchone()
            if exempt["exempt"]:
                return RoleAccess(readable, None, True)
            cur = await conn.execute(
                """
                select p.oid::int as oid, p.polpermissive as permissive,
                       pg_get_expr(p.polqual, p.polrelid) as qual
                from pg_policy p
                where p.polrelid = %s and p.polcmd in ('r', '*')
                  and (0::oid = any(p.polroles)
                       or exists (select 1 from unnest(p.polroles) pr
                                  where pg_has_role(%s, pr, 'member')))
                """,
                (table.oid, role),
            )
            policies: Any = await cur.fetchall()
            # Postgres records which columns of the table each policy expression reads.
            cur = await conn.execute(
                """
                select distinct a.attname from pg_depend d
                join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
                where d.classid = 'pg_policy'::regclass and d.objid = any(%s::oid[])
                  and d.refobjid = %s and d.refobjsubid > 0
                """,
                ([p["oid"] for p in policies], table.oid),
            )
            column_rows: Any = await cur.fetchall()
            policy_columns = frozenset(r["attname"] for r in column_rows)
        permissive = [p["qual"] or "true" for p in policies if p["permissive"]]
        restrictive = [p["qual"] or "true" for p in policies if not p["permissive"]]
        if not permissive:
            return RoleAccess(readable, None, False)
        condition = "(" + " or ".join(f"({q})" for q in permissive) + ")"
        for qual in restrictive:
            condition += f" and ({qual})"
        values = sql.SQL(", ").join(
            sql.SQL("({})::{} as {}").format(
                sql.SQL(f"$1[{i}]"), sql.SQL(c.sql_type), sql.Identifier(c.name)
            )
            for i, c in enumerate(table.columns, start=1)
        )
        query = sql.SQL("select exists (select 1 from (select {}) as {} where {})").format(
            values, sql.Identifier(table.name), sql.SQL(condition)
        )
        keys = sql.SQL(" and ").join(
            sql.SQL("{} = ({})::{}").format(
                sql.Identifier(c.name), sql.SQL(f"$1[{i}]"), sql.SQL(c.sql_type)
            )
            for i, c in enumerate(table.columns, start=1)
            if c.is_pkey
        )
        by_key = sql.SQL("select exists (select 1 from {}.{} where {})").format(
            sql.Identifier(table.schema), sql.Identifier(table.name), keys
        )
        return RoleAccess(
            readable,
            query.as_string(None),
            False,
            policy_columns,
            by_key.as_string(None) if table.pkey else None,
        )


class Visibility:
    """Runs the per-subscriber row checks in one round trip per role and change."""

    def __init__(self, pool: AsyncConnectionPool) -> None:
        self.pool = pool

    async def check(
        self, query: str, row: Sequence[str | None], claims: Sequence[Mapping[str, Any]]
    ) -> list[bool]:
        """For each claims set, whether its role sees `row` (text values in column order)."""
        if not claims:
            return []
        roles = [str(c.get("role") or "anon") for c in claims]
        texts = [json.dumps(dict(c)) for c in claims]
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "select devstack_realtime.visible_to(%s, %s::text[], %s::text[], %s::text[]) as v",
                (query, list(row), roles, texts),
            )
            result: Any = await cur.fetchone()
        return [bool(v) for v in result["v"]]

    async def regex(self, probes: Iterable[RegexProbe]) -> dict[RegexProbe, bool]:
        """Postgres' `~` / `~*` verdict on each probe (none at all if it times out)."""
        items = list(probes)
        try:
            async with self.pool.connection() as conn, conn.transaction():
                await conn.execute(f"set local statement_timeout = '{REGEX_TIMEOUT}'")
                cur = await conn.execute(
                    "select array(select case when i then t ~* p else t ~ p end"
                    " from unnest(%s::text[], %s::text[], %s::bool[]) with ordinality"
                    " as u(t, p, i, n) order by n) as v",
                    (
                        [p.text for p in items],
                        [p.pattern for p in items],
                        [p.insensitive for p in items],
                    ),
                )
                result: Any = await cur.fetchone()
        except (psycopg.errors.QueryCanceled, psycopg.DataError):
            # Too slow or refused: the filter fails closed. A lost connection propagates.
            log.warning("realtime: regex filters could not be evaluated", exc_info=True)
            return {}
        return {p: bool(v) for p, v in zip(items, result["v"], strict=True)}
