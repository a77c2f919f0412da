"""Realtime against subscribers that try to hurt the gateway or read what they must not."""

from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any

import httpx
import websockets

from devstack.realtime import channels
from devstack.realtime.channels import Session
from devstack.realtime.hub import Hub
from devstack.realtime.protocol import Frame
from devstack.realtime.rls import Catalog, Visibility
from tests.integration.devstack.test_realtime_py import make_table, subscriber, wait_for

# Backtracking regex engines take exponential (regex) or O(n^12) (LIKE) time on these.
EVIL_BODY = "a" * 40 + "!"
EVIL_FILTERS = ("body=match.^(a+)+$", "body=imatch.^(a|aa)+$", "body=like." + "%a" * 12 + "%b")


def test_pathological_filter_patterns_do_not_stall_other_subscribers(stack):
    table = make_table(stack)
    service = stack.service_key
    evil: dict[str, list[dict[str, Any]]] = {f: [] for f in EVIL_FILTERS}
    plain: list[dict[str, Any]] = []

    async def scenario() -> None:
        clients = [
            await subscriber(stack, table, service, sink, event="INSERT", filter=text)
            for text, sink in evil.items()
        ]
        clients.append(await subscriber(stack, table, service, plain, event="INSERT"))
        stack.sql(f"insert into public.{table}(body, n) values (%s, 1)", (EVIL_BODY,))
        stack.sql(
            f"insert into public.{table}(body, n) values (%s, 2), ('aaaa', 3)", ("a" * 12 + "b",)
        )
        await wait_for(lambda: len(plain) >= 3, "every insert at the unfiltered subscriber")
        # Changes fan out in commit order, so these saw the hostile row first.
        await wait_for(lambda: all(len(s) >= 1 for s in evil.values()), "the matching rows")
        for client in clients:
            await client.close()

    asyncio.run(scenario())
    assert [r["record"]["n"] for r in plain] == [1, 2, 3]
    # a{12}b matches only the LIKE pattern; 'aaaa' only the regexes (a's to the end).
    assert [r["record"]["n"] for r in evil[EVIL_FILTERS[2]]] == [2]
    for text in EVIL_FILTERS[:2]:
        assert [r["record"]["n"] for r in evil[text]] == [3], text


def test_a_private_channel_closes_when_its_token_is_swapped_for_one_without_access(stack):
    base = stack.url.replace("http://", "ws://")
    url = f"{base}/realtime/v1/websocket?apikey={stack.service_key}&vsn=1.0.0"

    def frame(event: str, payload: dict[str, Any], ref: str) -> str:
        return json.dumps(
            {"topic": "realtime:vault", "event": event, "payload": payload, "ref": ref}
        )

    async def scenario() -> list[dict[str, Any]]:
        async with websockets.connect(url) as ws:
            config = {"config": {"private": True}, "access_token": stack.service_key}
            await ws.send(frame("phx_join", config, "1"))
            joined = json.loads(await ws.recv())
            assert joined["payload"]["status"] == "ok", joined
            user = stack.user_token(str(uuid.uuid4()))
            await ws.send(frame("access_token", {"access_token": user}, "2"))
            async with httpx.AsyncClient() as http:
                sent = await http.post(
                    f"{stack.url}/realtime/v1/api/broadcast",
                    headers={"apikey": stack.service_key},
                    json={
                        "messages": [
                            {"topic": "vault", "event": "secret", "payload": {}, "private": True}
                        ]
                    },
                )
                assert sent.status_code == 202
            seen: list[dict[str, Any]] = []
            while not seen or seen[-1]["event"] not in ("phx_close", "broadcast"):
                seen.append(json.loads(await asyncio.wait_for(ws.recv(), timeout=15)))
            return seen

    seen = asyncio.run(scenario())
    assert [f["event"] for f in seen] == ["system", "phx_close"], seen
    assert seen[0]["payload"]["status"] == "error"
    assert "permissions to read from this Channel topic: vault" in seen[0]["payload"]["message"]


class StuckSocket:
    """A WebSocket whose client never reads: every send blocks until the socket closes."""

    def __init__(self) -> None:
        self.closed = asyncio.Event()
        self.close_code: int | None = None

    async def send_text(self, data: str) -> None:
        await self.closed.wait()
        raise RuntimeError("closed")

    async def send_bytes(self, data: bytes) -> None:
        await self.send_text("")

    async def receive(self) -> dict[str, Any]:
        await self.closed.wait()
        return {"type": "websocket.disconnect"}

    async def close(self, code: int = 1000) -> None:
        self.close_code = code
        self.closed.set()


