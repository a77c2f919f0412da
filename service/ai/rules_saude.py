"""Health-plan rules (ANS): coverage promises, final prices, medical advice, discrimination."""

from __future__ import annotations

import re

from service.ai.models import ComplianceContext
from service.ai.rules import (
    NEG,
    NEG_OR_IF,
    NUMBER,
    SAUDE,
    Pattern,
    Rule,
    any_match,
    matches,
    neg,
    pat,
    patterns_rule,
)

# Phrases that make a coverage statement honest: it depends on the operator or the rules.
_DEPENDS = re.compile(
    r"depende (da|do|das|dos) (operadora|plano|contrato|analise|regras|ans|caso)"
    r"|conforme (a |o |as )?(operadora|ans|regras|contrato|plano)|rol (da ans|de procedimentos)"
    r"|sujeit\w* a (analise|aprovacao da operadora)|a operadora (define|decide|avalia|analisa)"
)

# Every tense of "cobrir" a promise is made in ("vai cobrir", "cobriria"), not "cobrança".
_COVERS = r"cobre|cobrem|cobrir|cobrira|cobrirao|cobriria|cobririam"

_COVERAGE = [
    neg(r"\bsem (nenhuma |qualquer )?carencias?\b"),
    neg(r"\bcarencias? ((e|esta|fica|sera) )?(zero|0|nenhuma|zerada|isenta|dispensada)\b"),
    neg(r"\bzero (de )?carencias?\b"),
    neg(
        r"\bnao (vai |vao |ira |irao )?(tem|ter|ha|existe|tera|precisa|precisar|precisara|cumpre"
        r"|cumprir|pega|pegar|paga|pagar)( de| cumprir)? (nenhuma |qualquer )?carencias?\b"
    ),
    neg(r"\b(isen\w*|livre|dispensa\w*) (de |da |das )?carencias?\b"),
    neg(r"\bsem (nenhum )?(prazo|tempo) de (espera|carencia)\b"),
    neg(
        r"\b(garant\w*|com certeza|certeza que|100 ?%|cem por cento|sem duvida|promet\w*|"
        r"assegur\w*|fica tranquil\w*|pode ficar tranquil\w*)\b[^.]{0,40}"
        rf"\b(cobert\w*|{_COVERS}|aprovad\w*|aprovac\w*|aprova|aceit\w*|liberad\w*|autoriza\w*)"
    ),
    neg(
        rf"\b(cobertura|{_COVERS}|aprovacao|aprovado|aprovada|aprova|aprovam|aceitacao|aceita"
        r"|aceitam|autorizacao)\b[^.]{0,25}"
        r"\b(garantid\w*|garantia|certa|certo|com certeza|100 ?%|cem por cento|na hora)"
    ),
    neg(
        r"\b(cobre tudo|cobre qualquer (coisa|procedimento|doenca|cirurgia)|cobertura "
        r"(total|completa|integral|ilimitada|de tudo)|cobre (todas as|todos os) "
        r"(doencas|procedimentos|cirurgias|exames))\b"
    ),
    neg(
        r"\b(vai|vao) ser (aprovad\w*|aceit\w*)|\bsera (aprovad\w*|aceit\w*)|\bvai (aprovar|passar)\b"
    ),
    neg(r"\b(ja )?(esta|estao) (aprovad\w*|aceit\w*|liberad\w*)\b"),
]


_NO_WAIT_ANSWER = re.compile(r"\bcarencias? (nenhuma|zero|nada|nao tem|nao existe|nao ha)\b")


def _coverage(sents: list[str], ctx: ComplianceContext) -> bool:
    if any(matches(p, s) for s in sents if not _DEPENDS.search(s) for p in _COVERAGE):
        return True
    # "Carência? Nenhuma!" spans two sentences.
    pairs = (f"{a} {b}" for a, b in zip(sents, sents[1:], strict=False))
    return any(_NO_WAIT_ANSWER.search(p) for p in pairs)


PRICE = re.compile(
    rf"r\$ ?\d|\b{NUMBER}\s*(mil\s*)?(reais|real|pila|pilas|conto|contos|mangos?|paus|pau)\b"
    r"|\b\d[\d.,]*\s*(por mes|/mes|/ mes|mensais|ao mes|de mensalidade)\b"
    r"|\bmensalidade (de|e|fica|sai) (de )?\d"
)
_FINAL = re.compile(
    r"\b(fechad[oa]|fixo|fixa|garantid[oa]|travad[oa]|certinho|exatamente|definitiv[oa]"
    r"|sem surpresa\w*|nao muda|nao vai mudar|nem um centavo a mais|ponto final"
    r"|(e o|esse e o|este e o|seria o) (valor|preco) (final|exato)"
    r"|(valor|preco) (final|exato) (e|de|fica|sai por))\b"
)
_ESTIMATE = re.compile(
    r"\b(estimativa|estimad[oa]|aproximad\w*|a partir de|em media|media de|cerca de|por volta de"
    r"|em torno de|mais ou menos|faixa|sujeit[oa]|pode variar|varia|variar|confirm\w*|depend\w*"
    r"|referencia|simulac\w*|simulad[oa]|previa|orcamento)\b"
)


