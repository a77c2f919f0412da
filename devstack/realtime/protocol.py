"""Phoenix channel frames as Supabase Realtime speaks them.

Two serializers, chosen by the `vsn` query parameter of the WebSocket URL:

- `1.0.0`: JSON objects `{topic, event, payload, ref, join_ref}` (realtime-py);
- `2.0.0`: JSON arrays `[join_ref, ref, topic, event, payload]` (supabase-js), plus binary
  frames for user broadcasts: kind 3 (client push) and kind 4 (server broadcast), laid out as
  in realtime-js `lib/serializer.ts`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

VSN_1 = "1.0.0"
VSN_2 = "2.0.0"
SUPPORTED_VSN = (VSN_1, VSN_2)

KIND_USER_BROADCAST_PUSH = 3
KIND_USER_BROADCAST = 4
ENCODING_BINARY = 0
ENCODING_JSON = 1


class FrameError(Exception):
    """A frame that cannot be decoded; `topic`/`ref` are filled in when they could be read."""

    def __init__(self, reason: str, *, topic: str | None = None, ref: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.topic = topic
        self.ref = ref


@dataclass
class UserBroadcast:
    """A broadcast whose user payload travelled as a binary frame (vsn 2.0.0)."""

    event: str
    encoding: int
    data: bytes
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class Frame:
    """One Phoenix message in either direction."""

    topic: str
    event: str
    payload: Any
    ref: str | None = None
    join_ref: str | None = None
    binary: UserBroadcast | None = None


def _as_ref(value: Any) -> str | None:
    if value is None:
        return None
    return str(value)


def decode(raw: str | bytes, vsn: str) -> Frame:
    """Parse one client frame; raise FrameError when it is not a valid Phoenix message."""
    if isinstance(raw, bytes):
        return _decode_binary(raw)
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise FrameError("malformed JSON") from exc
    if isinstance(data, list):
        if len(data) != 5:
            raise FrameError("expected [join_ref, ref, topic, event, payload]")
        join_ref, ref, topic, event, payload = data
    elif isinstance(data, dict):
        join_ref, ref = data.get("join_ref"), data.get("ref")
        topic, event, payload = data.get("topic"), data.get("event"), data.get("payload")
    else:
        raise FrameError("expected a JSON object or array")
    if not isinstance(topic, str) or not isinstance(event, str):
        raise FrameError("topic and event must be strings", ref=_as_ref(ref))
    if payload is None:
        payload = {}
    if not isinstance(payload, dict):
        raise FrameError("payload must be an object", topic=topic, ref=_as_ref(ref))
    return Frame(topic, event, payload, _as_ref(ref), _as_ref(join_ref))


def _decode_binary(raw: bytes) -> Frame:
    if len(raw) < 7 or raw[0] != KIND_USER_BROADCAST_PUSH:
        raise FrameError("unsupported binary frame")
    join_ref_len, ref_len, topic_len, event_len, meta_len, encoding = raw[1:7]
    offset = 7
    parts: list[str] = []
    for size in (join_ref_len, ref_len, topic_len, event_len, meta_len):
        chunk = raw[offset : offset + size]
        if len(chunk) != size:
            raise FrameError("truncated binary frame")
        parts.append(chunk.decode("utf-8", errors="replace"))
        offset += size
    join_ref, ref, topic, user_event, meta_text = parts
    data = raw[offset:]
    metadata: dict[str, Any] = {}
    if meta_text:
        try:
            loaded = json.loads(meta_text)
        except ValueError as exc:
            raise FrameError("malformed broadcast metadata", topic=topic, ref=ref) from exc
        if isinstance(loaded, dict):
            metadata = loaded
    user_payload: Any
    if encoding == ENCODING_JSON:
        try:
            user_payload = json.loads(data.decode("utf-8")) if data else {}
        except ValueError as exc:
            raise FrameError("malformed broadcast payload", topic=topic, ref=ref) from exc
    else:
        user_payload = None
    payload = {"type": "broadcast", "event": user_event, "payload": user_payload}
    binary = UserBroadcast(user_event, encoding, bytes(data), metadata)
    return Frame(topic, "broadcast", payload, ref or None, join_ref or None, binary)


def encode(frame: Frame, vsn: str) -> str | bytes:
    """Serialize a server frame for a client speaking `vsn`."""
    if frame.binary is not None and vsn == VSN_2:
        return _encode_user_broadcast(frame.topic, frame.binary)
    if vsn == VSN_2:
        return json.dumps(
            [frame.join_ref, frame.ref, frame.topic, frame.event, frame.payload],
            separators=(",", ":"),
            default=str,
        )
    return json.dumps(
        {
            "topic": frame.topic,
            "event": frame.event,
            "payload": frame.payload,
            "ref": frame.ref,
            "join_ref": frame.join_ref,
        },
        separators=(",", ":"),
        default=str,
    )


def _encode_user_broadcast(topic: str, message: UserBroadcast) -> bytes:
    topic_b = topic.encode()
    event_b = message.event.encode()
    meta_b = json.dumps(message.metadata).encode() if message.metadata else b""
    header = bytes([KIND_USER_BROADCAST, len(topic_b), len(event_b), len(meta_b), message.encoding])
    return header + topic_b + event_b + meta_b + message.data


def reply(request: Frame, status: str, response: dict[str, Any] | str) -> Frame:
    """The `phx_reply` answering `request`."""
    return Frame(
        request.topic,
        "phx_reply",
        {"status": status, "response": response},
        request.ref,
        request.join_ref,
    )


# Upstream's default `max_payload_size_in_kb` (3000, counted in units of 1000 bytes): a larger
# broadcast is refused, over the socket and over HTTP alike.
MAX_PAYLOAD_BYTES = 3000 * 1000


def broadcast_too_large(frame: Frame) -> bool:
    """Whether a broadcast's payload exceeds MAX_PAYLOAD_BYTES (binary: its raw bytes)."""
    if frame.binary is not None:
        return len(frame.binary.data) > MAX_PAYLOAD_BYTES
    encoded = json.dumps(frame.payload, separators=(",", ":"), ensure_ascii=False)
    return len(encoded.encode("utf-8")) > MAX_PAYLOAD_BYTES
