"""One WebSocket connection (a Phoenix socket) and the channels joined over it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from typing import TYPE_CHECKING, Any

from starlette.websockets import WebSocket, WebSocketDisconnect

from devstack import keys
from devstack.realtime import protocol
from devstack.realtime.protocol import Frame, FrameError
from devstack.realtime.subscriptions import activate, compile_bindings

if TYPE_CHECKING:
    from devstack.realtime.hub import Binding, Hub

log = logging.getLogger(__name__)

PHOENIX_TOPIC = "phoenix"
# Frames waiting for one socket. A client that stops reading is dropped past this, rather
# than letting its backlog of changes grow the gateway's memory without bound.
MAX_QUEUED_FRAMES = 10_000
OVERFLOW_CLOSE_CODE = 1013  # "try again later": the clients reconnect
# Upstream's default `max_channels_per_client`: every channel costs work on every change.
MAX_CHANNELS_PER_CLIENT = 100
TOPIC_PREFIX = "realtime:"


class TokenError(Exception):
    """A JWT Realtime refuses; `message` is what upstream tells the client."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def verify_token(token: Any, secret: str) -> dict[str, Any]:
    """The claims of a usable subscriber JWT (Realtime requires `role` and `exp`)."""
    if not isinstance(token, str) or not token:
        raise TokenError("MalformedJWT", "The token provided is not a valid JWT")
    try:
        claims = keys.verify(token, secret, leeway=0)
    except keys.InvalidJWT as exc:
        if exc.expired:
            expired_for = _expired_for(token)
            raise TokenError(
                "InvalidJWTToken", f"Token has expired {expired_for} seconds ago"
            ) from exc
        if "signature" in exc.reason.lower():
            raise TokenError("JwtSignatureError", "Failed to validate JWT signature") from exc
        raise TokenError("MalformedJWT", "The token provided is not a valid JWT") from exc
    if not isinstance(claims.get("exp"), int) or "role" not in claims:
        raise TokenError("InvalidJWTToken", "Fields `role` and `exp` are required in JWT")
    return claims


def _expired_for(token: str) -> int:
    import jwt

    try:
        exp = int(jwt.decode(token, options={"verify_signature": False}).get("exp", 0))
    except (jwt.InvalidTokenError, TypeError, ValueError):
        return 0
    return max(0, keys.now() - exp)


class Channel:
    """A joined `realtime:<name>` topic on one socket."""

    def __init__(self, session: Session, topic: str, join_ref: str | None) -> None:
        self.session = session
        self.topic = topic
        self.join_ref = join_ref
        self.private = False
        self.claims: dict[str, Any] = {}
        self.token = ""
        self.bindings: list[Binding] = []
        self.self_broadcast = False
        self.ack_broadcast = False
        self.presence_enabled = False
        self.presence_key = ""
        self._expiry: asyncio.TimerHandle | None = None

    @property
    def name(self) -> str:
        return self.topic[len(TOPIC_PREFIX) :]

    @property
    def topic_key(self) -> tuple[str, bool]:
        return (self.topic, self.private)

    @property
    def presence_topic(self) -> str:
        return f"{'private' if self.private else 'public'}:{self.topic}"

    def send(self, frame: Frame) -> None:
        """Queue a frame for this channel's socket."""
        if frame.join_ref is None:
            frame.join_ref = self.join_ref
        self.session.send(frame)

    def system(self, extension: str, status: str, message: str) -> None:
        """Push a `system` message, as Realtime reports subscription state."""
        payload = {"extension": extension, "status": status, "message": message}
        payload["channel"] = self.name
        self.send(Frame(self.topic, "system", payload))

    def set_token(self, token: str, claims: dict[str, Any]) -> None:
        """Adopt a verified JWT and close the channel when it expires, as upstream does."""
        self.token = token
        self.claims = claims
        if self._expiry is not None:
            self._expiry.cancel()
        delay = max(0.0, float(claims["exp"]) - time.time())
        self._expiry = asyncio.get_running_loop().call_later(delay, self._expired)

    def _expired(self) -> None:
        self.session.shutdown(self, "Token has expired 0 seconds ago")

    def cancel_timers(self) -> None:
        """Stop the expiry timer."""
        if self._expiry is not None:
            self._expiry.cancel()
            self._expiry = None