def _final_price(sents: list[str], ctx: ComplianceContext) -> bool:
    priced = [s for s in sents if PRICE.search(s)]
    if not priced:
        return False
    final_marker = Pattern(_FINAL, NEG)
    if any(matches(final_marker, s) for s in priced):
        return True
    qualified = any(_ESTIMATE.search(s) for s in sents)
    return not qualified


_DISEASES = (
    r"(virose|infeccao|gripe|resfriado|dengue|covid|ansiedade|depressao|enxaqueca|sinusite|"
    r"gastrite|alergia|diabetes|hipertensao|pressao alta|cancer|tumor|pneumonia|bronquite|"
    r"rinite|labirintite|hernia|artrose|tendinite|estresse|burnout|infarto|avc|apendicite|"
    r"anemia|colesterol alto|intoxicacao|catapora)"
)
_MEDICINES = (
    r"(remedio|medicamento|dipirona|paracetamol|antibiotico|ibuprofeno|amoxicilina|"
    r"anti-?inflamatorio|antialergico|dorflex|novalgina|tylenol|buscopan|omeprazol|"
    r"rivotril|cha de|xarope|vitamina|suplemento|antidepressivo|insulina|soro|bastante agua)"
)
_MEDICAL = [
    neg(rf"\b(tome|toma|tomar|use|usa|usar|experimente|compre|pingue)\b[^.]{{0,25}}\b{_MEDICINES}"),
    neg(
        rf"\b(parece|deve|pode|deveria|provavelmente|acho que) (ser|e|seja) (so |apenas )?"
        rf"(uma |um )?{_DISEASES}"
    ),
    pat(
        rf"\b(voce|o senhor|a senhora|seu filho|sua filha)\s+(tem|esta com|deve ter|deve estar com"
        rf"|provavelmente tem|pode ter|parece ter)\s+(uma |um )?{_DISEASES}",
        NEG_OR_IF,
    ),
    neg(
        r"\b(isso|isso ai|isso aqui|esses sintomas|seus sintomas|essa dor|seu caso) "
        r"(e|sao|parece|parecem|indica\w*)"
        r"\b[^.]{0,20}\b(sintoma|sinal|virose|infeccao|grave|normal|nada demais|nada serio)"
    ),
    neg(r"\b(seu|o) diagnostico (e|seria|provavel)\b|\beu diagnosticaria\b"),
    pat(r"\b\d+ ?(mg|ml|gotas|comprimidos?)\b|\bde \d+ em \d+ horas\b"),
    pat(
        r"\bnao precisa (ir ao|ir no|de|procurar (um|o)?) ?medico\b|\bpode parar (de tomar|o tratamento)"
    ),
]

_PROTECTED = re.compile(
    r"\b(idade|idos[oa]s?|terceira idade|velh[oa]s?|\d{2} ?anos|(cinquenta|sessenta|setenta"
    r"|oitenta|noventa)( e \w+)? anos|deficien\w*|pcd|cadeirante|autis\w*|down|preexist\w*"
    r"|pre-?exist\w*|pre exist\w*|doenca cronica|doencas cronicas|diabet\w*|hipertens\w*"
    r"|cancer|hiv|obes\w*|gestante|gravida|doente|doenca)\b"
)
_DISCOURAGE = re.compile(
    r"\b(nao compensa|nao vale a pena|nao vale|nem tente|nem adianta|esquece|esqueca|melhor nao"
    r"|dificil (aceita\w*|aprova\w*|consegui\w*)|nao aceita\w*|recus\w*|negad\w*|negam|nega"
    r"|nao atend\w*|nao trabalh\w*|nao (da|dar) (para|pra)|nao consegue|nao vai conseguir"
    r"|inviavel|taxa extra|acrescimo|sobretaxa|taxa adicional|valor adicional|cobra\w* a mais"
    r"|nao pode (contratar|entrar|aderir)|fora do perfil|nao se encaixa|desist\w*|nao rola"
    r"|nem pensar|sem chance|melhor nem|nem tentar|mais complicado|complicad\w*)\b"
)
_HONEST_RIGHTS = re.compile(
    r"\b(proib\w*|vedad\w*|ilega\w*|por lei|direito|ninguem pode|nao (pode|podem) (te |lhe )?"
    r"(recusar|negar|cobrar|impedir)|nao (pode|podem) ser (recusad\w*|negad\w*)"
    r"|nao (e|sera) (recusad\w*|negad\w*)|sem discrimina\w*|nao ha discrimina\w*)"
)


def _discrimination(sents: list[str], ctx: ComplianceContext) -> bool:
    # A question and its answer often sit in two sentences: "65 anos? Esquece."
    windows = [" ".join(sents[i : i + 2]) for i in range(len(sents))]
    return any(
        _PROTECTED.search(w) and _DISCOURAGE.search(w) and not _HONEST_RIGHTS.search(w)
        for w in windows
    )


