"""Realtime publication, LGPD erasure by cascade, dashboard functions and the demo seed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import bcrypt
import psycopg
import pytest

from tests.integration.schema.helpers import Consultant, create_consultant, db_session

ROOT = Path(__file__).resolve().parents[3]
OWNED_TABLES = [
    "whatsapp_channels",
    "channel_secrets",
    "flows",
    "leads",
    "conversations",
    "messages",
    "lead_status_history",
    "ai_calls",
    "feature_flags",
    "notifications",
]


def test_live_dashboard_tables_are_in_the_realtime_publication(stack):
    rows = stack.sql(
        "select schemaname || '.' || tablename from pg_publication_tables"
        " where pubname = 'supabase_realtime' and schemaname = 'public'"
    )
    published = {row[0] for row in rows}
    assert {
        "public.leads",
        "public.conversations",
        "public.messages",
        "public.lead_status_history",
    } <= published
    assert "public.channel_secrets" not in published
    assert "public.auth_password_attempts" not in published


def test_every_public_table_the_migrations_create_has_row_level_security(stack):
    # Other tests create tables of their own in `public`; judge the migrations' tables.
    assert {"profiles", "leads", "messages"} <= stack.migrated_tables
    rows = stack.sql(
        "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
        " where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relrowsecurity"
        " and c.relname = any(%s)",
        (sorted(stack.migrated_tables),),
    )
    assert rows == []


def test_deleting_the_auth_user_erases_everything_the_consultant_owns(stack):
    doomed = create_consultant(stack.db_url, "apagar")
    keeper = create_consultant(stack.db_url, "manter")
    with psycopg.connect(stack.db_url, autocommit=True) as conn:
        conn.execute(
            "select public.password_verification_attempt(%s::jsonb)",
            [f'{{"user_id": "{doomed.id}", "valid": false}}'],
        )
        conn.execute("delete from auth.users where id = %s", [doomed.id])
        for table in OWNED_TABLES:
            left = conn.execute(
                f"select count(*) filter (where consultant_id = %s),"
                f" count(*) filter (where consultant_id = %s) from public.{table}",
                [doomed.id, keeper.id],
            ).fetchone()
            assert left is not None and left[0] == 0, table
            assert left[1] >= 1, table
        gone = conn.execute(
            "select (select count(*) from public.profiles where id = %(id)s)"
            " + (select count(*) from public.auth_password_attempts where user_id = %(id)s)",
            {"id": doomed.id},
        ).fetchone()
    assert gone == (0,)


def test_dashboard_counts_and_search_ignore_accents_and_other_consultants(
    stack, alice: Consultant, bob: Consultant
):
    with db_session(stack.db_url, "service_role") as conn:
        for owner, name, phone, status in [
            (alice, "João Conceição", "+5511912340001", "qualificado"),
            (alice, "Joana Prado", "+5511912340002", "ganho"),
            (bob, "João Conceição", "+5511912340001", "qualificado"),
        ]:
            conn.execute(
                "insert into public.leads (consultant_id, name, phone, status)"
                " values (%s, %s, %s, %s)",
                [owner.id, name, phone, status],
            )
        conn.commit()
    try:
        with db_session(stack.db_url, "authenticated", alice.id) as conn:
            counts = {
                row["status"]: row["total"]
                for row in conn.execute("select * from public.lead_status_counts()")
            }
            by_name = conn.execute(
                "select name from public.search_leads('joao conceicao')"
            ).fetchall()
            by_number = conn.execute("select name from public.search_leads('1234-0002')").fetchall()
            by_filter = conn.execute(
                "select name from public.leads where search_text ilike '%' || public.search_normalize('CONCEIÇÃO') || '%'"
            ).fetchall()
    finally:
        stack.sql("delete from public.leads where phone like '+55119123400%%'")
    assert list(counts) == [
        "novo",
        "em_atendimento",
        "qualificado",
        "agendado",
        "proposta",
        "ganho",
        "perdido",
    ]
    assert counts["qualificado"] == 1 and counts["ganho"] == 1 and counts["perdido"] == 0
    assert by_name == [{"name": "João Conceição"}]
    assert by_number == [{"name": "Joana Prado"}]
    assert by_filter == [{"name": "João Conceição"}]


def test_funnel_counts_each_lead_up_to_the_furthest_stage_it_reached(stack):
    owner = create_consultant(stack.db_url, "funil")
    with db_session(stack.db_url, "authenticated", owner.id) as conn:
        for index, path in enumerate(
            [
                ["em_atendimento", "qualificado", "agendado", "proposta", "ganho"],
                ["em_atendimento", "qualificado", "perdido"],
                ["em_atendimento"],
            ]
        ):
            lead = conn.execute(
                "insert into public.leads (phone) values (%s) returning id",
                [f"+55219000000{index}"],
            ).fetchone()
            assert lead is not None
            for status in path:
                conn.execute(
                    "update public.leads set status = %s where id = %s", [status, lead["id"]]
                )
        now = datetime.now(UTC)
        funnel = conn.execute(
            "select stage, leads from public.lead_funnel(%s, %s)",
            [now - timedelta(hours=1), now + timedelta(hours=1)],
        ).fetchall()
        empty = conn.execute(
            "select stage, leads from public.lead_funnel(%s, %s)",
            [now - timedelta(days=30), now - timedelta(days=29)],
        ).fetchall()
    # 4 leads: the fixture's lead (novo) plus the three above.
    assert [(row["stage"], row["leads"]) for row in funnel] == [
        ("novo", 4),
        ("em_atendimento", 3),
        ("qualificado", 2),
        ("agendado", 1),
        ("proposta", 1),
        ("ganho", 1),
        ("perdido", 1),
    ]
    assert [row["leads"] for row in empty] == [0] * 7


def test_response_times_measure_first_reply_after_the_leads_first_message(stack):
    owner = create_consultant(stack.db_url, "tempo")
    start = datetime.now(UTC) - timedelta(minutes=30)
    with db_session(stack.db_url, "service_role") as conn:
        for offset, direction, author in [
            (0, "in", "lead"),
            (90, "out", "bot"),
            (600, "out", "consultant"),
        ]:
            conn.execute(
                """insert into public.messages (consultant_id, conversation_id, lead_id, direction,
                     author, text, status, created_at)
                   values (%s, %s, %s, %s, %s, 'x', %s, %s)""",
                [
                    owner.id,
                    owner.conversation_id,
                    owner.lead_id,
                    direction,
                    author,
                    "received" if direction == "in" else "sent",
                    start + timedelta(seconds=offset),
                ],
            )
        conn.commit()
    with db_session(stack.db_url, "authenticated", owner.id) as conn:
        row = conn.execute(
            "select * from public.response_times(%s, %s)",
            [start - timedelta(hours=1), start + timedelta(hours=1)],
        ).fetchone()
    # The fixture's own inbound "Olá" (created now) is later than `start`, so `start` is first.
    assert row is not None
    assert (row["conversations"], row["answered"], row["human_answered"]) == (1, 1, 1)
    assert float(row["avg_reply_seconds"]) == 90.0
    assert float(row["avg_human_reply_seconds"]) == 600.0


def test_seed_has_two_demo_consultants_who_can_sign_in(stack):
    rows = stack.sql(
        "select u.email, u.encrypted_password, p.slug, p.verticals,"
        " (select count(*) from auth.identities i where i.user_id = u.id)"
        " from auth.users u join public.profiles p on p.id = u.id"
        " where u.email like '%%@demo.consultor.ai' order by u.email"
    )
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [
        ("ana@demo.consultor.ai", "ana-souza", ["saude"], 1),
        ("bruno@demo.consultor.ai", "bruno-lima", ["imoveis"], 1),
    ]
    for row in rows:
        assert bcrypt.checkpw(b"demo12345", str(row[1]).encode())


def test_seed_gives_each_demo_consultant_a_default_flow_and_leads_in_every_status(stack):
    rows = stack.sql(
        "select p.slug,"
        " (select count(*) from public.flows f where f.consultant_id = p.id and f.is_default),"
        " (select count(distinct status) from public.leads l where l.consultant_id = p.id),"
        " (select count(*) from public.conversations c where c.consultant_id = p.id),"
        " (select count(*) from public.messages m where m.consultant_id = p.id),"
        " (select count(*) from public.whatsapp_channels w where w.consultant_id = p.id)"
        " from public.profiles p where p.slug in ('ana-souza', 'bruno-lima') order by p.slug"
    )
    for slug, defaults, statuses, conversations, messages, channels in rows:
        assert (defaults, statuses, channels) == (1, 7, 1), slug
        assert conversations >= 10 and messages >= 50, slug  # type: ignore[operator]


def test_seed_can_be_applied_again_without_changes(stack):
    def census() -> list[tuple[object, ...]]:
        return stack.sql(
            "select (select count(*) from auth.users), (select count(*) from public.leads),"
            " (select count(*) from public.messages), (select count(*) from public.flows),"
            " (select count(*) from public.lead_status_history)"
        )

    before = census()
    with psycopg.connect(stack.db_url, autocommit=True) as conn:
        conn.execute((ROOT / "supabase" / "seed.sql").read_bytes())
    assert census() == before


def test_leads_per_period_buckets_by_local_day(stack):
    owner = create_consultant(stack.db_url, "periodo")
    # 02:30 UTC is still the previous day in São Paulo (UTC-3).
    day = datetime(2026, 3, 10, 2, 30, tzinfo=UTC)
    with db_session(stack.db_url, "service_role") as conn:
        for index, status in enumerate(["novo", "ganho", "perdido"]):
            conn.execute(
                "insert into public.leads (consultant_id, phone, status, created_at)"
                " values (%s, %s, %s, %s)",
                [owner.id, f"+55319000000{index}", status, day + timedelta(days=index)],
            )
        conn.commit()
    with db_session(stack.db_url, "authenticated", owner.id) as conn:
        rows = conn.execute(
            "select period::text, created, won, lost from public.leads_per_period(%s, %s)",
            [day - timedelta(days=1), day + timedelta(days=5)],
        ).fetchall()
    assert [tuple(row.values()) for row in rows] == [
        ("2026-03-09", 1, 0, 0),
        ("2026-03-10", 1, 1, 0),
        ("2026-03-11", 1, 0, 1),
    ]


def test_consultant_cannot_make_another_consultants_flow_default(
    stack, alice: Consultant, bob: Consultant
):
    with db_session(stack.db_url, "authenticated", alice.id) as conn:
        with pytest.raises(psycopg.errors.NoDataFound), conn.transaction():
            conn.execute("select public.set_default_flow(%s)", [bob.flow_id])
        counts = conn.execute("select * from public.lead_status_counts(%s)", [bob.id]).fetchall()
    assert sum(int(row["total"]) for row in counts) == 0  # another id yields nothing under RLS


def test_search_text_follows_the_name_and_ignores_what_a_client_sends(stack):
    owner = create_consultant(stack.db_url, "busca")
    with db_session(stack.db_url, "authenticated", owner.id) as conn:
        lead = conn.execute(
            "insert into public.leads (wa_id, phone, name, vertical, search_text)"
            " values ('5511955550001', '+5511955550001', 'Ângela Müller', 'saude', 'forjado')"
            " returning id, search_text"
        ).fetchone()
        assert lead is not None
        assert lead["search_text"] == "angela muller +5511955550001"
        renamed = conn.execute(
            "update public.leads set name = 'Józef Conceição' where id = %s returning search_text",
            [lead["id"]],
        ).fetchone()
    assert renamed == {"search_text": "jozef conceicao +5511955550001"}
