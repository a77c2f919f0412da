"""Rules for every vertical: LGPD (personal data, bot identity, opt-out) and decency."""

from __future__ import annotations

import re

from service.ai.models import ComplianceContext
from service.ai.normalize import fold
from service.ai.rules import (
    ALL,
    NEG,
    NUMWORD,
    Pattern,
    Rule,
    any_match,
    context_sentences,
    matches,
    neg,
    pat,
    patterns_rule,
)

_SENSITIVE = (
    r"(cpf|rg|identidade|cnh|carteira de motorista|numero do cartao|dados do cartao|cartao"
    r"|cvv|codigo de seguranca|validade do cartao|senha|agencia|conta bancaria|conta corrente"
    r"|conta poupanca|numero da conta|dados bancarios|chave pix|pix|extrato bancario)"
)
_DATA_REQUEST = [
    neg(
        r"\b(manda|mande|mandar|envia|envie|enviar|passa|passe|passar|informa|informe|informar"
        r"|digita|digite|digitar|fala|fale|falar|diz|diga|dizer|confirma|confirme|confirmar"
        r"|preciso d[oa]s?|precisamos d[oa]s?|me da|me de|anota ai|escreve|escreva)\b"
        rf"[^.?]{{0,25}}\b{_SENSITIVE}\b"
    ),
    neg(rf"\bqual (e )?(o |a )?(seu|sua|teu|tua) {_SENSITIVE}\b"),
    neg(
        r"\bqual (e )?(o |a )?(numero|codigo|senha|agencia|validade|digito) d[oa] (seu|sua|teu|tua)"
        r" (cartao|conta|cpf|rg|banco)"
    ),
    neg(
        rf"\b(seu|sua) {_SENSITIVE}\b[^.?]{{0,15}}\b(por favor|aqui|por aqui|no chat|pelo whatsapp)"
    ),
]
_THIRD_PARTY = [
    neg(
        r"\b(outr[oa]s? (cliente|clientes|lead|leads|pessoa|pessoas|comprador\w*|morador\w*)|"
        r"(um|uma) (cliente|clientes) (meu|minha|nosso|nossa|da consultora|do consultor))\b"
        r"[^.]{0,60}\b(telefone|whatsapp|celular|cpf|endereco|mora|paga|pagou|comprou|fechou"
        r"|contratou|doenca|salario|renda|numero|nome|e-?mail|dados)\b"
    ),
    neg(
        r"\b(telefone|whatsapp|celular|numero|contato|endereco|cpf|e-?mail|dados) d[oa]s? "
        r"(outr[oa]s?|sua|seu|nosso|nossa|meu|minha)? ?(cliente|clientes|lead|vizinh\w*|colega)"
    ),
    neg(
        r"\b(seu|sua|teu|tua) (vizinh[oa]|colega|amig[oa]|cunhad[oa]|chefe) \w*\s?[^.]{0,30}"
        r"\b(paga|pagou|comprou|fechou|contratou|tem (a |o )?(doenca|plano))"
    ),
]
_BOT_QUESTION = re.compile(
    r"\b(voce )?(e|seria) (um |uma )?(robo|bot|maquina|ia|inteligencia artificial|humano|humana"
    r"|pessoa|gente|atendente|real|de verdade)\b|\bestou falando com (um |uma )?(robo|bot"
    r"|maquina|ia|humano|pessoa|gente|atendente|alguem)|\bquem (esta|e que esta) (falando"
    r"|respondendo)|\bresposta automatica\b|\bisso e automatico\b|\be (o|a) proprio"
)
_BOT_ADMISSION = neg(
    r"\b(assistente virtual|assistente digital|atendente virtual|robo|robozinho|bot|chatbot"
    r"|inteligencia artificial|ia|automatic\w*|virtual)\b"
)
_CLAIMS_HUMAN = [
    neg(r"\bsou (uma |um )?(pessoa|humano|humana|gente)( de verdade| real)?\b"),
    pat(r"\bnao sou (um |uma )?(robo|bot|maquina|ia|assistente virtual|inteligencia artificial)\b"),
    pat(r"\bsou (o|a) (proprio|propria) (consultor\w*|corretor\w*)|\bde carne e osso\b"),
]


