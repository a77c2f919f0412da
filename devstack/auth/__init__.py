"""`/auth/v1`: a local Supabase Auth (GoTrue) speaking its wire format.

Users, sessions and refresh tokens live in the `auth` schema created by
`devstack/sql/10_auth.sql`; the official supabase-py and supabase-js auth clients work
against it unmodified. Mails land as JSON files in the stack's mail folder
(`devstack.auth.mail.read_mails`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from starlette.routing import BaseRoute

from devstack.auth.routes import build_routes
from devstack.auth.service import AuthService


class AuthComponent:
    """The Auth service mounted by the gateway under /auth/v1."""

    prefix = "/auth/v1"

    def __init__(self, gateway: Any) -> None:
        self.gateway = gateway
        self.service = AuthService(gateway.config, gateway.admin_pool)

    def routes(self) -> Sequence[BaseRoute]:
        """Every Auth endpoint."""
        return build_routes(self.service)

    async def start(self) -> None:
        """Nothing to open: the gateway's admin pool is shared."""
        self.gateway.config.mail_dir.mkdir(parents=True, exist_ok=True)

    async def stop(self) -> None:
        """Nothing to release."""
        return None


def create(gateway: Any) -> AuthComponent:
    """The component the gateway mounts."""
    return AuthComponent(gateway)
