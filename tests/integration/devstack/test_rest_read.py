"""devstack's /rest/v1 reads through supabase-py: filters, order, paging, counts, embedding.

Tables, fixtures and helpers come from test_rest.py (RLS `owner = auth.uid()`, real users).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from postgrest.exceptions import APIError

import supabase
from tests.integration.devstack.test_rest import (
    LIBRARY,
    rest,
    sign_up,
    titles,
)

# --- filters -------------------------------------------------------------------------------

Query = Callable[[Any], Any]
FILTERS: list[tuple[str, Query, set[str]]] = [
    ("eq", lambda t: t.eq("pages", 256), {"Dom Casmurro"}),
    ("neq", lambda t: t.neq("pages", 256), {"Memórias Póstumas", "O Alienista"}),
    ("gt", lambda t: t.gt("pages", 100), {"Dom Casmurro", "Memórias Póstumas"}),
    ("gte", lambda t: t.gte("pages", 300), {"Memórias Póstumas"}),
    ("lt", lambda t: t.lt("pages", 256), {"O Alienista"}),
    ("lte", lambda t: t.lte("pages", 256), {"Dom Casmurro", "O Alienista"}),
    ("like", lambda t: t.like("title", "*Sertão"), {"Grande Sertão"}),
    ("like_percent", lambda t: t.like("title", "Dom%"), {"Dom Casmurro"}),
    ("ilike", lambda t: t.ilike("title", "o *"), {"O Alienista"}),
    ("is_null", lambda t: t.is_("pages", "null"), {"Grande Sertão"}),
    (
        "not_is_null",
        lambda t: t.not_.is_("pages", "null"),
        {"Dom Casmurro", "Memórias Póstumas", "O Alienista"},
    ),
    ("in", lambda t: t.in_("pages", [96, 300]), {"Memórias Póstumas", "O Alienista"}),
    ("in_quoted", lambda t: t.in_("title", ["Dom Casmurro", "a,b", 'x"y']), {"Dom Casmurro"}),
    ("cs_array", lambda t: t.contains("tags", ["classic"]), {"Dom Casmurro", "Memórias Póstumas"}),
    (
        "cd_array",
        lambda t: t.contained_by("tags", ["classic", "novel"]),
        {"Dom Casmurro", "Memórias Póstumas", "O Alienista"},
    ),
    ("ov_array", lambda t: t.overlaps("tags", ["regional", "x"]), {"Grande Sertão"}),
    ("cs_jsonb", lambda t: t.contains("meta", {"year": 1956}), {"Grande Sertão"}),
    ("cd_jsonb", lambda t: t.contained_by("meta", {"lang": "es", "x": 1}), {"O Alienista"}),
    ("cs_range", lambda t: t.contains("during", "[2,3]"), {"Dom Casmurro"}),
    ("ov_range", lambda t: t.ov("during", "[4,6)"), {"Dom Casmurro", "O Alienista"}),
    ("sl", lambda t: t.range_lt("during", [8, 30]), {"Dom Casmurro", "O Alienista"}),
    ("sr", lambda t: t.range_gt("during", [0, 9]), {"Memórias Póstumas"}),
    ("nxr", lambda t: t.range_lte("during", [0, 6]), {"Dom Casmurro"}),
    ("nxl", lambda t: t.range_gte("during", [4, 100]), {"O Alienista", "Memórias Póstumas"}),
    ("adj", lambda t: t.range_adjacent("during", [7, 10]), {"O Alienista", "Memórias Póstumas"}),
    (
        "fts_config",
        lambda t: t.text_search("summary", "ciúme", {"config": "portuguese"}),
        {"Dom Casmurro"},
    ),
    (
        "plfts",
        lambda t: t.text_search("summary", "defunto autor", {"type": "plain"}),
        {"Memórias Póstumas"},
    ),
    (
        "phfts",
        lambda t: t.text_search(
            "summary", "sertão veredas", {"type": "phrase", "config": "simple"}
        ),
        {"Grande Sertão"},
    ),
    (
        "wfts",
        lambda t: t.text_search("summary", "loucura or jagunços", {"type": "web_search"}),
        {"O Alienista", "Grande Sertão"},
    ),
    (
        "not_eq",
        lambda t: t.not_.eq("title", "Dom Casmurro"),
        {"Memórias Póstumas", "Grande Sertão", "O Alienista"},
    ),
    (
        "or",
        lambda t: t.or_("pages.gt.280,title.eq.O Alienista"),
        {"Memórias Póstumas", "O Alienista"},
    ),
    (
        "or_nested_and",
        lambda t: t.or_("and(pages.gte.200,pages.lte.260),pages.is.null"),
        {"Dom Casmurro", "Grande Sertão"},
    ),
    (
        "or_not_and",
        lambda t: t.or_("not.and(pages.gte.200,pages.lte.260),title.eq.Dom Casmurro"),
        {"Dom Casmurro", "Memórias Póstumas", "O Alienista"},
    ),
    (
        "not_or",
        lambda t: t.not_.or_("pages.is.null,pages.lt.100"),
        {"Dom Casmurro", "Memórias Póstumas"},
    ),
    (
        "or_quoted",
        lambda t: t.or_('title.eq."Dom Casmurro",title.in.("a,b","O Alienista")'),
        {"Dom Casmurro", "O Alienista"},
    ),
    ("like_any", lambda t: t.like_any_of("title", "Dom*,O *"), {"Dom Casmurro", "O Alienista"}),
    (
        "like_all",
        lambda t: t.like_all_of("title", "*a*,*e*"),
        {"Grande Sertão", "O Alienista", "Memórias Póstumas"},
    ),
    (
        "ilike_any",
        lambda t: t.ilike_any_of("title", "dom*,grande*"),
        {"Dom Casmurro", "Grande Sertão"},
    ),
    (
        "ilike_all",
        lambda t: t.ilike_all_of("title", "*a*,*o*"),
        {"Dom Casmurro", "Grande Sertão", "O Alienista"},
    ),
    ("match", lambda t: t.filter("title", "match", "^O "), {"O Alienista"}),
    ("imatch", lambda t: t.filter("title", "imatch", "^o "), {"O Alienista"}),
    ("json_path", lambda t: t.eq("meta->>lang", "es"), {"O Alienista"}),
    (
        "isdistinct",
        lambda t: t.filter("pages", "isdistinct", "256"),
        {"Memórias Póstumas", "Grande Sertão", "O Alienista"},
    ),
    ("eq_any", lambda t: t.filter("pages", "eq(any)", "{96,256}"), {"Dom Casmurro", "O Alienista"}),
    (
        "combined",
        lambda t: t.gt("pages", 90).contains("tags", ["classic"]).neq("title", "Dom Casmurro"),
        {"Memórias Póstumas"},
    ),
]


@pytest.mark.parametrize(("name", "apply", "expected"), FILTERS, ids=[f[0] for f in FILTERS])
def test_every_filter_operator_selects_the_right_rows(library, name, apply, expected):
    response = apply(library.client.table("rt_books").select("title")).execute()

    assert titles(response.data) == expected


def test_and_and_negated_or_logic_trees_through_raw_parameters(rest_schema, library):
    with rest(rest_schema, library.token) as http:
        both = http.get(
            "/rt_books", params={"select": "title", "and": "(pages.gt.90,pages.lt.260)"}
        )
        neither = http.get(
            "/rt_books", params={"select": "title", "not.and": "(pages.gt.90,pages.lt.260)"}
        )

    assert titles(both.json()) == {"Dom Casmurro", "O Alienista"}
    assert titles(neither.json()) == {"Memórias Póstumas"}  # null pages are neither


# --- order, paging, counts, single, csv --------------------------------------------------------


def test_order_with_nulls_first_and_last_and_several_columns(library):
    table = library.client.table("rt_books")
    nulls_last = table.select("title").order("pages", desc=True, nullsfirst=False).execute().data
    nulls_first = (
        library.client.table("rt_books")
        .select("title")
        .order("pages", nullsfirst=True)
        .execute()
        .data
    )
    two_keys = (
        library.client.table("rt_books")
        .select("title")
        .order("meta->>lang", desc=True)
        .order("title")
        .execute()
        .data
    )

    assert [r["title"] for r in nulls_last] == [
        "Memórias Póstumas",
        "Dom Casmurro",
        "O Alienista",
        "Grande Sertão",
    ]
    assert [r["title"] for r in nulls_first] == [
        "Grande Sertão",
        "O Alienista",
        "Dom Casmurro",
        "Memórias Póstumas",
    ]
    assert [r["title"] for r in two_keys] == [
        "Dom Casmurro",
        "Grande Sertão",
        "Memórias Póstumas",
        "O Alienista",
    ]


def test_order_by_a_column_of_a_to_one_relation(rest_schema):
    user = sign_up(rest_schema)
    authors = (
        user.client.table("rt_authors")
        .insert([{"name": "Zélia"}, {"name": "Adélia"}])
        .execute()
        .data
    )
    ids = {a["name"]: a["id"] for a in authors}
    user.client.table("rt_books").insert(
        [{"title": "um", "author_id": ids["Zélia"]}, {"title": "dois", "author_id": ids["Adélia"]}]
    ).execute()
    with rest(rest_schema, user.token) as http:
        ordered = http.get(
            "/rt_books",
            params={"select": "title,autor:rt_authors!author_id(name)", "order": "autor(name).asc"},
        )
        refused = http.get(
            "/rt_authors",
            params={"select": "name,rt_books!author_id(title)", "order": "rt_books(title)"},
        )

    assert [r["title"] for r in ordered.json()] == ["dois", "um"]
    assert refused.status_code == 400 and refused.json()["code"] == "PGRST118"


def test_limit_offset_and_exact_count_fill_content_range(rest_schema, library):
    page = (
        library.client.table("rt_books")
        .select("title", count="exact")
        .order("title")
        .range(1, 2)
        .execute()
    )
    with rest(rest_schema, library.token) as http:
        raw = http.get(
            "/rt_books?select=title&order=title&limit=2&offset=1", headers={"Prefer": "count=exact"}
        )
        head = http.head("/rt_books?pages=gt.100", headers={"Prefer": "count=exact"})
        empty = http.get("/rt_books?pages=gt.10000", headers={"Prefer": "count=exact"})

    assert [r["title"] for r in page.data] == ["Grande Sertão", "Memórias Póstumas"]
    assert page.count == 4
    assert raw.headers["content-range"] == "1-2/4"
    assert raw.status_code == 206
    assert (
        head.status_code == 200 and head.headers["content-range"] == "0-1/2" and head.content == b""
    )
    assert empty.json() == [] and empty.headers["content-range"] == "*/0"
    with rest(rest_schema, library.token) as http:
        beyond = http.get("/rt_books?offset=10", headers={"Prefer": "count=exact"})
    assert beyond.status_code == 416 and beyond.json()["code"] == "PGRST103"


def test_an_offset_at_the_end_or_a_zero_limit_is_partial_content_not_416(rest_schema, library):
    with rest(rest_schema, library.token) as http:
        at_end = http.get("/rt_books?offset=4", headers={"Prefer": "count=exact"})
        none = http.get("/rt_books?limit=0", headers={"Prefer": "count=exact"})
        past_end = http.get("/rt_books?offset=5", headers={"Prefer": "count=exact"})

    assert (at_end.status_code, at_end.headers["content-range"]) == (206, "*/4")
    assert at_end.json() == []
    assert (none.status_code, none.headers["content-range"]) == (206, "*/4")
    assert (past_end.status_code, past_end.headers["content-range"]) == (416, "*/4")
    assert past_end.json()["details"] == "An offset of 5 was requested, but there are only 4 rows."


def test_planned_counts_come_from_the_planner_and_estimated_ones_are_exact_when_small(
    rest_schema, library
):
    planned = library.client.table("rt_books").select("title", count="planned").execute()
    estimated = library.client.table("rt_books").select("title", count="estimated").execute()
    with rest(rest_schema, library.token) as http:
        head = http.head("/rt_books", headers={"Prefer": "count=planned"})

    assert isinstance(planned.count, int) and planned.count >= 0
    assert estimated.count == 4  # within max_rows, so counted exactly
    assert head.headers["preference-applied"] == "count=planned"
    assert head.headers["content-range"].split("/")[1].isdigit()


def test_planned_counts_of_a_large_table_are_the_planners_row_estimate(rest_schema):
    # 200,000 rows (about 19 MB) make Postgres plan `count(*)` in parallel, where the
    # aggregate's child is a Gather of one partial count, not of the rows.
    rest_schema.sql(
        "create table if not exists public.rt_large (n int, pad text);"
        " grant select on public.rt_large to anon, authenticated, service_role;"
        " truncate public.rt_large;"
        " insert into public.rt_large select n, repeat('x', 60) from generate_series(1, 200000) n;"
        " analyze public.rt_large;"
        " notify pgrst, 'reload schema'"
    )
    cap = rest_schema.config.max_rows
    service = supabase.create_client(rest_schema.url, rest_schema.service_key)

    planned = service.table("rt_large").select("n", count="planned").gt("n", 5).limit(1).execute()
    estimated = (
        service.table("rt_large").select("n", count="estimated").gt("n", 5).limit(1).execute()
    )

    assert cap is not None and planned.count is not None and estimated.count is not None
    assert 150_000 < planned.count < 250_000
    assert 150_000 < estimated.count < 250_000
    rest_schema.sql("drop table public.rt_large; notify pgrst, 'reload schema'")


def test_single_and_maybe_single(library):
    table = library.client.table
    one = table("rt_books").select("title,pages").eq("pages", 96).single().execute()
    none = table("rt_books").select("title").eq("pages", -1).maybe_single().execute()
    maybe = table("rt_books").select("title").eq("pages", 256).maybe_single().execute()

    assert one.data == {"title": "O Alienista", "pages": 96}
    assert none is None
    assert maybe is not None and maybe.data == {"title": "Dom Casmurro"}
    with pytest.raises(APIError) as error:
        table("rt_books").select("title").single().execute()
    assert error.value.code == "PGRST116"


def test_csv_output(library):
    text = (
        library.client.table("rt_books")
        .select("title,pages")
        .lt("pages", 260)
        .order("pages")
        .csv()
        .execute()
    )

    assert text.data == "title,pages\nO Alienista,96\nDom Casmurro,256"


def test_select_aliases_casts_and_json_paths(library):
    row = (
        library.client.table("rt_books")
        .select("nome:title,paginas:pages::text,lang:meta->>lang,meta->year")
        .eq("title", "Dom Casmurro")
        .single()
        .execute()
        .data
    )

    assert row == {"nome": "Dom Casmurro", "paginas": "256", "lang": "pt", "year": 1899}


# --- embedded resources --------------------------------------------------------------------


def test_embedding_many_to_one_as_object_and_one_to_many_as_array(library):
    books = (
        library.client.table("rt_books")
        .select("title,author:rt_authors!author_id(name)")
        .eq("pages", 96)
        .execute()
        .data
    )
    authors = (
        library.client.table("rt_authors")
        .select("name,rt_books!author_id(title)")
        .eq("name", "Machado")
        .execute()
        .data
    )

    assert books == [{"title": "O Alienista", "author": {"name": "Machado"}}]
    assert titles(authors[0]["rt_books"]) == {b["title"] for b in LIBRARY}


def test_embedded_count_gives_the_number_of_related_rows(library):
    author = (
        library.client.table("rt_authors")
        .select("name,rt_books!author_id(count)")
        .eq("name", "Machado")
        .gt("rt_books.pages", 200)
        .single()
        .execute()
        .data
    )

    assert author == {"name": "Machado", "rt_books": [{"count": 2}]}


def test_spread_embedding_lifts_to_one_columns_into_the_parent(library):
    rows = (
        library.client.table("rt_books")
        .select("title,...rt_authors!author_id(autor:name)")
        .eq("pages", 96)
        .execute()
        .data
    )
    with pytest.raises(APIError) as error:
        library.client.table("rt_authors").select("name,...rt_books!author_id(title)").execute()

    assert rows == [{"title": "O Alienista", "autor": "Machado"}]
    assert error.value.code == "PGRST119"


def test_ambiguous_embedding_is_refused_until_a_hint_picks_the_foreign_key(library):
    with pytest.raises(APIError) as error:
        library.client.table("rt_books").select("title,rt_authors(name)").execute()
    editor = (
        library.client.table("rt_books")
        .select("title,rt_authors!rt_books_editor_id_fkey(name)")
        .eq("pages", 96)
        .execute()
    )

    assert error.value.code == "PGRST201"
    assert editor.data == [{"title": "O Alienista", "rt_authors": None}]


def test_views_embed_through_the_foreign_keys_of_their_base_tables(library):
    cards = (
        library.client.table("rt_book_cards")
        .select("headline,rt_authors(name)")
        .eq("headline", "O Alienista")
        .execute()
        .data
    )
    author = (
        library.client.table("rt_authors")
        .select("name,rt_book_cards(headline)")
        .eq("name", "Machado")
        .lt("rt_book_cards.book_id", 0)
        .single()
        .execute()
        .data
    )

    assert cards == [{"headline": "O Alienista", "rt_authors": {"name": "Machado"}}]
    assert author == {"name": "Machado", "rt_book_cards": []}


def test_nested_filters_order_and_limit_apply_to_the_embedded_rows(library):
    author = (
        library.client.table("rt_authors")
        .select("name,books:rt_books!author_id(title,pages)")
        .eq("name", "Machado")
        .gt("books.pages", 90)
        .order("pages", desc=True, foreign_table="books")
        .limit(2, foreign_table="books")
        .single()
        .execute()
        .data
    )

    assert author["books"] == [
        {"title": "Memórias Póstumas", "pages": 300},
        {"title": "Dom Casmurro", "pages": 256},
    ]


def test_or_filters_on_an_embedded_table(library):
    author = (
        library.client.table("rt_authors")
        .select("name,rt_books!author_id(title)")
        .eq("name", "Machado")
        .or_("pages.lt.100,pages.is.null", reference_table="rt_books")
        .order("title", foreign_table="rt_books")
        .single()
        .execute()
        .data
    )

    assert author["rt_books"] == [{"title": "Grande Sertão"}, {"title": "O Alienista"}]


def test_inner_embedding_filters_the_parent_rows(library):
    client = library.client
    book = client.table("rt_books").select("id").eq("title", "Dom Casmurro").single().execute().data
    client.table("rt_notes").insert({"book_id": book["id"], "body": "reler"}).execute()

    inner = client.table("rt_books").select("title,rt_notes!inner(body)").execute().data
    left = client.table("rt_books").select("title,rt_notes(body)").execute().data
    by_author = (
        client.table("rt_books")
        .select("title,rt_authors!author_id!inner(name)")
        .eq("rt_authors.name", "Ninguém")
        .execute()
        .data
    )

    assert inner == [{"title": "Dom Casmurro", "rt_notes": [{"body": "reler"}]}]
    assert len(left) == 4 and sum(1 for b in left if b["rt_notes"]) == 1
    assert by_author == []


def test_embedding_follows_rls_on_the_embedded_table(rest_schema, library):
    stranger = sign_up(rest_schema)
    mine = stranger.client.table("rt_authors").insert({"name": "Estranho"}).execute().data[0]
    stranger.client.table("rt_books").insert({"title": "Meu", "author_id": mine["id"]}).execute()

    books = (
        stranger.client.table("rt_books").select("title,rt_authors!author_id(name)").execute().data
    )

    assert books == [{"title": "Meu", "rt_authors": {"name": "Estranho"}}]


def test_embedding_many_to_many_through_a_junction_table(rest_schema):
    user = sign_up(rest_schema)
    client = user.client
    book = client.table("rt_books").insert({"title": "Vidas Secas"}).execute().data[0]
    labels = (
        client.table("rt_labels")
        .insert([{"label": "seca"}, {"label": "sertão"}, {"label": "mar"}])
        .execute()
        .data
    )
    links = [{"book_id": book["id"], "label_id": label["id"]} for label in labels[:2]]
    client.table("rt_book_labels").insert(links).execute()

    row = (
        client.table("rt_books")
        .select("title,rt_labels(label)")
        .order("label", foreign_table="rt_labels")
        .single()
        .execute()
        .data
    )

    assert row == {"title": "Vidas Secas", "rt_labels": [{"label": "seca"}, {"label": "sertão"}]}


def test_nulls_can_be_stripped_from_the_response(rest_schema, library):
    with rest(rest_schema, library.token) as http:
        response = http.get(
            "/rt_books?select=title,pages&title=eq.Grande Sertão",
            headers={"Accept": "application/vnd.pgrst.array+json;nulls=stripped"},
        )

    assert response.json() == [{"title": "Grande Sertão"}]


def test_json_array_indexes_read_elements_and_name_the_output_after_the_last_key(rest_schema):
    user = sign_up(rest_schema)
    user.client.table("rt_books").insert(
        {"title": "Versões", "meta": {"versions": ["a", "b", "c"]}}
    ).execute()

    rows = (
        user.client.table("rt_books")
        .select("meta->versions->0,last:meta->versions->>-1,meta->0")
        .execute()
        .data
    )

    assert rows == [{"versions": "a", "last": "c", "meta": None}]


def test_max_rows_caps_unbounded_reads(rest_schema):
    cap = rest_schema.config.max_rows  # [api] max_rows of supabase/config.toml
    assert cap is not None
    rest_schema.sql(
        "create table if not exists public.rt_many (n int primary key);"
        " grant select on public.rt_many to anon, authenticated, service_role;"
        f" insert into public.rt_many select generate_series(1, {cap + 5}) on conflict do nothing;"
        " notify pgrst, 'reload schema'"
    )
    service = supabase.create_client(rest_schema.url, rest_schema.service_key)

    capped = service.table("rt_many").select("n", count="exact").execute()
    small = service.table("rt_many").select("n").order("n", desc=True).limit(3).execute()

    assert len(capped.data) == cap and capped.count == cap + 5
    assert [r["n"] for r in small.data] == [cap + 5, cap + 4, cap + 3]


def test_max_rows_caps_embedded_arrays_too(rest_schema):
    cap = rest_schema.config.max_rows
    assert cap is not None
    rest_schema.sql(
        "create table if not exists public.rt_hub (id int primary key);"
        " create table if not exists public.rt_spoke"
        " (n int primary key, hub int not null references public.rt_hub(id));"
        " grant select on public.rt_hub, public.rt_spoke to anon, authenticated, service_role;"
        " insert into public.rt_hub values (1) on conflict do nothing;"
        f" insert into public.rt_spoke select n, 1 from generate_series(1, {cap + 5}) n"
        " on conflict do nothing;"
        " notify pgrst, 'reload schema'"
    )
    service = supabase.create_client(rest_schema.url, rest_schema.service_key)

    hub = service.table("rt_hub").select("id,rt_spoke(n)").eq("id", 1).execute()
    asked_more = (
        service.table("rt_hub").select("id,rt_spoke(n)").limit(cap + 5, foreign_table="rt_spoke")
    ).execute()
    counted = service.table("rt_hub").select("id,rt_spoke(count)").execute()

    assert len(hub.data[0]["rt_spoke"]) == cap
    assert len(asked_more.data[0]["rt_spoke"]) == cap
    assert counted.data == [{"id": 1, "rt_spoke": [{"count": cap + 5}]}]
