"""The production Groq adapter against the fake Groq server over real HTTP."""

from __future__ import annotations

import gc
import threading

import pytest
from pydantic import SecretStr

from service.adapters.groq import GroqChatModel
from service.ai.models import ChatMessage
from service.exceptions import AIAuthError, AIRateLimited, AITimeout, AIUnavailable
from service.settings import Settings
from tests.fakes.groq import CHAT_PATH, FakeGroq, FakeReply

PROMPT = [
    ChatMessage(role="system", content="Você é uma assistente."),
    ChatMessage(role="user", content="Oi"),
]


def test_completion_returns_text_model_and_token_usage(
    fake_groq: FakeGroq, groq_model: GroqChatModel
) -> None:
    fake_groq.enqueue(
        FakeReply(text="Olá! Como posso ajudar?", prompt_tokens=42, completion_tokens=7)
    )
    result = groq_model.complete(PROMPT, timeout=2.0)
    assert result.text == "Olá! Como posso ajudar?"
    assert result.model == "llama-3.1-8b-instant"
    assert (result.prompt_tokens, result.completion_tokens, result.attempts) == (42, 7, 1)
    assert result.latency_ms >= 0


def test_request_carries_model_messages_and_limits(
    fake_groq: FakeGroq, groq_model: GroqChatModel
) -> None:
    groq_model.complete(PROMPT, timeout=2.0)
    (request,) = fake_groq.requests
    assert request.path == CHAT_PATH
    assert request.headers["Authorization"] == f"Bearer {fake_groq.api_key}"
    assert request.messages == [m.model_dump() for m in PROMPT]
    assert request.body["model"] == "llama-3.1-8b-instant"
    assert request.body["max_completion_tokens"] == 220


def test_wrong_key_becomes_auth_error_without_retry(fake_groq: FakeGroq) -> None:
    model = GroqChatModel(api_key="gsk_wrong", model="m", base_url=fake_groq.base_url)
    with pytest.raises(AIAuthError):
        model.complete(PROMPT, timeout=2.0)
    assert len(fake_groq.requests) == 1


def test_server_error_is_retried_once_within_the_budget(
    fake_groq: FakeGroq, groq_model: GroqChatModel
) -> None:
    fake_groq.enqueue(FakeReply.server_error(500), FakeReply(text="Deu certo na segunda."))
    result = groq_model.complete(PROMPT, timeout=2.0)
    assert result.text == "Deu certo na segunda."
    assert result.attempts == 2
    assert len(fake_groq.requests) == 2


def test_repeated_server_errors_become_unavailable(
    fake_groq: FakeGroq, groq_model: GroqChatModel
) -> None:
    fake_groq.enqueue(FakeReply.server_error(500), FakeReply.server_error(503))
    with pytest.raises(AIUnavailable):
        groq_model.complete(PROMPT, timeout=2.0)
    assert len(fake_groq.requests) == 2


def test_rate_limit_with_short_retry_after_is_retried(
    fake_groq: FakeGroq, groq_model: GroqChatModel
) -> None:
    fake_groq.enqueue(FakeReply.rate_limited(retry_after=0.05), FakeReply(text="ok depois do 429"))
    assert groq_model.complete(PROMPT, timeout=2.0).text == "ok depois do 429"


def test_rate_limit_whose_retry_after_exceeds_the_budget_is_not_waited_for(
    fake_groq: FakeGroq, groq_model: GroqChatModel
) -> None:
    fake_groq.enqueue(FakeReply.rate_limited(retry_after=30))
    with pytest.raises(AIRateLimited, match="retry-after 30s"):
        groq_model.complete(PROMPT, timeout=1.0)
    assert len(fake_groq.requests) == 1


def test_hung_server_becomes_timeout_within_the_given_timeout(
    fake_groq: FakeGroq, groq_model: GroqChatModel
) -> None:
    fake_groq.enqueue(FakeReply.hung())
    with pytest.raises(AITimeout):
        groq_model.complete(PROMPT, timeout=0.3)
    assert len(fake_groq.requests) == 1


def test_slow_server_beyond_timeout_becomes_timeout(
    fake_groq: FakeGroq, groq_model: GroqChatModel
) -> None:
    fake_groq.latency_s = 1.0
    with pytest.raises(AITimeout):
        groq_model.complete(PROMPT, timeout=0.3)


def test_unreachable_server_becomes_unavailable() -> None:
    with FakeGroq() as fake:
        base_url = fake.base_url
    model = GroqChatModel(api_key="k", model="m", base_url=base_url, max_attempts=1)
    with pytest.raises(AIUnavailable):
        model.complete(PROMPT, timeout=1.0)


def test_empty_reply_becomes_unavailable(fake_groq: FakeGroq, groq_model: GroqChatModel) -> None:
    fake_groq.enqueue(FakeReply(text="   "))
    with pytest.raises(AIUnavailable):
        groq_model.complete(PROMPT, timeout=2.0)


def test_adapter_is_built_from_settings_only_when_a_key_is_set(fake_groq: FakeGroq) -> None:
    assert GroqChatModel.from_settings(Settings(groq_api_key=None)) is None
    assert GroqChatModel.from_settings(Settings(groq_api_key=SecretStr(""))) is None
    settings = Settings(
        groq_api_key=SecretStr(fake_groq.api_key),
        groq_base_url=fake_groq.base_url,
        groq_model="llama-3.3-70b-versatile",
    )
    model = GroqChatModel.from_settings(settings)
    assert model is not None
    assert model.complete(PROMPT, timeout=2.0).model == "llama-3.3-70b-versatile"
    model.close()


def test_trickling_body_becomes_timeout_at_the_deadline_and_the_next_call_works(
    fake_groq: FakeGroq, groq_model: GroqChatModel
) -> None:
    fake_groq.enqueue(FakeReply.trickled(interval_s=0.2), FakeReply(text="Agora foi."))
    with pytest.raises(AITimeout):
        groq_model.complete(PROMPT, timeout=0.5)
    assert not fake_groq.trickle_finished.is_set()
    assert fake_groq.trickle_abandoned.wait(timeout=5)  # the call was cut, not left running
    assert groq_model.complete(PROMPT, timeout=2.0).text == "Agora foi."


def _client_threads() -> set[threading.Thread]:
    """The adapters' event-loop threads alive right now."""
    return {t for t in threading.enumerate() if t.name == "groq-client" and t.is_alive()}


def test_timed_out_calls_share_one_client_thread_that_close_stops(fake_groq: FakeGroq) -> None:
    before = _client_threads()
    model = GroqChatModel(api_key=fake_groq.api_key, model="m", base_url=fake_groq.base_url)
    fake_groq.enqueue(*[FakeReply.hung()] * 3)
    for _ in range(3):
        with pytest.raises(AITimeout):
            model.complete(PROMPT, timeout=0.3)
    assert len(_client_threads() - before) == 1
    model.close()
    assert _client_threads() - before == set()


def test_an_adapter_dropped_without_close_stops_its_client_thread(fake_groq: FakeGroq) -> None:
    before = _client_threads()
    model = GroqChatModel(api_key=fake_groq.api_key, model="m", base_url=fake_groq.base_url)
    model.complete(PROMPT, timeout=2.0)
    assert len(_client_threads() - before) == 1
    del model
    gc.collect()
    assert _client_threads() - before == set()