_PREEXISTING = r"(preexist\w*|pre-?exist\w*|pre exist\w*|doencas? que (voce )?ja tem)"
_CPT = [
    neg(
        rf"\b{_PREEXISTING}[^.]{{0,60}}\b(sem cpt|nao (tem|ha|existe|precisa de) cpt|sem carencia"
        r"|nao tem carencia|cobert\w* (na hora|imediat\w*|desde o (primeiro|1o?) dia|total|completa"
        r"|integral)|cobre (na hora|tudo|imediat\w*|desde o (primeiro|1o?) dia)|sem restric\w*"
        r"|nao (tem|ha|existe) (restric\w*|cpt|cobertura parcial)|esta coberta|estao cobertas)"
    ),
    neg(
        r"\b(sem cpt|cpt zero|zero de cpt|isent\w* de cpt|livre de cpt|nao (tem|ha|existe|aplica\w*) cpt)\b"
    ),
    neg(r"\bnao (precisa|e preciso|tem que|e necessario|precisa de) (declarar|informar|contar)\b"),
    neg(
        r"\b(nao (declare|declara|informe|informa|conte|conta|fale|fala|mencione|coloque))\b"
        r"[^.]{0,30}\b(doenca|preexist\w*|condicao|problema|diagnostico)"
    ),
    neg(
        r"\b(omit\w*|escond\w*|omissao)\b[^.]{0,30}\b(doenca|preexist\w*|condicao|declaracao|problema)"
    ),
    pat(
        r"\bninguem vai (saber|descobrir)|\ba operadora nao (vai )?(saber|descobrir|descobre)"
        r"|\bnao (vao|vai) descobrir\b"
    ),
]

_ASK = r"(me |nos )?(manda|mande|mandar|envia|envie|enviar|passa|passe|passar|encaminha|encaminhe|anexa|anexe|compartilha|compartilhe|tira uma foto|tire uma foto)"
_HEALTH_DATA = [
    neg(
        rf"\b{_ASK}\b[^.?]{{0,25}}\b(exames?|laudos?|receitas?|atestados?|prontuario|"
        r"relatorio medico|resultados? d\w* exames?|carteirinha|carteira do plano|declaracao de saude)\b"
    ),
    neg(
        r"\b(qual|quais|que) (doencas?|remedios?|medicamentos?|tratamentos?|cirurgias?|"
        r"condic\w* de saude|problemas? de saude)\b[^.?]{0,15}\b(voce|o senhor|a senhora|"
        r"tem|teve|toma|usa|trata|fez|faz)\b"
    ),
    pat(
        r"\b(voce|alguem da familia|algum dependente|a senhora|o senhor) (tem|possui|sofre de|"
        r"ja teve|faz tratamento|toma)\b[^.]{0,30}\b(doenca|problema de saude|condicao|remedio"
        r"|medicament|tratamento|cirurgia|diabetes|hipertens|cancer|depressao|gravid\w*)",
        NEG_OR_IF,
    ),
    neg(
        r"\b(me )?(conta|conte|diga|diz|fala|fale|informe|informa|descreva|descreve|detalhe)\b"
        r"[^.?]{0,20}\b(suas? doencas?|seus? (sintomas?|problemas? de saude|remedios|medicamentos"
        r"|diagnosticos?|exames)|sua condicao de saude|seu historico (medico|de saude))"
    ),
    neg(
        r"\bqual (e )?(o )?seu (peso|altura|imc|cid|tipo sanguineo)\b|\bseu peso e (sua )?altura\b"
    ),
]

SAUDE_RULES = [
    Rule(
        "ans.promessa_cobertura",
        "Promete cobertura, aprovação ou isenção de carência que depende da operadora.",
        SAUDE,
        _coverage,
    ),
    Rule(
        "ans.preco_final",
        "Apresenta preço exato como final; valores são estimativas a confirmar na cotação.",
        SAUDE,
        _final_price,
    ),
    Rule(
        "ans.orientacao_medica",
        "Faz diagnóstico ou dá orientação médica.",
        SAUDE,
        patterns_rule(_MEDICAL),
    ),
    Rule(
        "ans.discriminacao",
        "Recusa, sobretaxa ou desestimula por idade, deficiência ou doença preexistente.",
        SAUDE,
        _discrimination,
    ),
    Rule(
        "ans.cpt",
        "Distorce a cobertura parcial temporária (CPT) de doenças preexistentes.",
        SAUDE,
        patterns_rule(_CPT),
    ),
    Rule(
        "ans.dados_saude",
        "Pede detalhes de saúde ou documentos médicos pelo chat.",
        SAUDE,
        patterns_rule(_HEALTH_DATA),
    ),
]

__all__ = ["PRICE", "SAUDE_RULES", "any_match"]
