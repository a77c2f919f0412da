"""The engine's conversation state and inbound message models (both JSON-serialisable).

`FlowState` is what the worker stores in a jsonb column between messages:
`state.model_dump(mode="json")` to save, `FlowState.model_validate(data)` to load.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from service.flows.spec import LeadStatus

# new: nothing sent yet; waiting: a question is open; ended: reached a `fim` step;
# handed_over: a human has the conversation; opted_out: the lead asked us to stop.
Mode = Literal["new", "waiting", "ended", "handed_over", "opted_out"]

InboundType = Literal[
    "text",
    "button",
    "list",
    "audio",
    "voice",
    "image",
    "video",
    "sticker",
    "document",
    "location",
    "contacts",
    "reaction",
    "unknown",
]
INBOUND_TYPES: frozenset[str] = frozenset(InboundType.__args__)  # type: ignore[attr-defined]


class FlowState(BaseModel):
    """Where one conversation stands in its flow."""

    model_config = ConfigDict(extra="forbid")

    flow_id: str | None = None
    mode: Mode = "new"
    current: str | None = None
    attempts: int = 0
    variables: dict[str, Any] = Field(default_factory=dict)
    score: int = 0
    lead_status: LeadStatus = "novo"
    tags: list[str] = Field(default_factory=list)
    turns: int = 0
    restarts: int = 0
    last_inbound_at: datetime | None = None

    @property
    def done(self) -> bool:
        """True when the bot is not waiting for an answer (ended, handed over, opted out)."""
        return self.mode in ("ended", "handed_over", "opted_out")


class Inbound(BaseModel):
    """One message from the lead; `at` is when it was sent (dates are parsed against it)."""

    model_config = ConfigDict(extra="forbid")

    type: InboundType = "text"
    text: str | None = None
    reply_id: str | None = None
    at: datetime

    @field_validator("type", mode="before")
    @classmethod
    def _unknown_types_are_unknown(cls, value: object) -> object:
        """Providers add message types over time; an unfamiliar one must not be an error."""
        return value if value in INBOUND_TYPES else "unknown"

    @property
    def is_text_like(self) -> bool:
        """True for text and for taps on buttons or list rows."""
        return self.type in ("text", "button", "list")
