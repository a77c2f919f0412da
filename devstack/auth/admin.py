"""The admin user API (`internal/api/admin.go`): service_role tokens only."""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from psycopg.types.json import Jsonb
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from devstack.auth import users
from devstack.auth.account import DUPLICATE_EMAIL
from devstack.auth.errors import bad_request, not_found, unprocessable
from devstack.auth.service import AuthService
from devstack.auth.validation import validate_email, validate_phone

_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)")
_UNIT_SECONDS = {"ns": 1e-9, "us": 1e-6, "µs": 1e-6, "ms": 1e-3, "s": 1, "m": 60, "h": 3600}
MAX_OFFSET = 2**63 - 1  # Postgres' limit and offset are bigints


def parse_ban_duration(value: str) -> timedelta:
    """A Go duration string ("24h", "1h30m", "none") as a timedelta."""
    if value == "none":
        return timedelta(0)
    parts = _DURATION_PART.findall(value)
    if not parts or "".join(n + u for n, u in parts) != value:
        raise bad_request(
            "validation_failed",
            f'invalid format for ban duration: time: invalid duration "{value}"',
        )
    return timedelta(seconds=sum(float(n) * _UNIT_SECONDS[u] for n, u in parts))


def _metadata(params: dict[str, Any], name: str) -> dict[str, Any] | None:
    """`params[name]` when it is a JSON object, None when absent, else upstream's 400."""
    value = params.get(name)
    if value is None or isinstance(value, dict):
        return value
    raise bad_request("bad_json", f"Could not parse request body as JSON: {name} must be an object")


async def _load(svc: AuthService, conn: Any, raw_id: str) -> users.User:
    try:
        user_id = uuid.UUID(raw_id)
    except ValueError as exc:
        raise not_found("validation_failed", "user_id must be an UUID") from exc
    user = await users.get_user(conn, user_id)
    if user is None:
        raise not_found("user_not_found", "User not found")
    return user


