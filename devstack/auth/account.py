"""The signed-in user's own endpoints: GET/PUT /user and POST /logout.

Follows `internal/api/user.go` and `internal/api/logout.go`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from devstack.auth import email_change, pkce, users
from devstack.auth.errors import bad_request, forbidden, unprocessable
from devstack.auth.service import AuthService
from devstack.auth.validation import validate_email, validate_phone

DUPLICATE_EMAIL = "A user with this email address has already been registered"
DUPLICATE_PHONE = "A user with this phone number has already been registered"


async def get_user(svc: AuthService, request: Request) -> Response:
    """GET /user: the user of the bearer token."""
    principal = await svc.authenticate(request)
    assert principal.user is not None
    return JSONResponse(users.user_json(principal.user))


async def update_user(svc: AuthService, request: Request) -> Response:
    """PUT /user: change metadata, password, e-mail (by mail confirmation) or phone."""
    principal = await svc.authenticate(request)
    user = principal.user
    assert user is not None
    params = await svc.body(request)
    if params.get("app_data") is not None:
        raise forbidden("not_admin", "Updating app_metadata requires admin privileges")
    password = params.get("password")
    new_hash: str | None = None
    if password is not None:
        password = str(password)
        svc.check_password(password)
        same = await asyncio.to_thread(users.check_password, password, user["encrypted_password"])
        if same:
            raise unprocessable(
                "same_password", "New password should be different from the old password."
            )
        new_hash = await asyncio.to_thread(users.hash_password, password)
    email = validate_email(str(params["email"])) if params.get("email") else ""
    phone = validate_phone(str(params["phone"])) if params.get("phone") else ""
    data = params.get("data")
    challenge = pkce.challenge_of(params)
    if data is not None and not isinstance(data, dict):
        raise bad_request(
            "bad_json", "Could not parse request body as JSON: data must be an object"
        )
    async with users.auth_tx(svc.pool) as conn:
        if email and email != (user["email"] or ""):
            other = await users.find_by_email(conn, email)
            if other is not None and other["id"] != user["id"]:
                raise unprocessable("email_exists", DUPLICATE_EMAIL)
        if phone and phone != (user["phone"] or ""):
            other = await users.find_by_phone(conn, phone)
            if other is not None and other["id"] != user["id"]:
                raise unprocessable("phone_exists", DUPLICATE_PHONE)
        if new_hash is not None:
            session_id = principal.session["id"] if principal.session else None
            await users.set_password(conn, user["id"], new_hash, keep_session=session_id)
        if data is not None:
            merged = users.merge_metadata(user["raw_user_meta_data"], data)
            await users.update_columns(conn, user["id"], raw_user_meta_data=merged)
        if email and email != (user["email"] or ""):
            await email_change.start(svc, conn, user, email, request, challenge)
        if phone and phone != (user["phone"] or ""):
            # Phone changes are auto-confirmed: devstack sends no SMS (like `supabase start`).
            await users.update_columns(
                conn, user["id"], phone=phone, phone_confirmed_at=datetime.now(UTC)
            )
        fresh = await users.get_user(conn, user["id"])
    assert fresh is not None
    return JSONResponse(users.user_json(fresh))


async def logout(svc: AuthService, request: Request) -> Response:
    """POST /logout?scope=global|local|others: revoke sessions; 204."""
    scope = request.query_params.get("scope", "") or "global"
    if scope not in ("global", "local", "others"):
        raise bad_request("validation_failed", f'Unsupported logout scope "{scope}"')
    principal = await svc.authenticate(request)
    assert principal.user is not None
    user_id, session = principal.user["id"], principal.session
    async with users.auth_tx(svc.pool) as conn:
        if session is not None and scope == "local":
            await conn.execute("delete from auth.sessions where id = %s", [session["id"]])
        elif session is not None and scope == "others":
            await conn.execute(
                "delete from auth.sessions where user_id = %s and id <> %s",
                [user_id, session["id"]],
            )
        else:
            await conn.execute("delete from auth.sessions where user_id = %s", [user_id])
    return Response(status_code=204)


def routes(svc: AuthService) -> Sequence[BaseRoute]:
    """The /user and /logout routes."""
    e = svc.endpoint
    return [
        Route("/user", e(get_user), methods=["GET"]),
        Route("/user", e(update_user), methods=["PUT"]),
        Route("/logout", e(logout), methods=["POST"]),
    ]
