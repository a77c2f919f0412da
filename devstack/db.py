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
) -> AsyncIterator[AsyncConnection[Any]]:
    """A connection inside a transaction running as the JWT's role with its claims set.

    `request` may carry `method`, `path` and `headers` (a JSON string), exposed to SQL as
    `request.method` etc., like PostgREST does.
    """
    role = str(claims.get("role") or "anon")
    async with pool.connection() as conn, conn.transaction():
        settings: dict[str, str] = {
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
