"""Validation of flow definitions: structure (pydantic) plus the graph and WhatsApp rules.

Every error names the step and the field, e.g. `etapas[3].proxima: unknown step "fim2"`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import regex
from pydantic import ValidationError

from service.exceptions import FlowError, FlowValidationError
from service.flows.migrations import migrate
from service.flows.spec import (
    INPUT_KINDS,
    MAX_BUTTON_TITLE,
    MAX_BUTTONS,
    MAX_INTERACTIVE_BODY,
    MAX_LIST_LABEL,
    MAX_LIST_ROWS,
    MAX_ROW_DESCRIPTION,
    MAX_ROW_ID,
    MAX_ROW_TITLE,
    MAX_TEXT_CHARS,
    STEP_KINDS,
    AcaoStep,
    AcaoTransferir,
    CalcularStep,
    Condicao,
    CondicaoStep,
    EscolhaStep,
    FimStep,
    Flow,
    IaStep,
    MensagemStep,
    PerguntaStep,
    Step,
)

ACTION_KINDS = ("status", "pontuar", "zerar_pontuacao", "tag", "notificar", "transferir")
BUILTIN_VARIABLES = frozenset({"pontuacao", "status"})
PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)(?:\|[^{}]*)?\}")


def load_flow(raw: dict[str, Any]) -> Flow:
    """Migrate, parse and check a raw definition; raise FlowValidationError listing all errors."""
    if not isinstance(raw, dict):
        raise FlowValidationError(["(root): expected a JSON object"])
    migrated = migrate(raw)
    try:
        flow = Flow.model_validate(migrated)
    except ValidationError as exc:
        raise FlowValidationError(_pydantic_errors(exc)) from None
    errors = check(flow)
    if errors:
        raise FlowValidationError(errors)
    return flow


def validate(raw: dict[str, Any]) -> list[str]:
    """Every problem found in a raw definition (an empty list means it is valid)."""
    try:
        load_flow(raw)
    except FlowValidationError as exc:
        return exc.errors
    except FlowError as exc:
        return [str(exc)]
    return []


def _pydantic_errors(exc: ValidationError) -> list[str]:
    out = []
    for err in exc.errors():
        out.append(f"{_loc(err['loc'])}: {err['msg']}")
    return out


def _loc(loc: tuple[int | str, ...]) -> str:
    path = ""
    prev: int | str | None = None
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif isinstance(prev, int) and part in STEP_KINDS + ACTION_KINDS:
            pass  # the discriminated-union tag pydantic inserts after a list index
        else:
            path += f".{part}" if path else part
        prev = part
    return path or "(root)"


def successors(flow: Flow, index: int) -> list[tuple[str, str]]:
    """(field path, target id) for every edge leaving step `index` (implicit next included)."""
    step = flow.etapas[index]
    edges: list[tuple[str, str]] = []
    fallthrough = flow.next_of(index)

    def nxt(field: str, target: str | None) -> None:
        if target is not None:
            edges.append((field, target))
        elif fallthrough is not None:
            edges.append((field, fallthrough))

    if isinstance(step, CondicaoStep):
        for k, rule in enumerate(step.regras):
            edges.append((f"regras[{k}].proxima", rule.proxima))
        edges.append(("senao", step.senao))
    elif isinstance(step, EscolhaStep):
        for k, opt in enumerate(step.opcoes):
            if opt.proxima is not None:
                edges.append((f"opcoes[{k}].proxima", opt.proxima))
        if any(opt.proxima is None for opt in step.opcoes):
            nxt("proxima", step.proxima)
        if step.ao_desistir is not None:
            edges.append(("ao_desistir", step.ao_desistir))
    elif isinstance(step, PerguntaStep):
        nxt("proxima", step.proxima)
        if step.ao_desistir is not None:
            edges.append(("ao_desistir", step.ao_desistir))
    elif isinstance(step, AcaoStep):
        if not _always_transfers(step):
            nxt("proxima", step.proxima)
    elif isinstance(step, MensagemStep | IaStep | CalcularStep):
        nxt("proxima", step.proxima)
    return edges


def _always_transfers(step: AcaoStep) -> bool:
    return any(isinstance(a, AcaoTransferir) and not a.se for a in step.acoes)


def _needs_next(flow: Flow, index: int) -> bool:
    step = flow.etapas[index]
    if isinstance(step, FimStep | CondicaoStep):
        return False
    if isinstance(step, AcaoStep) and _always_transfers(step):
        return False
    if isinstance(step, EscolhaStep):
        return any(o.proxima is None for o in step.opcoes) and step.proxima is None
    return getattr(step, "proxima", None) is None


def check(flow: Flow) -> list[str]:
    """Graph, variable and WhatsApp-limit errors of a structurally valid flow."""
    errors: list[str] = []
    index_of: dict[str, int] = {}
    for i, step in enumerate(flow.etapas):
        if step.id in index_of:
            first = index_of[step.id]
            errors.append(f'etapas[{i}].id: duplicate id "{step.id}" (first at etapas[{first}])')
        else:
            index_of[step.id] = i
    if flow.inicio is not None and flow.inicio not in index_of:
        errors.append(f'inicio: unknown step "{flow.inicio}"')
    graph: dict[int, list[int]] = {}
    for i in range(len(flow.etapas)):
        targets = []
        for field, target in successors(flow, i):
            if target not in index_of:
                errors.append(f'etapas[{i}].{field}: unknown step "{target}"')
            else:
                targets.append(index_of[target])
        if _needs_next(flow, i) and flow.next_of(i) is None:
            errors.append(f"etapas[{i}].proxima: missing, and no step follows this one")
        graph[i] = targets
    start = index_of.get(flow.start_id(), 0)
    reached = _reachable(graph, start)
    dangling = any("unknown step" in e for e in errors)
    for i, step in enumerate(flow.etapas):
        # A dangling reference usually cuts the graph: its fix decides what is reachable.
        if not dangling and i not in reached and index_of.get(step.id) == i:
            errors.append(f'etapas[{i}]: step "{step.id}" is unreachable from the start')
    errors.extend(_cycle_errors(flow, graph))
    errors.extend(_variable_errors(flow))
    errors.extend(_whatsapp_errors(flow))
    return errors


def _reachable(graph: dict[int, list[int]], start: int) -> set[int]:
    seen = {start}
    todo = [start]
    while todo:
        for nxt in graph.get(todo.pop(), []):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _cycle_errors(flow: Flow, graph: dict[int, list[int]]) -> list[str]:
    """Cycles made only of steps that never wait for the lead would loop forever."""
    passive = {i for i, s in enumerate(flow.etapas) if s.tipo not in INPUT_KINDS}
    sub = {i: [j for j in graph[i] if j in passive] for i in passive}
    errors = []
    reported: set[frozenset[int]] = set()
    for comp in _sccs(sub):
        if len(comp) > 1 or (len(comp) == 1 and comp[0] in sub[comp[0]]):
            key = frozenset(comp)
            if key in reported:
                continue
            reported.add(key)
            first = min(comp)
            names = " -> ".join(flow.etapas[i].id for i in sorted(comp))
            errors.append(f"etapas[{first}]: cycle without an input step ({names})")
    return errors


def _sccs(graph: dict[int, list[int]]) -> list[list[int]]:
    """Tarjan's strongly connected components, iteratively (flows can be long)."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    stack: list[int] = []
    on_stack: set[int] = set()
    out: list[list[int]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work: list[tuple[int, Iterator[int]]] = [(root, iter(graph[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, it = work[-1]
            child = next(it, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    comp = []
                    while True:
                        w = stack.pop()
                        on_stack.discard(w)
                        comp.append(w)
                        if w == node:
                            break
                    out.append(comp)
            elif child not in index:
                index[child] = low[child] = counter
                counter += 1
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(graph[child])))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return out


def defined_variables(flow: Flow) -> set[str]:
    """Names of every variable some step of the flow can set, plus the built-ins."""
    names = set(BUILTIN_VARIABLES) | set(flow.parametros)
    for step in flow.etapas:
        if isinstance(step, PerguntaStep | EscolhaStep | CalcularStep):
            names.add(step.variavel)
        if isinstance(step, EscolhaStep):
            names.add(f"{step.variavel}_titulo")
        if isinstance(step, PerguntaStep) and step.variavel_uf:
            names.add(step.variavel_uf)
    return names


def _texts(step: Step) -> Iterator[tuple[str, str]]:
    for field in ("texto", "instrucoes", "texto_reserva"):
        value = getattr(step, field, None)
        if isinstance(value, str):
            yield field, value
    if isinstance(step, AcaoStep):
        for k, act in enumerate(step.acoes):
            if act.tipo == "notificar":
                yield f"acoes[{k}].mensagem", act.mensagem


def _conditions(step: Step) -> Iterator[tuple[str, Condicao]]:
    if isinstance(step, CondicaoStep):
        for k, rule in enumerate(step.regras):
            for c, cond in enumerate(rule.se):
                yield f"regras[{k}].se[{c}]", cond
    if isinstance(step, AcaoStep):
        for k, act in enumerate(step.acoes):
            for c, cond in enumerate(act.se or []):
                yield f"acoes[{k}].se[{c}]", cond


def _variable_errors(flow: Flow) -> list[str]:
    known = defined_variables(flow)
    errors = []
    for i, step in enumerate(flow.etapas):
        for field, text in _texts(step):
            for name in PLACEHOLDER.findall(text):
                if name not in known:
                    errors.append(f'etapas[{i}].{field}: unknown variable "{name}"')
        for field, cond in _conditions(step):
            if cond.variavel not in known:
                errors.append(f'etapas[{i}].{field}.variavel: unknown variable "{cond.variavel}"')
        if isinstance(step, CalcularStep) and step.origem not in known:
            errors.append(f'etapas[{i}].origem: unknown variable "{step.origem}"')
        if isinstance(step, IaStep):
            for k, name in enumerate(step.contexto or []):
                if name not in known:
                    errors.append(f'etapas[{i}].contexto[{k}]: unknown variable "{name}"')
        if isinstance(step, PerguntaStep):
            if step.variavel_uf and step.resposta != "cidade":
                errors.append(f"etapas[{i}].variavel_uf: only allowed when resposta is cidade")
            if step.minimo is not None and step.maximo is not None and step.minimo > step.maximo:
                errors.append(f"etapas[{i}].minimo: greater than maximo")
            if step.padrao is not None:
                try:
                    regex.compile(step.padrao)  # the engine matches with `regex`, not `re`
                except regex.error as exc:
                    errors.append(f"etapas[{i}].padrao: invalid regular expression ({exc})")
    return errors


def presentation(step: EscolhaStep) -> str:
    """How a choice is shown on WhatsApp: `botoes`, `lista` or numbered `texto`."""
    if step.apresentacao != "auto":
        return step.apresentacao
    titles = [o.titulo for o in step.opcoes]
    if len(titles) <= MAX_BUTTONS and all(len(t) <= MAX_BUTTON_TITLE for t in titles):
        return "botoes"
    if len(titles) <= MAX_LIST_ROWS and all(len(t) <= MAX_ROW_TITLE for t in titles):
        return "lista"
    return "texto"


def _whatsapp_errors(flow: Flow) -> list[str]:
    errors = []
    for field in type(flow.mensagens).model_fields:
        if len(getattr(flow.mensagens, field)) > MAX_TEXT_CHARS:
            errors.append(f"mensagens.{field}: longer than {MAX_TEXT_CHARS} characters")
    for i, step in enumerate(flow.etapas):
        for field, text in _texts(step):
            if len(text) > MAX_TEXT_CHARS:
                errors.append(f"etapas[{i}].{field}: longer than {MAX_TEXT_CHARS} characters")
        if isinstance(step, MensagemStep) and step.texto is None and step.imagem is None:
            errors.append(f"etapas[{i}]: a mensagem needs texto or imagem")
        if not isinstance(step, EscolhaStep):
            continue
        seen: set[str] = set()
        for k, opt in enumerate(step.opcoes):
            if opt.id in seen:
                errors.append(f'etapas[{i}].opcoes[{k}].id: duplicate option id "{opt.id}"')
            seen.add(opt.id)
        errors.extend(_choice_limits(i, step))
    return errors


def _choice_limits(i: int, step: EscolhaStep) -> list[str]:
    errors = []
    shown = presentation(step)
    if shown in ("botoes", "lista") and len(step.texto) > MAX_INTERACTIVE_BODY:
        errors.append(
            f"etapas[{i}].texto: buttons and lists carry at most {MAX_INTERACTIVE_BODY} characters"
        )
    if shown == "botoes":
        if len(step.opcoes) > MAX_BUTTONS:
            errors.append(f"etapas[{i}].opcoes: at most {MAX_BUTTONS} reply buttons")
        for k, opt in enumerate(step.opcoes):
            if len(opt.titulo) > MAX_BUTTON_TITLE:
                errors.append(
                    f"etapas[{i}].opcoes[{k}].titulo: button titles are at most "
                    f"{MAX_BUTTON_TITLE} characters"
                )
    elif shown == "lista":
        if len(step.opcoes) > MAX_LIST_ROWS:
            errors.append(f"etapas[{i}].opcoes: at most {MAX_LIST_ROWS} list rows")
        if len(step.rotulo_lista) > MAX_LIST_LABEL:
            errors.append(f"etapas[{i}].rotulo_lista: at most {MAX_LIST_LABEL} characters")
        for k, opt in enumerate(step.opcoes):
            if len(opt.titulo) > MAX_ROW_TITLE:
                errors.append(
                    f"etapas[{i}].opcoes[{k}].titulo: list rows are at most "
                    f"{MAX_ROW_TITLE} characters"
                )
            if len(opt.id) > MAX_ROW_ID:
                errors.append(f"etapas[{i}].opcoes[{k}].id: list row ids are at most {MAX_ROW_ID}")
            if opt.descricao and len(opt.descricao) > MAX_ROW_DESCRIPTION:
                errors.append(
                    f"etapas[{i}].opcoes[{k}].descricao: at most {MAX_ROW_DESCRIPTION} characters"
                )
    return errors
