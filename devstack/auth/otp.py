"""Passwordless and admin-issued mails: /otp (magic link), /resend, /invite, generate_link.

Follows `internal/api/{otp,magic_link,resend,invite,mail}.go`. Phone OTP is refused:
devstack sends no SMS (`supabase start` without an SMS provider behaves the same).
"""

from __future__ import annotations

import asyncio
import secrets
from datetime import UTC, datetime
from typing import Any

from psycopg import AsyncConnection
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from devstack.auth import email_change, mail, pkce, users
from devstack.auth.account import DUPLICATE_EMAIL
from devstack.auth.errors import bad_request, not_found, unprocessable
from devstack.auth.service import AuthService
from devstack.auth.validation import validate_email

# generate_link type → (token column, sent-at column, verification type of the link)
LINK_TYPES = {
    "magiclink": ("recovery_token", "recovery_sent_at", "magiclink"),
    "recovery": ("recovery_token", "recovery_sent_at", "recovery"),
    "signup": ("confirmation_token", "confirmation_sent_at", "signup"),
    "invite": ("confirmation_token", "confirmation_sent_at", "invite"),
}


async def _mail_token(
    svc: AuthService,
    conn: AsyncConnection[Any],
    user: users.User,
    kind: str,
    request: Request,
    challenge: tuple[str, str] | None,
) -> None:
    """Mail a `kind` link to the user and store its token (with a PKCE flow state if asked)."""
    column, sent_at = {
        "signup": ("confirmation_token", "confirmation_sent_at"),
        "invite": ("confirmation_token", "confirmation_sent_at"),
        "magiclink": ("recovery_token", "recovery_sent_at"),
    }[kind]
    if challenge is not None:
        await pkce.create_flow_state(conn, user["id"], pkce.METHODS[kind], challenge)
    token = svc.send_mail(
        to=user["email"],
        kind=kind,
        otp=mail.new_otp(),
        redirect_to=svc.redirect_to(request),
        pkce=challenge is not None,
    )
    await users.update_columns(conn, user["id"], **{column: token, sent_at: datetime.now(UTC)})


async def otp(svc: AuthService, request: Request) -> Response:
    """POST /otp: mail a magic link (and code), creating the user unless told not to."""
    params = await svc.body(request)
    email, phone = str(params.get("email") or ""), str(params.get("phone") or "")
    if email and phone:
        raise bad_request(
            "validation_failed", "Only an email address or phone number should be provided"
        )
    if phone:
        raise bad_request("phone_provider_disabled", "Unsupported phone provider")
    if not email:
        raise bad_request("validation_failed", "One of email or phone must be set")
    email = validate_email(email)
    challenge = pkce.challenge_of(params)
    create_user = params.get("create_user", True) is not False
    data = params.get("data") if isinstance(params.get("data"), dict) else {}
    # A user created here gets an unguessable password, as upstream; hashed off the loop.
    placeholder = await asyncio.to_thread(users.hash_password, secrets.token_urlsafe(33))
    async with users.auth_tx(svc.pool) as conn:
        user = await users.find_by_email(conn, email)
        if user is None and not (create_user and svc.config.auth.enable_signup):
            raise unprocessable("otp_disabled", "Signups not allowed for otp")
        if user is None or user["email_confirmed_at"] is None:
            if user is None:
                user = await users.create_user(
                    conn,
                    email=email,
                    phone=None,
                    password_hash=placeholder,
                    user_metadata=data,
                    signup=True,
                )
            if svc.config.auth.enable_confirmations:
                await _mail_token(svc, conn, user, "signup", request, challenge)
                return JSONResponse({})
            await users.confirm_email(conn, user, identity=False)
        await _mail_token(svc, conn, user, "magiclink", request, challenge)
    return JSONResponse({})


