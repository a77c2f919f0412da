"""The Groq adapter: the official `groq` SDK behind the `ChatModel` port.

The SDK's own retries are off (`max_retries=0`): it would honour a `retry-after` of up to
60 s, far beyond our latency budget. This adapter retries itself, and only while the retry
still fits inside the time the caller gave it. SDK errors become ours in `translate_error`:

    groq.AuthenticationError, PermissionDeniedError → AIAuthError   (not retried)
    groq.RateLimitError (429)                        → AIRateLimited (retried after retry-after)
    groq.APITimeoutError                             → AITimeout     (not retried: budget spent)
    groq.APIConnectionError, InternalServerError     → AIUnavailable (retried)
    any other groq.APIError                          → AIUnavailable (not retried)
"""

from __future__ import annotations

import logging
import time
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


def translate_error(exc: groq.GroqError) -> AIError:
    """Map one SDK error to our exception tree (the only place that knows the SDK's errors)."""
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


def _retry_wait(exc: groq.GroqError) -> float | None:
    """How long to wait before retrying this error, or None when it is not retryable."""
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
        self._client = groq.Groq(api_key=api_key, base_url=base_url, max_retries=0)
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
        """Release the HTTP connections."""
        self._client.close()

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
            except groq.GroqError as exc:
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
        timeout = httpx.Timeout(remaining, connect=min(remaining, _CONNECT_TIMEOUT_S))
        return self._client.chat.completions.create(
            model=self.model_name,
            messages=[m.model_dump() for m in messages],  # type: ignore[misc]
            temperature=self._temperature,
            max_completion_tokens=self._max_tokens,
            timeout=timeout,
        )

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
