"""Conversation flows: the format, the pure engine, pt-BR answer parsing and the templates.

A flow is data (a JSON object with `versao` and an `etapas` list of steps). Public API:

    load_template(name) -> Flow          a shipped template: "saude" or "imoveis"
    load_flow(raw: dict) -> Flow         migrate an older spec version, validate, parse
                                         (raises FlowValidationError with every problem,
                                         each naming step and field: `etapas[3].proxima: ...`)
    validate(raw: dict) -> list[str]     the same checks, returning the error list
    start(flow, now) -> (FlowState, [Action])          greet a new conversation
    advance(flow, state, inbound) -> (FlowState, [Action])
                                         feed one lead message; pure, deterministic, no I/O
    awaiting(flow, state) -> str | None  the variable the open question fills
    FlowState                            the conversation state; JSON round-trip with
                                         `state.model_dump(mode="json")` /
                                         `FlowState.model_validate(data)` (jsonb column)
    Inbound(type, text, reply_id, at)    one lead message; `at` is the clock for dates
    Action and its kinds                 what the worker performs: SendText, SendButtons,
                                         SendList, SendImage, SetStatus, AddScore (carries
                                         the new `total`), Tag, NotifyConsultant, Handover,
                                         OptOut, OptIn (lead wrote VOLTAR), AiReply (instructions + fallback text), End;
                                         `ActionList` (a pydantic TypeAdapter) (de)serialises lists
    flow_schema() -> dict                the published JSON Schema

The worker's loop: load the flow and the stored state, `advance`, perform the actions in
order, save the state. After `Handover` or `OptOut` the engine stays silent (an opted-out
lead may write VOLTAR to start again: `OptIn`); after `End` a new message restarts the flow
politely. A consultant's values (`parametros`, e.g. {"creci": "..."}) are set on the flow
JSON before `load_flow`; a burst of lead messages can be joined into one `Inbound`.
Lead statuses are the pipeline's: novo, em_atendimento, qualificado, agendado, proposta,
ganho, perdido.
"""

from service.flows.actions import (
    Action,
    ActionList,
    AddScore,
    AiReply,
    Button,
    End,
    Handover,
    ListRow,
    NotifyConsultant,
    OptIn,
    OptOut,
    SendButtons,
    SendImage,
    SendList,
    SendText,
    SetStatus,
    Tag,
)
from service.flows.engine import advance, awaiting, start
from service.flows.schema import flow_schema
from service.flows.spec import LEAD_STATUSES, SPEC_VERSION, Flow
from service.flows.state import FlowState, Inbound
from service.flows.templates import TEMPLATE_NAMES, load_template
from service.flows.validate import load_flow, validate

__all__ = [
    "LEAD_STATUSES",
    "SPEC_VERSION",
    "TEMPLATE_NAMES",
    "Action",
    "ActionList",
    "AddScore",
    "AiReply",
    "Button",
    "End",
    "Flow",
    "FlowState",
    "Handover",
    "Inbound",
    "ListRow",
    "NotifyConsultant",
    "OptIn",
    "OptOut",
    "SendButtons",
    "SendImage",
    "SendList",
    "SendText",
    "SetStatus",
    "Tag",
    "advance",
    "awaiting",
    "flow_schema",
    "load_flow",
    "load_template",
    "start",
    "validate",
]
