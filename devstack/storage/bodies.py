"""Reading an upload body as the clients send it, straight to a temp file.

supabase-js and storage3 send either `multipart/form-data` (one file part, possibly with
an empty field name, plus `cacheControl`/`metadata` fields) or a raw body with
`content-type`, `cache-control` and `x-metadata` headers. Bodies are spooled to the temp
folder with the size limit enforced while streaming, so large files never sit in memory
and nothing reaches the bucket folder before the row commits.
"""

from __future__ import annotations

import base64
import hashlib
import json
import mmap
import re
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

from devstack.storage import errors
from devstack.storage.files import CHUNK, FileStore, StoredFile, is_empty_folder

# Room for multipart boundaries and the small text fields around the file part.
MULTIPART_OVERHEAD = 1024 * 1024
MAX_USER_METADATA = 1024 * 1024
PARAM = r'{}="((?:[^"\\]|\\.)*)"'


@dataclass
class Upload:
    """One received file (already in a temp file) and what came with it."""

    stored: StoredFile
    mimetype: str
    cache_control: str
    user_metadata: dict[str, Any] | None


@dataclass(frozen=True)
class FilePart:
    """Where the file part's bytes lie inside a multipart body."""

    start: int
    end: int
    mimetype: str


async def spool(request: Request, cap: int, store: FileStore) -> StoredFile:
    """Stream the body to a temp file, refusing (like upstream) anything above `cap` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise errors.entity_too_large()
    path = store.temp_path()
    digest = hashlib.md5()
    size = 0
    try:
        with open(path, "wb") as handle:
            async for chunk in request.stream():
                size += len(chunk)
                if size > cap:
                    raise errors.entity_too_large()
                digest.update(chunk)
                handle.write(chunk)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return StoredFile(path, size, digest.hexdigest())


def _param(header: str, name: str) -> str | None:
    match = re.search(PARAM.format(name), header, re.IGNORECASE)
    if match:
        return match.group(1)
    bare = re.search(rf"{name}=([^;\s]+)", header, re.IGNORECASE)
    return bare.group(1) if bare else None


def parse_multipart(
    body: bytes | mmap.mmap, content_type: str
) -> tuple[dict[str, str], FilePart | None]:
    """The text fields of a multipart body and the location of its (first) file part."""
    boundary = _param(content_type, "boundary")
    if not boundary:
        raise errors.no_content()
    finder = body
    delimiter = b"--" + boundary.encode()
    fields: dict[str, str] = {}
    part: FilePart | None = None
    position = finder.find(delimiter)
    while position >= 0:
        start = position + len(delimiter)
        if finder[start : start + 2] == b"--":
            break
        if finder[start : start + 2] == b"\r\n":
            start += 2
        head_end = finder.find(b"\r\n\r\n", start)
        end = finder.find(b"\r\n" + delimiter, head_end + 4) if head_end >= 0 else -1
        if end < 0:
            break
        headers: dict[str, str] = {}
        for line in bytes(finder[start:head_end]).decode("utf-8", "replace").split("\r\n"):
            name, sep, value = line.partition(":")
            if sep:
                headers[name.strip().lower()] = value.strip()
        disposition = headers.get("content-disposition", "")
        if _param(disposition, "filename") is not None or "content-type" in headers:
            if part is None:
                mimetype = headers.get("content-type") or "application/octet-stream"
                part = FilePart(head_end + 4, end, mimetype)
        elif end - head_end - 4 <= MAX_USER_METADATA:
            text = bytes(finder[head_end + 4 : end]).decode("utf-8", "replace")
            fields[_param(disposition, "name") or ""] = text
        else:
            raise errors.entity_too_large("user_metadata")
        position = end + 2
    return fields, part


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


def _extract(
    spooled: StoredFile, content_type: str, store: FileStore
) -> tuple[dict[str, str], StoredFile, str]:
    """Copy the file part of a spooled multipart body into its own temp file."""
    if spooled.size == 0:
        raise errors.no_content()
    with (
        open(spooled.path, "rb") as handle,
        mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as body,
    ):
        fields, part = parse_multipart(body, content_type)
        if part is None:
            raise errors.no_content()
        path = store.temp_path()
        digest = hashlib.md5()
        with open(path, "wb") as out:
            for offset in range(part.start, part.end, CHUNK):
                chunk = body[offset : min(offset + CHUNK, part.end)]
                digest.update(chunk)
                out.write(chunk)
    return fields, StoredFile(path, part.end - part.start, digest.hexdigest()), part.mimetype


async def read_upload(
    request: Request, key: str, bucket: dict[str, Any], global_limit: int, store: FileStore
) -> Upload:
    """Spool and validate the uploaded file against the bucket's size and MIME limits."""
    limit = 0 if is_empty_folder(key) else global_limit
    if bucket.get("file_size_limit") is not None:
        limit = min(limit, int(bucket["file_size_limit"]))
    content_type = request.headers.get("content-type", "")
    allowed = bucket.get("allowed_mime_types")
    if not content_type.lower().startswith("multipart/form-data"):
        mimetype = content_type or "application/octet-stream"
        check_mime(mimetype, allowed, key)
        user_metadata = parse_user_metadata(request.headers.get("x-metadata"), base64_encoded=True)
        raw = await spool(request, limit, store)
        cache_control = request.headers.get("cache-control") or "no-cache"
        return Upload(raw, mimetype, cache_control, user_metadata)

    spooled = await spool(request, limit + MULTIPART_OVERHEAD, store)
    stored: StoredFile | None = None
    try:
        fields, stored, part_mimetype = _extract(spooled, content_type, store)
        mimetype = fields.get("contentType") or part_mimetype
        check_mime(mimetype, allowed, key)
        if stored.size > limit:
            raise errors.entity_too_large()
        cache = fields.get("cacheControl")
        user_metadata = parse_user_metadata(
            fields.get("metadata", fields.get("userMetadata")), base64_encoded=False
        )
    except BaseException:
        store.discard(stored)
        raise
    finally:
        store.discard(spooled)
    return Upload(stored, mimetype, f"max-age={cache}" if cache else "no-cache", user_metadata)
