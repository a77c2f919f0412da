"""The schema cache: what the exposed schemas hold, read once from pg_catalog.

Every identifier that reaches SQL comes from here. The cache is reloaded on
`NOTIFY pgrst, 'reload schema'` (a LISTEN connection started with the component) and,
once, when a request names something the cache does not know.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Column:
    """One column of a table, view or composite result."""

    name: str
    type: str  # format_type(), e.g. "integer", "text[]", "timestamp with time zone"
    nullable: bool = True
    default: str | None = None  # pg_get_expr() of the default, trusted catalogue text


@dataclass(frozen=True)
class ForeignKey:
    """A foreign key `table(columns) -> foreign_table(foreign_columns)`."""

    name: str
    schema: str
    table: str
    columns: tuple[str, ...]
    foreign_schema: str
    foreign_table: str
    foreign_columns: tuple[str, ...]


@dataclass
class Table:
    """A table, view or materialized view of an exposed schema."""

    schema: str
    name: str
    columns: dict[str, Column]
    primary_key: tuple[str, ...] = ()
    unique: list[frozenset[str]] = field(default_factory=list)
    is_view: bool = False


@dataclass(frozen=True)
class Param:
    """One input parameter of a function."""

    name: str
    type: str
    has_default: bool


@dataclass
class Function:
    """A function callable through `/rpc/<name>`."""

    schema: str
    name: str
    params: list[Param]
    return_type: str
    returns_set: bool
    # Columns when the result is a row type (table, composite or OUT parameters).
    columns: dict[str, Column] | None
    volatility: str  # "i" | "s" | "v"

    @property
    def required(self) -> set[str]:
        """Parameter names without a default."""
        return {p.name for p in self.params if not p.has_default}


@dataclass
class SchemaCache:
    """A snapshot of the exposed schemas."""

    tables: dict[tuple[str, str], Table] = field(default_factory=dict)
    foreign_keys: list[ForeignKey] = field(default_factory=list)
    functions: dict[tuple[str, str], list[Function]] = field(default_factory=dict)

    def fks_from(self, table: Table) -> list[ForeignKey]:
        """Foreign keys declared on `table`."""
        return [
            fk for fk in self.foreign_keys if (fk.schema, fk.table) == (table.schema, table.name)
        ]

    def fks_to(self, table: Table) -> list[ForeignKey]:
        """Foreign keys of other tables pointing at `table`."""
        return [
            fk
            for fk in self.foreign_keys
            if (fk.foreign_schema, fk.foreign_table) == (table.schema, table.name)
        ]


TABLES_SQL = """
select n.nspname as schema, c.relname as name, c.relkind as kind, c.oid as oid
from pg_class c join pg_namespace n on n.oid = c.relnamespace
where n.nspname = any(%(schemas)s) and c.relkind in ('r', 'v', 'm', 'f', 'p')
"""

COLUMNS_SQL = """
select c.oid as oid, a.attnum as num, a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
       not a.attnotnull as nullable, pg_get_expr(d.adbin, d.adrelid) as default
from pg_class c join pg_namespace n on n.oid = c.relnamespace
join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
left join pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum
where n.nspname = any(%(schemas)s) and c.relkind in ('r', 'v', 'm', 'f', 'p', 'c')
order by c.oid, a.attnum
"""

CONSTRAINTS_SQL = """
select con.conname as name, con.contype as kind, n.nspname as schema, c.relname as table,
       array(select a.attname from unnest(con.conkey) with ordinality k(num, i)
             join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num
             order by k.i)::text[] as columns,
       fn.nspname as foreign_schema, fc.relname as foreign_table,
       array(select a.attname from unnest(con.confkey) with ordinality k(num, i)
             join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num
             order by k.i)::text[] as foreign_columns
from pg_constraint con
join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace
left join pg_class fc on fc.oid = con.confrelid
left join pg_namespace fn on fn.oid = fc.relnamespace
where con.contype in ('p', 'u', 'f') and n.nspname = any(%(schemas)s)
"""

# The stored query tree of each view; its target entries name the base column behind each
# view column (resorigtbl/resorigcol), which is how foreign keys are carried over to views.
VIEWS_SQL = """
select c.oid as oid, r.ev_action::text as action
from pg_class c join pg_namespace n on n.oid = c.relnamespace
join pg_rewrite r on r.ev_class = c.oid and r.rulename = '_RETURN'
where n.nspname = any(%(schemas)s) and c.relkind in ('v', 'm')
"""
_TARGET_ENTRY = re.compile(
    r":resno (\d+) :resname (\S+) :ressortgroupref \d+ :resorigtbl (\d+) :resorigcol (\d+)"
)

FUNCTIONS_SQL = """
select n.nspname as schema, p.proname as name, p.proretset as returns_set,
       format_type(p.prorettype, null) as return_type, t.typtype as return_kind,
       t.typrelid as return_relid, p.provolatile as volatility, p.pronargdefaults as ndefaults,
       coalesce(p.proargnames, '{}')::text[] as arg_names,
       coalesce(p.proargmodes::text[], array_fill('i'::text, array[p.pronargs])) as arg_modes,
       array(select format_type(x, null) from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[]))
             with ordinality u(x, i) order by i)::text[] as arg_types
