"""Fixtures: a fake Groq server per test and the production adapter pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from service.adapters.groq import GroqChatModel
from tests.fakes.groq import FakeGroq


@pytest.fixture
def fake_groq() -> Iterator[FakeGroq]:
    with FakeGroq() as fake:
        yield fake


@pytest.fixture
def groq_model(fake_groq: FakeGroq) -> Iterator[GroqChatModel]:
    model = GroqChatModel(
        api_key=fake_groq.api_key, model="llama-3.1-8b-instant", base_url=fake_groq.base_url
    )
    yield model
    model.close()
