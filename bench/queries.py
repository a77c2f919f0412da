"""Dashboard query latency on a loaded database: p95 through REST and directly with psycopg.

Starts its own devstack on free ports in a temporary folder, loads N consultants x M leads x
K messages per lead (defaults 200 x 1,000 x 20, as issue 4 asks), then runs the dashboard's
three hot queries as randomly chosen signed-in consultants (RLS on), both through /rest/v1
and directly in Postgres with PostgREST's role/claims settings, and prints p50/p95/max.

    .venv/bin/python bench/queries.py [--consultants 200] [--leads 1000] [--messages 20]

Loading is done in SQL with generate_series (no rows travel over the wire), in batches of
consultants with user triggers and foreign-key checks off (session_replication_role =
replica) and the secondary indexes of leads/messages dropped and rebuilt afterwards. The
gateway (and its realtime replication slot) starts only after the load, so the load is not
decoded for realtime.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from devstack import keys  # noqa: E402
from devstack.config import StackConfig  # noqa: E402
from devstack.stack import ephemeral_stack  # noqa: E402

TARGET_MS = 50.0
FIRST_NAMES = [
    "João",
    "José",
    "Maria",
    "Ana",
    "Antônio",
    "Francisco",
    "Luís",
    "Lúcia",
    "Márcia",
    "Sérgio",
    "Fábio",
    "Cláudia",
    "Vinícius",
    "Inês",
    "Otávio",
    "Patrícia",
    "Caio",
    "Letícia",
    "Heitor",
    "Débora",
    "Raul",
    "Tânia",
    "André",
    "Mônica",
]
SURNAMES = [
    "Silva",
    "Santos",
    "Oliveira",
    "Souza",
    "Conceição",
    "Gonçalves",
    "Araújo",
    "Magalhães",
    "Simões",
    "Brandão",
    "Assunção",
    "Peçanha",
    "Guimarães",
    "Câmara",
    "Fonseca",
    "Ribeiro",
    "Carvalho",
    "Nogueira",
    "Lacerda",
    "Esteves",
]
TEXTS = [
    "Oi, quero saber sobre plano de saúde",
    "Olá! Sou a assistente virtual.",
    "Somos eu e minha esposa",
    "Quais são as idades?",
    "38 e 36",
    "Em qual cidade vocês moram?",
    "São Paulo",
    "Perfeito, já vou passar para o consultor.",
]
STATUSES = [
    "novo",
    "novo",
    "novo",
    "em_atendimento",
    "em_atendimento",
    "qualificado",
    "agendado",
    "proposta",
    "ganho",
    "perdido",
]
PIPELINE = sorted(set(STATUSES))


def sql_array(values: list[str]) -> str:
    """A text[] literal for values without quotes."""
    return "array[" + ", ".join("'" + v + "'" for v in values) + "]"


def log(message: str) -> None:
    """Progress on stderr, figures on stdout."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def secondary_indexes(conn: psycopg.Connection[Any], table: str) -> list[tuple[str, str]]:
    """(name, definition) of indexes that do not back a constraint."""
    rows = conn.execute(
        """select i.relname, pg_get_indexdef(x.indexrelid)
             from pg_index x join pg_class i on i.oid = x.indexrelid
            where x.indrelid = %s::regclass
              and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)""",
        [f"public.{table}"],
    ).fetchall()
    return [(str(name), str(definition)) for name, definition in rows]