from pg_proc p join pg_namespace n on n.oid = p.pronamespace
join pg_type t on t.oid = p.prorettype
where n.nspname = any(%(schemas)s) and p.prokind = 'f'
"""


async def load(pool: AsyncConnectionPool, schemas: tuple[str, ...]) -> SchemaCache:
    """Read the exposed schemas from pg_catalog."""
    params = {"schemas": list(schemas)}
    async with pool.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
        tables_rows = await (await cur.execute(TABLES_SQL, params)).fetchall()
        column_rows = await (await cur.execute(COLUMNS_SQL, params)).fetchall()
        constraint_rows = await (await cur.execute(CONSTRAINTS_SQL, params)).fetchall()
        function_rows = await (await cur.execute(FUNCTIONS_SQL, params)).fetchall()
        view_rows = await (await cur.execute(VIEWS_SQL, params)).fetchall()
    columns_by_oid: dict[int, dict[str, Column]] = {}
    names_by_oid: dict[int, dict[int, str]] = {}
    for row in column_rows:
        names_by_oid.setdefault(row["oid"], {})[row["num"]] = row["name"]
        columns_by_oid.setdefault(row["oid"], {})[row["name"]] = Column(
            row["name"], row["type"], row["nullable"], row["default"]
        )
    cache = SchemaCache()
    for row in tables_rows:
        cache.tables[(row["schema"], row["name"])] = Table(
            row["schema"],
            row["name"],
            columns_by_oid.get(row["oid"], {}),
            is_view=row["kind"] in ("v", "m"),
        )
    for row in constraint_rows:
        table = cache.tables.get((row["schema"], row["table"]))
        columns = tuple(row["columns"])
        if row["kind"] == "p" and table is not None:
            table.primary_key = columns
            table.unique.append(frozenset(columns))
        elif row["kind"] == "u" and table is not None:
            table.unique.append(frozenset(columns))
        elif row["kind"] == "f":
            cache.foreign_keys.append(
                ForeignKey(
                    row["name"],
                    row["schema"],
                    row["table"],
                    columns,
                    row["foreign_schema"],
                    row["foreign_table"],
                    tuple(row["foreign_columns"]),
                )
            )
    by_oid = {row["oid"]: cache.tables[(row["schema"], row["name"])] for row in tables_rows}
    for row in view_rows:
        view = by_oid.get(row["oid"])
        if view is not None:
            sources = _view_sources(row["action"], names_by_oid.get(row["oid"], {}), names_by_oid)
            cache.foreign_keys += _view_foreign_keys(view, sources, by_oid, cache.foreign_keys)
    for row in function_rows:
        fn = _function(row, columns_by_oid)
        cache.functions.setdefault((fn.schema, fn.name), []).append(fn)
    return cache


def _view_sources(
    action: str, view_columns: dict[int, str], names_by_oid: dict[int, dict[int, str]]
) -> dict[str, tuple[int, str]]:
    """View column -> (base table oid, base column) for columns that are plain references."""
    sources: dict[str, tuple[int, str]] = {}
    for match in _TARGET_ENTRY.finditer(action):
        resno, resname, table_oid, column_num = match.groups()
        # Subqueries print their own target entries first; the view's own list comes last,
        # so later matches for the view's (position, name) win.
        if view_columns.get(int(resno)) != resname:
            continue
        base = names_by_oid.get(int(table_oid), {}).get(int(column_num))
        if base is not None:
            sources[resname] = (int(table_oid), base)
        else:
            sources.pop(resname, None)
    return sources


def _view_foreign_keys(
    view: Table,
    sources: dict[str, tuple[int, str]],
    by_oid: dict[int, Table],
    foreign_keys: list[ForeignKey],
) -> list[ForeignKey]:
    """The base tables' foreign keys restated on `view`, where it exposes their columns."""
    exposed: dict[tuple[str, str, str], str] = {}
    for view_column, (oid, base_column) in sources.items():
        base = by_oid.get(oid)
        if base is not None:
            exposed.setdefault((base.schema, base.name, base_column), view_column)
    found: list[ForeignKey] = []
    for fk in foreign_keys:
        outgoing = [exposed.get((fk.schema, fk.table, c)) for c in fk.columns]
        if all(outgoing):
            found.append(
                ForeignKey(
                    fk.name,
                    view.schema,
                    view.name,
                    tuple(c for c in outgoing if c),
                    fk.foreign_schema,
                    fk.foreign_table,
                    fk.foreign_columns,
                )
            )
        incoming = [
            exposed.get((fk.foreign_schema, fk.foreign_table, c)) for c in fk.foreign_columns
        ]
        if all(incoming):
            found.append(
                ForeignKey(
                    fk.name,
                    fk.schema,
                    fk.table,
                    fk.columns,
                    view.schema,
                    view.name,
                    tuple(c for c in incoming if c),
                )
            )
    return found


