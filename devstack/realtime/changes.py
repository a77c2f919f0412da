"""Change capture: logical decoding of the `supabase_realtime` publication.

A persistent logical replication slot with the built-in `pgoutput` plugin is read over SQL
(`pg_logical_slot_peek_binary_changes`) every few tens of milliseconds on a dedicated
superuser connection. Whole transactions are handed to the fan-out in commit order, and the
slot is advanced past them only afterwards, so a gateway restart while the database stays up
loses nothing: the slot still holds every change not yet delivered.

Membership of the publication decides what streams, as on hosted Supabase.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import psycopg

from devstack.realtime import pgoutput, values
from devstack.realtime.rls import PUBLICATION

log = logging.getLogger(__name__)

SLOT = "devstack_realtime"
IDLE_POLL_SECONDS = 0.02
MAX_CHANGES_PER_POLL = 2000
RETRY_SECONDS = 1.0


@dataclass
class Change:
    """One row change, decoded and typed."""

    schema: str
    table: str
    relation_oid: int
    type: str  # INSERT, UPDATE or DELETE
    commit_timestamp: str
    columns: tuple[pgoutput.Column, ...]
    # Text values by column name (unchanged TOASTed values filled from the old row or left out).
    new_text: dict[str, str | None] = field(default_factory=dict)
    old_text: dict[str, str | None] = field(default_factory=dict)
    old_is_full: bool = False
    new_typed: dict[str, Any] = field(default_factory=dict)
    old_typed: dict[str, Any] = field(default_factory=dict)


def format_lsn(lsn: int) -> str:
    """An LSN in Postgres' `X/Y` notation."""
    return f"{lsn >> 32:X}/{lsn & 0xFFFFFFFF:X}"


def parse_lsn(text: str) -> int:
    """An LSN from Postgres' `X/Y` notation."""
    high, low = text.split("/")
    return (int(high, 16) << 32) | int(low, 16)


def commit_timestamp(message: pgoutput.Begin | pgoutput.Commit) -> str:
    """Realtime's `commit_timestamp`: UTC, millisecond precision, `Z` suffix."""
    moment = message.commit_time
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _as_dict(relation: pgoutput.Relation, row: pgoutput.Tuple) -> dict[str, object]:
    return {column.name: value for column, value in zip(relation.columns, row, strict=False)}


def build_change(
    relation: pgoutput.Relation,
    message: pgoutput.Insert | pgoutput.Update | pgoutput.Delete,
    timestamp: str,
) -> Change:
    """Turn one decoded row message into a Change with typed values."""
    change = Change(relation.schema, relation.table, relation.oid, "", timestamp, relation.columns)
    new: dict[str, object] = {}
    old: dict[str, object] = {}
    if isinstance(message, pgoutput.Insert):
        change.type = "INSERT"
        new = _as_dict(relation, message.new)
    elif isinstance(message, pgoutput.Update):
        change.type = "UPDATE"
        new = _as_dict(relation, message.new)
        if message.old is not None:
            old = _as_dict(relation, message.old)
            change.old_is_full = message.old_is_full
        else:
            # Without an old tuple the identity did not change: it is the new row's key.
            old = {c.name: new.get(c.name) for c in relation.columns if c.is_key}
    else:
        change.type = "DELETE"
        old = _as_dict(relation, message.old)
        change.old_is_full = message.old_is_full
        if not message.old_is_full:
            key_names = {c.name for c in relation.columns if c.is_key}
            old = {k: v for k, v in old.items() if k in key_names}
    types = {c.name: c.type_oid for c in relation.columns}
    for name, value in new.items():
        if value is pgoutput.UNCHANGED_TOAST:
            value = old.get(name)
            if value is None or value is pgoutput.UNCHANGED_TOAST:
                continue
        assert value is None or isinstance(value, str)
        change.new_text[name] = value
        change.new_typed[name] = values.load(types[name], value)
    for name, value in old.items():
        if value is pgoutput.UNCHANGED_TOAST:
            continue
        assert value is None or isinstance(value, str)
        change.old_text[name] = value
        change.old_typed[name] = values.load(types[name], value)
    return change


Handler = Callable[[list[Change]], Awaitable[None]]


