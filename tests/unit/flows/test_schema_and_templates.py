"""The published JSON Schema is current, and every template validates against it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from service.flows import TEMPLATE_NAMES, flow_schema, load_template, validate
from service.flows.schema import schema_path, schema_text
from service.flows.spec import LEAD_STATUSES, EscolhaStep, LeadStatus
from service.flows.templates import template_json

TEMPLATES_DIR = Path(__file__).resolve().parents[3] / "service" / "flows" / "templates"


def test_committed_schema_file_is_up_to_date() -> None:
    committed = schema_path().read_text(encoding="utf-8")
    assert committed == schema_text(), "run: consultor flows schema --write"


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(flow_schema())


def test_every_shipped_template_file_is_listed() -> None:
    assert sorted(p.stem for p in TEMPLATES_DIR.glob("*.json")) == sorted(TEMPLATE_NAMES)


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_template_validates_against_the_json_schema(name: str) -> None:
    jsonschema.Draft202012Validator(flow_schema()).validate(template_json(name))


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_template_passes_the_flow_validator(name: str) -> None:
    assert validate(template_json(name)) == []
    assert load_template(name).id == name


def test_schema_rejects_what_the_validator_rejects_structurally() -> None:
    bad = template_json("saude")
    bad["etapas"][0]["tipo"] = "telefonar"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(flow_schema()).validate(bad)


def test_lead_statuses_match_the_pipeline() -> None:
    assert LeadStatus.__args__ == LEAD_STATUSES  # type: ignore[attr-defined]
    assert LEAD_STATUSES == (
        "novo", "em_atendimento", "qualificado", "agendado", "proposta", "ganho", "perdido",
    )  # fmt: skip


def test_saude_template_captures_the_required_variables() -> None:
    flow = load_template("saude")
    captured = {getattr(step, "variavel", None) for step in flow.etapas} | {
        getattr(step, "variavel_uf", None) for step in flow.etapas
    }
    required = {"nome", "idades", "cidade", "uf", "tipo_contratacao", "plano_atual",
                "acomodacao", "orcamento_mensal", "faixas_ans"}  # fmt: skip
    assert required <= captured
    contract = flow.step("tipo_contratacao")
    assert isinstance(contract, EscolhaStep)
    assert [o.id for o in contract.opcoes] == ["individual", "familiar", "pme", "adesao"]
    rooms = flow.step("acomodacao")
    assert isinstance(rooms, EscolhaStep)
    assert [o.id for o in rooms.opcoes] == ["enfermaria", "apartamento", "indiferente"]


def test_the_lgpd_notice_comes_before_any_question() -> None:
    for name in TEMPLATE_NAMES:
        flow = load_template(name)
        first_input = next(s for s in flow.etapas if s.tipo in ("pergunta", "escolha"))
        assert first_input.id == "consentimento" and "LGPD" in first_input.texto


def test_templates_are_pretty_printed_utf8_json() -> None:
    for name in TEMPLATE_NAMES:
        text = (TEMPLATES_DIR / f"{name}.json").read_text(encoding="utf-8")
        assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
