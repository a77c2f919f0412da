"""Bad input to /rest/v1 gets a clear 4xx and executes nothing.

A statement-level trigger on `rt_books` records every INSERT/UPDATE/DELETE statement
that reaches Postgres (it fires even when no row matches), so "nothing executed" is
checked, not assumed.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.integration.devstack.test_rest import User, prepare_schema, rest, sign_up

AUDIT_SQL = """
create table if not exists public.rt_audit (id bigserial primary key, op text not null);
create or replace function public.rt_audit_statement() returns trigger
  language plpgsql security definer set search_path = public as $f$
  begin insert into public.rt_audit (op) values (tg_op); return null; end $f$;
drop trigger if exists rt_audit_statement on public.rt_books;
create trigger rt_audit_statement after insert or update or delete on public.rt_books
  for each statement execute function public.rt_audit_statement();
"""


@pytest.fixture(scope="module")
def audited(stack: Any) -> Any:
    prepare_schema(stack).sql(AUDIT_SQL)
    return stack


@pytest.fixture(scope="module")
def owner(audited: Any) -> User:
    user = sign_up(audited)
    user.client.table("rt_books").insert({"title": "intacto", "pages": 1}).execute()
    return user


def statements(stack: Any) -> int:
    return int(stack.sql("select count(*) from public.rt_audit")[0][0])  # type: ignore[call-overload]


def books(stack: Any, owner: User) -> list[tuple[Any, ...]]:
    return stack.sql(
        "select title, pages from public.rt_books where owner = %s order by id", (owner.id,)
    )


BAD_WRITES: list[tuple[str, str, str, dict[str, Any], int, str]] = [
    # (name, method, url, request kwargs, status, code)
    (
        "columns_param_with_sql",
        "POST",
        "/rt_books?columns=title);drop table rt_books;--",
        {"json": {"title": "x"}},
        400,
        "PGRST100",
    ),
    (
        "payload_key_with_sql",
        "POST",
        "/rt_books",
        {"json": {'title") values (1); drop table rt_books; --': "x"}},
        400,
        "PGRST204",
    ),
    (
        "on_conflict_unknown_column",
        "POST",
        "/rt_books?on_conflict=nope",
        {"json": {"title": "x"}, "headers": {"Prefer": "resolution=merge-duplicates"}},
        400,
        "PGRST204",
    ),
    (
        "invalid_json",
        "POST",
        "/rt_books",
        {"content": b'{"title": ', "headers": {"Content-Type": "application/json"}},
        400,
        "PGRST102",
    ),
    ("array_of_scalars", "POST", "/rt_books", {"json": [1, 2]}, 400, "PGRST102"),
    (
        "wrong_content_type",
        "POST",
        "/rt_books",
        {"content": b"title=x", "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
        415,
        "PGRST107",
    ),
    (
        "xml_body",
        "POST",
        "/rt_books",
        {"content": b"<title>x</title>", "headers": {"Content-Type": "application/xml"}},
        415,
        "PGRST107",
    ),
    (
        "huge_body",
        "POST",
        "/rt_books",
        {
            "content": b"[" + b'{"title": "x"},' * 800_000 + b'{"title": "x"}]',
            "headers": {"Content-Type": "application/json"},
        },
        413,
        "PGRST413",
    ),
    (
        "deeply_nested_json",
        "POST",
        "/rt_books",
        {
            "content": b"[" * 100_000 + b"]" * 100_000,
            "headers": {"Content-Type": "application/json"},
        },
        400,
        "PGRST102",
    ),
    (
        "patch_nul_in_filter_value",
        "PATCH",
        "/rt_books?title=eq.a%00b",
        {"json": {"pages": 2}},
        400,
        "22021",
    ),
    (
        "patch_malformed_filter",
        "PATCH",
        "/rt_books?pages=gt",
        {"json": {"pages": 2}},
        400,
        "PGRST100",
    ),
    (
        "patch_unknown_operator",
        "PATCH",
        "/rt_books?pages=between.1",
        {"json": {"pages": 2}},
        400,
        "PGRST100",
    ),
    (
        "patch_filter_key_with_sql",
        "PATCH",
        "/rt_books?pages;delete from rt_books=eq.1",
        {"json": {"pages": 2}},
        400,
        "PGRST100",
    ),
    (
        "patch_filter_on_unembedded_relation",
        "PATCH",
        "/rt_books?rt_notes.body=eq.x",
        {"json": {"pages": 2}},
        400,
        "PGRST108",
    ),
    (
        "delete_filter_on_unembedded_relation",
        "DELETE",
        "/rt_books?rt_notes.id=eq.1",
        {},
        400,
        "PGRST108",
    ),
    (
        "patch_array_body",
        "PATCH",
        "/rt_books?pages=eq.1",
        {"json": [{"pages": 2}]},
        400,
        "PGRST102",
    ),
    (
        "patch_unknown_column",
        "PATCH",
        "/rt_books?pages=eq.1",
        {"json": {"nope": 2}},
        400,
        "PGRST204",
    ),
    (
        "delete_unbalanced_logic",
        "DELETE",
        "/rt_books?or=(pages.eq.1,pages.eq.2",
        {},
        400,
        "PGRST100",
    ),
    ("delete_unknown_filter_column", "DELETE", "/rt_books?nope=eq.1", {}, 400, "42703"),
    ("delete_bad_in_list", "DELETE", "/rt_books?pages=in.1,2", {}, 400, "PGRST100"),
    ("delete_bad_is_value", "DELETE", "/rt_books?pages=is.maybe", {}, 400, "PGRST100"),
    (
        "delete_order_with_sql",
        "DELETE",
        "/rt_books?order=pages;drop table rt_books",
        {},
        400,
        "PGRST100",
    ),
    (
        "bad_accept",
        "DELETE",
        "/rt_books?pages=eq.1",
        {"headers": {"Accept": "application/xml"}},
        406,
        "PGRST107",
    ),
    (
        "unexposed_profile",
        "DELETE",
        "/rt_books?pages=eq.1",
        {"headers": {"Content-Profile": "auth"}},
        406,
        "PGRST106",
    ),
]


@pytest.mark.parametrize(
    ("name", "method", "url", "kwargs", "status", "code"),
    BAD_WRITES,
    ids=[b[0] for b in BAD_WRITES],
)
def test_bad_writes_are_refused_before_anything_runs(
    audited, owner, name, method, url, kwargs, status, code
):
    before_statements, before_rows = statements(audited), books(audited, owner)
    with rest(audited, owner.token) as http:
        response = http.request(method, url, **kwargs)

    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == code and body["message"]
    assert set(body) == {"code", "message", "details", "hint"}
    assert statements(audited) == before_statements
    assert books(audited, owner) == before_rows


BAD_READS: list[tuple[str, str, int, str]] = [
    ("unknown_operator", "/rt_books?pages=xx.1", 400, "PGRST100"),
    ("missing_value", "/rt_books?pages=eq", 400, "PGRST100"),
    ("select_with_sql", "/rt_books?select=title;drop table rt_books", 400, "PGRST100"),
    ("select_quoted_identifier", '/rt_books?select="title"', 400, "PGRST100"),
    ("cast_with_sql", "/rt_books?select=title::text from pg_authid", 400, "PGRST100"),
    ("json_path_with_sql", "/rt_books?select=meta->>'a' or 1=1", 400, "PGRST100"),
    ("unbalanced_select", "/rt_books?select=title,rt_authors(name", 400, "PGRST100"),
    ("bad_limit", "/rt_books?limit=1;select", 400, "PGRST100"),
    ("negative_offset", "/rt_books?offset=-5", 400, "PGRST100"),
    ("non_ascii_digit_limit", "/rt_books?limit=%E2%91%A0", 400, "PGRST100"),
    ("nul_in_value", "/rt_books?title=eq.a%00b", 400, "22021"),
    ("bad_order", "/rt_books?order=title.up", 400, "PGRST100"),
    ("bad_quantifier", "/rt_books?title=like(some).{a}", 400, "PGRST100"),
    ("unknown_table", "/rt_books;drop", 404, "PGRST205"),
    ("unknown_embed", "/rt_books?select=title,nowhere(*)", 400, "PGRST200"),
    ("filter_on_unselected_embed", "/rt_books?rt_notes.body=eq.x", 400, "PGRST108"),
    ("wrong_type_value", "/rt_books?pages=eq.abc", 400, "22P02"),
]


@pytest.mark.parametrize(
    ("name", "url", "status", "code"), BAD_READS, ids=[b[0] for b in BAD_READS]
)
def test_bad_reads_get_a_clear_4xx(audited, owner, name, url, status, code):
    with rest(audited, owner.token) as http:
        response = http.get(url)

    assert response.status_code == status, response.text
    assert response.json()["code"] == code


def test_sql_metacharacters_in_values_are_plain_data(audited, owner):
    nasty = 'O\'Brien "x"; drop table rt_books; -- \\ %s $1 ) or 1=1'
    owner.client.table("rt_books").insert({"title": nasty, "pages": 7}).execute()

    exact = owner.client.table("rt_books").select("title").eq("title", nasty).execute().data
    listed = (
        owner.client.table("rt_books").select("title").in_("title", [nasty, "zz"]).execute().data
    )
    with rest(audited, owner.token) as http:
        injected = http.get("/rt_books", params={"title": "eq.x' or '1'='1"}).json()

    assert exact == [{"title": nasty}] and listed == [{"title": nasty}]
    assert injected == []
    assert audited.sql("select to_regclass('public.rt_books') is not null") == [(True,)]
    owner.client.table("rt_books").delete().eq("title", nasty).execute()


def test_a_non_ascii_digit_json_key_is_a_key_not_an_index(audited, owner):
    with rest(audited, owner.token) as http:
        response = http.get("/rt_books?select=k:meta->%E2%91%A0&title=eq.intacto")

    assert response.status_code == 200, response.text
    assert response.json() == [{"k": None}]


def test_an_unknown_rpc_argument_name_is_not_found(audited, owner):
    with rest(audited, owner.token) as http:
        response = http.post("/rpc/rt_add", json={"a); drop table rt_books; --": 1})

    assert response.status_code == 404 and response.json()["code"] == "PGRST202"


def test_requests_without_an_api_key_never_reach_rest(audited):
    response = httpx.get(f"{audited.url}/rest/v1/rt_books")

    assert response.status_code == 401
