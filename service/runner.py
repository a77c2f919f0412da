"""`consultor serve | worker | dev`: the product's processes."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from typing import Any

from service.settings import Settings


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the web process with gunicorn (as the Procfile does)."""
    os.execvp(
        sys.executable,
        [
            sys.executable,
            "-m",
            "gunicorn",
            "service:create_app()",
            "--bind",
            args.bind,
            "--workers",
            str(args.workers),
            "--access-logfile",
            "-",
        ],
    )


def cmd_worker(_: argparse.Namespace) -> int:
    """Run the job worker until interrupted."""
    from service import logs
    from service.queue import build_queue, ensure_schema

    settings = Settings()
    logs.configure(settings.log_level)
    ensure_schema(settings)
    queue = build_queue(settings)
    with queue.open():
        queue.run_worker(install_signal_handlers=True)
    return 0


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def cmd_dev(_: argparse.Namespace) -> int:
    """Start devstack, migrations, seed, web and worker; Ctrl-C stops everything."""
    from devstack.config import StackConfig
    from devstack.stack import Stack

    # Stop everything on Ctrl-C or a plain `kill`, even when started with SIGINT ignored.
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)

    config = StackConfig.from_env()
    stack = Stack(config)
    print("Starting the local Supabase (devstack)…", flush=True)
    stack.prepare()
    stack.start_gateway_detached()
    env = {**os.environ, **config.as_env(), "APP_ENV": "development"}
    port = os.environ.get("PORT", "5000")
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "service:create_app()",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "2",
                "--access-logfile",
                "-",
            ],
            env=env,
        ),
        subprocess.Popen([sys.executable, "-m", "service.cli", "worker"], env=env),
    ]
    print(
        "\nConsultor.AI is running:\n"
        f"  app      http://127.0.0.1:{port}  (health: /health)\n"
        f"  supabase {config.api_url}  (database: {config.db_url()})\n"
        "  demo logins: ana@demo.consultor.ai / demo12345 (saúde), "
        "bruno@demo.consultor.ai / demo12345 (imóveis)\n"
        "Press Ctrl-C to stop.\n",
        flush=True,
    )
    try:
        while all(p.poll() is None for p in processes):
            time.sleep(0.5)
        print("a process exited; stopping everything", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        stack.down()


def register(sub: Any) -> None:
    """Register `serve`, `worker` and `dev`."""
    serve = sub.add_parser("serve", help="run the web process (gunicorn)")
    serve.add_argument("--bind", default=f"0.0.0.0:{os.environ.get('PORT', '5000')}")
    serve.add_argument("--workers", type=int, default=2)
    serve.set_defaults(func=cmd_serve)
    sub.add_parser("worker", help="run the job worker").set_defaults(func=cmd_worker)
    sub.add_parser("dev", help="run the whole product locally with demo data").set_defaults(
        func=cmd_dev
    )
