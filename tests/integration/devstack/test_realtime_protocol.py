"""Realtime's socket protocol, broadcast and presence, through realtime-py and raw frames."""

from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any

import httpx
import pytest
import websockets
from realtime import AsyncRealtimeClient

from tests.integration.devstack.test_realtime_py import wait_for


def test_broadcast_honours_self_and_ack_and_presence_is_shared(stack):
    async def scenario() -> None:
        a = AsyncRealtimeClient(f"{stack.url}/realtime/v1", stack.anon_key, auto_reconnect=False)
        b = AsyncRealtimeClient(f"{stack.url}/realtime/v1", stack.anon_key, auto_reconnect=False)
        got_a: list[Any] = []
        got_b: list[Any] = []
        syncs_b: list[Any] = []
        ch_a = a.channel(
            "room-1",
            {
                "config": {
                    "broadcast": {"self": True, "ack": True},
                    "presence": {"key": "ana", "enabled": True},
                    "private": False,
                }
            },
        )
        ch_b = b.channel(
            "room-1",
            {
                "config": {
                    "broadcast": {"self": False, "ack": False},
                    "presence": {"key": "bia", "enabled": True},
                    "private": False,
                }
            },
        )
        ch_a.on_broadcast("msg", got_a.append)
        ch_b.on_broadcast("msg", got_b.append)
        ch_b.on_presence_sync(lambda: syncs_b.append(dict(ch_b.presence_state())))
        await ch_a.subscribe()
        await ch_b.subscribe()
        await ch_a.send_broadcast("msg", {"from": "a"})
        await ch_b.send_broadcast("msg", {"from": "b"})
        await wait_for(lambda: len(got_a) >= 2 and len(got_b) >= 1, "broadcasts")
        await ch_a.track({"status": "online"})
        await wait_for(lambda: any("ana" in s for s in syncs_b), "ana's presence at bia")
        await ch_a.untrack()
        await wait_for(lambda: bool(syncs_b) and "ana" not in syncs_b[-1], "ana leaving")
        await a.close()
        await b.close()
        assert sorted(m["payload"]["from"] for m in got_a) == ["a", "b"]
        assert [m["payload"]["from"] for m in got_b] == ["a"]  # no self-echo for b
        ana = next(s for s in syncs_b if "ana" in s)["ana"]
        assert ana[0]["status"] == "online" and ana[0]["presence_ref"]

    asyncio.run(scenario())


def _raw(stack: Any, vsn: str = "1.0.0", key: str | None = None) -> str:
    base = stack.url.replace("http://", "ws://")
    return f"{base}/realtime/v1/websocket?apikey={key or stack.anon_key}&vsn={vsn}"


def test_handshake_without_a_valid_api_key_is_refused(stack):
    async def scenario() -> None:
        base = stack.url.replace("http://", "ws://") + "/realtime/v1/websocket?vsn=1.0.0"
        for url in (base, base + "&apikey=not-a-jwt"):
            with pytest.raises(websockets.InvalidStatus) as refused:
                async with websockets.connect(url):
                    pass
            assert refused.value.response.status_code == 401

    asyncio.run(scenario())


def test_protocol_answers_heartbeats_bad_frames_and_unjoined_topics_in_both_serializers(stack):
    async def scenario() -> None:
        async with websockets.connect(_raw(stack)) as ws:
            await ws.send(
                json.dumps({"topic": "phoenix", "event": "heartbeat", "payload": {}, "ref": "1"})
            )
            reply = json.loads(await ws.recv())
            assert reply["event"] == "phx_reply" and reply["ref"] == "1"
            assert reply["payload"] == {"status": "ok", "response": {}}
            await ws.send("this is not json")
            bad = json.loads(await ws.recv())
            assert bad["event"] == "phx_reply" and bad["payload"]["status"] == "error"
            await ws.send(
                json.dumps({"topic": "realtime:x", "event": "broadcast", "payload": {}, "ref": "2"})
            )
            unmatched = json.loads(await ws.recv())
            assert unmatched["payload"] == {
                "status": "error",
                "response": {"reason": "unmatched topic"},
            }
        async with websockets.connect(_raw(stack, "2.0.0")) as ws:
            expired = stack.user_token(str(uuid.uuid4()), ttl=-100)
            join = ["1", "1", "realtime:room", "phx_join", {"config": {}, "access_token": expired}]
            await ws.send(json.dumps(join))
            join_ref, ref, topic, event, payload = json.loads(await ws.recv())
            assert (join_ref, ref, topic, event) == ("1", "1", "realtime:room", "phx_reply")
            assert payload["status"] == "error"
            assert payload["response"]["reason"].startswith("InvalidJWTToken: Token has expired")
            await ws.send(json.dumps(["2", "2", "realtime:room", "phx_join", {"config": {}}]))
            *_, ok = json.loads(await ws.recv())
            assert ok == {"status": "ok", "response": {"postgres_changes": []}}
            await ws.send(json.dumps(["2", "3", "realtime:room", "phx_leave", {}]))
            *_, left = json.loads(await ws.recv())
            assert left["status"] == "ok"

    asyncio.run(scenario())


def test_rest_broadcast_endpoints_reach_subscribers(stack):
    async def scenario() -> None:
        client = AsyncRealtimeClient(
            f"{stack.url}/realtime/v1", stack.anon_key, auto_reconnect=False
        )
        got: list[Any] = []
        channel = client.channel("news")
        channel.on_broadcast("*", got.append)
        await channel.subscribe()
        async with httpx.AsyncClient() as http:
            response = await http.post(
                f"{stack.url}/realtime/v1/api/broadcast",
                headers={"apikey": stack.anon_key},
                json={"messages": [{"topic": "news", "event": "rest", "payload": {"n": 1}}]},
            )
            assert response.status_code == 202
            refused = await http.post(
                f"{stack.url}/realtime/v1/api/broadcast",
                headers={"apikey": "nope"},
                json={"messages": []},
            )
            assert refused.status_code == 401
        await channel.http_send("single", {"n": 2})
        await wait_for(lambda: len(got) >= 2, "both REST broadcasts")
        await client.close()
        assert [(m["event"], m["payload"]) for m in got] == [
            ("rest", {"n": 1}),
            ("single", {"n": 2}),
        ]

    asyncio.run(scenario())
