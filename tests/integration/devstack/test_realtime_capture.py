"""Change capture on its own replication slot: commit order, and nothing lost across restarts."""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from typing import Any

import psycopg
import pytest

from devstack.realtime.changes import Change, ChangeCapture
from devstack.realtime.hub import Binding, Hub


def make_table(stack: Any) -> str:
    name = f"rtcap_{uuid.uuid4().hex[:10]}"
    stack.sql(
        f"""
        create table public.{name} (id int primary key, body text, doc jsonb, at timestamptz);
        alter publication supabase_realtime add table public.{name};
        """
    )
    return name


async def collect_until(capture: ChangeCapture, sink: list[Change], count: int) -> None:
    """Poll the slot (bounded) until `sink` holds `count` changes."""
    deadline = time.monotonic() + 15
    while len(sink) < count:
        assert time.monotonic() < deadline, f"only {len(sink)} of {count} changes"
        if not await capture.poll_once():
            await asyncio.sleep(0.02)


def test_changes_survive_a_restart_and_a_failed_delivery_in_commit_order(stack):
    table = make_table(stack)
    slot = f"test_{uuid.uuid4().hex[:8]}"
    received: list[Change] = []
    failures = {"left": 1}

    async def handler(changes: list[Change]) -> None:
        mine = [c for c in changes if c.table == table]
        if mine and failures["left"]:
            failures["left"] -= 1
            raise RuntimeError("delivery failed")  # nothing may be acknowledged
        received.extend(mine)

    async def scenario() -> None:
        capture = ChangeCapture(stack.db_url, handler, slot=slot)
        await capture.connect()  # creates the slot: changes from here on are kept
        await capture.close()
        stack.sql(f"insert into public.{table} values (1, 'a', '{{\"k\": [1, 2]}}', now())")
        # A delivery that fails acknowledges nothing: the change stays for the next poll.
        retry = ChangeCapture(stack.db_url, handler, slot=slot)
        deadline = time.monotonic() + 15
        while failures["left"]:
            assert time.monotonic() < deadline, "the insert never reached the handler"
            with contextlib.suppress(RuntimeError):
                await retry.poll_once()
            await asyncio.sleep(0.02)
        assert received == []
        stack.sql(f"update public.{table} set body = 'b' where id = 1")
        stack.sql(f"delete from public.{table} where id = 1")
        await collect_until(retry, received, 3)
        await retry.close()
        # Changes committed while no reader runs (a gateway restart) are all delivered,
        # and nothing already delivered comes again.
        stack.sql(f"insert into public.{table} values (2, 'c', null, null)")
        again = ChangeCapture(stack.db_url, handler, slot=slot)
        await collect_until(again, received, 4)
        await again.poll_once()  # anything delivered but not acknowledged would come again
        await again.close()

    try:
        asyncio.run(scenario())
    finally:
        stack.sql("select pg_drop_replication_slot(%s)", (slot,))
    assert [(c.type, c.new_typed.get("id") or c.old_typed.get("id")) for c in received] == [
        ("INSERT", 1),
        ("UPDATE", 1),
        ("DELETE", 1),
        ("INSERT", 2),
    ]
    assert received[0].new_typed["doc"] == {"k": [1, 2]}
    assert received[1].old_typed == {"id": 1}  # default replica identity: the key only
    assert received[2].old_text == {"id": "1"}


def test_a_delivery_failing_mid_poll_resends_only_what_was_not_delivered(stack):
    table = make_table(stack)
    slot = f"test_{uuid.uuid4().hex[:8]}"
    received: list[tuple[str, int]] = []
    failures = {"left": 1}

    async def handler(changes: list[Change]) -> None:
        for change in changes:
            if change.table != table:
                continue
            key = int(change.new_typed.get("id") or 0)
            if key == 3 and failures["left"]:
                failures["left"] -= 1
                raise psycopg.OperationalError("the fan-out lost its database connection")
            received.append((change.type, key))

    async def scenario() -> None:
        capture = ChangeCapture(stack.db_url, handler, slot=slot)
        await capture.connect()
        stack.sql(f"insert into public.{table} values (1, 'a', null, null)")
        # One transaction with two changes; delivering the second one fails once.
        stack.sql(f"insert into public.{table} values (2, 'b', null, null), (3, 'c', null, null)")
        deadline = time.monotonic() + 15
        while len(received) < 3:
            assert time.monotonic() < deadline, f"only {received}"
            with contextlib.suppress(psycopg.OperationalError):
                if not await capture.poll_once():
                    await asyncio.sleep(0.02)
        await capture.poll_once()  # anything delivered twice would show up now
        await capture.close()

    try:
        asyncio.run(scenario())
    finally:
        stack.sql("select pg_drop_replication_slot(%s)", (slot,))
    assert failures["left"] == 0
    assert received == [("INSERT", 1), ("INSERT", 2), ("INSERT", 3)]


class BrokenCatalog:
    """A catalogue whose database connection is gone."""

    async def table(self, schema: str, name: str) -> Any:
        raise psycopg.OperationalError("connection refused")


class FakeChannel:
    """Just enough of a joined channel for the fan-out to pick it."""

    def __init__(self, binding: Binding) -> None:
        self.claims = {"role": "service_role", "exp": int(time.time()) + 3600}
        self.bindings = [binding]
        self.topic_key = ("realtime:fake", False)
        self.sent: list[Any] = []

    def send(self, frame: Any) -> None:
        self.sent.append(frame)


def test_the_fan_out_reports_a_lost_database_so_the_change_is_retried_not_dropped():
    binding = Binding(1, "*", "public", "t", active=True)
    hub = Hub(BrokenCatalog(), None)  # type: ignore[arg-type]
    hub.add(FakeChannel(binding))  # type: ignore[arg-type]
    change = Change("public", "t", 1, "INSERT", "2026-01-01T00:00:00.000Z", ())
    with pytest.raises(psycopg.OperationalError):
        asyncio.run(hub.dispatch([change]))
