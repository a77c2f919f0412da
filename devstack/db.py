"""Database access shared by the gateway components.

`as_role` is the heart of the PostgREST model: every API request runs in one transaction
whose role and `request.jwt.claims` come from the verified JWT, so RLS policies decide.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any

from psycopg import AsyncConnection
from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool

API_ROLES = frozenset({"anon", "authenticated", "service_role"})

# `alter role … set …` values of the API roles; the database-specific ones come last so
# they win, as at login.
ROLE_SETTINGS_SQL = """
select r.rolname, s.setconfig
  from pg_db_role_setting s join pg_roles r on r.oid = s.setrole
 where r.rolname = any(%s)
   and s.setdatabase in (0, (select oid from pg_database where datname = current_database()))
 order by s.setdatabase
"""

RoleSettings = Mapping[str, Mapping[str, str]]


async def load_role_settings(pool: AsyncConnectionPool) -> dict[str, dict[str, str]]:
    """Each API role's own settings (e.g. statement_timeout), which SET ROLE does not apply."""
    found: dict[str, dict[str, str]] = {}
    async with pool.connection() as conn:
        cursor = await conn.execute(ROLE_SETTINGS_SQL, (sorted(API_ROLES),))
        rows: list[Any] = await cursor.fetchall()  # dict rows: the pools use dict_row
        for row in rows:
            for item in row["setconfig"] or []:
                name, _, value = str(item).partition("=")
                found.setdefault(row["rolname"], {})[name] = value
    return found


def make_pool(
    conninfo: str, *, min_size: int = 1, max_size: int = 10, name: str
) -> AsyncConnectionPool:
    """An unopened async pool; the gateway opens it at start-up."""
    return AsyncConnectionPool(
        conninfo,
        min_size=min_size,
        max_size=max_size,
        open=False,
        name=name,
        kwargs={"autocommit": True, "row_factory": dict_row},
    )


@asynccontextmanager
async def as_role(
    pool: AsyncConnectionPool,
    claims: Mapping[str, Any],
    *,
    read_only: bool = False,
    request: Mapping[str, str] | None = None,
    role_settings: RoleSettings | None = None,
) -> AsyncIterator[AsyncConnection[Any]]:
    """A connection inside a transaction running as the JWT's role with its claims set.

    `request` may carry `method`, `path` and `headers` (a JSON string), exposed to SQL as
    `request.method` etc., like PostgREST does. `role_settings` (from `load_role_settings`)
    applies the role's own settings, such as anon's shorter statement timeout, as
    PostgREST does for the role it impersonates.
    """
    role = str(claims.get("role") or "anon")
    async with pool.connection() as conn, conn.transaction():
        settings: dict[str, str] = {
            **(role_settings or {}).get(role, {}),
            "role": role,
            "request.jwt.claims": json.dumps(dict(claims)),
            # Older policies read single claims through these.
            "request.jwt.claim.sub": str(claims.get("sub") or ""),
            "request.jwt.claim.role": role,
        }
        for key, value in (request or {}).items():
            settings[f"request.{key}"] = value
        if read_only:
            # Same as SET TRANSACTION READ ONLY, without a round trip of its own.
            settings["transaction_read_only"] = "on"
        names = list(settings)
        placeholders = ", ".join("set_config(%s, %s, true)" for _ in names)
        params: list[str] = []
        for name in names:
            params += [name, settings[name]]
        await conn.execute(f"select {placeholders}", params)
        yield conn
