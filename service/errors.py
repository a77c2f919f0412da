"""One JSON error shape for every handler, and the mapping of domain errors to HTTP."""

from __future__ import annotations

from typing import Any

from flask import Flask, jsonify
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException

from service.exceptions import ConsultorError, ExternalServiceError, InvalidInput


def error_response(status: int, code: str, message: str, **details: Any) -> ResponseReturnValue:
    """`{"error": {"code", "message", ...}}` with `status`."""
    body: dict[str, Any] = {"code": code, "message": message}
    if details:
        body["details"] = details
    return jsonify({"error": body}), status


def init_app(app: Flask) -> None:
    """Register the handlers that turn errors into JSON responses."""

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException) -> ResponseReturnValue:
        name = (exc.name or "error").lower().replace(" ", "_")
        return error_response(exc.code or 500, name, exc.description or exc.name or "error")

    @app.errorhandler(InvalidInput)
    def _invalid(exc: InvalidInput) -> ResponseReturnValue:
        return error_response(400, "invalid_input", str(exc))

    @app.errorhandler(ExternalServiceError)
    def _external(exc: ExternalServiceError) -> ResponseReturnValue:
        return error_response(503, "service_unavailable", str(exc))

    @app.errorhandler(ConsultorError)
    def _domain(exc: ConsultorError) -> ResponseReturnValue:
        return error_response(500, "internal_error", str(exc))
