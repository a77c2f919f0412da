"""The responder and its circuit breaker when the model fails in an unexpected way."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from service.adapters import ChatResult
from service.ai.breaker import CircuitBreaker
from service.ai.models import AIRequest, ChatMessage
from service.ai.replies import AIResponder


class Clock:
    """A manual clock."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class BrokenOnceModel:
    """A chat model whose first call hits a bug (not an AIError), then answers."""

    model_name = "fake"

    def __init__(self) -> None:
        self.calls = 0

    def complete(self, messages: Sequence[ChatMessage], *, timeout: float) -> ChatResult:
        self.calls += 1
        if self.calls == 1:
            raise RuntimeError("resposta inesperada do provedor")
        return ChatResult(
            text="A carência depende da operadora; confirmo na cotação.",
            model="fake",
            latency_ms=1,
            prompt_tokens=1,
            completion_tokens=1,
            attempts=1,
        )


def test_an_unexpected_error_in_the_half_open_trial_does_not_wedge_the_breaker() -> None:
    clock = Clock()
    breaker = CircuitBreaker(failure_threshold=1, cooldown_s=30, clock=clock)
    breaker.record_failure()  # open
    clock.now = 30  # half-open: the next call is the one trial
    model = BrokenOnceModel()
    responder = AIResponder(model, breaker=breaker, clock=clock)
    request = AIRequest(vertical="saude", step_id="duvidas", question="tem carencia?")
    with pytest.raises(RuntimeError):
        responder.reply(request)
    clock.now = 60  # a new cool-down has passed: another trial must be allowed
    assert responder.reply(request).source == "ai"
    assert model.calls == 2
