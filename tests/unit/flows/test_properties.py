"""Property-based tests: no input sequence crashes the engine or leaves it without a next step."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.flows import (
    ActionList,
    Flow,
    FlowState,
    Inbound,
    SendButtons,
    SendList,
    SendText,
    advance,
    load_template,
    start,
    validate,
)
from service.flows.parsing import (
    match_choice,
    parse_ages,
    parse_city,
    parse_datetime,
    parse_email,
    parse_money,
    parse_name,
    parse_uf,
    parse_yes_no,
)
from service.flows.parsing.choices import Choice
from service.flows.spec import INPUT_KINDS
from tests.unit.flows.chat import T0

FLOWS: dict[str, Flow] = {name: load_template(name) for name in ("saude", "imoveis")}
PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

REALISTIC = [
    "sim", "não", "1", "2", "3", "4", "Maria", "joão da silva", "eu 34, esposa 31 e filho 5",
    "sampa", "BH", "Itu", "sp", "R$ 800", "uns mil reais", "apto", "tanto faz", "quero comprar",
    "alugar", "Centro, Batel", "amanhã às 15h", "não sei", "PARAR", "humano", "voltar", "oi",
    "corrigir", "empresa", "familia", "150", "🙂", "", "   ", "sexta de manhã", "caução",
]  # fmt: skip
REPLY_IDS = ["aceito", "recuso", "individual", "familiar", "pme", "adesao", "enfermaria",
             "apartamento", "comprar", "alugar", "confirmo", "corrigir", "xyz"]  # fmt: skip
MEDIA = ["audio", "voice", "image", "video", "sticker", "document", "location", "contacts",
         "reaction", "unknown"]  # fmt: skip

inbound_data = st.one_of(
    st.builds(lambda t: {"type": "text", "text": t}, st.sampled_from(REALISTIC)),
    st.builds(lambda t: {"type": "text", "text": t}, st.text(max_size=60)),
    st.builds(lambda t: {"type": t}, st.sampled_from(MEDIA)),
    st.builds(
        lambda rid, kind: {"type": kind, "reply_id": rid, "text": rid},
        st.sampled_from(REPLY_IDS),
        st.sampled_from(["button", "list"]),
    ),
    st.builds(lambda rid: {"type": "button", "reply_id": rid}, st.sampled_from(REPLY_IDS)),
    st.builds(lambda t: {"type": "text", "text": t * 300}, st.sampled_from(REALISTIC)),
)


def check_turn(flow: Flow, state: FlowState, actions: list[Any]) -> None:
    """The invariants every turn keeps."""
    assert FlowState.model_validate_json(state.model_dump_json()) == state
    assert ActionList.validate_json(ActionList.dump_json(actions)) == actions
    if state.mode == "waiting":
        assert state.current is not None
        assert flow.step(state.current).tipo in INPUT_KINDS
    else:
        assert state.current is None
        assert state.mode in ("new", "ended", "handed_over", "opted_out")
    for action in actions:
        if isinstance(action, SendText):
            assert 0 < len(action.text) <= 4096
        if isinstance(action, SendButtons):
            assert 1 <= len(action.buttons) <= 3
            assert all(len(b.title) <= 20 for b in action.buttons)
        if isinstance(action, SendList):
            assert 1 <= len(action.rows) <= 10


@pytest.mark.parametrize("name", sorted(FLOWS))
@PROPS
@given(messages=st.lists(inbound_data, max_size=25), greet=st.booleans())
def test_no_message_sequence_crashes_or_strands_the_conversation(
    name: str, messages: list[dict[str, Any]], greet: bool
) -> None:
    flow = FLOWS[name]
    now = T0
    if greet:
        state, actions = start(flow, now)
        check_turn(flow, state, actions)
    else:
        state = FlowState()
    for data in messages:
        now += timedelta(minutes=1)
        before = state.mode
        state, actions = advance(flow, state, Inbound(at=now, **data))
        check_turn(flow, state, actions)
        if before in ("new", "waiting", "ended") and data["type"] != "reaction":
            # The lead always gets an answer while the bot is in charge.
            assert state.mode != "new"
            assert any(isinstance(a, SendText | SendButtons | SendList) for a in actions)
    if state.mode == "ended":
        state, actions = advance(flow, state, Inbound(at=now, text="oi"))
        assert state.mode == "waiting", "an ended conversation must restart"


any_text = st.text(max_size=80)


@PROPS
@given(text=any_text)
def test_parsers_never_crash_on_arbitrary_text(text: str) -> None:
    ages = parse_ages(text)
    assert ages is None or all(0 <= a <= 120 for a in ages)
    money = parse_money(text)
    assert money is None or money > 0
    assert parse_yes_no(text) in (True, False, None)
    name = parse_name(text)
    assert name is None or name.strip() == name
    place = parse_city(text)
    assert place is None or (place.city and (place.uf is None or len(place.uf) == 2))
    uf = parse_uf(text)
    assert uf is None or len(uf) == 2
    email = parse_email(text)
    assert email is None or "@" in email
    when = parse_datetime(text, T0)
    assert when is None or when >= T0 - timedelta(days=1)
    options = [Choice("a", "Alfa"), Choice("b", "Beta")]
    assert match_choice(text, None, options) in (0, 1, None)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
step_like = st.fixed_dictionaries(
    {"id": st.sampled_from(["a", "b", "c", "fim"]), "tipo": st.sampled_from(
        ["mensagem", "pergunta", "escolha", "condicao", "ia", "calcular", "acao", "fim", "x"])},
    optional={"texto": st.text(max_size=10), "proxima": st.sampled_from(["a", "b", "c", "z"]),
              "variavel": st.sampled_from(["v", "w"]), "opcoes": json_values,
              "regras": json_values, "senao": st.sampled_from(["a", "fim"])},
)  # fmt: skip


@PROPS
@given(
    steps=st.lists(step_like, max_size=6),
    versao=st.sampled_from([1, 2, 3, "2", None]),
    extra=st.dictionaries(st.sampled_from(["nome", "id", "inicio", "parametros"]), json_values),
)
def test_the_validator_reports_errors_instead_of_crashing(
    steps: list[dict[str, Any]], versao: Any, extra: dict[str, Any]
) -> None:
    raw: dict[str, Any] = {"id": "f", "nome": "F", "etapas": steps, **extra}
    if versao is not None:
        raw["versao"] = versao
    errors = validate(raw)
    assert isinstance(errors, list) and all(isinstance(e, str) and e for e in errors)
