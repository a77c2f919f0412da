"""Public Auth endpoints: signup, token, verify, recover, settings, health.

Behaviour and messages follow `internal/api/{signup,token,verify,recover,settings}.go`.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from devstack.auth import account, admin, mail, otp, pkce, users, verify
from devstack.auth.errors import (
    INVALID_LOGIN,
    bad_request,
    not_found,
    unprocessable,
)
from devstack.auth.service import AuthService
from devstack.auth.validation import validate_email, validate_phone


async def signup(svc: AuthService, request: Request) -> Response:
    """POST /signup: a session when confirmations are off, else the user and a mail."""
    params = await svc.body(request)
    email, phone = str(params.get("email") or ""), str(params.get("phone") or "")
    password = str(params.get("password") or "")
    raw_data = params.get("data")
    data: dict[str, Any] = raw_data if isinstance(raw_data, dict) else {}
    if not svc.config.auth.enable_signup:
        raise unprocessable("signup_disabled", "Signups not allowed for this instance")
    if not email and not phone:
        raise unprocessable("anonymous_provider_disabled", "Anonymous sign-ins are disabled")
    if not password:
        raise bad_request("validation_failed", "Signup requires a valid password")
    svc.check_password(password)
    if email and phone:
        raise bad_request(
            "validation_failed",
            "Only an email address or phone number should be provided on signup.",
        )
    email = validate_email(email) if email else ""
    phone = validate_phone(phone) if phone else ""
    challenge = pkce.challenge_of(params)
    confirm = svc.config.auth.enable_confirmations and bool(email)
    hashed = await asyncio.to_thread(users.hash_password, password)
    async with users.auth_tx(svc.pool) as conn:
        existing = await (
            users.find_by_email(conn, email) if email else users.find_by_phone(conn, phone)
        )
        if existing is not None:
            confirmed = existing["email_confirmed_at"] if email else existing["phone_confirmed_at"]
            if confirmed is not None or not confirm:
                if not confirm:
                    raise unprocessable("user_already_exists", "User already registered")
                return JSONResponse(_obfuscated(data, email, phone))
            user = existing
        else:
            user = await users.create_user(
                conn,
                email=email or None,
                phone=phone or None,
                password_hash=hashed,
                user_metadata=data,
                signup=True,
            )
        if not confirm:
            if email:
                await users.confirm_email(conn, user, identity=False)
            else:
                await users.update_columns(conn, user["id"], phone_confirmed_at=datetime.now(UTC))
            fresh = await users.get_user(conn, user["id"])
            assert fresh is not None
            return JSONResponse(await svc.tokens.issue(conn, request, fresh, "password"))
        if challenge is not None:
            await pkce.create_flow_state(conn, user["id"], "email/signup", challenge)
        token = svc.send_mail(
            to=email,
            kind="signup",
            otp=mail.new_otp(),
            redirect_to=svc.redirect_to(request),
            pkce=challenge is not None,
        )
        await users.update_columns(
            conn, user["id"], confirmation_token=token, confirmation_sent_at=datetime.now(UTC)
        )
        fresh = await users.get_user(conn, user["id"])
        assert fresh is not None
    return JSONResponse(users.user_json(fresh))


def _obfuscated(data: dict[str, Any], email: str, phone: str) -> dict[str, Any]:
    """Upstream's sanitizeUser: a fake user so sign-up does not reveal who is registered."""
    now = users.timestamp(datetime.now(UTC))
    provider = "email" if email else "phone"
    return {
        "id": str(uuid.uuid4()),
        "aud": users.AUDIENCE,
        "role": "",
        "email": email,
        "phone": phone,
        "confirmation_sent_at": now,
        "app_metadata": {"provider": provider, "providers": [provider]},
        "user_metadata": data,
        "identities": [],
        "created_at": now,
        "updated_at": now,
        "is_anonymous": False,
    }


async def token(svc: AuthService, request: Request) -> Response:
    """POST /token?grant_type=password|refresh_token."""
    grant = request.query_params.get("grant_type", "")
    if grant == "password":
        return JSONResponse(await _password_grant(svc, request))
    if grant == "pkce":
        params = await svc.body(request)
        async with users.auth_tx(svc.pool) as conn:
            user_id, method = await pkce.redeem(
                conn, str(params.get("auth_code") or ""), str(params.get("code_verifier") or "")
            )
            user = await users.get_user(conn, user_id)
            if user is None:
                raise not_found("user_not_found", "User not found")
            return JSONResponse(await svc.tokens.issue(conn, request, user, method))
    if grant == "refresh_token":
        params = await svc.body(request)
        return JSONResponse(
            await svc.tokens.refresh(request, str(params.get("refresh_token") or ""))
        )
    raise bad_request("invalid_credentials", "unsupported_grant_type")


