"""PostgREST's error body `{code, message, details, hint}` and its HTTP status mapping.

    ApiError              raised by parsing, planning and the routes
     └─ SchemaMiss        a name the schema cache lacks: reload once, then answer

`from_postgres(exc)` translates a psycopg error with PostgREST's status table.
"""

from __future__ import annotations

import json
import re
from typing import Any

import psycopg
from starlette.responses import Response

JSON_TYPE = "application/json; charset=utf-8"


class ApiError(Exception):
    """An error answered with PostgREST's JSON body."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: str | None = None,
        hint: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.hint = hint
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        """The JSON body PostgREST sends."""
        return {
            "code": self.code,
            "details": self.details,
            "hint": self.hint,
            "message": self.message,
        }

    def response(self) -> Response:
        """The HTTP response for this error."""
        return Response(
            json.dumps(self.body()),
            status_code=self.status,
            media_type=JSON_TYPE,
            headers=self.headers,
        )


class SchemaMiss(ApiError):
    """A name the schema cache does not know: worth one reload before answering."""


def parse_error(message: str, details: str | None = None) -> ApiError:
    """PGRST100: the query string could not be parsed."""
    return ApiError(400, "PGRST100", message, details)


def invalid_body(message: str, details: str | None = None) -> ApiError:
    """PGRST102: the request body is not what the endpoint takes."""
    return ApiError(400, "PGRST102", message, details)


def table_not_found(schema: str, name: str) -> ApiError:
    """PGRST205: no such table or view in the schema cache."""
    return ApiError(
        404, "PGRST205", f"Could not find the table '{schema}.{name}' in the schema cache"
    )


def column_not_found(table: str, column: str) -> ApiError:
    """42703: a selected or filtered column the table does not have."""
    return ApiError(400, "42703", f"column {table}.{column} does not exist")


def payload_column_not_found(table: str, column: str) -> ApiError:
    """PGRST204: a column of the payload the table does not have."""
    return ApiError(
        400, "PGRST204", f"Could not find the '{column}' column of '{table}' in the schema cache"
    )


_STATUS_BY_CODE = {
    "23503": 409,
    "23505": 409,
    "25006": 405,
    "53400": 500,
    "P0001": 400,
    "42883": 404,
    "42P01": 404,
    "42P17": 500,
    "57P01": 503,
}
_STATUS_BY_CLASS = {
    "08": 503,
    "09": 500,
    "0L": 403,
    "0P": 403,
    "25": 500,
    "28": 403,
    "2D": 500,
    "38": 500,
    "39": 500,
    "3B": 500,
    "40": 500,
    "53": 503,
    "54": 500,
    "55": 500,
    "57": 500,
    "58": 500,
    "F0": 500,
    "HV": 500,
    "P0": 500,
    "XX": 500,
}


def status_for(sqlstate: str, role: str, message: str = "") -> int:
    """PostgREST's HTTP status for a SQLSTATE (some depend on the message, as upstream)."""
    if sqlstate == "42501":
        return 401 if role == "anon" else 403
    if sqlstate == "22023" and message.startswith("role") and message.endswith("does not exist"):
        return 401  # the JWT names a role the database does not have
    if sqlstate == "21000":
        # pg-safeupdate's refusal is the client's fault; any other cardinality error is not.
        return 400 if message.endswith("requires a WHERE clause") else 500
    if re.fullmatch(r"PT\d{3}", sqlstate):
        return int(sqlstate[2:])
    if sqlstate in _STATUS_BY_CODE:
        return _STATUS_BY_CODE[sqlstate]
    return _STATUS_BY_CLASS.get(sqlstate[:2], 400)


def from_postgres(exc: psycopg.Error, role: str) -> ApiError:
    """Translate a database error the way PostgREST does."""
    diag = exc.diag
    if diag.sqlstate is None and isinstance(exc, psycopg.DataError):
        # psycopg refuses a value before sending it (a NUL byte in text); the server
        # would have answered 22021, a client error.
        return ApiError(400, "22021", str(exc))
    code = diag.sqlstate or "XX000"
    message = diag.message_primary or str(exc)
    return ApiError(
        status_for(code, role, message),
        code,
        message,
        diag.message_detail,
        diag.message_hint,
    )