def _bot_identity(sents: list[str], ctx: ComplianceContext) -> bool:
    if any_match(_CLAIMS_HUMAN, sents):
        return True
    asked = any(_BOT_QUESTION.search(s) for s in context_sentences(ctx.lead_message))
    return asked and not any_match([_BOT_ADMISSION], sents)


_OPT_OUT = re.compile(
    r"^\s*(pare|parar|stop|sair|cancelar|chega|descadastrar)\s*$|\bpar[ae] de (me )?(mandar|enviar"
    r"|chamar|ligar|incomodar|encher)|\b(me )?(tira|tire|remove|remova|exclui|exclua) (da|dessa"
    r"|desta) lista|\bdescadastr\w*|\b(quero|quer) sair\b|\bsair da lista|\bnao quero mais"
    r"|\bnao (me )?(mande|manda|envie|envia|chame|chama) mais|\bnao tenho (mais )?interesse"
    r"|\bsem interesse|\bnao me (chame|chama|procure|procura)\b|\bme deixa em paz"
)
_KEEP_SELLING = [
    pat(
        r"\b(mas antes|tem certeza|so mais uma|aproveit\w*|ultima chance|reconsider\w*|vale a pena"
        r"|nao perca|que tal|posso te (mostrar|mandar|enviar|oferecer)|deixa eu te (mostrar|mandar)"
        r"|mas olha|so um minut\w*|desconto|oferta|promoc\w*|condicao especial)\b"
    ),
]
_ACKNOWLEDGE = re.compile(
    r"\b(nao (vou|vamos|iremos) (mais )?(te |lhe )?(mandar|enviar|incomodar|chamar|contatar)"
    r"|nao (te |lhe )?(mandarei|enviarei|enviaremos|mandaremos)|remov\w*|descadastr\w*"
    r"|retirad\w*|tirei|tiramos|excluid\w*|respeit\w*|sem problema\w*|tudo bem|entendid\w*"
    r"|combinado|pronto|claro)\b"
)
_REFUSE_OPT_OUT = [
    pat(
        r"\bnao (e possivel|da pra|da para|consigo|tem como|pode|podemos) (sair|cancelar"
        r"|descadastr\w*|parar|remover|tirar)|\bvou continuar (te )?(mandando|enviando|chamando)"
        r"|\bcontinuaremos (te )?(mandando|enviando)"
    ),
]


def _opt_out(sents: list[str], ctx: ComplianceContext) -> bool:
    if any_match(_REFUSE_OPT_OUT, sents):
        return True
    lead = " ".join(context_sentences(ctx.lead_message))
    if not _OPT_OUT.search(lead):
        return False
    text = " ".join(sents)
    return any_match(_KEEP_SELLING, sents) or not _ACKNOWLEDGE.search(text)


