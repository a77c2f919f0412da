"""The Realtime component mounted by the gateway under `/realtime/v1`."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route, WebSocketRoute
from starlette.websockets import WebSocket

from devstack.realtime import protocol
from devstack.realtime.changes import ChangeCapture
from devstack.realtime.channels import Session, TokenError, verify_token
from devstack.realtime.hub import Hub
from devstack.realtime.protocol import Frame, UserBroadcast
from devstack.realtime.rls import Catalog, Visibility

if TYPE_CHECKING:
    from devstack.gateway import Gateway

log = logging.getLogger(__name__)

# Upstream's limits: Phoenix's body parser refuses a body over 8,000,000 bytes (413), and a
# batch may carry no more messages than the tenant's `max_events_per_second` (100 by
# default) allows (429). Bodies are read as a stream, so an oversized one is never buffered.
MAX_BODY_BYTES = 8_000_000
MAX_MESSAGES_PER_REQUEST = 100
PAYLOAD_TOO_LARGE = "Payload size exceeds tenant limit"


class BodyTooLarge(Exception):
    """The request body exceeds MAX_BODY_BYTES."""


async def read_body(request: Request) -> bytes:
    """The request body, refused with BodyTooLarge past MAX_BODY_BYTES before all is read."""
    try:
        declared = int(request.headers.get("content-length", ""))
    except ValueError:
        declared = 0
    if declared > MAX_BODY_BYTES:
        raise BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def _body_too_large() -> Response:
    return JSONResponse({"message": "Request Entity Too Large"}, status_code=413)


class RealtimeComponent:
    """Phoenix socket endpoint plus the change capture feeding it."""

    prefix = "/realtime/v1"

    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway
        self.hub: Hub | None = None
        self.capture: ChangeCapture | None = None

    def routes(self) -> Sequence[BaseRoute]:
        """The socket and the REST broadcast endpoint."""
        return [
            WebSocketRoute("/websocket", self.websocket),
            Route("/api/broadcast", self.http_broadcast, methods=["POST"]),
            Route("/api/broadcast/{topic}/events/{event}", self.http_send, methods=["POST"]),
        ]

    async def start(self) -> None:
        """Open the catalogue and start reading the replication slot."""
        pool = self.gateway.admin_pool
        self.hub = Hub(Catalog(pool), Visibility(pool))
        self.capture = ChangeCapture(self.gateway.config.db_url(), self.hub.dispatch)
        self.capture.on_relation = lambda _: self.hub.catalog.forget() if self.hub else None
        await self.capture.start()

    async def stop(self) -> None:
        """Stop reading the slot (undelivered changes stay there)."""
        if self.capture is not None:
            await self.capture.stop()

    async def websocket(self, websocket: WebSocket) -> None:
        """A Phoenix socket; refuses the handshake without a valid API key, like upstream."""
        assert self.hub is not None
        key = websocket.headers.get("x-api-key") or websocket.query_params.get("apikey")
        vsn = websocket.query_params.get("vsn") or protocol.VSN_1
        if not key:
            await websocket.send_denial_response(
                JSONResponse({"error": "API key is missing"}, status_code=401)
            )
            return
        try:
            verify_token(key, self.gateway.config.jwt_secret)
        except TokenError as exc:
            message = (
                "Token has expired" if exc.message.startswith("Token has expired") else exc.message
            )
            await websocket.send_denial_response(JSONResponse({"error": message}, status_code=401))
            return
        if vsn not in protocol.SUPPORTED_VSN:
            await websocket.send_denial_response(
                JSONResponse({"error": f"unsupported serializer version {vsn}"}, status_code=400)
            )
            return
        await websocket.accept()
        session = Session(websocket, self.hub, self.gateway.config.jwt_secret, vsn, key)
        await session.run()

    def _http_claims(self, request: Request) -> dict[str, Any] | Response:
        """Claims of the request's bearer token (or API key), else a 401 response."""
        key = request.headers.get("apikey") or request.query_params.get("apikey")
        auth = request.headers.get("authorization", "")
        token = auth[7:] if auth.lower().startswith("bearer ") else key
        try:
            verify_token(key, self.gateway.config.jwt_secret)
            return verify_token(token, self.gateway.config.jwt_secret)
        except TokenError as exc:
            return JSONResponse({"message": exc.message}, status_code=401)

    def _publish(self, topic: str, private: bool, frame: Frame) -> None:
        assert self.hub is not None
        for channel in list(self.hub.topics.get(("realtime:" + topic, private), ())):
            channel.send(Frame(channel.topic, "broadcast", frame.payload, binary=frame.binary))

    async def http_broadcast(self, request: Request) -> Response:
        """`POST /api/broadcast` `{messages: [{topic, event, payload, private}]}` (REST send)."""
        claims = self._http_claims(request)
        if isinstance(claims, Response):
            return claims
        try:
            body: Any = json.loads(await read_body(request))
        except BodyTooLarge:
            return _body_too_large()
        except ValueError:
            return JSONResponse({"message": "invalid JSON body"}, status_code=400)
        messages = body.get("messages") if isinstance(body, dict) else None
        if not isinstance(messages, list):
            return JSONResponse({"message": "messages must be a list"}, status_code=400)
        if len(messages) > MAX_MESSAGES_PER_REQUEST:
            return JSONResponse(
                {"message": "Too many messages to broadcast, please reduce the batch size"},
                status_code=429,
            )
        outgoing: list[tuple[str, bool, Frame]] = []
        errors: list[dict[str, list[str]]] = []
        for message in messages:
            if not isinstance(message, dict):
                errors.append({})
                continue
            payload = {
                "type": "broadcast",
                "event": message.get("event"),
                "payload": message.get("payload"),
            }
            frame = Frame("", "broadcast", payload)
            too_large = protocol.broadcast_too_large(frame)
            errors.append({"payload": [PAYLOAD_TOO_LARGE]} if too_large else {})
            private = bool(message.get("private"))
            if not private or claims.get("role") == "service_role":
                outgoing.append((str(message.get("topic", "")), private, frame))
        # As upstream, one invalid message refuses the whole batch before any is sent.
        if any(errors):
            return JSONResponse({"errors": {"messages": errors}}, status_code=422)
        for topic, private, frame in outgoing:
            self._publish(topic, private, frame)
        return Response(status_code=202)

    async def http_send(self, request: Request) -> Response:
        """`POST /api/broadcast/{topic}/events/{event}`: one message, JSON or binary body."""
        claims = self._http_claims(request)
        if isinstance(claims, Response):
            return claims
        private = request.query_params.get("private") == "true"
        if private and claims.get("role") != "service_role":
            return JSONResponse({"message": "Unauthorized"}, status_code=403)
        topic, event = request.path_params["topic"], request.path_params["event"]
        try:
            raw = await read_body(request)
        except BodyTooLarge:
            return _body_too_large()
        if len(raw) > protocol.MAX_PAYLOAD_BYTES:
            return JSONResponse({"errors": {"payload": [PAYLOAD_TOO_LARGE]}}, status_code=422)
        binary: UserBroadcast | None = None
        if request.headers.get("content-type", "").startswith("application/octet-stream"):
            data: Any = None
            binary = UserBroadcast(event, protocol.ENCODING_BINARY, raw)
        else:
            try:
                data = json.loads(raw) if raw else None
            except ValueError:
                return JSONResponse({"message": "invalid JSON body"}, status_code=400)
        payload = {"type": "broadcast", "event": event, "payload": data}
        self._publish(topic, private, Frame("", "broadcast", payload, binary=binary))
        return Response(status_code=202)


def create(gateway: Any) -> RealtimeComponent:
    """The Realtime component for `gateway`."""
    return RealtimeComponent(gateway)
