"""Presence: who is on a topic, as Phoenix.Presence reports it.

State per topic is `{key: {"metas": [{"phx_ref": ..., **payload}]}}`; every change is sent to
the topic's presence-enabled subscribers as `presence_diff` `{joins, leaves}` and a joining
subscriber gets the whole `presence_state`.
"""

from __future__ import annotations

import base64
import itertools
import os
from dataclasses import dataclass, field
from typing import Any

_counter = itertools.count(1)


def new_ref() -> str:
    """A unique presence reference, like Phoenix's base64 refs."""
    raw = os.urandom(6) + next(_counter).to_bytes(6, "big")
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@dataclass
class Entry:
    key: str
    owner: object
    meta: dict[str, Any]


@dataclass
class PresenceRegistry:
    """Tracked presences of every topic, keyed by the tracking channel (its `owner`)."""

    topics: dict[str, dict[int, Entry]] = field(default_factory=dict)

    def state(self, topic: str) -> dict[str, Any]:
        """The `presence_state` payload of `topic`."""
        state: dict[str, Any] = {}
        for entry in self.topics.get(topic, {}).values():
            state.setdefault(entry.key, {"metas": []})["metas"].append(entry.meta)
        return state

    def track(
        self, topic: str, owner: object, key: str, payload: dict[str, Any]
    ) -> dict[str, Any] | None:
        """Track (or update) `owner`'s presence; returns the diff to broadcast, if any."""
        entries = self.topics.setdefault(topic, {})
        previous = entries.get(id(owner))
        if previous is not None:
            old_payload = {k: v for k, v in previous.meta.items() if not k.startswith("phx_ref")}
            if old_payload == payload and previous.key == key:
                return None
        meta = {**payload, "phx_ref": new_ref()}
        leaves: dict[str, Any] = {}
        if previous is not None:
            meta["phx_ref_prev"] = previous.meta["phx_ref"]
            leaves = {previous.key: {"metas": [previous.meta]}}
        entries[id(owner)] = Entry(key, owner, meta)
        return {"joins": {key: {"metas": [meta]}}, "leaves": leaves}

    def untrack(self, topic: str, owner: object) -> dict[str, Any] | None:
        """Forget `owner`'s presence; returns the diff to broadcast, if it was tracked."""
        entries = self.topics.get(topic, {})
        previous = entries.pop(id(owner), None)
        if not entries:
            self.topics.pop(topic, None)
        if previous is None:
            return None
        return {"joins": {}, "leaves": {previous.key: {"metas": [previous.meta]}}}
