"""Run a flow without WhatsApp: in the terminal, or as JSON lines for programs.

JSON lines protocol: the first output line (the greeting) is written before any input;
each input line is `{"text": "..."}` (or `{"type": "audio"}`, or
`{"type": "button", "reply_id": "..."}`), optionally with `"at": "<ISO datetime>"`; after
each one a line `{"replies": [...], "awaiting": ..., "variables": {...}, "status": ...,
"score": N, "done": bool, "actions": [...]}` is written. `replies` holds what the lead sees
(send_* actions and ai_reply, whose `fallback` is shown when no LLM runs).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any, TextIO

from pydantic import ValidationError

from service.flows.actions import (
    Action,
    ActionList,
    AiReply,
    SendButtons,
    SendImage,
    SendList,
    SendText,
)
from service.flows.engine import advance, awaiting, start
from service.flows.spec import Flow
from service.flows.state import FlowState, Inbound

REPLY_TYPES = (SendText, SendButtons, SendList, SendImage, AiReply)
# Typed in the terminal to send something other than text.
MEDIA_COMMANDS = {
    "/audio": "audio",
    "/imagem": "image",
    "/video": "video",
    "/figurinha": "sticker",
    "/sticker": "sticker",
    "/localizacao": "location",
    "/documento": "document",
}
DONE_NOTES = {
    "ended": "fim do fluxo; escreva de novo para recomeçar",
    "opted_out": "o lead saiu (opt-out); só VOLTAR reabre a conversa",
    "handed_over": "conversa com o consultor; o robô não responde mais",
}


class Simulator:
    """One simulated conversation; the clock advances a minute per message unless given."""

    def __init__(self, flow: Flow, now: datetime) -> None:
        self.flow = flow
        self.now = now
        self.state = FlowState(flow_id=flow.id)

    def start(self) -> list[Action]:
        """Greet: run the flow up to its first question."""
        self.state, actions = start(self.flow, self.now)
        return actions

    def send(self, inbound: Inbound) -> list[Action]:
        """Feed one lead message and return the engine's actions."""
        self.now = inbound.at
        self.state, actions = advance(self.flow, self.state, inbound)
        return actions

    def inbound_from(self, data: dict[str, Any]) -> Inbound:
        """An Inbound from a JSON input line; the clock moves one minute if `at` is absent."""
        at = data.get("at")
        when = (
            datetime.fromisoformat(at) if isinstance(at, str) else self.now + timedelta(minutes=1)
        )
        kind = data.get("type", "button" if data.get("reply_id") else "text")
        return Inbound.model_validate(
            {"type": kind, "text": data.get("text"), "reply_id": data.get("reply_id"), "at": when}
        )

    def awaiting(self) -> str | None:
        """The variable the open question will fill, if any."""
        return awaiting(self.flow, self.state)

    def report(self, actions: list[Action]) -> dict[str, Any]:
        """The JSON line written after each input."""
        return {
            "replies": [a.model_dump(mode="json") for a in actions if isinstance(a, REPLY_TYPES)],
            "awaiting": self.awaiting(),
            "variables": self.state.variables,
            "status": self.state.lead_status,
            "score": self.state.score,
            "done": self.state.done,
            "actions": ActionList.dump_python(actions, mode="json"),
        }


def run_jsonl(flow: Flow, lines: Iterable[str], out: TextIO, now: datetime) -> int:
    """Speak the JSON lines protocol; return the exit status."""
    sim = Simulator(flow, now)
    _write(out, sim.report(sim.start()))
    for line in lines:
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                raise ValueError("expected a JSON object")
            inbound = sim.inbound_from(data)
        except (ValueError, ValidationError) as exc:
            _write(out, {"error": f"invalid input line: {exc}"})
            continue
        _write(out, sim.report(sim.send(inbound)))
    return 0


def _write(out: TextIO, obj: dict[str, Any]) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    out.flush()


def render(action: Action) -> list[str]:
    """How an action reads in the terminal."""
    if isinstance(action, SendText):
        return [f"🤖 {action.text}"]
    if isinstance(action, SendButtons):
        buttons = "  ".join(f"[{b.title}]" for b in action.buttons)
        return [f"🤖 {action.text}", f"   {buttons}"]
    if isinstance(action, SendList):
        rows = [f"   {k}. {r.title}" for k, r in enumerate(action.rows, start=1)]
        return [f"🤖 {action.text}", f"   ☰ {action.button}", *rows]
    if isinstance(action, SendImage):
        return [f"🖼️  {action.url}" + (f" — {action.caption}" if action.caption else "")]
    if isinstance(action, AiReply):
        return [f"🤖 (IA) {action.fallback or '…'}", f"   [instruções: {action.instructions}]"]
    data = action.model_dump(mode="json")
    kind = data.pop("type")
    details = ", ".join(f"{k}={v}" for k, v in data.items())
    return [f"   · {kind}: {details}"]


def run_interactive(flow: Flow, lines: Iterable[str], out: TextIO, now: datetime) -> int:
    """A terminal chat: the lead types on stdin; `/audio`, `/imagem`... send media."""
    sim = Simulator(flow, now)
    out.write(
        f"Simulando o fluxo {flow.nome!r}. Comandos: {', '.join(MEDIA_COMMANDS)}; Ctrl-D sai.\n"
    )
    for action in sim.start():
        out.write("\n".join(render(action)) + "\n")
    out.write("> ")
    out.flush()
    for line in lines:
        text = line.rstrip("\n")
        kind = MEDIA_COMMANDS.get(text.strip().lower())
        data: dict[str, Any] = {"type": kind} if kind else {"text": text}
        before = sim.state.mode
        for action in sim.send(sim.inbound_from(data)):
            out.write("\n".join(render(action)) + "\n")
        if sim.state.mode != before and sim.state.mode in DONE_NOTES:
            out.write(f"   ({DONE_NOTES[sim.state.mode]})\n")
        out.write("> ")
        out.flush()
    out.write("\n")
    return 0
