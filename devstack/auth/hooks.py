"""Auth hooks backed by Postgres functions (`internal/hooks/hookspgfunc`, `v0hooks`).

A hook is `select "<schema>"."<fn>"(<input jsonb>)` run as `supabase_auth_admin` inside
a transaction with a 2 s statement timeout, exactly like Supabase Auth, so the grants a
project gives its hook (usage on the schema, execute on the function) matter here too.
An output `{"error": {"http_code", "message"}}` becomes that HTTP error.
"""

from __future__ import annotations

import ipaddress
import json
import uuid
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg import AsyncConnection, sql
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool
from starlette.requests import Request

from devstack.auth.errors import AuthError
from devstack.auth.users import auth_tx
from devstack.config import AuthConfig, HookConfig

PASSWORD_VERIFICATION = "password_verification_attempt"
CUSTOM_ACCESS_TOKEN = "custom_access_token"
HOOK_TIMEOUT_MS = 2000
DEFAULT_REJECTION = "Further password verification attempts will be rejected."
# What a custom access token hook must leave in the claims (upstream's JSON schema).
REQUIRED_CLAIMS = (
    "aud",
    "exp",
    "iat",
    "sub",
    "email",
    "phone",
    "role",
    "aal",
    "session_id",
    "is_anonymous",
)


def client_ip(request: Request | None) -> str:
    """The caller's address, honouring X-Forwarded-For like Supabase Auth."""
    if request is None:
        return ""
    # As upstream's GetIPAddress: the first entry that parses as an IP wins, else the
    # peer. The header is client-controlled; anything but an address would break the
    # `inet` session column.
    forwarded = request.headers.get("x-forwarded-for", "").split(",")
    peer = request.client.host if request.client else ""
    for entry in [*forwarded, peer]:
        try:
            return str(ipaddress.ip_address(entry.strip()))
        except ValueError:
            continue
    return ""


def _metadata(request: Request | None, name: str) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "uuid": str(uuid.uuid4()),
        "time": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
        "name": name,
    }
    ip = client_ip(request)
    if ip:
        meta["ip_address"] = ip
    return meta


def _error(status: int, message: str) -> AuthError:
    return AuthError(status, "unexpected_failure" if status >= 500 else "unknown", message)


class Hooks:
    """The hooks enabled in `[auth.hook.*]` of config.toml."""

    def __init__(self, config: AuthConfig, pool: AsyncConnectionPool) -> None:
        self.config = config
        self.pool = pool

    def _hook(self, name: str) -> HookConfig | None:
        hook = self.config.hooks.get(name)
        return hook if hook is not None and hook.function is not None else None

    @property
    def password_verification_enabled(self) -> bool:
        """Whether the password verification attempt hook is configured."""
        return self._hook(PASSWORD_VERIFICATION) is not None

    @property
    def custom_access_token_enabled(self) -> bool:
        """Whether the custom access token hook is configured."""
        return self._hook(CUSTOM_ACCESS_TOKEN) is not None

    async def _invoke(
        self, conn: AsyncConnection[Any], hook: HookConfig, payload: dict[str, Any]
    ) -> dict[str, Any]:
        function = hook.function
        assert function is not None
        schema, name = function
        query = sql.SQL("select {}.{}(%s) as output").format(
            sql.Identifier(schema), sql.Identifier(name)
        )
        try:
            async with conn.transaction():
                await conn.execute(f"set local statement_timeout to '{HOOK_TIMEOUT_MS}'")
                cur = await conn.execute(query, [Jsonb(payload)])
                row = await cur.fetchone()
                await conn.execute("set local statement_timeout to default")
        except psycopg.Error as exc:
            raise _error(500, f"Error running hook URI: {hook.uri}") from exc
        output = row["output"] if row else None
        if isinstance(output, str):
            output = json.loads(output)
        return output if isinstance(output, dict) else {}

    @staticmethod
    def _check(output: dict[str, Any]) -> None:
        """Raise the HTTP error a hook asked for with `{"error": {http_code, message}}`."""
        error = output.get("error")
        if isinstance(error, dict) and error.get("message"):
            raise _error(int(error.get("http_code") or 500), str(error["message"]))

    async def password_verification(
        self, request: Request, user_id: Any, valid: bool
    ) -> dict[str, Any]:
        """Run the password verification attempt hook; returns its decision object."""
        hook = self._hook(PASSWORD_VERIFICATION)
        if hook is None:
            return {"decision": "continue"}
        payload = {
            "metadata": _metadata(request, "password-verification"),
            "user_id": str(user_id),
            "valid": valid,
        }
        async with auth_tx(self.pool) as conn:
            output = await self._invoke(conn, hook, payload)
        # Checked after the commit: like upstream, what the hook wrote is kept even when
        # it answers with an error.
        self._check(output)
        if output.get("decision") == "reject" and not output.get("message"):
            output["message"] = DEFAULT_REJECTION
        return output

    async def customize_claims(
        self,
        conn: AsyncConnection[Any],
        request: Request | None,
        user_id: Any,
        claims: dict[str, Any],
        method: str,
    ) -> dict[str, Any]:
        """Run the custom access token hook (when enabled) over `claims`."""
        hook = self._hook(CUSTOM_ACCESS_TOKEN)
        if hook is None:
            return claims
        payload = {
            "metadata": _metadata(request, "customize-access-token"),
            "user_id": str(user_id),
            "claims": claims,
            "authentication_method": method,
        }
        output = await self._invoke(conn, hook, payload)
        self._check(output)
        if "claims" not in output:
            raise _error(500, "output claims field is missing")
        new_claims = output["claims"]
        if not isinstance(new_claims, dict) or any(k not in new_claims for k in REQUIRED_CLAIMS):
            raise _error(500, "output claims do not conform to the expected schema")
        return new_claims
