"""Fixtures shared by every test: a real devstack (Postgres + gateway) for the session.

The stack runs on free ports in its own folder, so tests never touch a developer's
`make dev` stack: each session starts its own, applies the project's migrations and
seed, and tears it down.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

ROOT = Path(__file__).resolve().parent.parent


def stack_dir(prefix: str) -> Path:
    """A fresh folder for a test stack that the `postgres` OS user can traverse.

    The clone may sit under a private home folder; the system temp folder is always
    reachable.
    """
    path = Path(tempfile.mkdtemp(prefix=f"consultor-{prefix}-"))
    path.chmod(0o755)
    return path


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


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
    from devstack.stack import Stack

    data_dir = stack_dir("test")
    env = {
        **os.environ,
        "DEVSTACK_DIR": str(data_dir),
        "DEVSTACK_API_PORT": str(free_port()),
        "DEVSTACK_DB_PORT": str(free_port()),
        "DEVSTACK_FSYNC": "off",
    }
    os.environ["DEVSTACK_FSYNC"] = "off"
    config = StackConfig.from_env(env, root=ROOT)
    running = Stack(config)
    try:
        running.prepare()
        running.start_gateway_detached()
        started = RunningStack(config)
        tables = started.sql(
            "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
            " where n.nspname = 'public' and c.relkind in ('r', 'p')"
        )
        yield RunningStack(config, frozenset(str(name) for (name,) in tables))
    finally:
        running.down()
        shutil.rmtree(data_dir, ignore_errors=True)
