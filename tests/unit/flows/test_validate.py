"""The validator: every error names the step and the field; versions migrate forward."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from service.exceptions import FlowValidationError, FlowVersionError
from service.flows import load_flow, validate
from service.flows.migrations import migrate


def base() -> dict[str, Any]:
    """A small valid flow: greet, ask a name, offer a choice, branch, end."""
    return {
        "versao": 2,
        "id": "teste",
        "nome": "Teste",
        "etapas": [
            {"id": "oi", "tipo": "mensagem", "texto": "Olá!"},
            {"id": "nome", "tipo": "pergunta", "variavel": "nome", "resposta": "nome",
             "texto": "Seu nome?"},
            {"id": "cor", "tipo": "escolha", "variavel": "cor", "texto": "Cor, {nome}?",
             "opcoes": [{"id": "azul", "titulo": "Azul"}, {"id": "verde", "titulo": "Verde"}]},
            {"id": "ramo", "tipo": "condicao",
             "regras": [{"se": [{"variavel": "cor", "op": "igual", "valor": "azul"}],
                         "proxima": "fim"}],
             "senao": "fim"},
            {"id": "fim", "tipo": "fim", "texto": "Tchau, {nome}!"},
        ],
    }  # fmt: skip


def errors_of(raw: dict[str, Any]) -> list[str]:
    errors = validate(raw)
    assert errors, "expected the flow to be invalid"
    return errors


def test_a_correct_flow_has_no_errors() -> None:
    assert validate(base()) == []
    assert load_flow(base()).start_id() == "oi"


def test_unknown_next_step_names_the_step_and_field() -> None:
    raw = base()
    raw["etapas"][3]["senao"] = "fim2"
    assert 'etapas[3].senao: unknown step "fim2"' in errors_of(raw)
    raw = base()
    raw["etapas"][0]["proxima"] = "fim2"
    assert 'etapas[0].proxima: unknown step "fim2"' in errors_of(raw)


def test_unknown_option_and_rule_targets_are_reported() -> None:
    raw = base()
    raw["etapas"][2]["opcoes"][1]["proxima"] = "nada"
    raw["etapas"][3]["regras"][0]["proxima"] = "lugar"
    errors = errors_of(raw)
    assert 'etapas[2].opcoes[1].proxima: unknown step "nada"' in errors
    assert 'etapas[3].regras[0].proxima: unknown step "lugar"' in errors


def test_duplicate_ids_are_reported_with_the_first_position() -> None:
    raw = base()
    raw["etapas"][2]["id"] = "nome"
    assert 'etapas[2].id: duplicate id "nome" (first at etapas[1])' in errors_of(raw)


def test_unreachable_steps_are_reported() -> None:
    raw = base()
    raw["etapas"].append({"id": "orfa", "tipo": "mensagem", "texto": "ninguém chega aqui"})
    raw["etapas"][-1]["proxima"] = "fim"
    assert 'etapas[5]: step "orfa" is unreachable from the start' in errors_of(raw)


def test_a_cycle_without_an_input_step_is_reported() -> None:
    raw = base()
    raw["etapas"][3]["senao"] = "volta"
    raw["etapas"].insert(
        4, {"id": "volta", "tipo": "mensagem", "texto": "de novo", "proxima": "ramo"}
    )
    errors = errors_of(raw)
    assert any("cycle without an input step (ramo -> volta)" in e for e in errors), errors


def test_a_cycle_through_a_question_is_allowed() -> None:
    raw = base()
    raw["etapas"][3]["senao"] = "nome"
    assert validate(raw) == []


def test_a_self_loop_of_a_message_is_a_cycle() -> None:
    raw = base()
    raw["etapas"][0]["proxima"] = "oi"
    errors = errors_of(raw)
    assert any(e.startswith("etapas[0]: cycle without an input step") for e in errors), errors


def test_the_last_step_must_end_or_say_where_to_go() -> None:
    raw = base()
    raw["etapas"][4] = {"id": "fim", "tipo": "mensagem", "texto": "e agora?"}
    assert "etapas[4].proxima: missing, and no step follows this one" in errors_of(raw)


def test_structural_errors_name_step_and_field() -> None:
    raw = base()
    del raw["etapas"][1]["variavel"]
    raw["etapas"][2]["tipo"] = "escolhaa"
    errors = errors_of(raw)
    assert "etapas[1].variavel: Field required" in errors
    assert any(e.startswith("etapas[2]: Input tag 'escolhaa'") for e in errors), errors


def test_a_bad_lead_status_in_an_action_is_reported() -> None:
    raw = base()
    raw["etapas"].insert(
        1, {"id": "st", "tipo": "acao", "acoes": [{"tipo": "status", "valor": "fechado"}]}
    )
    errors = errors_of(raw)
    assert any(e.startswith("etapas[1].acoes[0].valor: Input should be 'novo'") for e in errors)


def test_unknown_variables_in_texts_and_conditions_are_reported() -> None:
    raw = base()
    raw["etapas"][4]["texto"] = "Tchau, {apelido}!"
    raw["etapas"][3]["regras"][0]["se"][0]["variavel"] = "cor_favorita"
    errors = errors_of(raw)
    assert 'etapas[4].texto: unknown variable "apelido"' in errors
    assert 'etapas[3].regras[0].se[0].variavel: unknown variable "cor_favorita"' in errors


def test_parametros_count_as_known_variables() -> None:
    raw = base()
    raw["etapas"][4]["texto"] = "Tchau! CRECI {creci}"
    raw["parametros"] = {"creci": "123"}
    assert validate(raw) == []


def test_whatsapp_button_limits_are_enforced() -> None:
    raw = base()
    step = raw["etapas"][2]
    step["apresentacao"] = "botoes"
    step["opcoes"] = [{"id": f"o{k}", "titulo": f"Opção {k}"} for k in range(4)]
    step["opcoes"][0]["titulo"] = "Um título longo demais p/ botão"
    errors = errors_of(raw)
    assert "etapas[2].opcoes: at most 3 reply buttons" in errors
    assert "etapas[2].opcoes[0].titulo: button titles are at most 20 characters" in errors


def test_whatsapp_list_limits_are_enforced() -> None:
    raw = base()
    step = raw["etapas"][2]
    step["apresentacao"] = "lista"
    step["rotulo_lista"] = "Um rótulo grande demais"
    step["opcoes"] = [{"id": f"o{k}", "titulo": f"Opção {k}"} for k in range(11)]
    step["opcoes"][1]["descricao"] = "x" * 73
    errors = errors_of(raw)
    assert "etapas[2].opcoes: at most 10 list rows" in errors
    assert "etapas[2].rotulo_lista: at most 20 characters" in errors
    assert "etapas[2].opcoes[1].descricao: at most 72 characters" in errors


def test_auto_presentation_falls_back_to_numbered_text_for_many_options() -> None:
    raw = base()
    raw["etapas"][2]["opcoes"] = [{"id": f"o{k}", "titulo": f"Opção {k}"} for k in range(15)]
    assert validate(raw) == []


def test_texts_longer_than_whatsapp_allows_are_reported() -> None:
    raw = base()
    raw["etapas"][0]["texto"] = "a" * 4097
    assert "etapas[0].texto: longer than 4096 characters" in errors_of(raw)


def test_duplicate_option_ids_are_reported() -> None:
    raw = base()
    raw["etapas"][2]["opcoes"][1]["id"] = "azul"
    assert 'etapas[2].opcoes[1].id: duplicate option id "azul"' in errors_of(raw)


def test_load_flow_raises_with_every_error() -> None:
    raw = base()
    raw["etapas"][0]["proxima"] = "x"
    raw["etapas"][4]["texto"] = "{y}"
    with pytest.raises(FlowValidationError) as info:
        load_flow(raw)
    assert len(info.value.errors) == 2


def test_a_version_1_definition_is_migrated_forward_on_load() -> None:
    v1 = {
        "versao": 1,
        "id": "antigo",
        "nome": "Antigo",
        "passos": [
            {"id": "idade", "tipo": "pergunta", "variavel": "idade", "validacao": "idade",
             "texto": "Idade?", "seguinte": "cor"},
            {"id": "cor", "tipo": "escolha", "variavel": "cor", "texto": "Cor?",
             "opcoes": [{"id": "a", "titulo": "A", "seguinte": "fim"}, {"id": "b", "titulo": "B"}]},
            {"id": "fim", "tipo": "fim"},
        ],
    }  # fmt: skip
    original = copy.deepcopy(v1)
    flow = load_flow(v1)
    assert v1 == original, "the stored definition must not be rewritten"
    assert flow.versao == 2
    question = flow.step("idade")
    assert question.tipo == "pergunta" and question.resposta == "idade"
    assert question.proxima == "cor"
    choice = flow.step("cor")
    assert choice.tipo == "escolha" and choice.opcoes[0].proxima == "fim"


def test_a_definition_without_version_is_read_as_version_1() -> None:
    migrated = migrate({"id": "x", "nome": "x", "passos": []})
    assert migrated["versao"] == 2 and migrated["etapas"] == []


def test_versions_newer_than_supported_are_refused() -> None:
    with pytest.raises(FlowVersionError):
        load_flow({**base(), "versao": 3})
    with pytest.raises(FlowVersionError):
        load_flow({**base(), "versao": "2"})
    assert validate({**base(), "versao": 0}) != []


def test_interactive_bodies_and_list_row_ids_respect_whatsapp_limits() -> None:
    raw = base()
    raw["etapas"][2]["texto"] = "b" * 1025
    assert "etapas[2].texto: buttons and lists carry at most 1024 characters" in errors_of(raw)
    raw = base()
    raw["etapas"][2]["apresentacao"] = "lista"
    raw["etapas"][2]["opcoes"][0]["id"] = "i" * 201
    assert "etapas[2].opcoes[0].id: list row ids are at most 200" in errors_of(raw)


def test_an_invalid_answer_pattern_is_reported() -> None:
    raw = base()
    raw["etapas"][1]["padrao"] = "([a-z"
    errors = errors_of(raw)
    assert any(e.startswith("etapas[1].padrao: invalid regular expression") for e in errors)
