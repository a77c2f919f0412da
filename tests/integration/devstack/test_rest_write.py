"""devstack's /rest/v1 writes and rpc through supabase-py: insert, upsert, update, delete.

Tables, fixtures and helpers come from test_rest.py (RLS `owner = auth.uid()`, real users).
"""

from __future__ import annotations

import pytest
from postgrest.exceptions import APIError

import supabase
from tests.integration.devstack.test_rest import (
    rest,
    sign_up,
)

# --- writes --------------------------------------------------------------------------------


def test_bulk_insert_with_missing_default_and_columns(rest_schema):
    user = sign_up(rest_schema)
    rows = [{"title": "A", "pages": 1}, {"title": "B"}]

    created = user.client.table("rt_books").insert(rows, default_to_null=False).execute().data

    assert [(r["title"], r["pages"], r["tags"], r["meta"]) for r in created] == [
        ("A", 1, [], {}),
        ("B", None, [], {}),
    ]
    assert all(r["owner"] == user.id for r in created)


def test_upsert_merges_or_ignores_duplicates(rest_schema):
    user = sign_up(rest_schema)
    table = user.client.table("rt_authors")
    first = table.insert({"name": "Lygia", "country": "BR"}).execute().data[0]

    merged = (
        table.upsert({"name": "Lygia", "country": "PT"}, on_conflict="owner,name").execute().data
    )
    ignored = (
        user.client.table("rt_authors")
        .upsert(
            {"name": "Lygia", "country": "XX"}, on_conflict="owner,name", ignore_duplicates=True
        )
        .execute()
        .data
    )
    by_pk = (
        user.client.table("rt_authors")
        .upsert({"id": first["id"], "name": "Lygia F."})
        .execute()
        .data
    )

    assert merged == [{**first, "country": "PT"}]
    assert ignored == []
    assert by_pk[0]["name"] == "Lygia F." and by_pk[0]["id"] == first["id"]
    rows = user.client.table("rt_authors").select("name,country").execute().data
    assert rows == [{"name": "Lygia F.", "country": "PT"}]


def test_update_and_delete_follow_filters_and_return_preferences(rest_schema):
    user = sign_up(rest_schema)
    user.client.table("rt_books").insert(
        [{"title": t, "pages": p} for t, p in [("a", 1), ("b", 2), ("c", 3)]]
    ).execute()

    updated = user.client.table("rt_books").update({"pages": 20}).gte("pages", 2).execute().data
    minimal = (
        user.client.table("rt_books")
        .update({"summary": "x"}, returning="minimal")
        .eq("title", "a")
        .execute()
    )
    deleted = user.client.table("rt_books").delete(count="exact").lt("pages", 10).execute()

    assert sorted((r["title"], r["pages"]) for r in updated) == [("b", 20), ("c", 20)]
    assert minimal.data == []
    assert [r["title"] for r in deleted.data] == ["a"] and deleted.count == 1
    left = user.client.table("rt_books").select("title").order("title").execute().data
    assert left == [{"title": "b"}, {"title": "c"}]


def test_content_range_of_writes_matches_postgrest(rest_schema):
    user = sign_up(rest_schema)
    with rest(rest_schema, user.token) as http:
        inserted = http.post(
            "/rt_books", json=[{"title": "r1"}, {"title": "r2"}], headers={"Prefer": "count=exact"}
        )
        counted = http.patch(
            "/rt_books?title=like.r*", json={"pages": 1}, headers={"Prefer": "count=exact"}
        )
        uncounted = http.patch("/rt_books?title=like.r*", json={"pages": 2})
        untouched = http.patch(
            "/rt_books?title=eq.none", json={"pages": 3}, headers={"Prefer": "count=exact"}
        )
        deleted = http.delete("/rt_books?title=like.r*", headers={"Prefer": "count=exact"})

    assert inserted.headers["content-range"] == "*/2"
    assert counted.headers["content-range"] == "0-1/2"
    assert uncounted.headers["content-range"] == "0-1/*"
    assert untouched.headers["content-range"] == "*/0"
    assert deleted.headers["content-range"] == "*/2"


