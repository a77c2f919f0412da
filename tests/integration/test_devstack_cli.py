"""`python -m devstack …` against a stack that is already up."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx

from devstack.stack import ephemeral_stack
from tests.conftest import ROOT


def test_up_in_the_foreground_beside_a_running_stack_leaves_it_running(tmp_path):
    with ephemeral_stack(ROOT, name="cli") as stack:
        pid = stack.start_gateway_detached()
        env = {
            **os.environ,
            "DEVSTACK_DIR": str(stack.config.data_dir),
            "DEVSTACK_API_PORT": str(stack.config.api_port),
            "DEVSTACK_DB_PORT": str(stack.config.db_port),
        }
        up = subprocess.run(
            [sys.executable, "-m", "devstack", "up"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert up.returncode == 0, up.stderr
        assert f"SUPABASE_URL={stack.config.api_url}" in up.stdout.splitlines()
        status = stack.status()
        assert (status.database, status.gateway_pid) == (True, pid)
        assert (
            httpx.get(
                f"{stack.config.api_url}/rest/v1/", headers={"apikey": stack.config.anon_key}
            ).status_code
            < 500
        )