class Session:
    """A Phoenix socket: decodes frames, runs channel events, writes queued frames in order."""

    def __init__(self, websocket: WebSocket, hub: Hub, secret: str, vsn: str, token: str) -> None:
        self.websocket = websocket
        self.hub = hub
        self.secret = secret
        self.vsn = vsn
        self.token = token
        self.channels: dict[str, Channel] = {}
        self.queue: asyncio.Queue[Frame | None] = asyncio.Queue()
        self.overflowed = False
        self._writer: asyncio.Task[None] | None = None
        self._dropping: asyncio.Task[None] | None = None

    def send(self, frame: Frame) -> None:
        """Queue `frame`; the writer task sends frames in the order they were queued."""
        if self.overflowed:
            return
        if self.queue.qsize() >= MAX_QUEUED_FRAMES:
            self.overflowed = True
            log.warning("realtime: dropping a socket %d frames behind", self.queue.qsize())
            self._dropping = asyncio.get_running_loop().create_task(self._drop())
            return
        self.queue.put_nowait(frame)

    async def _drop(self) -> None:
        """Close a socket whose client stopped reading; its backlog is discarded."""
        if self._writer is not None:
            self._writer.cancel()
        while not self.queue.empty():
            self.queue.get_nowait()
        with contextlib.suppress(Exception):
            await self.websocket.close(code=OVERFLOW_CLOSE_CODE)

    async def run(self) -> None:
        """Serve the socket until the client goes away."""
        writer = self._writer = asyncio.create_task(self._write())
        try:
            while True:
                message = await self.websocket.receive()
                if message["type"] == "websocket.disconnect":
                    break
                raw = message.get("text")
                if raw is None:
                    raw = message.get("bytes") or b""
                await self._handle_raw(raw)
        except WebSocketDisconnect:
            pass
        finally:
            for channel in list(self.channels.values()):
                self._close_channel(channel)
            self.queue.put_nowait(None)
            # `wait`, not `wait_for`: the writer may have been cancelled by `_drop`.
            await asyncio.wait({writer}, timeout=2)
            writer.cancel()

    async def _write(self) -> None:
        while True:
            frame = await self.queue.get()
            if frame is None:
                return
            data = protocol.encode(frame, self.vsn)
            try:
                if isinstance(data, bytes):
                    await self.websocket.send_bytes(data)
                else:
                    await self.websocket.send_text(data)
            except Exception:
                return

    async def _handle_raw(self, raw: str | bytes) -> None:
        try:
            frame = protocol.decode(raw, self.vsn)
        except FrameError as exc:
            topic = exc.topic or PHOENIX_TOPIC
            self.send(
                Frame(
                    topic,
                    "phx_reply",
                    {"status": "error", "response": {"reason": exc.reason}},
                    exc.ref,
                )
            )
            return
        try:
            await self._handle(frame)
        except Exception:
            log.exception("realtime: failed to handle %s on %s", frame.event, frame.topic)
            self.send(protocol.reply(frame, "error", {"reason": "Unknown Error on Channel"}))

    async def _handle(self, frame: Frame) -> None:
        if frame.topic == PHOENIX_TOPIC:
            if frame.event == "heartbeat":
                self.send(protocol.reply(frame, "ok", {}))
            else:
                self.send(protocol.reply(frame, "error", {"reason": "unmatched topic"}))
            return
        if frame.event == "phx_join":
            await self._join(frame)
            return
        channel = self.channels.get(frame.topic)
        if channel is None:
            self.send(protocol.reply(frame, "error", {"reason": "unmatched topic"}))
            return
        if frame.event == "phx_leave":
            self._close_channel(channel)
            self.send(protocol.reply(frame, "ok", {}))
        elif frame.event == "access_token":
            await self._access_token(channel, frame)
        elif frame.event == "broadcast":
            # As upstream: an oversized payload is not relayed; only an acking sender hears why.
            if protocol.broadcast_too_large(frame):
                if channel.ack_broadcast:
                    self.send(protocol.reply(frame, "error", "payload_size_exceeded"))
                return
            self.hub.broadcast(channel, frame)
            if channel.ack_broadcast:
                self.send(protocol.reply(frame, "ok", {}))
        elif frame.event == "presence":
            self._presence(channel, frame)
        else:
            log.info("realtime: unexpected event %r on %s", frame.event, frame.topic)

    async def _join(self, frame: Frame) -> None:
        if not frame.topic.startswith(TOPIC_PREFIX) or frame.topic == TOPIC_PREFIX:
            reason = "TopicNameRequired: You must provide a topic name"
            self.send(protocol.reply(frame, "error", {"reason": reason}))
            return
        previous = self.channels.get(frame.topic)
        if previous is None and len(self.channels) >= MAX_CHANNELS_PER_CLIENT:
            reason = "ChannelRateLimitReached: Too many channels"
            self.send(protocol.reply(frame, "error", {"reason": reason}))
            return
        if previous is not None:
            self._close_channel(previous)
            previous.send(Frame(previous.topic, "phx_close", {}))
        payload = frame.payload
        config = _section(payload, "config")
        token = payload.get("access_token") or payload.get("user_token") or self.token
        if isinstance(token, str) and token.startswith("sb_"):
            token = self.token
        try:
            claims = verify_token(token, self.secret)
        except TokenError as exc:
            self.send(protocol.reply(frame, "error", {"reason": f"{exc.code}: {exc.message}"}))
            return
        channel = Channel(self, frame.topic, frame.join_ref)
        channel.private = bool(config.get("private"))
        if channel.private and not _bypasses_rls(claims):
            reason = "Unauthorized: " + _private_denied(channel.name)
            self.send(protocol.reply(frame, "error", {"reason": reason}))
            return
        broadcast = _section(config, "broadcast")
        channel.self_broadcast = bool(broadcast.get("self"))
        channel.ack_broadcast = bool(broadcast.get("ack"))
        presence = _section(config, "presence")
        channel.presence_enabled = bool(presence.get("enabled"))
        channel.presence_key = str(presence.get("key") or "") or str(uuid.uuid4())
        channel.set_token(str(token), claims)
        raw_changes = config.get("postgres_changes")
        params_list = (
            [p for p in raw_changes if isinstance(p, dict)] if isinstance(raw_changes, list) else []
        )
        bindings, echo = compile_bindings(params_list)
        channel.bindings = bindings
        self.channels[frame.topic] = channel
        self.hub.add(channel)
        self.send(protocol.reply(frame, "ok", {"postgres_changes": echo}))
        if channel.presence_enabled:
            channel.send(
                Frame(
                    channel.topic, "presence_state", self.hub.presence.state(channel.presence_topic)
                )
            )
        if bindings:
            await self._subscribe(channel)

    async def _subscribe(self, channel: Channel) -> None:
        """Validate the channel's bindings against the catalogue and say so, like upstream."""
        error = await activate(self.hub.catalog, channel.bindings, channel.claims)
        if error is None:
            channel.system("postgres_changes", "ok", "Subscribed to PostgreSQL")
        else:
            channel.system("postgres_changes", "error", error)

    async def _access_token(self, channel: Channel, frame: Frame) -> None:
        token = frame.payload.get("access_token")
        if token is None or token == channel.token:
            return
        if isinstance(token, str) and token.startswith("sb_"):
            return
        try:
            claims = verify_token(token, self.secret)
        except TokenError as exc:
            self.shutdown(channel, exc.message)
            return
        if channel.private and not _bypasses_rls(claims):
            # The join was authorised for the old token; the new one must earn it again.
            self.shutdown(channel, _private_denied(channel.name))
            return
        channel.set_token(str(token), claims)
        if channel.bindings:
            await self._subscribe(channel)

    def _presence(self, channel: Channel, frame: Frame) -> None:
        event = str(frame.payload.get("event", "")).lower()
        if event == "track":
            payload = frame.payload.get("payload", {})
            if not isinstance(payload, dict):
                reason = "Presence track payload must be a map"
                self.send(protocol.reply(frame, "error", {"reason": reason}))
                return
            channel.presence_enabled = True
            self.hub.track(channel, payload)
        elif event == "untrack":
            self.hub.untrack(channel)
        else:
            self.send(protocol.reply(frame, "error", {}))
            return
        self.send(protocol.reply(frame, "ok", {}))

    def shutdown(self, channel: Channel, message: str) -> None:
        """Tell the client why and close the channel (upstream's `shutdown_response`)."""
        if self.channels.get(channel.topic) is not channel:
            return
        channel.system("system", "error", message)
        self._close_channel(channel)
        channel.send(Frame(channel.topic, "phx_close", {}))

    def _close_channel(self, channel: Channel) -> None:
        channel.cancel_timers()
        if self.channels.get(channel.topic) is channel:
            del self.channels[channel.topic]
        self.hub.remove(channel)


def _section(payload: dict[str, Any], name: str) -> dict[str, Any]:
    value = payload.get(name)
    return value if isinstance(value, dict) else {}


def _private_denied(name: str) -> str:
    return f"You do not have permissions to read from this Channel topic: {name}"


def _bypasses_rls(claims: dict[str, Any]) -> bool:
    return claims.get("role") == "service_role"
