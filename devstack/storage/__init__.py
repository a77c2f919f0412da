"""Placeholder until the storage component lands."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from starlette.routing import BaseRoute


class Placeholder:
    prefix = "/storage/v1"

    def routes(self) -> Sequence[BaseRoute]:
        return []

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None


def create(gateway: Any) -> Placeholder:
    return Placeholder()
