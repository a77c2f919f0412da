"""Bucket endpoints: `/bucket` create, list, get, update, empty, delete.

Every statement runs as the caller's role, so `storage.buckets` RLS decides (on hosted
Supabase only service_role may manage buckets unless a migration adds policies).
"""

from __future__ import annotations

import re
from typing import Any

from psycopg.errors import UniqueViolation
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from devstack.storage import errors
from devstack.storage.context import StorageContext, handler, iso, json_body, owner_uuid
from devstack.storage.files import check_bucket_name

LIST_COLUMNS = (
    "id",
    "name",
    "public",
    "owner",
    "created_at",
    "updated_at",
    "file_size_limit",
    "allowed_mime_types",
    "type",
)
SORT_COLUMNS = ("id", "name", "created_at", "updated_at")
MIME_PATTERN = re.compile(
    r"^([a-zA-Z0-9\-+.]+)/([a-zA-Z0-9\-+.]+)(;\s*charset=[a-zA-Z0-9\-]+)?$|\*$"
)
SIZE_PATTERN = re.compile(r"^([0-9]+(?:\.[0-9]+)?)(gb|mb|kb|b)$", re.IGNORECASE)
SIZE_UNITS = {"gb": 10**9, "mb": 10**6, "kb": 1000, "b": 1}


def bucket_json(row: dict[str, Any]) -> dict[str, Any]:
    """A bucket row as upstream's bucketSchema serialises it."""
    return {
        "id": row["id"],
        "name": row["name"],
        "owner": str(row["owner"]) if row.get("owner") else "",
        "public": bool(row.get("public")),
        "type": row.get("type") or "STANDARD",
        "file_size_limit": row.get("file_size_limit"),
        "allowed_mime_types": row.get("allowed_mime_types"),
        "created_at": iso(row.get("created_at")),
        "updated_at": iso(row.get("updated_at")),
    }