async def resend(svc: AuthService, request: Request) -> Response:
    """POST /resend: mail the sign-up confirmation (or e-mail change) again."""
    params = await svc.body(request)
    kind, email = str(params.get("type") or ""), str(params.get("email") or "")
    if kind not in ("signup", "email_change", "sms", "phone_change"):
        raise bad_request(
            "validation_failed",
            "Missing one of these types: signup, email_change, sms, phone_change",
        )
    if kind in ("sms", "phone_change"):
        raise bad_request("phone_provider_disabled", "Unsupported phone provider")
    if not email:
        raise bad_request("validation_failed", "Type provided requires an email address")
    email = validate_email(email)
    challenge = pkce.challenge_of(params)
    async with users.auth_tx(svc.pool) as conn:
        if kind == "signup":
            user = await users.find_by_email(conn, email)
            if user is not None and user["email_confirmed_at"] is None:
                await _mail_token(svc, conn, user, "signup", request, challenge)
        else:
            user = await users.find_by_pending_email(conn, email)
            if user is not None:
                await email_change.start(
                    svc, conn, user, str(user["email_change"]), request, challenge
                )
    return JSONResponse({})


async def invite(svc: AuthService, request: Request) -> Response:
    """POST /invite (service role): create an unconfirmed user and mail an invite link."""
    await svc.require_admin(request)
    params = await svc.body(request)
    email = validate_email(str(params.get("email") or ""))
    data = params.get("data") if isinstance(params.get("data"), dict) else {}
    async with users.auth_tx(svc.pool) as conn:
        user = await users.find_by_email(conn, email)
        if user is not None and user["email_confirmed_at"] is not None:
            raise unprocessable("email_exists", DUPLICATE_EMAIL)
        if user is None:
            user = await users.create_user(
                conn, email=email, phone=None, password_hash=None, user_metadata=data
            )
        await _mail_token(svc, conn, user, "invite", request, None)
        await users.update_columns(conn, user["id"], invited_at=datetime.now(UTC))
        fresh = await users.get_user(conn, user["id"])
    assert fresh is not None
    return JSONResponse(users.user_json(fresh))


async def generate_link(svc: AuthService, request: Request) -> Response:
    """POST /admin/generate_link: the link and code a mail would carry, without mailing."""
    await svc.require_admin(request)
    params = await svc.body(request)
    kind = str(params.get("type") or "")
    if kind not in LINK_TYPES:
        raise bad_request("validation_failed", f"Invalid email action link type requested: {kind}")
    email = validate_email(str(params.get("email") or ""))
    redirect_to = svc.redirect_to(request, str(params.get("redirect_to") or ""))
    data = params.get("data") if isinstance(params.get("data"), dict) else {}
    password = str(params.get("password") or "")
    if password:
        svc.check_password(password)
    password_hash = await asyncio.to_thread(
        users.hash_password, password or secrets.token_urlsafe(48)
    )
    async with users.auth_tx(svc.pool) as conn:
        user = await users.find_by_email(conn, email)
        if user is None and kind == "recovery":
            raise not_found("user_not_found", "User with this email not found")
        if user is None and kind == "magiclink":
            kind = "signup"
        if user is not None and kind in ("signup", "invite") and user["email_confirmed_at"]:
            raise unprocessable("email_exists", DUPLICATE_EMAIL)
        if user is None:
            user = await users.create_user(
                conn,
                email=email,
                phone=None,
                password_hash=password_hash if kind == "signup" else None,
                user_metadata=data,
            )
        column, sent_at, link_type = LINK_TYPES[kind]
        code = mail.new_otp()
        hashed = mail.token_hash(email, code)
        changes: dict[str, Any] = {column: hashed, sent_at: datetime.now(UTC)}
        if kind == "invite":
            changes["invited_at"] = datetime.now(UTC)
        await users.update_columns(conn, user["id"], **changes)
        fresh = await users.get_user(conn, user["id"])
    assert fresh is not None
    body = users.user_json(fresh)
    body.update(
        action_link=mail.verify_link(svc.config.api_url, hashed, link_type, redirect_to),
        email_otp=code,
        hashed_token=hashed,
        verification_type=kind,
        redirect_to=redirect_to,
    )
    return JSONResponse(body)
