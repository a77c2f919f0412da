"""The job queue: procrastinate on the project's Postgres, in its own `procrastinate` schema.

Its tables live outside `public` on purpose: everything in `public` is reachable through
the REST API, and jobs carry leads' messages.
"""

from __future__ import annotations

import procrastinate
import psycopg

from service.settings import Settings

QUEUE_SCHEMA = "procrastinate"


def build_queue(settings: Settings) -> procrastinate.App:
    """An unopened procrastinate app whose connections use the queue's schema."""
    connector = procrastinate.PsycopgConnector(
        conninfo=settings.database_url.get_secret_value(),
        kwargs={"options": f"-c search_path={QUEUE_SCHEMA}"},
        min_size=1,
        max_size=5,
    )
    from service import tasks

    app = procrastinate.App(connector=connector)
    app.add_tasks_from(tasks.blueprint, namespace="consultor")
    return app


def ensure_schema(settings: Settings) -> bool:
    """Create the queue's schema and tables when missing; returns whether it created them."""
    with psycopg.connect(settings.database_url.get_secret_value(), autocommit=True) as conn:
        exists = conn.execute(
            "select to_regclass(%s) is not null", (f"{QUEUE_SCHEMA}.procrastinate_jobs",)
        ).fetchone()
        if exists and exists[0]:
            return False
        conn.execute(f"create schema if not exists {QUEUE_SCHEMA}")
        # Only the service (postgres / service role) may touch jobs.
        conn.execute(f"revoke all on schema {QUEUE_SCHEMA} from public, anon, authenticated")
        sql = procrastinate.schema.SchemaManager.get_schema()
        with conn.transaction():
            conn.execute(f"set local search_path = {QUEUE_SCHEMA}")
            conn.execute(sql.encode())
    return True
