"""Object endpoints: upload, download (authenticated/public/info), remove, move, copy."""

from __future__ import annotations

import urllib.parse
import uuid
from email.utils import format_datetime
from typing import Any

from psycopg.errors import UniqueViolation
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response

from devstack.storage import errors
from devstack.storage.context import (
    Caller,
    StorageContext,
    handler,
    iso,
    json_body,
    now_iso,
    object_json,
    owner_uuid,
)
from devstack.storage.files import Placement, check_bucket_name, check_key
from devstack.storage.uploads import upload_object, write_object


def _target(request: Request) -> tuple[str, str]:
    bucket = check_bucket_name(request.path_params["bucket"])
    return bucket, check_key(request.path_params.get("key"))


def file_response(
    ctx: StorageContext, request: Request, bucket: str, key: str, row: dict[str, Any]
) -> Response:
    """The object's bytes with the headers upstream's asset renderer sets."""
    path = ctx.files.path(bucket, key)
    if not path.is_file():
        raise errors.no_such_key()
    metadata = row.get("metadata") or {}
    headers = {
        "cache-control": str(metadata.get("cacheControl") or "no-cache"),
        "etag": str(metadata.get("eTag") or ""),
        "accept-ranges": "bytes",
    }
    if row.get("updated_at"):
        headers["last-modified"] = format_datetime(row["updated_at"], usegmt=True)
    if "download" in request.query_params:
        name = request.query_params["download"] or key.rsplit("/", 1)[-1]
        quoted = urllib.parse.quote(name)
        headers["content-disposition"] = f"attachment; filename={quoted}; filename*=UTF-8''{quoted}"
    return FileResponse(
        path,
        headers=headers,
        media_type=str(metadata.get("mimetype") or "application/octet-stream"),
    )


def info_json(row: dict[str, Any]) -> dict[str, Any]:
    """GET /object/info's body (upstream's InfoRenderer)."""
    metadata = row.get("metadata") or {}
    return {
        "id": str(row["id"]),
        "name": row["name"],
        "version": row.get("version"),
        "bucket_id": row["bucket_id"],
        "size": metadata.get("size"),
        "content_type": metadata.get("mimetype"),
        "cache_control": metadata.get("cacheControl"),
        "etag": metadata.get("eTag"),
        "metadata": row.get("user_metadata"),
        "last_modified": iso(row.get("updated_at")),
        "created_at": iso(row.get("created_at")),
    }


