"""The SQL builder: identifiers come from the schema cache, values only as parameters."""

from __future__ import annotations

import pytest
from psycopg import sql

from devstack.rest import query as q
from devstack.rest import write
from devstack.rest.errors import ApiError, SchemaMiss
from devstack.rest.schema import Column, ForeignKey, SchemaCache, Table
from devstack.rest.sql import Builder, Rel

NASTY = "x'); drop table books; --"


def cache() -> SchemaCache:
    books = Table(
        "public",
        "books",
        {
            "id": Column("id", "bigint", False),
            "title": Column("title", "text", False),
            "pages": Column("pages", "integer"),
            "author_id": Column("author_id", "bigint"),
        },
        primary_key=("id",),
        unique=[frozenset({"id"})],
    )
    authors = Table(
        "public",
        "authors",
        {"id": Column("id", "bigint", False), "name": Column("name", "text", False)},
        primary_key=("id",),
        unique=[frozenset({"id"})],
    )
    fk = ForeignKey(
        "books_author_fk", "public", "books", ("author_id",), "public", "authors", ("id",)
    )
    return SchemaCache(
        tables={("public", "books"): books, ("public", "authors"): authors}, foreign_keys=[fk]
    )


def build(
    params: list[tuple[str, str]], max_rows: int | None = 1000
) -> tuple[str, dict[str, object]]:
    schema = cache()
    builder = Builder(schema, "public", max_rows)
    table = schema.tables[("public", "books")]
    statement = builder.read(
        Rel(table, sql.Identifier("public", "books")), q.parse_read(params), with_count=True
    )
    return statement.as_string(None), builder.params


@pytest.mark.parametrize(
    "params",
    [
        [("title", f"eq.{NASTY}")],
        [("title", f'in.(a,"{NASTY}")')],
        [("title", f'like(any).{{a*,"{NASTY}"}}')],
        [("or", f'(title.eq."{NASTY}",pages.gt.1)')],
        [("title", f"fts(english).{NASTY}")],
        [("select", "title,authors(name)"), ("authors.name", f"neq.{NASTY}")],
    ],
)
def test_filter_values_are_bound_parameters_never_sql_text(params):
    text, values = build(params)

    assert "drop table" not in text
    assert any("drop table" in str(v) for v in values.values())


def test_identifiers_are_quoted_and_paging_is_capped_by_max_rows():
    text, values = build(
        [("select", "t:title,pages::text"), ("order", "pages.desc.nullslast"), ("limit", "5000")]
    )

    assert '"public"."books"' in text and 'as "t"' in text
    assert "nulls last" in text
    assert 1000 in values.values() and 5000 not in values.values()


def test_unknown_columns_and_relationships_are_schema_misses():
    with pytest.raises(SchemaMiss) as column:
        build([("select", "nope")])
    with pytest.raises(SchemaMiss) as relation:
        build([("select", "title,publishers(*)")])

    assert column.value.code == "42703"
    assert relation.value.code == "PGRST200"


def test_filters_on_relations_missing_from_select_are_refused():
    with pytest.raises(ApiError) as error:
        build([("authors.name", "eq.x")])

    assert error.value.code == "PGRST108"


def test_insert_sends_the_payload_as_one_json_parameter():
    schema = cache()
    builder = Builder(schema, "public")
    table = schema.tables[("public", "books")]
    rows = [{"title": NASTY, "pages": 1}]

    statement = write.insert(
        builder,
        table,
        rows,
        ["title", "pages"],
        on_conflict=["id"],
        resolution="merge-duplicates",
        missing_default=False,
        returning=True,
    )
    text = statement.as_string(None)

    assert "drop table" not in text
    assert list(builder.params.values()) == [
        '[{"title": "x\'); drop table books; --", "pages": 1}]'
    ]
    assert 'on conflict ("id") do update set "title" = excluded."title"' in text


def test_payload_columns_outside_the_table_are_refused():
    schema = cache()
    with pytest.raises(SchemaMiss) as error:
        write.insert(
            Builder(schema, "public"),
            schema.tables[("public", "books")],
            [{"nope": 1}],
            ["nope"],
            on_conflict=None,
            resolution=None,
            missing_default=False,
            returning=False,
        )

    assert error.value.code == "PGRST204"


def test_max_rows_also_caps_embedded_relations():
    schema = cache()
    builder = Builder(schema, "public", 1000)
    authors = schema.tables[("public", "authors")]
    read = q.parse_read([("select", "name,books(title)"), ("books.limit", "5000")])

    text = builder.read(
        Rel(authors, sql.Identifier("public", "authors")), read, with_count=False
    ).as_string(None)

    assert text.count(" limit ") == 2
    assert 5000 not in builder.params.values()
    assert list(builder.params.values()).count(1000) == 2


def test_a_mutation_representation_is_not_capped_by_max_rows():
    schema = cache()
    builder = Builder(schema, "public", 1000)
    books = schema.tables[("public", "books")]
    read = q.parse_read([("select", "title,authors(name)")])

    text = write.wrap_mutation(builder, books, sql.SQL("delete from x returning *"), read)

    assert " limit " not in text.as_string(None)
