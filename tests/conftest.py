"""Fixtures shared by every test: a real devstack (Postgres + gateway) for the session.

The stack runs on free ports in its own folder, so tests never touch a developer's
`make dev` stack: each session starts its own, applies the project's migrations and
seed, and tears it down.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class RunningStack:
    """A started devstack, as tests reach it."""

    config: "StackConfig"  # noqa: UP037 - imported lazily below
    # Tables of `public` right after migrations and seed, before any test added its own.
    migrated_tables: frozenset[str] = frozenset()

    @property
    def url(self) -> str:
        return self.config.api_url

    @property
    def anon_key(self) -> str:
        return self.config.anon_key

    @property
    def service_key(self) -> str:
        return self.config.service_role_key

    @property
    def db_url(self) -> str:
        return self.config.db_url()

    def user_token(self, sub: str, *, ttl: int = 3600) -> str:
        """An access token for user `sub`, signed as Auth signs them (no sign-up needed)."""
        from devstack import keys

        claims = {
            "sub": sub,
            "role": "authenticated",
            "aud": "authenticated",
            "exp": keys.now() + ttl,
        }
        return keys.sign(claims, self.config.jwt_secret)

    def sql(self, query: str, params: object = None) -> list[tuple[object, ...]]:
        """Run one statement as the superuser and return its rows (if any)."""
        with psycopg.connect(self.db_url, autocommit=True) as conn:
            cur = conn.execute(query.encode() if params is None else query, params)  # type: ignore[arg-type]
            return cur.fetchall() if cur.description else []


from devstack.config import StackConfig  # noqa: E402


@pytest.fixture(scope="session")
def stack() -> Iterator[RunningStack]:
    """A devstack with the project's migrations and seed, up for the whole session."""
    from devstack.stack import ephemeral_stack

    with ephemeral_stack(ROOT, name="test") as running:
        running.start_gateway_detached()
        tables = RunningStack(running.config).sql(
            "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
            " where n.nspname = 'public' and c.relkind in ('r', 'p')"
        )
        yield RunningStack(running.config, frozenset(str(name) for (name,) in tables))
