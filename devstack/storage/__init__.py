"""Supabase Storage (`/storage/v1`): buckets and objects with metadata under RLS.

Metadata lives in `storage.buckets` / `storage.objects` (devstack/sql/20_storage.sql);
bytes live under `<data_dir>/storage/<bucket>/<key>`. Storage checks credentials itself
(the gateway's API-key middleware does not cover it), like upstream behind Kong.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from starlette.routing import BaseRoute

from devstack.storage.context import StorageContext
from devstack.storage.routes import build_routes


class StorageComponent:
    """The gateway component serving Storage's bucket/object API."""

    prefix = "/storage/v1"

    def __init__(self, gateway: Any) -> None:
        self.ctx = StorageContext(gateway)

    def routes(self) -> Sequence[BaseRoute]:
        """The bucket and object routes."""
        return build_routes(self.ctx)

    async def start(self) -> None:
        """Make sure the bytes folder exists."""
        self.ctx.files.ensure()

    async def stop(self) -> None:
        """Nothing to release: the pools belong to the gateway."""
        return None


def create(gateway: Any) -> StorageComponent:
    """The Storage component for `gateway`."""
    return StorageComponent(gateway)
