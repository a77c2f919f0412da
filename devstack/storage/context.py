"""What every Storage handler shares: credentials, transactions, limits and JSON shapes."""

from __future__ import annotations

import asyncio
import functools
import json
import re
import uuid
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ParamSpec

import psycopg
from psycopg import AsyncConnection
from starlette.requests import Request
from starlette.responses import Response

from devstack import keys
from devstack.db import API_ROLES, as_role
from devstack.storage import errors
from devstack.storage.files import FileStore

SERVICE_CLAIMS: Mapping[str, Any] = {"role": "service_role"}
BEARER = re.compile(r"^Bearer\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Caller:
    """Who is calling: verified JWT claims (anon claims when unauthenticated)."""

    claims: Mapping[str, Any]
    authenticated: bool

    @property
    def owner(self) -> str | None:
        """The `sub` claim, which Storage records as the owner of what it creates."""
        sub = self.claims.get("sub")
        return str(sub) if sub else None


def owner_uuid(owner: str | None) -> str | None:
    """The legacy uuid `owner` column only takes uuids; `owner_id` keeps any subject."""
    if not owner:
        return None
    try:
        return str(uuid.UUID(owner))
    except ValueError:
        return None


def iso(value: datetime | None) -> str | None:
    """Timestamps as JavaScript's Date.toISOString() prints them."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def now_iso() -> str:
    """The current time in the same format."""
    return iso(datetime.now(UTC)) or ""


class StorageContext:
    """Configuration and database access for the Storage component."""

    def __init__(self, gateway: Any) -> None:
        self.gateway = gateway
        self.config = gateway.config
        self.files = FileStore(self.config.storage_dir)
        self.file_size_limit = self.config.storage_file_size_limit
        self._locks: weakref.WeakValueDictionary[tuple[str, str], asyncio.Lock] = (
            weakref.WeakValueDictionary()
        )

    def key_lock(self, bucket: str, key: str) -> asyncio.Lock:
        """Serialises row-then-bytes writes of one key so the file matches the last commit."""
        lock = self._locks.get((bucket, key))
        if lock is None:
            lock = asyncio.Lock()
            self._locks[(bucket, key)] = lock
        return lock

    @property
    def secret(self) -> str:
        """The stack's JWT secret, which also signs URL tokens."""
        return str(self.config.jwt_secret)

    def caller(self, request: Request, *, required: bool) -> Caller:
        """Verify the bearer token (or `apikey`); anonymous when allowed and absent/invalid."""
        header = request.headers.get("authorization")
        token = BEARER.sub("", header) if header else request.headers.get("apikey", "")
        try:
            if not token:
                raise keys.InvalidJWT("Invalid Compact JWS")
            claims = keys.verify(token, self.secret)
        except keys.InvalidJWT as exc:
            if not required:
                return Caller({"role": "anon"}, authenticated=False)
            if exc.expired:
                message = '"exp" claim timestamp check failed'
            elif token.count(".") != 2:
                message = "Invalid Compact JWS"
            else:
                message = "signature verification failed"
            raise errors.access_denied(message) from exc
        if str(claims.get("role") or "anon") not in API_ROLES:
            raise errors.access_denied("Access denied: Invalid role", http_status=403)
        return Caller(claims, authenticated=True)

    @asynccontextmanager
    async def tx(
        self, caller: Caller | None, *, allow_delete: bool = False
    ) -> AsyncIterator[AsyncConnection[Any]]:
        """A transaction as the caller's role (RLS decides), or as service_role if None."""
        claims = caller.claims if caller is not None else SERVICE_CLAIMS
        async with as_role(
            self.gateway.api_pool, claims, role_settings=self.gateway.role_settings
        ) as conn:
            if allow_delete:
                await conn.execute("select set_config('storage.allow_delete_query', 'true', true)")
            yield conn

    async def find_bucket(self, bucket_id: str, caller: Caller | None = None) -> dict[str, Any]:
        """A bucket row (as the caller, or bypassing RLS), else NoSuchBucket."""
        async with self.tx(caller) as conn:
            cur = await conn.execute("select * from storage.buckets where id = %s", [bucket_id])
            row = await cur.fetchone()
        if row is None:
            raise errors.no_such_bucket()
        return dict(row)

    async def find_object(
        self, bucket_id: str, key: str, caller: Caller | None = None
    ) -> dict[str, Any]:
        """An object row (as the caller, or bypassing RLS), else NoSuchKey."""
        async with self.tx(caller) as conn:
            cur = await conn.execute(
                "select * from storage.objects where bucket_id = %s and name = %s",
                [bucket_id, key],
            )
            row = await cur.fetchone()
        if row is None:
            raise errors.no_such_key()
        return dict(row)


async def json_body(request: Request) -> dict[str, Any]:
    """The request's JSON object body ({} when empty)."""
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except ValueError as exc:
        raise errors.invalid_request("Body is not valid JSON") from exc
    if not isinstance(body, dict):
        raise errors.invalid_request("body must be object")
    return body


def object_json(row: Mapping[str, Any]) -> dict[str, Any]:
    """An object row as upstream's objectSchema serialises it (null strings become "")."""
    return {
        "name": row.get("name") or "",
        "bucket_id": row.get("bucket_id") or "",
        "owner": str(row["owner"]) if row.get("owner") else "",
        "owner_id": row.get("owner_id") or "",
        "version": row.get("version") or "",
        "id": str(row["id"]) if row.get("id") else None,
        "updated_at": iso(row.get("updated_at")),
        "created_at": iso(row.get("created_at")),
        "last_accessed_at": iso(row.get("last_accessed_at")),
        "metadata": row.get("metadata"),
        "user_metadata": row.get("user_metadata"),
    }


P = ParamSpec("P")


def handler(fn: Callable[P, Awaitable[Response]]) -> Callable[P, Awaitable[Response]]:
    """Render StorageError and database errors the way upstream does."""

    @functools.wraps(fn)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> Response:
        try:
            return await fn(*args, **kwargs)
        except errors.StorageError as exc:
            return exc.response()
        except psycopg.Error as exc:
            return errors.from_database(exc).response()

    return wrapped
