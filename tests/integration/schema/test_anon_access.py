"""The anonymous role: public landing-page fields of a profile, and nothing else."""

from __future__ import annotations

import pytest
from psycopg import errors

from tests.integration.schema.helpers import Consultant, db_session
from tests.integration.schema.tables import TABLES

PUBLIC_FIELDS = (
    "slug, display_name, whatsapp_number, photo_path, bio, verticals, susep_code, creci_code"
)


def test_anonymous_visitor_reads_landing_fields_by_slug(stack, alice: Consultant):
    with db_session(stack.db_url, "anon") as conn:
        row = conn.execute(
            f"select {PUBLIC_FIELDS} from public.profiles where slug = %s", [alice.slug]
        ).fetchone()
        view_row = conn.execute(
            "select * from public.landing_profiles where slug = %s", [alice.slug]
        ).fetchone()
    assert row is not None and row["display_name"] == "Consultor alice"
    assert view_row == row


@pytest.mark.parametrize("columns", ["id", "created_at", "*"])
def test_anonymous_visitor_cannot_read_private_profile_columns(
    stack, alice: Consultant, columns: str
):
    with db_session(stack.db_url, "anon") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(f"select {columns} from public.profiles where slug = %s", [alice.slug])


@pytest.mark.parametrize(
    "statement",
    [
        "update public.profiles set bio = 'pichado' where slug = %(slug)s",
        "delete from public.profiles where slug = %(slug)s",
        "insert into public.profiles (id, slug, display_name) values (gen_random_uuid(), 'x-y-z', 'X')",
    ],
)
def test_anonymous_visitor_cannot_change_profiles(stack, alice: Consultant, statement: str):
    with db_session(stack.db_url, "anon") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(statement, {"slug": alice.slug})


@pytest.mark.parametrize(
    "table",
    [t.name for t in TABLES if t.name != "profiles"]
    + ["flow_templates", "conversation_response_times"],
)
def test_anonymous_visitor_reads_nothing_else(stack, alice: Consultant, table: str):
    with db_session(stack.db_url, "anon") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(f"select * from public.{table}")


@pytest.mark.parametrize(
    "call",
    [
        "select * from public.lead_status_counts()",
        "select * from public.search_leads('ana')",
        "select * from public.lead_funnel(now() - interval '1 day', now())",
        "select * from public.response_times(now() - interval '1 day', now())",
        "select public.feature_enabled('ai_replies')",
        "select public.password_verification_attempt('{}'::jsonb)",
    ],
)
def test_anonymous_visitor_cannot_call_dashboard_functions(stack, call: str):
    with db_session(stack.db_url, "anon") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(call)


def test_anonymous_visitor_can_check_whether_a_slug_is_free(stack, alice: Consultant):
    with db_session(stack.db_url, "anon") as conn:
        row = conn.execute(
            "select public.slug_available(%s) as taken, public.slug_available('slug-livre-xyz') as free,"
            " public.slug_available('login') as reserved",
            [alice.slug],
        ).fetchone()
    assert row == {"taken": False, "free": True, "reserved": False}
