"""The flow engine: `advance(flow, state, inbound) -> (state, actions)`, pure and deterministic.

No I/O and no clock: the inbound message carries its timestamp. The input state is never
mutated; a new `FlowState` is returned with the actions for the worker to perform.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from service.exceptions import FlowError
from service.flows import commands
from service.flows.actions import (
    Action,
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
from service.flows.answers import hint, read_answer
from service.flows.conditions import holds
from service.flows.parsing import Choice, ans_bracket, match_choice
from service.flows.parsing.yesno import is_blank
from service.flows.render import interpolate
from service.flows.spec import (
    MAX_INTERACTIVE_BODY,
    AcaoNotificar,
    AcaoPontuar,
    AcaoStatus,
    AcaoStep,
    AcaoTag,
    AcaoTransferir,
    AcaoZerarPontuacao,
    CalcularStep,
    CondicaoStep,
    EscolhaStep,
    FimStep,
    Flow,
    IaStep,
    LeadStatus,
    MensagemStep,
    PerguntaStep,
    Step,
)
from service.flows.state import FlowState, Inbound
from service.flows.validate import presentation

# Answers are short; a pasted essay is read only as far as any answer could reach.
MAX_INBOUND_CHARS = 2000


class _Turn:
    """One call of `advance`: the flow, the state being built and the actions so far."""

    def __init__(self, flow: Flow, state: FlowState, now: datetime) -> None:
        self.flow = flow
        self.state = state
        self.now = now
        self.actions: list[Action] = []
        self.index = {step.id: i for i, step in enumerate(flow.etapas)}

    def say(self, text: str) -> None:
        self.actions.append(SendText(text=interpolate(text, self.variables())))

    def variables(self) -> dict[str, Any]:
        return {
            **self.flow.parametros,
            **self.state.variables,
            "pontuacao": self.state.score,
            "status": self.state.lead_status,
        }

    def next_id(self, step: Step, explicit: str | None) -> str:
        if explicit is not None:
            return explicit
        following = self.flow.next_of(self.index[step.id])
        if following is None:
            raise FlowError(f'etapas[{self.index[step.id]}]: no step after "{step.id}"')
        return following

    def set_status(self, status: LeadStatus) -> None:
        if self.state.lead_status != status:
            self.state.lead_status = status
            self.actions.append(SetStatus(status=status))


def awaiting(flow: Flow, state: FlowState) -> str | None:
    """The variable the open question will fill, or None when nothing is being asked."""
    if state.mode != "waiting" or state.current is None:
        return None
    try:
        step = flow.step(state.current)
    except KeyError:
        return None
    return step.variavel if isinstance(step, PerguntaStep | EscolhaStep) else None


def start(flow: Flow, now: datetime) -> tuple[FlowState, list[Action]]:
    """A new conversation: run the flow from its first step up to the first question."""
    turn = _Turn(flow, FlowState(flow_id=flow.id), now)
    _run(turn, flow.start_id())
    return turn.state, turn.actions


def advance(flow: Flow, state: FlowState, inbound: Inbound) -> tuple[FlowState, list[Action]]:
    """Feed one inbound message to the flow; return the new state and the actions to perform."""
    new = state.model_copy(deep=True)
    new.flow_id = flow.id
    new.turns += 1
    new.last_inbound_at = inbound.at
    turn = _Turn(flow, new, inbound.at)
    text = inbound.text if inbound.is_text_like and inbound.text is not None else None
    if text is not None:
        text = text[:MAX_INBOUND_CHARS]
    if new.mode == "handed_over" or inbound.type == "reaction":
        # A human has the conversation, or the lead only reacted with an emoji: stay quiet.
        return new, []
    if new.mode == "opted_out":
        if text is not None and commands.is_restart_request(text):
            turn.actions.append(OptIn())
            _restart(turn)
        return turn.state, turn.actions
    command = commands.detect(text, _free_text_open(turn)) if text is not None else None
    if command == "human" and _is_date_answer(turn, text):
        command = None  # `falar com o corretor amanhã às 15h` books the talk it asks for
    if command == "opt_out":
        _opt_out(turn)
    elif command == "human":
        _handover(turn, "pedido_do_lead", turn.flow.mensagens.humano)
    elif new.mode == "new":
        _run(turn, flow.start_id())
    elif new.mode == "ended":
        _restart(turn)
    else:
        _answer(turn, inbound, text)
    return turn.state, turn.actions


def _free_text_open(turn: _Turn) -> bool:
    state = turn.state
    if state.mode != "waiting" or state.current not in turn.index:
        return False
    step = turn.flow.etapas[turn.index[state.current]]
    return isinstance(step, PerguntaStep) and step.resposta in ("texto", "lista", "nome")


def _is_date_answer(turn: _Turn, text: str | None) -> bool:
    state = turn.state
    if text is None or state.mode != "waiting" or state.current not in turn.index:
        return False
    step = turn.flow.etapas[turn.index[state.current]]
    return (
        isinstance(step, PerguntaStep)
        and step.resposta == "data"
        and read_answer(step, text, turn.now).value is not None
    )


def _opt_out(turn: _Turn) -> None:
    turn.say(turn.flow.mensagens.opt_out)
    turn.actions.append(OptOut(text=turn.flow.mensagens.opt_out))
    turn.set_status("perdido")
    turn.state.mode = "opted_out"
    turn.state.current = None


def _handover(turn: _Turn, reason: str, text: str | None) -> None:
    if text:
        turn.say(text)
    turn.actions.append(Handover(reason=reason))
    if reason == "pedido_do_lead":
        turn.actions.append(
            NotifyConsultant(message="O lead pediu para falar com um atendente humano.")
        )
    if turn.state.lead_status == "novo":
        turn.set_status("em_atendimento")
    turn.state.mode = "handed_over"
    turn.state.current = None


def _restart(turn: _Turn) -> None:
    state = turn.state
    state.variables = {}
    state.score = 0
    state.attempts = 0
    state.restarts += 1
    turn.say(turn.flow.mensagens.reinicio)
    _run(turn, turn.flow.start_id())


def _answer(turn: _Turn, inbound: Inbound, text: str | None) -> None:
    state = turn.state
    step = turn.flow.etapas[turn.index[state.current]] if state.current in turn.index else None
    if not isinstance(step, EscolhaStep | PerguntaStep):
        # The flow was edited under a live conversation (the step is gone, or no longer asks
        # anything): start it again rather than fail.
        _restart(turn)
        return
    readable = text is not None and not is_blank(text)
    if not inbound.is_text_like or not (readable or inbound.reply_id):
        turn.say(turn.flow.mensagens.nao_texto)
        _prompt(turn, step)
        return
    if isinstance(step, EscolhaStep):
        _answer_choice(turn, step, inbound, text)
    else:
        # A tapped button that carries no title still says something: its id.
        _answer_question(turn, step, text if readable and text else inbound.reply_id or "")


def _answer_question(turn: _Turn, step: PerguntaStep, text: str) -> None:
    answer = read_answer(step, text, turn.now)
    if answer.ok:
        turn.state.variables[step.variavel] = answer.value
        turn.state.variables.update(answer.extra)
        turn.state.attempts = 0
        _run(turn, turn.next_id(step, step.proxima))
        return
    if _give_up(turn, step):
        turn.state.variables[step.variavel] = None
        if step.variavel_uf:
            turn.state.variables[step.variavel_uf] = None
        _run(turn, step.ao_desistir or turn.next_id(step, step.proxima))
        return
    turn.say(f"Hmm, não consegui entender 🤔 {hint(step, answer)}")


def _answer_choice(turn: _Turn, step: EscolhaStep, inbound: Inbound, text: str | None) -> None:
    options = [Choice(o.id, o.titulo, tuple(o.sinonimos)) for o in step.opcoes]
    picked = match_choice(text, inbound.reply_id, options)
    if picked is not None:
        opt = step.opcoes[picked]
        turn.state.variables[step.variavel] = opt.id if opt.valor is None else opt.valor
        # The title reads better than the id in summaries: `{tipo_contratacao_titulo}`.
        turn.state.variables[f"{step.variavel}_titulo"] = opt.titulo
        turn.state.attempts = 0
        _run(turn, opt.proxima or turn.next_id(step, step.proxima))
        return
    if _give_up(turn, step):
        turn.state.variables[step.variavel] = None
        turn.state.variables[f"{step.variavel}_titulo"] = None
        fallback = next((o.proxima for o in step.opcoes if o.proxima), None)
        target = step.ao_desistir or step.proxima or fallback
        _run(turn, target or turn.next_id(step, None))
        return
    turn.say(f"Hmm, não encontrei essa opção 🤔 {step.dica or 'Escolha uma das opções abaixo:'}")
    _prompt(turn, step, repeat=True)


def _give_up(turn: _Turn, step: PerguntaStep | EscolhaStep) -> bool:
    turn.state.attempts += 1
    if turn.state.attempts < step.tentativas:
        return False
    turn.state.attempts = 0
    turn.say(turn.flow.mensagens.desistencia)
    return True


def _prompt(turn: _Turn, step: Step, repeat: bool = False) -> None:
    """Send the question of an input step (again) and wait for the answer."""
    turn.state.mode = "waiting"
    turn.state.current = step.id
    if isinstance(step, PerguntaStep):
        turn.say(step.texto)
        return
    if not isinstance(step, EscolhaStep):
        raise FlowError(f'etapas[{turn.index[step.id]}]: "{step.id}" is not an input step')
    text = interpolate(step.texto, turn.variables())
    shown = presentation(step)
    if shown != "texto":
        text = text[:MAX_INTERACTIVE_BODY]  # interpolated answers may push past the limit
    if shown == "botoes":
        buttons = [Button(id=o.id, title=o.titulo) for o in step.opcoes]
        turn.actions.append(SendButtons(text=text, buttons=buttons))
    elif shown == "lista":
        rows = [ListRow(id=o.id, title=o.titulo, description=o.descricao) for o in step.opcoes]
        turn.actions.append(SendList(text=text, button=step.rotulo_lista, rows=rows))
    else:
        lines = "\n".join(f"{k}. {o.titulo}" for k, o in enumerate(step.opcoes, start=1))
        turn.actions.append(SendText(text=interpolate(f"{text}\n\n{lines}", {})))


def _run(turn: _Turn, step_id: str) -> None:
    """Execute steps from `step_id` until one waits for input, ends or hands over."""
    for _ in range(len(turn.flow.etapas) + 1):
        if step_id not in turn.index:
            raise FlowError(f'unknown step "{step_id}"')
        step = turn.flow.etapas[turn.index[step_id]]
        if isinstance(step, PerguntaStep | EscolhaStep):
            turn.state.attempts = 0
            _prompt(turn, step)
            return
        if isinstance(step, FimStep):
            _finish(turn, step)
            return
        if isinstance(step, AcaoStep):
            if _perform(turn, step):
                return
            step_id = turn.next_id(step, step.proxima)
        elif isinstance(step, CondicaoStep):
            step_id = _branch(turn, step)
        elif isinstance(step, MensagemStep):
            if step.imagem is not None:
                caption = step.imagem.legenda
                turn.actions.append(
                    SendImage(
                        url=step.imagem.url,
                        caption=interpolate(caption, turn.variables()) if caption else None,
                    )
                )
            if step.texto:
                turn.say(step.texto)
            step_id = turn.next_id(step, step.proxima)
        elif isinstance(step, IaStep):
            _ai(turn, step)
            step_id = turn.next_id(step, step.proxima)
        elif isinstance(step, CalcularStep):
            _calculate(turn, step)
            step_id = turn.next_id(step, step.proxima)
    raise FlowError("the flow loops without waiting for the lead (cycle without an input step)")


def _finish(turn: _Turn, step: FimStep) -> None:
    if step.texto:
        turn.say(step.texto)
    if step.status:
        turn.set_status(step.status)
    turn.actions.append(End(reason=step.id))
    turn.state.mode = "ended"
    turn.state.current = None


def _perform(turn: _Turn, step: AcaoStep) -> bool:
    """Run the step's actions; True when one of them handed the conversation over."""
    for act in step.acoes:
        if act.se and not all(holds(c, turn.variables()) for c in act.se):
            continue
        if isinstance(act, AcaoStatus):
            turn.set_status(act.valor)
        elif isinstance(act, AcaoPontuar):
            turn.state.score += act.pontos
            turn.actions.append(
                AddScore(points=act.pontos, total=turn.state.score, reason=act.motivo)
            )
        elif isinstance(act, AcaoZerarPontuacao):
            if turn.state.score:
                points, turn.state.score = -turn.state.score, 0
                turn.actions.append(AddScore(points=points, total=0, reason="pontuação zerada"))
        elif isinstance(act, AcaoTag):
            if act.valor not in turn.state.tags:
                turn.state.tags.append(act.valor)
            turn.actions.append(Tag(tag=act.valor))
        elif isinstance(act, AcaoNotificar):
            message = interpolate(act.mensagem, turn.variables())
            turn.actions.append(NotifyConsultant(message=message))
        elif isinstance(act, AcaoTransferir):
            _handover(turn, act.motivo or step.id, None)
            return True
    return False


def _branch(turn: _Turn, step: CondicaoStep) -> str:
    values = turn.variables()
    for rule in step.regras:
        if all(holds(c, values) for c in rule.se):
            return rule.proxima
    return step.senao


def _ai(turn: _Turn, step: IaStep) -> None:
    values = turn.variables()
    names = step.contexto if step.contexto is not None else list(turn.state.variables)
    context = {name: values.get(name) for name in names}
    fallback = interpolate(step.texto_reserva, values) if step.texto_reserva else None
    turn.actions.append(
        AiReply(
            instructions=interpolate(step.instrucoes, values), variables=context, fallback=fallback
        )
    )


def _calculate(turn: _Turn, step: CalcularStep) -> None:
    source = turn.state.variables.get(step.origem)
    result: Any = None
    if step.funcao == "faixas_ans" and isinstance(source, list):
        result = [ans_bracket(int(age)) for age in source if isinstance(age, int | float)]
    elif step.funcao == "faixas_ans" and isinstance(source, int | float):
        result = [ans_bracket(int(source))]
    elif step.funcao == "quantidade":
        result = len(source) if isinstance(source, list | str) else 0 if source is None else 1
    turn.state.variables[step.variavel] = result
