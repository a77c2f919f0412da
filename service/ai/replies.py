"""The AI step the worker calls: prompt → cache → breaker → Groq → compliance → fallback.

`AIResponder.reply` never raises for provider trouble and always returns within the latency
budget: a slow, failing or non-compliant model ends in the flow's scripted text.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel, Field

from service.adapters import ChatModel, ChatResult
from service.ai.breaker import CircuitBreaker
from service.ai.cache import InMemoryReplyCache, ReplyCache, cache_key, contains_personal_data
from service.ai.compliance import check_reply, feedback
from service.ai.models import AIRequest, ChatMessage, ComplianceVerdict, Vertical
from service.ai.prompts import build_messages, compliance_context, regeneration_messages
from service.exceptions import AIError
from service.settings import Settings

log = logging.getLogger(__name__)

ReplySource = Literal["ai", "cache", "fallback"]
FallbackReason = Literal["ai_disabled", "circuit_open", "ai_error", "no_time", "non_compliant"]

SAFE_TEXT: dict[Vertical, str] = {
    "saude": (
        "Obrigada pela mensagem! Sou a assistente virtual e vou confirmar essa informação "
        "com o consultor; já te retorno por aqui 😊"
    ),
    "imoveis": (
        "Obrigada pela mensagem! Sou a assistente virtual e vou confirmar essa informação "
        "com o corretor; já te retorno por aqui 😊"
    ),
}


class AIReply(BaseModel):
    """The text to send and everything to store with it (verdicts, model, cost, latency)."""

    text: str
    source: ReplySource
    verdict: ComplianceVerdict
    rejected: list[ComplianceVerdict] = Field(default_factory=list)
    model: str | None = None
    latency_ms: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cache_hit: bool = False
    ai_enabled: bool = True
    fallback_reason: FallbackReason | None = None
    error: str | None = None
    calls: int = 0


class _Attempts:
    """Running totals of the model calls made for one reply."""

    def __init__(self) -> None:
        self.calls = 0
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.model: str | None = None
        self.rejected: list[ComplianceVerdict] = []

    def add(self, result: ChatResult) -> None:
        self.calls += 1
        self.prompt_tokens += result.prompt_tokens
        self.completion_tokens += result.completion_tokens
        self.model = result.model


class AIResponder:
    """Writes AI replies within the budget, behind compliance, cache and circuit breaker."""

    def __init__(
        self,
        model: ChatModel | None,
        *,
        budget_s: float = 2.5,
        cache: ReplyCache | None = None,
        breaker: CircuitBreaker | None = None,
        clock: Callable[[], float] = time.monotonic,
        reserve_s: float = 0.1,
        min_call_s: float = 0.3,
    ) -> None:
        self.model = model
        self.budget_s = budget_s
        self.cache = cache if cache is not None else InMemoryReplyCache(clock=clock)
        self.breaker = breaker if breaker is not None else CircuitBreaker(clock=clock)
        self._clock = clock
        self._reserve_s = reserve_s  # kept back for the compliance check and bookkeeping
        self._min_call_s = min_call_s  # below this a call cannot succeed; don't start it

    @classmethod
    def from_settings(cls, settings: Settings, model: ChatModel | None = None) -> AIResponder:
        """The responder for these settings (AI off when no Groq key is configured)."""
        if model is None:
            from service.adapters.groq import GroqChatModel

            model = GroqChatModel.from_settings(settings)
        return cls(model, budget_s=settings.ai_latency_budget_s)

    @property
    def ai_enabled(self) -> bool:
        """Whether a model is configured (the dashboard shows "IA desligada" otherwise)."""
        return self.model is not None

    def reply(self, request: AIRequest) -> AIReply:
        """The reply for one AI step; never raises for provider trouble, never exceeds budget."""
        started = self._clock()
        deadline = started + self.budget_s
        if self.model is None:
            return self._fallback(request, started, _Attempts(), "ai_disabled")
        context = compliance_context(request)
        # Without a scope two consultants would share answers (which name the consultant): no
        # caching at all rather than a cache shared across accounts.
        key = (
            cache_key(request.cache_scope, request.vertical, request.step_id, request.question)
            if request.cache_scope
            else None
        )
        cached = self.cache.get(key) if key is not None else None
        if cached is not None:
            verdict = check_reply(cached, request.vertical, context)
            if verdict.ok:
                return AIReply(
                    text=cached,
                    source="cache",
                    verdict=verdict,
                    cache_hit=True,
                    latency_ms=self._elapsed_ms(started),
                )
        # Checked before asking the breaker, so a half-open trial is never taken and wasted.
        if deadline - self._clock() - self._reserve_s < self._min_call_s:
            return self._fallback(request, started, _Attempts(), "no_time")
        if not self.breaker.allow():
            return self._fallback(request, started, _Attempts(), "circuit_open")

        attempts = _Attempts()
        messages = build_messages(request)
        for _ in range(2):  # the first answer and one regeneration with the violation as feedback
            timeout = deadline - self._clock() - self._reserve_s
            if timeout < self._min_call_s:
                return self._fallback(request, started, attempts, "no_time")
            try:
                result = self.model.complete(messages, timeout=timeout)
            except AIError as exc:
                self.breaker.record_failure()
                log.warning("ai call failed", extra={"error": type(exc).__name__})
                return self._fallback(request, started, attempts, "ai_error", exc)
            except BaseException:
                # A bug, not provider trouble: let it surface, but never leave a half-open
                # trial in flight, or the breaker would refuse every later call.
                self.breaker.record_failure()
                raise
            self.breaker.record_success()
            attempts.add(result)
            verdict = check_reply(result.text, request.vertical, context)
            if verdict.ok:
                if (
                    key is not None
                    and not contains_personal_data(result.text, request.lead_variables)
                    and not contains_personal_data(request.question, request.lead_variables)
                ):
                    self.cache.put(key, result.text)
                return self._ai_reply(result.text, verdict, started, attempts)
            attempts.rejected.append(verdict)
            log.info(
                "ai reply rejected by compliance",
                extra={"rules": [v.rule for v in verdict.violations]},
            )
            messages = regeneration_messages(messages, result.text, feedback(verdict))
        return self._fallback(request, started, attempts, "non_compliant")

    def _ai_reply(
        self, text: str, verdict: ComplianceVerdict, started: float, attempts: _Attempts
    ) -> AIReply:
        return AIReply(
            text=text,
            source="ai",
            verdict=verdict,
            rejected=attempts.rejected,
            model=attempts.model,
            latency_ms=self._elapsed_ms(started),
            prompt_tokens=attempts.prompt_tokens,
            completion_tokens=attempts.completion_tokens,
            calls=attempts.calls,
        )

    def _fallback(
        self,
        request: AIRequest,
        started: float,
        attempts: _Attempts,
        reason: FallbackReason,
        error: AIError | None = None,
    ) -> AIReply:
        text = request.fallback_text.strip() or SAFE_TEXT[request.vertical]
        return AIReply(
            text=text,
            source="fallback",
            verdict=check_reply(text, request.vertical, compliance_context(request)),
            rejected=attempts.rejected,
            model=attempts.model,
            latency_ms=self._elapsed_ms(started),
            prompt_tokens=attempts.prompt_tokens,
            completion_tokens=attempts.completion_tokens,
            ai_enabled=self.model is not None,
            fallback_reason=reason,
            error=type(error).__name__ if error else None,
            calls=attempts.calls,
        )

    def _elapsed_ms(self, started: float) -> int:
        return int((self._clock() - started) * 1000)


__all__ = ["AIReply", "AIRequest", "AIResponder", "ChatMessage", "SAFE_TEXT"]
