"""Realtime against a real devstack, through the official realtime-py client (vsn 1.0.0)."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable
from typing import Any

from realtime import AsyncRealtimeClient

WAIT_SECONDS = 15


def make_table(stack: Any, *, identity_full: bool = True) -> str:
    """A fresh RLS-protected table in the publication: owners see their rows, anon the public ones."""
    name = f"rt_{uuid.uuid4().hex[:10]}"
    stack.sql(
        f"""
        create table public.{name} (
          id bigint generated always as identity primary key,
          owner uuid,
          body text,
          n int,
          flag boolean,
          created_at timestamptz not null default now()
        );
        alter table public.{name} enable row level security;
        create policy own on public.{name} for select to authenticated
          using (owner = (current_setting('request.jwt.claims', true)::jsonb ->> 'sub')::uuid);
        create policy public_rows on public.{name} for select to anon using (body = 'public');
        alter publication supabase_realtime add table public.{name};
        """
        + (f"alter table public.{name} replica identity full;" if identity_full else "")
    )
    return name


async def wait_for(condition: Callable[[], bool], what: str) -> None:
    """Wait (bounded) until `condition` holds."""
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def subscriber(
    stack: Any,
    table: str,
    token: str | None,
    sink: list[dict[str, Any]],
    *,
    event: str = "*",
    filter: str | None = None,
    select: list[str] | None = None,
) -> AsyncRealtimeClient:
    """A connected realtime-py client subscribed to `table`, appending payloads to `sink`."""
    client = AsyncRealtimeClient(f"{stack.url}/realtime/v1", stack.anon_key, auto_reconnect=False)
    if token:
        await client.set_auth(token)
    channel = client.channel(f"sub-{uuid.uuid4().hex[:6]}")
    channel.on_postgres_changes(
        event,  # type: ignore[arg-type]
        callback=lambda p: sink.append(p["data"]),
        schema="public",
        table=table,
        filter=filter,
        select=select,
    )
    systems: list[Any] = []
    channel.on_system(systems.append)
    await channel.subscribe()
    await wait_for(lambda: bool(systems), "the subscription's system message")
    assert systems[0].status == "ok", systems[0]
    assert systems[0].message == "Subscribed to PostgreSQL"
    return client


def test_each_user_receives_only_own_rows_and_anon_only_public_ones(stack):
    table = make_table(stack)
    alice, bob = str(uuid.uuid4()), str(uuid.uuid4())
    got: dict[str, list[dict[str, Any]]] = {"alice": [], "bob": [], "anon": []}

    async def scenario() -> None:
        clients = [
            await subscriber(stack, table, stack.user_token(alice), got["alice"]),
            await subscriber(stack, table, stack.user_token(bob), got["bob"]),
            await subscriber(stack, table, None, got["anon"]),
        ]
        stack.sql(
            f"insert into public.{table}(owner, body, n) values (%s, 'a1', 1), (%s, 'b1', 2)",
            (alice, bob),
        )
        stack.sql(f"update public.{table} set n = n + 10")
        stack.sql(f"delete from public.{table}")
        stack.sql(f"insert into public.{table}(owner, body, n) values (null, 'public', 99)")
        await wait_for(lambda: len(got["alice"]) >= 3 and len(got["bob"]) >= 3, "user events")
        await wait_for(lambda: len(got["anon"]) >= 1, "the public row")
        for client in clients:
            await client.close()

    asyncio.run(scenario())
    for who, owner in (("alice", alice), ("bob", bob)):
        events = got[who]
        assert [e["type"] for e in events] == ["INSERT", "UPDATE", "DELETE"], events
        assert events[0]["record"]["owner"] == owner
        assert events[1]["record"]["n"] == events[0]["record"]["n"] + 10
        assert events[1]["old_record"]["n"] == events[0]["record"]["n"]
        # RLS tables only disclose the primary key of deleted rows, like Supabase.
        assert events[2]["old_record"] == {"id": events[0]["record"]["id"]}
        names = [c["name"] for c in events[0]["columns"]]
        assert names == ["id", "owner", "body", "n", "flag", "created_at"]
        assert {"name": "id", "type": "int8"} in events[0]["columns"]
    assert [(e["type"], e["record"]["body"]) for e in got["anon"]] == [("INSERT", "public")]


def test_change_payload_has_supabase_shape_and_typed_values(stack):
    table = make_table(stack)
    alice = str(uuid.uuid4())
    got: list[dict[str, Any]] = []

    async def scenario() -> None:
        client = await subscriber(stack, table, stack.user_token(alice), got)
        stack.sql(
            f"insert into public.{table}(owner, body, n, flag, created_at)"
            " values (%s, 'x', 7, true, '2026-01-02 03:04:05.25+00')",
            (alice,),
        )
        await wait_for(lambda: len(got) >= 1, "the insert")
        await client.close()

    asyncio.run(scenario())
    data = got[0]
    assert set(data) >= {"schema", "table", "commit_timestamp", "type", "columns", "record"}
    assert data["schema"] == "public" and data["table"] == table and data["errors"] is None
    assert data["record"]["n"] == 7 and data["record"]["flag"] is True
    assert data["record"]["created_at"] == "2026-01-02T03:04:05.25+00:00"
    assert data["commit_timestamp"].endswith("Z") and "T" in data["commit_timestamp"]


FILTER_CASES = {
    "n=eq.2": {2},
    "n=neq.2": {1, 3, 4},
    "n=lt.3": {1, 2},
    "n=lte.3": {1, 2, 3},
    "n=gt.3": {4},
    "n=gte.3": {3, 4},
    "n=in.(1,4)": {1, 4},
    "n=not.in.(1,4)": {2, 3},
    "body=like.app*": set(),
    "body=like.app%": {1, 2},
    "body=ilike.APP%": {1, 2, 3},
    "body=match.^ap+le$": {1},
    "body=imatch.^APPLE": {1, 2, 3},
    "flag=is.true": {1},
    "flag=is.null": {3, 4},
    "flag=not.is.null": {1, 2},
    "flag=isdistinct.true": {2, 3, 4},
    "n=gt.1,body=ilike.app%": {2, 3},
    'body=eq."apple pie"': {2},
}


def test_filters_select_rows_like_supabase(stack):
    table = make_table(stack)
    service = stack.service_key
    got: dict[str, list[dict[str, Any]]] = {f: [] for f in FILTER_CASES}
    everything: list[dict[str, Any]] = []

    async def scenario() -> None:
        client = AsyncRealtimeClient(f"{stack.url}/realtime/v1", service, auto_reconnect=False)
        channel = client.channel("filters")
        for text, sink in got.items():
            channel.on_postgres_changes(
                "INSERT",  # type: ignore[arg-type]
                callback=lambda p, sink=sink: sink.append(p["data"]["record"]),
                schema="public",
                table=table,
                filter=text,
            )
        channel.on_postgres_changes(
            "INSERT",  # type: ignore[arg-type]
            callback=lambda p: everything.append(p["data"]["record"]),
            schema="public",
            table=table,
        )
        systems: list[Any] = []
        channel.on_system(systems.append)
        await channel.subscribe()
        await wait_for(lambda: bool(systems), "subscription")
        assert systems[0].status == "ok", systems[0]
        stack.sql(
            f"insert into public.{table}(body, n, flag) values"
            " ('apple', 1, true), ('apple pie', 2, false), ('Apple', 3, null), ('pear', 4, null)"
        )
        await wait_for(lambda: len(everything) >= 4, "all inserts")
        # Filtered callbacks run on the same frames as the unfiltered one: all done by now.
        await client.close()

    asyncio.run(scenario())
    for text, expected in FILTER_CASES.items():
        assert {r["n"] for r in got[text]} == expected, text


def test_invalid_filter_is_reported_by_a_system_error(stack):
    table = make_table(stack)
    systems: list[Any] = []

    async def scenario() -> None:
        client = AsyncRealtimeClient(
            f"{stack.url}/realtime/v1", stack.service_key, auto_reconnect=False
        )
        channel = client.channel("bad-filter")
        channel.on_postgres_changes(
            "*", callback=lambda p: None, schema="public", table=table, filter="nope=eq.1"
        )
        channel.on_system(systems.append)
        channel.on_postgres_changes("*", callback=lambda p: None, schema="public", table="absent")
        states: list[Any] = []
        await channel.subscribe(lambda s, e: states.append(s))
        await wait_for(lambda: len(states) >= 2, "the channel error")
        await client.close()
        assert states[-1].value == "CHANNEL_ERROR"

    asyncio.run(scenario())


def test_select_sends_only_the_chosen_columns_and_the_key(stack):
    table = make_table(stack)
    alice = str(uuid.uuid4())
    got: list[dict[str, Any]] = []

    async def scenario() -> None:
        client = await subscriber(stack, table, stack.user_token(alice), got, select=["body"])
        stack.sql(f"insert into public.{table}(owner, body, n) values (%s, 'hi', 5)", (alice,))
        await wait_for(lambda: len(got) >= 1, "the insert")
        await client.close()

    asyncio.run(scenario())
    assert got[0]["record"] == {"id": got[0]["record"]["id"], "body": "hi"}
    assert [c["name"] for c in got[0]["columns"]] == ["id", "body"]


def test_token_refresh_keeps_the_subscription_and_an_expiring_token_ends_it(stack):
    table = make_table(stack)
    alice = str(uuid.uuid4())
    got: list[dict[str, Any]] = []
    witness: list[dict[str, Any]] = []

    async def scenario() -> None:
        first_expiry = time.time() + 3
        client = await subscriber(stack, table, stack.user_token(alice, ttl=3), got)
        channel = next(iter(client.channels.values()))
        await client.set_auth(stack.user_token(alice, ttl=7200))
        # Past the first token's expiry the subscription lives on the refreshed token.
        await wait_for(lambda: time.time() > first_expiry + 1, "the first token to expire")
        stack.sql(f"insert into public.{table}(owner, body) values (%s, 'after refresh')", (alice,))
        await wait_for(lambda: len(got) >= 1, "the event after refresh")
        states: list[Any] = []
        channel.subscribe_callback = lambda s, e: states.append((s, e))
        await client.set_auth(stack.user_token(alice, ttl=1))
        await wait_for(lambda: bool(states), "the channel to close when its token expires")
        other = await subscriber(stack, table, stack.user_token(alice), witness)
        stack.sql(f"insert into public.{table}(owner, body) values (%s, 'too late')", (alice,))
        await wait_for(lambda: len(witness) >= 1, "the witness subscriber")
        await client.close()
        await other.close()
        assert any("Token has expired" in str(e) for _, e in states), states

    asyncio.run(scenario())
    assert [e["record"]["body"] for e in got] == ["after refresh"]


def test_events_of_a_table_arrive_in_commit_order(stack):
    table = make_table(stack)
    alice = str(uuid.uuid4())
    got: list[dict[str, Any]] = []
    total = 150

    async def scenario() -> None:
        client = await subscriber(stack, table, stack.user_token(alice), got, event="INSERT")
        for i in range(0, total, 3):
            # Mix single-row and multi-row transactions.
            stack.sql(
                f"insert into public.{table}(owner, n) select %s, g from generate_series(%s::int, %s::int) g",
                (alice, i, i + 2),
            )
        await wait_for(lambda: len(got) >= total, "all inserts")
        await client.close()

    asyncio.run(scenario())
    assert [e["record"]["n"] for e in got] == list(range(total))


def test_a_subscriber_that_reconnects_keeps_working(stack):
    table = make_table(stack)
    alice = str(uuid.uuid4())
    first: list[dict[str, Any]] = []
    second: list[dict[str, Any]] = []

    async def scenario() -> None:
        client = await subscriber(stack, table, stack.user_token(alice), first)
        stack.sql(f"insert into public.{table}(owner, n) values (%s, 1)", (alice,))
        await wait_for(lambda: len(first) >= 1, "first event")
        await client.close()
        again = await subscriber(stack, table, stack.user_token(alice), second)
        stack.sql(f"insert into public.{table}(owner, n) values (%s, 2)", (alice,))
        await wait_for(lambda: len(second) >= 1, "event after reconnecting")
        await again.close()

    asyncio.run(scenario())
    assert [e["record"]["n"] for e in first] == [1]
    assert [e["record"]["n"] for e in second] == [2]


def test_delete_without_full_replica_identity_sends_only_the_key_to_every_subscriber(stack):
    table = make_table(stack, identity_full=False)
    alice, bob = str(uuid.uuid4()), str(uuid.uuid4())
    got_bob: list[dict[str, Any]] = []

    async def scenario() -> None:
        client = await subscriber(stack, table, stack.user_token(bob), got_bob, event="DELETE")
        stack.sql(f"insert into public.{table}(owner, body) values (%s, 'secret')", (alice,))
        stack.sql(f"delete from public.{table}")
        await wait_for(lambda: len(got_bob) >= 1, "the delete")
        await client.close()

    asyncio.run(scenario())
    assert list(got_bob[0]["old_record"]) == ["id"]


def test_records_carry_only_the_columns_the_role_may_read(stack):
    table = make_table(stack)
    stack.sql(
        f"revoke select on public.{table} from authenticated;"
        f" grant select (id, owner, body) on public.{table} to authenticated;"
    )
    alice = str(uuid.uuid4())
    got: list[dict[str, Any]] = []

    async def scenario() -> None:
        client = await subscriber(stack, table, stack.user_token(alice), got)
        stack.sql(f"insert into public.{table}(owner, body, n) values (%s, 'x', 1)", (alice,))
        await wait_for(lambda: len(got) >= 1, "the insert")
        await client.close()

    asyncio.run(scenario())
    assert set(got[0]["record"]) == {"id", "owner", "body"}
    assert [c["name"] for c in got[0]["columns"]] == ["id", "owner", "body"]


def test_wildcard_table_follows_every_published_table_of_the_schema(stack):
    first, second = make_table(stack), make_table(stack)
    stack.sql(f"create table public.{first}_unpublished (id int primary key)")
    got: list[dict[str, Any]] = []

    async def scenario() -> None:
        client = AsyncRealtimeClient(
            f"{stack.url}/realtime/v1", stack.service_key, auto_reconnect=False
        )
        channel = client.channel("everything")
        channel.on_postgres_changes(
            "INSERT", callback=lambda p: got.append(p["data"]), schema="public"
        )
        systems: list[Any] = []
        channel.on_system(systems.append)
        await channel.subscribe()
        await wait_for(lambda: bool(systems), "subscription")
        stack.sql(f"insert into public.{first}_unpublished values (1)")
        stack.sql(f"insert into public.{first}(body) values ('one')")
        stack.sql(f"insert into public.{second}(body) values ('two')")
        await wait_for(lambda: {first, second} <= {e["table"] for e in got}, "both tables")
        await client.close()

    asyncio.run(scenario())
    assert f"{first}_unpublished" not in {e["table"] for e in got}
