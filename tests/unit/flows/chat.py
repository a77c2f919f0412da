"""A small driver for engine conversations in tests: send texts, read what the bot said."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from service.flows import (
    Action,
    AiReply,
    Flow,
    FlowState,
    Inbound,
    SendButtons,
    SendList,
    SendText,
    advance,
    start,
)

# A Thursday morning in São Paulo time, so relative dates are easy to check.
BRT = timezone(timedelta(hours=-3))
T0 = datetime(2026, 11, 26, 10, 0, tzinfo=BRT)


class Chat:
    """A conversation with a flow, started at T0; every message is one minute later."""

    def __init__(self, flow: Flow, greet: bool = True) -> None:
        self.flow = flow
        self.now = T0
        self.state = FlowState(flow_id=flow.id)
        self.last: list[Action] = []
        if greet:
            self.state, self.last = start(flow, self.now)

    def inbound(self, **fields: Any) -> list[Action]:
        """Send one inbound message built from fields (type, text, reply_id)."""
        self.now += timedelta(minutes=1)
        self.state, self.last = advance(self.flow, self.state, Inbound(at=self.now, **fields))
        # Round-trip through JSON as the worker's jsonb column would.
        self.state = FlowState.model_validate_json(self.state.model_dump_json())
        return self.last

    def say(self, text: str) -> list[Action]:
        """The lead types `text`."""
        return self.inbound(type="text", text=text)

    def tap(self, reply_id: str, title: str = "") -> list[Action]:
        """The lead taps a reply button."""
        return self.inbound(type="button", reply_id=reply_id, text=title or reply_id)

    @property
    def texts(self) -> list[str]:
        """The texts the bot sent in the last turn (buttons/list bodies included)."""
        out = []
        for action in self.last:
            if isinstance(action, SendText | SendButtons | SendList):
                out.append(action.text)
            elif isinstance(action, AiReply) and action.fallback:
                out.append(action.fallback)
        return out

    @property
    def said(self) -> str:
        """Everything the bot wrote in the last turn, joined."""
        return "\n".join(self.texts)

    def of_type(self, kind: type) -> list[Any]:
        """The last turn's actions of one class."""
        return [a for a in self.last if isinstance(a, kind)]

    @property
    def awaiting(self) -> str | None:
        """The variable the open question fills."""
        if self.state.mode != "waiting" or self.state.current is None:
            return None
        return getattr(self.flow.step(self.state.current), "variavel", None)

    @property
    def vars(self) -> dict[str, Any]:
        """The collected variables."""
        return self.state.variables
