"""Listing objects: `/object/list` (one folder level) and `/object/list-v2` (cursor pages).

Both read `storage.objects` as the caller, so only rows the caller's RLS policies expose
are listed.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from psycopg import sql
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from devstack.storage import errors
from devstack.storage.context import StorageContext, handler, iso, json_body
from devstack.storage.files import check_bucket_name

SORT_COLUMNS = ("name", "updated_at", "created_at", "last_accessed_at")
V2_SORT_COLUMNS = ("name", "updated_at", "created_at")
CURSOR_FIELDS = {"l": "start_after", "o": "order", "c": "column", "a": "after"}


def _int(body: dict[str, Any], name: str, default: int, minimum: int) -> int:
    value = body.get(name)
    if value is None:
        return default
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise errors.invalid_request(f"body/{name} must be integer") from exc
    if number < minimum:
        raise errors.invalid_request(f"body/{name} must be >= {minimum}")
    return number


def encode_cursor(fields: dict[str, str]) -> str:
    """Upstream's continuation token: base64 of `k:value` lines."""
    lines = [f"{key}:{fields[name]}" for key, name in CURSOR_FIELDS.items() if fields.get(name)]
    return base64.b64encode("\n".join(lines).encode()).decode()


def decode_cursor(token: str) -> dict[str, str]:
    """Parse a continuation token produced by `encode_cursor`."""
    try:
        text = base64.b64decode(token).decode()
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise errors.StorageError(400, "InvalidParameter", "Invalid Parameter cursor") from exc
    fields: dict[str, str] = {"order": "asc"}
    for line in text.split("\n"):
        key, sep, value = line.partition(":")
        if not sep or key not in CURSOR_FIELDS:
            raise errors.StorageError(400, "InvalidParameter", "Invalid Parameter cursor")
        fields[CURSOR_FIELDS[key]] = value
    return fields


def _object(row: dict[str, Any], key: str | None = None) -> dict[str, Any]:
    entry = {
        "id": str(row["id"]),
        "name": row["name"],
        "updated_at": iso(row["updated_at"]),
        "created_at": iso(row["created_at"]),
        "last_accessed_at": iso(row["last_accessed_at"]),
        "metadata": row["metadata"],
    }
    if key is not None:
        entry["key"] = key
    return entry


# A timestamp exactly as `iso()` prints it, so values sort and compare like cursors carry them.
ISO_MS = 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'


def v2_page_query(
    column: str, *, descending: bool, delimited: bool, after: tuple[str, str] | None
) -> sql.Composed:
    """One list-v2 page in SQL: folding, ordering, the cursor and the limit all bounded there.

    Entries sort by (sort value, name) in code-point order (collate "C"), the order the
    cursor's `after`/`start_after` pair is compared in; folders sort by name only.
    """
    direction = sql.SQL("desc" if descending else "asc")
    value: sql.Composable = sql.SQL("''")
    if column != "name":
        value = sql.SQL("coalesce(to_char({} at time zone 'UTC', {}), '')").format(
            sql.Identifier(column), sql.Literal(ISO_MS)
        )
    folder = (
        sql.SQL("strpos(substr(name, %(prefix_len)s + 1), '/') > 0")
        if delimited
        else sql.SQL("false")
    )
    cursor_filter: sql.Composable = sql.SQL("")
    if after is not None:
        cursor_filter = sql.SQL(
            'where (sort_value collate "C", entry collate "C") {} (%(after_value)s, %(after_name)s)'
        ).format(sql.SQL("<" if descending else ">"))
    return sql.SQL(
        "with hits as ("
        " select id, name, metadata, updated_at, created_at, last_accessed_at,"
        " {folder} as is_folder, {value} as object_value"
        " from storage.objects"
        " where bucket_id = %(bucket)s and left(name, %(prefix_len)s) = %(prefix)s"
        "), entries as ("
        " select *,"
        " case when is_folder"
        " then %(prefix)s || split_part(substr(name, %(prefix_len)s + 1), '/', 1)"
        " else name end as entry,"
        " case when is_folder then '' else object_value end as sort_value"
        " from hits"
        "), folded as (select {distinct} * from entries)"
        " select * from folded {cursor_filter}"
        ' order by sort_value collate "C" {direction}, entry collate "C" {direction},'
        " is_folder desc"
        " limit %(limit)s"
    ).format(
        folder=folder,
        value=value,
        # Every object under one sub-folder folds into a single folder entry.
        distinct=sql.SQL("distinct on (entry, is_folder)") if delimited else sql.SQL(""),
        cursor_filter=cursor_filter,
        direction=direction,
    )


