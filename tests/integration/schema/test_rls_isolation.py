"""Row-level security in Postgres: a consultant reaches only its own rows, in every table.

Each check runs as PostgREST would run a request: `role authenticated` and the JWT claims of
the signed-in consultant, inside a transaction that is rolled back afterwards.
"""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors

from tests.integration.schema.helpers import Consultant, db_session
from tests.integration.schema.tables import TABLES, TableRules

ids = [table.name for table in TABLES]


@pytest.mark.parametrize("table", TABLES, ids=ids)
def test_consultant_reads_only_its_own_rows(
    stack, alice: Consultant, bob: Consultant, table: TableRules
):
    with db_session(stack.db_url, "authenticated", alice.id) as conn:
        query = f"select {table.owner}::text as owner, {table.key} as key from public.{table.name}"
        if not table.select:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(query)
            return
        rows = conn.execute(query).fetchall()
    owners = {row["owner"] for row in rows}
    keys = {row["key"] for row in rows}
    if table.name == "feature_flags":
        owners.discard(None)  # global flags are readable by everyone signed in
    assert owners == {alice.id}
    assert str(table.key_of(alice)) in {str(k) for k in keys}
    assert str(table.key_of(bob)) not in {str(k) for k in keys}


@pytest.mark.parametrize("table", TABLES, ids=ids)
def test_consultant_cannot_insert_rows_owned_by_another(
    stack, alice: Consultant, bob: Consultant, table: TableRules
):
    with db_session(stack.db_url, "authenticated", alice.id) as conn:
        query, params = table.insert_sql(owner=bob, parent=bob)
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(query, params)


@pytest.mark.parametrize("table", TABLES, ids=ids)
def test_consultant_inserts_its_own_rows_only_where_granted(
    stack, alice: Consultant, table: TableRules
):
    with db_session(stack.db_url, "authenticated", alice.id) as conn:
        query, params = table.insert_sql(owner=alice, parent=alice)
        if table.insert:
            assert conn.execute(query, params).rowcount == 1
        else:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(query, params)


@pytest.mark.parametrize("table", TABLES, ids=ids)
def test_consultant_cannot_update_rows_of_another(
    stack, alice: Consultant, bob: Consultant, table: TableRules
):
    query = f"update public.{table.name} set {table.update_set} where {table.key} = %s"
    with db_session(stack.db_url, "authenticated", alice.id) as conn:
        if not table.update:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(query, [table.key_of(bob)])
            return
        assert conn.execute(query, [table.key_of(bob)]).rowcount == 0
        assert conn.execute(query, [table.key_of(alice)]).rowcount == 1


@pytest.mark.parametrize("table", TABLES, ids=ids)
def test_consultant_cannot_delete_rows_of_another(
    stack, alice: Consultant, bob: Consultant, table: TableRules
):
    query = f"delete from public.{table.name} where {table.key} = %s"
    with db_session(stack.db_url, "authenticated", alice.id) as conn:
        if not table.delete:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(query, [table.key_of(bob)])
            return
        assert conn.execute(query, [table.key_of(bob)]).rowcount == 0
        assert conn.execute(query, [table.key_of(alice)]).rowcount == 1


@pytest.mark.parametrize("table", [t for t in TABLES if t.update], ids=lambda t: t.name)
def test_consultant_cannot_hand_a_row_over_to_another(
    stack, alice: Consultant, bob: Consultant, table: TableRules
):
    column = "id" if table.name == "profiles" else "consultant_id"
    query = f"update public.{table.name} set {column} = %s where {table.key} = %s"
    with (
        db_session(stack.db_url, "authenticated", alice.id) as conn,
        pytest.raises(errors.InsufficientPrivilege),
    ):
        conn.execute(query, [bob.id, table.key_of(alice)])


@pytest.mark.parametrize(
    ("table", "columns", "refusal"),
    [
        (
            "conversations",
            "(consultant_id, lead_id, status) values (%(me)s, %(lead)s, 'finalizada')",
            errors.ForeignKeyViolation,
        ),
        (
            # The insert policy looks the conversation up under RLS and refuses before the FK.
            "messages",
            "(consultant_id, conversation_id, lead_id, direction, author, text)"
            " values (%(me)s, %(conversation)s, %(lead)s, 'out', 'consultant', 'oi')",
            errors.InsufficientPrivilege,
        ),
    ],
)
def test_own_row_cannot_point_at_another_consultants_lead(
    stack, alice: Consultant, bob: Consultant, table: str, columns: str, refusal: type[Exception]
):
    params = {"me": alice.id, "lead": bob.lead_id, "conversation": bob.conversation_id}
    with (
        db_session(stack.db_url, "authenticated", alice.id) as conn,
        pytest.raises(refusal),
    ):
        conn.execute(f"insert into public.{table} {columns}", params)


def test_consultant_cannot_fake_inbound_messages(stack, alice: Consultant):
    with (
        db_session(stack.db_url, "authenticated", alice.id) as conn,
        pytest.raises(errors.InsufficientPrivilege),
    ):
        conn.execute(
            """insert into public.messages (consultant_id, conversation_id, lead_id, direction,
                 author, text, status) values (%s, %s, %s, 'in', 'lead', 'falso', 'received')""",
            [alice.id, alice.conversation_id, alice.lead_id],
        )


def test_service_role_reads_and_writes_everything(stack, alice: Consultant, bob: Consultant):
    with db_session(stack.db_url, "service_role") as conn:
        owners = {
            row["consultant_id"]
            for row in conn.execute("select consultant_id::text from public.channel_secrets")
        }
        assert {alice.id, bob.id} <= owners
        updated = conn.execute(
            "update public.leads set status = 'qualificado' where id = any(%s)",
            [[alice.lead_id, bob.lead_id]],
        ).rowcount
        assert updated == 2


def test_feature_flags_show_global_rows_and_own_overrides(
    stack, alice: Consultant, bob: Consultant
):
    with db_session(stack.db_url, "authenticated", alice.id) as conn:
        rows = conn.execute(
            "select key, consultant_id::text as owner from public.feature_flags"
        ).fetchall()
        enabled = conn.execute("select public.feature_enabled('flag_de_teste') as on").fetchone()
    assert any(row["owner"] is None for row in rows)  # seeded global flags
    assert {row["owner"] for row in rows} == {None, alice.id}
    assert enabled == {"on": True}


def test_signed_in_consultant_has_no_access_to_auth_tables(stack, alice: Consultant):
    with (
        db_session(stack.db_url, "authenticated", alice.id) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("select encrypted_password from auth.users")