async def list_users(svc: AuthService, request: Request) -> Response:
    """GET /admin/users?page=&per_page=: newest first, with X-Total-Count and Link."""
    await svc.require_admin(request)
    try:
        page = max(int(request.query_params.get("page") or 1), 1)
        per_page = max(int(request.query_params.get("per_page") or 50), 1)
        if page * per_page > MAX_OFFSET:
            raise ValueError("page out of range")
    except ValueError as exc:
        raise bad_request("validation_failed", f"Bad Pagination Parameters: {exc}") from exc
    async with users.auth_tx(svc.pool) as conn:
        cur = await conn.execute(
            "select count(*) as n from auth.users where aud = %s", [users.AUDIENCE]
        )
        total_row = await cur.fetchone()
        cur = await conn.execute(
            "select id from auth.users where aud = %s order by created_at desc, id"
            " limit %s offset %s",
            [users.AUDIENCE, per_page, (page - 1) * per_page],
        )
        ids = [row["id"] for row in await cur.fetchall()]
        found = [await users.get_user(conn, i) for i in ids]
    total = int(total_row["n"]) if total_row else 0
    last = max((total + per_page - 1) // per_page, 1)
    base = str(request.url.replace(query=""))
    links = []
    if page < last:
        links.append(f'<{base}?page={page + 1}&per_page={per_page}>; rel="next"')
    links.append(f'<{base}?page={last}&per_page={per_page}>; rel="last"')
    headers = {"X-Total-Count": str(total), "Link": ", ".join(links)}
    body = {"users": [users.user_json(u) for u in found if u], "aud": users.AUDIENCE}
    return JSONResponse(body, headers=headers)


async def create_user(svc: AuthService, request: Request) -> Response:
    """POST /admin/users: create a user, optionally confirmed, with metadata and role."""
    await svc.require_admin(request)
    params = await svc.body(request)
    email = validate_email(str(params["email"])) if params.get("email") else ""
    phone = validate_phone(str(params["phone"])) if params.get("phone") else ""
    if not email and not phone:
        raise bad_request(
            "validation_failed", "Cannot create a user without either an email or phone"
        )
    password = params.get("password")
    password_hash = str(params.get("password_hash") or "")
    if password is not None and password_hash:
        raise bad_request(
            "validation_failed", "Only a password or a password hash should be provided"
        )
    if password is not None:
        svc.check_password(str(password))
        password_hash = await asyncio.to_thread(users.hash_password, str(password))
    user_id = None
    if params.get("id"):
        try:
            user_id = uuid.UUID(str(params["id"]))
        except ValueError as exc:
            raise bad_request("validation_failed", "ID must conform to the uuid v4 format") from exc
    ban = parse_ban_duration(str(params["ban_duration"])) if params.get("ban_duration") else None
    user_metadata = _metadata(params, "user_metadata")
    app_metadata = _metadata(params, "app_metadata")
    async with users.auth_tx(svc.pool) as conn:
        if email and await users.find_by_email(conn, email) is not None:
            raise unprocessable("email_exists", DUPLICATE_EMAIL)
        if phone and await users.find_by_phone(conn, phone) is not None:
            raise unprocessable("phone_exists", "Phone number already registered by another user")
        user = await users.create_user(
            conn,
            email=email or None,
            phone=phone or None,
            password_hash=password_hash,
            user_metadata=user_metadata or {},
            app_metadata=app_metadata or {},
            role=str(params.get("role") or users.DEFAULT_ROLE),
            user_id=user_id,
            email_confirmed=bool(params.get("email_confirm")),
            phone_confirmed=bool(params.get("phone_confirm")),
        )
        if ban:
            await users.update_columns(conn, user["id"], banned_until=datetime.now(UTC) + ban)
            user = await _load(svc, conn, str(user["id"]))
    return JSONResponse(users.user_json(user))


async def get_user(svc: AuthService, request: Request) -> Response:
    """GET /admin/users/{id}."""
    await svc.require_admin(request)
    async with users.auth_tx(svc.pool) as conn:
        user = await _load(svc, conn, request.path_params["user_id"])
    return JSONResponse(users.user_json(user))


async def update_user(svc: AuthService, request: Request) -> Response:
    """PUT /admin/users/{id}: role, confirmation, password, e-mail, phone, metadata, ban."""
    await svc.require_admin(request)
    params = await svc.body(request)
    email = validate_email(str(params["email"])) if params.get("email") else ""
    phone = validate_phone(str(params["phone"])) if params.get("phone") else ""
    ban = parse_ban_duration(str(params["ban_duration"])) if params.get("ban_duration") else None
    user_metadata = _metadata(params, "user_metadata")
    app_metadata = _metadata(params, "app_metadata")
    password_hash = None
    if params.get("password") is not None:
        svc.check_password(str(params["password"]))
        password_hash = await asyncio.to_thread(users.hash_password, str(params["password"]))
    async with users.auth_tx(svc.pool) as conn:
        user = await _load(svc, conn, request.path_params["user_id"])
        changes: dict[str, Any] = {}
        if params.get("role"):
            changes["role"] = str(params["role"])
        if email:
            other = await users.find_by_email(conn, email)
            if other is not None and other["id"] != user["id"]:
                raise unprocessable("email_exists", DUPLICATE_EMAIL)
            changes["email"] = email
        if phone:
            changes["phone"] = phone
        if params.get("email_confirm"):
            changes["email_confirmed_at"] = user["email_confirmed_at"] or datetime.now(UTC)
        if params.get("phone_confirm"):
            changes["phone_confirmed_at"] = user["phone_confirmed_at"] or datetime.now(UTC)
        if app_metadata is not None:
            changes["raw_app_meta_data"] = users.merge_metadata(
                user["raw_app_meta_data"], app_metadata
            )
        if user_metadata is not None:
            changes["raw_user_meta_data"] = users.merge_metadata(
                user["raw_user_meta_data"], user_metadata
            )
        if ban is not None:
            changes["banned_until"] = datetime.now(UTC) + ban if ban else None
        await users.update_columns(conn, user["id"], **changes)
        if password_hash is not None:
            await users.set_password(conn, user["id"], password_hash)
        if email:
            data = {
                "sub": str(user["id"]),
                "email": email,
                "email_verified": bool(params.get("email_confirm")),
            }
            await users.add_identity(conn, user["id"], "email", str(user["id"]), data)
            await conn.execute(
                "update auth.identities set identity_data = identity_data || %s::jsonb,"
                " updated_at = now() where user_id = %s and provider = 'email'",
                [
                    Jsonb({"email": email, "email_verified": bool(params.get("email_confirm"))}),
                    user["id"],
                ],
            )
        user = await _load(svc, conn, str(user["id"]))
    return JSONResponse(users.user_json(user))


async def delete_user(svc: AuthService, request: Request) -> Response:
    """DELETE /admin/users/{id}: hard delete, or soft delete when asked."""
    await svc.require_admin(request)
    params = await svc.body(request)
    async with users.auth_tx(svc.pool) as conn:
        user = await _load(svc, conn, request.path_params["user_id"])
        if params.get("should_soft_delete"):
            await conn.execute(
                "update auth.users set deleted_at = now(), updated_at = now(), email = null,"
                " phone = null, encrypted_password = '', raw_app_meta_data = '{}'::jsonb,"
                " raw_user_meta_data = '{}'::jsonb where id = %s",
                [user["id"]],
            )
            await conn.execute("delete from auth.identities where user_id = %s", [user["id"]])
            await conn.execute("delete from auth.sessions where user_id = %s", [user["id"]])
        else:
            await conn.execute("delete from auth.users where id = %s", [user["id"]])
    return JSONResponse({})


def routes(svc: AuthService) -> Sequence[BaseRoute]:
    """The /admin/users routes."""
    e = svc.endpoint
    return [
        Route("/admin/users", e(list_users), methods=["GET"]),
        Route("/admin/users", e(create_user), methods=["POST"]),
        Route("/admin/users/{user_id}", e(get_user), methods=["GET"]),
        Route("/admin/users/{user_id}", e(update_user), methods=["PUT"]),
        Route("/admin/users/{user_id}", e(delete_user), methods=["DELETE"]),
    ]
