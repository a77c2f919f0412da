"""The simulator and flow sub-commands, driven as a program would drive them."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from service import cli
from service.flows import cli as flows_cli
from service.flows.templates import template_json

ROOT = Path(__file__).resolve().parents[3]


def run(args: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run `consultor <args>` in-process, through the real CLI."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(args)
    finally:
        sys.stdin = saved
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def test_the_module_runs_as_a_program() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "service.cli", "simulate", "--template", "saude", "--jsonl"],
        input='{"text": "sim"}\n',
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert [json.loads(x)["awaiting"] for x in result.stdout.splitlines()] == [
        "consentimento_lgpd",
        "nome",
    ]


def test_register_adds_simulate_and_flows_to_a_parent_parser() -> None:
    parser = argparse.ArgumentParser()
    flows_cli.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["simulate", "--template", "saude", "--jsonl"])
    assert args.func is flows_cli.run_simulate and args.jsonl and args.template == "saude"
    args = parser.parse_args(["flows", "validate", "x.json"])
    assert args.func is flows_cli.run_validate
    with pytest.raises(SystemExit):
        parser.parse_args(["simulate", "--template", "saude", "--flow", "x.json"])


def test_jsonl_simulation_greets_first_then_answers_each_line() -> None:
    lines = [
        {"text": "sim"},
        {"text": "Ana"},
        {"type": "audio"},
        {"type": "list", "reply_id": "individual", "text": "Só para mim"},
        {"text": "PARAR"},
    ]
    stdin = "".join(json.dumps(line) + "\n" for line in lines)
    result = run(["simulate", "--template", "saude", "--jsonl", "--now", "2026-11-26T10:00:00-03:00"], stdin)  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 1 + len(lines)
    greeting = out[0]
    assert greeting["awaiting"] == "consentimento_lgpd" and greeting["done"] is False
    assert greeting["status"] == "novo" and greeting["score"] == 0
    assert greeting["replies"][0]["text"].startswith("Olá! 👋")
    assert greeting["replies"][1]["type"] == "send_buttons"
    assert out[1]["awaiting"] == "nome" and out[1]["status"] == "em_atendimento"
    assert out[2]["variables"]["nome"] == "Ana" and out[2]["awaiting"] == "tipo_contratacao"
    assert "texto" in out[3]["replies"][0]["text"] and out[3]["awaiting"] == "tipo_contratacao"
    assert (
        out[4]["awaiting"] == "idades" and out[4]["variables"]["tipo_contratacao"] == "individual"
    )
    assert out[5]["done"] is True and out[5]["awaiting"] is None and out[5]["status"] == "perdido"
    assert {key for key in out[5]} >= {
        "replies",
        "awaiting",
        "variables",
        "status",
        "score",
        "done",
    }


def test_jsonl_simulation_reports_bad_lines_and_keeps_going() -> None:
    result = run(["simulate", "--template", "imoveis", "--jsonl"], 'nonsense\n{"text": "sim"}\n')
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert "error" in out[1] and out[2]["awaiting"] == "nome"


def test_interactive_simulation_reads_the_terminal(tmp_path: Path) -> None:
    result = run(["simulate", "--template", "saude"], "sim\n/audio\nBeto\n")
    assert result.returncode == 0
    assert "🤖 Olá! 👋" in result.stdout
    assert "[Sim, pode seguir]" in result.stdout
    assert "só consigo ler mensagens de texto" in result.stdout
    assert "Prazer, Beto!" in result.stdout


def test_simulate_a_flow_file(tmp_path: Path) -> None:
    path = tmp_path / "f.json"
    path.write_text(json.dumps(template_json("imoveis")), encoding="utf-8")
    result = run(["simulate", "--flow", str(path), "--jsonl"], "")
    assert json.loads(result.stdout.splitlines()[0])["awaiting"] == "consentimento_lgpd"


def test_simulating_an_invalid_flow_file_fails_with_the_errors(tmp_path: Path) -> None:
    raw = template_json("saude")
    raw["etapas"][0]["proxima"] = "fim2"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    result = run(["simulate", "--flow", str(path), "--jsonl"])
    assert result.returncode == 1 and 'etapas[0].proxima: unknown step "fim2"' in result.stderr


def test_validate_prints_errors_and_exits_1_on_an_invalid_flow(tmp_path: Path) -> None:
    raw = template_json("saude")
    raw["etapas"][3]["proxima"] = "fim2"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    result = run(["flows", "validate", str(bad)])
    assert result.returncode == 1
    assert 'etapas[3].proxima: unknown step "fim2"' in result.stdout
    good = tmp_path / "good.json"
    good.write_text(json.dumps(template_json("saude")), encoding="utf-8")
    result = run(["flows", "validate", str(good)])
    assert result.returncode == 0 and "ok" in result.stdout
    result = run(["flows", "validate", str(tmp_path / "missing.json")])
    assert result.returncode == 1


def test_schema_command_prints_writes_and_checks(tmp_path: Path) -> None:
    printed = run(["flows", "schema"])
    assert json.loads(printed.stdout)["title"].startswith("Consultor.AI flow")
    target = tmp_path / "schema.json"
    assert run(["flows", "schema", "--write", str(target)]).returncode == 0
    assert target.read_text(encoding="utf-8") == printed.stdout
    assert run(["flows", "schema", "--check"]).returncode == 0


def test_a_bad_now_is_reported_not_raised() -> None:
    result = run(["simulate", "--template", "saude", "--jsonl", "--now", "ontem"])
    assert result.returncode == 2 and "ISO 8601" in result.stderr
