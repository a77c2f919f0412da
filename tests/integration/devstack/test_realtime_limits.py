"""Realtime refuses oversized broadcasts like upstream, without buffering what it refuses.

Limits (supabase/realtime): a body over 8,000,000 bytes is a 413, a batch over the tenant's
100 events is a 429, and a broadcast payload over 3,000 KB is a 422 over HTTP or, on the
socket, is dropped with a `payload_size_exceeded` reply to a sender that asked for acks.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import uuid
from typing import Any
from urllib.parse import urlsplit

import httpx
import websockets

from devstack.realtime.component import MAX_BODY_BYTES, MAX_MESSAGES_PER_REQUEST
from devstack.realtime.protocol import MAX_PAYLOAD_BYTES

BIG = "x" * (MAX_PAYLOAD_BYTES + 1)


def _socket_url(stack: Any) -> str:
    base = stack.url.replace("http://", "ws://")
    return f"{base}/realtime/v1/websocket?apikey={stack.anon_key}&vsn=1.0.0"


def _frame(topic: str, event: str, payload: dict[str, Any], ref: str) -> str:
    return json.dumps({"topic": topic, "event": event, "payload": payload, "ref": ref})


async def _until(ws: Any, wanted: Any) -> dict[str, Any]:
    while True:
        frame = json.loads(await asyncio.wait_for(ws.recv(), 15))
        if wanted(frame):
            return frame


async def _listener(stack: Any, topic: str, config: dict[str, Any] | None = None) -> Any:
    ws = await websockets.connect(_socket_url(stack), max_size=None)
    join = {"config": {"broadcast": {"self": True, "ack": True}, **(config or {})}}
    await ws.send(_frame(f"realtime:{topic}", "phx_join", join, "join"))
    reply = await _until(ws, lambda f: f["ref"] == "join")
    assert reply["payload"]["status"] == "ok", reply
    return ws


async def _next_broadcast(ws: Any) -> dict[str, Any]:
    frame = await _until(ws, lambda f: f["event"] == "broadcast")
    return frame["payload"]


def _post(stack: Any, path: str, **kwargs: Any) -> httpx.Response:
    with httpx.Client(timeout=60) as http:
        return http.post(
            f"{stack.url}/realtime/v1/api/broadcast{path}",
            headers={"apikey": stack.anon_key, **kwargs.pop("headers", {})},
            **kwargs,
        )


def _message(topic: str, event: str, payload: Any) -> dict[str, Any]:
    return {"topic": topic, "event": event, "payload": payload}


def test_refused_batches_send_nothing_and_say_why_like_upstream(stack):
    topic = f"limits-{uuid.uuid4().hex[:8]}"

    async def scenario() -> None:
        ws = await _listener(stack, topic)
        too_many = [_message(topic, "many", {"n": i}) for i in range(MAX_MESSAGES_PER_REQUEST + 1)]
        crowded = await asyncio.to_thread(_post, stack, "", json={"messages": too_many})
        mixed = [_message(topic, "small", {"n": 1}), _message(topic, "big", {"data": BIG})]
        oversized = await asyncio.to_thread(_post, stack, "", json={"messages": mixed})
        fine = [_message(topic, "ok", {"n": i}) for i in range(MAX_MESSAGES_PER_REQUEST)]
        accepted = await asyncio.to_thread(_post, stack, "", json={"messages": fine})
        first = await _next_broadcast(ws)
        await ws.close()

        assert crowded.status_code == 429, crowded.text
        assert crowded.json() == {
            "message": "Too many messages to broadcast, please reduce the batch size"
        }
        assert oversized.status_code == 422, oversized.text
        assert oversized.json() == {
            "errors": {"messages": [{}, {"payload": ["Payload size exceeds tenant limit"]}]}
        }
        assert accepted.status_code == 202, accepted.text
        # Broadcasts reach a socket in order: nothing from the refused batches came first.
        assert (first["event"], first["payload"]) == ("ok", {"n": 0})

    asyncio.run(scenario())


def test_single_sends_over_the_payload_limit_are_422_in_json_and_binary(stack):
    topic = f"limits-{uuid.uuid4().hex[:8]}"
    big_json = _post(stack, f"/{topic}/events/big", json={"data": BIG})
    big_binary = _post(
        stack,
        f"/{topic}/events/big",
        content=b"\0" * (MAX_PAYLOAD_BYTES + 1),
        headers={"Content-Type": "application/octet-stream"},
    )
    small = _post(stack, f"/{topic}/events/small", json={"n": 1})

    for response in (big_json, big_binary):
        assert response.status_code == 422, response.text
        assert response.json() == {"errors": {"payload": ["Payload size exceeds tenant limit"]}}
    assert small.status_code == 202, small.text


def _raw_post(stack: Any, path: str, head: str, body: bytes) -> tuple[bytes, bool]:
    """Send `head` and `body` but never the rest; return the answer and if it came at all."""
    url = urlsplit(stack.url)
    request = (
        f"POST /realtime/v1/api/broadcast{path} HTTP/1.1\r\nHost: {url.hostname}\r\n"
        f"apikey: {stack.anon_key}\r\nContent-Type: application/json\r\n{head}\r\n"
    ).encode()
    with socket.create_connection((url.hostname, url.port), timeout=20) as conn:
        conn.sendall(request)
        # The server may refuse and close while the body is still on its way.
        with contextlib.suppress(OSError):
            conn.sendall(body)
        answer = b""
        try:
            while not _complete(answer):
                received = conn.recv(65536)
                if not received:
                    break
                answer += received
        except TimeoutError:
            return answer, False
        return answer, True


def _complete(answer: bytes) -> bool:
    head, separator, body = answer.partition(b"\r\n\r\n")
    if not separator:
        return False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value)
    return False


def test_an_oversized_body_is_refused_before_it_has_all_arrived(stack):
    # Content-Length promises more than the limit; only a little is sent. A server that
    # waited for the whole body would never answer.
    declared, declared_answered = _raw_post(
        stack, "", f"Content-Length: {MAX_BODY_BYTES * 4}\r\n", b'{"messages": ['
    )
    # Chunked, no length: past the limit the server answers, though the body never ends.
    chunk = b"a" * 1_000_000
    chunks = (b"%x\r\n" % len(chunk) + chunk + b"\r\n") * (MAX_BODY_BYTES // len(chunk) + 1)
    streamed, streamed_answered = _raw_post(
        stack, "/t/events/e", "Transfer-Encoding: chunked\r\n", chunks
    )

    for answer, answered in ((declared, declared_answered), (streamed, streamed_answered)):
        assert answered, "no answer while the oversized body was still open"
        assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
        assert b'{"message":"Request Entity Too Large"}' in answer


def test_an_oversized_socket_broadcast_is_not_relayed_and_an_acking_sender_is_told(stack):
    topic = f"limits-{uuid.uuid4().hex[:8]}"

    async def scenario() -> None:
        sender = await _listener(stack, topic)
        other = await _listener(stack, topic)
        big = {"type": "broadcast", "event": "big", "payload": {"data": BIG}}
        small = {"type": "broadcast", "event": "small", "payload": {"n": 1}}
        await sender.send(_frame(f"realtime:{topic}", "broadcast", big, "b1"))
        await sender.send(_frame(f"realtime:{topic}", "broadcast", small, "b2"))
        at_sender = [await _until(sender, lambda f: f["event"] != "presence_state")]
        while at_sender[-1]["ref"] != "b2":
            at_sender.append(await _until(sender, lambda f: True))
        first_at_other = await _next_broadcast(other)
        await sender.close()
        await other.close()

        # The sender asked for `self` and acks: a refusal, then its small echo and ack.
        assert [(f["event"], f["ref"]) for f in at_sender] == [
            ("phx_reply", "b1"),
            ("broadcast", None),
            ("phx_reply", "b2"),
        ]
        assert at_sender[0]["payload"] == {"status": "error", "response": "payload_size_exceeded"}
        assert at_sender[1]["payload"]["event"] == "small"
        assert at_sender[2]["payload"] == {"status": "ok", "response": {}}
        assert first_at_other["event"] == "small"

    asyncio.run(scenario())