async def _password_grant(svc: AuthService, request: Request) -> dict[str, Any]:
    params = await svc.body(request)
    email, phone = str(params.get("email") or ""), str(params.get("phone") or "")
    password = str(params.get("password") or "")
    if email and phone:
        raise bad_request(
            "validation_failed",
            "Only an email address or phone number should be provided on login.",
        )
    if not email and not phone:
        raise bad_request("validation_failed", "missing email or phone")
    async with users.auth_tx(svc.pool) as conn:
        if email:
            user = await users.find_by_email(conn, email)
        else:
            user = await users.find_by_phone(conn, phone.removeprefix("+").replace(" ", ""))
    if user is None or not user["encrypted_password"]:
        raise bad_request("invalid_credentials", INVALID_LOGIN)
    if users.is_banned(user):
        raise bad_request("user_banned", "User is banned")
    valid = await asyncio.to_thread(users.check_password, password, user["encrypted_password"])
    if svc.hooks.password_verification_enabled:
        output = await svc.hooks.password_verification(request, user["id"], valid)
        if output.get("decision") == "reject":
            if output.get("should_logout_user"):
                async with users.auth_tx(svc.pool) as conn:
                    await conn.execute("delete from auth.sessions where user_id = %s", [user["id"]])
            raise bad_request("invalid_credentials", str(output["message"]))
    if not valid:
        raise bad_request("invalid_credentials", INVALID_LOGIN)
    if email and user["email_confirmed_at"] is None:
        raise bad_request("email_not_confirmed", "Email not confirmed")
    if phone and user["phone_confirmed_at"] is None:
        raise bad_request("phone_not_confirmed", "Phone not confirmed")
    async with users.auth_tx(svc.pool) as conn:
        return await svc.tokens.issue(conn, request, user, "password")


async def recover(svc: AuthService, request: Request) -> Response:
    """POST /recover: mail a recovery link; answers {} whether or not the user exists."""
    params = await svc.body(request)
    email = str(params.get("email") or "")
    if not email:
        raise bad_request("validation_failed", "Password recovery requires an email")
    email = validate_email(email)
    challenge = pkce.challenge_of(params)
    async with users.auth_tx(svc.pool) as conn:
        user = await users.find_by_email(conn, email)
        if user is None:
            return JSONResponse({})
        if challenge is not None:
            await pkce.create_flow_state(conn, user["id"], "recovery", challenge)
        token_value = svc.send_mail(
            to=email,
            kind="recovery",
            otp=mail.new_otp(),
            redirect_to=svc.redirect_to(request),
            pkce=challenge is not None,
        )
        await users.update_columns(
            conn, user["id"], recovery_token=token_value, recovery_sent_at=datetime.now(UTC)
        )
    return JSONResponse({})


async def settings(svc: AuthService, request: Request) -> Response:
    """GET /settings: which sign-in methods are on."""
    auth = svc.config.auth
    external = {
        name: False
        for name in (
            "anonymous_users",
            "apple",
            "azure",
            "bitbucket",
            "discord",
            "facebook",
            "snapchat",
            "figma",
            "fly",
            "github",
            "gitlab",
            "google",
            "keycloak",
            "kakao",
            "linkedin",
            "linkedin_oidc",
            "notion",
            "spotify",
            "slack",
            "slack_oidc",
            "workos",
            "twitch",
            "twitter",
            "zoom",
        )
    }
    external.update(email=True, phone=True)
    return JSONResponse(
        {
            "external": external,
            "disable_signup": not auth.enable_signup,
            "mailer_autoconfirm": not auth.enable_confirmations,
            "phone_autoconfirm": True,
            "sms_provider": "twilio",
            "saml_enabled": False,
            "saml_private_key_next_configured": False,
            "passkeys_enabled": False,
        }
    )


async def health(svc: AuthService, request: Request) -> Response:
    """GET /health."""
    return JSONResponse(
        {
            "version": "devstack",
            "name": "GoTrue",
            "description": "GoTrue is a user registration and authentication API",
        }
    )


async def jwks(svc: AuthService, request: Request) -> Response:
    """GET /.well-known/jwks.json: no public keys, since tokens are signed with HS256."""
    return JSONResponse({"keys": []}, headers={"Cache-Control": "public, max-age=600"})


def build_routes(svc: AuthService) -> Sequence[BaseRoute]:
    """Every /auth/v1 route."""
    e = svc.endpoint
    return [
        Route("/health", e(health), methods=["GET"]),
        Route("/settings", e(settings), methods=["GET"]),
        Route("/signup", e(signup), methods=["POST"]),
        Route("/token", e(token), methods=["POST"]),
        Route("/verify", e(verify.verify_get), methods=["GET"]),
        Route("/verify", e(verify.verify_post), methods=["POST"]),
        Route("/recover", e(recover), methods=["POST"]),
        Route("/otp", e(otp.otp), methods=["POST"]),
        Route("/magiclink", e(otp.otp), methods=["POST"]),
        Route("/resend", e(otp.resend), methods=["POST"]),
        Route("/invite", e(otp.invite), methods=["POST"]),
        Route("/admin/generate_link", e(otp.generate_link), methods=["POST"]),
        Route("/.well-known/jwks.json", e(jwks), methods=["GET"]),
        *account.routes(svc),
        *admin.routes(svc),
    ]
