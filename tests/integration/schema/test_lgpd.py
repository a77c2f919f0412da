"""LGPD beyond consultant deletion: erasing one lead, and a lead's opt-out binding the consultant."""

from __future__ import annotations

import psycopg
import pytest

from tests.integration.schema.helpers import Consultant, create_consultant, db_session, new_phone


def test_deleting_a_lead_erases_the_notifications_that_name_them(stack, alice: Consultant):
    doomed = create_consultant(stack.db_url, "esquecer")
    with psycopg.connect(stack.db_url, autocommit=True) as conn:
        conn.execute(
            """insert into public.notifications (consultant_id, lead_id, channel, kind, subject)
               values (%s, %s, 'email', 'lead_qualificado', 'Maria Souza foi qualificada')""",
            [doomed.id, doomed.lead_id],
        )
    with db_session(stack.db_url, "authenticated", doomed.id) as conn:
        conn.execute("delete from public.leads where id = %s", [doomed.lead_id])
        left = conn.execute(
            "select count(*) as n from public.notifications where consultant_id = %s", [doomed.id]
        ).fetchone()
        others = conn.execute(
            "select count(*) as n from public.notifications where lead_id = %s",
            [alice.lead_id],
        ).fetchone()
    assert left == {"n": 0}
    assert others == {"n": 0}  # alice's rows are invisible, not deleted: RLS still holds


def _opt_out(stack, lead_id: str) -> None:
    with psycopg.connect(stack.db_url, autocommit=True) as conn:
        conn.execute("update public.leads set opted_out_at = now() where id = %s", [lead_id])


def test_a_consultant_cannot_clear_a_leads_opt_out(stack):
    owner = create_consultant(stack.db_url, "optout")
    _opt_out(stack, owner.lead_id)
    with (
        db_session(stack.db_url, "authenticated", owner.id) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege, match="desfazer"),
    ):
        conn.execute("update public.leads set opted_out_at = null where id = %s", [owner.lead_id])


def test_a_consultant_may_record_an_opt_out_and_still_edit_the_lead(stack):
    owner = create_consultant(stack.db_url, "registra")
    with db_session(stack.db_url, "authenticated", owner.id) as conn:
        conn.execute("update public.leads set opted_out_at = now() where id = %s", [owner.lead_id])
        conn.execute("update public.leads set notes = 'pediu por telefone' where id = %s",
                     [owner.lead_id])  # fmt: skip
        row = conn.execute(
            "select opted_out_at is not null as out, notes from public.leads where id = %s",
            [owner.lead_id],
        ).fetchone()
    assert row == {"out": True, "notes": "pediu por telefone"}


def test_the_service_clears_an_opt_out_when_the_lead_comes_back(stack):
    owner = create_consultant(stack.db_url, "volta")
    _opt_out(stack, owner.lead_id)
    with db_session(stack.db_url, "service_role") as conn:
        conn.execute("update public.leads set opted_out_at = null where id = %s", [owner.lead_id])
        row = conn.execute(
            "select opted_out_at from public.leads where id = %s", [owner.lead_id]
        ).fetchone()
    assert row == {"opted_out_at": None}


def test_a_consultant_cannot_queue_a_message_to_a_lead_who_opted_out(stack):
    owner = create_consultant(stack.db_url, "silencio")
    insert = """insert into public.messages (consultant_id, conversation_id, lead_id, direction,
                  author, text) values (%s, %s, %s, 'out', 'consultant', 'Oi, tudo bem?')"""
    params = [owner.id, owner.conversation_id, owner.lead_id]
    with db_session(stack.db_url, "authenticated", owner.id) as conn:
        conn.execute(insert, params)  # before the opt-out, manual replies are fine
    _opt_out(stack, owner.lead_id)
    with (
        db_session(stack.db_url, "authenticated", owner.id) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"),
    ):
        conn.execute(insert, params)


def test_a_manual_message_must_name_the_lead_of_its_conversation(stack):
    owner = create_consultant(stack.db_url, "desvio")
    with psycopg.connect(stack.db_url, autocommit=True) as conn:
        other = conn.execute(
            "insert into public.leads (consultant_id, phone) values (%s, %s) returning id",
            [owner.id, new_phone()],
        ).fetchone()
    assert other is not None
    _opt_out(stack, owner.lead_id)  # the conversation's lead opted out; the other did not
    with (
        db_session(stack.db_url, "authenticated", owner.id) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"),
    ):
        conn.execute(
            """insert into public.messages (consultant_id, conversation_id, lead_id, direction,
                 author, text) values (%s, %s, %s, 'out', 'consultant', 'Oi de novo')""",
            [owner.id, owner.conversation_id, other[0]],
        )
