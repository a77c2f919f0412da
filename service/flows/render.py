"""Text interpolation (`Olá, {nome}!`) and how variable values read in pt-BR messages."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from service.flows.spec import MAX_TEXT_CHARS

# `{nome}` or `{nome|texto se vazio}`: the fallback replaces a missing or empty value.
PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)(?:\|([^{}]*))?\}")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
MISSING = "não informado"


def show(value: Any) -> str:
    """A variable value as a lead would read it (`[34, 31, 5]` → `34, 31 e 5`)."""
    if value is None:
        return MISSING
    if isinstance(value, bool):
        return "sim" if value else "não"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):  # never through float(): an int past 1e308 would not fit
        return f"{value:,}".replace(",", ".")
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")
    if isinstance(value, list):
        items = [show(v) for v in value]
        if not items:
            return MISSING
        return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " e " + items[-1]
    if isinstance(value, str) and _ISO_DATETIME.match(value):
        try:
            when = datetime.fromisoformat(value)
        except ValueError:
            return value
        return when.strftime("%d/%m às %H:%M")
    return str(value)


def interpolate(template: str, variables: dict[str, Any]) -> str:
    """Replace `{name}` placeholders with shown values; cut to WhatsApp's text limit."""

    def fill(match: re.Match[str]) -> str:
        value = variables.get(match.group(1))
        fallback = match.group(2)
        if fallback is not None and value in (None, "", []):
            return fallback
        return show(value)

    return PLACEHOLDER.sub(fill, template)[:MAX_TEXT_CHARS]
