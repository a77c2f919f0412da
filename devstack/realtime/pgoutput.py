"""Decoder for the binary messages of PostgreSQL's built-in `pgoutput` plugin (protocol 1).

Each row returned by `pg_logical_slot_peek_binary_changes` carries exactly one message; this
module turns its bytes into small dataclasses. Tuple values arrive in text format.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

PG_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)

# A tuple column is one of these: SQL NULL, an unchanged TOASTed value (not sent), or text.
UNCHANGED_TOAST = object()


class DecodeError(Exception):
    """Bytes that do not form a pgoutput message we understand."""


@dataclass(frozen=True)
class Column:
    name: str
    type_oid: int
    is_key: bool


@dataclass(frozen=True)
class Relation:
    oid: int
    schema: str
    table: str
    replica_identity: str
    columns: tuple[Column, ...]


@dataclass(frozen=True)
class Begin:
    final_lsn: int
    commit_time: datetime
    xid: int


@dataclass(frozen=True)
class Commit:
    commit_lsn: int
    end_lsn: int
    commit_time: datetime


# Values: None (NULL), UNCHANGED_TOAST, or the column's text representation.
Tuple = list[object]


@dataclass(frozen=True)
class Insert:
    relation_oid: int
    new: Tuple


@dataclass(frozen=True)
class Update:
    relation_oid: int
    old: Tuple | None
    old_is_full: bool
    new: Tuple


@dataclass(frozen=True)
class Delete:
    relation_oid: int
    old: Tuple
    old_is_full: bool


@dataclass(frozen=True)
class Other:
    kind: str


Message = Begin | Commit | Relation | Insert | Update | Delete | Other


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, size: int) -> bytes:
        end = self.pos + size
        if end > len(self.data):
            raise DecodeError("truncated pgoutput message")
        chunk = self.data[self.pos : end]
        self.pos = end
        return chunk

    def byte(self) -> str:
        return self.take(1).decode("ascii")

    def int8(self) -> int:
        return int(self.take(1)[0])

    def int16(self) -> int:
        value: int = struct.unpack("!h", self.take(2))[0]
        return value

    def int32(self) -> int:
        value: int = struct.unpack("!i", self.take(4))[0]
        return value

    def uint32(self) -> int:
        value: int = struct.unpack("!I", self.take(4))[0]
        return value

    def int64(self) -> int:
        value: int = struct.unpack("!q", self.take(8))[0]
        return value

    def string(self) -> str:
        end = self.data.find(b"\x00", self.pos)
        if end < 0:
            raise DecodeError("unterminated string")
        text = self.data[self.pos : end].decode("utf-8")
        self.pos = end + 1
        return text

    def timestamp(self) -> datetime:
        return PG_EPOCH + timedelta(microseconds=self.int64())

    def tuple_data(self) -> Tuple:
        count = self.int16()
        values: Tuple = []
        for _ in range(count):
            kind = self.byte()
            if kind == "n":
                values.append(None)
            elif kind == "u":
                values.append(UNCHANGED_TOAST)
            elif kind == "t":
                size = self.int32()
                values.append(self.take(size).decode("utf-8"))
            else:
                raise DecodeError(f"unsupported tuple value kind {kind!r}")
        return values


def decode(data: bytes) -> Message:
    """Decode one pgoutput message."""
    reader = _Reader(bytes(data))
    kind = reader.byte()
    if kind == "B":
        return Begin(reader.int64(), reader.timestamp(), reader.uint32())
    if kind == "C":
        reader.int8()  # flags, unused
        return Commit(reader.int64(), reader.int64(), reader.timestamp())
    if kind == "R":
        oid = reader.uint32()
        schema = reader.string()
        table = reader.string()
        identity = chr(reader.int8())
        columns = []
        for _ in range(reader.int16()):
            flags = reader.int8()
            name = reader.string()
            type_oid = reader.uint32()
            reader.int32()  # type modifier
            columns.append(Column(name, type_oid, bool(flags & 1)))
        return Relation(oid, schema, table, identity, tuple(columns))
    if kind == "I":
        oid = reader.uint32()
        if reader.byte() != "N":
            raise DecodeError("insert without new tuple")
        return Insert(oid, reader.tuple_data())
    if kind == "U":
        oid = reader.uint32()
        marker = reader.byte()
        old: Tuple | None = None
        old_is_full = False
        if marker in ("K", "O"):
            old_is_full = marker == "O"
            old = reader.tuple_data()
            marker = reader.byte()
        if marker != "N":
            raise DecodeError("update without new tuple")
        return Update(oid, old, old_is_full, reader.tuple_data())
    if kind == "D":
        oid = reader.uint32()
        marker = reader.byte()
        if marker not in ("K", "O"):
            raise DecodeError("delete without old tuple")
        return Delete(oid, reader.tuple_data(), marker == "O")
    return Other(kind)