def test_max_affected_refuses_and_rolls_back_larger_changes(rest_schema):
    user = sign_up(rest_schema)
    user.client.table("rt_books").insert(
        [{"title": "p", "pages": 5}, {"title": "q", "pages": 5}]
    ).execute()

    with pytest.raises(APIError) as error:
        user.client.table("rt_books").update({"pages": 6}).eq("pages", 5).max_affected(1).execute()
    one = user.client.table("rt_books").delete().eq("title", "p").max_affected(1).execute()

    assert error.value.code == "PGRST124"
    assert one.data[0]["title"] == "p"
    assert user.client.table("rt_books").select("title,pages").execute().data == [
        {"title": "q", "pages": 5}
    ]


def test_the_request_path_and_method_are_visible_to_sql(rest_schema):
    rest_schema.sql(
        "create or replace function public.rt_request() returns json language sql stable as"
        " $f$ select json_build_object('method', current_setting('request.method', true),"
        " 'path', current_setting('request.path', true)) $f$; notify pgrst, 'reload schema'"
    )
    service = supabase.create_client(rest_schema.url, rest_schema.service_key)

    assert service.rpc("rt_request", {}).execute().data == {
        "method": "POST",
        "path": "/rpc/rt_request",
    }


def test_single_on_a_mutation_rolls_back_when_more_than_one_row_matches(rest_schema):
    user = sign_up(rest_schema)
    user.client.table("rt_books").insert(
        [{"title": "x", "pages": 1}, {"title": "y", "pages": 1}]
    ).execute()

    with rest(rest_schema, user.token) as http:
        response = http.patch(
            "/rt_books?pages=eq.1",
            json={"pages": 99},
            headers={
                "Prefer": "return=representation",
                "Accept": "application/vnd.pgrst.object+json",
            },
        )

    assert response.status_code == 406 and response.json()["code"] == "PGRST116"
    pages = user.client.table("rt_books").select("pages").execute().data
    assert pages == [{"pages": 1}, {"pages": 1}]


def test_insert_return_minimal_and_headers_only(rest_schema):
    user = sign_up(rest_schema)
    with rest(rest_schema, user.token) as http:
        minimal = http.post("/rt_authors", json={"name": "M"}, headers={"Prefer": "return=minimal"})
        located = http.post(
            "/rt_authors", json={"name": "H"}, headers={"Prefer": "return=headers-only"}
        )

    assert minimal.status_code == 201 and minimal.content == b""
    assert located.status_code == 201 and located.headers["location"].startswith(
        "/rt_authors?id=eq."
    )
    created_id = int(located.headers["location"].rsplit(".", 1)[1])
    row = user.client.table("rt_authors").select("name").eq("id", created_id).single().execute()
    assert row.data == {"name": "H"}


def test_headers_only_location_percent_encodes_the_key(rest_schema):
    rest_schema.sql(
        "create table if not exists public.rt_slugs (slug text primary key);"
        " grant all on public.rt_slugs to anon, authenticated, service_role;"
        " notify pgrst, 'reload schema'"
    )
    slug = "São Paulo & 中文\r\nX-Injected: 1"
    with rest(rest_schema, rest_schema.service_key) as http:
        located = http.post(
            "/rt_slugs", json={"slug": slug}, headers={"Prefer": "return=headers-only"}
        )
        found = http.get(located.headers.get("location", "/rt_slugs?slug=eq.missing"))

    assert located.status_code == 201 and "x-injected" not in located.headers
    assert located.headers["location"] == (
        "/rt_slugs?slug=eq.S%C3%A3o%20Paulo%20%26%20%E4%B8%AD%E6%96%87%0D%0AX-Injected%3A%201"
    )
    assert found.json() == [{"slug": slug}]


def test_unique_violation_is_409_with_postgres_code(rest_schema):
    user = sign_up(rest_schema)
    user.client.table("rt_authors").insert({"name": "Único"}).execute()

    with pytest.raises(APIError) as error:
        user.client.table("rt_authors").insert({"name": "Único"}).execute()
    with rest(rest_schema, user.token) as http:
        raw = http.post("/rt_authors", json={"name": "Único"})

    assert error.value.code == "23505"
    assert raw.status_code == 409 and "rt_authors_owner_name_key" in raw.json()["message"]