class ListingRoutes:
    """Handlers for the two listing endpoints."""

    def __init__(self, ctx: StorageContext) -> None:
        self.ctx = ctx

    @handler
    async def list_objects(self, request: Request) -> Response:
        """POST /object/list/{bucket} {prefix, limit, offset, sortBy, search}."""
        caller = self.ctx.caller(request, required=True)
        bucket = check_bucket_name(request.path_params["bucket"])
        body = await json_body(request)
        prefix = body.get("prefix")
        if not isinstance(prefix, str):
            raise errors.invalid_request("body must have required property 'prefix'")
        if prefix and not prefix.endswith("/"):
            prefix += "/"
        sort = body.get("sortBy") or {}
        column = sort.get("column") or "name"
        if column not in SORT_COLUMNS:
            raise errors.invalid_request(
                "body/sortBy/column must be equal to one of the allowed values"
            )
        order = "desc" if str(sort.get("order") or "asc").lower() == "desc" else "asc"
        limit = _int(body, "limit", 100, 1)
        offset = _int(body, "offset", 0, 0)
        search = str(body.get("search") or "")
        levels = len((prefix + search).split("/"))
        async with self.ctx.tx(caller) as conn:
            cur = await conn.execute(
                "select * from storage.search(%s, %s, %s, %s, %s, %s, %s, %s)",
                [prefix, bucket, limit, levels, offset, search, column, order],
            )
            rows = await cur.fetchall()
        return JSONResponse(
            [
                {
                    "name": row["name"],
                    "id": str(row["id"]) if row["id"] else None,
                    "updated_at": iso(row["updated_at"]),
                    "created_at": iso(row["created_at"]),
                    "last_accessed_at": iso(row["last_accessed_at"]),
                    "metadata": row["metadata"],
                }
                for row in rows
            ]
        )

    @handler
    async def list_objects_v2(self, request: Request) -> Response:
        """POST /object/list-v2/{bucket} {prefix, limit, cursor, with_delimiter, sortBy}."""
        caller = self.ctx.caller(request, required=True)
        bucket = check_bucket_name(request.path_params["bucket"])
        body = await json_body(request)
        prefix = str(body.get("prefix") or "")
        limit = min(_int(body, "limit", 1000, 1), 1000)
        delimited = bool(body.get("with_delimiter"))
        sort = body.get("sortBy") or {}
        cursor = decode_cursor(str(body["cursor"])) if body.get("cursor") else {}
        column = cursor.get("column") or sort.get("column") or "name"
        if column not in V2_SORT_COLUMNS:
            raise errors.invalid_request(
                "body/sortBy/column must be equal to one of the allowed values"
            )
        order = cursor.get("order") or str(sort.get("order") or "asc").lower()
        descending = order == "desc"
        mark = None
        if cursor.get("start_after"):
            mark = (cursor.get("after") or "", cursor["start_after"])
        query = v2_page_query(column, descending=descending, delimited=delimited, after=mark)
        async with self.ctx.tx(caller) as conn:
            cur = await conn.execute(
                query,
                {
                    "bucket": bucket,
                    "prefix": prefix,
                    "prefix_len": len(prefix),
                    "after_value": mark[0] if mark else None,
                    "after_name": mark[1] if mark else None,
                    # One more than the page, only to learn whether another page follows.
                    "limit": limit + 1,
                },
            )
            rows = [dict(row) for row in await cur.fetchall()]

        # (sort value, name, folder?, entry): folders sort by name, like upstream's search_v2.
        entries: list[tuple[str, str, bool, dict[str, Any]]] = []
        level = len(prefix.split("/")) if prefix else 1
        for row in rows:
            if row["is_folder"]:
                folder = row["entry"]
                key = folder.split("/")[level - 1]
                entries.append(("", folder, True, {"key": key, "name": folder + "/"}))
                continue
            key = row["name"].split("/")[level - 1] if delimited else None
            entries.append((row["sort_value"], row["name"], False, _object(row, key)))
        page, has_next = entries[:limit], len(entries) > limit
        result: dict[str, Any] = {
            "hasNext": has_next,
            "folders": [e[3] for e in page if e[2]],
            "objects": [e[3] for e in page if not e[2]],
        }
        if has_next:
            last = page[-1]
            result["nextCursor"] = encode_cursor(
                {"start_after": last[1], "order": order, "column": column, "after": last[0]}
            )
            result["nextCursorKey"] = last[1]
        return JSONResponse(result)