_OFFENSIVE = [
    pat(
        r"\b(idiota|imbecil|burr[oa]|otari[oa]|babaca|retardad\w*|mongol\w*|debil mental"
        r"|vagabund\w*|porra|caralho|merda|put[oa]|fdp|filh[oa] da puta|desgraca\w*|piranha"
        r"|vadia|viado|bicha|macac[oa]|foda\w*|fod[ae]r?|cacete|escrot[oa]|corno|aleijad\w*"
        r"|sua anta|cala a boca|vai se (ferrar|lascar|danar)|vai tomar no|pau no cu|arrombad\w*"
        r"|caloteir\w*|gentalha|rale|gente como voce)\b"
    ),
    pat(
        r"\b(nordestin\w*|baian\w*|paraib\w*|pobres?|favelad\w*|pret[oa]s|negr[oa]s|gays?"
        r"|lesbicas?|gord[oa]s|velh[oa]s|crentes?|macumbeir\w*|evangelic\w*|judeus?|mulheres"
        r"|estrangeir\w*|venezuelan\w*|haitian\w*|bolivian\w*|travest\w*|trans)\b[^.]{0,30}"
        r"\b(nao (pagam|paga|prestam|presta|merecem|compram|sao bem-?vind\w*|servem|alugam|aluga"
        r"|entram|entra|podem|sao aceit\w*|e aceit\w*)|so (da|dao)"
        r" problema|sao (todos )?(iguais|preguicos\w*|sujos?)|preguicos\w*)"
    ),
    pat(
        r"\bnao (aceitamos|atendemos|alugamos|vendemos|trabalhamos com) (para |pra )?(nordestin\w*"
        r"|gays?|pret[oa]s|negr[oa]s|pobres|estrangeir\w*|evangelic\w*|crentes|judeus|travest\w*"
        r"|trans|mae solteira|maes solteiras|gente (de|da) favela)"
    ),
]

_CLAIM_PATTERNS = [
    re.compile(
        rf"\b(mais de )?(\d+|{NUMWORD}) anos (de )?(experiencia|mercado|atuacao|carreira|estrada"
        r"|profissao)"
    ),
    re.compile(
        r"\b(premiad[oa]|eleit[oa]|vencedor\w*|campea\w*|ganhou (o |um )?premio|numero 1|n\. ?1"
        r"|(o|a) (melhor|maior) (consultor\w*|corretor\w*|vendedor\w*|da regiao|do brasil"
        r"|da cidade|do estado)|top \d+|lider (de|em) vendas|referencia (no|na|em))\b"
    ),
    re.compile(
        rf"\b(ja )?(atendeu|ajudou|vendeu|fechou|atende|atendemos|ajudamos|vendemos) (mais de )?"
        rf"(\d[\d.]*|{NUMWORD}|centenas|milhares) (de )?(clientes|familias|pessoas|imoveis|planos"
        r"|contratos|vidas)"
    ),
    re.compile(
        r"\b(formad[oa]|graduad[oa]|pos-?graduad\w*|mestre|doutor\w*|mba|especialista) (em|pela|pelo)\b"
    ),
]


def _invented_facts(sents: list[str], ctx: ComplianceContext) -> bool:
    facts = " ".join(fold(f) for f in ctx.consultant_facts)
    for s in sents:
        for claim in _CLAIM_PATTERNS:
            for m in claim.finditer(s):
                if NEG.search(s[max(0, m.start() - 15) : m.start()]):
                    continue
                numbers = re.findall(r"\d+", m.group(0))
                if numbers and all(n in facts for n in numbers):
                    continue
                if not numbers and m.group(0) in facts:
                    continue
                return True
    return False


COMMON_RULES = [
    Rule(
        "lgpd.dados_sensiveis",
        "Pede CPF, RG, cartão ou dados bancários pelo chat.",
        ALL,
        patterns_rule(_DATA_REQUEST),
    ),
    Rule(
        "lgpd.dados_terceiros",
        "Expõe dados de outros clientes.",
        ALL,
        patterns_rule(_THIRD_PARTY),
    ),
    Rule(
        "lgpd.identidade_virtual",
        "Não se identifica como assistente virtual quando perguntado.",
        ALL,
        _bot_identity,
    ),
    Rule(
        "lgpd.opt_out",
        "Não respeita o pedido do lead para parar de receber mensagens.",
        ALL,
        _opt_out,
    ),
    Rule(
        "decoro.ofensivo",
        "Conteúdo ofensivo ou discriminatório.",
        ALL,
        patterns_rule(_OFFENSIVE),
    ),
    Rule(
        "decoro.fatos_inventados",
        "Afirma fatos sobre o consultor que não constam no perfil dele.",
        ALL,
        _invented_facts,
    ),
]

__all__ = ["COMMON_RULES", "Pattern", "matches"]
