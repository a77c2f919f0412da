"""Realtime against a real devstack, through supabase-js 2.119.1 in Node (vsn 2.0.0).

Each test drives `tests/js/realtime_agent.mjs`: JSON commands on its stdin, JSON events read
back from its stdout with bounded waits.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

JS_DIR = Path(__file__).resolve().parents[2] / "js"
WAIT_SECONDS = 20


class Agent:
    """One Node process running supabase-js."""

    def __init__(self, stack: Any) -> None:
        env = {**os.environ, "SUPABASE_URL": stack.url, "SUPABASE_ANON_KEY": stack.anon_key}
        self.proc = subprocess.Popen(
            ["node", str(JS_DIR / "realtime_agent.mjs")],
            cwd=JS_DIR,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.events: queue.Queue[dict[str, Any]] = queue.Queue()
        self.seen: list[dict[str, Any]] = []
        threading.Thread(target=self._read, daemon=True).start()
        self.expect(lambda e: e["type"] == "ready")

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.strip():
                self.events.put(json.loads(line))

    def send(self, **command: Any) -> None:
        """Send one command."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()

    def expect(self, match: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        """The next event matching `match` (bounded wait); other events are kept in `seen`."""
        deadline = time.monotonic() + WAIT_SECONDS
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no matching event; saw {self.seen[-10:]}")
            try:
                event = self.events.get(timeout=remaining)
            except queue.Empty:
                continue
            self.seen.append(event)
            if match(event):
                return event

    def saw(self, match: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        """An event matching `match`, already received or the next to come (bounded wait)."""
        for event in self.seen:
            if match(event):
                return event
        return self.expect(match)

    def changes(self, name: str) -> list[dict[str, Any]]:
        """Postgres change payloads received so far on channel `name`."""
        return [e["payload"] for e in self.seen if e["type"] == "change" and e["name"] == name]

    def subscribe(self, name: str, **options: Any) -> None:
        """Subscribe a channel and wait until it is SUBSCRIBED (and Postgres confirmed)."""
        self.send(cmd="subscribe", name=name, topic=options.pop("topic", name), **options)
        status = self.expect(lambda e: e["type"] == "status" and e["name"] == name)
        assert status["status"] == "SUBSCRIBED", status
        if options.get("changes"):
            system = self.expect(lambda e: e["type"] == "system" and e["name"] == name)
            assert system["payload"]["status"] == "ok", system

    def close(self) -> None:
        """Stop the Node process."""
        if self.proc.poll() is None:
            try:
                self.send(cmd="exit")
                self.proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def agents(stack: Any) -> Iterator[Callable[[], Agent]]:
    started: list[Agent] = []

    def start() -> Agent:
        agent = Agent(stack)
        started.append(agent)
        return agent

    yield start
    for agent in started:
        agent.close()


def make_table(stack: Any) -> str:
    name = f"rtjs_{uuid.uuid4().hex[:10]}"
    stack.sql(
        f"""
        create table public.{name} (
          id bigint generated always as identity primary key,
          owner uuid, body text, n int
        );
        alter table public.{name} enable row level security;
        alter table public.{name} replica identity full;
        create policy own on public.{name} for select to authenticated
          using (owner = (current_setting('request.jwt.claims', true)::jsonb ->> 'sub')::uuid);
        create policy public_rows on public.{name} for select to anon using (body = 'public');
        alter publication supabase_realtime add table public.{name};
        """
    )
    return name


def watch(table: str, **extra: Any) -> list[dict[str, Any]]:
    return [{"event": "*", "schema": "public", "table": table, **extra}]


def test_supabase_js_users_receive_only_their_rows_and_anon_only_public_ones(stack, agents):
    table = make_table(stack)
    alice, bob = str(uuid.uuid4()), str(uuid.uuid4())
    users = {"alice": (agents(), alice), "bob": (agents(), bob)}
    for agent, sub in users.values():
        agent.send(cmd="set_auth", token=stack.user_token(sub))
        agent.expect(lambda e: e["type"] == "auth_set")
        agent.subscribe("rows", changes=watch(table))
    anon = agents()
    anon.subscribe("rows", changes=watch(table))

    stack.sql(
        f"insert into public.{table}(owner, body, n) values (%s, 'a', 1), (%s, 'b', 2)",
        (alice, bob),
    )
    stack.sql(f"update public.{table} set n = n * 10")
    stack.sql(f"delete from public.{table} where body <> 'public'")
    stack.sql(f"insert into public.{table}(body, n) values ('public', 0)")

    for agent, sub in users.values():
        for kind in ("INSERT", "UPDATE", "DELETE"):
            agent.expect(lambda e, k=kind: e["type"] == "change" and e["payload"]["eventType"] == k)
        got = agent.changes("rows")
        assert [c["eventType"] for c in got] == ["INSERT", "UPDATE", "DELETE"]
        assert got[0]["new"]["owner"] == sub and got[1]["new"]["n"] == got[0]["new"]["n"] * 10
        assert got[1]["old"]["n"] == got[0]["new"]["n"]
        assert got[2]["old"] == {"id": got[0]["new"]["id"]}
    anon.expect(lambda e: e["type"] == "change")
    assert [(c["eventType"], c["new"]["body"]) for c in anon.changes("rows")] == [
        ("INSERT", "public")
    ]


def test_supabase_js_filters_and_token_refresh(stack, agents):
    table = make_table(stack)
    alice = str(uuid.uuid4())
    agent = agents()
    first_expiry = time.time() + 3
    agent.send(cmd="set_auth", token=stack.user_token(alice, ttl=3))
    agent.expect(lambda e: e["type"] == "auth_set")
    agent.subscribe("big", changes=watch(table, event="INSERT", filter="n=gte.10,body=not.eq.skip"))
    agent.send(cmd="set_auth", token=stack.user_token(alice, ttl=7200))
    agent.expect(lambda e: e["type"] == "auth_set")
    # Past the first token's expiry the subscription lives on the refreshed token.
    while time.time() < first_expiry + 1:
        time.sleep(0.1)
    stack.sql(
        f"insert into public.{table}(owner, body, n) values"
        " (%s, 'small', 1), (%s, 'skip', 50), (%s, 'big', 10), (%s, 'bigger', 99)",
        (alice, alice, alice, alice),
    )
    agent.expect(lambda e: e["type"] == "change" and e["payload"]["new"]["n"] == 99)
    assert [c["new"]["body"] for c in agent.changes("big")] == ["big", "bigger"]


def test_supabase_js_receives_events_in_commit_order_and_after_a_dropped_connection(stack, agents):
    table = make_table(stack)
    alice = str(uuid.uuid4())
    agent = agents()
    agent.send(cmd="set_auth", token=stack.user_token(alice))
    agent.expect(lambda e: e["type"] == "auth_set")
    agent.subscribe("ordered", changes=watch(table, event="INSERT"))
    for i in range(60):
        stack.sql(f"insert into public.{table}(owner, n) values (%s, %s)", (alice, i))
    agent.expect(lambda e: e["type"] == "change" and e["payload"]["new"]["n"] == 59)
    assert [c["new"]["n"] for c in agent.changes("ordered")] == list(range(60))

    agent.send(cmd="reconnect")
    agent.expect(lambda e: e["type"] == "dropped")
    # The client rejoins by itself; the server confirms the subscription again.
    agent.expect(
        lambda e: (
            e["type"] == "system"
            and e["name"] == "ordered"
            and e["payload"]["message"] == "Subscribed to PostgreSQL"
        )
    )
    stack.sql(f"insert into public.{table}(owner, n) values (%s, 1000)", (alice,))
    agent.expect(lambda e: e["type"] == "change" and e["payload"]["new"]["n"] == 1000)


def test_supabase_js_broadcast_with_self_and_ack_and_presence(stack, agents):
    ana, bia = agents(), agents()
    room = f"room-{uuid.uuid4().hex[:6]}"
    ana.subscribe(
        "room",
        topic=room,
        broadcast={"self": True, "ack": True},
        presence={"key": "ana"},
        listen_broadcast="msg",
    )
    bia.subscribe(
        "room",
        topic=room,
        broadcast={"self": False},
        presence={"key": "bia"},
        listen_broadcast="msg",
    )
    ana.send(cmd="send", name="room", event="msg", payload={"text": "olá"})
    assert ana.expect(lambda e: e["type"] == "sent")["result"] == "ok"
    got = bia.expect(lambda e: e["type"] == "broadcast")
    assert got["payload"]["payload"] == {"text": "olá"} and got["payload"]["event"] == "msg"
    ana.saw(lambda e: e["type"] == "broadcast")  # self: true echoes to the sender
    bia.send(cmd="send", name="room", event="msg", payload={"text": "oi"})
    bia.expect(lambda e: e["type"] == "sent")
    ana.saw(lambda e: e["type"] == "broadcast" and e["payload"]["payload"] == {"text": "oi"})

    ana.send(cmd="track", name="room", payload={"status": "online"})
    assert ana.expect(lambda e: e["type"] == "tracked")["result"] == "ok"
    joined = bia.saw(lambda e: e["type"] == "presence_join" and e["key"] == "ana")
    assert joined["presences"][0]["status"] == "online"
    ana.send(cmd="untrack", name="room")
    bia.expect(lambda e: e["type"] == "presence_leave" and e["key"] == "ana")
    assert not [
        e
        for e in bia.seen
        if e["type"] == "broadcast" and e["payload"]["payload"] == {"text": "oi"}
    ]
