"""`python -m devstack` as a developer uses it, in separate processes like separate terminals."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from devstack.stack import free_port
from tests.conftest import ROOT


def devstack(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "devstack", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_foreground_up_shows_in_status_and_stops_on_down_from_another_terminal():
    data_dir = Path(tempfile.mkdtemp(prefix="consultor-cli-"))
    data_dir.chmod(0o755)
    api_port = free_port()
    env = {
        **os.environ,
        "DEVSTACK_DIR": str(data_dir),
        "DEVSTACK_API_PORT": str(api_port),
        "DEVSTACK_DB_PORT": str(free_port()),
        "DEVSTACK_FSYNC": "off",
    }
    errors = tempfile.TemporaryFile("w+")  # noqa: SIM115 - closed in the finally below
    foreground = subprocess.Popen(
        [sys.executable, "-m", "devstack", "up"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=errors,
        text=True,
    )
    try:
        assert foreground.stdout is not None
        printed = [foreground.stdout.readline() for _ in range(5)]
        if printed[0] != f"SUPABASE_URL=http://127.0.0.1:{api_port}\n":
            errors.seek(0)
            raise AssertionError("".join(printed) + errors.read())
        for _ in range(100):  # the settings are printed just before the gateway binds
            try:
                if httpx.get(f"http://127.0.0.1:{api_port}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)

        status = devstack(env, "status")
        assert status.returncode == 0, status.stdout + status.stderr
        assert f"running (pid {foreground.pid})" in status.stdout

        down = devstack(env, "down")
        assert down.returncode == 0, down.stderr
        assert foreground.wait(timeout=30) == 0

        after = devstack(env, "status")
        assert after.returncode == 1
        assert "database: stopped" in after.stdout and "gateway:  stopped" in after.stdout
    finally:
        if foreground.poll() is None:
            foreground.kill()
            foreground.wait()
        devstack(env, "down")
        errors.close()
        shutil.rmtree(data_dir, ignore_errors=True)
