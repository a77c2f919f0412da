"""The Groq adapter: the official `groq` SDK behind the `ChatModel` port.

The budget is a wall-clock deadline for the whole call. httpx timeouts apply per phase (a
server trickling its body one byte at a time never trips a read timeout), so each call runs
on the async SDK client in the adapter's own event-loop thread and the caller waits for it
only until the deadline; then the call is cancelled (its connection closed) and nothing it
might still produce is used. One loop thread per adapter, started on the first call.

The SDK's own retries are off (`max_retries=0`): it would honour a `retry-after` of up to
60 s, far beyond our latency budget. This adapter retries itself, and only while the retry
still fits inside the time the caller gave it. SDK errors become ours in `translate_error`:

    groq.AuthenticationError, PermissionDeniedError  → AIAuthError   (not retried)
    groq.RateLimitError (429)                         → AIRateLimited (retried after retry-after)
    groq.APITimeoutError, the deadline (TimeoutError) → AITimeout     (not retried: budget spent)
    groq.APIConnectionError, InternalServerError      → AIUnavailable (retried)
    any other groq.APIError                           → AIUnavailable (not retried)
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import weakref
from collections.abc import Callable, Sequence
from typing import Any

import groq
import httpx

from service.adapters import ChatResult
from service.ai.models import ChatMessage
from service.exceptions import AIAuthError, AIError, AIRateLimited, AITimeout, AIUnavailable
from service.settings import Settings

log = logging.getLogger(__name__)

_DEFAULT_RETRY_WAIT_S = 0.1
_CONNECT_TIMEOUT_S = 1.0


def translate_error(exc: groq.GroqError | TimeoutError) -> AIError:
    """Map one SDK error or a deadline overrun to our exception tree (the only place)."""
    if isinstance(exc, TimeoutError):
        return AITimeout("Groq não terminou a resposta dentro do orçamento de latência")
    if isinstance(exc, groq.AuthenticationError | groq.PermissionDeniedError):
        return AIAuthError("Groq recusou a chave de API")
    if isinstance(exc, groq.RateLimitError):
        wait = retry_after(exc)
        hint = f" (retry-after {wait:g}s)" if wait is not None else ""
        return AIRateLimited(f"Groq limitou as requisições{hint}")
    if isinstance(exc, groq.APITimeoutError):
        return AITimeout("Groq não respondeu dentro do orçamento de latência")
    if isinstance(exc, groq.APIConnectionError):
        return AIUnavailable("Groq inacessível")
    if isinstance(exc, groq.APIStatusError):
        return AIUnavailable(f"Groq respondeu {exc.status_code}")
    return AIUnavailable(f"Groq falhou: {type(exc).__name__}")


def retry_after(exc: groq.APIStatusError) -> float | None:
    """The provider's `retry-after` header in seconds, if any."""
    raw = exc.response.headers.get("retry-after")
    try:
        return max(0.0, float(raw)) if raw is not None else None
    except ValueError:
        return None


def _retry_wait(exc: groq.GroqError | TimeoutError) -> float | None:
    """How long to wait before retrying this error, or None when it is not retryable."""
    if isinstance(exc, TimeoutError):
        return None
    if isinstance(exc, groq.RateLimitError):
        wait = retry_after(exc)
        return _DEFAULT_RETRY_WAIT_S if wait is None else wait
    if isinstance(exc, groq.APITimeoutError):
        return None
    if isinstance(exc, groq.APIConnectionError | groq.InternalServerError):
        return _DEFAULT_RETRY_WAIT_S
    return None


