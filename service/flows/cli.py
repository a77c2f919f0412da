"""`consultor simulate` and `consultor flows validate|schema` sub-commands.

Registered by `service.cli` as `consultor simulate …` and `consultor flows …`.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from service.exceptions import FlowError, FlowValidationError
from service.flows.schema import schema_path, schema_text, write_schema
from service.flows.simulator import run_interactive, run_jsonl
from service.flows.spec import Flow
from service.flows.templates import TEMPLATE_NAMES, load_template
from service.flows.validate import load_flow, validate


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add `simulate` and `flows` to the `consultor` sub-commands."""
    sim = sub.add_parser("simulate", help="converse with a flow in the terminal")
    source = sim.add_mutually_exclusive_group(required=True)
    source.add_argument("--template", choices=TEMPLATE_NAMES, help="a shipped template")
    source.add_argument("--flow", type=Path, metavar="FILE", help="a flow JSON file")
    sim.add_argument("--jsonl", action="store_true", help="speak JSON lines on stdin/stdout")
    sim.add_argument("--now", help="the conversation's start time (ISO 8601; default: now)")
    sim.set_defaults(func=run_simulate)

    flows = sub.add_parser("flows", help="validate flows and publish their JSON Schema")
    flows_sub = flows.add_subparsers(dest="flows_command", required=True)
    check = flows_sub.add_parser("validate", help="check a flow JSON file")
    check.add_argument("file", type=Path)
    check.set_defaults(func=run_validate)
    schema = flows_sub.add_parser("schema", help="print or write the flow JSON Schema")
    schema.add_argument(
        "--write",
        nargs="?",
        const=str(schema_path()),
        metavar="PATH",
        help="write the schema (default: the committed file in the package)",
    )
    schema.add_argument(
        "--check", action="store_true", help="exit 1 if the committed file is out of date"
    )
    schema.set_defaults(func=run_schema)


def _read_json(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise FlowValidationError(["(root): expected a JSON object"])
    return data


def run_simulate(args: argparse.Namespace) -> int:
    """Run the simulator on stdin/stdout."""
    try:
        flow: Flow = (
            load_template(args.template) if args.template else load_flow(_read_json(args.flow))
        )
    except (OSError, ValueError, FlowError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        now = datetime.fromisoformat(args.now) if args.now else datetime.now(UTC)
    except ValueError:
        print(f"error: --now {args.now!r} is not an ISO 8601 date-time", file=sys.stderr)
        return 2
    if args.jsonl:
        return run_jsonl(flow, sys.stdin, sys.stdout, now)
    return run_interactive(flow, sys.stdin, sys.stdout, now)


def run_validate(args: argparse.Namespace) -> int:
    """Print every problem of a flow file; exit 1 when it is invalid."""
    try:
        errors = validate(_read_json(args.file))
    except (OSError, ValueError) as exc:
        errors = [f"(file): {exc}"]
    except FlowValidationError as exc:
        errors = exc.errors
    for error in errors:
        print(error)
    if not errors:
        print(f"{args.file}: ok")
    return 1 if errors else 0


def run_schema(args: argparse.Namespace) -> int:
    """Print the schema, write it (`--write`), or check the committed copy (`--check`)."""
    if args.check:
        current = schema_path().read_text(encoding="utf-8") if schema_path().exists() else ""
        if current != schema_text():
            print(f"{schema_path()} is out of date: run `consultor flows schema --write`")
            return 1
        return 0
    if args.write:
        print(f"wrote {write_schema(Path(args.write))}")
        return 0
    sys.stdout.write(schema_text())
    return 0
