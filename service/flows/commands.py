"""Global commands a lead can type at any step: opt out, ask for a human, come back."""

from __future__ import annotations

import re
from typing import Literal

from service.flows.parsing.text import normalize

Command = Literal["opt_out", "human"]

_OPT_OUT_EXACT = frozenset(
    [
        "parar",
        "pare",
        "sair",
        "cancelar",
        "cancela",
        "stop",
        "chega",
        "descadastrar",
        "remover",
        "unsubscribe",
        "bloquear",
    ]
) | {"sair da lista", "cancelar tudo", "nao quero mais", "nao tenho interesse", "quero sair"}
_OPT_OUT_PHRASES = re.compile(
    r"\b(?:nao\s+quero\s+mais(?:\s+(?:receber|mensagens?|conversar|falar|nada|contato|"
    r"saber|isso))?$|nao\s+quero\s+mais\s+(?:receber|mensagens?|contato)|"
    r"par(?:a|ar|e|em)\s+de\s+(?:me\s+)?(?:mandar|enviar|encher|chamar|ligar|incomodar)|"
    r"nao\s+(?:me\s+)?(?:mande|mandem|envie|enviem|chame|chamem|ligue|liguem)\s+mais|"
    r"nao\s+quero\s+(?:mais\s+)?receber\s+(?:mais\s+)?(?:mensage\w*|nada|contato)|"
    r"chega\s+de\s+mensage\w*|descadastr\w+|cancel\w*\s+(?:a\s+|minha\s+)?inscricao|"
    r"me\s+(?:tira|tire|remova|remove)\s+(?:da|dessa|desta)\s+lista|"
    r"(?:remov\w+|exclu\w+|apag\w+)\s+(?:o\s+)?meu\s+(?:numero|contato|cadastro)|"
    # `não tenho interesse em usar o FGTS` answers a question; alone it is an opt-out.
    r"nao\s+tenho\s+(?:mais\s+)?interesse(?:\s+(?:nenhum|mais|obrigad[oa]))?$|"
    r"sair\s+da\s+lista)\b"
)
# Courtesy around a command (`parar por favor`, `não quero mais, obrigado`) leaves it a command.
_POLITE = re.compile(
    r"^(?:(?:por favor|pfv|pf|pode|ok|ta|tudo bem|obrigad[oa]|valeu)\s+)+"
    r"|(?:\s+(?:por favor|pfv|pf|obrigad[oa]|valeu|ok))+$"
)
_HUMAN_EXACT = frozenset(
    [
        "humano",
        "humana",
        "atendente",
        "corretor",
        "corretora",
        "consultor",
        "consultora",
        "pessoa",
        "vendedor",
        "vendedora",
        "gerente",
    ]
)
_HUMAN_PHRASES = re.compile(
    r"\b(?:falar|conversar|atendimento|contato|fala)\s+(?:com\s+)?(?:um|uma|o|a|algum|alguma)?\s*"
    r"(?:atendente|humano|humana|pessoa|corretor|corretora|consultor|consultora|alguem|"
    r"vendedor|vendedora|gente)\b|\batendimento\s+humano\b|"
    r"\bquero\s+(?:um|uma|o|a)\s+(?:atendente|humano|pessoa|corretor|corretora|consultor)\b|"
    r"\bme\s+(?:liga|ligue|liguem)\b"
)
_RESTART = frozenset(
    {"voltar", "quero voltar", "recomecar", "reiniciar", "comecar de novo", "continuar", "retomar"}
)


def _clean(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", " ", normalize(text)).strip()


def detect(text: str, free_text: bool = False) -> Command | None:
    """The global command in a message, if it is one (`PARAR`, `falar com atendente`...).

    With `free_text` (the open question takes any text, e.g. a profession) a lone word like
    `consultor` is an answer; only a phrase (`falar com um consultor`) asks for a human.
    """
    norm = " ".join(_clean(text).split())
    if not norm:
        return None
    if _POLITE.sub("", norm) in _OPT_OUT_EXACT or _OPT_OUT_PHRASES.search(norm):
        return "opt_out"
    if (norm in _HUMAN_EXACT and not free_text) or _HUMAN_PHRASES.search(norm):
        return "human"
    return None


def is_restart_request(text: str) -> bool:
    """True when an opted-out lead asks to come back (`VOLTAR`)."""
    return " ".join(_clean(text).split()) in _RESTART
