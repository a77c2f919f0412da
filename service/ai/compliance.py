"""Compliance guardrails: every AI reply is checked here before it is sent (pure, no I/O).

Rules live in `rules_saude` (ANS), `rules_imoveis` (CRECI and consumer law) and
`rules_common` (LGPD and decency). Each has an id and a short reason in Portuguese.
"""

from __future__ import annotations

from service.ai.models import ComplianceContext, ComplianceVerdict, Vertical, Violation
from service.ai.normalize import normalize, sentences
from service.ai.rules import Rule
from service.ai.rules_common import COMMON_RULES
from service.ai.rules_imoveis import IMOVEIS_RULES
from service.ai.rules_saude import SAUDE_RULES

RULES: tuple[Rule, ...] = (*SAUDE_RULES, *IMOVEIS_RULES, *COMMON_RULES)


def rules_for(vertical: Vertical) -> list[Rule]:
    """The rules that apply to one vertical, in a stable order."""
    return [rule for rule in RULES if vertical in rule.verticals]


def check_reply(
    text: str, vertical: Vertical, context: ComplianceContext | None = None
) -> ComplianceVerdict:
    """Check one reply against every rule of its vertical and return the verdict."""
    ctx = context or ComplianceContext()
    sents = sentences(normalize(text))
    violations = [
        Violation(rule=rule.id, reason=rule.reason)
        for rule in rules_for(vertical)
        if rule.detect(sents, ctx)
    ]
    return ComplianceVerdict(ok=not violations, violations=violations)


def feedback(verdict: ComplianceVerdict) -> str:
    """The violations as an instruction for regenerating the reply (pt-BR)."""
    lines = [f"- {v.reason} (regra {v.rule})" for v in verdict.violations]
    return (
        "Sua resposta anterior violou regras de conformidade e não pode ser enviada:\n"
        + "\n".join(lines)
        + "\nReescreva a resposta sem esses problemas, curta e cordial."
    )
