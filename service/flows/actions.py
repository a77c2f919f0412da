"""Typed actions the engine emits and the worker performs (send, status, score, handover...).

Every action is a pydantic model tagged by `type`, so a list of them round-trips through
JSON (`ActionList`) and the worker can dispatch on the class.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from service.flows.spec import LeadStatus


class _Action(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Button(_Action):
    """A WhatsApp reply button (title at most 20 characters)."""

    id: str
    title: str


class ListRow(_Action):
    """A row of a WhatsApp list message."""

    id: str
    title: str
    description: str | None = None


class SendText(_Action):
    """Send a plain text message to the lead."""

    type: Literal["send_text"] = "send_text"
    text: str


class SendButtons(_Action):
    """Send a text with up to three reply buttons."""

    type: Literal["send_buttons"] = "send_buttons"
    text: str
    buttons: list[Button]


class SendList(_Action):
    """Send a text with a list of up to ten options behind a button."""

    type: Literal["send_list"] = "send_list"
    text: str
    button: str
    rows: list[ListRow]


class SendImage(_Action):
    """Send an image with an optional caption."""

    type: Literal["send_image"] = "send_image"
    url: str
    caption: str | None = None


class SetStatus(_Action):
    """Move the lead to this pipeline status."""

    type: Literal["set_status"] = "set_status"
    status: LeadStatus


class AddScore(_Action):
    """Add points to the lead score; `total` is the score after adding (set it, don't sum)."""

    type: Literal["add_score"] = "add_score"
    points: int
    total: int
    reason: str | None = None


class Tag(_Action):
    """Tag the lead."""

    type: Literal["tag"] = "tag"
    tag: str


class NotifyConsultant(_Action):
    """Tell the consultant something about this lead (dashboard, e-mail...)."""

    type: Literal["notify_consultant"] = "notify_consultant"
    message: str


class Handover(_Action):
    """Stop the bot: the consultant takes the conversation over."""

    type: Literal["handover"] = "handover"
    reason: str


class OptOut(_Action):
    """The lead asked not to be contacted any more (LGPD): record it and stop."""

    type: Literal["opt_out"] = "opt_out"
    text: str


class OptIn(_Action):
    """An opted-out lead asked to come back (wrote VOLTAR): clear the opt-out record."""

    type: Literal["opt_in"] = "opt_in"


class AiReply(_Action):
    """Ask the LLM for a reply following `instructions`; send `fallback` if it fails."""

    type: Literal["ai_reply"] = "ai_reply"
    instructions: str
    variables: dict[str, Any] = Field(default_factory=dict)
    fallback: str | None = None


class End(_Action):
    """The conversation flow reached its end."""

    type: Literal["end"] = "end"
    reason: str


Action = Annotated[
    SendText
    | SendButtons
    | SendList
    | SendImage
    | SetStatus
    | AddScore
    | Tag
    | NotifyConsultant
    | Handover
    | OptOut
    | OptIn
    | AiReply
    | End,
    Field(discriminator="type"),
]

ActionList: TypeAdapter[list[Action]] = TypeAdapter(list[Action])

SEND_ACTIONS = (SendText, SendButtons, SendList, SendImage)
