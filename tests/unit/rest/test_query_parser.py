"""The PostgREST URL grammar parser: pure, no database."""

from __future__ import annotations

import pytest

from devstack.rest import query as q


def test_select_reads_columns_aliases_casts_and_json_paths():
    items = q.parse_select("id,nome:name,total::text,lang:meta->>lang,meta->tags->0")

    assert items == [
        q.Field(q.ColumnRef("id")),
        q.Field(q.ColumnRef("name"), alias="nome"),
        q.Field(q.ColumnRef("total"), cast="text"),
        q.Field(q.ColumnRef("meta", (q.JsonStep("->>", "lang"),)), alias="lang"),
        q.Field(q.ColumnRef("meta", (q.JsonStep("->", "tags"), q.JsonStep("->", "0")))),
    ]
    # PostgREST names a path ending in an index after its last key, else after the column.
    assert items[4].column.default_alias == "tags"  # type: ignore[union-attr]
    assert q.parse_column("data->3").default_alias == "data"
    assert q.parse_column("data->1->mycol->>-2").default_alias == "mycol"


def test_select_reads_nested_embeds_with_hints_and_inner():
    items = q.parse_select("*,autor:authors!books_author_fk!inner(name,country(*)),tags()")

    assert isinstance(items[0], q.Star)
    embed = items[1]
    assert isinstance(embed, q.Embed)
    assert (embed.name, embed.alias, embed.hint, embed.inner) == (
        "authors",
        "autor",
        "books_author_fk",
        True,
    )
    assert embed.select[0] == q.Field(q.ColumnRef("name"))
    nested = embed.select[1]
    assert isinstance(nested, q.Embed) and nested.name == "country" and not nested.inner
    assert isinstance(nested.select[0], q.Star)


@pytest.mark.parametrize(
    "select",
    [
        "id;drop table x",
        'id,"name"',
        "id,,name",
        "rel(id",
        "id)",
        "a b",
        "x::text from y",
        "-id",
        "x::int;",
    ],
)
def test_malformed_select_is_a_parse_error(select):
    with pytest.raises(q.ParseError):
        q.parse_select(select)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("eq.5", q.Filter(q.ColumnRef("c"), "eq", "5")),
        ("not.neq.a.b", q.Filter(q.ColumnRef("c"), "neq", "a.b", negated=True)),
        ("like.*foo*", q.Filter(q.ColumnRef("c"), "like", "*foo*")),
        ("is.NULL", q.Filter(q.ColumnRef("c"), "is", "null")),
        ('in.(1,"a,b","say \\"hi\\"")', q.Filter(q.ColumnRef("c"), "in", ("1", "a,b", 'say "hi"'))),
        ("in.()", q.Filter(q.ColumnRef("c"), "in", ())),
        ("cs.{a,b}", q.Filter(q.ColumnRef("c"), "cs", "{a,b}")),
        ("ov.[1,5)", q.Filter(q.ColumnRef("c"), "ov", "[1,5)")),
        (
            "fts(portuguese).gato & cão",
            q.Filter(q.ColumnRef("c"), "fts", "gato & cão", config="portuguese"),
        ),
        ("wfts.gato", q.Filter(q.ColumnRef("c"), "wfts", "gato")),
        ("like(any).{a*,b*}", q.Filter(q.ColumnRef("c"), "like", ("a*", "b*"), quantifier="any")),
        ("eq(all).(1,2)", q.Filter(q.ColumnRef("c"), "eq", ("1", "2"), quantifier="all")),
        ("adj.(1,2)", q.Filter(q.ColumnRef("c"), "adj", "(1,2)")),
    ],
)
def test_filter_values_are_parsed_with_operator_negation_and_quoting(value, expected):
    assert q.parse_operation(q.ColumnRef("c"), value) == expected


@pytest.mark.parametrize(
    "value",
    ["xx.1", "eq", "is.maybe", "in.1,2", "in.(1,2", "cs(any).{a}", "like(some).{a}"],
)
def test_malformed_filters_are_parse_errors(value):
    with pytest.raises(q.ParseError):
        q.parse_operation(q.ColumnRef("c"), value)


