"""Reading an upload body as the clients send it, straight to a temp file.

supabase-js and storage3 send either `multipart/form-data` (one file part, possibly with
an empty field name, plus `cacheControl`/`metadata` fields) or a raw body with
`content-type`, `cache-control` and `x-metadata` headers. Either way the body is read once,
the file bytes go straight to a temp file with the size limit enforced while streaming, so
large files never sit in memory and nothing reaches the bucket folder before the row commits.
Multipart framing is python-multipart's streaming parser; this module only decides what each
part means.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

from devstack.storage import errors
from devstack.storage.files import FileStore, StoredFile, is_empty_folder

# Room for multipart boundaries and the small text fields around the file part.
MULTIPART_OVERHEAD = 1024 * 1024
MAX_USER_METADATA = 1024 * 1024


@dataclass
class Upload:
    """One received file (already in a temp file) and what came with it."""

    stored: StoredFile
    mimetype: str
    cache_control: str
    user_metadata: dict[str, Any] | None


def check_declared_length(request: Request, cap: int) -> None:
    """Refuse early when the client announces a body above `cap` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise errors.entity_too_large()


async def spool(request: Request, cap: int, store: FileStore) -> StoredFile:
    """Stream the body to a temp file, refusing (like upstream) anything above `cap` bytes."""
    check_declared_length(request, cap)
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


class MultipartReader:
    """Feed a multipart body chunk by chunk; the first file part lands in a temp file.

    A part is the file when it has a `filename` or a `Content-Type` header (supabase-js
    sends `name=""`); later file parts are skipped. Text fields are kept in memory, each
    capped at MAX_USER_METADATA. Refusals are raised from `feed` as soon as a limit is
    crossed; call `discard` on any failure so no temp file is left behind.
    """

    def __init__(
        self,
        content_type: str,
        *,
        limit: int,
        store: FileStore,
        allowed: list[str] | None = None,
        key: str = "",
    ) -> None:
        boundary = parse_options_header(content_type)[1].get(b"boundary")
        if not boundary:
            raise errors.no_content()
        self.limit = limit
        self.cap = limit + MULTIPART_OVERHEAD
        self.store = store
        self.allowed = allowed
        self.key = key
        self.fields: dict[str, str] = {}
        self.received = 0
        self.mimetype = ""
        self.stored: StoredFile | None = None
        self._path: Path | None = None
        self._handle: BinaryIO | None = None
        self._digest = hashlib.md5()
        self._size = 0
        self._headers: dict[str, str] = {}
        self._header_name = bytearray()
        self._header_value = bytearray()
        self._text: bytearray | None = None
        self._text_name = ""
        try:
            self._parser = MultipartParser(
                boundary,
                callbacks={
                    "on_part_begin": self._part_begin,
                    "on_header_field": self._header_field,
                    "on_header_value": self._header_value_data,
                    "on_header_end": self._header_end,
                    "on_headers_finished": self._headers_finished,
                    "on_part_data": self._part_data,
                    "on_part_end": self._part_end,
                },
            )
        except FormParserError as exc:  # e.g. a boundary longer than the parser accepts
            raise errors.no_content() from exc

    def feed(self, chunk: bytes) -> None:
        """Parse the next piece of the body, enforcing the whole-body cap."""
        self.received += len(chunk)
        if self.received > self.cap:
            raise errors.entity_too_large()
        try:
            self._parser.write(chunk)
        except FormParserError as exc:
            raise errors.no_content() from exc

    def finish(self) -> tuple[dict[str, str], StoredFile]:
        """The text fields and the complete file part; no (complete) file part is no content."""
        self._parser.finalize()
        if self.stored is None:
            raise errors.no_content()
        return self.fields, self.stored

    def discard(self) -> None:
        """Close and remove the temp file, finished or not."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        if self._path is not None:
            self._path.unlink(missing_ok=True)

    def _part_begin(self) -> None:
        self._headers = {}
        self._text = None

    def _header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def _header_value_data(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def _header_end(self) -> None:
        name = self._header_name.decode("utf-8", "replace").strip().lower()
        self._headers[name] = self._header_value.decode("utf-8", "replace").strip()
        self._header_name.clear()
        self._header_value.clear()

    def _headers_finished(self) -> None:
        params = parse_options_header(self._headers.get("content-disposition"))[1]
        if b"filename" in params or "content-type" in self._headers:
            if self._path is None:
                self.mimetype = self._headers.get("content-type") or "application/octet-stream"
                # Refuse a disallowed type before any byte is written, like upstream.
                check_mime(self.fields.get("contentType") or self.mimetype, self.allowed, self.key)
                self._path = self.store.temp_path()
                # Stays open across parser callbacks; closed in _part_end or discard.
                self._handle = open(self._path, "wb")  # noqa: SIM115
        else:
            self._text = bytearray()
            self._text_name = params.get(b"name", b"").decode("utf-8", "replace")

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        if self._handle is not None:
            self._size += end - start
            if self._size > self.limit:
                raise errors.entity_too_large()
            piece = memoryview(data)[start:end]
            self._digest.update(piece)
            self._handle.write(piece)
        elif self._text is not None:
            if len(self._text) + end - start > MAX_USER_METADATA:
                raise errors.entity_too_large("user_metadata")
            self._text += data[start:end]

    def _part_end(self) -> None:
        if self._handle is not None and self._path is not None:
            self._handle.close()
            self._handle = None
            self.stored = StoredFile(self._path, self._size, self._digest.hexdigest())
        elif self._text is not None:
            self.fields[self._text_name] = self._text.decode("utf-8", "replace")
            self._text = None


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
    request: Request, key: str, bucket: dict[str, Any], global_limit: int, store: FileStore
) -> Upload:
    """Read the body once into a temp file, validated against the bucket's size/MIME limits."""
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

    check_declared_length(request, limit + MULTIPART_OVERHEAD)
    reader = MultipartReader(content_type, limit=limit, store=store, allowed=allowed, key=key)
    try:
        async for chunk in request.stream():
            reader.feed(chunk)
        fields, stored = reader.finish()
        # A `contentType` field sent after the file part still decides the type.
        mimetype = fields.get("contentType") or reader.mimetype
        check_mime(mimetype, allowed, key)
        cache = fields.get("cacheControl")
        user_metadata = parse_user_metadata(
            fields.get("metadata", fields.get("userMetadata")), base64_encoded=False
        )
    except BaseException:
        reader.discard()
        raise
    return Upload(stored, mimetype, f"max-age={cache}" if cache else "no-cache", user_metadata)