def _function(row: dict[str, Any], columns_by_oid: dict[int, dict[str, Column]]) -> Function:
    names: list[str] = list(row["arg_names"])
    modes: list[str] = list(row["arg_modes"])
    types: list[str] = list(row["arg_types"])
    inputs: list[tuple[str, str]] = []
    outputs: dict[str, Column] = {}
    for i, mode in enumerate(modes):
        name = names[i] if i < len(names) else ""
        if mode in ("i", "b", "v"):
            inputs.append((name, types[i]))
        if mode in ("o", "b", "t"):
            outputs[name] = Column(name, types[i])
    ndefaults: int = row["ndefaults"]
    params = [
        Param(name, type_, i >= len(inputs) - ndefaults) for i, (name, type_) in enumerate(inputs)
    ]
    columns: dict[str, Column] | None = None
    if len(outputs) > 1 or any(m == "t" for m in modes):
        columns = outputs
    elif row["return_kind"] == "c":
        columns = columns_by_oid.get(row["return_relid"])
    return Function(
        schema=row["schema"],
        name=row["name"],
        params=params,
        return_type=row["return_type"],
        returns_set=row["returns_set"],
        columns=columns,
        volatility=row["volatility"],
    )


# The shortest time between two reloads caused by requests naming something unknown.
MISS_RELOAD_INTERVAL = 1.0


class SchemaManager:
    """Holds the current cache and reloads it on NOTIFY or on a miss."""

    def __init__(
        self,
        pool: AsyncConnectionPool,
        conninfo: str,
        schemas: tuple[str, ...],
        on_reload: Callable[[], Awaitable[None]] | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.pool = pool
        self.on_reload = on_reload
        self.clock = clock
        self.sleep = sleep
        self._loaded_at = float("-inf")
        self.conninfo = conninfo
        self.schemas = schemas
        self.cache = SchemaCache()
        self.generation = 0
        self._lock = asyncio.Lock()
        self._listener: asyncio.Task[None] | None = None

    async def reload(self, seen: int | None = None) -> None:
        """Re-read the catalogue; with `seen`, skip if it changed since that generation.

        A request that missed with generation `seen` passes it, so concurrent misses share
        one reload. A miss also waits until MISS_RELOAD_INTERVAL has passed since the last
        reload: new objects are still found, but a client naming unknown tables cannot make
        the gateway re-read the catalogue more than once per interval. NOTIFY always
        reloads at once, since the DDL may postdate a running reload.
        """
        async with self._lock:
            if seen is not None:
                if self.generation != seen:
                    return
                wait = MISS_RELOAD_INTERVAL - (self.clock() - self._loaded_at)
                if wait > 0:
                    await self.sleep(wait)
            self.cache = await load(self.pool, self.schemas)
            self._loaded_at = self.clock()
            self.generation += 1
            if self.on_reload is not None:
                # Migrations may also have changed the roles' own settings.
                await self.on_reload()

    async def start(self) -> None:
        """Load the cache and start listening on the `pgrst` channel."""
        await self.reload()
        self._listener = asyncio.create_task(self._listen())

    async def stop(self) -> None:
        """Stop listening."""
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._listener
            self._listener = None

    async def _listen(self) -> None:
        while True:
            try:
                conn = await psycopg.AsyncConnection.connect(self.conninfo, autocommit=True)
                async with conn:
                    await conn.execute("listen pgrst")
                    # A NOTIFY may have been missed while we were not listening.
                    await self.reload()
                    async for notify in conn.notifies():
                        if notify.payload in ("", "reload schema"):
                            await self.reload()
            except asyncio.CancelledError:
                raise
            except Exception:  # the database restarting must not kill the gateway
                log.exception("schema cache listener failed; retrying")
                await asyncio.sleep(1)
