"""Uploads: reading the body as the clients send it, then the row-first, bytes-second write.

supabase-js and storage3 send either `multipart/form-data` (a file part plus the
`cacheControl`/`metadata` fields) or a raw body with `content-type`, `cache-control` and
`x-metadata` headers. The row is inserted as the caller (RLS decides) and only once that
transaction has committed does the temp file move into place, so a refused upload leaves
nothing on disk.
"""

from __future__ import annotations

import base64
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

from psycopg.errors import UniqueViolation
from psycopg.types.json import Jsonb
from starlette.requests import Request

from devstack.storage import errors
from devstack.storage.context import Caller, StorageContext, now_iso, owner_uuid
from devstack.storage.files import StoredFile, is_empty_folder

# Room for multipart boundaries and the small text fields around the file part.
MULTIPART_OVERHEAD = 1024 * 1024
MAX_USER_METADATA = 1024 * 1024
PARAM = r'{}="((?:[^"\\]|\\.)*)"'


@dataclass
class Upload:
    """One file as received."""

    data: bytes
    mimetype: str
    cache_control: str
    user_metadata: dict[str, Any] | None


async def read_capped(request: Request, cap: int) -> bytes:
    """The request body, refusing (as upstream does) anything above `cap` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise errors.entity_too_large()
    chunks: list[bytes] = []
    total = 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > cap:
            raise errors.entity_too_large()
        chunks.append(chunk)
    return b"".join(chunks)


def _param(header: str, name: str) -> str | None:
    match = re.search(PARAM.format(name), header, re.IGNORECASE)
    if match:
        return match.group(1)
    bare = re.search(rf"{name}=([^;\s]+)", header, re.IGNORECASE)
    return bare.group(1) if bare else None


def parse_multipart(body: bytes, content_type: str) -> tuple[dict[str, str], Upload | None]:
    """Split a multipart body into its text fields and its (first) file part."""
    boundary = _param(content_type, "boundary")
    if not boundary:
        raise errors.no_content()
    delimiter = b"\r\n--" + boundary.encode()
    fields: dict[str, str] = {}
    file_part: Upload | None = None
    for raw in (b"\r\n" + body).split(delimiter)[1:]:
        if raw.startswith(b"--"):
            break
        head, _, content = raw.partition(b"\r\n\r\n")
        headers: dict[str, str] = {}
        for line in head.decode("utf-8", "replace").split("\r\n"):
            name, sep, value = line.partition(":")
            if sep:
                headers[name.strip().lower()] = value.strip()
        disposition = headers.get("content-disposition", "")
        field = _param(disposition, "name") or ""
        filename = _param(disposition, "filename")
        if filename is not None or "content-type" in headers:
            if file_part is None:
                mimetype = headers.get("content-type") or "application/octet-stream"
                file_part = Upload(content, mimetype, "", None)
        else:
            fields[field] = content.decode("utf-8", "replace")
    return fields, file_part


def parse_user_metadata(text: str | None, *, base64_encoded: bool) -> dict[str, Any] | None:
    """Custom metadata: JSON in the form field, base64 JSON in `x-metadata`."""
    if text is None:
        return None
    if len(text.encode()) > MAX_USER_METADATA:
        raise errors.entity_too_large("user_metadata")
    try:
        raw = base64.b64decode(text).decode() if base64_encoded else text
        value = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None
    return value if isinstance(value, dict) else None


def check_mime(mimetype: str, allowed: list[str] | None, key: str) -> None:
    """Refuse a content type outside the bucket's list (`type/*` wildcards allowed)."""
    if not allowed or is_empty_folder(key):
        return
    requested = mimetype.split(";")[0].strip().split("/")
    if len(requested) < 2:
        raise errors.invalid_mime_type(mimetype)
    kind, sub = requested[0], requested[1]
    for entry in allowed:
        parts = entry.split(";")[0].strip().split("/")
        if len(parts) < 2:
            continue
        if parts[0] == kind and parts[1] in ("*", sub):
            return
    raise errors.invalid_mime_type(mimetype)


async def read_upload(
    request: Request, key: str, bucket: dict[str, Any], global_limit: int
) -> Upload:
    """Read and validate the uploaded file against the bucket's size and MIME limits."""
    limit = 0 if is_empty_folder(key) else global_limit
    if bucket.get("file_size_limit") is not None:
        limit = min(limit, int(bucket["file_size_limit"]))
    content_type = request.headers.get("content-type", "")
    allowed = bucket.get("allowed_mime_types")
    if content_type.lower().startswith("multipart/form-data"):
        body = await read_capped(request, limit + MULTIPART_OVERHEAD)
        fields, upload = parse_multipart(body, content_type)
        if upload is None:
            raise errors.no_content()
        if fields.get("contentType"):
            upload.mimetype = fields["contentType"]
        cache = fields.get("cacheControl")
        upload.cache_control = f"max-age={cache}" if cache else "no-cache"
        check_mime(upload.mimetype, allowed, key)
        upload.user_metadata = parse_user_metadata(
            fields.get("metadata", fields.get("userMetadata")), base64_encoded=False
        )
        if len(upload.data) > limit:
            raise errors.entity_too_large()
        return upload
    mimetype = content_type or "application/octet-stream"
    check_mime(mimetype, allowed, key)
    user_metadata = parse_user_metadata(request.headers.get("x-metadata"), base64_encoded=True)
    data = await read_capped(request, limit)
    cache_control = request.headers.get("cache-control") or "no-cache"
    return Upload(data, mimetype, cache_control, user_metadata)


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
    """Insert/upsert the row as `caller`, then move the bytes into place; returns the id."""
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
            try:
                async with ctx.tx(caller) as conn:
                    await conn.execute(INSERT_OBJECT + (UPSERT_SUFFIX if upsert else ""), params)
            except UniqueViolation as exc:
                raise errors.key_already_exists() from exc
            ctx.files.commit(stored, bucket, key)
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
    upload = await read_upload(request, key, bucket_row, ctx.file_size_limit)
    stored = ctx.files.write_temp(upload.data)
    metadata = file_metadata(stored, upload.mimetype, upload.cache_control)
    return await write_object(
        ctx,
        caller,
        bucket=bucket,
        key=key,
        stored=stored,
        metadata=metadata,
        user_metadata=upload.user_metadata,
        owner=owner,
        upsert=upsert,
    )
