"""Real-estate rules (CRECI and consumer law): promises, false scarcity, broker identity."""

from __future__ import annotations

import re

from service.ai.models import ComplianceContext
from service.ai.normalize import fold
from service.ai.rules import (
    IMOVEIS,
    NEG,
    NEG_OR_IF,
    NUMBER,
    Rule,
    any_match,
    context_sentences,
    neg,
    pat,
    patterns_rule,
)

_PERCENT = rf"({NUMBER}\s*(%|por cento))"
_APPRECIATION = [
    neg(rf"\b(valoriz\w*|rend\w*|rentabilidade|retorno|lucro|ganho)\b[^.]{{0,30}}\b{_PERCENT}"),
    neg(
        rf"\b{_PERCENT}[^.]{{0,20}}\b(de )?(valoriza\w*|rentabilidade|retorno|ao ano|ao mes|por ano)"
    ),
    neg(
        r"\b(vai|vao|ira|irao|deve|devem|com certeza|certeza que) (se )?"
        r"(valorizar|dobrar|triplicar|render)"
    ),
    neg(
        r"\b(valorizacao|rentabilidade|retorno|renda|aluguel|lucro|ganho)\b[^.]{0,15}"
        r"\b(garantid\w*|certa|certo|assegurad\w*|na certa)"
    ),
    neg(
        r"\b(garant\w*|promet\w*|assegur\w*)\b[^.]{0,25}\b(valoriza\w*|rentabilidade|retorno"
        r"|renda|aluguel|lucro|ganho)"
    ),
    neg(r"\b(vale|valera|vai valer|valer) (o )?(dobro|triplo)\b"),
    pat(
        r"\b(so valoriza|nunca desvaloriza\w*|dobra de valor|investimento sem risco|sem risco nenhum"
        r"|lucro certo|dinheiro certo|aluga na hora|aluga rapidinho|aluga facil)\b"
    ),
]
_FINANCING = [
    neg(
        r"\b(financiamento|credito|emprestimo|aprovacao|carta de credito)\b[^.]{0,25}"
        r"\b(aprovad\w* (com certeza|na certa|na hora)|garantid\w*|certo|certa|na certa|na hora"
        r"|100 ?%|cem por cento)"
    ),
    neg(
        r"\b(garant\w*|promet\w*|com certeza|certeza que|sem duvida)\b[^.]{0,30}"
        r"\b(aprova\w*|financiamento|credito)"
    ),
    neg(r"\b(o banco|a caixa|eles) (vai|vao|ira) (aprovar|liberar)\b"),
    neg(
        r"\b(financiamento|credito|emprestimo)\b[^.]{0,20}\b(ja )?(esta|sera) "
        r"(aprovad\w*|liberad\w*)"
    ),
    pat(
        r"\b(vai|vao|ira|irao) conseguir (o |a |seu |sua )?(financiamento|credito|emprestimo"
        r"|aprovacao)\b",
        NEG_OR_IF,
    ),
    neg(r"\b(vai|vao) (ser )?(aprovad\w*|liberad\w*)\b[^.]{0,20}\b(financiamento|credito)?"),
    pat(
        r"\b(mesmo )?com (o )?nome (sujo|negativado)[^.]{0,20}\b(aprova\w*|consegue|libera\w*|passa)"
        r"|\bsem consulta (ao |a )?(spc|serasa)"
    ),
]
_SCARCITY = [
    pat(
        r"\bultim[oa]s? (unidades?|apartamentos?|casas?|lotes?|vagas?|horas|dias|chances?|oportunidades?)\b"
    ),
    pat(r"\b(so|somente|apenas|valido) (hoje|ate hoje|ate amanha|esta semana|hoje e amanha)\b"),
    pat(
        r"\b(restam|resta|sobraram|sobrou|tem so|so tem|so temos|so restam|faltam) (apenas |so )?"
        r"(\d+|duas|tres|uma|um) (unidades?|apartamentos?|casas?|lotes?)"
    ),
    pat(
        r"\b(corre|corra|corram|antes que acabe|vai acabar|vao acabar|esta acabando|acabando rapido"
        r"|voando|oferta relampago|nao vai ter outra|oportunidade unica|agora ou nunca"
        r"|decid\w* (agora|hoje)|fech\w* (agora|hoje) (ou|senao))\b"
    ),
    pat(
        r"\b(preco|valor|tabela) (sobe|aumenta|vai subir|vai aumentar) (amanha|semana que vem|"
        r"segunda|no mes que vem)"
    ),
    pat(
        r"\b(outr[oa]s?|mais|tem) (cliente|comprador|interessad[oa]|pessoa|familia)s? "
        r"(quer|querendo|fechando|vai fechar|esta fechando|interessad[oa]|de olho)"
    ),
    pat(r"\b(amanha|depois) (ja )?(era|nao tem mais|pode nao ter)\b"),
]
_BROKER_QUESTION = re.compile(
    r"\b(creci|corretor\w*|corretora|imobiliaria responsavel|registro (do|de|da) (corretor\w*"
    r"|imobiliaria)|quem (e|e o|e a) (o |a )?(responsavel|corretor\w*))\b"
)
_BROKER_REFUSAL = re.compile(
    r"\b(posso|podemos|vou|preciso|e necessario|consigo) (informar|passar|dizer|divulgar|"
    r"mostrar|fornecer|falar) (o |nosso |meu |o seu )?(creci|registro)"
)
_BROKER_DISMISSAL = pat(
    r"\bcreci (nao e|nem e) (necessario|importante|obrigatorio|preciso)"
    r"|\bnao (precisa|precisamos|tem|temos|trabalhamos com) (de )?creci"
)


def _broker_identification(sents: list[str], ctx: ComplianceContext) -> bool:
    if any_match([_BROKER_DISMISSAL], sents):
        return True
    # "não posso informar o CRECI" is a refusal; "posso informar o CRECI" is not.
    for s in sents:
        m = _BROKER_REFUSAL.search(s)
        if m and NEG.search(s[max(0, m.start() - 20) : m.start()]):
            return True
    asked = any(_BROKER_QUESTION.search(s) for s in context_sentences(ctx.lead_message))
    if not asked:
        return False
    text = " ".join(sents)
    registration = fold(ctx.broker_registration).strip()
    return "creci" not in text and not (registration and registration in text)


IMOVEIS_RULES = [
    Rule(
        "creci.promessa_valorizacao",
        "Promete valorização ou rentabilidade do imóvel.",
        IMOVEIS,
        patterns_rule(_APPRECIATION),
    ),
    Rule(
        "creci.promessa_financiamento",
        "Promete aprovação de financiamento, que depende da análise do banco.",
        IMOVEIS,
        patterns_rule(_FINANCING),
    ),
    Rule(
        "creci.pressao_escassez",
        "Pressiona com escassez ou urgência para forçar a decisão.",
        IMOVEIS,
        patterns_rule(_SCARCITY),
    ),
    Rule(
        "creci.identificacao_corretor",
        "Não identifica o corretor responsável (CRECI) quando perguntado.",
        IMOVEIS,
        _broker_identification,
    ),
]
