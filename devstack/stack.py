"""Bringing a whole stack up and down: database, bootstrap SQL, migrations, gateway.

Migrations and `supabase/seed.sql` are applied by the real Supabase CLI (pinned in
`devstack/package.json`), so the migration history table is the one hosted Supabase
uses and running `up` again applies only new migrations.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import IO

import httpx
import psycopg

from devstack.config import StackConfig
from devstack.postgres import Postgres

DEVSTACK_DIR = Path(__file__).resolve().parent


class StackError(RuntimeError):
    """A stack operation that could not be completed."""


def bootstrap_sql() -> list[tuple[str, str]]:
    """The bootstrap files, in order, as (name, SQL)."""
    folder = resources.files("devstack") / "sql"
    files = sorted(
        (entry for entry in folder.iterdir() if entry.name.endswith(".sql")),
        key=lambda entry: entry.name,
    )
    return [(entry.name, entry.read_text()) for entry in files]


def apply_bootstrap(config: StackConfig) -> None:
    """Apply every bootstrap file (idempotent) as the superuser."""
    with psycopg.connect(config.db_url(), autocommit=True) as conn:
        for name, sql in bootstrap_sql():
            try:
                conn.execute(sql.encode())
            except psycopg.Error as exc:
                raise StackError(f"bootstrap {name} failed: {exc}") from exc


def supabase_cli() -> Path:
    """The pinned Supabase CLI, installed with npm on first use."""
    binary = DEVSTACK_DIR / "node_modules" / ".bin" / "supabase"
    if not binary.exists():
        npm = shutil.which("npm")
        if npm is None:
            raise StackError("npm is required to install the Supabase CLI (devstack/package.json)")
        command = "ci" if (DEVSTACK_DIR / "package-lock.json").exists() else "install"
        result = subprocess.run(
            [npm, command, "--no-audit", "--no-fund"],
            cwd=DEVSTACK_DIR,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0 or not binary.exists():
            raise StackError(f"installing the Supabase CLI failed:\n{result.stderr[-2000:]}")
    return binary


def apply_migrations(config: StackConfig, *, include_seed: bool = True) -> str:
    """Run `supabase db push` against the stack; returns the CLI's output."""
    args = [
        str(supabase_cli()),
        "db",
        "push",
        "--db-url",
        # Loopback only: the local server has no TLS.
        config.db_url() + "?sslmode=disable",
        "--workdir",
        str(config.root),
        "--yes",
    ]
    if include_seed:
        args.append("--include-seed")
    env = {**os.environ, "SUPABASE_TELEMETRY_DISABLED": "1", "DO_NOT_TRACK": "1"}
    result = subprocess.run(args, capture_output=True, text=True, env=env, cwd=config.root)
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise StackError(f"supabase db push failed:\n{output[-4000:]}")
    with psycopg.connect(config.db_url(), autocommit=True) as conn:
        conn.execute("notify pgrst, 'reload schema'")
    return output


@dataclass
class Status:
    """What is running for one stack."""

    database: bool
    gateway: bool
    gateway_pid: int | None


