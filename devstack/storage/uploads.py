"""Uploads: the row and the bytes change together or not at all.

The row is written as the caller (RLS decides), the temp file is renamed into place while
that transaction is still open, and only then does it commit; a refused row never touches
the bucket folder, a failed rename rolls the row back, and a failed commit puts the
previous bytes back. So "the API said OK" means both exist and an error means neither
changed.
"""

from __future__ import annotations

import uuid
from typing import Any

from psycopg.errors import UniqueViolation
from psycopg.types.json import Jsonb
from starlette.requests import Request

from devstack.storage import errors
from devstack.storage.bodies import read_upload
from devstack.storage.context import Caller, StorageContext, now_iso, owner_uuid
from devstack.storage.files import Placement, StoredFile


def file_metadata(stored: StoredFile, mimetype: str, cache_control: str) -> dict[str, Any]:
    """The `metadata` column upstream's S3/file backend records."""
    return {
        "eTag": f'"{stored.md5}"',
        "size": stored.size,
        "mimetype": mimetype,
        "cacheControl": cache_control,
        "lastModified": now_iso(),
        "contentLength": stored.size,
        "httpStatusCode": 200,
    }


INSERT_OBJECT = (
    "insert into storage.objects"
    " (bucket_id, name, owner, owner_id, metadata, user_metadata, version)"
    " values (%s, %s, %s, %s, %s, %s, %s)"
)
UPSERT_SUFFIX = (
    " on conflict (name, bucket_id) do update set metadata = excluded.metadata,"
    " user_metadata = excluded.user_metadata, version = excluded.version,"
    " owner = excluded.owner, owner_id = excluded.owner_id"
)


async def write_object(
    ctx: StorageContext,
    caller: Caller | None,
    *,
    bucket: str,
    key: str,
    stored: StoredFile,
    metadata: dict[str, Any],
    user_metadata: dict[str, Any] | None,
    owner: str | None,
    upsert: bool,
) -> str:
    """Insert/upsert the row as `caller` and put the bytes in place atomically; returns the id."""
    try:
        ctx.files.check_writable(bucket, key)
        params = [
            bucket,
            key,
            owner_uuid(owner),
            owner,
            Jsonb(metadata),
            Jsonb(user_metadata) if user_metadata is not None else None,
            str(uuid.uuid4()),
        ]
        # No RETURNING: that would demand a SELECT policy on top of INSERT, which
        # upstream's permission check does not.
        async with ctx.key_lock(bucket, key):
            placed: Placement | None = None
            try:
                async with ctx.tx(caller) as conn:
                    try:
                        await conn.execute(
                            INSERT_OBJECT + (UPSERT_SUFFIX if upsert else ""), params
                        )
                    except UniqueViolation as exc:
                        raise errors.key_already_exists() from exc
                    placed = ctx.files.place(stored, bucket, key)
            except BaseException:
                if placed is not None:
                    ctx.files.undo(placed)
                raise
            ctx.files.settle(placed)
    finally:
        ctx.files.discard(stored)
    row = await ctx.find_object(bucket, key)
    return str(row["id"])


async def upload_object(
    ctx: StorageContext,
    request: Request,
    caller: Caller | None,
    *,
    bucket: str,
    key: str,
    owner: str | None,
    upsert: bool,
) -> str:
    """The whole upload: limits, temp file, row as the caller, bytes into place."""
    bucket_row = await ctx.find_bucket(bucket)
    upload = await read_upload(request, key, bucket_row, ctx.file_size_limit, ctx.files)
    metadata = file_metadata(upload.stored, upload.mimetype, upload.cache_control)
    return await write_object(
        ctx,
        caller,
        bucket=bucket,
        key=key,
        stored=upload.stored,
        metadata=metadata,
        user_metadata=upload.user_metadata,
        owner=owner,
        upsert=upsert,
    )
