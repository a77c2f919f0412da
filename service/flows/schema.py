"""The published JSON Schema of the flow format, generated from the pydantic models.

Regenerate the committed file after changing `spec.py`:
    consultor flows schema --write
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from service.flows.spec import SPEC_VERSION, Flow

SCHEMA_DRAFT = "https://json-schema.org/draft/2020-12/schema"


def flow_schema() -> dict[str, Any]:
    """The JSON Schema of the current spec version."""
    schema = Flow.model_json_schema(mode="validation")
    return {
        "$schema": SCHEMA_DRAFT,
        **schema,
        "title": f"Consultor.AI flow (spec version {SPEC_VERSION})",
    }


def schema_text() -> str:
    """The schema as the committed file holds it (stable key order, trailing newline)."""
    return json.dumps(flow_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def schema_path() -> Path:
    """Where the committed schema file lives inside the package."""
    return Path(str(resources.files("service.flows").joinpath("schema/flow.schema.json")))


def write_schema(path: Path | None = None) -> Path:
    """Write the generated schema to `path` (default: the committed file); return the path."""
    target = path or schema_path()
    target.write_text(schema_text(), encoding="utf-8")
    return target
