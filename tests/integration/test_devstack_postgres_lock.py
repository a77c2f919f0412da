"""A stale postmaster.pid (a crash, then a reboot) must not block or misdirect devstack."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

import psycopg

from devstack.config import StackConfig
from devstack.postgres import Postgres
from devstack.stack import free_port
from tests.conftest import ROOT


def test_a_postmaster_pid_naming_a_live_stranger_neither_blocks_start_nor_gets_signalled():
    data_dir = Path(tempfile.mkdtemp(prefix="consultor-pglock-"))
    data_dir.chmod(0o755)
    env = {"DEVSTACK_DIR": str(data_dir), "DEVSTACK_DB_PORT": str(free_port())}
    config = replace(StackConfig.from_env(env, root=ROOT), durable=False)
    server = Postgres(config)
    # A process of the server's own OS user: one it may signal, and whose pid it trusts.
    owner = {} if server.user is None else {"user": server.user.pw_uid}
    bystander = subprocess.Popen(["sleep", "120"], cwd="/", **owner)
    try:
        server.start()
        lock = server.data / "postmaster.pid"
        recorded = lock.read_text().splitlines()
        server.stop()
        # After a reboot the pid a crashed server recorded may belong to any process.
        lock.write_text("\n".join([str(bystander.pid), *recorded[1:]]) + "\n")
        if server.user is not None:
            os.chown(lock, server.user.pw_uid, server.user.pw_gid)
        assert server.is_running() is False
        server.stop()
        assert bystander.poll() is None
        server.start()
        with psycopg.connect(config.db_url()) as conn:
            assert conn.execute("select 1").fetchone() == (1,)
        assert bystander.poll() is None
    finally:
        bystander.kill()
        bystander.wait()
        server.destroy()
        shutil.rmtree(data_dir, ignore_errors=True)
