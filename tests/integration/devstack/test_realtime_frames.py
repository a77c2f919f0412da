"""Realtime's pure parts: filter syntax, Phoenix serializers and pgoutput decoding."""

from __future__ import annotations

import json
import struct

import pytest

from devstack.realtime import filters, pgoutput, protocol, values


def test_filter_strings_parse_like_supabase_realtime():
    assert filters.parse("subject=eq.hey") == [filters.Filter("subject", "eq", "hey")]
    assert filters.parse("subject=in.(hidee,ho)") == [filters.Filter("subject", "in", "{hidee,ho}")]
    assert filters.parse("subject=not.like.hey%") == [
        filters.Filter("subject", "like", "hey%", negate=True)
    ]
    assert filters.parse("id=gt.0,id=lt.100") == [
        filters.Filter("id", "gt", "0"),
        filters.Filter("id", "lt", "100"),
    ]
    assert filters.parse('name=eq."a,b"') == [filters.Filter("name", "eq", "a,b")]
    assert filters.parse("tag=in.(a,b),n=eq.1") == [
        filters.Filter("tag", "in", "{a,b}"),
        filters.Filter("n", "eq", "1"),
    ]
    assert filters.parse("   ") == []


@pytest.mark.parametrize(
    "text", ["subject=foo.hey", "undefined", "id=eq.1,,id=eq.2", "tag=in.a,b", "noop"]
)
def test_malformed_filters_are_refused(text):
    with pytest.raises(filters.FilterError):
        filters.parse(text)


def test_like_patterns_and_array_literals():
    assert filters.compile_like("a\\%b%", insensitive=False).fullmatch("a%bcd")
    assert not filters.compile_like("a\\%b%", insensitive=False).fullmatch("axbcd")
    assert not filters.compile_like("a_c", insensitive=False).fullmatch("abbc")
    assert filters.compile_like("a_c", insensitive=False).fullmatch("abc")
    assert filters.compile_like("ABC", insensitive=True).fullmatch("abc")
    assert not filters.compile_like("ABC", insensitive=False).fullmatch("abc")
    assert filters.compile_like("%a%b", insensitive=False).fullmatch("xxaxbab")
    assert not filters.compile_like("%a%b", insensitive=False).fullmatch("xxaxbaba")
    assert filters.compile_like("%%_", insensitive=False).fullmatch("z")
    assert not filters.compile_like("%%_", insensitive=False).fullmatch("")
    assert filters.split_array_literal('{a,"b c",NULL, d }') == ["a", "b c", None, "d"]


def test_null_column_values_fail_every_operator_but_is_and_isdistinct():
    row_typed, row_text = {"n": None}, {"n": None}
    for op in ("eq", "neq", "lt", "gt"):
        assert not filters.CompiledFilter("n", op, False, 1).matches(row_typed, row_text)
        assert not filters.CompiledFilter("n", op, True, 1).matches(row_typed, row_text)
    assert filters.CompiledFilter("n", "is", False, "null").matches(row_typed, row_text)
    assert filters.CompiledFilter("n", "isdistinct", False, 1).matches(row_typed, row_text)
    # A filter on a column the WAL did not carry fails closed.
    assert not filters.CompiledFilter("m", "eq", False, 1).matches(row_typed, row_text)


def test_a_regex_filter_postgres_did_not_answer_fails_closed_even_when_negated():
    row = {"body": "abc"}
    negated = filters.CompiledFilter("body", "match", True, "^x")
    probe = negated.probe(row, row)
    assert probe == filters.RegexProbe("abc", "^x", False)
    assert negated.matches(row, row, {probe: False})
    assert not negated.matches(row, row, {probe: True})
    assert not negated.matches(row, row, {})  # e.g. the evaluation timed out
    assert not negated.matches(row, row)


def test_both_serializers_round_trip_and_binary_broadcasts_decode():
    frame = protocol.Frame("realtime:x", "phx_reply", {"status": "ok"}, "2", "1")
    assert json.loads(protocol.encode(frame, protocol.VSN_2)) == [
        "1",
        "2",
        "realtime:x",
        "phx_reply",
        {"status": "ok"},
    ]
    assert json.loads(protocol.encode(frame, protocol.VSN_1))["topic"] == "realtime:x"
    decoded = protocol.decode('["1","2","realtime:x","phx_join",{}]', protocol.VSN_2)
    assert (decoded.join_ref, decoded.ref, decoded.event) == ("1", "2", "phx_join")
    body = json.dumps({"a": 1}).encode()
    parts = [b"1", b"3", b"realtime:x", b"ev", b""]
    push = bytes([3, *map(len, parts), 1]) + b"".join(parts) + body
    broadcast = protocol.decode(push, protocol.VSN_2)
    assert broadcast.event == "broadcast" and broadcast.ref == "3"
    assert broadcast.payload == {"type": "broadcast", "event": "ev", "payload": {"a": 1}}
    assert broadcast.binary is not None
    out = protocol.encode(
        protocol.Frame("realtime:x", "broadcast", {}, binary=broadcast.binary), "2.0.0"
    )
    assert isinstance(out, bytes) and out[0] == 4 and out.endswith(body)
    with pytest.raises(protocol.FrameError):
        protocol.decode("[1, 2]", protocol.VSN_2)


def test_pgoutput_messages_decode():
    relation = (
        b"R"
        + struct.pack("!I", 42)
        + b"public\x00notes\x00"
        + bytes([ord("d")])
        + struct.pack("!h", 2)
        + b"\x01id\x00"
        + struct.pack("!Ii", 23, -1)
        + b"\x00body\x00"
        + struct.pack("!Ii", 25, -1)
    )
    decoded = pgoutput.decode(relation)
    assert isinstance(decoded, pgoutput.Relation)
    assert [(c.name, c.type_oid, c.is_key) for c in decoded.columns] == [
        ("id", 23, True),
        ("body", 25, False),
    ]
    insert = b"I" + struct.pack("!I", 42) + b"N" + struct.pack("!h", 2)
    insert += b"t" + struct.pack("!i", 1) + b"7" + b"n"
    message = pgoutput.decode(insert)
    assert isinstance(message, pgoutput.Insert) and message.new == ["7", None]


def test_values_serialize_like_to_jsonb():
    assert (
        values.to_json(values.load(1184, "2026-01-02 03:04:05.5+00"))
        == "2026-01-02T03:04:05.5+00:00"
    )
    assert values.to_json(values.load(1700, "12.50")) == 12.5
    assert values.to_json(values.load(20, "9007199254740993")) == 9007199254740993
    assert values.to_json(values.load(1007, "{1,NULL}")) == [1, None]
    assert values.to_json(values.load(17, "\\x0102")) == "\\x0102"
    assert values.load(1186, "1 day") == "1 day"  # unknown to us: kept as text
