"""Adapters around external services, each behind a small port.

The chat-model port lives here so the AI package depends on it, not on Groq.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from pydantic import BaseModel

from service.ai.models import ChatMessage


class ChatResult(BaseModel):
    """One completed chat call: the text, who wrote it, how long it took, what it cost."""

    text: str
    model: str
    latency_ms: int
    prompt_tokens: int = 0
    completion_tokens: int = 0
    attempts: int = 1


class ChatModel(Protocol):
    """Port for an LLM that completes a chat prompt within a time limit."""

    model_name: str

    def complete(self, messages: Sequence[ChatMessage], *, timeout: float) -> ChatResult:
        """Complete the prompt within `timeout` seconds (retries included) or raise AIError."""
        ...


__all__ = ["ChatMessage", "ChatModel", "ChatResult"]
