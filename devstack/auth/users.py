"""Users and identities in `auth.users` / `auth.identities`, and their JSON form.

Every statement runs inside `auth_tx`, as role `supabase_auth_admin` like Supabase Auth
itself, so triggers a project puts on `auth.users` see the same role as on hosted Supabase.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import bcrypt
from psycopg import AsyncConnection
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool

AUTH_ROLE = "supabase_auth_admin"
AUDIENCE = "authenticated"
DEFAULT_ROLE = "authenticated"
# bcrypt only looks at the first 72 bytes; Supabase Auth refuses longer passwords.
MAX_PASSWORD_LENGTH = 72

User = dict[str, Any]


@asynccontextmanager
async def auth_tx(pool: AsyncConnectionPool) -> AsyncIterator[AsyncConnection[Any]]:
    """A connection inside a transaction running as `supabase_auth_admin`."""
    async with pool.connection() as conn, conn.transaction():
        await conn.execute(f"set local role {AUTH_ROLE}")
        yield conn


def hash_password(password: str) -> str:
    """A bcrypt hash, as Supabase Auth stores in `encrypted_password`."""
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=10)).decode()


def check_password(password: str, hashed: str | None) -> bool:
    """Whether `password` matches the stored bcrypt hash."""
    if not hashed:
        return False
    try:
        return bcrypt.checkpw(password.encode()[:MAX_PASSWORD_LENGTH], hashed.encode())
    except ValueError:
        return False


def timestamp(value: datetime | None) -> str | None:
    """Go's RFC 3339 rendering of a timestamp, in UTC."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _identity_json(row: Mapping[str, Any]) -> dict[str, Any]:
    body: dict[str, Any] = {
        "identity_id": str(row["id"]),
        "id": row["provider_id"],
        "user_id": str(row["user_id"]),
        "identity_data": row["identity_data"] or {},
        "provider": row["provider"],
        "last_sign_in_at": timestamp(row["last_sign_in_at"]),
        "created_at": timestamp(row["created_at"]),
        "updated_at": timestamp(row["updated_at"]),
    }
    if body["last_sign_in_at"] is None:
        del body["last_sign_in_at"]
    if row.get("email"):
        body["email"] = row["email"]
    return body


def user_json(user: User) -> dict[str, Any]:
    """The user object exactly as Supabase Auth serialises `models.User`."""
    body: dict[str, Any] = {
        "id": str(user["id"]),
        "aud": user["aud"] or "",
        "role": user["role"] or "",
        "email": user["email"] or "",
    }
    optional = {
        "email_confirmed_at": timestamp(user["email_confirmed_at"]),
        "invited_at": timestamp(user["invited_at"]),
    }
    body.update({k: v for k, v in optional.items() if v is not None})
    body["phone"] = user["phone"] or ""
    optional = {
        "phone_confirmed_at": timestamp(user["phone_confirmed_at"]),
        "confirmation_sent_at": timestamp(user["confirmation_sent_at"]),
        "confirmed_at": timestamp(user["confirmed_at"]),
        "recovery_sent_at": timestamp(user["recovery_sent_at"]),
        "new_email": user["email_change"] or None,
        "email_change_sent_at": timestamp(user["email_change_sent_at"]),
        "new_phone": user["phone_change"] or None,
        "phone_change_sent_at": timestamp(user["phone_change_sent_at"]),
        "reauthentication_sent_at": timestamp(user["reauthentication_sent_at"]),
        "last_sign_in_at": timestamp(user["last_sign_in_at"]),
    }
    body.update({k: v for k, v in optional.items() if v is not None})
    body["app_metadata"] = user["raw_app_meta_data"] or {}
    body["user_metadata"] = user["raw_user_meta_data"] or {}
    body["identities"] = [_identity_json(i) for i in user.get("identities", [])]
    body["created_at"] = timestamp(user["created_at"])
    body["updated_at"] = timestamp(user["updated_at"])
    if user["banned_until"] is not None:
        body["banned_until"] = timestamp(user["banned_until"])
    if user["deleted_at"] is not None:
        body["deleted_at"] = timestamp(user["deleted_at"])
    body["is_anonymous"] = bool(user["is_anonymous"])
    return body


