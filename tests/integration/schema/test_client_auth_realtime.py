"""Sign-up, account lockout, erasure and live updates through the official clients."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from realtime import AsyncRealtimeClient
from supabase_auth.errors import AuthApiError

import supabase
from tests.integration.schema.helpers import (
    PASSWORD,
    Consultant,
    create_consultant,
    create_user,
    new_phone,
)

WAIT_SECONDS = 15


def anon_client(stack) -> supabase.Client:
    return supabase.create_client(stack.url, stack.anon_key)


def sign_in(stack, email: str, password: str = PASSWORD) -> str:
    session = anon_client(stack).auth.sign_in_with_password({"email": email, "password": password})
    assert session.session is not None
    return session.session.access_token


def test_sign_up_through_auth_creates_the_profile_with_the_chosen_slug(stack):
    slug = f"corretora-{uuid.uuid4().hex[:6]}"
    email = f"{slug}@example.com"
    client = anon_client(stack)
    signed_up = client.auth.sign_up(
        {
            "email": email,
            "password": PASSWORD,
            "options": {
                "data": {"display_name": "Corretora Sílvia", "slug": slug, "vertical": "imoveis"}
            },
        }
    )
    assert signed_up.session is not None
    mine = client.table("profiles").select("id,slug,display_name,verticals").execute()
    assert mine.data == [
        {
            "id": signed_up.user.id,
            "slug": slug,
            "display_name": "Corretora Sílvia",
            "verticals": ["imoveis"],
        }
    ]


def test_five_wrong_passwords_lock_the_account_until_the_window_passes(stack):
    email = f"trava-{uuid.uuid4().hex[:8]}@example.com"
    user_id = create_user(stack.db_url, email)
    messages = []
    for _ in range(5):
        with pytest.raises(AuthApiError) as caught:
            sign_in(stack, email, "senha-errada")
        assert caught.value.status == 400 and caught.value.code == "invalid_credentials"
        messages.append(caught.value.message)
    assert messages[:4] == ["Invalid login credentials"] * 4
    assert "bloqueada" in messages[4]

    with pytest.raises(AuthApiError) as locked:
        sign_in(stack, email)  # the right password, during the lock
    assert locked.value.code == "invalid_credentials" and "bloqueada" in locked.value.message

    stack.sql(
        "update public.auth_password_attempts"
        " set last_failed_at = last_failed_at - interval '15 minutes 1 second' where user_id = %s",
        [user_id],
    )
    assert sign_in(stack, email)


def test_a_successful_sign_in_resets_the_failure_count(stack):
    email = f"reset-{uuid.uuid4().hex[:8]}@example.com"
    create_user(stack.db_url, email)
    for _ in range(4):
        with pytest.raises(AuthApiError):
            sign_in(stack, email, "senha-errada")
    assert sign_in(stack, email)
    for _ in range(4):
        with pytest.raises(AuthApiError) as caught:
            sign_in(stack, email, "senha-errada")
        assert caught.value.message == "Invalid login credentials"
    assert sign_in(stack, email)


def test_admin_deleting_the_user_erases_all_of_its_data(stack):
    doomed = create_consultant(stack.db_url, "lgpd")
    service = supabase.create_client(stack.url, stack.service_key)
    service.auth.admin.delete_user(doomed.id)
    for table in (
        "leads",
        "conversations",
        "messages",
        "flows",
        "whatsapp_channels",
        "notifications",
    ):
        left = service.table(table).select("id").eq("consultant_id", doomed.id).execute()
        assert left.data == [], table
    assert service.table("profiles").select("id").eq("id", doomed.id).execute().data == []


async def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


async def watch_leads(stack, token: str, sink: list[dict[str, Any]]) -> AsyncRealtimeClient:
    client = AsyncRealtimeClient(f"{stack.url}/realtime/v1", stack.anon_key, auto_reconnect=False)
    await client.set_auth(token)
    channel = client.channel(f"leads-{uuid.uuid4().hex[:6]}")
    channel.on_postgres_changes(
        "*", callback=lambda p: sink.append(p["data"]), schema="public", table="leads"
    )
    systems: list[Any] = []
    channel.on_system(systems.append)
    await channel.subscribe()
    await wait_for(lambda: bool(systems), "the subscription")
    assert systems[0].status == "ok", systems[0]
    return client


def test_each_consultant_sees_only_its_own_leads_live(stack, alice: Consultant, bob: Consultant):
    got: dict[str, list[dict[str, Any]]] = {"alice": [], "bob": []}
    phones = {"alice": new_phone(), "bob": new_phone()}

    async def scenario() -> None:
        clients = [
            await watch_leads(stack, sign_in(stack, alice.email), got["alice"]),
            await watch_leads(stack, sign_in(stack, bob.email), got["bob"]),
        ]
        service = supabase.create_client(stack.url, stack.service_key)
        for who, owner in (("alice", alice), ("bob", bob)):
            service.table("leads").insert(
                {"consultant_id": owner.id, "phone": phones[who]}
            ).execute()
        service.table("leads").update({"status": "em_atendimento"}).eq(
            "phone", phones["alice"]
        ).execute()
        await wait_for(
            lambda: len(got["alice"]) >= 2 and len(got["bob"]) >= 1, "lead change events"
        )
        await asyncio.sleep(0.5)  # would let a leaked event arrive
        for client in clients:
            await client.close()

    asyncio.run(scenario())
    for who, owner in (("alice", alice), ("bob", bob)):
        assert {e["record"]["consultant_id"] for e in got[who]} == {owner.id}
    fresh = {
        who: [
            (str(e["type"].value), e["record"]["phone"])
            for e in got[who]
            if e["record"]["phone"] in phones.values()
        ]
        for who in got
    }
    assert fresh == {
        "alice": [("INSERT", phones["alice"]), ("UPDATE", phones["alice"])],
        "bob": [("INSERT", phones["bob"])],
    }


def test_demo_consultants_from_the_seed_sign_in_and_see_their_own_dashboard(stack):
    seen = {}
    for email in ("ana@demo.consultor.ai", "bruno@demo.consultor.ai"):
        client = anon_client(stack)
        client.auth.sign_in_with_password({"email": email, "password": "demo12345"})
        leads = client.table("leads").select("consultant_id,status").execute().data
        counts = client.rpc("lead_status_counts").execute().data
        seen[email] = ({row["consultant_id"] for row in leads}, len(leads), counts)
    ana, bruno = seen["ana@demo.consultor.ai"], seen["bruno@demo.consultor.ai"]
    assert len(ana[0]) == 1 and len(bruno[0]) == 1 and ana[0] != bruno[0]
    assert ana[1] == 16 and bruno[1] == 16
    assert all(row["total"] >= 1 for row in ana[2])  # every status has a demo lead
