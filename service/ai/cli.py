"""`consultor compliance check`: check texts against the guardrails, one JSON line each.

    echo '{"text": "Sem carência nenhuma!"}' | consultor compliance check --vertical saude
    {"ok":false,"violations":[{"rule":"ans.promessa_cobertura","reason":"Promete ..."}]}

Optional per line: "lead_message" (what the lead asked, for rules that depend on it).
Exit status: 0 when every line was checked (whatever the verdicts), 2 when a line was invalid.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from service.ai.compliance import check_reply
from service.ai.models import VERTICALS, ComplianceContext, Vertical

EXIT_BAD_INPUT = 2


def register(sub: Any) -> None:
    """Add `compliance check --vertical saude|imoveis` to the `consultor` sub-commands."""
    compliance = sub.add_parser("compliance", help="conformidade das respostas (ANS, CRECI, LGPD)")
    commands = compliance.add_subparsers(dest="compliance_command", required=True)
    check = commands.add_parser(
        "check",
        help='lê linhas JSON {"text": "..."} da entrada e escreve um veredito por linha',
    )
    check.add_argument("--vertical", choices=VERTICALS, required=True)
    check.set_defaults(func=run_check)


def run_check(
    args: argparse.Namespace, stdin: TextIO | None = None, stdout: TextIO | None = None
) -> int:
    """Check each JSON line of stdin and write its verdict (or an error) as one JSON line."""
    source = stdin if stdin is not None else sys.stdin
    out = stdout if stdout is not None else sys.stdout
    vertical: Vertical = args.vertical
    status = 0
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            text, lead_message = _parse(line)
        except ValueError as exc:
            status = EXIT_BAD_INPUT
            error = {"ok": False, "error": f"linha {number}: {exc}"}
            out.write(json.dumps(error, ensure_ascii=False) + "\n")
            continue
        verdict = check_reply(text, vertical, ComplianceContext(lead_message=lead_message))
        out.write(verdict.model_dump_json() + "\n")
        out.flush()
    return status


def _parse(line: str) -> tuple[str, str]:
    try:
        payload = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"JSON inválido ({exc.msg})") from exc
    if not isinstance(payload, dict) or not isinstance(payload.get("text"), str):
        raise ValueError('esperado um objeto com o campo "text" (texto)')
    lead_message = payload.get("lead_message", "")
    if not isinstance(lead_message, str):
        raise ValueError('o campo "lead_message" deve ser texto')
    return payload["text"], lead_message