class ObjectRoutes:
    """Handlers for the object API."""

    def __init__(self, ctx: StorageContext) -> None:
        self.ctx = ctx

    async def _visible_object(
        self, request: Request, bucket: str, key: str, *, mode: str
    ) -> dict[str, Any]:
        """Find an object as upstream's getObject does for `mode` public/auth/optional."""
        if mode == "public":
            row = await self.ctx.find_bucket(bucket)
            if not row.get("public"):
                raise errors.no_such_bucket()
            return await self.ctx.find_object(bucket, key)
        caller = self.ctx.caller(request, required=mode == "auth")
        bucket_row = await self.ctx.find_bucket(bucket)
        if not caller.authenticated and not bucket_row.get("public"):
            raise errors.no_such_bucket()
        if bucket_row.get("public"):
            return await self.ctx.find_object(bucket, key)
        return await self.ctx.find_object(bucket, key, caller)

    @handler
    async def download(self, request: Request) -> Response:
        """GET /object/{bucket}/{key}: JWT optional, private buckets need RLS to agree."""
        bucket, key = _target(request)
        row = await self._visible_object(request, bucket, key, mode="optional")
        return file_response(self.ctx, request, bucket, key, row)

    @handler
    async def download_authenticated(self, request: Request) -> Response:
        """GET /object/authenticated/{bucket}/{key}: JWT required."""
        bucket, key = _target(request)
        row = await self._visible_object(request, bucket, key, mode="auth")
        return file_response(self.ctx, request, bucket, key, row)

    @handler
    async def download_public(self, request: Request) -> Response:
        """GET /object/public/{bucket}/{key}: public buckets only, no credentials."""
        bucket, key = _target(request)
        row = await self._visible_object(request, bucket, key, mode="public")
        return file_response(self.ctx, request, bucket, key, row)

    async def _info(self, request: Request, mode: str) -> Response:
        bucket, key = _target(request)
        row = await self._visible_object(request, bucket, key, mode=mode)
        return JSONResponse(info_json(row))

    @handler
    async def info(self, request: Request) -> Response:
        """GET /object/info/{bucket}/{key}: JWT optional."""
        return await self._info(request, "optional")

    @handler
    async def info_authenticated(self, request: Request) -> Response:
        """GET /object/info/authenticated/{bucket}/{key}: JWT required."""
        return await self._info(request, "auth")

    @handler
    async def info_public(self, request: Request) -> Response:
        """GET /object/info/public/{bucket}/{key}: public buckets only."""
        return await self._info(request, "public")

    @handler
    async def upload(self, request: Request) -> Response:
        """POST (x-upsert optional) or PUT (always upsert) /object/{bucket}/{key}."""
        caller = self.ctx.caller(request, required=True)
        bucket, key = _target(request)
        upsert = request.method == "PUT" or request.headers.get("x-upsert") == "true"
        object_id = await upload_object(
            self.ctx, request, caller, bucket=bucket, key=key, owner=caller.owner, upsert=upsert
        )
        return JSONResponse({"Id": object_id, "Key": f"{bucket}/{key}"})

    @handler
    async def remove_many(self, request: Request) -> Response:
        """DELETE /object/{bucket} {prefixes: [...]}: returns the deleted rows."""
        caller = self.ctx.caller(request, required=True)
        bucket = check_bucket_name(request.path_params["bucket"])
        body = await json_body(request)
        prefixes = body.get("prefixes")
        if not isinstance(prefixes, list) or not prefixes:
            raise errors.invalid_request("body/prefixes must NOT have fewer than 1 items")
        if len(prefixes) > 1000:
            raise errors.invalid_request("Bulk object requests are limited to 1000 objects")
        names = [str(p) for p in prefixes]
        async with self.ctx.tx(caller, allow_delete=True) as conn:
            cur = await conn.execute(
                "delete from storage.objects where bucket_id = %s and name = any(%s) returning *",
                [bucket, names],
            )
            rows = [dict(row) for row in await cur.fetchall()]
        for row in rows:
            self.ctx.files.delete(bucket, row["name"])
        return JSONResponse([object_json(row) for row in rows])

    @handler
    async def remove_one(self, request: Request) -> Response:
        """DELETE /object/{bucket}/{key}."""
        caller = self.ctx.caller(request, required=True)
        bucket, key = _target(request)
        async with self.ctx.key_lock(bucket, key):
            async with self.ctx.tx(caller, allow_delete=True) as conn:
                cur = await conn.execute(
                    "delete from storage.objects where bucket_id = %s and name = %s",
                    [bucket, key],
                )
                deleted = cur.rowcount
            if deleted:
                self.ctx.files.delete(bucket, key)
        if not deleted:
            # Missing and hidden by RLS answer alike, as upstream: no existence oracle.
            raise errors.no_such_key()
        return JSONResponse({"message": "Successfully deleted"})

    def _move_args(self, body: dict[str, Any]) -> tuple[str, str, str, str]:
        for name in ("bucketId", "sourceKey", "destinationKey"):
            if not isinstance(body.get(name), str):
                raise errors.invalid_request(f"body must have required property '{name}'")
        bucket = check_bucket_name(body["bucketId"])
        destination_bucket = check_bucket_name(body.get("destinationBucket") or bucket)
        return (
            bucket,
            check_key(body["sourceKey"]),
            destination_bucket,
            check_key(body["destinationKey"]),
        )

    async def _move(
        self, caller: Caller, bucket: str, source: str, dest_bucket: str, dest: str
    ) -> None:
        """Rename the row as the caller (RLS must allow its new place) and move the bytes.

        The bytes move while the transaction is open and move back if it fails to commit,
        so the row and the file never end up under different keys.
        """
        placed: Placement | None = None
        try:
            async with self.ctx.tx(caller) as conn:
                try:
                    cur = await conn.execute(
                        "update storage.objects set name = %s, bucket_id = %s, version = %s,"
                        " owner = coalesce(%s::uuid, owner), owner_id = coalesce(%s, owner_id)"
                        " where bucket_id = %s and name = %s",
                        [
                            dest,
                            dest_bucket,
                            str(uuid.uuid4()),
                            owner_uuid(caller.owner),
                            caller.owner,
                            bucket,
                            source,
                        ],
                    )
                except UniqueViolation as exc:
                    raise errors.StorageError(
                        409,
                        "ResourceAlreadyExists",
                        "The resource already exists",
                        error="Duplicate",
                    ) from exc
                if not cur.rowcount:
                    raise errors.no_such_key()
                placed = self.ctx.files.relocate(bucket, source, dest_bucket, dest)
        except BaseException:
            if placed is not None:
                self.ctx.files.undo(placed)
            raise
        self.ctx.files.settle(placed)

    @handler
    async def move(self, request: Request) -> Response:
        """POST /object/move {bucketId, sourceKey, destinationKey, destinationBucket?}."""
        caller = self.ctx.caller(request, required=True)
        bucket, source, dest_bucket, dest = self._move_args(await json_body(request))
        source_row = await self.ctx.find_object(bucket, source, caller)
        if (bucket, source) != (dest_bucket, dest):
            await self.ctx.find_bucket(dest_bucket)
            self.ctx.files.check_writable(dest_bucket, dest)
            first, second = sorted([(bucket, source), (dest_bucket, dest)])
            async with self.ctx.key_lock(*first), self.ctx.key_lock(*second):
                await self._move(caller, bucket, source, dest_bucket, dest)
        return JSONResponse(
            {"message": "Successfully moved", "Id": str(source_row["id"]), "Key": dest}
        )

    @handler
    async def copy(self, request: Request) -> Response:
        """POST /object/copy: new row as the caller (RLS), then the copied bytes."""
        caller = self.ctx.caller(request, required=True)
        body = await json_body(request)
        bucket, source, dest_bucket, dest = self._move_args(body)
        source_row = await self.ctx.find_object(bucket, source, caller)
        await self.ctx.find_bucket(dest_bucket)
        metadata = dict(source_row.get("metadata") or {})
        copy_metadata = body.get("copyMetadata", True) is not False
        if not copy_metadata and isinstance(body.get("metadata"), dict):
            for field in ("cacheControl", "mimetype"):
                if field in body["metadata"]:
                    metadata[field] = body["metadata"][field]
        user_metadata = source_row.get("user_metadata") if copy_metadata else None
        stored = self.ctx.files.copy_to_temp(bucket, source)
        metadata.update({"eTag": f'"{stored.md5}"', "size": stored.size, "lastModified": now_iso()})
        await write_object(
            self.ctx,
            caller,
            bucket=dest_bucket,
            key=dest,
            stored=stored,
            metadata=metadata,
            user_metadata=user_metadata,
            owner=caller.owner,
            upsert=request.headers.get("x-upsert") == "true",
        )
        row = await self.ctx.find_object(dest_bucket, dest)
        return JSONResponse(
            {"Id": str(row["id"]), "Key": f"{dest_bucket}/{dest}", **object_json(row)}
        )
