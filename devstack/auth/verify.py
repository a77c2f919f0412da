"""E-mailed tokens: POST /verify (code or token hash) and GET /verify (the mailed link).

Follows `internal/api/verify.go`: a link redirects to `redirect_to` with the session in
the URL fragment (implicit flow) or with `?code=` for PKCE; errors redirect too.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from devstack.auth import email_change, mail, pkce, users
from devstack.auth.errors import AuthError, bad_request, forbidden, internal
from devstack.auth.service import AuthService

log = logging.getLogger("devstack.auth")
TOKEN_COLUMNS = {
    "signup": "confirmation_token",
    "invite": "confirmation_token",
    "recovery": "recovery_token",
    "magiclink": "recovery_token",
}
SENT_AT = {
    "confirmation_token": "confirmation_sent_at",
    "recovery_token": "recovery_sent_at",
}
OAUTH_ERRORS = {
    400: "invalid_request",
    401: "unauthorized_client",
    403: "access_denied",
    500: "server_error",
}


async def _verified_user(svc: AuthService, conn: Any, params: dict[str, Any]) -> users.User | None:
    """The user a token verifies, after applying it; None when an e-mail change awaits
    its second confirmation."""
    kind = str(params.get("type") or "")
    if kind == "email_change":
        return await email_change.verify(svc, conn, params, svc.otp_expiry)
    if kind == "email":
        # An e-mailed code may be a sign-up confirmation or a magic link, as upstream.
        try:
            return await _verified_user(svc, conn, {**params, "type": "signup"})
        except AuthError as error:
            if error.code != "otp_expired":
                raise
            return await _verified_user(svc, conn, {**params, "type": "magiclink"})
    column = TOKEN_COLUMNS.get(kind)
    if column is None:
        raise bad_request("validation_failed", "Unsupported verification type")
    token_hash, token_value = str(params.get("token_hash") or ""), str(params.get("token") or "")
    email = str(params.get("email") or "")
    if token_hash:
        user = await users.find_by_token(conn, column, token_hash)
        if user is None and not token_hash.startswith(pkce.PREFIX):
            user = await users.find_by_token(conn, column, pkce.PREFIX + token_hash)
        token_hash = token_hash.removeprefix(pkce.PREFIX)
        message = "Email link is invalid or has expired"
    else:
        user = await users.find_by_email(conn, email) if email else None
        token_hash = mail.token_hash(email.lower(), token_value) if user else ""
        message = "Token has expired or is invalid"
    stored = str(user[column] or "") if user is not None else ""
    if user is None or not token_hash or stored.removeprefix(pkce.PREFIX) != token_hash:
        raise forbidden("otp_expired", message)
    if users.is_banned(user):
        raise forbidden("user_banned", "User is banned")
    sent_at = user[SENT_AT[column]]
    if sent_at is None or datetime.now(UTC) > sent_at + svc.otp_expiry:
        raise forbidden("otp_expired", message)
    if kind in ("signup", "invite"):
        await users.confirm_email(conn, user)
    else:
        await conn.execute(
            "update auth.users set recovery_token = '', email_confirmed_at ="
            " coalesce(email_confirmed_at, now()), updated_at = now() where id = %s",
            [user["id"]],
        )
    fresh = await users.get_user(conn, user["id"])
    assert fresh is not None
    return fresh


async def verify_post(svc: AuthService, request: Request) -> Response:
    """POST /verify: exchange an e-mailed OTP or token hash for a session."""
    params = await svc.body(request)
    if not params.get("type"):
        raise bad_request("validation_failed", "Verify requires a verification type")
    if not params.get("token") and not params.get("token_hash"):
        raise bad_request("validation_failed", "Verify requires either a token or a token hash")
    async with users.auth_tx(svc.pool) as conn:
        user = await _verified_user(svc, conn, params)
        if user is None:
            return JSONResponse({"msg": email_change.SINGLE_CONFIRMATION, "code": "200"})
        return JSONResponse(await svc.tokens.issue(conn, request, user, "otp"))


async def verify_get(svc: AuthService, request: Request) -> Response:
    """GET /verify: the link in a mail; redirects with the session in the URL fragment."""
    kind = request.query_params.get("type", "")
    token_hash = request.query_params.get("token", "")
    if not kind:
        raise bad_request("validation_failed", "Verify requires a verification type")
    if not token_hash:
        raise bad_request("validation_failed", "Verify requires a token or a token hash")
    target = svc.redirect_to(request)
    is_pkce = token_hash.startswith(pkce.PREFIX)
    try:
        async with users.auth_tx(svc.pool) as conn:
            user = await _verified_user(svc, conn, {"type": kind, "token_hash": token_hash})
            if user is None:
                message = {"message": email_change.SINGLE_CONFIRMATION}
                query = f"?{urlencode(message)}" if is_pkce else ""
                return RedirectResponse(
                    f"{_with_query(target, query)}#{urlencode({**message, 'sb': ''})}", 303
                )
            if is_pkce:
                code = await pkce.issue_auth_code(conn, user["id"], kind)
            else:
                session = await svc.tokens.issue(conn, request, user, "otp")
    except Exception as failure:
        # Upstream redirects with every error here, its own 500s included.
        error = failure if isinstance(failure, AuthError) else _unexpected(request, failure)
        fragment = {"error_code": error.code, "error_description": error.message}
        if error.status in OAUTH_ERRORS:
            fragment = {"error": OAUTH_ERRORS[error.status], **fragment}
        query = f"?{urlencode(fragment)}" if is_pkce else ""
        fragment["sb"] = ""
        return RedirectResponse(
            f"{_with_query(target, query)}#{urlencode(fragment)}", status_code=303
        )
    if is_pkce:
        return RedirectResponse(_with_query(target, f"?{urlencode({'code': code})}"), 303)
    fields = {
        "access_token": session["access_token"],
        "expires_at": str(session["expires_at"]),
        "expires_in": str(session["expires_in"]),
        "refresh_token": session["refresh_token"],
        "sb": "",
        "token_type": "bearer",
        "type": kind,
    }
    return RedirectResponse(f"{target}#{urlencode(fields)}", status_code=303)


def _unexpected(request: Request, failure: Exception) -> AuthError:
    log.error("auth endpoint %s failed", request.url.path, exc_info=failure)
    return internal("Unexpected failure, please check server logs for more information")


def _with_query(url: str, query: str) -> str:
    """`url` with `query` ("?a=b") merged into its query string."""
    if not query:
        return url
    parts = urlsplit(url)
    merged = "&".join(filter(None, [parts.query, query.lstrip("?")]))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, merged, ""))