def test_a_client_that_stops_reading_is_dropped_instead_of_queueing_without_bound():
    socket = StuckSocket()
    hub = Hub(Catalog(None), Visibility(None))  # type: ignore[arg-type]

    async def scenario() -> int:
        session = Session(socket, hub, "secret", "1.0.0", "token")  # type: ignore[arg-type]
        running = asyncio.create_task(session.run())
        await asyncio.sleep(0)  # the writer takes the first frame and blocks on it
        for n in range(channels.MAX_QUEUED_FRAMES + 500):
            session.send(Frame("realtime:flood", "broadcast", {"n": n}))
        peak = session.queue.qsize()
        await asyncio.wait_for(running, timeout=10)
        return peak

    peak = asyncio.run(scenario())
    assert peak <= channels.MAX_QUEUED_FRAMES
    assert socket.close_code == channels.OVERFLOW_CLOSE_CODE


def test_one_socket_cannot_join_more_channels_than_upstreams_per_client_limit(stack):
    base = stack.url.replace("http://", "ws://")
    url = f"{base}/realtime/v1/websocket?apikey={stack.anon_key}&vsn=2.0.0"
    limit = channels.MAX_CHANNELS_PER_CLIENT

    async def scenario() -> list[Any]:
        async with websockets.connect(url) as ws:
            replies = []
            for n in range(limit + 1):
                await ws.send(json.dumps([str(n), str(n), f"realtime:room-{n}", "phx_join", {}]))
                replies.append(json.loads(await ws.recv())[4])
            # Rejoining a topic it already has is not a new channel.
            await ws.send(json.dumps(["x", "x", "realtime:room-0", "phx_join", {}]))
            while (frame := json.loads(await ws.recv()))[3] != "phx_reply":
                pass
            replies.append(frame[4])
            return replies

    replies = asyncio.run(scenario())
    assert all(r["status"] == "ok" for r in replies[:limit])
    assert replies[limit] == {
        "status": "error",
        "response": {"reason": "ChannelRateLimitReached: Too many channels"},
    }
    assert replies[limit + 1]["status"] == "ok"


def test_an_update_whose_policy_column_is_an_unchanged_toasted_value_is_not_shown(stack):
    # Without REPLICA IDENTITY FULL the WAL leaves out unchanged TOASTed values, so the
    # policy below cannot be judged on the update; judging it on NULL would leak the row.
    table = f"rt_{uuid.uuid4().hex[:10]}"
    stack.sql(
        f"""
        create table public.{table} (
          id bigint generated always as identity primary key, owner uuid, n int, note text
        );
        alter table public.{table} enable row level security;
        create policy mine_or_not_private on public.{table} for select to authenticated
          using (owner = (auth.jwt() ->> 'sub')::uuid
                 or coalesce(note, '') not like 'private%');
        alter publication supabase_realtime add table public.{table};
        """
    )
    alice, bob = str(uuid.uuid4()), str(uuid.uuid4())
    got: list[dict[str, Any]] = []
    alice_got: list[dict[str, Any]] = []

    async def scenario() -> None:
        client = await subscriber(stack, table, stack.user_token(bob), got)
        alice_client = await subscriber(stack, table, stack.user_token(alice), alice_got)
        stack.sql(
            f"insert into public.{table}(owner, n, note) select %s, 1, 'private '"
            " || (select string_agg(md5(i::text), '') from generate_series(1, 400) i)",
            (alice,),
        )
        stack.sql(f"update public.{table} set n = 2 where n = 1")
        stack.sql(f"insert into public.{table}(owner, n, note) values (%s, 3, 'hello')", (alice,))
        await wait_for(lambda: any(e["record"].get("n") == 3 for e in got), "the public row")
        await wait_for(lambda: len(alice_got) >= 3, "alice's events")
        await client.close()
        await alice_client.close()

    asyncio.run(scenario())
    assert [(e["type"], e["record"]["n"]) for e in got] == [("INSERT", 3)]
    # The owner still gets the update, judged on the stored row like upstream does.
    assert [(e["type"], e["record"]["n"]) for e in alice_got] == [
        ("INSERT", 1),
        ("UPDATE", 2),
        ("INSERT", 3),
    ]
