"""Check constraints, unique keys and partial indexes that keep the data honest."""

from __future__ import annotations

import pytest
from psycopg import errors

from tests.integration.schema.helpers import Consultant, db_session, new_phone


@pytest.mark.parametrize(
    ("slug", "constraint"),
    [
        ("ab", "profiles_slug_format"),
        ("a" * 41, "profiles_slug_format"),
        ("Ana-Souza", "profiles_slug_format"),
        ("ana_souza", "profiles_slug_format"),
        ("-ana", "profiles_slug_format"),
        ("ana-", "profiles_slug_format"),
        ("joão", "profiles_slug_format"),
        ("ana souza", "profiles_slug_format"),
        ("app", "profiles_slug_not_reserved"),
        ("api", "profiles_slug_not_reserved"),
        ("webhooks", "profiles_slug_not_reserved"),
        ("health", "profiles_slug_not_reserved"),
        ("static", "profiles_slug_not_reserved"),
        ("login", "profiles_slug_not_reserved"),
        ("admin", "profiles_slug_not_reserved"),
        ("dashboard", "profiles_slug_not_reserved"),
    ],
)
def test_invalid_or_reserved_slug_is_refused(stack, alice: Consultant, slug: str, constraint: str):
    with (
        db_session(stack.db_url, "authenticated", alice.id) as conn,
        pytest.raises(errors.CheckViolation) as caught,
    ):
        conn.execute("update public.profiles set slug = %s where id = %s", [slug, alice.id])
    assert caught.value.diag.constraint_name == constraint


@pytest.mark.parametrize("slug", ["abc", "a" * 40, "ana-souza-2", "007-corretor", "a--b"])
def test_valid_slug_is_accepted(stack, alice: Consultant, slug: str):
    with db_session(stack.db_url, "authenticated", alice.id) as conn:
        updated = conn.execute(
            "update public.profiles set slug = %s where id = %s", [slug, alice.id]
        ).rowcount
    assert updated == 1


def test_slug_taken_by_another_consultant_is_refused(stack, alice: Consultant, bob: Consultant):
    with (
        db_session(stack.db_url, "authenticated", alice.id) as conn,
        pytest.raises(errors.UniqueViolation) as caught,
    ):
        conn.execute("update public.profiles set slug = %s where id = %s", [bob.slug, alice.id])
    assert caught.value.diag.constraint_name == "profiles_slug_key"


@pytest.mark.parametrize(
    "phone", ["11987654321", "+0551198765432", "+55 11 98765-4321", "+5511", "+55119876543210000"]
)
def test_phone_outside_e164_is_refused(stack, alice: Consultant, phone: str):
    with (
        db_session(stack.db_url, "authenticated", alice.id) as conn,
        pytest.raises(errors.CheckViolation) as caught,
    ):
        conn.execute("insert into public.leads (phone) values (%s)", [phone])
    assert caught.value.diag.constraint_name == "leads_phone_e164"


def test_lead_defaults_to_signed_in_consultant_and_status_novo(stack, alice: Consultant):
    with db_session(stack.db_url, "authenticated", alice.id) as conn:
        row = conn.execute(
            "insert into public.leads (phone, name) values (%s, 'Zé') "
            "returning consultant_id::text as owner, status",
            [new_phone()],
        ).fetchone()
    assert row == {"owner": alice.id, "status": "novo"}


@pytest.mark.parametrize(
    ("statement", "constraint"),
    [
        ("update public.leads set status = 'fechado' where id = %(lead)s", "leads_status_known"),
        ("update public.leads set score = 101 where id = %(lead)s", "leads_score_range"),
        (
            "update public.leads set budget_cents = -1 where id = %(lead)s",
            "leads_budget_non_negative",
        ),
        ("update public.leads set vertical = 'carros' where id = %(lead)s", "leads_vertical_known"),
        ("update public.leads set answers = '[]' where id = %(lead)s", "leads_answers_object"),
        (
            "update public.conversations set status = 'pausada' where id = %(conversation)s",
            "conversations_status_known",
        ),
        (
            "update public.flows set definition = '{\"passos\": []}' where id = %(flow)s",
            "flows_definition_shape",
        ),
        (
            "update public.profiles set whatsapp_number = '5511987654321' where id = %(me)s",
            "profiles_whatsapp_e164",
        ),
        (
            "update public.profiles set verticals = '{saude,carros}' where id = %(me)s",
            "profiles_verticals_known",
        ),
    ],
)
def test_out_of_range_values_are_refused(stack, alice: Consultant, statement: str, constraint: str):
    params = {
        "lead": alice.lead_id,
        "conversation": alice.conversation_id,
        "flow": alice.flow_id,
        "me": alice.id,
    }
    with (
        db_session(stack.db_url, "authenticated", alice.id) as conn,
        pytest.raises(errors.CheckViolation) as caught,
    ):
        conn.execute(statement, params)
    assert caught.value.diag.constraint_name == constraint


