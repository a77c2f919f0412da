"""Supabase Auth's error bodies (`internal/api/errors.go`, `internal/api/apierrors`).

Two shapes, chosen by the request's `X-Supabase-Api-Version` header: the initial
`{code: <http status>, error_code, msg}` and, from 2024-01-01 on, `{code: <error code>,
message}` with the version echoed back. Both carry the `x-sb-error-code` header.
"""

from __future__ import annotations

import re
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

API_VERSION_HEADER = "X-Supabase-Api-Version"
API_VERSION_2024 = "2024-01-01"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

INVALID_LOGIN = "Invalid login credentials"


class AuthError(Exception):
    """An error answered with Supabase Auth's JSON, status and error code."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class WeakPasswordError(AuthError):
    """A password refused by the strength rules; carries the reasons."""

    def __init__(self, message: str, reasons: list[str]) -> None:
        super().__init__(422, "weak_password", message)
        self.reasons = reasons


def bad_request(code: str, message: str) -> AuthError:
    """400 with `code`."""
    return AuthError(400, code, message)


def forbidden(code: str, message: str) -> AuthError:
    """403 with `code`."""
    return AuthError(403, code, message)


def unprocessable(code: str, message: str) -> AuthError:
    """422 with `code`."""
    return AuthError(422, code, message)


def not_found(code: str, message: str) -> AuthError:
    """404 with `code`."""
    return AuthError(404, code, message)


def internal(message: str) -> AuthError:
    """500 `unexpected_failure`."""
    return AuthError(500, "unexpected_failure", message)


def uses_2024_api(request: Request) -> bool:
    """Whether the client asked for the 2024-01-01 error shape."""
    value = request.headers.get(API_VERSION_HEADER, "")
    return bool(_DATE.match(value)) and value >= API_VERSION_2024


def error_response(request: Request, error: AuthError) -> JSONResponse:
    """The JSON response Supabase Auth sends for `error`."""
    headers = {"x-sb-error-code": error.code}
    body: dict[str, Any]
    if uses_2024_api(request):
        headers[API_VERSION_HEADER] = API_VERSION_2024
        body = {"code": error.code, "message": error.message}
    else:
        body = {"code": error.status, "error_code": error.code, "msg": error.message}
    if isinstance(error, WeakPasswordError):
        body["weak_password"] = {"reasons": error.reasons}
    return JSONResponse(body, status_code=error.status, headers=headers)
