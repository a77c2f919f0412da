"""`python -m devstack up|down|status|reset` (also `consultor stack …`)."""

from __future__ import annotations

import argparse
import signal
import sys
from typing import Any

from devstack.config import StackConfig
from devstack.postgres import PostgresError
from devstack.stack import Stack, StackError


def _print_env(config: StackConfig) -> None:
    for key, value in config.as_env().items():
        print(f"{key}={value}")
    sys.stdout.flush()


def _exit_normally(_signum: int, _frame: object) -> None:
    raise SystemExit(0)


def cmd_up(args: argparse.Namespace) -> int:
    """Start the database and gateway, apply migrations and seed, print the settings."""
    config = StackConfig.from_env()
    stack = Stack(config)
    database_was_up = stack.postgres.is_running()
    stack.prepare()
    running = stack.gateway_pid()
    if args.detach or running is not None:
        if running is not None:
            print(f"devstack: already running (gateway pid {running})", file=sys.stderr)
        stack.start_gateway_detached()
        _print_env(config)
        return 0
    from devstack.gateway import serve

    _print_env(config)
    # uvicorn re-raises the SIGTERM it handled once it has shut down; make that a normal
    # exit so the clean-up below runs (a `down` from another terminal sends SIGTERM).
    signal.signal(signal.SIGTERM, _exit_normally)
    with stack.claim_gateway():
        try:
            serve(config)
        finally:
            # Only what this command started: a database serving another gateway stays up.
            # Stopped while the claim is held, so a `down` waiting on it finds it stopped.
            if not database_was_up:
                stack.postgres.stop()
    return 0


def cmd_down(_: argparse.Namespace) -> int:
    """Stop the gateway and the database, keeping data."""
    Stack(StackConfig.from_env()).down()
    return 0


def cmd_status(_: argparse.Namespace) -> int:
    """Print what is running; exit 1 when the stack is not fully up."""
    config = StackConfig.from_env()
    status = Stack(config).status()
    print(f"database: {'running' if status.database else 'stopped'} (port {config.db_port})")
    gateway = f"running (pid {status.gateway_pid})" if status.gateway else "stopped"
    print(f"gateway:  {gateway} ({config.api_url})")
    if status.database:
        _print_env(config)
    return 0 if status.database and status.gateway else 1


def cmd_reset(args: argparse.Namespace) -> int:
    """Wipe data and re-apply migrations and seed."""
    config = StackConfig.from_env()
    stack = Stack(config)
    stack.reset()
    if args.detach and stack.gateway_pid() is None:
        stack.start_gateway_detached()
    _print_env(config)
    return 0


def cmd_gateway(_: argparse.Namespace) -> int:
    """Run only the gateway in the foreground (the database must be up)."""
    from devstack.gateway import serve

    serve(StackConfig.from_env())
    return 0


def _guarded(func: Any) -> Any:
    def run(args: argparse.Namespace) -> int:
        try:
            status: int = func(args)
            return status
        except (StackError, PostgresError) as exc:
            print(f"devstack: {exc}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            return 130

    return run


def add_commands(parser: argparse.ArgumentParser) -> None:
    """Add the up/down/status/reset/gateway sub-commands to `parser`."""
    sub = parser.add_subparsers(dest="stack_command", required=True)
    up = sub.add_parser("up", help="start the stack (foreground unless --detach)")
    up.add_argument("--detach", "-d", action="store_true", help="run in the background")
    up.set_defaults(func=_guarded(cmd_up))
    sub.add_parser("down", help="stop the stack, keeping data").set_defaults(
        func=_guarded(cmd_down)
    )
    sub.add_parser("status", help="show what is running").set_defaults(func=_guarded(cmd_status))
    reset = sub.add_parser("reset", help="wipe data, re-apply migrations and seed")
    reset.add_argument("--detach", "-d", action="store_true", help="leave the gateway running")
    reset.set_defaults(func=_guarded(cmd_reset))
    sub.add_parser("gateway", help="run only the API gateway").set_defaults(
        func=_guarded(cmd_gateway)
    )


def register(sub: Any) -> None:
    """Register `consultor stack …`."""
    parser = sub.add_parser("stack", help="the Docker-free local Supabase (devstack)")
    add_commands(parser)


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m devstack`."""
    parser = argparse.ArgumentParser(prog="devstack", description=__doc__)
    add_commands(parser)
    args = parser.parse_args(argv)
    status: int = args.func(args)
    return status
