"""Forward migrations of older flow spec versions to the current one.

Each migration takes the raw JSON of version N and returns version N+1; `migrate` chains
them. Definitions stored by consultants are never rewritten in place: they are migrated
on every load, so an old definition keeps working after the spec moves on.

Version history:
    1  steps under `passos`, next step in `seguinte`, answer type in `validacao`
    2  steps under `etapas`, next step in `proxima`, answer type in `resposta` (current)
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from service.exceptions import FlowVersionError
from service.flows.spec import SPEC_VERSION

Raw = dict[str, Any]


def _v1_to_v2(raw: Raw) -> Raw:
    out = {k: v for k, v in raw.items() if k != "passos"}
    steps = raw.get("passos", raw.get("etapas", []))
    out["etapas"] = [_v1_step(s) for s in steps] if isinstance(steps, list) else steps
    out["versao"] = 2
    return out


def _v1_step(step: Any) -> Any:
    if not isinstance(step, dict):
        return step
    renamed = {"seguinte": "proxima", "validacao": "resposta"}
    out = {renamed.get(k, k): v for k, v in step.items()}
    for key in ("opcoes", "regras"):
        items = out.get(key)
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and "seguinte" in item:
                item["proxima"] = item.pop("seguinte")
    return out


MIGRATIONS: dict[int, Callable[[Raw], Raw]] = {1: _v1_to_v2}


def version_of(raw: Raw) -> int:
    """The spec version a raw definition declares (1 when it declares none)."""
    version = raw.get("versao", 1)
    if isinstance(version, bool) or not isinstance(version, int):
        raise FlowVersionError(f"versao: expected an integer, got {version!r}")
    return version


def migrate(raw: Raw) -> Raw:
    """Return a copy of `raw` migrated forward to the current spec version."""
    version = version_of(raw)
    if version > SPEC_VERSION:
        raise FlowVersionError(
            f"versao: {version} is newer than this service supports ({SPEC_VERSION})"
        )
    if version < 1:
        raise FlowVersionError(f"versao: {version} is not a known spec version")
    out = copy.deepcopy(raw)
    while version < SPEC_VERSION:
        out = MIGRATIONS[version](out)
        version = version_of(out)
    return out
