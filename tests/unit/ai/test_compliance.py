"""Compliance rules, both ways: violations are caught and honest replies pass."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.ai.compliance import RULES, check_reply, feedback, rules_for
from service.ai.models import Vertical

VIOLATIONS: dict[str, list[tuple[Vertical, str]]] = {
    "ans.promessa_cobertura": [
        ("saude", "Pode ficar tranquila, sem carência nenhuma!"),
        ("saude", "Esse plano é SEM CARENCIA"),
        ("saude", "s/ carência pra consultas 😉"),
        ("saude", "Aqui vc n tem carência, pode usar amanhã"),
        ("saude", "Carência zero pra tudo"),
        ("saude", "Zero carência, pode confiar"),
        ("saude", "Você fica isento de carência nesse plano"),
        ("saude", "Aprovação garantida, é só assinar"),
        ("saude", "aprovacao garantida!!"),
        ("saude", "Garanto que a operadora cobre sua cirurgia"),
        ("saude", "Com certeza a cirurgia vai ser coberta"),
        ("saude", "Cobertura 100% garantida"),
        ("saude", "O plano cobre tudo, fica tranquilo"),
        ("saude", "Cobertura total pra você e sua família"),
        ("saude", "Pode mandar a proposta que vai ser aprovado"),
        ("saude", "Não se preocupe, aprovação garantida"),
        ("saude", "Vc já está aprovado!"),
        ("saude", "Prometo que sua esposa é aceita sem problema"),
        ("saude", "Não precisa cumprir carência nenhuma"),
        ("saude", "Relaxa que a carência é zerada"),
        ("saude", "a operadora aprova com ctz"),
        ("saude", "Tá aprovado, pode comemorar"),
        ("saude", "Carência? Nenhuma!"),
        ("saude", "Pode ficar tranquila, o plano vai cobrir sua cirurgia com certeza."),
        ("saude", "A Unimed cobriria seu parto 100%."),
        ("saude", "Você não vai precisar cumprir carência nenhuma, garanto."),
        ("saude", "Vc n vai ter carência pra consulta"),
    ],
    "ans.preco_final": [
        ("saude", "Fica R$ 450 fechado"),
        ("saude", "fica R$450,00 fechado pra vc"),
        ("saude", "O plano custa R$ 389,90 por mês."),
        ("saude", "Sai por 520 reais"),
        ("saude", "Fica 450 conto por mês, valor fixo"),
        ("saude", "São quatrocentos e cinquenta reais, preço travado"),
        ("saude", "A mensalidade é de 300 por mês"),
        ("saude", "R$ 1.250,00 e não muda"),
        ("saude", "Fica em torno de R$ 450, valor garantido"),
        ("saude", "O valor final é R$ 600"),
        ("saude", "Trezentos reais certinho, sem surpresas"),
        ("saude", "450 pila por mês e acabou"),
        ("saude", "Valor: R$ 320/mês"),
    ],
    "ans.orientacao_medica": [
        ("saude", "Toma uma dipirona que passa"),
        ("saude", "tome paracetamol de 8 em 8 horas"),
        ("saude", "Parece ser uma virose, nada demais"),
        ("saude", "Deve ser sinusite"),
        ("saude", "Vc tem diabetes, com certeza"),
        ("saude", "Acho que é ansiedade"),
        ("saude", "Use 500 mg por dia"),
        ("saude", "Isso é sintoma de gastrite"),
        ("saude", "Não precisa ir ao médico, é normal"),
        ("saude", "Pode parar de tomar o remédio"),
        ("saude", "Experimente um chá de camomila que ajuda"),
        ("saude", "Isso aí é virose, toma bastante água"),
        ("saude", "Recomendo tomar ibuprofeno"),
    ],
    "ans.discriminacao": [
        ("saude", "Por causa da sua idade não compensa"),
        ("saude", "por causa da sua idade nao compensa fazer plano"),
        ("saude", "Na sua idade fica difícil aceitarem"),
        ("saude", "Idosos a operadora recusa"),
        ("saude", "Com 65 anos nem adianta tentar"),
        ("saude", "Pra quem tem deficiência tem uma taxa extra"),
        ("saude", "Como é doença preexistente eles cobram a mais"),
        ("saude", "Autista não rola nesse plano"),
        ("saude", "Com diabetes melhor não tentar"),
        ("saude", "Sessenta e cinco anos? Esquece, é inviável"),
        ("saude", "Cadeirante não pode contratar esse plano"),
        ("saude", "Idoso é mais complicado, melhor nem tentar"),
        ("saude", "Com a sua doença a operadora não aceita"),
    ],
    "ans.cpt": [
        ("saude", "Doença preexistente não tem CPT nesse plano"),
        ("saude", "Sua doença pré-existente tem cobertura imediata"),
        ("saude", "preexistente cobre tudo desde o primeiro dia"),
        ("saude", "Esse plano é sem CPT"),
        ("saude", "Não precisa declarar a diabetes"),
        ("saude", "Não declara a doença que fica mais barato"),
        ("saude", "Pode omitir a doença na declaração"),
        ("saude", "Se esconder a condição a operadora não vai saber"),
        ("saude", "Ninguém vai saber da sua hipertensão"),
    ],
    "ans.dados_saude": [
        ("saude", "Me manda seus exames por aqui"),
        ("saude", "Pode me enviar o laudo?"),
        ("saude", "Manda foto da receita"),
        ("saude", "Quais doenças você tem?"),
        ("saude", "Que remédios vc toma?"),
        ("saude", "Você tem alguma doença crônica?"),
        ("saude", "Me conta seus sintomas"),
        ("saude", "Qual o seu peso e altura?"),
        ("saude", "Alguém da família tem diabetes?"),
        ("saude", "Envie a declaração de saúde preenchida aqui no chat"),
        ("saude", "Me fala qual doença vc tem"),
    ],
    "creci.promessa_valorizacao": [
        ("imoveis", "Valoriza 30% ao ano"),
        ("imoveis", "Esse apê valoriza trinta por cento ao ano"),
        ("imoveis", "Rende 1% ao mês de aluguel"),
        ("imoveis", "Vai valorizar muito com o metrô"),
        ("imoveis", "Valorização garantida na região"),
        ("imoveis", "Garanto um retorno de aluguel ótimo"),
        ("imoveis", "Imóvel aqui só valoriza"),
        ("imoveis", "É investimento sem risco"),
        ("imoveis", "Renda de aluguel garantida todo mês"),
        ("imoveis", "Em 5 anos vai dobrar de valor, com certeza vai dobrar"),
        ("imoveis", "Em 2 anos vale o dobro, certeza"),
        ("imoveis", "O aluguel rende uns oito por cento ao ano"),
        ("imoveis", "O imóvel com certeza vai se valorizar muito."),
    ],
    "creci.promessa_financiamento": [
        ("imoveis", "Financiamento aprovado com certeza"),
        ("imoveis", "Aprovação garantida na Caixa"),
        ("imoveis", "Garanto que o banco aprova seu financiamento"),
        ("imoveis", "O banco vai aprovar, relaxa"),
        ("imoveis", "Mesmo com nome sujo a gente aprova"),
        ("imoveis", "Crédito 100% garantido"),
        ("imoveis", "Sem consulta ao SPC"),
        ("imoveis", "com certeza o financiamento sai"),
        ("imoveis", "Seu crédito tá garantido"),
        ("imoveis", "Seu financiamento está aprovado, pode ficar tranquilo."),
        ("imoveis", "Você vai conseguir o financiamento, com certeza."),
    ],
    "creci.pressao_escassez": [
        ("imoveis", "Últimas unidades, só hoje"),
        ("imoveis", "ultimas unidades so hj"),
        ("imoveis", "Restam apenas 2 unidades!"),
        ("imoveis", "Corre que está acabando"),
        ("imoveis", "Oferta relâmpago, decida agora"),
        ("imoveis", "Tem outro cliente querendo fechar"),
        ("imoveis", "O preço sobe amanhã"),
        ("imoveis", "É agora ou nunca"),
        ("imoveis", "Oportunidade única, amanhã já era"),
        ("imoveis", "Valido só até amanhã"),
        ("imoveis", "Só sobrou 1 apartamento!"),
        ("imoveis", "Fecha hoje senão perde"),
    ],
    "lgpd.dados_sensiveis": [
        ("saude", "Me manda seu CPF"),
        ("saude", "me manda teu c.p.f. pfv"),
        ("imoveis", "Qual é o seu CPF?"),
        ("imoveis", "Passa o número do cartão que eu faço a reserva"),
        ("saude", "Preciso do seu RG e CPF"),
        ("imoveis", "Informe sua agência e conta corrente"),
        ("imoveis", "Me fala a chave pix e a senha"),
        ("saude", "Digite o código de segurança do cartão"),
        ("imoveis", "Não se preocupe, me passa seu CPF"),
        ("saude", "Seu RG por aqui mesmo, por favor"),
        ("saude", "Qual o número do seu cartão de crédito?"),
        ("imoveis", "Me passa o CPF e o RG pra eu já adiantar"),
    ],
    "lgpd.dados_terceiros": [
        ("saude", "Outra cliente minha, a Maria, pagou R$ 300 com desconto"),
        ("imoveis", "Um cliente meu comprou o 302, o telefone dele é 11 99999-0000"),
        ("imoveis", "Te passo o telefone do outro cliente"),
        ("saude", "Seu vizinho João contratou esse plano"),
        ("imoveis", "O endereço da cliente é Rua das Flores, 10"),
        ("saude", "Outros clientes com a mesma doença pagaram menos"),
    ],
    "decoro.ofensivo": [
        ("saude", "Deixa de ser burro"),
        ("imoveis", "Que pergunta idiota"),
        ("saude", "Porra, já expliquei"),
        ("imoveis", "Nordestino não paga em dia"),
        ("imoveis", "Não alugamos para estrangeiros"),
        ("saude", "cala a boca e assina"),
        ("imoveis", "Gente como você não tem dinheiro"),
        ("saude", "Vai se ferrar"),
        ("imoveis", "Gay não aluga aqui"),
        ("saude", "Vc é muito burro hein"),
    ],
}

HONEST: list[tuple[Vertical, str]] = [
    ("saude", "A carência depende da operadora e do plano; te passo na cotação."),
    ("saude", "O valor é uma estimativa, confirmo na cotação."),
    ("saude", "Fica em torno de R$ 450 por mês, valor estimado que confirmo na cotação."),
    ("saude", "A partir de R$ 300, mas depende da idade e da operadora."),
    ("saude", "Não posso garantir aprovação; quem analisa é a operadora."),
    ("saude", "Ninguém pode prometer isenção de carência, isso depende da operadora."),
    ("saude", "Urgência e emergência têm carência de 24 horas, conforme a ANS."),
    ("saude", "Doenças preexistentes podem ter CPT de até 24 meses, conforme a ANS."),
    ("saude", "É importante declarar tudo na declaração de saúde, ela é feita com a operadora."),
    ("saude", "Não posso dar orientação médica; procure um médico de confiança."),
    ("saude", "Pela regra da ANS ninguém pode ser recusado por idade ou doença preexistente."),
    ("saude", "O valor varia por faixa etária, conforme as regras da ANS."),
    ("saude", "Não precisa me mandar exames por aqui; a operadora cuida disso com segurança."),
    ("saude", "Se você tem alguma doença preexistente, a operadora pode aplicar CPT."),
    ("saude", "Nunca vou pedir seu CPF por aqui, fique tranquila."),
    ("saude", "Oi, Ana! Que bom falar com você 😊 Quantas pessoas vão entrar no plano?"),
    ("saude", "A cobertura segue o rol da ANS e o contrato da operadora."),
    ("saude", "Com certeza! Te mando a cotação ainda hoje."),
    ("saude", "Entendi! Vou montar algumas opções e o consultor te envia os valores."),
    (
        "saude",
        "Os planos costumam ter carência de até 180 dias para internações, mas varia conforme a operadora.",
    ),
    (
        "saude",
        "Uma estimativa para 2 pessoas fica a partir de R$ 600 por mês; o valor certo sai na cotação.",
    ),
    ("saude", "Não posso dar diagnóstico, tá? Se estiver com sintomas, procure um médico."),
    (
        "saude",
        "Pessoas com 60 anos ou mais podem contratar plano normalmente; a ANS proíbe recusa por idade.",
    ),
    ("saude", "Sim, sou uma assistente virtual da Ana. Posso te ajudar com a cotação!"),
    ("saude", "Sem problema! Se mudar de ideia, é só chamar aqui."),
    ("saude", "Para gestantes, o parto tem carência de 300 dias, conforme a ANS."),
    ("saude", "A proposta ainda não está aprovada; a operadora analisa em até 5 dias."),
    ("saude", "Sei que parece complicado, mas te explico: a carência depende da operadora."),
    ("imoveis", "Não há garantia de valorização; depende do mercado."),
    ("imoveis", "A aprovação do financiamento depende da análise do banco."),
    ("imoveis", "Sem pressa! Quando quiser, marcamos uma visita."),
    ("imoveis", "Posso te mostrar opções de 2 quartos na Zona Sul?"),
    ("imoveis", "Ninguém pode garantir que o imóvel vai valorizar."),
    ("imoveis", "O apartamento tem 70 m², 2 quartos e uma vaga."),
    ("imoveis", "Não compartilhamos dados de outros clientes."),
    ("imoveis", "Não precisa passar CPF por aqui; isso fica para o contrato, com segurança."),
    ("imoveis", "Sou a assistente virtual da Carla e te ajudo a agendar a visita."),
    ("imoveis", "Temos opções de 2 e 3 quartos no Centro, a partir de R$ 350 mil."),
    ("imoveis", "A região valorizou nos últimos anos, mas não dá para garantir o futuro."),
    ("imoveis", "O aluguel é de R$ 2.500 mais condomínio e IPTU."),
    ("imoveis", "Você pode usar o FGTS na entrada, conforme as regras da Caixa."),
    ("imoveis", "Sem pressão, tá? Pense com calma e me chama quando quiser."),
    ("imoveis", "O prédio tem 20 anos de construção e passou por reforma recente."),
    ("imoveis", "Ainda resta alguma dúvida?"),
    ("saude", "Não posso garantir que o plano vai cobrir; a operadora avalia cada caso."),
    ("saude", "Na portabilidade, você não precisa cumprir novas carências se seguir as regras."),
    ("imoveis", "O banco analisa a renda para ver se você vai conseguir o financiamento."),
    ("imoveis", "Quando o financiamento for aprovado pelo banco, marcamos a assinatura."),
    ("imoveis", "Ninguém garante que o bairro vai se valorizar."),
]


@pytest.mark.parametrize(
    ("rule", "vertical", "text"),
    [(rule, v, t) for rule, cases in VIOLATIONS.items() for v, t in cases],
)
def test_violation_is_caught_with_its_rule_id(rule: str, vertical: Vertical, text: str) -> None:
    verdict = check_reply(text, vertical)
    assert not verdict.ok
    assert rule in {v.rule for v in verdict.violations}


@pytest.mark.parametrize(("vertical", "text"), HONEST)
def test_honest_reply_passes(vertical: Vertical, text: str) -> None:
    verdict = check_reply(text, vertical)
    assert verdict.ok, verdict.violations
    assert verdict.violations == []


def test_every_rule_has_an_id_a_reason_and_at_least_one_vertical() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.reason.endswith(".")
        assert rule.verticals


def test_health_rules_do_not_apply_to_real_estate() -> None:
    assert "ans.preco_final" not in {r.id for r in rules_for("imoveis")}
    assert check_reply("Sem carência nenhuma", "imoveis").ok
    assert not check_reply("Sem carência nenhuma", "saude").ok


def test_one_reply_can_break_several_rules() -> None:
    verdict = check_reply("Sem carência e fica R$ 450 fechado, me manda seu CPF", "saude")
    rules = {v.rule for v in verdict.violations}
    assert {"ans.promessa_cobertura", "ans.preco_final", "lgpd.dados_sensiveis"} <= rules


def test_feedback_names_every_violation_in_portuguese() -> None:
    verdict = check_reply("Aprovação garantida, me manda seu CPF", "saude")
    text = feedback(verdict)
    assert "ans.promessa_cobertura" in text and "lgpd.dados_sensiveis" in text
    assert "Reescreva" in text


@given(text=st.text(max_size=400), vertical=st.sampled_from(["saude", "imoveis"]))
@settings(max_examples=200, deadline=None)
def test_any_text_gets_a_consistent_verdict(text: str, vertical: Vertical) -> None:
    verdict = check_reply(text, vertical)
    assert verdict.ok == (verdict.violations == [])
    assert {v.rule for v in verdict.violations} <= {r.id for r in rules_for(vertical)}
