"""Money amounts in reais (`R$ 800,00`, `uns mil reais`, `até 1.500`, `1,5 mil`, `2k`)."""

from __future__ import annotations

from service.flows.parsing.numbers import number_tokens

MAX_AMOUNT = 100_000_000


def parse_money(text: str) -> int | None:
    """The amount in whole reais; with a range (`de 500 a 800`) the upper end, as a budget."""
    amounts: list[float] = []
    for value, nxt in number_tokens(text):
        if nxt == "k":
            value *= 1000
        if nxt in ("milhao", "milhoes"):
            value *= 1_000_000
        amounts.append(value)
    if not amounts:
        return None
    best = max(amounts)
    if not 0 < best <= MAX_AMOUNT:
        return None
    return int(round(best))