class Stack:
    """One devstack: its database, bootstrap, migrations and gateway process."""

    def __init__(self, config: StackConfig) -> None:
        self.config = config
        self.postgres = Postgres(config)

    @property
    def pid_file(self) -> Path:
        """Where a detached gateway records its process id."""
        return self.config.data_dir / "gateway.pid"

    def prepare(self) -> None:
        """Start Postgres, apply bootstrap SQL, migrations and seed."""
        self.config.data_dir.mkdir(parents=True, exist_ok=True)
        for folder in (self.config.mail_dir, self.config.storage_dir, self.config.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
        self.postgres.start()
        apply_bootstrap(self.config)
        apply_migrations(self.config)

    def gateway_pid(self) -> int | None:
        """The detached gateway's pid if it is alive.

        The gateway holds a lock on its pid file for as long as it runs, so a file left by
        a crash or a reboot, whose number may since belong to any other process, is stale.
        """
        try:
            with open(self.pid_file) as handle:
                if _lock_is_free(handle):
                    self.pid_file.unlink(missing_ok=True)
                    return None
                return int(handle.read().strip())
        except (FileNotFoundError, ValueError):
            return None

    def start_gateway_detached(self, timeout: float = 30) -> int:
        """Start the gateway as a background process and wait until it answers."""
        existing = self.gateway_pid()
        if existing is not None:
            return existing
        pid_file = open(self.pid_file, "a+")  # noqa: SIM115 - its lock passes to the child
        try:
            if not _lock_is_free(pid_file, keep=True):
                raise StackError(f"another gateway is starting for {self.config.data_dir}")
            process = self._spawn_gateway(pid_file.fileno())
            pid_file.seek(0)
            pid_file.truncate()
            pid_file.write(str(process.pid))
        finally:
            # The child inherited the locked descriptor: the lock lives as long as it does.
            pid_file.close()
        self.wait_for_gateway(timeout, process)
        return process.pid

    @contextmanager
    def claim_gateway(self) -> Iterator[None]:
        """Record this process as the stack's gateway while the block runs.

        For a foreground `up`: `status` then sees it, and `down` from another terminal
        stops it with SIGTERM, as it stops a detached gateway.
        """
        with open(self.pid_file, "a+") as handle:
            if not _lock_is_free(handle, keep=True):
                raise StackError(f"a gateway is already running for {self.config.data_dir}")
            handle.seek(0)
            handle.truncate()
            handle.write(str(os.getpid()))
            handle.flush()
            try:
                yield
            finally:
                self.pid_file.unlink(missing_ok=True)

    def _spawn_gateway(self, lock_fd: int) -> subprocess.Popen[bytes]:
        log = open(self.config.log_dir / "gateway.log", "ab")  # noqa: SIM115 - kept by the child
        env = {
            **os.environ,
            "DEVSTACK_DIR": str(self.config.data_dir),
            "DEVSTACK_API_PORT": str(self.config.api_port),
            "DEVSTACK_DB_PORT": str(self.config.db_port),
            "SUPABASE_JWT_SECRET": self.config.jwt_secret,
            # The gateway runs in the project root, which need not be this checkout.
            "PYTHONPATH": os.pathsep.join(
                filter(None, [str(DEVSTACK_DIR.parent), os.environ.get("PYTHONPATH")])
            ),
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "devstack", "gateway"],
            cwd=self.config.root,
            env=env,
            stdout=log,
            stderr=log,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            pass_fds=(lock_fd,),
        )
        log.close()
        return process

    def wait_for_gateway(
        self, timeout: float, process: subprocess.Popen[bytes] | None = None
    ) -> None:
        """Block until the gateway's /health answers."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process is not None and process.poll() is not None:
                log = (self.config.log_dir / "gateway.log").read_text()[-3000:]
                raise StackError(f"the gateway exited with {process.returncode}:\n{log}")
            try:
                if httpx.get(f"{self.config.api_url}/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise StackError(f"the gateway did not answer on {self.config.api_url} in {timeout}s")

    def stop_gateway(self) -> None:
        """Stop a detached gateway."""
        pid = self.gateway_pid()
        if pid is None:
            return
        # Signal only while the lock shows the pid is still our gateway, never a process
        # that inherited the number after it exited.
        for sig, grace in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                break
            deadline = time.monotonic() + grace
            while self.gateway_pid() is not None and time.monotonic() < deadline:
                time.sleep(0.1)
            if self.gateway_pid() is None:
                break
        self.pid_file.unlink(missing_ok=True)

    def down(self) -> None:
        """Stop the gateway and the database; data is kept."""
        self.stop_gateway()
        self.postgres.stop()

    def reset(self) -> None:
        """Wipe the database and stored files, then re-apply migrations and seed."""
        was_running = self.gateway_pid() is not None
        self.stop_gateway()
        self.postgres.destroy()
        for folder in (self.config.mail_dir, self.config.storage_dir):
            shutil.rmtree(folder, ignore_errors=True)
        self.prepare()
        if was_running:
            self.start_gateway_detached()

    def status(self) -> Status:
        """What is running now."""
        pid = self.gateway_pid()
        return Status(database=self.postgres.is_running(), gateway=pid is not None, gateway_pid=pid)


def _lock_is_free(handle: IO[str], *, keep: bool = False) -> bool:
    """Whether nobody holds the lock on `handle`'s file; when `keep`, hold it if free."""
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    if not keep:
        fcntl.flock(handle, fcntl.LOCK_UN)
    return True


def free_port() -> int:
    """A loopback TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def ephemeral_stack(
    root: Path, *, name: str = "ephemeral", durable: bool = False, keep: bool = False
) -> Iterator[Stack]:
    """A prepared stack (database, migrations, seed) on free ports in a fresh folder.

    The folder is made in the system temp folder, which the `postgres` OS user can always
    reach wherever the project lives. Start the gateway with `start_gateway_detached()`
    when ready; on exit everything is stopped and deleted, unless `keep`.
    """
    data_dir = Path(tempfile.mkdtemp(prefix=f"consultor-{name}-"))
    data_dir.chmod(0o755)
    env = {
        "DEVSTACK_DIR": str(data_dir),
        "DEVSTACK_API_PORT": str(free_port()),
        "DEVSTACK_DB_PORT": str(free_port()),
    }
    stack = Stack(replace(StackConfig.from_env(env, root=root), durable=durable))
    try:
        stack.prepare()
        yield stack
    finally:
        if not keep:
            stack.down()
            shutil.rmtree(data_dir, ignore_errors=True)
