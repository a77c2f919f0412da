"""Evaluation of a flow condition (`{"variavel": "orcamento_mensal", "op": "maior", ...}`)."""

from __future__ import annotations

from typing import Any

from service.flows.parsing.text import normalize
from service.flows.spec import Condicao


def _number(value: Any) -> int | float | None:
    # Kept as is: float() of an int past 1e308 raises, and Python compares int and float exactly.
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return normalize(a) == normalize(b)
    return bool(a == b)


def holds(cond: Condicao, variables: dict[str, Any]) -> bool:
    """Whether the condition is true for these variables (missing variables are None)."""
    value = variables.get(cond.variavel)
    op, target = cond.op, cond.valor
    if op == "existe":
        return value is not None
    if op == "nao_existe":
        return value is None
    if op == "igual":
        return _same(value, target)
    if op == "diferente":
        return not _same(value, target)
    if op in ("em", "fora"):
        found = isinstance(target, list) and any(_same(value, t) for t in target)
        return found if op == "em" else not found
    if op == "contem":
        if isinstance(value, list):
            return any(_same(v, target) for v in value)
        if isinstance(value, str) and isinstance(target, str):
            return normalize(target) in normalize(value)
        return False
    left, right = _number(value), _number(target)
    if left is None or right is None:
        return False
    return {
        "maior": left > right,
        "maior_igual": left >= right,
        "menor": left < right,
        "menor_igual": left <= right,
    }[op]
