"""The API gateway: one ASGI app on 127.0.0.1:54321 mounting every Supabase service.

Each service is a *component* module exposing `create(gateway) -> Component`. The gateway
owns what they share: the configuration and two connection pools —

- `api_pool` connects as `authenticator` and serves user requests under `as_role`, so
  Postgres RLS decides what each JWT may see (REST, Storage);
- `admin_pool` connects as the `postgres` superuser for the services' own bookkeeping
  (Auth's tables, the schema catalogue, change capture).

Like Supabase's Kong gateway, `/auth/v1` and `/rest/v1` refuse requests without a valid
API key; Storage and Realtime check credentials themselves.
"""

from __future__ import annotations

import hmac
import importlib
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Protocol

from psycopg_pool import AsyncConnectionPool
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from devstack.config import StackConfig
from devstack.db import RoleSettings, load_role_settings, make_pool

COMPONENT_MODULES = ("devstack.auth", "devstack.rest", "devstack.storage", "devstack.realtime")

# Paths reachable without an API key, as in the Supabase CLI's Kong configuration.
OPEN_PATHS = (
    "/auth/v1/verify",
    "/auth/v1/callback",
    "/auth/v1/authorize",
    "/auth/v1/health",
    "/auth/v1/.well-known/jwks.json",
)
KEYED_PREFIXES = ("/auth/v1", "/rest/v1")

EXPOSED_HEADERS = [
    "Content-Range",
    "Content-Location",
    "Content-Profile",
    "Location",
    "Preference-Applied",
    "Range-Unit",
    "X-Total-Count",
    "Content-Length",
    # supabase-js reads Auth's error codes from this header.
    "X-Supabase-Api-Version",
]


class Component(Protocol):
    """One Supabase service mounted under `prefix` (for example `/rest/v1`)."""

    prefix: str

    def routes(self) -> Sequence[BaseRoute]:
        """The routes served below `prefix`."""
        ...

    async def start(self) -> None:
        """Open what the component needs once the pools are open."""
        ...

    async def stop(self) -> None:
        """Release what `start` opened."""
        ...


class Gateway:
    """What every component shares: configuration and connection pools."""

    def __init__(self, config: StackConfig) -> None:
        self.config = config
        self.api_pool: AsyncConnectionPool = make_pool(
            config.db_url("authenticator"), min_size=2, max_size=20, name="api"
        )
        self.admin_pool: AsyncConnectionPool = make_pool(
            config.db_url(), min_size=1, max_size=10, name="admin"
        )
        self.components: list[Component] = []
        self.role_settings: RoleSettings = {}
        self._api_keys = (config.anon_key.encode(), config.service_role_key.encode())

    def is_api_key(self, key: str | None) -> bool:
        """Whether `key` is one of the project's two API keys (anon or service role).

        Like Supabase's gateway, any other token — even one signed with the project's
        secret, such as a user's access token — is not an API key.
        """
        if not key:
            return False
        given = key.encode()
        return any(hmac.compare_digest(given, known) for known in self._api_keys)

    async def reload_role_settings(self) -> None:
        """Re-read the API roles' own settings (after migrations or `NOTIFY pgrst`)."""
        self.role_settings = await load_role_settings(self.admin_pool)


def error(status: int, message: str) -> JSONResponse:
    """The gateway's own error body, shaped like Kong's."""
    return JSONResponse({"message": message}, status_code=status)


class ApiKeyMiddleware:
    """Refuse keyed paths without a valid `apikey` header or query parameter."""

    def __init__(self, app: ASGIApp, gateway: Gateway) -> None:
        self.app = app
        self.gateway = gateway

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] == "OPTIONS":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if path.startswith(KEYED_PREFIXES) and not path.startswith(OPEN_PATHS):
            request = Request(scope)
            key = request.headers.get("apikey") or request.query_params.get("apikey")
            if not key:
                await error(401, "No API key found in request")(scope, receive, send)
                return
            if not self.gateway.is_api_key(key):
                await error(401, "Invalid authentication credentials")(scope, receive, send)
                return
        await self.app(scope, receive, send)


async def _health(_: Request) -> Response:
    return JSONResponse({"status": "ok"})


def create_gateway(
    config: StackConfig, component_modules: Sequence[str] = COMPONENT_MODULES
) -> Starlette:
    """Build the gateway app; pools open and components start in its lifespan."""
    gateway = Gateway(config)
    for name in component_modules:
        module = importlib.import_module(name)
        gateway.components.append(module.create(gateway))

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        await gateway.admin_pool.open(wait=True)
        await gateway.api_pool.open(wait=True)
        await gateway.reload_role_settings()
        started: list[Component] = []
        try:
            for component in gateway.components:
                await component.start()
                started.append(component)
            yield
        finally:
            for component in reversed(started):
                await component.stop()
            await gateway.api_pool.close()
            await gateway.admin_pool.close()

    routes: list[BaseRoute] = [Route("/health", _health)]
    routes += [Mount(c.prefix, routes=list(c.routes())) for c in gateway.components]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        middleware=[
            Middleware(
                CORSMiddleware,
                allow_origins=["*"],
                allow_methods=["*"],
                allow_headers=["*"],
                expose_headers=EXPOSED_HEADERS,
                max_age=3600,
            ),
            Middleware(ApiKeyMiddleware, gateway=gateway),
        ],
    )
    app.state.gateway = gateway
    return app


def serve(config: StackConfig) -> None:
    """Run the gateway in the foreground until interrupted."""
    import uvicorn

    uvicorn.run(
        create_gateway(config),
        host=config.host,
        port=config.api_port,
        log_level="warning",
        ws="websockets-sansio",
        lifespan="on",
        # The gateway is the edge, as Kong is: `client` must be the real peer, not whatever
        # a caller put in X-Forwarded-For (Auth reads that header itself, as upstream).
        proxy_headers=False,
        # Open Realtime sockets would otherwise hold a Ctrl-C until every client leaves.
        timeout_graceful_shutdown=3,
        # Supabase Realtime's own frame limit (uvicorn's default is 16 MiB).
        ws_max_size=8_000_000,
    )
