"""The fan-out: which joined channel receives which change, broadcast and presence diff."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import psycopg

from devstack.realtime import values
from devstack.realtime.changes import Change
from devstack.realtime.filters import CompiledFilter, RegexProbe
from devstack.realtime.presence import PresenceRegistry
from devstack.realtime.protocol import Frame
from devstack.realtime.rls import Catalog, TableInfo, Visibility

if TYPE_CHECKING:
    from devstack.realtime.channels import Channel

log = logging.getLogger(__name__)


@dataclass
class Binding:
    """One `config.postgres_changes` entry of a joined channel."""

    id: int
    event: str  # "*", INSERT, UPDATE or DELETE
    schema: str
    table: str
    filters: list[CompiledFilter] = field(default_factory=list)
    select: tuple[str, ...] | None = None
    active: bool = False  # set once the subscription was accepted
    params: dict[str, Any] = field(default_factory=dict)  # as the client sent it

    def wants(self, change: Change) -> bool:
        """Whether this binding's event, schema and table cover `change`."""
        return (
            self.active
            and self.event in ("*", change.type)
            and self.schema in ("*", change.schema)
            and self.table in ("*", change.table)
        )

    def _row(self, change: Change) -> tuple[dict[str, Any], dict[str, str | None]]:
        if change.type != "DELETE":
            return change.new_typed, change.new_text
        return change.old_typed, change.old_text

    def regex_probes(self, change: Change) -> list[RegexProbe]:
        """The `match`/`imatch` questions Postgres must answer before `passes_filters`."""
        typed, texts = self._row(change)
        probes = (f.probe(typed, texts) for f in self.filters if f.is_regex)
        return [p for p in probes if p is not None]

    def passes_filters(self, change: Change, regex: dict[RegexProbe, bool] | None = None) -> bool:
        """Upstream's `is_visible_through_filters` (old row too, for deletes)."""
        typed, texts = self._row(change)
        return all(f.matches(typed, texts, regex) for f in self.filters)


def _claims_key(claims: dict[str, Any]) -> str:
    return json.dumps(claims, sort_keys=True, default=str)


def build_data(
    change: Change, table: TableInfo, readable: Iterable[str], select: tuple[str, ...] | None
) -> dict[str, Any]:
    """The `data` of a postgres_changes payload as one role (and column subset) sees it."""
    allowed = set(readable)
    shown = [
        c
        for c in table.columns
        if c.name in allowed and (select is None or c.name in select or c.is_pkey)
    ]
    names = {c.name for c in shown}
    data: dict[str, Any] = {
        "schema": change.schema,
        "table": change.table,
        "commit_timestamp": change.commit_timestamp,
        "type": change.type,
        "columns": [{"name": c.name, "type": c.type_name} for c in shown],
        "errors": None,
    }
    if change.type in ("INSERT", "UPDATE"):
        data["record"] = {k: values.to_json(v) for k, v in change.new_typed.items() if k in names}
    if change.type == "UPDATE":
        data["old_record"] = {
            k: values.to_json(v) for k, v in change.old_typed.items() if k in names
        }
    if change.type == "DELETE":
        pkey = set(table.pkey)
        data["old_record"] = {
            k: values.to_json(v)
            for k, v in change.old_typed.items()
            if k in names and (not table.rls_enabled or k in pkey)
        }
    return data


