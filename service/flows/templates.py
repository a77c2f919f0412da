"""The vertical templates that ship with the product (`saude`, `imoveis`)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from service.flows.spec import Flow
from service.flows.validate import load_flow

TEMPLATE_NAMES: tuple[str, ...] = ("saude", "imoveis")


def template_json(name: str) -> dict[str, Any]:
    """The raw JSON of a shipped template (KeyError for an unknown name)."""
    if name not in TEMPLATE_NAMES:
        raise KeyError(f"unknown template {name!r}; expected one of {', '.join(TEMPLATE_NAMES)}")
    text = resources.files("service.flows").joinpath(f"templates/{name}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def load_template(name: str) -> Flow:
    """A shipped template, validated and ready for the engine."""
    return load_flow(template_json(name))