def load(db_url: str, consultants: int, leads: int, messages: int, batch: int = 20) -> None:
    """Fill the database with consultants, leads, one conversation each, and messages."""
    with psycopg.connect(db_url, autocommit=True) as conn:
        started = time.monotonic()
        # Real sign-ups: the trigger creates each profile.
        conn.execute(
            f"""insert into auth.users (instance_id, id, aud, role, email, encrypted_password,
                 email_confirmed_at, raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
                 confirmation_token, recovery_token, email_change_token_new, email_change)
               select '00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated',
                      'authenticated', 'bench' || i || '@bench.consultor.ai', '', now(),
                      '{{"provider": "email", "providers": ["email"]}}',
                      jsonb_build_object('slug', 'bench-' || i, 'vertical',
                                         case when i % 2 = 0 then 'saude' else 'imoveis' end),
                      now(), now(), '', '', '', ''
                 from generate_series(1, {int(consultants)}) as i"""
        )
        dropped = secondary_indexes(conn, "leads") + secondary_indexes(conn, "messages")
        for name, _ in dropped:
            conn.execute(f"drop index public.{name}")
        conn.execute("set session_replication_role = replica")
        conn.execute("set maintenance_work_mem = '512MB'")
        ids = [
            row[0]
            for row in conn.execute(
                "select id from public.profiles where slug like 'bench-%' order by slug"
            )
        ]
        for first in range(0, len(ids), batch):
            chunk = ids[first : first + batch]
            # Ids come from our own query: inlining them keeps `%` free for SQL's modulo.
            ids_literal = "'{" + ",".join(str(i) for i in chunk) + "}'"
            with conn.transaction():
                conn.execute(
                    f"""insert into public.leads (consultant_id, wa_id, phone, name, vertical,
                          status, score, answers, last_message_at, created_at, status_changed_at)
                        select p.id, substr(ph.phone, 2), ph.phone,
                               ({sql_array(FIRST_NAMES)})[1 + (g * 7 + p.n) % {len(FIRST_NAMES)}]
                               || ' ' || ({sql_array(SURNAMES)})[1 + (g * 13 + p.n * 3) % {len(SURNAMES)}],
                               case when p.n % 2 = 0 then 'saude' else 'imoveis' end,
                               ({sql_array(STATUSES)})[1 + (g * 11 + p.n) % {len(STATUSES)}],
                               (g * 37 + p.n) % 101, '{{"consentimento_lgpd": true}}',
                               at.t, at.t - interval '2 days', at.t
                          from unnest({ids_literal}::uuid[]) with ordinality as p (id, n)
                          cross join generate_series(1, {leads}) as g
                          cross join lateral (select '+55' || (11 + (g + p.n) % 80)::text || '9'
                                   || lpad(((g * 7919 + p.n * 104729) % 100000000)::text, 8, '0')
                                   as phone) ph
                          cross join lateral (select now() - (random() * interval '90 days')
                                   as t) at"""
                )
                conn.execute(
                    f"""insert into public.conversations (consultant_id, lead_id, status, state,
                         window_expires_at, last_message_at, created_at)
                       select l.consultant_id, l.id, 'aguardando_lead', '{{"etapa": "idades"}}',
                              l.last_message_at + interval '24 hours', l.last_message_at,
                              l.created_at
                         from public.leads l where l.consultant_id = any({ids_literal}::uuid[])"""
                )
                conn.execute(
                    f"""insert into public.messages (consultant_id, conversation_id, lead_id,
                          direction, author, provider, provider_message_id, type, text, status,
                          created_at)
                        select c.consultant_id, c.id, c.lead_id,
                               case when k % 2 = 1 then 'in' else 'out' end,
                               case when k % 2 = 1 then 'lead' else 'bot' end, 'meta',
                               'wamid.B' || replace(c.id::text, '-', '') || k, 'text',
                               ({sql_array(TEXTS)})[1 + k % {len(TEXTS)}],
                               case when k % 2 = 1 then 'received' else 'read' end,
                               c.last_message_at - ({messages} - k) * interval '3 minutes'
                          from public.conversations c
                          cross join generate_series(1, {messages}) as k
                         where c.consultant_id = any({ids_literal}::uuid[])"""
                )
            done = min(first + batch, len(ids))
            log(f"loaded {done}/{len(ids)} consultants ({time.monotonic() - started:.0f} s)")
        conn.execute("set session_replication_role = origin")
        for name, definition in dropped:
            log(f"building {name}")
            conn.execute(definition)
        log("vacuum analyze")
        conn.execute(
            "vacuum analyze public.profiles, public.leads, public.conversations, public.messages"
        )
        conn.execute("checkpoint")
        log(f"load finished in {time.monotonic() - started:.0f} s")