async def _with_identities(conn: AsyncConnection[Any], user: User | None) -> User | None:
    if user is None:
        return None
    cur = await conn.execute(
        "select * from auth.identities where user_id = %s order by created_at", [user["id"]]
    )
    user["identities"] = await cur.fetchall()
    return user


async def get_user(conn: AsyncConnection[Any], user_id: Any, *, lock: bool = False) -> User | None:
    """The user with `user_id` (and identities), or None."""
    suffix = " for update" if lock else ""
    cur = await conn.execute(f"select * from auth.users where id = %s{suffix}", [user_id])
    return await _with_identities(conn, await cur.fetchone())


async def find_by_email(conn: AsyncConnection[Any], email: str) -> User | None:
    """The (non-SSO) user with this e-mail, compared case-insensitively."""
    cur = await conn.execute(
        "select * from auth.users where lower(email) = lower(%s) and aud = %s"
        " and is_sso_user = false",
        [email, AUDIENCE],
    )
    return await _with_identities(conn, await cur.fetchone())


async def find_by_pending_email(conn: AsyncConnection[Any], email: str) -> User | None:
    """The user waiting to change their e-mail to `email`."""
    cur = await conn.execute(
        "select * from auth.users where lower(email_change) = lower(%s) and aud = %s",
        [email, AUDIENCE],
    )
    return await _with_identities(conn, await cur.fetchone())


async def find_by_phone(conn: AsyncConnection[Any], phone: str) -> User | None:
    """The user with this phone number."""
    cur = await conn.execute(
        "select * from auth.users where phone = %s and aud = %s", [phone, AUDIENCE]
    )
    return await _with_identities(conn, await cur.fetchone())


async def find_by_token(conn: AsyncConnection[Any], column: str, token: str) -> User | None:
    """The user whose `column` (a token column of auth.users) equals `token`."""
    allowed = {
        "confirmation_token",
        "recovery_token",
        "email_change_token_new",
        "email_change_token_current",
    }
    if column not in allowed:
        raise ValueError(column)
    cur = await conn.execute(f"select * from auth.users where {column} = %s", [token])
    return await _with_identities(conn, await cur.fetchone())


def _providers(email: str | None, phone: str | None) -> list[str]:
    providers = []
    if email:
        providers.append("email")
    if phone:
        providers.append("phone")
    return providers


async def create_user(
    conn: AsyncConnection[Any],
    *,
    email: str | None,
    phone: str | None,
    password_hash: str | None,
    user_metadata: Mapping[str, Any] | None,
    app_metadata: Mapping[str, Any] | None = None,
    role: str = DEFAULT_ROLE,
    user_id: uuid.UUID | None = None,
    email_confirmed: bool = False,
    phone_confirmed: bool = False,
    signup: bool = False,
) -> User:
    """Insert a user with its email/phone identities, then re-read it (triggers may edit it).

    `signup` reproduces the public sign-up: the metadata is copied into the identity data
    and the user's metadata becomes that identity data (upstream's
    RemoveUnconfirmedIdentities), so it carries `sub`, `email`, `email_verified`...
    """
    uid = user_id or uuid.uuid4()
    providers = _providers(email, phone)
    app = {"provider": providers[0] if providers else "email", "providers": providers}
    app.update(dict(app_metadata or {}))
    await conn.execute(
        """
        insert into auth.users (
          instance_id, id, aud, role, email, encrypted_password, raw_app_meta_data,
          raw_user_meta_data, is_super_admin, created_at, updated_at, phone,
          phone_confirmed_at, confirmation_token, recovery_token, email_change_token_new,
          email_change, is_anonymous
        ) values (
          '00000000-0000-0000-0000-000000000000', %s, %s, %s, %s, %s, %s, %s, null, now(),
          now(), %s, case when %s then now() end, '', '', '', '', false
        )
        """,
        [
            uid,
            AUDIENCE,
            role,
            email.lower() if email else None,
            password_hash or "",
            Jsonb(app),
            Jsonb(dict(user_metadata or {})),
            phone or None,
            phone_confirmed,
        ],
    )
    identity_data: dict[str, Any] = {}
    for provider, value in (("email", email and email.lower()), ("phone", phone)):
        if not value:
            continue
        identity_data = {
            "sub": str(uid),
            provider: value,
            "email_verified": False,
            "phone_verified": False,
        }
        if signup:
            for key, item in (user_metadata or {}).items():
                identity_data.setdefault(key, item)
        await add_identity(conn, uid, provider, str(uid), identity_data)
    if signup and identity_data:
        await update_columns(conn, uid, raw_user_meta_data=identity_data)
    if email_confirmed:
        await confirm_email(conn, {"id": uid}, identity=False)
    user = await get_user(conn, uid)
    assert user is not None
    return user


