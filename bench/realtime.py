"""Benchmark: postgres_changes fan-out through /realtime/v1 with RLS per subscriber.

Starts its own devstack on free ports (folder under .devstack/, removed afterwards), creates
an RLS-protected table in the `supabase_realtime` publication (`owner = sub` policy) and
subscribes 50 official realtime-py clients: 10 users, 5 clients each. A writer thread then
commits 100 single-row inserts per second (each owned by one of the 10 users, so each change
is due to 5 clients) for 30 s. Prints delivered/expected events and the commit-to-client
latency (Postgres' `commit_timestamp` to the client's receipt) p50/p95/p99.

Postgres runs as `make dev` runs it (durable commits). With `--fsync-off` it runs like the
test suite (`synchronous_commit = off`), where a commit reaches logical decoding only when the
WAL writer flushes it (every `wal_writer_delay`, 200 ms by default), which dominates latency.

    .venv/bin/python bench/realtime.py [--seconds 30] [--rate 100] [--clients 50]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import threading
import time
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg

ROOT = Path(__file__).resolve().parent.parent
# This file is called realtime.py: keep its folder off the path so `realtime` is the client.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

from realtime import AsyncRealtimeClient  # noqa: E402

from devstack import keys  # noqa: E402
from devstack.config import StackConfig  # noqa: E402
from devstack.stack import ephemeral_stack  # noqa: E402

USERS = 10
GRACE_SECONDS = 15
SETUP = """
create table public.bench_rt (
  id bigint generated always as identity primary key,
  owner uuid not null,
  seq int not null,
  body text not null
);
alter table public.bench_rt enable row level security;
create policy own on public.bench_rt for select to authenticated
  using (owner = (current_setting('request.jwt.claims', true)::jsonb ->> 'sub')::uuid);
alter publication supabase_realtime add table public.bench_rt;
"""


def percentile(samples: list[float], q: float) -> float:
    """The q-th percentile (0..100) by nearest rank."""
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))
    return ordered[index]


def writer(db_url: str, owners: list[str], rate: float, seconds: float, done: list[int]) -> None:
    """Commit `rate` single-row inserts per second for `seconds`, on a fixed schedule."""
    total = int(rate * seconds)
    with psycopg.connect(db_url, autocommit=True) as conn:
        start = time.monotonic()
        for seq in range(total):
            due = start + seq / rate
            delay = due - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            conn.execute(
                "insert into public.bench_rt (owner, seq, body) values (%s, %s, 'x')",
                (owners[seq % len(owners)], seq),
            )
            done[0] = seq + 1


async def run(config: StackConfig, args: argparse.Namespace) -> None:
    owners = [str(uuid.uuid4()) for _ in range(USERS)]
    latencies: list[float] = []
    received = [0]
    clients: list[AsyncRealtimeClient] = []

    def on_change(payload: Any) -> None:
        now = time.time()
        stamp = payload["data"]["commit_timestamp"].replace("Z", "+00:00")
        latencies.append((now - datetime.fromisoformat(stamp).timestamp()) * 1000)
        received[0] += 1

    print(f"subscribing {args.clients} clients ...", flush=True)
    for i in range(args.clients):
        sub = owners[i % USERS]
        token = keys.sign(
            {"sub": sub, "role": "authenticated", "aud": "authenticated", "exp": keys.now() + 3600},
            config.jwt_secret,
        )
        client = AsyncRealtimeClient(f"{config.api_url}/realtime/v1", config.anon_key)
        await client.set_auth(token)
        channel = client.channel(f"bench-{i}")
        channel.on_postgres_changes(
            "INSERT",  # type: ignore[arg-type]
            callback=on_change,
            schema="public",
            table="bench_rt",
        )
        await channel.subscribe()
        clients.append(client)
    await asyncio.sleep(1)  # let the "Subscribed to PostgreSQL" confirmations land

    per_change = args.clients // USERS
    expected = int(args.rate * args.seconds) * per_change
    done = [0]
    print(
        f"writing {args.rate:g} commits/s for {args.seconds:g} s"
        f" ({per_change} subscribers per change) ...",
        flush=True,
    )
    thread = threading.Thread(
        target=writer, args=(config.db_url(), owners, args.rate, args.seconds, done), daemon=True
    )
    started = time.monotonic()
    thread.start()
    while thread.is_alive():
        await asyncio.sleep(0.2)
    elapsed = time.monotonic() - started
    deadline = time.monotonic() + GRACE_SECONDS
    while received[0] < expected and time.monotonic() < deadline:
        await asyncio.sleep(0.1)
    for client in clients:
        await client.close()

    print()
    print(f"clients                 {args.clients} ({USERS} users, RLS owner policy)")
    print(f"commits                 {done[0]} in {elapsed:.1f} s ({done[0] / elapsed:.1f}/s)")
    print(f"delivered / expected    {received[0]} / {expected}")
    if latencies:
        print(
            "commit-to-client ms     "
            f"p50 {percentile(latencies, 50):.1f}  p95 {percentile(latencies, 95):.1f}"
            f"  p99 {percentile(latencies, 99):.1f}  max {max(latencies):.1f}"
            f"  mean {statistics.fmean(latencies):.1f}"
        )


def main() -> None:
    """Start a stack, subscribe the clients, write at a fixed rate, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument(
        "--fsync-off",
        action="store_true",
        help="run Postgres as the test suite does (fsync and synchronous_commit off)",
    )
    args = parser.parse_args()

    print("starting devstack ...", flush=True)
    with ephemeral_stack(ROOT, name="bench-realtime", durable=not args.fsync_off) as stack:
        with psycopg.connect(stack.config.db_url(), autocommit=True) as conn:
            conn.execute(SETUP.encode())
        stack.start_gateway_detached()
        asyncio.run(run(stack.config, args))


if __name__ == "__main__":
    main()