class Workload:
    """Random dashboard requests: which consultant, status, search term, conversation."""

    def __init__(self, db_url: str, secret: str, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        with psycopg.connect(db_url) as conn:
            self.consultants = [str(r[0]) for r in conn.execute("select id from public.profiles")]
            self.samples: dict[str, list[tuple[str, str]]] = {}
            for cid in self.rng.sample(self.consultants, min(40, len(self.consultants))):
                rows = conn.execute(
                    """select c.id::text, l.phone from public.conversations c
                         join public.leads l on l.id = c.lead_id
                        where c.consultant_id = %s order by random() limit 20""",
                    [cid],
                ).fetchall()
                self.samples[cid] = [(str(a), str(b)) for a, b in rows]
        self.tokens = {cid: self.token(cid, secret) for cid in self.samples}

    @staticmethod
    def token(consultant: str, secret: str) -> str:
        """An access token as Supabase Auth would mint it."""
        now = keys.now()
        claims = {
            "sub": consultant,
            "role": "authenticated",
            "aud": "authenticated",
            "iat": now,
            "exp": now + 3600,
            "aal": "aal1",
            "session_id": consultant,
        }
        return keys.sign(claims, secret)

    def pick(self) -> tuple[str, str, str]:
        """(consultant, conversation id, phone of that conversation's lead)."""
        cid = self.rng.choice(list(self.samples))
        conversation, phone = self.rng.choice(self.samples[cid])
        return cid, conversation, phone

    def term(self) -> str:
        """A name fragment as typed (accents and case vary)."""
        word = self.rng.choice(FIRST_NAMES + SURNAMES)
        return self.rng.choice([word, word.lower(), word.upper()])[: self.rng.randint(4, 7)]


def normalize(term: str) -> str:
    """What the dashboard sends for search_text: lower case, no accents."""
    import unicodedata

    decomposed = unicodedata.normalize("NFD", term.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


QUERIES: dict[str, tuple[str, str]] = {
    # name: (SQL with {placeholders} for psycopg, REST path)
    "leads by status, latest first (50)": (
        "select id, name, phone, status, score, last_message_at from public.leads"
        " where status = %(status)s order by last_message_at desc limit 50",
        "leads?select=id,name,phone,status,score,last_message_at&status=eq.{status}"
        "&order=last_message_at.desc&limit=50",
    ),
    "search by name, accent-insensitive (20)": (
        "select id, name, phone, status, last_message_at from public.leads"
        " where search_text ilike %(like)s order by last_message_at desc limit 20",
        "leads?select=id,name,phone,status,last_message_at&search_text=ilike.*{term}*"
        "&order=last_message_at.desc&limit=20",
    ),
    "search by number fragment (20)": (
        "select id, name, phone, status, last_message_at from public.leads"
        " where search_text ilike %(digits_like)s order by last_message_at desc limit 20",
        "leads?select=id,name,phone,status,last_message_at&search_text=ilike.*{digits}*"
        "&order=last_message_at.desc&limit=20",
    ),
    "messages of a conversation, in order (100)": (
        "select id, direction, author, type, text, status, created_at from public.messages"
        " where conversation_id = %(conversation)s order by created_at limit 100",
        "messages?select=id,direction,author,type,text,status,created_at"
        "&conversation_id=eq.{conversation}&order=created_at.asc&limit=100",
    ),
}


def parameters(work: Workload) -> tuple[str, dict[str, str]]:
    """One random request's consultant and parameters."""
    cid, conversation, phone = work.pick()
    term = normalize(work.term())
    digits = phone[-8:-2]
    return cid, {
        "status": work.rng.choice(PIPELINE),
        "term": term,
        "like": f"%{term}%",
        "digits": digits,
        "digits_like": f"%{digits}%",
        "conversation": conversation,
    }


def timed(run: Callable[[], int], iterations: int, warmup: int) -> tuple[list[float], int]:
    """Milliseconds per call (after warm-up), and the rows returned by the last call."""
    rows = 0
    for _ in range(warmup):
        rows = run()
    samples = []
    for _ in range(iterations):
        start = time.perf_counter()
        rows = run()
        samples.append((time.perf_counter() - start) * 1000)
    return samples, rows


def p95(samples: list[float]) -> float:
    """95th percentile."""
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


def measure(
    config: StackConfig, work: Workload, iterations: int
) -> list[tuple[str, str, list[float], int]]:
    """Run every query through REST and directly; returns (query, path, samples, rows)."""
    results = []
    headers = {"apikey": config.anon_key}
    with (
        psycopg.connect(config.db_url("authenticator", "postgres")) as conn,
        httpx.Client(base_url=f"{config.api_url}/rest/v1", headers=headers, timeout=30) as http,
    ):
        for name, (query, path) in QUERIES.items():

            def direct(query: str = query) -> int:
                cid, params = parameters(work)
                claims = json.dumps({"sub": cid, "role": "authenticated"})
                with conn.transaction():
                    conn.execute(
                        "select set_config('role', 'authenticated', true),"
                        " set_config('request.jwt.claims', %s, true)",
                        [claims],
                    )
                    return len(conn.execute(query, params).fetchall())

            def rest(path: str = path) -> int:
                cid, params = parameters(work)
                response = http.get(
                    path.format(**params), headers={"Authorization": f"Bearer {work.tokens[cid]}"}
                )
                response.raise_for_status()
                return len(response.json())

            for label, run in (("psycopg", direct), ("REST", rest)):
                samples, rows = timed(run, iterations, warmup=max(5, iterations // 20))
                results.append((name, label, samples, rows))
                log(f"{label:8} {name}: p95 {p95(samples):.1f} ms")
    return results


def main(argv: list[str] | None = None) -> int:
    """Start a stack, load it, measure, print, tear down."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--consultants", type=int, default=200)
    parser.add_argument("--leads", type=int, default=1000, help="leads per consultant")
    parser.add_argument("--messages", type=int, default=20, help="messages per lead")
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--keep", action="store_true", help="leave the stack running")
    args = parser.parse_args(argv)

    with ephemeral_stack(ROOT, name="bench-queries", keep=args.keep) as stack:
        config = stack.config
        log(f"devstack in {config.data_dir}")
        load(config.db_url(), args.consultants, args.leads, args.messages)
        stack.start_gateway_detached()
        with psycopg.connect(config.db_url()) as conn:
            sizes = conn.execute(
                "select (select count(*) from public.leads), (select count(*) from public.messages),"
                " pg_size_pretty(pg_database_size(current_database()))"
            ).fetchone()
        work = Workload(config.db_url(), config.jwt_secret)
        results = measure(config, work, args.iterations)
    assert sizes is not None
    print(
        f"\n{sizes[0]:,} leads, {sizes[1]:,} messages, database {sizes[2]}; "
        f"{args.iterations} requests per row, random consultants (RLS on)\n"
    )
    print(f"{'query':45} {'path':8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'rows':>5}  target")
    failed = False
    for name, label, samples, rows in results:
        ok = p95(samples) < TARGET_MS
        failed |= not ok
        print(
            f"{name:45} {label:8} {statistics.median(samples):8.1f} {p95(samples):8.1f} "
            f"{max(samples):8.1f} {rows:5d}  {'ok' if ok else 'OVER ' + str(TARGET_MS)}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