async def add_identity(
    conn: AsyncConnection[Any],
    user_id: Any,
    provider: str,
    provider_id: str,
    data: Mapping[str, Any],
) -> None:
    """Attach an identity to a user."""
    await conn.execute(
        "insert into auth.identities (provider_id, user_id, identity_data, provider,"
        " last_sign_in_at, created_at, updated_at) values (%s, %s, %s, %s, now(), now(), now())"
        " on conflict (provider_id, provider) do nothing",
        [provider_id, user_id, Jsonb(dict(data)), provider],
    )


def merge_metadata(current: Mapping[str, Any] | None, update: Mapping[str, Any]) -> dict[str, Any]:
    """Supabase Auth's metadata update: keys merge, a null value removes the key."""
    merged = dict(current or {})
    for key, value in update.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return merged


async def update_columns(conn: AsyncConnection[Any], user_id: Any, **values: Any) -> None:
    """Set columns of auth.users (names are fixed by callers) and bump updated_at."""
    if not values:
        return
    assignments = ", ".join(f"{name} = %s" for name in values)
    params = [Jsonb(v) if isinstance(v, dict) else v for v in values.values()]
    await conn.execute(
        f"update auth.users set {assignments}, updated_at = now() where id = %s",
        [*params, user_id],
    )


async def confirm_email(conn: AsyncConnection[Any], user: User, *, identity: bool = True) -> None:
    """Mark the e-mail confirmed (user_metadata.email_verified too, as upstream's Confirm).

    `identity` also flags the email identity verified, which upstream does when a link or
    code is verified but not when sign-up auto-confirms.
    """
    await conn.execute(
        "update auth.users set email_confirmed_at = coalesce(email_confirmed_at, now()),"
        " confirmation_token = '', raw_user_meta_data = coalesce(raw_user_meta_data, '{}')"
        " || '{\"email_verified\": true}'::jsonb, updated_at = now() where id = %s",
        [user["id"]],
    )
    if identity:
        await conn.execute(
            "update auth.identities set identity_data = identity_data"
            " || '{\"email_verified\": true}'::jsonb, updated_at = now()"
            " where user_id = %s and provider = 'email'",
            [user["id"]],
        )


async def set_password(
    conn: AsyncConnection[Any], user_id: Any, password_hash: str, keep_session: Any = None
) -> None:
    """Store a new password like upstream's UpdatePassword: pending tokens are dropped and
    every session but `keep_session` ends."""
    await conn.execute(
        "update auth.users set encrypted_password = %s, confirmation_token = '',"
        " confirmation_sent_at = null, recovery_token = '', recovery_sent_at = null,"
        " email_change_token_current = '', email_change_token_new = '',"
        " email_change_sent_at = null, phone_change_token = '', phone_change_sent_at = null,"
        " reauthentication_token = '', reauthentication_sent_at = null, updated_at = now()"
        " where id = %s",
        [password_hash, user_id],
    )
    await conn.execute(
        "delete from auth.sessions where user_id = %s and id is distinct from %s",
        [user_id, keep_session],
    )


def is_banned(user: User) -> bool:
    """Whether the user is banned right now."""
    until = user["banned_until"]
    return until is not None and until > datetime.now(UTC)
