"""The data model through the official supabase-py client: REST as two consultants and as anon.

Same rules as the psycopg tests, seen from where the browser stands: devstack's /rest/v1
runs each request as the JWT's role, so RLS and grants decide, and database errors come back
as PostgREST error JSON with their SQLSTATE codes and 4xx statuses.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
from postgrest.exceptions import APIError

import supabase
from tests.integration.schema.helpers import PASSWORD, Consultant, new_phone
from tests.integration.schema.tables import TABLES, TableRules


@dataclass
class SignedIn:
    """A consultant signed in through /auth/v1, with its client and access token."""

    who: Consultant
    client: supabase.Client
    token: str


def sign_in(stack, who: Consultant) -> SignedIn:
    client = supabase.create_client(stack.url, stack.anon_key)
    response = client.auth.sign_in_with_password({"email": who.email, "password": PASSWORD})
    assert response.session is not None
    return SignedIn(who, client, response.session.access_token)


@pytest.fixture(scope="module")
def as_alice(stack, alice: Consultant) -> Iterator[SignedIn]:
    signed_in = sign_in(stack, alice)
    yield signed_in
    signed_in.client.auth.sign_out()


@pytest.fixture(scope="module")
def as_bob(stack, bob: Consultant) -> Iterator[SignedIn]:
    signed_in = sign_in(stack, bob)
    yield signed_in
    signed_in.client.auth.sign_out()


@pytest.fixture(scope="module")
def anon(stack) -> supabase.Client:
    return supabase.create_client(stack.url, stack.anon_key)


@pytest.fixture(scope="module")
def service(stack) -> supabase.Client:
    return supabase.create_client(stack.url, stack.service_key)


def rest(stack, method: str, path: str, token: str | None, **kwargs: object) -> httpx.Response:
    """A raw PostgREST call, for the HTTP status the client does not expose."""
    headers = {"apikey": stack.anon_key, "Authorization": f"Bearer {token or stack.anon_key}"}
    return httpx.request(method, f"{stack.url}/rest/v1/{path}", headers=headers, **kwargs)  # type: ignore[arg-type]


readable = [t for t in TABLES if t.select]
unreadable = [t for t in TABLES if not t.select]


@pytest.mark.parametrize("table", readable, ids=[t.name for t in readable])
def test_consultant_lists_only_its_own_rows_through_rest(
    as_alice: SignedIn, bob: Consultant, table: TableRules
):
    rows = as_alice.client.table(table.name).select("*").execute().data
    owners = {row[table.owner] for row in rows} - {None}
    assert owners == {as_alice.who.id}
    assert str(table.key_of(bob)) not in {str(row[table.key]) for row in rows}
    by_key = (
        as_alice.client.table(table.name).select("*").eq(table.key, table.key_of(bob)).execute()
    )
    assert by_key.data == []


@pytest.mark.parametrize("table", unreadable, ids=[t.name for t in unreadable])
def test_secret_tables_are_closed_to_consultants_through_rest(
    as_alice: SignedIn, table: TableRules
):
    with pytest.raises(APIError) as caught:
        as_alice.client.table(table.name).select("*").execute()
    assert caught.value.code == "42501"


@pytest.mark.parametrize(
    ("table", "row"),
    [
        ("leads", lambda bob: {"consultant_id": bob.id, "phone": new_phone()}),
        (
            "flows",
            lambda bob: {
                "consultant_id": bob.id,
                "name": "x",
                "vertical": "saude",
                "definition": {"etapas": []},
            },
        ),
        (
            "conversations",
            lambda bob: {"consultant_id": bob.id, "lead_id": bob.lead_id, "status": "finalizada"},
        ),
        (
            "messages",
            lambda bob: {
                "consultant_id": bob.id,
                "conversation_id": bob.conversation_id,
                "lead_id": bob.lead_id,
                "direction": "out",
                "author": "consultant",
                "text": "oi",
            },
        ),
    ],
)
def test_consultant_cannot_insert_rows_for_another_through_rest(
    stack, as_alice: SignedIn, bob: Consultant, table: str, row
):
    with pytest.raises(APIError) as caught:
        as_alice.client.table(table).insert(row(bob)).execute()
    assert caught.value.code == "42501"
    response = rest(stack, "POST", table, as_alice.token, json=row(bob))
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("table", "change"),
    [
        ("leads", {"name": "Invadido"}),
        ("flows", {"name": "Invadido"}),
        ("conversations", {"status": "humano"}),
        ("profiles", {"bio": "Invadido"}),
        ("whatsapp_channels", {"label": "Invadido"}),
        ("notifications", {"read_at": "2026-01-01T00:00:00Z"}),
    ],
)
def test_consultant_cannot_update_or_delete_rows_of_another_through_rest(
    as_alice: SignedIn, bob: Consultant, service: supabase.Client, table: str, change: dict
):
    rules = next(t for t in TABLES if t.name == table)
    key = rules.key_of(bob)
    updated = as_alice.client.table(table).update(change).eq(rules.key, key).execute()
    assert updated.data == []
    if rules.delete:
        deleted = as_alice.client.table(table).delete().eq(rules.key, key).execute()
        assert deleted.data == []
    else:
        with pytest.raises(APIError) as caught:
            as_alice.client.table(table).delete().eq(rules.key, key).execute()
        assert caught.value.code == "42501"
    still_there = service.table(table).select("*").eq(rules.key, key).execute().data
    assert len(still_there) == 1
    assert all(still_there[0][column] != value for column, value in change.items())


def test_consultant_works_on_its_own_leads_through_rest(as_alice: SignedIn):
    phone = new_phone()
    created = (
        as_alice.client.table("leads").insert({"phone": phone, "name": "Lúcia Helena"}).execute()
    )
    lead = created.data[0]
    assert lead["consultant_id"] == as_alice.who.id and lead["status"] == "novo"
    moved = (
        as_alice.client.table("leads")
        .update({"status": "qualificado", "score": 80})
        .eq("id", lead["id"])
        .execute()
    )
    assert moved.data[0]["status"] == "qualificado"
    history = (
        as_alice.client.table("lead_status_history")
        .select("from_status,to_status")
        .eq("lead_id", lead["id"])
        .order("id")
        .execute()
    )
    assert history.data == [
        {"from_status": None, "to_status": "novo"},
        {"from_status": "novo", "to_status": "qualificado"},
    ]
    found = as_alice.client.rpc("search_leads", {"term": "lucia"}).execute()
    assert [row["phone"] for row in found.data] == [phone]
    filtered = (
        as_alice.client.table("leads")
        .select("phone")
        .ilike("search_text", "%lucia helena%")
        .execute()
    )
    assert filtered.data == [{"phone": phone}]
    dashboard = (
        as_alice.client.table("leads")
        .select("id,name,status,last_message_at")
        .eq("status", "qualificado")
        .order("last_message_at", desc=True)
        .limit(20)
        .execute()
    )
    assert [row["id"] for row in dashboard.data] == [lead["id"]]
    counts = {
        r["status"]: r["total"] for r in as_alice.client.rpc("lead_status_counts").execute().data
    }
    assert counts["qualificado"] == 1
    deleted = as_alice.client.table("leads").delete().eq("id", lead["id"]).execute()
    assert [row["id"] for row in deleted.data] == [lead["id"]]


def test_anonymous_visitor_reads_a_landing_page_by_slug(anon: supabase.Client, alice: Consultant):
    columns = "slug,display_name,whatsapp_number,photo_path,bio,verticals,susep_code,creci_code"
    profile = anon.table("profiles").select(columns).eq("slug", alice.slug).single().execute()
    assert profile.data["display_name"] == "Consultor alice"
    landing = anon.table("landing_profiles").select("*").eq("slug", alice.slug).execute()
    assert landing.data == [profile.data]
    assert anon.rpc("slug_available", {"value": alice.slug}).execute().data is False


def test_anonymous_visitor_gets_nothing_private(stack, anon: supabase.Client, alice: Consultant):
    with pytest.raises(APIError) as star:
        anon.table("profiles").select("*").eq("slug", alice.slug).execute()
    assert star.value.code == "42501"
    for table in ("leads", "messages", "conversations", "whatsapp_channels", "flows"):
        with pytest.raises(APIError) as caught:
            anon.table(table).select("*").execute()
        assert caught.value.code == "42501"
    assert rest(stack, "GET", "leads?select=id", None).status_code == 401
    with pytest.raises(APIError) as rpc:
        anon.rpc("lead_status_counts").execute()
    assert rpc.value.code == "42501"


@pytest.mark.parametrize(
    ("method", "path", "body", "code", "status"),
    [
        ("POST", "leads", {"phone": "11987654321"}, "23514", 400),
        ("POST", "leads", {"phone": "+5511900000000", "status": "fechado"}, "23514", 400),
        ("PATCH", "profiles?id=eq.{me}", {"slug": "login"}, "23514", 400),
        ("PATCH", "profiles?id=eq.{me}", {"slug": "Ana Souza"}, "23514", 400),
        ("PATCH", "profiles?id=eq.{me}", {"whatsapp_number": "987654321"}, "23514", 400),
        ("POST", "conversations", {"lead_id": "{bob_lead}", "status": "finalizada"}, "23503", 409),
    ],
)
def test_constraint_errors_come_back_as_postgrest_4xx_with_their_code(
    stack, as_alice: SignedIn, bob: Consultant, method, path, body, code, status
):
    fill = {"me": as_alice.who.id, "bob_lead": bob.lead_id}
    body = {k: str(v).format(**fill) for k, v in body.items()}
    response = rest(stack, method, path.format(**fill), as_alice.token, json=body)
    assert response.status_code == status
    assert response.json()["code"] == code


def test_duplicate_lead_phone_is_a_409_conflict(stack, as_alice: SignedIn):
    phone = new_phone()
    first = rest(stack, "POST", "leads", as_alice.token, json={"phone": phone})
    second = rest(stack, "POST", "leads", as_alice.token, json={"phone": phone})
    assert first.status_code == 201
    assert second.status_code == 409 and second.json()["code"] == "23505"
    with pytest.raises(APIError) as caught:
        as_alice.client.table("leads").insert({"phone": phone}).execute()
    assert caught.value.code == "23505"
