"""The web process against a real devstack: health, errors and the job queue's schema."""

from __future__ import annotations

import pytest

from devstack.stack import free_port
from service import create_app
from service.queue import QUEUE_SCHEMA, build_queue, ensure_schema
from service.settings import Settings


def settings_for(stack, **overrides) -> Settings:
    values = {
        "app_env": "test",
        "supabase_url": stack.url,
        "supabase_anon_key": stack.anon_key,
        "supabase_service_role_key": stack.service_key,
        "database_url": stack.db_url,
        **overrides,
    }
    return Settings(_env_file=None, **values)


@pytest.fixture
def client(stack):
    app = create_app(settings_for(stack))
    yield app.test_client()
    app.extensions["services"].close()


def test_health_is_ok_when_postgres_and_supabase_answer(client):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json == {"status": "ok", "checks": {"database": "ok", "supabase": "ok"}}


def test_health_names_the_database_when_it_is_unreachable(stack):
    dead = f"postgresql://postgres:postgres@127.0.0.1:{free_port()}/postgres"
    app = create_app(settings_for(stack, database_url=dead))
    try:
        response = app.test_client().get("/health")
    finally:
        app.extensions["services"].close()
    assert response.status_code == 503
    assert response.json["status"] == "unavailable"
    assert response.json["checks"] == {"database": "unavailable", "supabase": "ok"}


def test_health_names_supabase_when_its_api_is_unreachable(stack):
    app = create_app(settings_for(stack, supabase_url=f"http://127.0.0.1:{free_port()}"))
    try:
        response = app.test_client().get("/health")
    finally:
        app.extensions["services"].close()
    assert response.status_code == 503
    assert response.json["checks"] == {"database": "ok", "supabase": "unavailable"}
    assert "127.0.0.1" not in response.get_data(as_text=True)


def test_unknown_routes_get_the_json_error_shape(client):
    response = client.get("/nothing-here")
    assert response.status_code == 404
    assert response.json["error"]["code"] == "not_found"


def test_queue_tables_live_outside_the_api_schema_and_anon_cannot_reach_them(stack):
    settings = settings_for(stack)
    ensure_schema(settings)
    assert ensure_schema(settings) is False  # already there: nothing to do
    rows = stack.sql(
        "select has_schema_privilege('anon', %s, 'usage'),"
        " has_schema_privilege('authenticated', %s, 'usage'),"
        " to_regclass('public.procrastinate_jobs') is null",
        (QUEUE_SCHEMA, QUEUE_SCHEMA),
    )
    assert rows == [(False, False, True)]


def test_a_deferred_job_is_stored_in_the_queue(stack):
    settings = settings_for(stack)
    ensure_schema(settings)
    queue = build_queue(settings)

    @queue.task(name="tests.echo", queue="tests")
    def echo(word: str) -> str:
        return word

    with queue.open():
        job_id = echo.defer(word="olá")
    rows = stack.sql(
        f"select task_name, args->>'word', status from {QUEUE_SCHEMA}.procrastinate_jobs"
        " where id = %s",
        (job_id,),
    )
    assert rows == [("tests.echo", "olá", "todo")]