class ChangeCapture:
    """Polls the slot and hands committed changes to `handler`, one at a time, in order.

    A handler that raises stops the poll: nothing is acknowledged and the next poll resumes
    with the change that failed (changes delivered before it are not handed over again).
    """

    def __init__(self, conninfo: str, handler: Handler, *, slot: str = SLOT) -> None:
        self.conninfo = conninfo
        self.handler = handler
        self.slot = slot
        self.relations: dict[int, pgoutput.Relation] = {}
        self.on_relation: Callable[[pgoutput.Relation], None] | None = None
        self._task: asyncio.Task[None] | None = None
        self._conn: psycopg.AsyncConnection[Any] | None = None
        self._advanced = 0
        # (commit end LSN, index in its transaction) of the last change handed over.
        self._delivered: tuple[int, int] = (0, -1)

    async def connect(self) -> None:
        """Open the capture connection and create the slot if missing."""
        if self._conn is None or self._conn.closed:
            self._conn = await psycopg.AsyncConnection.connect(self.conninfo, autocommit=True)
            await self._ensure_slot(self._conn)

    async def close(self) -> None:
        """Close the capture connection."""
        if self._conn is not None and not self._conn.closed:
            await self._conn.close()
        self._conn = None

    async def start(self) -> None:
        """Create the slot if missing and start polling."""
        await self.connect()
        self._task = asyncio.create_task(self._run(), name="realtime-change-capture")

    async def stop(self) -> None:
        """Stop polling; undelivered changes stay in the slot."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await self.close()

    async def _ensure_slot(self, conn: psycopg.AsyncConnection[Any]) -> None:
        cur = await conn.execute(
            "select 1 from pg_replication_slots where slot_name = %s", (self.slot,)
        )
        if await cur.fetchone() is None:
            await conn.execute(
                "select pg_create_logical_replication_slot(%s, 'pgoutput')", (self.slot,)
            )

    async def _run(self) -> None:
        while True:
            try:
                busy = await self.poll_once()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("realtime change capture failed; retrying")
                await self.close()
                await asyncio.sleep(RETRY_SECONDS)
                continue
            if not busy:
                await asyncio.sleep(IDLE_POLL_SECONDS)

    async def poll_once(self) -> bool:
        """Deliver the committed changes waiting in the slot; True if there were any."""
        await self.connect()
        conn = self._conn
        assert conn is not None
        # Everything committed before this point is decoded by the peek below unless the
        # batch is cut short, so the slot may then skip to here even when nothing we publish
        # changed (otherwise every poll would re-decode the unrelated WAL).
        cur = await conn.execute("select pg_current_wal_flush_lsn()::text")
        head_row = await cur.fetchone()
        assert head_row is not None
        head = parse_lsn(head_row[0])
        cur = await conn.execute(
            "select data from pg_logical_slot_peek_binary_changes(%s, NULL, %s,"
            " 'proto_version', '1', 'publication_names', %s)",
            (self.slot, MAX_CHANGES_PER_POLL, PUBLICATION),
        )
        rows = await cur.fetchall()
        pending: list[Change] = []
        timestamp = ""
        last_end: int | None = None
        for (data,) in rows:
            message = pgoutput.decode(data)
            if isinstance(message, pgoutput.Begin):
                pending = []
                timestamp = commit_timestamp(message)
            elif isinstance(message, pgoutput.Relation):
                # Every peek resends the relations it touches; only a new shape matters.
                known = self.relations.get(message.oid)
                self.relations[message.oid] = message
                if known is not None and known != message and self.on_relation is not None:
                    self.on_relation(message)
            elif isinstance(message, (pgoutput.Insert, pgoutput.Update, pgoutput.Delete)):
                relation = self.relations.get(message.relation_oid)
                if relation is not None:
                    pending.append(build_change(relation, message, timestamp))
            elif isinstance(message, pgoutput.Commit):
                for index, change in enumerate(pending):
                    # After a failed delivery the slot is re-read from where it stands:
                    # what already reached the subscribers must not reach them twice.
                    if (message.end_lsn, index) <= self._delivered:
                        continue
                    await self.handler([change])
                    self._delivered = (message.end_lsn, index)
                pending = []
                last_end = message.end_lsn
        target = last_end
        if len(rows) < MAX_CHANGES_PER_POLL:
            target = max(head, last_end or 0)
        if target is not None and target > self._advanced:
            cur = await conn.execute(
                "select end_lsn::text from pg_replication_slot_advance(%s, %s::pg_lsn)",
                (self.slot, format_lsn(target)),
            )
            moved = await cur.fetchone()
            # The server may stop short of `target`; remember where the slot really is.
            self._advanced = parse_lsn(moved[0]) if moved and moved[0] else self._advanced
        return bool(rows)