def test_not_null_and_foreign_key_violations_map_like_postgrest(rest_schema):
    user = sign_up(rest_schema)
    with rest(rest_schema, user.token) as http:
        not_null = http.post("/rt_books", json={"pages": 1})
        dangling = http.post("/rt_notes", json={"book_id": 999999999, "body": "x"})

    assert not_null.status_code == 400 and not_null.json()["code"] == "23502"
    assert dangling.status_code == 409 and dangling.json()["code"] == "23503"


# --- rpc -----------------------------------------------------------------------------------


def test_rpc_scalar_set_table_and_json_results(library):
    client = library.client

    assert client.rpc("rt_add", {"a": 1, "b": 2}).execute().data == 3
    assert client.rpc("rt_add", {"a": 1}).execute().data == 11
    assert client.rpc("rt_numbers", {"n": 3}).execute().data == [1, 2, 3]
    assert client.rpc("rt_echo", {"payload": {"x": 1}}).execute().data == {"x": 1, "echoed": True}
    longer = (
        client.rpc("rt_books_longer_than", {"min_pages": 100})
        .select("title")
        .order("title")
        .execute()
    )
    assert [r["title"] for r in longer.data] == ["Dom Casmurro", "Memórias Póstumas"]
    sizes = client.rpc("rt_title_lengths", {}).eq("title", "O Alienista").execute()
    assert sizes.data == [{"title": "O Alienista", "size": 11}]


def test_a_set_of_scalars_from_rpc_is_paged_and_capped_by_max_rows(rest_schema):
    cap = rest_schema.config.max_rows
    assert cap is not None
    with rest(rest_schema) as http:
        everything = http.post("/rpc/rt_numbers", json={"n": cap + 5})
        page = http.get("/rpc/rt_numbers?n=10&limit=2&offset=1")

    assert everything.json() == list(range(1, cap + 1))
    assert page.json() == [2, 3]


def test_rpc_by_get_with_arguments_in_the_query_string(rest_schema, library):
    via_client = library.client.rpc("rt_add", {"a": 5, "b": 6}, get=True).execute()
    with rest(rest_schema, library.token) as http:
        filtered = http.get(
            "/rpc/rt_books_longer_than",
            params={"min_pages": "50", "select": "title", "pages": "lt.100"},
            headers={"Prefer": "count=exact"},
        )

    assert via_client.data == 11
    assert filtered.json() == [{"title": "O Alienista"}]
    assert filtered.headers["content-range"] == "0-0/1"


def test_rpc_errors_raised_in_sql_are_400_and_unknown_functions_404(rest_schema, library):
    with pytest.raises(APIError) as raised:
        library.client.rpc("rt_refuse", {"reason": "teste"}).execute()
    with pytest.raises(APIError) as missing:
        library.client.rpc("rt_nope", {"x": 1}).execute()
    with rest(rest_schema, library.token) as http:
        status = http.post("/rpc/rt_refuse", json={"reason": "x"}).status_code

    assert raised.value.code == "P0001" and raised.value.message == "recusado: teste"
    assert raised.value.hint == "tente outra vez"
    assert status == 400
    assert missing.value.code == "PGRST202"


def test_a_post_to_a_stable_function_runs_read_only_and_a_volatile_one_may_write(rest_schema):
    rest_schema.sql(
        "create sequence if not exists public.rt_ticket;"
        " grant usage on sequence public.rt_ticket to anon, authenticated, service_role;"
        " create or replace function public.rt_ticket_stable() returns bigint"
        " language sql stable as $f$ select nextval('public.rt_ticket') $f$;"
        " create or replace function public.rt_ticket_volatile() returns bigint"
        " language sql volatile as $f$ select nextval('public.rt_ticket') $f$;"
        " notify pgrst, 'reload schema'"
    )
    with rest(rest_schema) as http:
        stable = http.post("/rpc/rt_ticket_stable", json={})
        volatile = http.post("/rpc/rt_ticket_volatile", json={})
        by_get = http.get("/rpc/rt_ticket_volatile")

    assert (stable.status_code, stable.json()["code"]) == (405, "25006")
    assert volatile.status_code == 200 and isinstance(volatile.json(), int)
    assert (by_get.status_code, by_get.json()["code"]) == (405, "25006")