class Hub:
    """Joined channels by topic, presence, and the postgres_changes fan-out."""

    def __init__(self, catalog: Catalog, visibility: Visibility) -> None:
        self.catalog = catalog
        self.visibility = visibility
        self.topics: dict[tuple[str, bool], set[Channel]] = {}
        self.presence = PresenceRegistry()

    # --- membership -------------------------------------------------------------------

    def add(self, channel: Channel) -> None:
        """Register a joined channel."""
        self.topics.setdefault(channel.topic_key, set()).add(channel)

    def remove(self, channel: Channel) -> None:
        """Forget a channel (left, closed or its socket went away) and untrack its presence."""
        members = self.topics.get(channel.topic_key)
        if members is not None:
            members.discard(channel)
            if not members:
                del self.topics[channel.topic_key]
        self.untrack(channel)

    def channels(self) -> list[Channel]:
        """Every joined channel."""
        return [c for members in self.topics.values() for c in members]

    # --- broadcast and presence -----------------------------------------------------------

    def broadcast(self, sender: Channel, frame: Frame) -> None:
        """Relay a client broadcast to the topic (to the sender too if it asked for `self`)."""
        for channel in list(self.topics.get(sender.topic_key, ())):
            if channel is sender and not sender.self_broadcast:
                continue
            channel.send(Frame(channel.topic, "broadcast", frame.payload, binary=frame.binary))

    def track(self, channel: Channel, payload: dict[str, Any]) -> None:
        """Track `channel`'s presence and tell the topic."""
        diff = self.presence.track(channel.presence_topic, channel, channel.presence_key, payload)
        if diff is not None:
            self._presence_diff(channel, diff)

    def untrack(self, channel: Channel) -> None:
        """Untrack `channel`'s presence and tell the topic."""
        diff = self.presence.untrack(channel.presence_topic, channel)
        if diff is not None:
            self._presence_diff(channel, diff)

    def _presence_diff(self, source: Channel, diff: dict[str, Any]) -> None:
        for channel in list(self.topics.get(source.topic_key, ())):
            if channel.presence_enabled or channel is source:
                channel.send(Frame(channel.topic, "presence_diff", diff))

    # --- postgres_changes -----------------------------------------------------------------

    async def dispatch(self, changes: list[Change]) -> None:
        """Deliver committed changes, in order.

        A lost database connection propagates, so change capture retries the change instead
        of acknowledging it unsent; any other failure is logged and the change skipped, so
        one change the fan-out cannot handle does not stop the stream.
        """
        for change in changes:
            try:
                await self._dispatch_one(change)
            except psycopg.OperationalError:
                raise
            except Exception:
                log.exception("realtime fan-out failed for %s.%s", change.schema, change.table)

    async def _dispatch_one(self, change: Change) -> None:
        now = time.time()
        candidates: list[tuple[Channel, Binding]] = [
            (channel, binding)
            for channel in self.channels()
            # An expired token gets no data, even before its expiry timer closes the channel.
            if float(channel.claims.get("exp") or 0) > now
            for binding in channel.bindings
            if binding.wants(change)
        ]
        probes = {p for _, binding in candidates for p in binding.regex_probes(change)}
        regex = await self.visibility.regex(probes) if probes else {}
        matches = [(c, b) for c, b in candidates if b.passes_filters(change, regex)]
        if not matches:
            return
        table = await self.catalog.table(change.schema, change.table)
        if table is None:
            return
        by_role: dict[str, list[tuple[Channel, Binding]]] = {}
        for channel, binding in matches:
            by_role.setdefault(str(channel.claims.get("role") or "anon"), []).append(
                (channel, binding)
            )
        for role, subs in sorted(by_role.items()):
            await self._dispatch_role(change, table, role, subs)

    async def _dispatch_role(
        self,
        change: Change,
        table: TableInfo,
        role: str,
        subs: list[tuple[Channel, Binding]],
    ) -> None:
        access = await self.catalog.access(table, role)
        if not table.pkey and change.type != "DELETE":
            self._send_error(change, subs, "Error 400: Bad Request, no primary key")
            return
        if any(name not in access.readable for name in table.pkey):
            self._send_error(change, subs, "Error 401: Unauthorized")
            return
        visible: list[tuple[Channel, Binding]]
        if access.query is None:
            visible = subs if access.always else []
        elif change.type == "DELETE" and not change.old_is_full:
            # Only the key is in the WAL: Supabase cannot judge the row either.
            visible = subs
        else:
            row_text = change.old_text if change.type == "DELETE" else change.new_text
            query: str | None = access.query
            if any(name not in row_text for name in access.policy_columns):
                # The WAL left out an unchanged TOASTed value the policies read; NULL there
                # could show the row to the wrong subscriber. Judge the stored row instead.
                query = access.by_key
            if any(name not in row_text for name in table.pkey):
                query = None
            row = [row_text.get(c.name) for c in table.columns]
            distinct: dict[str, dict[str, Any]] = {}
            for channel, _ in subs:
                distinct.setdefault(_claims_key(channel.claims), channel.claims)
            keys = list(distinct)
            verdicts = (
                await self.visibility.check(query, row, [distinct[k] for k in keys])
                if query is not None
                else [False] * len(keys)
            )
            allowed = {k for k, ok in zip(keys, verdicts, strict=True) if ok}
            visible = [(c, b) for c, b in subs if _claims_key(c.claims) in allowed]
        groups: dict[tuple[int, tuple[str, ...] | None], tuple[Channel, list[Binding]]] = {}
        for channel, binding in visible:
            key = (id(channel), binding.select)
            groups.setdefault(key, (channel, []))[1].append(binding)
        cache: dict[tuple[str, ...] | None, dict[str, Any]] = {}
        for (_, select), (channel, bindings) in groups.items():
            if select not in cache:
                cache[select] = build_data(change, table, access.readable, select)
            ids = sorted({b.id for b in bindings})
            channel.send(
                Frame(channel.topic, "postgres_changes", {"ids": ids, "data": cache[select]})
            )

    def _send_error(self, change: Change, subs: list[tuple[Channel, Binding]], error: str) -> None:
        by_channel: dict[int, tuple[Channel, set[int]]] = {}
        for channel, binding in subs:
            by_channel.setdefault(id(channel), (channel, set()))[1].add(binding.id)
        for channel, ids in by_channel.values():
            data = {
                "schema": change.schema,
                "table": change.table,
                "commit_timestamp": change.commit_timestamp,
                "type": change.type,
                "columns": [],
                "errors": [error],
            }
            channel.send(
                Frame(channel.topic, "postgres_changes", {"ids": sorted(ids), "data": data})
            )