def test_same_phone_twice_for_one_consultant_is_refused(stack, alice: Consultant):
    with db_session(stack.db_url, "authenticated", alice.id) as conn:
        phone = new_phone()
        conn.execute("insert into public.leads (phone) values (%s)", [phone])
        with pytest.raises(errors.UniqueViolation) as caught:
            conn.execute("insert into public.leads (phone) values (%s)", [phone])
    assert caught.value.diag.constraint_name == "leads_consultant_phone_key"


def test_same_phone_may_be_a_lead_of_two_consultants(stack, alice: Consultant, bob: Consultant):
    with db_session(stack.db_url, "service_role") as conn:
        phone = new_phone()
        for owner in (alice, bob):
            conn.execute(
                "insert into public.leads (consultant_id, phone) values (%s, %s)", [owner.id, phone]
            )
        count = conn.execute(
            "select count(*) as n from public.leads where phone = %s", [phone]
        ).fetchone()
    assert count == {"n": 2}


def test_provider_message_id_is_stored_once_per_provider(stack, alice: Consultant):
    insert = """insert into public.messages (consultant_id, conversation_id, lead_id, direction,
                  author, provider, provider_message_id, text, status)
                values (%s, %s, %s, 'in', 'lead', %s, 'wamid.DUPLICADO', 'oi', 'received')"""
    args = [alice.id, alice.conversation_id, alice.lead_id]
    with db_session(stack.db_url, "service_role") as conn:
        conn.execute(insert, [*args, "meta"])
        conn.execute(insert, [*args, "weni"])  # another provider may reuse the id
        with pytest.raises(errors.UniqueViolation) as caught:
            conn.execute(insert, [*args, "meta"])
    assert caught.value.diag.constraint_name == "messages_provider_message_key"


def test_a_lead_has_one_open_conversation_at_a_time(stack, alice: Consultant):
    with db_session(stack.db_url, "authenticated", alice.id) as conn:
        with pytest.raises(errors.UniqueViolation) as caught, conn.transaction():
            conn.execute(
                "insert into public.conversations (lead_id, status) values (%s, 'bot_ativo')",
                [alice.lead_id],
            )
        assert caught.value.diag.constraint_name == "conversations_one_open_per_lead"
        conn.execute(
            "update public.conversations set status = 'finalizada' where id = %s",
            [alice.conversation_id],
        )
        inserted = conn.execute(
            "insert into public.conversations (lead_id) values (%s)", [alice.lead_id]
        ).rowcount
    assert inserted == 1


def test_only_one_default_flow_per_consultant(stack, alice: Consultant):
    with db_session(stack.db_url, "authenticated", alice.id) as conn:
        other = conn.execute(
            """insert into public.flows (name, vertical, definition)
               values ('Segundo', 'saude', '{"etapas": []}') returning id""",
        ).fetchone()
        assert other is not None
        with pytest.raises(errors.UniqueViolation) as caught, conn.transaction():
            conn.execute("update public.flows set is_default = true where id = %s", [other["id"]])
        assert caught.value.diag.constraint_name == "flows_one_default_per_consultant"
        conn.execute("select public.set_default_flow(%s)", [other["id"]])
        defaults = conn.execute("select id from public.flows where is_default").fetchall()
    assert defaults == [{"id": other["id"]}]


def test_inbound_message_extends_the_24_hour_window(stack, alice: Consultant):
    with db_session(stack.db_url, "service_role") as conn:
        conn.execute(
            """insert into public.messages (consultant_id, conversation_id, lead_id, direction,
                 author, text, status, created_at)
               values (%s, %s, %s, 'in', 'lead', 'oi de novo', 'received', now() + interval '1 hour')""",
            [alice.id, alice.conversation_id, alice.lead_id],
        )
        row = conn.execute(
            """select c.window_expires_at - now() as window, l.last_message_at - now() as lead_gap
                 from public.conversations c join public.leads l on l.id = c.lead_id
                where c.id = %s""",
            [alice.conversation_id],
        ).fetchone()
    assert row is not None
    assert row["window"].total_seconds() == pytest.approx(25 * 3600, abs=60)
    assert row["lead_gap"].total_seconds() == pytest.approx(3600, abs=60)


def test_status_changes_are_recorded_in_history(stack, alice: Consultant):
    with db_session(stack.db_url, "authenticated", alice.id) as conn:
        for status in ("em_atendimento", "qualificado", "qualificado", "agendado"):
            conn.execute(
                "update public.leads set status = %s where id = %s", [status, alice.lead_id]
            )
        history = conn.execute(
            """select from_status, to_status, changed_by::text as by
                 from public.lead_status_history where lead_id = %s order by id""",
            [alice.lead_id],
        ).fetchall()
    assert [(h["from_status"], h["to_status"]) for h in history] == [
        (None, "novo"),
        ("novo", "em_atendimento"),
        ("em_atendimento", "qualificado"),
        ("qualificado", "agendado"),
    ]
    assert {h["by"] for h in history[1:]} == {alice.id}
