"""A fake Groq: the OpenAI-compatible chat completions endpoint on 127.0.0.1.

Real HTTP in a background thread, so the production adapter (the `groq` SDK) talks to it
through its base URL. Replies are scripted (a queue, or a function of the request body),
latency is configurable, and 429 (with retry-after), 5xx, hangs and a trickled body can be
injected. Every request received is recorded so tests can assert on the prompt.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

CHAT_PATH = "/openai/v1/chat/completions"


@dataclass(frozen=True)
class FakeReply:
    """What the fake answers to one request."""

    text: str = "Oi! Sou a assistente virtual e posso te ajudar por aqui 😊"
    status: int = 200
    delay_s: float = 0.0
    hang: bool = False
    trickle_s: float = 0.0
    retry_after: float | None = None
    prompt_tokens: int = 120
    completion_tokens: int = 30

    @classmethod
    def rate_limited(cls, retry_after: float | None = 1.0) -> FakeReply:
        """A 429 with a retry-after header."""
        return cls(status=429, retry_after=retry_after)

    @classmethod
    def server_error(cls, status: int = 500) -> FakeReply:
        """A 5xx error."""
        return cls(status=status)

    @classmethod
    def hung(cls) -> FakeReply:
        """Never answer (until the fake stops), so the client times out."""
        return cls(hang=True)

    @classmethod
    def trickled(cls, interval_s: float = 0.2) -> FakeReply:
        """Headers at once, then the body one byte every `interval_s` (no read ever times out)."""
        return cls(trickle_s=interval_s)


@dataclass
class RecordedRequest:
    """One request the fake received."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]

    @property
    def messages(self) -> list[dict[str, str]]:
        """The chat messages of the request."""
        messages: list[dict[str, str]] = self.body.get("messages", [])
        return messages


@dataclass
class FakeGroq:
    """The fake server; use as a context manager or call start()/stop()."""

    api_key: str = "gsk_fake_key"
    latency_s: float = 0.0
    responder: Callable[[dict[str, Any]], FakeReply] | None = None
    hang_limit_s: float = 30.0
    requests: list[RecordedRequest] = field(default_factory=list)
    # Set when a trickled body was sent to the end, or when the client hung up part-way.
    trickle_finished: threading.Event = field(default_factory=threading.Event)
    trickle_abandoned: threading.Event = field(default_factory=threading.Event)
    _queue: deque[FakeReply] = field(default_factory=deque)
    _stopping: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _ids: itertools.count[int] = field(default_factory=itertools.count)
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """The URL to give the SDK as `base_url`."""
        assert self._server is not None, "FakeGroq not started"
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def enqueue(self, *replies: FakeReply) -> None:
        """Script the next replies, in order; after them the responder or default applies."""
        with self._lock:
            self._queue.extend(replies)

    def start(self) -> FakeGroq:
        """Listen on a free loopback port in a daemon thread."""
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Release hung requests and stop listening."""
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeGroq:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _next_reply(self, body: dict[str, Any]) -> FakeReply:
        with self._lock:
            if self._queue:
                return self._queue.popleft()
        if self.responder is not None:
            return self.responder(body)
        return FakeReply()

    def _completion(self, body: dict[str, Any], reply: FakeReply) -> dict[str, Any]:
        n = next(self._ids)
        return {
            "id": f"chatcmpl-fake-{n}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "llama-3.1-8b-instant"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": reply.text},
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            ],
            "usage": {
                "prompt_tokens": reply.prompt_tokens,
                "completion_tokens": reply.completion_tokens,
                "total_tokens": reply.prompt_tokens + reply.completion_tokens,
            },
            "system_fingerprint": "fp_fake",
            "x_groq": {"id": f"req_fake_{n}"},
        }


_ERRORS = {
    401: ("Invalid API Key", "invalid_request_error", "invalid_api_key"),
    404: ("Unknown request URL", "invalid_request_error", "unknown_url"),
    429: ("Rate limit reached for model", "tokens", "rate_limit_exceeded"),
    500: ("Internal Server Error", "internal_server_error", None),
    503: ("Service Unavailable", "internal_server_error", None),
}


def _handler_for(fake: FakeGroq) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            """Keep test output quiet."""

        def do_POST(self) -> None:
            """Serve one chat completion (or the scripted failure)."""
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            body = json.loads(raw or b"{}")
            with fake._lock:
                fake.requests.append(RecordedRequest(self.path, dict(self.headers), body))
            if self.path != CHAT_PATH:
                self._send_error(404)
                return
            if self.headers.get("Authorization") != f"Bearer {fake.api_key}":
                self._send_error(401)
                return
            reply = fake._next_reply(body)
            wait = fake.hang_limit_s if reply.hang else fake.latency_s + reply.delay_s
            if wait > 0 and fake._stopping.wait(wait):
                self.close_connection = True
                return  # the fake is stopping; drop the request like a dead server would
            if reply.status != 200:
                headers = {}
                if reply.retry_after is not None:
                    headers["retry-after"] = f"{reply.retry_after:g}"
                self._send_error(reply.status, headers)
                return
            if reply.trickle_s > 0:
                self._send_trickled(fake._completion(body, reply), reply.trickle_s)
                return
            self._send_json(200, fake._completion(body, reply))

        def _send_trickled(self, payload: dict[str, Any], interval_s: float) -> None:
            data = json.dumps(payload).encode()
            self.close_connection = True  # never reuse a connection left mid-body
            try:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                for i in range(len(data)):
                    if fake._stopping.wait(interval_s):
                        return
                    self.wfile.write(data[i : i + 1])
            except (BrokenPipeError, ConnectionResetError):
                fake.trickle_abandoned.set()
                return
            fake.trickle_finished.set()

        def _send_error(self, status: int, headers: dict[str, str] | None = None) -> None:
            message, kind, code = _ERRORS.get(status, ("Error", "api_error", None))
            payload = {"error": {"message": message, "type": kind, "code": code}}
            self._send_json(status, payload, headers or {})

        def _send_json(
            self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None
        ) -> None:
            data = json.dumps(payload).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timed out) before we answered

    return Handler
