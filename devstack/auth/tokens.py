"""Sessions, rotating refresh tokens and access tokens (`internal/tokens/service.go`).

Refresh tokens follow Supabase Auth's original (v1) scheme: 12-character random strings
in `auth.refresh_tokens`, each refresh revoking the presented token and issuing a child
in the same session. Presenting the parent of the active token returns the active token;
a revoked token reused after `refresh_token_reuse_interval` seconds revokes the session's
whole token family.
"""

from __future__ import annotations

import secrets
import string
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from psycopg import AsyncConnection
from psycopg_pool import AsyncConnectionPool
from starlette.requests import Request

from devstack import keys
from devstack.auth import users
from devstack.auth.errors import AuthError, bad_request, forbidden
from devstack.auth.hooks import Hooks, client_ip
from devstack.config import StackConfig

REFRESH_TOKEN_LENGTH = 12
_ALPHABET = string.ascii_letters + string.digits


def new_refresh_token() -> str:
    """A random token shaped like Supabase Auth's legacy refresh tokens."""
    return "".join(secrets.choice(_ALPHABET) for _ in range(REFRESH_TOKEN_LENGTH))


class Tokens:
    """Issues and rotates tokens for one stack."""

    def __init__(self, config: StackConfig, pool: AsyncConnectionPool, hooks: Hooks) -> None:
        self.config = config
        self.pool = pool
        self.hooks = hooks

    @property
    def issuer(self) -> str:
        """The `iss` claim: the Auth service's external URL."""
        return f"{self.config.api_url}/auth/v1"

    async def _amr(self, conn: AsyncConnection[Any], session_id: Any) -> list[dict[str, Any]]:
        cur = await conn.execute(
            "select authentication_method, updated_at from auth.mfa_amr_claims"
            " where session_id = %s order by updated_at desc",
            [session_id],
        )
        return [
            {
                "method": row["authentication_method"],
                "timestamp": int(row["updated_at"].timestamp()),
            }
            for row in await cur.fetchall()
        ]

    async def access_token(
        self,
        conn: AsyncConnection[Any],
        request: Request | None,
        user: users.User,
        session_id: Any,
        method: str,
    ) -> tuple[str, int]:
        """A signed access token for `user` in `session_id`, and its expiry."""
        issued_at = keys.now()
        expires_at = issued_at + self.config.auth.jwt_expiry
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "sub": str(user["id"]),
            "aud": user["aud"] or users.AUDIENCE,
            "exp": expires_at,
            "iat": issued_at,
            "email": user["email"] or "",
            "phone": user["phone"] or "",
            "app_metadata": user["raw_app_meta_data"] or {},
            "user_metadata": user["raw_user_meta_data"] or {},
            "role": user["role"] or "",
            "aal": "aal1",
            "amr": await self._amr(conn, session_id),
            "session_id": str(session_id),
            "is_anonymous": bool(user["is_anonymous"]),
        }
        claims = await self.hooks.customize_claims(conn, request, user["id"], claims, method)
        exp = claims.get("exp")
        return keys.sign(claims, self.config.jwt_secret), int(exp) if exp else expires_at

    def _response(
        self, token: str, expires_at: int, refresh_token: str, user: users.User
    ) -> dict[str, Any]:
        return {
            "access_token": token,
            "token_type": "bearer",
            "expires_in": expires_at - keys.now(),
            "expires_at": expires_at,
            "refresh_token": refresh_token,
            "user": users.user_json(user),
        }

    async def issue(
        self, conn: AsyncConnection[Any], request: Request | None, user: users.User, method: str
    ) -> dict[str, Any]:
        """Start a session for `user` (signed in by `method`) and return the token response."""
        session_id = uuid.uuid4()
        user_agent = request.headers.get("user-agent") if request else None
        ip = client_ip(request) or None
        await conn.execute(
            "insert into auth.sessions (id, user_id, created_at, updated_at, aal, user_agent, ip)"
            " values (%s, %s, now(), now(), 'aal1', %s, %s)",
            [session_id, user["id"], user_agent, ip],
        )
        refresh_token = new_refresh_token()
        await conn.execute(
            "insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at,"
            " updated_at, parent, session_id) values ('00000000-0000-0000-0000-000000000000',"
            " %s, %s, false, now(), now(), '', %s)",
            [refresh_token, str(user["id"]), session_id],
        )
        await conn.execute(
            "insert into auth.mfa_amr_claims (id, session_id, created_at, updated_at,"
            " authentication_method) values (%s, %s, now(), now(), %s)"
            " on conflict (session_id, authentication_method) do update set updated_at = now()",
            [uuid.uuid4(), session_id, method],
        )
        await conn.execute(
            "update auth.users set last_sign_in_at = now(), updated_at = now() where id = %s",
            [user["id"]],
        )
        await conn.execute(
            "update auth.identities set last_sign_in_at = now() where user_id = %s",
            [user["id"]],
        )
        fresh = await users.get_user(conn, user["id"])
        assert fresh is not None
        token, expires_at = await self.access_token(conn, request, fresh, session_id, method)
        return self._response(token, expires_at, refresh_token, fresh)

    async def refresh(self, request: Request, presented: str) -> dict[str, Any]:
        """The refresh_token grant: rotate `presented` and return a new token response."""
        if not presented:
            raise AuthError(400, "validation_failed", "refresh_token required")
        outcome: dict[str, Any] | AuthError
        async with users.auth_tx(self.pool) as conn:
            outcome = await self._rotate(conn, request, presented)
        if isinstance(outcome, AuthError):
            # Raised after the commit so a detected reuse still revokes the family.
            raise outcome
        return outcome

    async def _rotate(
        self, conn: AsyncConnection[Any], request: Request, presented: str
    ) -> dict[str, Any] | AuthError:
        cur = await conn.execute(
            "select * from auth.refresh_tokens where token = %s for update", [presented]
        )
        token = await cur.fetchone()
        if token is None:
            return bad_request(
                "refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found"
            )
        user = await users.get_user(conn, uuid.UUID(token["user_id"]))
        if user is None:
            return bad_request(
                "refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found"
            )
        if users.is_banned(user):
            return bad_request("user_banned", "Invalid Refresh Token: User Banned")
        session = None
        if token["session_id"] is not None:
            cur = await conn.execute(
                "select * from auth.sessions where id = %s for update", [token["session_id"]]
            )
            session = await cur.fetchone()
        if session is None:
            await conn.execute("delete from auth.refresh_tokens where id = %s", [token["id"]])
            return bad_request("session_not_found", "Invalid Refresh Token: No Valid Session Found")
        if session["not_after"] is not None and session["not_after"] < datetime.now(UTC):
            return bad_request("session_expired", "Invalid Refresh Token: Session Expired")

        issued: str | None = None
        if token["revoked"]:
            cur = await conn.execute(
                "select * from auth.refresh_tokens where session_id = %s and revoked = false"
                " order by id desc limit 1",
                [session["id"]],
            )
            active = await cur.fetchone()
            if active is not None and active["parent"] == token["token"]:
                # The client lost the previous answer; hand back the token it missed.
                issued = active["token"]
            else:
                interval = timedelta(seconds=self.config.auth.refresh_token_reuse_interval)
                if datetime.now(UTC) > token["updated_at"] + interval:
                    if self.config.auth.enable_refresh_token_rotation:
                        await conn.execute(
                            "update auth.refresh_tokens set revoked = true, updated_at = now()"
                            " where session_id = %s and revoked = false",
                            [session["id"]],
                        )
                    return bad_request(
                        "refresh_token_already_used", "Invalid Refresh Token: Already Used"
                    )
        if issued is None:
            await conn.execute(
                "update auth.refresh_tokens set revoked = true, updated_at = now() where id = %s",
                [token["id"]],
            )
            issued = new_refresh_token()
            await conn.execute(
                "insert into auth.refresh_tokens (instance_id, token, user_id, revoked,"
                " created_at, updated_at, parent, session_id) values"
                " ('00000000-0000-0000-0000-000000000000', %s, %s, false, now(), now(), %s, %s)",
                [issued, token["user_id"], token["token"], session["id"]],
            )
        access, expires_at = await self.access_token(
            conn, request, user, session["id"], "token_refresh"
        )
        await conn.execute(
            "update auth.sessions set refreshed_at = now() at time zone 'utc', updated_at = now(),"
            " user_agent = %s, ip = %s where id = %s",
            [request.headers.get("user-agent"), client_ip(request) or None, session["id"]],
        )
        return self._response(access, expires_at, issued, user)

    def verify(self, bearer: str) -> dict[str, Any]:
        """The claims of a valid access token, or Supabase Auth's 403 bad_jwt."""
        try:
            return keys.verify(bearer, self.config.jwt_secret, leeway=0)
        except keys.InvalidJWT as exc:
            reason = "token has invalid claims: token is expired" if exc.expired else exc.reason
            raise forbidden(
                "bad_jwt", f"invalid JWT: unable to parse or verify signature, {reason}"
            ) from exc