class GroqChatModel:
    """`ChatModel` backed by Groq's chat completions API."""

    def __init__(
        self,
        *,
        api_key: str,
        model: str,
        base_url: str | None = None,
        temperature: float = 0.4,
        max_completion_tokens: int = 220,
        max_attempts: int = 2,
        min_attempt_s: float = 0.3,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.model_name = model
        self._api_key = api_key
        self._base_url = base_url
        self._lock = threading.Lock()
        self._runner: _Runner | None = None
        self._temperature = temperature
        self._max_tokens = max_completion_tokens
        self._max_attempts = max_attempts
        self._min_attempt_s = min_attempt_s
        self._clock = clock
        self._sleep = sleep

    @classmethod
    def from_settings(cls, settings: Settings) -> GroqChatModel | None:
        """Build the adapter from settings, or None when no Groq key is configured."""
        if not settings.ai_enabled or settings.groq_api_key is None:
            return None
        return cls(
            api_key=settings.groq_api_key.get_secret_value(),
            model=settings.groq_model,
            base_url=settings.groq_base_url,
        )

    def close(self) -> None:
        """Cancel calls still running, release the HTTP connections and stop the loop thread."""
        with self._lock:
            runner, self._runner = self._runner, None
        if runner is not None:
            runner.stop()

    def _running(self) -> _Runner:
        """The loop thread and client, started on first use (never at import or construction)."""
        with self._lock:
            if self._runner is None:
                client = groq.AsyncGroq(
                    api_key=self._api_key, base_url=self._base_url, max_retries=0
                )
                self._runner = _Runner(client)
            return self._runner

    def complete(self, messages: Sequence[ChatMessage], *, timeout: float) -> ChatResult:
        """Complete the prompt within `timeout` seconds, retrying only while a retry fits."""
        started = self._clock()
        deadline = started + timeout
        attempt = 0
        while True:
            attempt += 1
            remaining = deadline - self._clock()
            if remaining <= 0:
                raise AITimeout("orçamento de latência esgotado antes da chamada")
            try:
                response = self._create(messages, remaining)
            except (groq.GroqError, TimeoutError) as exc:
                error = translate_error(exc)
                wait = _retry_wait(exc)
                left_after_wait = deadline - self._clock() - (wait or 0.0)
                log.warning(
                    "groq call failed",
                    extra={"error": type(error).__name__, "attempt": attempt, "wait": wait},
                )
                if wait is None or attempt >= self._max_attempts:
                    raise error from exc
                if left_after_wait < self._min_attempt_s:
                    raise error from exc
                self._sleep(wait)
                continue
            return self._result(response, started, attempt)

    def _create(self, messages: Sequence[ChatMessage], remaining: float) -> Any:
        """One SDK call, given up (TimeoutError) when `remaining` seconds have passed."""
        runner = self._running()
        timeout = httpx.Timeout(remaining, connect=min(remaining, _CONNECT_TIMEOUT_S))
        call = runner.client.chat.completions.create(
            model=self.model_name,
            messages=[m.model_dump() for m in messages],  # type: ignore[misc]
            temperature=self._temperature,
            max_completion_tokens=self._max_tokens,
            timeout=timeout,
        )
        future = asyncio.run_coroutine_threadsafe(call, runner.loop)
        try:
            return future.result(timeout=remaining)
        except TimeoutError:
            # Cancelling the task closes its connection; a result that races in is dropped.
            future.cancel()
            raise

    def _result(self, response: Any, started: float, attempt: int) -> ChatResult:
        latency_ms = int((self._clock() - started) * 1000)
        choices = response.choices or []
        text = (choices[0].message.content or "").strip() if choices else ""
        if not text:
            raise AIUnavailable("Groq devolveu uma resposta vazia")
        usage = response.usage
        result = ChatResult(
            text=text,
            model=response.model or self.model_name,
            latency_ms=latency_ms,
            prompt_tokens=usage.prompt_tokens if usage else 0,
            completion_tokens=usage.completion_tokens if usage else 0,
            attempts=attempt,
        )
        log.info(
            "groq call",
            extra={
                "model": result.model,
                "latency_ms": result.latency_ms,
                "prompt_tokens": result.prompt_tokens,
                "completion_tokens": result.completion_tokens,
                "attempts": attempt,
            },
        )
        return result


class _Runner:
    """The async SDK client and the event loop it runs on, in one daemon thread.

    Stopped by `GroqChatModel.close`, or when the adapter is garbage-collected unclosed, so a
    forgotten adapter does not keep a thread and its connections forever.
    """

    def __init__(self, client: groq.AsyncGroq) -> None:
        self.client = client
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=_serve, args=(self.loop,), name="groq-client", daemon=True
        )
        self._thread.start()
        self.stop = weakref.finalize(self, _stop, self.loop, self._thread, client)


def _serve(loop: asyncio.AbstractEventLoop) -> None:
    """The loop thread: run until stopped, then close the loop."""
    try:
        loop.run_forever()
    finally:
        loop.close()


def _stop(
    loop: asyncio.AbstractEventLoop, thread: threading.Thread, client: groq.AsyncGroq
) -> None:
    """Shut the loop down from any thread (a finaliser may run on the loop thread itself)."""
    if loop.is_closed():
        return
    asyncio.run_coroutine_threadsafe(_shutdown(client), loop)
    if threading.current_thread() is not thread:
        thread.join(timeout=5)


async def _shutdown(client: groq.AsyncGroq) -> None:
    """Cancel the calls still running on the loop, close the client's connections, stop."""
    current = asyncio.current_task()
    pending = [task for task in asyncio.all_tasks() if task is not current]
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    await client.close()
    await asyncio.sleep(0)  # one more turn, so the closed sockets' callbacks run
    asyncio.get_running_loop().stop()
