"""`GET /health`: pings every service the app depends on and names the failing one."""

from __future__ import annotations

from typing import Any

import httpx
from flask import Blueprint, jsonify
from flask.typing import ResponseReturnValue

from service.logs import get_logger
from service.services import Services, services

bp = Blueprint("health", __name__)
log = get_logger(__name__)


def check_database(svc: Services) -> str | None:
    """None when Postgres answers `select 1`, else why not."""
    try:
        with svc.db.connection(timeout=2) as conn:
            conn.execute("select 1")
    except Exception as exc:  # psycopg errors, and the pool's own PoolTimeout
        return f"{type(exc).__name__}: {exc}"[:200]
    return None


def check_supabase(svc: Services) -> str | None:
    """None when the Supabase Auth API answers its health endpoint, else why not."""
    settings = svc.settings
    try:
        response = svc.http.get(
            f"{settings.supabase_url}/auth/v1/health",
            headers={"apikey": settings.supabase_anon_key},
            timeout=2,
        )
    except httpx.HTTPError as exc:
        return f"{type(exc).__name__}: {exc}"[:200]
    if response.status_code != 200:
        return f"HTTP {response.status_code}"
    return None


@bp.get("/health")
def health() -> ResponseReturnValue:
    """200 when every dependency answers, else 503 naming the failing ones."""
    svc = services()
    checks = {"database": check_database(svc), "supabase": check_supabase(svc)}
    for name, err in checks.items():
        if err is not None:
            # The endpoint is public: the reason (hosts, drivers) goes to the logs only.
            log.warning("health check failed", check=name, reason=err)
    body: dict[str, Any] = {
        "status": "ok" if all(v is None for v in checks.values()) else "unavailable",
        "checks": {name: ("ok" if err is None else "unavailable") for name, err in checks.items()},
    }
    return jsonify(body), 200 if body["status"] == "ok" else 503
