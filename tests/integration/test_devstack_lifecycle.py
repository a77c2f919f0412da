"""A second, private stack on the embedded PostgreSQL wheel: down/up keeps data, reset wipes it.

It also proves the project's migrations apply on the embedded server, the one a
machine without PostgreSQL gets.
"""

from __future__ import annotations

import httpx
import psycopg
import pytest

from devstack.stack import Stack, ephemeral_stack
from tests.conftest import ROOT


@pytest.fixture
def embedded_stack(monkeypatch):
    monkeypatch.setenv("DEVSTACK_PG", "embedded")
    with ephemeral_stack(ROOT, name="embedded") as stack:
        yield stack


def count_marks(stack: Stack) -> int:
    with psycopg.connect(stack.config.db_url()) as conn:
        row = conn.execute(
            "select count(*) from pg_tables where tablename = 'lifecycle_mark'"
        ).fetchone()
        return int(row[0]) if row else 0


def test_down_then_up_keeps_data_and_reset_returns_to_migrations(embedded_stack):
    stack = embedded_stack
    assert stack.postgres.binaries.source == "embedded"
    stack.start_gateway_detached()
    assert httpx.get(f"{stack.config.api_url}/health").status_code == 200
    with psycopg.connect(stack.config.db_url(), autocommit=True) as conn:
        conn.execute("create table public.lifecycle_mark (id int)")
        migrated = conn.execute(
            "select count(*) from pg_namespace where nspname = 'supabase_migrations'"
        ).fetchone()
    assert migrated == (1,)

    stack.down()
    assert stack.status().database is False and stack.status().gateway is False
    stack.prepare()
    assert count_marks(stack) == 1

    stack.reset()
    assert count_marks(stack) == 0
    assert stack.status().database is True
