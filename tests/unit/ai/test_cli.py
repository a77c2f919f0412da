"""`consultor compliance check`: JSON lines in, one verdict line out per input."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

from service.ai import cli


def _run(vertical: str, lines: list[str]) -> tuple[int, list[dict[str, object]]]:
    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["compliance", "check", "--vertical", vertical])
    out = StringIO()
    status = args.func(args, stdin=StringIO("\n".join(lines) + "\n"), stdout=out)
    return status, [json.loads(line) for line in out.getvalue().splitlines()]


def test_each_input_line_gets_one_verdict_line() -> None:
    status, verdicts = _run(
        "saude",
        [
            json.dumps({"text": "Sem carência nenhuma!"}),
            json.dumps({"text": "O valor é uma estimativa, confirmo na cotação."}),
        ],
    )
    assert status == 0
    assert verdicts[0]["ok"] is False
    assert verdicts[0]["violations"][0]["rule"] == "ans.promessa_cobertura"  # type: ignore[index]
    assert verdicts[1] == {"ok": True, "violations": []}


def test_vertical_selects_the_rules() -> None:
    _, verdicts = _run("imoveis", [json.dumps({"text": "Valoriza 30% ao ano"})])
    assert verdicts[0]["violations"] == [
        {
            "rule": "creci.promessa_valorizacao",
            "reason": "Promete valorização ou rentabilidade do imóvel.",
        }
    ]


def test_lead_message_enables_context_rules() -> None:
    line = json.dumps({"text": "Oi! Posso ajudar?", "lead_message": "vc é robô?"})
    _, verdicts = _run("saude", [line])
    assert verdicts[0]["ok"] is False


def test_bad_lines_get_an_error_line_and_a_nonzero_exit_without_stopping() -> None:
    status, verdicts = _run(
        "saude",
        ["{not json", json.dumps({"texto": "x"}), "", json.dumps({"text": "Olá!"})],
    )
    assert status == 2
    assert len(verdicts) == 3
    assert str(verdicts[0]["error"]).startswith("linha 1: JSON inválido")
    assert str(verdicts[1]["error"]).startswith("linha 2:")
    assert verdicts[2] == {"ok": True, "violations": []}


def test_module_runs_as_a_command() -> None:
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run(
        [sys.executable, "-m", "service.cli", "compliance", "check", "--vertical", "saude"],
        input='{"text": "me manda seu CPF"}\n',
        capture_output=True,
        text=True,
        cwd=root,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["violations"][0]["rule"] == "lgpd.dados_sensiveis"
