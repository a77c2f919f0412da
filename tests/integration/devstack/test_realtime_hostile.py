"""Realtime against subscribers that try to hurt the gateway or read what they must not."""

from __future__ import annotations

import asyncio
from typing import Any

from tests.integration.devstack.test_realtime_py import make_table, subscriber, wait_for

# Backtracking regex engines take exponential (regex) or O(n^12) (LIKE) time on these.
EVIL_BODY = "a" * 40 + "!"
EVIL_FILTERS = ("body=match.^(a+)+$", "body=imatch.^(a|aa)+$", "body=like." + "%a" * 12 + "%b")


def test_pathological_filter_patterns_do_not_stall_other_subscribers(stack):
    table = make_table(stack)
    service = stack.service_key
    evil: dict[str, list[dict[str, Any]]] = {f: [] for f in EVIL_FILTERS}
    plain: list[dict[str, Any]] = []

    async def scenario() -> None:
        clients = [
            await subscriber(stack, table, service, sink, event="INSERT", filter=text)
            for text, sink in evil.items()
        ]
        clients.append(await subscriber(stack, table, service, plain, event="INSERT"))
        stack.sql(f"insert into public.{table}(body, n) values (%s, 1)", (EVIL_BODY,))
        stack.sql(
            f"insert into public.{table}(body, n) values (%s, 2), ('aaaa', 3)", ("a" * 12 + "b",)
        )
        await wait_for(lambda: len(plain) >= 3, "every insert at the unfiltered subscriber")
        # Changes fan out in commit order, so these saw the hostile row first.
        await wait_for(lambda: all(len(s) >= 1 for s in evil.values()), "the matching rows")
        for client in clients:
            await client.close()

    asyncio.run(scenario())
    assert [r["record"]["n"] for r in plain] == [1, 2, 3]
    # a{12}b matches only the LIKE pattern; 'aaaa' only the regexes (a's to the end).
    assert [r["record"]["n"] for r in evil[EVIL_FILTERS[2]]] == [2]
    for text in EVIL_FILTERS[:2]:
        assert [r["record"]["n"] for r in evil[text]] == [3], text
