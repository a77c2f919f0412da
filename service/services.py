"""The long-lived dependencies the app uses, built once in `create_app`.

Tests replace any of them by passing their own `Services` to `create_app`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx
from flask import Flask, current_app
from psycopg_pool import ConnectionPool

from service.settings import Settings


@dataclass
class Services:
    """Clients and pools shared by request handlers and the worker."""

    settings: Settings
    db: ConnectionPool
    http: httpx.Client
    supabase: Any = field(default=None)  # supabase.Client (typed loosely: the SDK is untyped)

    @classmethod
    def build(cls, settings: Settings) -> Services:
        """Build every service from settings, without connecting yet."""
        from supabase import create_client

        db = ConnectionPool(
            settings.database_url.get_secret_value(),
            min_size=1,
            max_size=10,
            open=False,
            name="service",
            kwargs={"autocommit": True},
        )
        key = settings.supabase_service_role_key.get_secret_value() or settings.supabase_anon_key
        client = create_client(settings.supabase_url, key) if key else None
        return cls(settings=settings, db=db, http=httpx.Client(timeout=5), supabase=client)

    def open(self) -> None:
        """Start connecting the pool in the background (the app starts even if the DB is down)."""
        self.db.open(wait=False)

    def close(self) -> None:
        """Release pools and clients."""
        self.db.close()
        self.http.close()

    def init_app(self, app: Flask) -> None:
        """Attach to `app` so handlers can reach them with `services()`."""
        app.extensions["services"] = self


def services() -> Services:
    """The services of the running app."""
    found: Services = current_app.extensions["services"]
    return found
