"""Benchmark of the whole AI step (prompt, call, check, fallback) against the fake Groq.

Prints p50/p95 latency and the share of replies served by the fallback, with the fake
answering in 300 ms, in 3 s (beyond the 2.5 s budget) and trickling its body a byte every
0.2 s (no read ever times out; only the whole-call deadline stops it). Bounded: 40 requests per scenario,
4 at a time. Run: `.venv/bin/python bench/ai.py`.
"""

from __future__ import annotations

import itertools
import logging
import statistics
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from service.adapters.groq import GroqChatModel  # noqa: E402
from service.ai.breaker import CircuitBreaker  # noqa: E402
from service.ai.models import AIRequest, ConsultantProfile  # noqa: E402
from service.ai.replies import AIReply, AIResponder  # noqa: E402
from tests.fakes.groq import FakeGroq, FakeReply  # noqa: E402

REQUESTS = 40
CONCURRENCY = 4
BUDGET_S = 2.5
HONEST = "A carência depende da operadora e do plano; te passo tudo na cotação 😊"
VIOLATION = "Sem carência nenhuma e aprovação garantida!"


def _scripted_groq() -> Any:
    """Every 5th first answer breaks a rule, so some replies need the regeneration."""
    counter = itertools.count(1)
    lock = threading.Lock()

    def respond(body: dict[str, Any]) -> FakeReply:
        if body["messages"][-1]["role"] == "system":  # a regeneration after feedback
            return FakeReply(text=HONEST)
        with lock:
            n = next(counter)
        return FakeReply(text=VIOLATION if n % 5 == 0 else HONEST)

    return respond


def _request(n: int) -> AIRequest:
    return AIRequest(
        vertical="saude",
        step_id="duvidas",
        question=f"Pergunta {n}: tem carência para consultas?",
        fallback_text="Vou confirmar com o consultor e já te respondo 😊",
        consultant=ConsultantProfile(name="Ana Lima"),
        cache_scope="bench",
    )


def _run(label: str, latency_s: float, breaker_threshold: int, trickle_s: float = 0.0) -> None:
    responder_fn = (lambda _body: FakeReply.trickled(trickle_s)) if trickle_s else _scripted_groq()
    with FakeGroq(latency_s=latency_s, responder=responder_fn) as fake:
        model = GroqChatModel(
            api_key=fake.api_key, model="llama-3.1-8b-instant", base_url=fake.base_url
        )
        breaker = CircuitBreaker(failure_threshold=breaker_threshold, cooldown_s=30)
        responder = AIResponder(model, budget_s=BUDGET_S, breaker=breaker)

        def one(n: int) -> tuple[float, AIReply]:
            started = time.perf_counter()
            reply = responder.reply(_request(n))
            return (time.perf_counter() - started) * 1000, reply

        with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
            results = list(pool.map(one, range(REQUESTS)))
        model.close()
    times = sorted(ms for ms, _ in results)
    q = statistics.quantiles(times, n=20, method="inclusive")
    sources = Counter(r.source for _, r in results)
    reasons = Counter(r.fallback_reason for _, r in results if r.fallback_reason)
    fallback_share = sources["fallback"] / len(results)
    regenerated = sum(1 for _, r in results if r.rejected and r.source == "ai")
    print(
        f"{label:<34} p50 {statistics.median(times):7.0f} ms   p95 {q[18]:7.0f} ms   "
        f"max {times[-1]:7.0f} ms   fallback {fallback_share:6.1%}   "
        f"regenerated {regenerated}   sources {dict(sources)}   fallback reasons {dict(reasons)}"
    )


def main() -> None:
    """Run the scenarios and print one line of figures each."""
    logging.disable(logging.WARNING)  # failures are the point here; keep the figures readable
    print(
        f"AI step, {REQUESTS} requests per scenario, {CONCURRENCY} at a time, budget {BUDGET_S} s"
    )
    _run("Groq 300 ms", 0.3, breaker_threshold=5)
    _run("Groq 3 s, breaker on (5 failures)", 3.0, breaker_threshold=5)
    _run("Groq 3 s, breaker off", 3.0, breaker_threshold=10**9)
    _run("Groq trickling, breaker off", 0.0, breaker_threshold=10**9, trickle_s=0.2)


if __name__ == "__main__":
    main()
