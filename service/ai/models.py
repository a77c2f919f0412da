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


class Turn(BaseModel):
    """One earlier message of the conversation."""

    role: Literal["lead", "assistant"]
    text: str


class ConsultantProfile(BaseModel):
    """Who the assistant speaks for; only these facts may be said about the consultant."""

    name: str = ""
    assistant_name: str = ""  # e.g. "Bia"; without one the assistant has no name
    registration: str = ""  # "CRECI 12345-F" for brokers; a SUSEP number for health plans
    facts: list[str] = Field(default_factory=list)


class AIRequest(BaseModel):
    """What the worker asks the AI step for: the lead's question in its flow context."""

    vertical: Vertical
    step_id: str
    question: str
    fallback_text: str = ""  # the flow step's scripted text, sent when AI cannot answer
    instructions: str = ""  # the step's instructions, written by the consultant
    lead_variables: dict[str, str] = Field(default_factory=dict)
    history: list[Turn] = Field(default_factory=list)
    consultant: ConsultantProfile = Field(default_factory=ConsultantProfile)
    cache_scope: str = ""  # e.g. the flow id, so consultants never share cached answers
