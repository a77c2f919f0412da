"""Signed URLs: `/object/sign` (download) and `/object/upload/sign` (upload)."""

from __future__ import annotations

from typing import Any

from psycopg.errors import UniqueViolation
from psycopg.types.json import Jsonb
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from devstack.storage import errors, signing
from devstack.storage.context import Caller, StorageContext, handler, json_body, owner_uuid
from devstack.storage.files import check_bucket_name, check_key
from devstack.storage.objects import file_response
from devstack.storage.uploads import INSERT_OBJECT, UPSERT_SUFFIX, upload_object


class _Rollback(Exception):
    """Raised inside a transaction to undo a permission probe."""


class SignedRoutes:
    """Handlers for signed download and upload URLs."""

    def __init__(self, ctx: StorageContext) -> None:
        self.ctx = ctx

    @handler
    async def sign_one(self, request: Request) -> Response:
        """POST /object/sign/{bucket}/{key} {expiresIn} -> {signedURL}."""
        caller = self.ctx.caller(request, required=True)
        bucket = check_bucket_name(request.path_params["bucket"])
        key = check_key(request.path_params["key"])
        body = await json_body(request)
        expires_in = signing.parse_expires_in(body.get("expiresIn"))
        await self.ctx.find_object(bucket, key, caller)
        url = f"{bucket}/{key}"
        token = signing.sign_download(url, expires_in, self.ctx.secret)
        return JSONResponse({"signedURL": f"/object/sign/{url}?token={token}"})

    @handler
    async def sign_many(self, request: Request) -> Response:
        """POST /object/sign/{bucket} {expiresIn, paths} -> [{error, path, signedURL}]."""
        caller = self.ctx.caller(request, required=True)
        bucket = check_bucket_name(request.path_params["bucket"])
        body = await json_body(request)
        expires_in = signing.parse_expires_in(body.get("expiresIn"))
        paths = body.get("paths")
        if not isinstance(paths, list) or not paths or len(paths) > 1000:
            raise errors.invalid_request("body/paths must be a non-empty array")
        names = [str(path) for path in paths]
        async with self.ctx.tx(caller) as conn:
            cur = await conn.execute(
                "select name from storage.objects where bucket_id = %s and name = any(%s)",
                [bucket, names],
            )
            found = {row["name"] for row in await cur.fetchall()}
        results: list[dict[str, Any]] = []
        for name in names:
            if name in found:
                url = f"{bucket}/{name}"
                token = signing.sign_download(url, expires_in, self.ctx.secret)
                results.append(
                    {"error": None, "path": name, "signedURL": f"/object/sign/{url}?token={token}"}
                )
            else:
                results.append(
                    {
                        "error": "Either the object does not exist or you do not have access to it",
                        "path": name,
                        "signedURL": None,
                    }
                )
        return JSONResponse(results)

    @handler
    async def download_signed(self, request: Request) -> Response:
        """GET /object/sign/{bucket}/{key}?token=: no credentials, the token decides."""
        bucket = check_bucket_name(request.path_params["bucket"])
        key = request.path_params["key"]
        signing.verify(
            request.query_params.get("token"),
            f"{bucket}/{key}",
            signing.SCOPE_DOWNLOAD,
            self.ctx.secret,
        )
        check_key(key)
        row = await self.ctx.find_object(bucket, key)
        return file_response(self.ctx, request, bucket, key, row)

    async def _probe_insert(self, caller: Caller, bucket: str, key: str, upsert: bool) -> None:
        """Check that RLS would let `caller` write this key, without keeping the row."""
        params = [bucket, key, owner_uuid(caller.owner), caller.owner, Jsonb({}), None, "probe"]
        try:
            async with self.ctx.tx(caller) as conn:
                await conn.execute(INSERT_OBJECT + (UPSERT_SUFFIX if upsert else ""), params)
                raise _Rollback
        except _Rollback:
            return
        except UniqueViolation as exc:
            raise errors.key_already_exists() from exc

    @handler
    async def create_upload_url(self, request: Request) -> Response:
        """POST /object/upload/sign/{bucket}/{key} (x-upsert) -> {url, token}."""
        caller = self.ctx.caller(request, required=True)
        bucket = check_bucket_name(request.path_params["bucket"])
        key = check_key(request.path_params["key"])
        upsert = request.headers.get("x-upsert") == "true"
        await self.ctx.find_bucket(bucket)
        await self._probe_insert(caller, bucket, key, upsert)
        url = f"{bucket}/{key}"
        token = signing.sign_upload(url, caller.owner, upsert, self.ctx.secret)
        return JSONResponse({"url": f"/object/upload/sign/{url}?token={token}", "token": token})

    @handler
    async def upload_signed(self, request: Request) -> Response:
        """PUT /object/upload/sign/{bucket}/{key}?token=: upload as the token's owner."""
        bucket = check_bucket_name(request.path_params["bucket"])
        key = request.path_params["key"]
        claims = signing.verify(
            request.query_params.get("token"),
            f"{bucket}/{key}",
            signing.SCOPE_UPLOAD,
            self.ctx.secret,
        )
        check_key(key)
        owner = claims.get("owner")
        await upload_object(
            self.ctx,
            request,
            None,
            bucket=bucket,
            key=key,
            owner=str(owner) if owner else None,
            upsert=bool(claims.get("upsert")),
        )
        return JSONResponse({"Key": f"{bucket}/{key}"})
