"""One query string cannot ask the parser for unbounded work on the shared event loop."""

from __future__ import annotations

import pytest

from devstack.rest import query as q


def embeds(count: int) -> str:
    return "*," + ",".join(f"e{i}:authors(*)" for i in range(count))


def test_a_select_with_the_maximum_number_of_embeds_parses():
    items = q.parse_read([("select", embeds(q.MAX_EMBEDS))]).select

    assert sum(isinstance(item, q.Embed) for item in items) == q.MAX_EMBEDS


def test_one_embed_too_many_is_a_parse_error_naming_the_limit():
    with pytest.raises(q.ParseError) as caught:
        q.parse_read([("select", embeds(q.MAX_EMBEDS + 1))])

    assert "embedded resources" in caught.value.message
    assert str(q.MAX_EMBEDS) in (caught.value.details or "")


def test_embeds_are_counted_over_the_whole_tree_not_per_level():
    per_level = q.MAX_EMBEDS // 2 + 1
    inner = ",".join(f"i{i}:books(id)" for i in range(per_level))
    outer = ",".join(f"o{i}:authors(id)" for i in range(per_level - 1))
    select = f"*,{outer},nested:authors(*,{inner})"

    with pytest.raises(q.ParseError, match="embedded resources"):
        q.parse_read([("select", select)])


def test_thousands_of_selected_columns_are_refused():
    with pytest.raises(q.ParseError):
        q.parse_read([("select", ",".join(["id"] * (q.MAX_SELECT_ITEMS + 1)))])


@pytest.mark.parametrize(
    "params",
    [
        [("id", "eq.1")] * (q.MAX_TERMS + 1),
        [("or", "(" + ",".join(["id.eq.1"] * (q.MAX_TERMS + 1)) + ")")],
        [("order", ",".join(["id.desc"] * (q.MAX_TERMS + 1)))],
        [("id", "eq.1")] * (q.MAX_TERMS // 2) + [("order", ",".join(["id"] * q.MAX_TERMS))],
    ],
    ids=["filters", "or_children", "order_terms", "filters_and_order_together"],
)
def test_too_many_filters_and_order_terms_are_refused(params):
    with pytest.raises(q.ParseError, match="too many filters"):
        q.parse_read(params)


def test_a_thousand_filters_and_order_terms_in_total_still_parse():
    half = q.MAX_TERMS // 2
    query = q.parse_read([("id", "eq.1")] * half + [("order", ",".join(["id"] * half))])

    assert len(query.nodes[()].conditions) == half and len(query.nodes[()].order) == half


def test_nesting_past_the_depth_limit_is_refused_and_up_to_it_parses():
    def chain(depth: int) -> str:
        return "*," + "authors(" * depth + "id" + ")" * depth

    def logic(depth: int) -> str:
        return "(" + "and(" * depth + "id.eq.1" + ")" * depth + ")"

    q.parse_read([("select", chain(q.MAX_DEPTH)), ("or", logic(q.MAX_DEPTH))])
    with pytest.raises(q.ParseError, match="nested too deeply"):
        q.parse_read([("select", chain(q.MAX_DEPTH + 1))])
    with pytest.raises(q.ParseError, match="nested too deeply"):
        q.parse_read([("or", logic(q.MAX_DEPTH + 1))])


@pytest.mark.parametrize(
    ("key", "value"),
    [
        # Each nesting level rescans the text below it: a URL of parentheses nested to the
        # depth limit would otherwise be scanned MAX_DEPTH times.
        (
            "or",
            "(" + "or(" * 15 + ",".join(["id.in.(1)"] * 5000) + ")" * 15 + ")",
        ),
        (
            "select",
            "*," + "authors(" * 15 + ",".join(["a:b()"] * 5000) + ")" * 15,
        ),
    ],
    ids=["logic", "select"],
)
def test_parentheses_rescanned_at_every_level_are_refused_as_too_complex(key, value):
    with pytest.raises(q.ParseError, match="too complex"):
        q.parse_read([(key, value)])


def test_a_json_path_past_the_step_limit_is_a_parse_error():
    ok = "meta" + "->a" * q.MAX_JSON_STEPS
    assert len(q.parse_column(ok).path) == q.MAX_JSON_STEPS

    with pytest.raises(q.ParseError, match="json path"):
        q.parse_read([("select", "meta" + "->a" * 10_000)])
    with pytest.raises(q.ParseError, match="json path"):
        q.parse_read([("meta" + "->a" * (q.MAX_JSON_STEPS + 1), "eq.1")])


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ('a,"b,(c",d', ["a", '"b,(c"', "d"]),
        ('"x\\",y",z', ['"x\\",y"', "z"]),
        ("f(a,b),{c,d},e", ["f(a,b)", "{c,d}", "e"]),
        ("", [""]),
        (",", ["", ""]),
    ],
)
def test_split_top_splits_only_outside_groups_and_quotes(text, parts):
    assert q.split_top(text) == parts


@pytest.mark.parametrize("text", ["a(b", "a)b", '"open', '"esc\\"', "{a,(b}"])
def test_split_top_refuses_unbalanced_groups_and_quotes(text):
    with pytest.raises(q.ParseError):
        q.split_top(text)
