"""The detached gateway's pid file: a stale one never makes devstack signal a stranger."""

from __future__ import annotations

import subprocess
import sys

from devstack.config import StackConfig
from devstack.stack import Stack
from tests.conftest import ROOT


def test_a_pid_file_naming_an_unrelated_live_process_is_stale_and_never_signalled(tmp_path):
    # A gateway that crashed (or a reboot) leaves its pid file behind; the system may
    # since have given that number to any other process.
    stack = Stack(StackConfig.from_env({"DEVSTACK_DIR": str(tmp_path)}, root=ROOT))
    bystander = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        stack.pid_file.write_text(str(bystander.pid))
        assert stack.gateway_pid() is None
        assert stack.status().gateway is False
        stack.pid_file.write_text(str(bystander.pid))
        stack.stop_gateway()
        assert bystander.poll() is None
        assert not stack.pid_file.exists()
    finally:
        bystander.kill()
        bystander.wait()


def test_the_running_detached_gateway_is_recognised_by_its_pid_file(stack):
    status = Stack(stack.config).status()
    assert status.gateway is True
    command = subprocess.run(
        ["ps", "-o", "args=", "-p", str(status.gateway_pid)], capture_output=True, text=True
    ).stdout
    assert command.split()[1:] == ["-m", "devstack", "gateway"]
