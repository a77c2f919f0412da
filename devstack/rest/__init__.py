"""`/rest/v1`: PostgREST semantics over real Postgres, so the official clients work unmodified.

- schema.py: the schema cache (pg_catalog), reloaded on NOTIFY pgrst and on a miss
- query.py / syntax.py: the URL grammar and its AST (pure; PGRST100 on malformed input)
- sql.py: reads as one SQL statement building the JSON body (values always bound)
- relations.py: embedding through foreign keys (to-one, to-many, many-to-many, views)
- write.py: inserts, upserts, updates, deletes and the SQL of rpc calls
- routes.py: auth, content negotiation, one transaction per request via `as_role`
- rpc.py: `/rpc/<fn>` argument passing and result shapes
- responses.py: Content-Range, single object, CSV, `Prefer: return=`
- errors.py: PostgREST's error JSON and HTTP status mapping
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from starlette.routing import BaseRoute, Route

from devstack.rest.routes import RestHandler
from devstack.rest.schema import SchemaManager

METHODS = ["GET", "HEAD", "POST", "PATCH", "DELETE", "PUT"]


class RestComponent:
    """The PostgREST-compatible component of the gateway."""

    prefix = "/rest/v1"

    def __init__(self, gateway: Any) -> None:
        self.gateway = gateway
        self.schema = SchemaManager(
            gateway.admin_pool,
            gateway.config.db_url(),
            tuple(gateway.config.schemas),
            on_reload=gateway.reload_role_settings,
        )
        self.handler = RestHandler(gateway, self.schema)

    def routes(self) -> Sequence[BaseRoute]:
        """One catch-all route: tables, views and `rpc/<fn>`."""
        return [
            Route("/", self.handler.__call__, methods=METHODS),
            Route("/{name:path}", self.handler.__call__, methods=METHODS),
        ]

    async def start(self) -> None:
        """Load the schema cache and listen for `NOTIFY pgrst`."""
        await self.schema.start()

    async def stop(self) -> None:
        """Stop listening."""
        await self.schema.stop()


def create(gateway: Any) -> RestComponent:
    """The component the gateway mounts under `/rest/v1`."""
    return RestComponent(gateway)
