"""Changing a user's e-mail (`sendEmailChange` in mail.go, `emailChangeVerify` in verify.go).

With secure e-mail change (`[auth.email] double_confirm_changes`, on by default) a code
goes to the current and to the new address, and the change happens once both are
confirmed; the first confirmation answers "Confirmation link accepted...". Otherwise
only the new address gets a code.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from psycopg import AsyncConnection
from starlette.requests import Request

from devstack.auth import mail, pkce, users
from devstack.auth.errors import forbidden
from devstack.auth.service import AuthService

SINGLE_CONFIRMATION = (
    "Confirmation link accepted. Please proceed to confirm link sent to the other email"
)


async def start(
    svc: AuthService,
    conn: AsyncConnection[Any],
    user: users.User,
    new_email: str,
    request: Request,
    challenge: tuple[str, str] | None,
) -> None:
    """Mail the confirmation code(s) for changing `user`'s e-mail to `new_email`."""
    if challenge is not None:
        await pkce.create_flow_state(conn, user["id"], "email_change", challenge)
    redirect_to = svc.redirect_to(request)
    new_token = svc.send_mail(
        to=new_email,
        kind="email_change",
        otp=mail.new_otp(),
        redirect_to=redirect_to,
        pkce=challenge is not None,
    )
    current_token = ""
    if svc.secure_email_change and user["email"]:
        current_token = svc.send_mail(
            to=user["email"],
            kind="email_change",
            otp=mail.new_otp(),
            redirect_to=redirect_to,
            pkce=challenge is not None,
        )
    await users.update_columns(
        conn,
        user["id"],
        email_change=new_email,
        email_change_token_new=new_token,
        email_change_token_current=current_token,
        email_change_sent_at=datetime.now(UTC),
        email_change_confirm_status=0,
    )


async def verify(
    svc: AuthService, conn: AsyncConnection[Any], params: dict[str, Any], expiry: timedelta
) -> users.User | None:
    """Apply one confirmation; the updated user, or None while the other one is pending."""
    token_hash = str(params.get("token_hash") or "").removeprefix(pkce.PREFIX)
    if token_hash:
        message = "Email link is invalid or has expired"
        cur = await conn.execute(
            "select id from auth.users where email_change_token_new in (%s, %s)"
            " or email_change_token_current in (%s, %s)",
            [token_hash, pkce.PREFIX + token_hash] * 2,
        )
    else:
        message = "Token has expired or is invalid"
        email = str(params.get("email") or "").lower()
        token_hash = mail.token_hash(email, str(params.get("token") or ""))
        cur = await conn.execute(
            "select id from auth.users where email_change <> '' and"
            " (lower(email_change) = %s or lower(email) = %s)",
            [email, email],
        )
    row = await cur.fetchone()
    user = await users.get_user(conn, row["id"], lock=True) if row else None
    if user is None:
        raise forbidden("otp_expired", message)
    stored = {
        column: str(user[column] or "").removeprefix(pkce.PREFIX)
        for column in ("email_change_token_new", "email_change_token_current")
    }
    matched = [column for column, value in stored.items() if value and value == token_hash]
    sent_at = user["email_change_sent_at"]
    if not matched or sent_at is None or datetime.now(UTC) > sent_at + expiry:
        raise forbidden("otp_expired", message)
    if users.is_banned(user):
        raise forbidden("user_banned", "User is banned")
    if svc.secure_email_change and user["email"] and user["email_change_confirm_status"] == 0:
        await users.update_columns(
            conn, user["id"], **{matched[0]: ""}, email_change_confirm_status=1
        )
        return None
    await conn.execute(
        "update auth.users set email = email_change, email_change = '',"
        " email_change_token_new = '', email_change_token_current = '',"
        " email_change_confirm_status = 0, updated_at = now() where id = %s",
        [user["id"]],
    )
    await conn.execute(
        "update auth.identities set identity_data = identity_data || jsonb_build_object("
        "'email', (select email from auth.users where id = %s)), updated_at = now()"
        " where user_id = %s and provider = 'email'",
        [user["id"], user["id"]],
    )
    return await users.get_user(conn, user["id"])
