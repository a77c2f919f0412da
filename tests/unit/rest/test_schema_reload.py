"""When the REST schema cache re-reads the catalogue (no database: `load` is replaced)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from devstack.rest import schema
from devstack.rest.schema import MISS_RELOAD_INTERVAL, SchemaCache, SchemaManager


class Clock:
    """A fake monotonic clock; `sleep` advances it instead of waiting."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def load_times() -> list[float]:
    """When each (fake) catalogue load happened, by the fake clock."""
    return []


def manager_with(clock: Clock, load_times: list[float], monkeypatch: pytest.MonkeyPatch) -> Any:
    async def fake_load(_pool: Any, _schemas: Any) -> SchemaCache:
        load_times.append(clock.now)
        return SchemaCache()

    monkeypatch.setattr(schema, "load", fake_load)
    return SchemaManager(None, "", ("public",), clock=clock, sleep=clock.sleep)  # type: ignore[arg-type]


def test_misses_reload_at_most_once_per_interval_but_do_reload(
    load_times: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock()
    manager = manager_with(clock, load_times, monkeypatch)

    async def scenario() -> None:
        await manager.reload()  # start-up
        for _ in range(5):  # requests naming unknown tables, one after the other
            await manager.reload(manager.generation)

    asyncio.run(scenario())
    assert len(load_times) == 6  # every miss still reloads: new objects are found
    gaps = [later - earlier for earlier, later in zip(load_times, load_times[1:], strict=False)]
    assert all(gap >= MISS_RELOAD_INTERVAL for gap in gaps)


def test_concurrent_misses_share_one_reload(
    load_times: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock()
    manager = manager_with(clock, load_times, monkeypatch)

    async def scenario() -> None:
        await manager.reload()
        seen = manager.generation
        await asyncio.gather(*(manager.reload(seen) for _ in range(10)))

    asyncio.run(scenario())
    assert len(load_times) == 2


def test_notify_reloads_at_once_even_right_after_a_reload(
    load_times: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock()
    manager = manager_with(clock, load_times, monkeypatch)

    async def scenario() -> None:
        await manager.reload()
        await manager.reload()

    asyncio.run(scenario())
    assert load_times == [100.0, 100.0]
