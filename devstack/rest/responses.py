"""Turning a statement's outcome into PostgREST's HTTP response.

Reads answer with `Content-Range` (and 206 when a counted page is partial), objects for
`application/vnd.pgrst.object+json`, CSV for `text/csv`; writes honour `Prefer: return=`.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response

from devstack.rest.errors import JSON_TYPE
from devstack.rest.schema import Table

OBJECT_TYPE = "application/vnd.pgrst.object+json"
ARRAY_TYPE = "application/vnd.pgrst.array+json"
CSV_TYPE = "text/csv"


@dataclass
class Prefer:
    """The `Prefer` header's settings PostgREST honours."""

    values: dict[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, header: str | None) -> Prefer:
        """Parse `return=representation, count=exact, ...`."""
        values: dict[str, str] = {}
        for part in (header or "").split(","):
            key, _, value = part.strip().partition("=")
            if key:
                values[key.strip()] = value.strip()
        return cls(values)

    def get(self, key: str) -> str | None:
        """One setting, or None."""
        return self.values.get(key)


@dataclass
class Outcome:
    """What the statement produced."""

    body: str | None
    n: int
    total: int | None


def read_response(
    method: str,
    accept: str,
    offset: int,
    outcome: Outcome,
    count_method: str | None,
    strip: bool = False,
) -> Response:
    """The response to a read: body, Content-Range and status."""
    with_count = count_method is not None
    total = outcome.total if with_count else None
    content_range = _content_range(offset, offset + outcome.n - 1, total)
    # PostgREST's rangeStatus: past the end is 416, fewer rows than the total is 206.
    if total is not None and offset > total:
        return Response(
            json.dumps(
                {
                    "code": "PGRST103",
                    "details": f"An offset of {offset} was requested, but there are only {total} rows.",
                    "hint": None,
                    "message": "Requested range not satisfiable",
                }
            ),
            status_code=416,
            media_type=JSON_TYPE,
            headers={"Content-Range": f"*/{total}"},
        )
    status = 200
    if total is not None and outcome.n < total:
        status = 206
    headers = {"Content-Range": content_range}
    if with_count:
        headers["Preference-Applied"] = f"count={count_method}"
    body, media = render(accept, outcome.body or "[]", strip)
    if method == "HEAD":
        body = ""
    return Response(body, status_code=status, media_type=media, headers=headers)


def render(accept: str, body: str, strip: bool = False) -> tuple[str, str]:
    """(body, media type) of a JSON array body in the negotiated format."""
    if strip and accept != CSV_TYPE:
        rows = json.loads(body)
        body = json.dumps(
            [
                {k: v for k, v in r.items() if v is not None} if isinstance(r, dict) else r
                for r in rows
            ],
            ensure_ascii=False,
            separators=(",", ":"),
        )
    if accept == OBJECT_TYPE:
        return body[1:-1], OBJECT_TYPE + "; charset=utf-8"
    if accept == CSV_TYPE:
        return to_csv(json.loads(body)), "text/csv; charset=utf-8"
    return body, JSON_TYPE


def write_response(
    method: str,
    accept: str,
    prefer: Prefer,
    table: Table,
    outcome: Outcome,
    with_count: bool,
) -> Response:
    """The response to an insert, update or delete."""
    # PostgREST gives an update the range of the rows it changed; inserts and deletes none.
    lower, upper = (0, outcome.n - 1) if method == "PATCH" else (1, 0)
    headers = {"Content-Range": _content_range(lower, upper, outcome.n if with_count else None)}
    applied = [
        f"{k}={v}"
        for k, v in prefer.values.items()
        if k in ("return", "resolution", "missing", "count")
    ]
    if applied:
        headers["Preference-Applied"] = ", ".join(applied)
    ret = prefer.get("return")
    status = 201 if method == "POST" else (200 if ret == "representation" else 204)
    if ret == "headers-only" and method == "POST":
        rows = json.loads(outcome.body or "[]")
        if rows and table.primary_key:
            query = "&".join(
                f"{quote(c, safe='')}=eq.{_location_value(rows[0].get(c))}"
                for c in table.primary_key
            )
            headers["Location"] = f"/{table.name}?{query}"
        return Response(None, status_code=201, headers=headers)
    if ret != "representation":
        return Response(None, status_code=status, headers=headers)
    body, media = render(accept, outcome.body or "[]")
    return Response(body, status_code=status, media_type=media, headers=headers)


def _content_range(lower: int, upper: int, total: int | None) -> str:
    """PostgREST's `Content-Range`: `*` for an empty range or a zero total."""
    shown = f"{lower}-{upper}" if total != 0 and lower <= upper else "*"
    return f"{shown}/{'*' if total is None else total}"


def _location_value(value: Any) -> str:
    """A key value percent-encoded for `Location`, as PostgREST renders it.

    Unencoded, a key holding CR/LF or non-Latin-1 text broke the header after the insert
    had already committed.
    """
    text = value if isinstance(value, str) else json.dumps(value)
    return quote(text, safe="")


def count_method(prefer: Prefer) -> str | None:
    """The requested count method, if any."""
    method = prefer.get("count")
    return method if method in ("exact", "planned", "estimated") else None


def nulls_stripped(request: Request) -> bool:
    """Whether the client asked for null fields to be left out."""
    return "nulls=stripped" in (request.headers.get("accept") or "")


def to_csv(rows: list[dict[str, Any]]) -> str:
    """Rows as CSV with a header line, like PostgREST's text/csv output."""
    if not rows:
        return ""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    header = list(rows[0])
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if row.get(k) is None else _csv_cell(row.get(k)) for k in header])
    return out.getvalue().rstrip("\n")


def _csv_cell(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    if isinstance(value, bool):
        return "t" if value else "f"
    return str(value)