def parse_size_limit(value: Any, global_limit: int) -> int | None:
    """`file_size_limit` as bytes: an integer or a string like "20MB" (decimal units)."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise errors.invalid_request("body/file_size_limit must be integer")
    if isinstance(value, int | float):
        if value < 0 or (isinstance(value, float) and not value.is_integer()):
            raise errors.invalid_request("body/file_size_limit must be >= 0")
        size = int(value)
    elif isinstance(value, str):
        match = SIZE_PATTERN.match(value)
        if not match:
            raise errors.invalid_request(
                "Invalid file size format, hint: use 20GB / 20MB / 30KB / 3B"
            )
        size = int(float(f"{float(match.group(1)):.3g}") * SIZE_UNITS[match.group(2).lower()])
    else:
        raise errors.invalid_request("body/file_size_limit must be integer")
    if size > global_limit:
        raise errors.entity_too_large()
    return size


def parse_mime_types(value: Any) -> list[str] | None:
    """`allowed_mime_types` validated like upstream (`type/subtype`, `type/*`, `*`)."""
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise errors.invalid_request("body/allowed_mime_types must be array")
    types = [v for v in value if v]
    for mime in types:
        if len(mime) > 1000 or not MIME_PATTERN.search(mime):
            raise errors.invalid_mime_type(mime)
    return types


class BucketRoutes:
    """Handlers for the bucket API."""

    def __init__(self, ctx: StorageContext) -> None:
        self.ctx = ctx

    @handler
    async def list_buckets(self, request: Request) -> Response:
        """GET /bucket with optional limit, offset, sortColumn, sortOrder, search."""
        caller = self.ctx.caller(request, required=True)
        query = request.query_params
        where = ""
        params: list[Any] = []
        if query.get("search"):
            escaped = re.sub(r"([\\%_])", r"\\\1", query["search"])
            where, params = "where name ilike %s", [f"%{escaped}%"]
        order = ""
        if query.get("sortColumn"):
            column = query["sortColumn"]
            if column not in SORT_COLUMNS:
                raise errors.invalid_request(
                    "querystring/sortColumn must be equal to one of the allowed values"
                )
            direction = "desc" if query.get("sortOrder", "asc").lower() == "desc" else "asc"
            order = f"order by {column} {direction}"
        paging = ""
        for name, minimum in (("limit", 1), ("offset", 0)):
            if name in query:
                try:
                    number = int(query[name])
                except ValueError as exc:
                    raise errors.invalid_request(f"querystring/{name} must be integer") from exc
                if number < minimum:
                    raise errors.invalid_request(f"querystring/{name} must be >= {minimum}")
                paging += f" {name} {number}"
        sql = f"select {', '.join(LIST_COLUMNS)} from storage.buckets {where} {order} {paging}"
        async with self.ctx.tx(caller) as conn:
            cur = await conn.execute(sql, params)
            rows = await cur.fetchall()
        return JSONResponse([bucket_json(dict(row)) for row in rows])

    @handler
    async def get_bucket(self, request: Request) -> Response:
        """GET /bucket/{id}."""
        caller = self.ctx.caller(request, required=True)
        row = await self.ctx.find_bucket(request.path_params["bucket"], caller)
        return JSONResponse(bucket_json(row))

    @handler
    async def create_bucket(self, request: Request) -> Response:
        """POST /bucket {id?, name, public?, file_size_limit?, allowed_mime_types?}."""
        caller = self.ctx.caller(request, required=True)
        body = await json_body(request)
        name = body.get("name")
        if not isinstance(name, str):
            raise errors.invalid_request("body must have required property 'name'")
        bucket_id = body.get("id") or name
        if not isinstance(bucket_id, str):
            raise errors.invalid_request("body/id must be string")
        check_bucket_name(name)
        check_bucket_name(bucket_id)
        size = parse_size_limit(body.get("file_size_limit"), self.ctx.file_size_limit)
        mimes = parse_mime_types(body.get("allowed_mime_types"))
        try:
            async with self.ctx.tx(caller) as conn:
                await conn.execute(
                    "insert into storage.buckets"
                    " (id, name, owner, owner_id, public, file_size_limit, allowed_mime_types)"
                    " values (%s, %s, %s, %s, %s, %s, %s)",
                    [
                        bucket_id,
                        name,
                        owner_uuid(caller.owner),
                        caller.owner,
                        bool(body.get("public") or False),
                        size,
                        mimes,
                    ],
                )
        except UniqueViolation as exc:
            raise errors.bucket_already_exists() from exc
        return JSONResponse({"name": name})

    @handler
    async def update_bucket(self, request: Request) -> Response:
        """PUT /bucket/{id} {public?, file_size_limit?, allowed_mime_types?}."""
        caller = self.ctx.caller(request, required=True)
        bucket_id = check_bucket_name(request.path_params["bucket"])
        body = await json_body(request)
        fields: dict[str, Any] = {}
        if "public" in body:
            fields["public"] = bool(body["public"])
        if "file_size_limit" in body:
            fields["file_size_limit"] = parse_size_limit(
                body["file_size_limit"], self.ctx.file_size_limit
            )
        if "allowed_mime_types" in body:
            fields["allowed_mime_types"] = parse_mime_types(body["allowed_mime_types"])
        if not fields:
            raise errors.no_content()
        assignments = ", ".join(f"{column} = %s" for column in fields)
        async with self.ctx.tx(caller) as conn:
            cur = await conn.execute(
                f"update storage.buckets set {assignments}, updated_at = now() where id = %s",
                [*fields.values(), bucket_id],
            )
            updated = cur.rowcount
        if not updated:
            raise errors.no_such_bucket()
        return JSONResponse({"message": "Successfully updated"})

    @handler
    async def empty_bucket(self, request: Request) -> Response:
        """POST /bucket/{id}/empty: delete every object the caller may delete."""
        caller = self.ctx.caller(request, required=True)
        bucket_id = check_bucket_name(request.path_params["bucket"])
        await self.ctx.find_bucket(bucket_id, caller)
        async with self.ctx.tx(caller, allow_delete=True) as conn:
            cur = await conn.execute(
                "delete from storage.objects where bucket_id = %s returning name", [bucket_id]
            )
            names = [row["name"] for row in await cur.fetchall()]
        for name in names:
            self.ctx.files.delete(bucket_id, name)
        return JSONResponse(
            {"message": "Empty bucket has been queued. Completion may take up to an hour."}
        )

    @handler
    async def delete_bucket(self, request: Request) -> Response:
        """DELETE /bucket/{id}: only empty buckets."""
        caller = self.ctx.caller(request, required=True)
        bucket_id = check_bucket_name(request.path_params["bucket"])
        await self.ctx.find_bucket(bucket_id)
        # Upstream counts objects as superuser: objects hidden by RLS still block the delete.
        async with self.ctx.tx(None) as admin:
            cur = await admin.execute(
                "select exists(select from storage.objects where bucket_id = %s) as used",
                [bucket_id],
            )
            row = await cur.fetchone()
        if row and row["used"]:
            raise errors.bucket_not_empty()
        async with self.ctx.tx(caller, allow_delete=True) as conn:
            cur = await conn.execute("delete from storage.buckets where id = %s", [bucket_id])
            deleted = cur.rowcount
        if not deleted:
            raise errors.no_such_bucket()
        self.ctx.files.delete_bucket(bucket_id)
        return JSONResponse({"message": "Successfully deleted"})
