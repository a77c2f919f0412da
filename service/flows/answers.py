"""Reading a lead's answer to a question step into a typed, JSON-ready variable value."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import regex

from service.flows import parsing
from service.flows.parsing.text import normalize
from service.flows.parsing.yesno import YES_WORDS, is_blank
from service.flows.spec import AnswerType, PerguntaStep

MAX_FREE_TEXT = 1000
# `padrao` is written by a consultant and matched against whatever a lead types: a pattern with
# nested repetition such as `(a|aa)+b` backtracks exponentially on the stdlib `re` and would stall
# the worker. The `regex` module can give up after a time; a runaway match counts as no match.
PATTERN_TIMEOUT_S = 0.1

DEFAULT_HINTS: dict[str, str] = {
    "texto": "Pode me responder com uma mensagem de texto?",
    "lista": "Pode me dizer separando por vírgulas? Ex.: Centro, Jardins",
    "nome": "Pode me dizer só o seu nome? Ex.: Maria Silva",
    "numero": "Pode responder só com o número? Ex.: 2",
    "idade": "Me diga a idade em números, por favor. Ex.: 34",
    "idades": "Me diga as idades separadas por vírgula, começando pela sua. Ex.: 34, 31, 5",
    "dinheiro": "Pode me dizer um valor aproximado em reais? Ex.: R$ 800",
    "sim_nao": "Pode responder com *sim* ou *não*?",
    "cidade": "Qual é a sua cidade? Ex.: Campinas - SP",
    "uf": "Qual é o estado? Pode ser a sigla, ex.: SP",
    "email": "Não parece um e-mail válido. Ex.: nome@gmail.com",
    "data": "Me diga um dia e um horário. Ex.: amanhã às 15h",
    "cnpj": "Confere o CNPJ? São 14 números, ex.: 11.222.333/0001-81",
}


@dataclass
class Answer:
    """The outcome of reading an answer: valid or not, the value, and extra variables."""

    ok: bool
    value: Any = None
    extra: dict[str, Any] = field(default_factory=dict)
    problem: str | None = None


def _parse(kind: AnswerType, text: str, now: datetime) -> Any:
    if kind == "texto":
        cleaned = " ".join(text.split())
        return cleaned[:MAX_FREE_TEXT] if not is_blank(cleaned) else None
    if kind == "lista":
        return parsing.parse_list(text)
    if kind == "nome":
        return parsing.parse_name(text)
    if kind == "numero":
        return parsing.parse_int(text)
    if kind == "idade":
        return parsing.parse_age(text)
    if kind == "idades":
        return parsing.parse_ages(text)
    if kind == "dinheiro":
        return parsing.parse_money(text)
    if kind == "sim_nao":
        return parsing.parse_yes_no(text)
    if kind == "cidade":
        return parsing.parse_city(text)
    if kind == "uf":
        return parsing.parse_uf(text)
    if kind == "email":
        return parsing.parse_email(text)
    if kind == "data":
        when = parsing.parse_datetime(text, now)
        return when.isoformat() if when else None
    if kind == "cnpj":
        return parsing.parse_cnpj(text)
    raise ValueError(f"unknown answer type {kind}")


def read_answer(step: PerguntaStep, text: str, now: datetime) -> Answer:
    """Parse and check an answer against the step's type and bounds."""
    if step.nao_como_nulo and parsing.parse_yes_no(text) is False:
        return Answer(ok=True, value=None)
    if step.nao_como_nulo and step.resposta == "texto":
        text = _drop_leading_yes(text)
    value = _parse(step.resposta, text, now)
    if value is None:
        return Answer(ok=False)
    if step.padrao and not matches_pattern(step.padrao, str(value)):
        return Answer(ok=False, problem="padrao")
    extra: dict[str, Any] = {}
    if isinstance(value, parsing.Place):
        if step.variavel_uf:
            extra[step.variavel_uf] = value.uf
        value = value.city
    numbers = value if isinstance(value, list) else [value]
    for number in numbers:
        if not isinstance(number, int | float) or isinstance(number, bool):
            continue
        if step.minimo is not None and number < step.minimo:
            return Answer(ok=False, problem="minimo")
        if step.maximo is not None and number > step.maximo:
            return Answer(ok=False, problem="maximo")
    return Answer(ok=True, value=value, extra=extra)


def matches_pattern(pattern: str, value: str) -> bool:
    """Whether the whole value matches the step's pattern; a match that runs away counts as no."""
    try:
        found = regex.fullmatch(pattern, value, flags=regex.IGNORECASE, timeout=PATTERN_TIMEOUT_S)
    except TimeoutError:
        return False
    return found is not None


def _drop_leading_yes(text: str) -> str:
    """`Sim, Unimed` → `Unimed`: the yes only confirms, the rest is the answer."""
    words = text.split()
    while words and normalize(words[0]).strip(" ,.!") in YES_WORDS:
        words = words[1:]
    return " ".join(words).strip(" ,.-")


def hint(step: PerguntaStep, answer: Answer) -> str:
    """The helpful re-ask text after an invalid answer."""
    if answer.problem in ("minimo", "maximo"):
        low = "" if step.minimo is None else f"{step.minimo:g}"
        high = "" if step.maximo is None else f"{step.maximo:g}"
        if low and high:
            return f"O valor precisa estar entre {low} e {high}. Pode conferir?"
        return f"O valor precisa ser {'no mínimo ' + low if low else 'no máximo ' + high}."
    return step.dica or DEFAULT_HINTS[step.resposta]
