"""What every Auth endpoint shares: configuration, pool, tokens, hooks, request helpers."""

from __future__ import annotations

import functools
import json
import logging
import re
import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any
from urllib.parse import urlparse

from psycopg import AsyncConnection
from psycopg_pool import AsyncConnectionPool
from starlette.requests import Request
from starlette.responses import Response

from devstack.auth import mail, users
from devstack.auth.errors import (
    AuthError,
    WeakPasswordError,
    bad_request,
    error_response,
    forbidden,
    internal,
)
from devstack.auth.hooks import Hooks
from devstack.auth.tokens import Tokens
from devstack.config import StackConfig

log = logging.getLogger("devstack.auth")
MAX_BODY_BYTES = 1 << 20  # upstream's limitRequestBody
ADMIN_ROLES = ("service_role", "supabase_admin")
Handler = Callable[["AuthService", Request], Awaitable[Response]]


def glob_matches(pattern: str, value: str) -> bool:
    """Whether `value` matches an allow-list glob as Supabase Auth compiles them (gobwas/glob
    with '.' and '/' as separators): `*` and `?` stay within one host label or path
    segment, `**` crosses them, `{a,b}` is a choice."""
    return re.fullmatch(_glob_regex(pattern), value) is not None


@functools.lru_cache(maxsize=64)
def _glob_regex(pattern: str) -> str:
    parts: list[str] = []
    i = 0
    while i < len(pattern):
        char, end = pattern[i], pattern.find("}", i)
        if pattern.startswith("**", i):
            parts.append(".*")
            i += 2
            continue
        if char == "{" and end > i:
            choices = pattern[i + 1 : end].split(",")
            parts.append("(?:" + "|".join(re.escape(c) for c in choices) + ")")
            i = end + 1
            continue
        if char == "\\" and i + 1 < len(pattern):
            parts.append(re.escape(pattern[i + 1]))
            i += 2
            continue
        parts.append({"*": "[^./]*", "?": "[^./]"}.get(char) or re.escape(char))
        i += 1
    return "".join(parts)


class Principal:
    """Who is calling: the verified claims and, for user tokens, the user and session."""

    def __init__(
        self, claims: dict[str, Any], user: users.User | None, session: dict[str, Any] | None
    ) -> None:
        self.claims = claims
        self.user = user
        self.session = session


