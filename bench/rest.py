"""Benchmark: a filtered, ordered, limited select through /rest/v1 versus plain psycopg.

Starts its own devstack on free ports (folder under .devstack/, removed afterwards), loads
100,000 rows owned by 10 users behind an `owner = auth.uid()` RLS policy, then runs the
same query as one authenticated user:

    GET /rest/v1/bench_items?select=id,title,score&category=eq.3&score=gt.50
        &order=created_at.desc&limit=20

and directly with psycopg (same role, claims and RLS, one transaction per query), and
prints requests/s and p50/p95 latency for both and their ratio.

    .venv/bin/python bench/rest.py [--seconds 10]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from devstack import keys  # noqa: E402
from devstack.stack import ephemeral_stack  # noqa: E402

ROWS = 100_000
USERS = 10
SETUP = """
create table public.bench_items (
  id bigint generated always as identity primary key,
  owner uuid not null,
  category int not null,
  score int not null,
  title text not null,
  created_at timestamptz not null
);
insert into public.bench_items (owner, category, score, title, created_at)
select (array[{owners}])[1 + i % {users}], i % 7, (i * 37) % 100, 'item ' || i,
       now() - make_interval(secs => i)
from generate_series(1, {rows}) as i;
create index on public.bench_items (owner, category, created_at desc);
alter table public.bench_items enable row level security;
create policy own on public.bench_items for select to authenticated using (owner = auth.uid());
grant select on public.bench_items to authenticated;
analyze public.bench_items;
notify pgrst, 'reload schema';
"""
DIRECT_SQL = (
    "select id, title, score from public.bench_items where category = %s and score > %s"
    " order by created_at desc limit 20"
)


def measure(run: Callable[[], None], seconds: float) -> list[float]:
    """Latencies (seconds) of sequential calls for about `seconds`, after a warm-up."""
    for _ in range(50):
        run()
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        start = time.perf_counter()
        run()
        latencies.append(time.perf_counter() - start)
    return latencies


def report(label: str, latencies: list[float]) -> float:
    """Print one line of figures and return requests/s."""
    rps = len(latencies) / sum(latencies)
    cuts = statistics.quantiles(latencies, n=100)
    print(
        f"{label:<22} {rps:9.0f} req/s   p50 {cuts[49] * 1000:7.2f} ms"
        f"   p95 {cuts[94] * 1000:7.2f} ms   (n={len(latencies)})"
    )
    return rps


def main() -> None:
    """Start a stack, load data, measure both paths, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()

    print("starting devstack and loading", ROWS, "rows ...", flush=True)
    with ephemeral_stack(ROOT, name="bench-rest") as stack:
        config = stack.config
        owners = [str(uuid.uuid4()) for _ in range(USERS)]
        with psycopg.connect(config.db_url(), autocommit=True) as conn:
            setup = SETUP.format(
                owners=", ".join(f"'{o}'::uuid" for o in owners), users=USERS, rows=ROWS
            )
            conn.execute(setup.encode())
        stack.start_gateway_detached()
        user = owners[0]
        claims = {
            "sub": user,
            "role": "authenticated",
            "aud": "authenticated",
            "exp": keys.now() + 3600,
        }
        token = keys.sign(claims, config.jwt_secret)

        http = httpx.Client(
            base_url=f"{config.api_url}/rest/v1",
            headers={"apikey": config.anon_key, "Authorization": f"Bearer {token}"},
        )
        params = {
            "select": "id,title,score",
            "category": "eq.3",
            "score": "gt.50",
            "order": "created_at.desc",
            "limit": "20",
        }

        def via_gateway() -> None:
            response = http.get("/bench_items", params=params)
            response.raise_for_status()
            assert len(response.json()) == 20

        direct = psycopg.connect(config.db_url("authenticator"), autocommit=True)
        claims_json = httpx.Response(200, json=claims).text

        def via_psycopg() -> None:
            with direct.transaction():
                direct.execute(
                    "select set_config('role', 'authenticated', true),"
                    " set_config('request.jwt.claims', %s, true)",
                    (claims_json,),
                )
                rows = direct.execute(DIRECT_SQL, (3, 50)).fetchall()
                assert len(rows) == 20

        print(f"query: {DIRECT_SQL % (3, 50)}  (as one authenticated user, RLS on)")
        gateway_rps = report("gateway /rest/v1", measure(via_gateway, args.seconds))
        direct_rps = report("psycopg direct", measure(via_psycopg, args.seconds))
        print(f"ratio psycopg/gateway  {direct_rps / gateway_rps:9.1f}x")
        http.close()
        direct.close()


if __name__ == "__main__":
    main()
