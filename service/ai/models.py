"""Typed values shared by the AI package: verticals, compliance verdicts, chat messages."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Vertical = Literal["saude", "imoveis"]
VERTICALS: tuple[Vertical, ...] = ("saude", "imoveis")


class Violation(BaseModel):
    """One broken rule: its id and a short reason in Portuguese."""

    rule: str
    reason: str


class ComplianceVerdict(BaseModel):
    """The result of checking one reply; stored with every reply sent."""

    ok: bool
    violations: list[Violation] = Field(default_factory=list)


class ComplianceContext(BaseModel):
    """What the checker may know besides the reply: the lead's message and the consultant."""

    lead_message: str = ""
    consultant_name: str = ""
    broker_registration: str = ""  # e.g. "CRECI 12345-F"
    consultant_facts: list[str] = Field(default_factory=list)


class ChatMessage(BaseModel):
    """One message of an OpenAI-style chat prompt."""

    role: Literal["system", "user", "assistant"]
    content: str