class AuthService:
    """Shared state of the /auth/v1 component."""

    def __init__(self, config: StackConfig, pool: AsyncConnectionPool) -> None:
        self.config = config
        self.pool = pool
        self.hooks = Hooks(config.auth, pool)
        self.tokens = Tokens(config, pool, self.hooks)

    @property
    def secure_email_change(self) -> bool:
        """`[auth.email] double_confirm_changes` (default on, as in the Supabase CLI)."""
        return self.config.auth.double_confirm_changes

    @property
    def otp_expiry(self) -> timedelta:
        """How long a mailed code or link stays valid (`[auth.email] otp_expiry`, 1 h)."""
        return timedelta(seconds=self.config.auth.otp_expiry)

    def endpoint(self, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        """Wrap `handler` so AuthErrors become Supabase Auth's error responses."""

        async def run(request: Request) -> Response:
            try:
                return await handler(self, request)
            except AuthError as error:
                return error_response(request, error)
            except Exception:
                # Upstream answers unexpected failures with its JSON, never a bare 500.
                log.exception("auth endpoint %s failed", request.url.path)
                return error_response(
                    request,
                    internal("Unexpected failure, please check server logs for more information"),
                )

        run.__name__ = handler.__name__
        return run

    async def body(self, request: Request) -> dict[str, Any]:
        """The JSON request body (an object), or Supabase Auth's 400 bad_json."""
        raw = b""
        async for chunk in request.stream():
            raw += chunk
            if len(raw) > MAX_BODY_BYTES:
                raise AuthError(
                    413,
                    "request_entity_too_large",
                    f"Request body too large (max {MAX_BODY_BYTES} bytes)",
                )
        if not raw.strip():
            return {}
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise bad_request("bad_json", f"Could not parse request body as JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise bad_request(
                "bad_json", "Could not parse request body as JSON: expected an object"
            )
        return data

    def check_password(self, password: str) -> None:
        """Supabase Auth's strength rules: max 72 characters, `minimum_password_length`."""
        # Go's len() counts bytes, and bcrypt cannot hash more than 72 of them.
        if len(password.encode()) > users.MAX_PASSWORD_LENGTH:
            raise bad_request(
                "validation_failed",
                f"Password cannot be longer than {users.MAX_PASSWORD_LENGTH} characters",
            )
        minimum = self.config.auth.minimum_password_length
        if len(password) < minimum:
            raise WeakPasswordError(
                f"Password should be at least {minimum} characters.", ["length"]
            )

    def redirect_to(self, request: Request, explicit: str | None = None) -> str:
        """The redirect target: `redirect_to` when allowed, else site_url (GetReferrer).

        Allowed: the site's origin, `[auth] additional_redirect_urls` (globs, as upstream
        matches them) and, for local development, any localhost address.
        """
        site = self.config.auth.site_url
        wanted = explicit or request.query_params.get("redirect_to") or ""
        if not wanted:
            return site
        try:
            parsed, site_parsed = urlparse(wanted), urlparse(site)
            hostname = parsed.hostname
        except ValueError:  # e.g. an unclosed IPv6 bracket: not a URL we may send anyone to
            return site
        if parsed.scheme not in ("http", "https"):
            return site
        if hostname in ("localhost", "127.0.0.1"):
            return wanted
        if (parsed.scheme, parsed.netloc) == (site_parsed.scheme, site_parsed.netloc):
            return wanted
        extra = self.config.auth.additional_redirect_urls
        if any(glob_matches(pattern, wanted) for pattern in extra):
            return wanted
        return site

    async def authenticate(self, request: Request) -> Principal:
        """Verify the bearer token and load its user and session (requireAuthentication)."""
        header = request.headers.get("authorization", "")
        scheme, _, bearer = header.partition(" ")
        if scheme.lower() != "bearer" or not bearer.strip():
            raise AuthError(401, "no_authorization", "This endpoint requires a valid Bearer token")
        claims = self.tokens.verify(bearer.strip())
        subject = claims.get("sub")
        if not subject:
            raise forbidden("bad_jwt", "invalid claim: missing sub claim")
        try:
            user_id = uuid.UUID(str(subject))
        except ValueError as exc:
            raise bad_request("bad_jwt", "invalid claim: sub claim must be a UUID") from exc
        async with users.auth_tx(self.pool) as conn:
            user = await users.get_user(conn, user_id)
            if user is None:
                raise forbidden("user_not_found", "User from sub claim in JWT does not exist")
            session = await self._session(conn, claims)
        if users.is_banned(user):
            raise forbidden("user_banned", "User is banned")
        return Principal(claims, user, session)

    async def _session(
        self, conn: AsyncConnection[Any], claims: dict[str, Any]
    ) -> dict[str, Any] | None:
        raw = claims.get("session_id")
        if not raw or raw == str(uuid.UUID(int=0)):
            return None
        try:
            session_id = uuid.UUID(str(raw))
        except ValueError as exc:
            raise forbidden("bad_jwt", "invalid claim: session_id claim must be a UUID") from exc
        cur = await conn.execute("select * from auth.sessions where id = %s", [session_id])
        session = await cur.fetchone()
        if session is None:
            raise forbidden(
                "session_not_found", "Session from session_id claim in JWT does not exist"
            )
        return session

    async def require_admin(self, request: Request) -> dict[str, Any]:
        """The claims of an admin (service_role) bearer token, else 401/403 as upstream."""
        header = request.headers.get("authorization", "")
        scheme, _, bearer = header.partition(" ")
        if scheme.lower() != "bearer" or not bearer.strip():
            raise AuthError(401, "no_authorization", "This endpoint requires a valid Bearer token")
        claims = self.tokens.verify(bearer.strip())
        if claims.get("session_id"):
            # A user's token must still belong to a live session.
            async with users.auth_tx(self.pool) as conn:
                await self._session(conn, claims)
        if claims.get("role") not in ADMIN_ROLES:
            raise forbidden("not_admin", "User not allowed")
        return claims

    def send_mail(
        self, *, to: str, kind: str, otp: str, redirect_to: str, pkce: bool = False
    ) -> str:
        """Write the mail for `kind` and return the token to store (`pkce_` + hash for PKCE)."""
        hashed = ("pkce_" if pkce else "") + mail.token_hash(to, otp)
        link = mail.verify_link(self.config.api_url, hashed, kind, redirect_to)
        mail.write_mail(
            self.config.mail_dir,
            to=to,
            kind=kind,
            otp=otp,
            hashed=hashed,
            link=link,
            redirect_to=redirect_to,
        )
        return hashed