def test_logic_trees_nest_and_negate():
    tree = q.parse_logic("or", '(a.eq.1,and(b.gt.2,c.is.null),not.or(d.eq."x,y",e.not.like.z*))')

    assert tree.op == "or" and not tree.negated
    first, second, third = tree.children
    assert first == q.Filter(q.ColumnRef("a"), "eq", "1")
    assert isinstance(second, q.Logic) and second.op == "and"
    assert second.children[1] == q.Filter(q.ColumnRef("c"), "is", "null")
    assert isinstance(third, q.Logic) and third.negated and third.op == "or"
    assert third.children[0] == q.Filter(q.ColumnRef("d"), "eq", "x,y")
    assert third.children[1] == q.Filter(q.ColumnRef("e"), "like", "z*", negated=True)


@pytest.mark.parametrize("value", ["a.eq.1", "(a.eq.1", "()", "(a)", "(and(a.eq.1)"])
def test_malformed_logic_trees_are_parse_errors(value):
    with pytest.raises(q.ParseError):
        q.parse_logic("or", value)


def test_order_reads_direction_and_nulls_for_each_term():
    assert q.parse_order("a.desc.nullslast,b,c->>d.asc.nullsfirst") == [
        q.OrderTerm(q.ColumnRef("a"), desc=True, nulls="last"),
        q.OrderTerm(q.ColumnRef("b")),
        q.OrderTerm(q.ColumnRef("c", (q.JsonStep("->>", "d"),)), desc=False, nulls="first"),
    ]
    assert q.parse_order("autor(name).desc") == [
        q.OrderTerm(q.ColumnRef("name"), desc=True, relation="autor")
    ]
    with pytest.raises(q.ParseError):
        q.parse_order("a.sideways")


def test_parse_read_routes_parameters_to_the_relation_they_name():
    read = q.parse_read(
        [
            ("select", "id,books(title)"),
            ("id", "gt.3"),
            ("books.title", "ilike.*a*"),
            ("books.order", "title.desc"),
            ("books.limit", "2"),
            ("books.offset", "1"),
            ("not.or", "(id.eq.1,id.eq.2)"),
            ("limit", "10"),
            ("offset", "20"),
            ("order", "id"),
        ]
    )

    top, books = read.nodes[()], read.nodes[("books",)]
    assert (top.limit, top.offset, top.order) == (10, 20, [q.OrderTerm(q.ColumnRef("id"))])
    assert top.conditions[0] == q.Filter(q.ColumnRef("id"), "gt", "3")
    assert isinstance(top.conditions[1], q.Logic) and top.conditions[1].negated
    assert books.conditions == [q.Filter(q.ColumnRef("title"), "ilike", "*a*")]
    assert (books.limit, books.offset) == (2, 1)
    assert books.order == [q.OrderTerm(q.ColumnRef("title"), desc=True)]


def test_parse_read_keeps_rpc_arguments_apart_from_filters():
    read = q.parse_read([("min_pages", "10"), ("title", "eq.x")], frozenset({"min_pages"}))

    assert read.extra == {"min_pages": "10"}
    assert read.nodes[()].conditions == [q.Filter(q.ColumnRef("title"), "eq", "x")]


@pytest.mark.parametrize(
    "params",
    [[("limit", "-1")], [("offset", "ten")], [("a;b.c", "eq.1")], [("limit", "\u2460")]],
)
def test_bad_paging_and_parameter_names_are_parse_errors(params):
    with pytest.raises(q.ParseError):
        q.parse_read(params)


def test_absurdly_deep_nesting_is_refused_without_recursing_forever():
    deep_select = "a(" * 5000 + "x" + ")" * 5000
    deep_logic = "(" + "and(" * 5000 + "a.eq.1" + ")" * 5000 + ")"

    with pytest.raises(q.ParseError):
        q.parse_select(deep_select)
    with pytest.raises(q.ParseError):
        q.parse_logic("or", deep_logic)
