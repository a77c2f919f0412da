-- Demo data for local development (`make dev`), applied by `supabase db push --include-seed`.
--
-- Demo consultants (password for both: demo12345):
--   ana@demo.consultor.ai    Ana Souza  (planos de saúde)  landing page /ana-souza
--   bruno@demo.consultor.ai  Bruno Lima (imóveis)          landing page /bruno-lima
--
-- Idempotent: every insert is `on conflict do nothing`, so re-applying changes nothing.
-- Generated once from service/flows/templates/*.json plus demo conversations; the bcrypt hash
-- is precomputed (pgcrypto's crypt() is not available on every build).

-- Auth users, as a real e-mail sign-up leaves them (the profile comes from the trigger).
insert into auth.users (
  instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at, last_sign_in_at,
  confirmation_token, recovery_token, email_change_token_new, email_change, is_sso_user,
  is_anonymous
) values (
  '00000000-0000-0000-0000-000000000000', 'a0000000-0000-4000-8000-000000000001', 'authenticated', 'authenticated',
  'ana@demo.consultor.ai', '$2a$10$abp6b732LwmU9Vi1TyE7v.x9b6bq4J7KilhwmzcJ8qdjVipJyWXnu', now() - interval '30 days',
  '{"provider": "email", "providers": ["email"]}'::jsonb,
  '{"display_name": "Ana Souza", "slug": "ana-souza", "vertical": "saude", "whatsapp_number": "+5511987650001"}'::jsonb,
  now() - interval '30 days', now() - interval '30 days', null, '', '', '', '', false, false
) on conflict do nothing;

insert into auth.identities (
  id, provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at
) values (
  '0dbdd98c-5a5e-5c30-8269-625d82869c3f', 'a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001',
  '{"sub": "a0000000-0000-4000-8000-000000000001", "email": "ana@demo.consultor.ai", "email_verified": true, "phone_verified": false}'::jsonb, 'email', now() - interval '30 days', now() - interval '30 days',
  now() - interval '30 days'
) on conflict do nothing;

insert into auth.users (
  instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at, last_sign_in_at,
  confirmation_token, recovery_token, email_change_token_new, email_change, is_sso_user,
  is_anonymous
) values (
  '00000000-0000-0000-0000-000000000000', 'b0000000-0000-4000-8000-000000000002', 'authenticated', 'authenticated',
  'bruno@demo.consultor.ai', '$2a$10$abp6b732LwmU9Vi1TyE7v.x9b6bq4J7KilhwmzcJ8qdjVipJyWXnu', now() - interval '30 days',
  '{"provider": "email", "providers": ["email"]}'::jsonb,
  '{"display_name": "Bruno Lima", "slug": "bruno-lima", "vertical": "imoveis", "whatsapp_number": "+5521987650002"}'::jsonb,
  now() - interval '30 days', now() - interval '30 days', null, '', '', '', '', false, false
) on conflict do nothing;

insert into auth.identities (
  id, provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at
) values (
  '4822a025-f3cb-506c-839a-70c1904e48d7', 'b0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000002',
  '{"sub": "b0000000-0000-4000-8000-000000000002", "email": "bruno@demo.consultor.ai", "email_verified": true, "phone_verified": false}'::jsonb, 'email', now() - interval '30 days', now() - interval '30 days',
  now() - interval '30 days'
) on conflict do nothing;

-- Public landing-page details the sign-up form does not ask for.
update public.profiles
   set bio = 'Consultora de planos de saúde há 12 anos em São Paulo. Planos individuais, familiares e empresariais (PME), com atendimento do início ao pós-venda.', susep_code = 'SUSEP 202012345', creci_code = null,
       photo_path = 'avatars/ana.jpg'
 where id = 'a0000000-0000-4000-8000-000000000001' and bio is null;

update public.profiles
   set bio = 'Corretor de imóveis no Rio de Janeiro: compra, venda e locação na Zona Sul e Barra da Tijuca. Atendimento personalizado e sem compromisso.', susep_code = null, creci_code = 'CRECI-RJ 054321',
       photo_path = 'avatars/bruno.jpg'
 where id = 'b0000000-0000-4000-8000-000000000002' and bio is null;

-- WhatsApp channels and their (fake, local-only) secrets.
insert into public.whatsapp_channels (id, consultant_id, provider, provider_number_id,
  phone_number, label)
values ('1aca3c5b-b8bb-590f-a396-a32fe6eac3d5', 'a0000000-0000-4000-8000-000000000001', 'meta', '109876543210001', '+5511987650001',
  'WhatsApp principal')
on conflict do nothing;
insert into public.channel_secrets (channel_id, consultant_id, access_token, app_secret,
  verify_token)
values ('1aca3c5b-b8bb-590f-a396-a32fe6eac3d5', 'a0000000-0000-4000-8000-000000000001', 'demo-access-token-ana',
  'demo-app-secret-ana', 'demo-verify-token')
on conflict do nothing;

insert into public.whatsapp_channels (id, consultant_id, provider, provider_number_id,
  phone_number, label)
values ('2628c69b-af9e-5bd7-91f9-37c4d76cae75', 'b0000000-0000-4000-8000-000000000002', 'weni', '5f1b7c2e-9d3a-4e61-8c0b-2a7d4e9f1b30', '+5521987650002',
  'WhatsApp principal')
on conflict do nothing;
insert into public.channel_secrets (channel_id, consultant_id, access_token, app_secret,
  verify_token)
values ('2628c69b-af9e-5bd7-91f9-37c4d76cae75', 'b0000000-0000-4000-8000-000000000002', 'demo-access-token-bruno',
  'demo-app-secret-bruno', 'demo-verify-token')
on conflict do nothing;

-- Flow templates shipped with the product, and each consultant's default flow.
insert into public.flow_templates (id, key, vertical, name, description, definition)
values ('9a0dabef-57fa-5c18-a0e4-687363df4fdc', 'saude-padrao', 'saude',
  'Planos de saúde — qualificação', 'Consentimento LGPD, quem será coberto e idades (faixas ANS), cidade/UF, tipo de contratação, plano atual (portabilidade), acomodação, hospitais, orçamento, pontuação, resumo e transferência ao consultor.',
  '{"versao": 2, "id": "saude", "nome": "Planos de saúde — qualificação", "vertical": "saude", "descricao": "Consentimento LGPD, quem será coberto e idades (faixas ANS), cidade/UF, tipo de contratação, plano atual (portabilidade), acomodação, hospitais, orçamento, pontuação, resumo e transferência ao consultor.", "etapas": [{"id": "boas_vindas", "tipo": "mensagem", "texto": "Olá! 👋 Sou a assistente virtual do seu consultor de planos de saúde. Vou te ajudar a encontrar o plano ideal em poucos minutos."}, {"id": "consentimento", "tipo": "escolha", "variavel": "consentimento_lgpd", "texto": "🔒 Antes de começar: vou fazer algumas perguntas e guardar suas respostas (nome, idades, cidade e preferências) apenas para preparar sua cotação e o seu atendimento, conforme a LGPD. Você pode pedir a exclusão dos seus dados quando quiser, e escrever PARAR a qualquer momento.\n\nPodemos seguir?", "opcoes": [{"id": "aceito", "titulo": "Sim, pode seguir", "valor": true, "sinonimos": ["sim", "s", "aceito", "concordo", "pode", "ok", "claro", "bora", "pode ser", "vamos", "tudo bem", "autorizo", "seguir"], "proxima": "inicio_atendimento"}, {"id": "recuso", "titulo": "Não, obrigado", "valor": false, "sinonimos": ["nao", "n", "nao aceito", "nao concordo", "nao autorizo"], "proxima": "fim_sem_consentimento"}], "dica": "Para seguir preciso do seu ok. Toque em uma das opções:", "ao_desistir": "fim_sem_consentimento"}, {"id": "inicio_atendimento", "tipo": "acao", "acoes": [{"tipo": "status", "valor": "em_atendimento"}, {"tipo": "tag", "valor": "saude"}]}, {"id": "pedir_nome", "tipo": "pergunta", "variavel": "nome", "resposta": "nome", "texto": "Obrigada! 😊 Para começar, qual é o seu nome?"}, {"id": "tipo_contratacao", "tipo": "escolha", "variavel": "tipo_contratacao", "texto": "Prazer, {nome}! O plano seria para quem?", "apresentacao": "lista", "rotulo_lista": "Escolher", "opcoes": [{"id": "individual", "titulo": "Só para mim", "descricao": "Plano individual", "sinonimos": ["individual", "so eu", "somente eu", "apenas eu", "pra mim", "para mim", "eu"]}, {"id": "familiar", "titulo": "Eu e minha família", "descricao": "Plano familiar", "sinonimos": ["familiar", "familia", "minha familia", "esposa", "marido", "filhos", "casal", "eu e minha esposa", "eu e meu marido"]}, {"id": "pme", "titulo": "Minha empresa / MEI", "descricao": "Plano empresarial (PME), precisa de CNPJ ou MEI", "sinonimos": ["empresa", "empresarial", "pme", "cnpj", "mei", "funcionarios", "socios"], "proxima": "tem_cnpj"}, {"id": "adesao", "titulo": "Por profissão", "descricao": "Coletivo por adesão (entidade de classe)", "sinonimos": ["adesao", "coletivo por adesao", "entidade", "sindicato", "associacao", "conselho", "profissao"], "proxima": "profissao"}], "proxima": "tipo_idades"}, {"id": "tem_cnpj", "tipo": "pergunta", "variavel": "tem_cnpj", "resposta": "sim_nao", "texto": "Você tem CNPJ ativo ou MEI? O plano empresarial (PME) exige um dos dois.", "proxima": "cnpj_confere"}, {"id": "cnpj_confere", "tipo": "condicao", "regras": [{"se": [{"variavel": "tem_cnpj", "op": "igual", "valor": false}], "proxima": "sem_cnpj"}], "senao": "tipo_idades"}, {"id": "sem_cnpj", "tipo": "mensagem", "texto": "Sem CNPJ ou MEI o plano empresarial não é possível, mas temos ótimas opções individuais, familiares e por adesão. 😉", "proxima": "tipo_contratacao"}, {"id": "profissao", "tipo": "pergunta", "variavel": "profissao", "resposta": "texto", "texto": "Qual é a sua profissão ou entidade de classe? (ex.: advogado, professora, engenheiro)", "proxima": "tipo_idades"}, {"id": "tipo_idades", "tipo": "condicao", "regras": [{"se": [{"variavel": "tipo_contratacao", "op": "igual", "valor": "individual"}], "proxima": "idade_titular"}], "senao": "idades_grupo"}, {"id": "idade_titular", "tipo": "pergunta", "variavel": "idades", "resposta": "idades", "minimo": 0, "maximo": 120, "texto": "Qual é a sua idade?", "dica": "Me diga a sua idade em números, por favor. Ex.: 34", "proxima": "faixas"}, {"id": "idades_grupo", "tipo": "pergunta", "variavel": "idades", "resposta": "idades", "minimo": 0, "maximo": 120, "texto": "Quantas pessoas e quais as idades? Comece pela sua, por favor. Ex.: eu 34, minha esposa 31 e meu filho 5", "dica": "Me diga as idades separadas por vírgula, começando pela sua. Ex.: 34, 31, 5"}, {"id": "faixas", "tipo": "calcular", "funcao": "faixas_ans", "origem": "idades", "variavel": "faixas_ans"}, {"id": "contar_vidas", "tipo": "calcular", "funcao": "quantidade", "origem": "idades", "variavel": "vidas"}, {"id": "cidade", "tipo": "pergunta", "variavel": "cidade", "variavel_uf": "uf", "resposta": "cidade", "texto": "Em qual cidade você mora? 📍 (ex.: Campinas - SP)", "dica": "Me diga a cidade e, se puder, o estado. Ex.: Belo Horizonte - MG"}, {"id": "uf_conhecida", "tipo": "condicao", "regras": [{"se": [{"variavel": "uf", "op": "nao_existe"}], "proxima": "uf"}], "senao": "plano_atual"}, {"id": "uf", "tipo": "pergunta", "variavel": "uf", "resposta": "uf", "texto": "E qual é o estado de {cidade}? Pode ser a sigla (ex.: SP)."}, {"id": "plano_atual", "tipo": "pergunta", "variavel": "plano_atual", "resposta": "texto", "nao_como_nulo": true, "texto": "Você tem plano de saúde hoje? Se sim, de qual operadora? (se não tiver, é só responder *não*)"}, {"id": "portabilidade", "tipo": "condicao", "regras": [{"se": [{"variavel": "plano_atual", "op": "existe"}], "proxima": "aviso_portabilidade"}], "senao": "acomodacao"}, {"id": "aviso_portabilidade", "tipo": "mensagem", "texto": "Ótimo! Quem já tem plano pode usar a *portabilidade de carências* 😉 O consultor vai verificar isso para você."}, {"id": "acomodacao", "tipo": "escolha", "variavel": "acomodacao", "texto": "Qual tipo de acomodação você prefere em caso de internação? 🛏️", "opcoes": [{"id": "enfermaria", "titulo": "Enfermaria", "sinonimos": ["quarto coletivo", "coletivo", "compartilhado", "mais barato"]}, {"id": "apartamento", "titulo": "Apartamento", "sinonimos": ["apto", "ap", "quarto individual", "individual", "particular", "privativo"]}, {"id": "indiferente", "titulo": "Tanto faz", "sinonimos": ["indiferente", "qualquer", "qualquer um", "nao importa", "tanto faz", "nao sei", "tanto faz pra mim"]}]}, {"id": "hospitais", "tipo": "pergunta", "variavel": "hospitais_preferidos", "resposta": "texto", "nao_como_nulo": true, "texto": "Tem algum hospital ou laboratório que não pode faltar na rede? 🏥 (se não, responda *não*)"}, {"id": "orcamento", "tipo": "pergunta", "variavel": "orcamento_mensal", "resposta": "dinheiro", "minimo": 50, "maximo": 100000, "texto": "Para eu buscar opções que caibam no seu bolso: quanto você pretende investir por mês no total? 💰 (ex.: R$ 800)", "dica": "Pode ser um valor aproximado em reais. Ex.: R$ 800 ou uns mil reais"}, {"id": "pontuacao", "tipo": "acao", "acoes": [{"tipo": "pontuar", "pontos": 10, "motivo": "questionário completo"}, {"tipo": "pontuar", "pontos": 20, "motivo": "orçamento a partir de R$ 1.000", "se": [{"variavel": "orcamento_mensal", "op": "maior_igual", "valor": 1000}]}, {"tipo": "pontuar", "pontos": 10, "motivo": "orçamento entre R$ 500 e R$ 999", "se": [{"variavel": "orcamento_mensal", "op": "maior_igual", "valor": 500}, {"variavel": "orcamento_mensal", "op": "menor", "valor": 1000}]}, {"tipo": "pontuar", "pontos": 15, "motivo": "plano empresarial", "se": [{"variavel": "tipo_contratacao", "op": "igual", "valor": "pme"}]}, {"tipo": "pontuar", "pontos": 10, "motivo": "3 vidas ou mais", "se": [{"variavel": "vidas", "op": "maior_igual", "valor": 3}]}, {"tipo": "pontuar", "pontos": 10, "motivo": "já tem plano (portabilidade)", "se": [{"variavel": "plano_atual", "op": "existe"}]}, {"tipo": "pontuar", "pontos": 5, "motivo": "prefere apartamento", "se": [{"variavel": "acomodacao", "op": "igual", "valor": "apartamento"}]}, {"tipo": "tag", "valor": "portabilidade", "se": [{"variavel": "plano_atual", "op": "existe"}]}, {"tipo": "tag", "valor": "59_mais", "se": [{"variavel": "faixas_ans", "op": "contem", "valor": "59+"}]}, {"tipo": "tag", "valor": "pme", "se": [{"variavel": "tipo_contratacao", "op": "igual", "valor": "pme"}]}]}, {"id": "resumo", "tipo": "mensagem", "texto": "Perfeito, {nome}! Confira o resumo: 📋\n\n👤 Nome: {nome}\n👨‍👩‍👧 Idades: {idades}\n📍 Cidade: {cidade} - {uf}\n📄 Contratação: {tipo_contratacao_titulo}\n🏥 Plano atual: {plano_atual}\n🛏️ Acomodação: {acomodacao_titulo}\n🏨 Hospitais: {hospitais_preferidos}\n💰 Orçamento: até R$ {orcamento_mensal}/mês"}, {"id": "confirmar", "tipo": "escolha", "variavel": "resumo_confirmado", "texto": "Está tudo certo?", "opcoes": [{"id": "confirmo", "titulo": "Sim, está certo", "valor": true, "sinonimos": ["sim", "s", "certo", "ok", "isso", "correto", "confirmo", "ta certo", "esta certo", "tudo certo"]}, {"id": "corrigir", "titulo": "Quero corrigir", "valor": false, "sinonimos": ["nao", "n", "corrigir", "errado", "mudar", "alterar"], "proxima": "corrigir"}], "proxima": "explicar_proximos_passos"}, {"id": "corrigir", "tipo": "mensagem", "texto": "Sem problemas! Vamos refazer as perguntas rapidinho. 🔄", "proxima": "zerar_pontuacao"}, {"id": "zerar_pontuacao", "tipo": "acao", "acoes": [{"tipo": "zerar_pontuacao"}], "proxima": "tipo_contratacao"}, {"id": "explicar_proximos_passos", "tipo": "ia", "instrucoes": "Agradeça {nome} pelas respostas e explique em no máximo 3 frases curtas que o consultor vai preparar uma cotação com operadoras que atendem {cidade}. Não cite preços, coberturas ou carências específicas e não prometa aprovação (regras da ANS).", "contexto": ["nome", "idades", "faixas_ans", "cidade", "uf", "tipo_contratacao", "plano_atual", "acomodacao", "orcamento_mensal"], "texto_reserva": "Obrigada, {nome}! 🙌 Com essas informações o consultor vai preparar uma cotação com as operadoras que atendem {cidade}."}, {"id": "aviso_transferencia", "tipo": "mensagem", "texto": "Já avisei o consultor: ele vai continuar a conversa com você por aqui em breve. Qualquer dúvida, é só escrever! 👍"}, {"id": "transferir", "tipo": "acao", "acoes": [{"tipo": "status", "valor": "qualificado"}, {"tipo": "notificar", "mensagem": "Lead qualificado (saúde): {nome}, {vidas} vida(s), idades {idades} (faixas ANS {faixas_ans}), {cidade}-{uf}, {tipo_contratacao_titulo}, acomodação {acomodacao_titulo}, orçamento até R$ {orcamento_mensal}/mês, plano atual: {plano_atual}. Pontuação: {pontuacao}."}, {"tipo": "transferir", "motivo": "qualificado"}]}, {"id": "fim_sem_consentimento", "tipo": "fim", "texto": "Tudo bem! Sem a sua autorização eu não posso seguir com a cotação, e não vou guardar seus dados. Se mudar de ideia, é só mandar uma mensagem. 😊", "status": "perdido"}]}'::jsonb)
on conflict do nothing;

insert into public.flow_templates (id, key, vertical, name, description, definition)
values ('2d2d0f80-66e9-5fbc-9e47-1a387eb4dd5f', 'imoveis-padrao', 'imoveis',
  'Imóveis — qualificação', 'Aviso CRECI e consentimento LGPD, compra ou aluguel, tipo de imóvel, cidade e bairros, orçamento, quartos, pagamento (financiamento, FGTS, crédito pré-aprovado) ou garantia do aluguel, prazo, visita, pontuação e transferência ao corretor.',
  '{"versao": 2, "id": "imoveis", "nome": "Imóveis — qualificação", "vertical": "imoveis", "descricao": "Aviso CRECI e consentimento LGPD, compra ou aluguel, tipo de imóvel, cidade e bairros, orçamento, quartos, pagamento (financiamento, FGTS, crédito pré-aprovado) ou garantia do aluguel, prazo, visita, pontuação e transferência ao corretor.", "parametros": {"corretor": "seu corretor de imóveis", "creci": "(a configurar)"}, "etapas": [{"id": "boas_vindas", "tipo": "mensagem", "texto": "Olá! 👋 Sou a assistente virtual de {corretor}. Vou te ajudar a encontrar o imóvel certo."}, {"id": "aviso_creci", "tipo": "mensagem", "texto": "ℹ️ Este atendimento é de corretor(a) de imóveis inscrito(a) no CRECI nº {creci}. Você pode conferir a inscrição no site do CRECI do seu estado."}, {"id": "consentimento", "tipo": "escolha", "variavel": "consentimento_lgpd", "texto": "🔒 Para te indicar imóveis, vou fazer algumas perguntas e guardar suas respostas apenas para este atendimento, conforme a LGPD. Você pode pedir a exclusão dos seus dados quando quiser, e escrever PARAR a qualquer momento.\n\nPodemos seguir?", "opcoes": [{"id": "aceito", "titulo": "Sim, pode seguir", "valor": true, "sinonimos": ["sim", "s", "aceito", "concordo", "pode", "ok", "claro", "bora", "pode ser", "vamos", "tudo bem", "autorizo", "seguir"], "proxima": "inicio_atendimento"}, {"id": "recuso", "titulo": "Não, obrigado", "valor": false, "sinonimos": ["nao", "n", "nao aceito", "nao concordo", "nao autorizo"], "proxima": "fim_sem_consentimento"}], "dica": "Para seguir preciso do seu ok. Toque em uma das opções:", "ao_desistir": "fim_sem_consentimento"}, {"id": "inicio_atendimento", "tipo": "acao", "acoes": [{"tipo": "status", "valor": "em_atendimento"}, {"tipo": "tag", "valor": "imoveis"}]}, {"id": "pedir_nome", "tipo": "pergunta", "variavel": "nome", "resposta": "nome", "texto": "Obrigada! 😊 Qual é o seu nome?"}, {"id": "objetivo", "tipo": "escolha", "variavel": "objetivo", "texto": "Prazer, {nome}! Você quer comprar ou alugar? 🏠", "opcoes": [{"id": "comprar", "titulo": "Comprar", "sinonimos": ["compra", "comprar", "quero comprar", "adquirir", "financiar"]}, {"id": "alugar", "titulo": "Alugar", "sinonimos": ["aluguel", "alugar", "locacao", "quero alugar", "alugo"]}]}, {"id": "tipo_imovel", "tipo": "escolha", "variavel": "tipo_imovel", "texto": "Que tipo de imóvel você procura?", "apresentacao": "lista", "rotulo_lista": "Tipos de imóvel", "opcoes": [{"id": "apartamento", "titulo": "Apartamento", "sinonimos": ["apto", "ap", "apê", "ape", "predio"]}, {"id": "casa", "titulo": "Casa", "sinonimos": ["casa de rua", "sobrado", "casa terrea"]}, {"id": "casa_condominio", "titulo": "Casa em condomínio", "sinonimos": ["condominio", "condominio fechado", "casa em condominio"]}, {"id": "kitnet", "titulo": "Kitnet / studio", "sinonimos": ["kitnet", "kit", "studio", "estudio", "loft", "quitinete"]}, {"id": "terreno", "titulo": "Terreno", "sinonimos": ["lote", "terreno"]}, {"id": "comercial", "titulo": "Comercial", "descricao": "Sala, loja ou galpão", "sinonimos": ["sala", "sala comercial", "loja", "galpao", "ponto comercial", "escritorio"]}]}, {"id": "cidade", "tipo": "pergunta", "variavel": "cidade", "variavel_uf": "uf", "resposta": "cidade", "texto": "Em qual cidade? 📍 (ex.: Curitiba - PR)", "dica": "Me diga a cidade e, se puder, o estado. Ex.: Florianópolis - SC"}, {"id": "uf_conhecida", "tipo": "condicao", "regras": [{"se": [{"variavel": "uf", "op": "nao_existe"}], "proxima": "uf"}], "senao": "bairros"}, {"id": "uf", "tipo": "pergunta", "variavel": "uf", "resposta": "uf", "texto": "E qual é o estado de {cidade}? Pode ser a sigla (ex.: SP)."}, {"id": "bairros", "tipo": "pergunta", "variavel": "bairros", "resposta": "lista", "texto": "Quais bairros ou regiões de {cidade} você prefere? Pode citar mais de um. (ex.: Centro, Batel)"}, {"id": "quartos", "tipo": "pergunta", "variavel": "quartos", "resposta": "numero", "minimo": 0, "maximo": 10, "texto": "Quantos quartos, no mínimo? 🛏️", "dica": "Responda com um número, por favor. Ex.: 2"}, {"id": "orcamento_por_objetivo", "tipo": "condicao", "regras": [{"se": [{"variavel": "objetivo", "op": "igual", "valor": "alugar"}], "proxima": "orcamento_aluguel"}], "senao": "orcamento_compra"}, {"id": "orcamento_compra", "tipo": "pergunta", "variavel": "orcamento", "resposta": "dinheiro", "minimo": 10000, "maximo": 100000000, "texto": "Até quanto você pretende investir no imóvel? 💰 (ex.: R$ 450 mil)", "dica": "Pode ser um valor aproximado. Ex.: 450 mil ou R$ 1,2 milhão", "proxima": "forma_pagamento"}, {"id": "forma_pagamento", "tipo": "escolha", "variavel": "forma_pagamento", "texto": "Como pretende pagar?", "opcoes": [{"id": "financiamento", "titulo": "Financiamento", "sinonimos": ["financiar", "financiado", "banco", "caixa", "parcelado", "minha casa minha vida"], "proxima": "usar_fgts"}, {"id": "a_vista", "titulo": "À vista", "sinonimos": ["a vista", "avista", "dinheiro", "pix"]}, {"id": "consorcio", "titulo": "Consórcio", "sinonimos": ["consorcio", "carta de credito", "carta contemplada"]}], "proxima": "prazo"}, {"id": "usar_fgts", "tipo": "pergunta", "variavel": "usar_fgts", "resposta": "sim_nao", "texto": "Pretende usar o FGTS na compra?"}, {"id": "credito_pre_aprovado", "tipo": "pergunta", "variavel": "credito_pre_aprovado", "resposta": "sim_nao", "texto": "Você já tem crédito pré-aprovado em algum banco?", "proxima": "prazo"}, {"id": "orcamento_aluguel", "tipo": "pergunta", "variavel": "orcamento", "resposta": "dinheiro", "minimo": 100, "maximo": 1000000, "texto": "Até quanto pode pagar de aluguel por mês, com condomínio? 💰 (ex.: R$ 2.500)", "dica": "Pode ser um valor aproximado. Ex.: R$ 2.500 ou 3 mil"}, {"id": "garantia", "tipo": "escolha", "variavel": "garantia", "texto": "Qual garantia de aluguel você prefere?", "apresentacao": "lista", "rotulo_lista": "Garantias", "opcoes": [{"id": "fiador", "titulo": "Fiador", "sinonimos": ["fiador", "fianca"]}, {"id": "caucao", "titulo": "Caução", "descricao": "Depósito de até 3 aluguéis", "sinonimos": ["caucao", "deposito", "calcao"]}, {"id": "seguro_fianca", "titulo": "Seguro fiança", "sinonimos": ["seguro", "seguro fianca"]}, {"id": "titulo_capitalizacao", "titulo": "Título de capitalização", "sinonimos": ["titulo", "capitalizacao"]}, {"id": "nao_sei", "titulo": "Ainda não sei", "sinonimos": ["nao sei", "tanto faz", "qualquer"]}]}, {"id": "prazo", "tipo": "escolha", "variavel": "prazo", "texto": "Para quando você precisa do imóvel? 📅", "apresentacao": "lista", "rotulo_lista": "Prazos", "opcoes": [{"id": "imediato", "titulo": "Imediatamente", "sinonimos": ["ja", "agora", "urgente", "imediato", "o quanto antes", "esse mes", "este mes"]}, {"id": "ate_3_meses", "titulo": "Em até 3 meses", "sinonimos": ["3 meses", "tres meses", "proximos meses", "2 meses", "dois meses"]}, {"id": "ate_6_meses", "titulo": "Em até 6 meses", "sinonimos": ["6 meses", "seis meses", "semestre"]}, {"id": "pesquisando", "titulo": "Só pesquisando", "sinonimos": ["pesquisando", "sem pressa", "so olhando", "ano que vem", "mais pra frente"]}]}, {"id": "visita", "tipo": "pergunta", "variavel": "visita", "resposta": "data", "nao_como_nulo": true, "texto": "Quer marcar uma conversa com o corretor para ver opções? Me diga um dia e horário (ex.: amanhã às 15h), ou responda *não*.", "dica": "Me diga um dia e um horário, ex.: sexta de manhã. Se preferir não marcar agora, responda *não*."}, {"id": "pontuacao", "tipo": "acao", "acoes": [{"tipo": "pontuar", "pontos": 10, "motivo": "questionário completo"}, {"tipo": "pontuar", "pontos": 30, "motivo": "precisa imediatamente", "se": [{"variavel": "prazo", "op": "igual", "valor": "imediato"}]}, {"tipo": "pontuar", "pontos": 20, "motivo": "prazo de até 3 meses", "se": [{"variavel": "prazo", "op": "igual", "valor": "ate_3_meses"}]}, {"tipo": "pontuar", "pontos": 10, "motivo": "prazo de até 6 meses", "se": [{"variavel": "prazo", "op": "igual", "valor": "ate_6_meses"}]}, {"tipo": "pontuar", "pontos": 25, "motivo": "compra à vista", "se": [{"variavel": "forma_pagamento", "op": "igual", "valor": "a_vista"}]}, {"tipo": "pontuar", "pontos": 20, "motivo": "crédito pré-aprovado", "se": [{"variavel": "credito_pre_aprovado", "op": "igual", "valor": true}]}, {"tipo": "pontuar", "pontos": 5, "motivo": "vai usar FGTS", "se": [{"variavel": "usar_fgts", "op": "igual", "valor": true}]}, {"tipo": "pontuar", "pontos": 20, "motivo": "quer marcar conversa", "se": [{"variavel": "visita", "op": "existe"}]}, {"tipo": "tag", "valor": "compra", "se": [{"variavel": "objetivo", "op": "igual", "valor": "comprar"}]}, {"tipo": "tag", "valor": "aluguel", "se": [{"variavel": "objetivo", "op": "igual", "valor": "alugar"}]}, {"tipo": "tag", "valor": "fgts", "se": [{"variavel": "usar_fgts", "op": "igual", "valor": true}]}]}, {"id": "resumo", "tipo": "mensagem", "texto": "Perfeito, {nome}! Resumo do que você procura: 📋\n\n🎯 {objetivo_titulo}: {tipo_imovel_titulo}\n📍 {cidade} - {uf}, bairros: {bairros}\n🛏️ Quartos: {quartos}+\n💰 Até R$ {orcamento}\n💳 Pagamento: {forma_pagamento_titulo} · Garantia: {garantia_titulo}\n📅 Prazo: {prazo_titulo}\n🗓️ Conversa: {visita}"}, {"id": "explicar_proximos_passos", "tipo": "ia", "instrucoes": "Agradeça {nome} e explique em no máximo 3 frases curtas que o corretor vai separar imóveis em {cidade} com esse perfil. Não prometa preços, disponibilidade, aprovação de crédito ou rentabilidade, e não peça pagamento antecipado (regras do CRECI).", "contexto": ["nome", "objetivo", "tipo_imovel", "cidade", "uf", "bairros", "quartos", "orcamento", "forma_pagamento", "usar_fgts", "credito_pre_aprovado", "garantia", "prazo", "visita"], "texto_reserva": "Obrigada, {nome}! 🙌 Com essas informações o corretor vai separar opções em {cidade} com o seu perfil."}, {"id": "agendou", "tipo": "condicao", "regras": [{"se": [{"variavel": "visita", "op": "existe"}], "proxima": "marcar_conversa"}], "senao": "qualificar"}, {"id": "marcar_conversa", "tipo": "acao", "acoes": [{"tipo": "status", "valor": "agendado"}, {"tipo": "notificar", "mensagem": "{nome} quer conversar em {visita} sobre {objetivo_titulo} ({tipo_imovel_titulo} em {cidade}). Confirme o horário com o lead."}], "proxima": "aviso_agendamento"}, {"id": "aviso_agendamento", "tipo": "mensagem", "texto": "Anotei o pedido para {visita} 🗓️ O corretor vai confirmar o horário com você por aqui.", "proxima": "transferir"}, {"id": "qualificar", "tipo": "acao", "acoes": [{"tipo": "status", "valor": "qualificado"}]}, {"id": "transferir", "tipo": "acao", "acoes": [{"tipo": "notificar", "mensagem": "Lead de imóveis: {nome} quer {objetivo_titulo} {tipo_imovel_titulo} em {cidade}-{uf} (bairros: {bairros}), {quartos}+ quartos, até R$ {orcamento}, pagamento: {forma_pagamento_titulo}, FGTS: {usar_fgts}, pré-aprovado: {credito_pre_aprovado}, garantia: {garantia_titulo}, prazo: {prazo_titulo}. Pontuação: {pontuacao}."}, {"tipo": "transferir", "motivo": "qualificado"}]}, {"id": "fim_sem_consentimento", "tipo": "fim", "texto": "Tudo bem! Sem a sua autorização eu não posso seguir, e não vou guardar seus dados. Se mudar de ideia, é só mandar uma mensagem. 😊", "status": "perdido"}]}'::jsonb)
on conflict do nothing;

insert into public.flows (id, consultant_id, template_id, name, vertical, definition,
  is_active, is_default)
select 'dc61492c-6b50-5b8e-a657-0278b1cb013a', 'a0000000-0000-4000-8000-000000000001', t.id, t.name, t.vertical, t.definition, true,
  true
  from public.flow_templates t
 where t.key = 'saude-padrao'
on conflict do nothing;

insert into public.flows (id, consultant_id, template_id, name, vertical, definition,
  is_active, is_default)
select '7ccccd61-f298-54a1-975b-568c24986786', 'b0000000-0000-4000-8000-000000000002', t.id, t.name, t.vertical, t.definition, true,
  true
  from public.flow_templates t
 where t.key = 'imoveis-padrao'
on conflict do nothing;

-- Demo leads across every status, each with its conversation and messages.
insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('a8f0cdbe-c408-588c-b51c-acedc21d800f', 'a0000000-0000-4000-8000-000000000001', '5511995822412', '+5511995822412', 'José Antônio Pereira', 'saude',
  'novo', null, '{}'::jsonb,
  null, 'ana-souza', '{"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "saude-demo"}'::jsonb,
  null, now() - interval '1554 minutes', now() - interval '1554 minutes', now() - interval '1554 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('38fb83af-ac0d-508a-9122-16cc8e798332', 'a0000000-0000-4000-8000-000000000001', 'a8f0cdbe-c408-588c-b51c-acedc21d800f', 'dc61492c-6b50-5b8e-a657-0278b1cb013a',
  '1aca3c5b-b8bb-590f-a396-a32fe6eac3d5', 'bot_ativo',
  '{"etapa": "etapa_1", "variaveis": {}}'::jsonb,
  now() - interval '1554 minutes', null,
  null, now() - interval '1554 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('916f1feb-413c-55cb-b83d-65f98c96aa26', 'a0000000-0000-4000-8000-000000000001', '38fb83af-ac0d-508a-9122-16cc8e798332', 'a8f0cdbe-c408-588c-b51c-acedc21d800f', 'in', 'lead', 'meta', 'wamid.DEMO000001', 'text', 'Oi, boa tarde! Vi seu anúncio e queria saber sobre plano de saúde.', 'received', now() - interval '1554 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('b04b95bf-7298-5c01-aac2-cd85c7c6c017', 'a0000000-0000-4000-8000-000000000001', '5511946913810', '+5511946913810', 'Maria da Conceição Alves', 'saude',
  'em_atendimento', 35, '{"consentimento_lgpd": true}'::jsonb,
  null, 'ana-souza', '{"utm_source": "instagram", "utm_medium": "cpc", "utm_campaign": "saude-demo"}'::jsonb,
  now() - interval '26153 minutes', now() - interval '26142 minutes', now() - interval '26170 minutes', now() - interval '26142 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('4fbf9988-4aaf-5a23-916a-02ef9ec3e575', 'a0000000-0000-4000-8000-000000000001', 'b04b95bf-7298-5c01-aac2-cd85c7c6c017', 'dc61492c-6b50-5b8e-a657-0278b1cb013a',
  '1aca3c5b-b8bb-590f-a396-a32fe6eac3d5', 'aguardando_lead',
  '{"etapa": "etapa_5", "variaveis": {"consentimento_lgpd": true}}'::jsonb,
  now() - interval '26142 minutes', null,
  null, now() - interval '26170 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('8cc19782-1273-5b22-9e59-c069985aba1d', 'a0000000-0000-4000-8000-000000000001', '4fbf9988-4aaf-5a23-916a-02ef9ec3e575', 'b04b95bf-7298-5c01-aac2-cd85c7c6c017', 'in', 'lead', 'meta', 'wamid.DEMO000002', 'text', 'Oi, boa tarde! Vi seu anúncio e queria saber sobre plano de saúde.', 'received', now() - interval '26170 minutes'),
  ('61cc1160-6232-553a-8478-6ccef2e4fb03', 'a0000000-0000-4000-8000-000000000001', '4fbf9988-4aaf-5a23-916a-02ef9ec3e575', 'b04b95bf-7298-5c01-aac2-cd85c7c6c017', 'out', 'bot', 'meta', 'wamid.DEMO000003', 'text', 'Olá! 👋 Sou a assistente virtual da Ana Souza. Vou te ajudar a encontrar o plano ideal em poucos minutos. Podemos seguir? Suas respostas ficam guardadas só para a sua cotação, conforme a LGPD.', 'read', now() - interval '26169 minutes'),
  ('0952f9a0-42b9-5e81-868c-134ab8e8b8ee', 'a0000000-0000-4000-8000-000000000001', '4fbf9988-4aaf-5a23-916a-02ef9ec3e575', 'b04b95bf-7298-5c01-aac2-cd85c7c6c017', 'in', 'lead', 'meta', 'wamid.DEMO000004', 'text', 'Pode sim', 'received', now() - interval '26153 minutes'),
  ('551e4e24-3e9b-561e-a392-7b6587d94610', 'a0000000-0000-4000-8000-000000000001', '4fbf9988-4aaf-5a23-916a-02ef9ec3e575', 'b04b95bf-7298-5c01-aac2-cd85c7c6c017', 'out', 'bot', 'meta', 'wamid.DEMO000005', 'text', 'Ótimo! Quem vai ser coberto pelo plano?', 'read', now() - interval '26152 minutes'),
  ('d3cdfcc5-f2d2-536b-a0be-cfa8b0f374d3', 'a0000000-0000-4000-8000-000000000001', '4fbf9988-4aaf-5a23-916a-02ef9ec3e575', 'b04b95bf-7298-5c01-aac2-cd85c7c6c017', 'in', 'lead', 'meta', 'wamid.DEMO000006', 'text', 'Eu, minha esposa e dois filhos', 'received', now() - interval '26142 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('fea92d32-0606-55c0-b52e-d29f06ea4dd1', 'a0000000-0000-4000-8000-000000000001', '5511983197857', '+5511983197857', 'João Pedro Gonçalves', 'saude',
  'qualificado', 70, '{"consentimento_lgpd": true, "beneficiarios": "familia", "idades": [38, 36, 9, 4], "cidade": "São Paulo", "uf": "SP", "acomodacao": "apartamento", "hospitais": ["Sírio-Libanês"], "orcamento_mensal_centavos": 250000}'::jsonb,
  250000, 'ana-souza', '{"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "saude-demo"}'::jsonb,
  now() - interval '21649 minutes', now() - interval '21535 minutes', now() - interval '21689 minutes', now() - interval '21535 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('d0ccc2c9-e13f-553c-8d24-c254e05d579d', 'a0000000-0000-4000-8000-000000000001', 'fea92d32-0606-55c0-b52e-d29f06ea4dd1', 'dc61492c-6b50-5b8e-a657-0278b1cb013a',
  '1aca3c5b-b8bb-590f-a396-a32fe6eac3d5', 'humano',
  '{"etapa": "fim", "variaveis": {"consentimento_lgpd": true, "beneficiarios": "familia", "idades": [38, 36, 9, 4], "cidade": "São Paulo", "uf": "SP", "acomodacao": "apartamento", "hospitais": ["Sírio-Libanês"], "orcamento_mensal_centavos": 250000}}'::jsonb,
  now() - interval '21535 minutes', now() - interval '21569 minutes',
  null, now() - interval '21689 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('e12688fa-1324-591f-9901-569499a8c1f3', 'a0000000-0000-4000-8000-000000000001', 'd0ccc2c9-e13f-553c-8d24-c254e05d579d', 'fea92d32-0606-55c0-b52e-d29f06ea4dd1', 'in', 'lead', 'meta', 'wamid.DEMO000007', 'text', 'Oi, boa tarde! Vi seu anúncio e queria saber sobre plano de saúde.', 'received', now() - interval '21689 minutes'),
  ('30ea3dc3-4ee4-56fd-b5db-66c2b463aafe', 'a0000000-0000-4000-8000-000000000001', 'd0ccc2c9-e13f-553c-8d24-c254e05d579d', 'fea92d32-0606-55c0-b52e-d29f06ea4dd1', 'out', 'bot', 'meta', 'wamid.DEMO000008', 'text', 'Olá! 👋 Sou a assistente virtual da Ana Souza. Vou te ajudar a encontrar o plano ideal em poucos minutos. Podemos seguir? Suas respostas ficam guardadas só para a sua cotação, conforme a LGPD.', 'read', now() - interval '21688 minutes'),
  ('f6635f5f-4934-56b9-b423-bd2da830d382', 'a0000000-0000-4000-8000-000000000001', 'd0ccc2c9-e13f-553c-8d24-c254e05d579d', 'fea92d32-0606-55c0-b52e-d29f06ea4dd1', 'in', 'lead', 'meta', 'wamid.DEMO000009', 'text', 'Pode sim', 'received', now() - interval '21649 minutes'),
  ('bf719865-d74c-546c-90cc-c4159430e4af', 'a0000000-0000-4000-8000-000000000001', 'd0ccc2c9-e13f-553c-8d24-c254e05d579d', 'fea92d32-0606-55c0-b52e-d29f06ea4dd1', 'out', 'bot', 'meta', 'wamid.DEMO000010', 'text', 'Ótimo! Quem vai ser coberto pelo plano?', 'read', now() - interval '21648 minutes'),
  ('b0e88eaa-3ae9-5d82-973c-f56a2a59ef52', 'a0000000-0000-4000-8000-000000000001', 'd0ccc2c9-e13f-553c-8d24-c254e05d579d', 'fea92d32-0606-55c0-b52e-d29f06ea4dd1', 'in', 'lead', 'meta', 'wamid.DEMO000011', 'text', 'Eu, minha esposa e dois filhos', 'received', now() - interval '21619 minutes'),
  ('c6df3066-d280-5545-a40a-d54bb7ec52bf', 'a0000000-0000-4000-8000-000000000001', 'd0ccc2c9-e13f-553c-8d24-c254e05d579d', 'fea92d32-0606-55c0-b52e-d29f06ea4dd1', 'out', 'bot', 'meta', 'wamid.DEMO000012', 'text', 'Quais são as idades de cada um?', 'read', now() - interval '21618 minutes'),
  ('a9b9b43e-b14a-5f48-ad19-646d843f63a8', 'a0000000-0000-4000-8000-000000000001', 'd0ccc2c9-e13f-553c-8d24-c254e05d579d', 'fea92d32-0606-55c0-b52e-d29f06ea4dd1', 'in', 'lead', 'meta', 'wamid.DEMO000013', 'text', '38, 36, 9 e 4', 'received', now() - interval '21614 minutes'),
  ('032f83d6-c470-539f-bd49-cb63acd63f0c', 'a0000000-0000-4000-8000-000000000001', 'd0ccc2c9-e13f-553c-8d24-c254e05d579d', 'fea92d32-0606-55c0-b52e-d29f06ea4dd1', 'out', 'bot', 'meta', 'wamid.DEMO000014', 'text', 'Em qual cidade vocês moram?', 'read', now() - interval '21613 minutes'),
  ('462e04d1-6364-5554-9590-9cfc0ce4081a', 'a0000000-0000-4000-8000-000000000001', 'd0ccc2c9-e13f-553c-8d24-c254e05d579d', 'fea92d32-0606-55c0-b52e-d29f06ea4dd1', 'in', 'lead', 'meta', 'wamid.DEMO000015', 'text', 'São Paulo, zona oeste', 'received', now() - interval '21610 minutes'),
  ('dc3bb062-a550-5b57-a0e1-280e9abc6212', 'a0000000-0000-4000-8000-000000000001', 'd0ccc2c9-e13f-553c-8d24-c254e05d579d', 'fea92d32-0606-55c0-b52e-d29f06ea4dd1', 'out', 'bot', 'meta', 'wamid.DEMO000016', 'text', 'Prefere quarto individual (apartamento) ou enfermaria?', 'read', now() - interval '21609 minutes'),
  ('80dcdd5e-f651-5e89-a13f-c94f7f0117ea', 'a0000000-0000-4000-8000-000000000001', 'd0ccc2c9-e13f-553c-8d24-c254e05d579d', 'fea92d32-0606-55c0-b52e-d29f06ea4dd1', 'in', 'lead', 'meta', 'wamid.DEMO000017', 'text', 'Apartamento, e se possível com o Hospital Sírio-Libanês', 'received', now() - interval '21602 minutes'),
  ('d006cbca-7bf9-5964-ae0f-3223efd42c39', 'a0000000-0000-4000-8000-000000000001', 'd0ccc2c9-e13f-553c-8d24-c254e05d579d', 'fea92d32-0606-55c0-b52e-d29f06ea4dd1', 'out', 'bot', 'meta', 'wamid.DEMO000018', 'text', 'Perfeito! Qual valor mensal você gostaria de investir, aproximadamente?', 'read', now() - interval '21601 minutes'),
  ('6ca70d7e-fadb-59d6-9b4c-19d66f847e9c', 'a0000000-0000-4000-8000-000000000001', 'd0ccc2c9-e13f-553c-8d24-c254e05d579d', 'fea92d32-0606-55c0-b52e-d29f06ea4dd1', 'in', 'lead', 'meta', 'wamid.DEMO000019', 'text', 'Até uns 2.500 por mês', 'received', now() - interval '21586 minutes'),
  ('92773f5b-8a45-54f9-acf5-a8218425b0c4', 'a0000000-0000-4000-8000-000000000001', 'd0ccc2c9-e13f-553c-8d24-c254e05d579d', 'fea92d32-0606-55c0-b52e-d29f06ea4dd1', 'out', 'bot', 'meta', 'wamid.DEMO000020', 'text', 'Obrigada! Já passei tudo para a Ana, que vai preparar as opções e te chamar aqui mesmo. 😊', 'read', now() - interval '21585 minutes'),
  ('153fd8d5-9d3b-5406-952c-6316942e7f44', 'a0000000-0000-4000-8000-000000000001', 'd0ccc2c9-e13f-553c-8d24-c254e05d579d', 'fea92d32-0606-55c0-b52e-d29f06ea4dd1', 'out', 'consultant', 'meta', 'wamid.DEMO000021', 'text', 'Oi! Aqui é a Ana. Separei três opções com o Sírio-Libanês na rede, vou te mandar a comparação agora.', 'read', now() - interval '21569 minutes'),
  ('e0874d4c-8989-564f-9e05-7d733dc01ebb', 'a0000000-0000-4000-8000-000000000001', 'd0ccc2c9-e13f-553c-8d24-c254e05d579d', 'fea92d32-0606-55c0-b52e-d29f06ea4dd1', 'in', 'lead', 'meta', 'wamid.DEMO000022', 'text', 'Obrigado, Ana! Fico no aguardo.', 'received', now() - interval '21535 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('f06cd9ec-a82c-5252-97f8-0aa6b89dd9ca', 'a0000000-0000-4000-8000-000000000001', '5511913561597', '+5511913561597', 'Lúcia Helena Ribeiro', 'saude',
  'agendado', 78, '{"consentimento_lgpd": true, "beneficiarios": "familia", "idades": [38, 36, 9, 4], "cidade": "São Paulo", "uf": "SP", "acomodacao": "apartamento", "hospitais": ["Sírio-Libanês"], "orcamento_mensal_centavos": 250000}'::jsonb,
  250000, 'ana-souza', '{"utm_source": "instagram", "utm_medium": "cpc", "utm_campaign": "saude-demo"}'::jsonb,
  now() - interval '17839 minutes', now() - interval '17663 minutes', now() - interval '17854 minutes', now() - interval '17663 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('88736c0d-d5ed-55e7-a3f0-698eb142348e', 'a0000000-0000-4000-8000-000000000001', 'f06cd9ec-a82c-5252-97f8-0aa6b89dd9ca', 'dc61492c-6b50-5b8e-a657-0278b1cb013a',
  '1aca3c5b-b8bb-590f-a396-a32fe6eac3d5', 'humano',
  '{"etapa": "fim", "variaveis": {"consentimento_lgpd": true, "beneficiarios": "familia", "idades": [38, 36, 9, 4], "cidade": "São Paulo", "uf": "SP", "acomodacao": "apartamento", "hospitais": ["Sírio-Libanês"], "orcamento_mensal_centavos": 250000}}'::jsonb,
  now() - interval '17663 minutes', now() - interval '17665 minutes',
  null, now() - interval '17854 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('a45ffe59-2067-5c2e-bdf8-6cdfe224e9ea', 'a0000000-0000-4000-8000-000000000001', '88736c0d-d5ed-55e7-a3f0-698eb142348e', 'f06cd9ec-a82c-5252-97f8-0aa6b89dd9ca', 'in', 'lead', 'meta', 'wamid.DEMO000023', 'text', 'Oi, boa tarde! Vi seu anúncio e queria saber sobre plano de saúde.', 'received', now() - interval '17854 minutes'),
  ('8f7cbd5f-e404-587d-bf81-efed4b846679', 'a0000000-0000-4000-8000-000000000001', '88736c0d-d5ed-55e7-a3f0-698eb142348e', 'f06cd9ec-a82c-5252-97f8-0aa6b89dd9ca', 'out', 'bot', 'meta', 'wamid.DEMO000024', 'text', 'Olá! 👋 Sou a assistente virtual da Ana Souza. Vou te ajudar a encontrar o plano ideal em poucos minutos. Podemos seguir? Suas respostas ficam guardadas só para a sua cotação, conforme a LGPD.', 'read', now() - interval '17853 minutes'),
  ('960a623f-6bf1-5ab7-8fdb-9c0126b8e846', 'a0000000-0000-4000-8000-000000000001', '88736c0d-d5ed-55e7-a3f0-698eb142348e', 'f06cd9ec-a82c-5252-97f8-0aa6b89dd9ca', 'in', 'lead', 'meta', 'wamid.DEMO000025', 'text', 'Pode sim', 'received', now() - interval '17839 minutes'),
  ('32b06b32-6517-5f68-aa00-6e77b4c26bfe', 'a0000000-0000-4000-8000-000000000001', '88736c0d-d5ed-55e7-a3f0-698eb142348e', 'f06cd9ec-a82c-5252-97f8-0aa6b89dd9ca', 'out', 'bot', 'meta', 'wamid.DEMO000026', 'text', 'Ótimo! Quem vai ser coberto pelo plano?', 'read', now() - interval '17838 minutes'),
  ('36514609-3868-50ca-b68e-5047d86f81bd', 'a0000000-0000-4000-8000-000000000001', '88736c0d-d5ed-55e7-a3f0-698eb142348e', 'f06cd9ec-a82c-5252-97f8-0aa6b89dd9ca', 'in', 'lead', 'meta', 'wamid.DEMO000027', 'text', 'Eu, minha esposa e dois filhos', 'received', now() - interval '17802 minutes'),
  ('da15e9d9-e950-5a32-8440-628b0769571c', 'a0000000-0000-4000-8000-000000000001', '88736c0d-d5ed-55e7-a3f0-698eb142348e', 'f06cd9ec-a82c-5252-97f8-0aa6b89dd9ca', 'out', 'bot', 'meta', 'wamid.DEMO000028', 'text', 'Quais são as idades de cada um?', 'read', now() - interval '17801 minutes'),
  ('aed2bf42-539a-555c-a936-1852ead9e2c0', 'a0000000-0000-4000-8000-000000000001', '88736c0d-d5ed-55e7-a3f0-698eb142348e', 'f06cd9ec-a82c-5252-97f8-0aa6b89dd9ca', 'in', 'lead', 'meta', 'wamid.DEMO000029', 'text', '38, 36, 9 e 4', 'received', now() - interval '17773 minutes'),
  ('cd8c16bf-dc12-53e6-b298-59a7e98662b8', 'a0000000-0000-4000-8000-000000000001', '88736c0d-d5ed-55e7-a3f0-698eb142348e', 'f06cd9ec-a82c-5252-97f8-0aa6b89dd9ca', 'out', 'bot', 'meta', 'wamid.DEMO000030', 'text', 'Em qual cidade vocês moram?', 'read', now() - interval '17772 minutes'),
  ('0573b563-6dcb-5734-8647-3cfa99171b99', 'a0000000-0000-4000-8000-000000000001', '88736c0d-d5ed-55e7-a3f0-698eb142348e', 'f06cd9ec-a82c-5252-97f8-0aa6b89dd9ca', 'in', 'lead', 'meta', 'wamid.DEMO000031', 'text', 'São Paulo, zona oeste', 'received', now() - interval '17756 minutes'),
  ('e663cfc5-45aa-5950-ab4b-0d398f88a77f', 'a0000000-0000-4000-8000-000000000001', '88736c0d-d5ed-55e7-a3f0-698eb142348e', 'f06cd9ec-a82c-5252-97f8-0aa6b89dd9ca', 'out', 'bot', 'meta', 'wamid.DEMO000032', 'text', 'Prefere quarto individual (apartamento) ou enfermaria?', 'read', now() - interval '17755 minutes'),
  ('3a99c3ee-99be-5b23-986d-fb687f6db2b9', 'a0000000-0000-4000-8000-000000000001', '88736c0d-d5ed-55e7-a3f0-698eb142348e', 'f06cd9ec-a82c-5252-97f8-0aa6b89dd9ca', 'in', 'lead', 'meta', 'wamid.DEMO000033', 'text', 'Apartamento, e se possível com o Hospital Sírio-Libanês', 'received', now() - interval '17725 minutes'),
  ('6c6e400d-1547-5fbc-b7da-78598318474d', 'a0000000-0000-4000-8000-000000000001', '88736c0d-d5ed-55e7-a3f0-698eb142348e', 'f06cd9ec-a82c-5252-97f8-0aa6b89dd9ca', 'out', 'bot', 'meta', 'wamid.DEMO000034', 'text', 'Perfeito! Qual valor mensal você gostaria de investir, aproximadamente?', 'read', now() - interval '17724 minutes'),
  ('32e1c151-9e49-5955-b6de-f1330bff5f50', 'a0000000-0000-4000-8000-000000000001', '88736c0d-d5ed-55e7-a3f0-698eb142348e', 'f06cd9ec-a82c-5252-97f8-0aa6b89dd9ca', 'in', 'lead', 'meta', 'wamid.DEMO000035', 'text', 'Até uns 2.500 por mês', 'received', now() - interval '17685 minutes'),
  ('85afb2a8-8d8f-5aef-9652-5833beb37692', 'a0000000-0000-4000-8000-000000000001', '88736c0d-d5ed-55e7-a3f0-698eb142348e', 'f06cd9ec-a82c-5252-97f8-0aa6b89dd9ca', 'out', 'bot', 'meta', 'wamid.DEMO000036', 'text', 'Obrigada! Já passei tudo para a Ana, que vai preparar as opções e te chamar aqui mesmo. 😊', 'read', now() - interval '17684 minutes'),
  ('f7624853-b5ba-5156-833d-c88fb4737595', 'a0000000-0000-4000-8000-000000000001', '88736c0d-d5ed-55e7-a3f0-698eb142348e', 'f06cd9ec-a82c-5252-97f8-0aa6b89dd9ca', 'out', 'consultant', 'meta', 'wamid.DEMO000037', 'text', 'Oi! Aqui é a Ana. Separei três opções com o Sírio-Libanês na rede, vou te mandar a comparação agora.', 'read', now() - interval '17665 minutes'),
  ('9bdfe837-406e-5f7c-b8c7-2d7e835609e5', 'a0000000-0000-4000-8000-000000000001', '88736c0d-d5ed-55e7-a3f0-698eb142348e', 'f06cd9ec-a82c-5252-97f8-0aa6b89dd9ca', 'in', 'lead', 'meta', 'wamid.DEMO000038', 'text', 'Obrigado, Ana! Fico no aguardo.', 'received', now() - interval '17663 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('fa414a85-b65a-57f1-ad9b-aad57073a355', 'a0000000-0000-4000-8000-000000000001', '5511966722344', '+5511966722344', 'Fábio Araújo', 'saude',
  'proposta', 85, '{"consentimento_lgpd": true, "beneficiarios": "familia", "idades": [38, 36, 9, 4], "cidade": "São Paulo", "uf": "SP", "acomodacao": "apartamento", "hospitais": ["Sírio-Libanês"], "orcamento_mensal_centavos": 250000}'::jsonb,
  250000, 'ana-souza', '{"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "saude-demo"}'::jsonb,
  now() - interval '13288 minutes', now() - interval '13184 minutes', now() - interval '13308 minutes', now() - interval '13184 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('b3557be7-61f5-58e0-8526-ceb0c0cabe54', 'a0000000-0000-4000-8000-000000000001', 'fa414a85-b65a-57f1-ad9b-aad57073a355', 'dc61492c-6b50-5b8e-a657-0278b1cb013a',
  '1aca3c5b-b8bb-590f-a396-a32fe6eac3d5', 'humano',
  '{"etapa": "fim", "variaveis": {"consentimento_lgpd": true, "beneficiarios": "familia", "idades": [38, 36, 9, 4], "cidade": "São Paulo", "uf": "SP", "acomodacao": "apartamento", "hospitais": ["Sírio-Libanês"], "orcamento_mensal_centavos": 250000}}'::jsonb,
  now() - interval '13184 minutes', now() - interval '13192 minutes',
  null, now() - interval '13308 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('d3bb4268-f934-55bd-aecf-1a55ee0c9c91', 'a0000000-0000-4000-8000-000000000001', 'b3557be7-61f5-58e0-8526-ceb0c0cabe54', 'fa414a85-b65a-57f1-ad9b-aad57073a355', 'in', 'lead', 'meta', 'wamid.DEMO000039', 'text', 'Oi, boa tarde! Vi seu anúncio e queria saber sobre plano de saúde.', 'received', now() - interval '13308 minutes'),
  ('b72cfed6-7e40-5281-80dd-f5c43ec3428d', 'a0000000-0000-4000-8000-000000000001', 'b3557be7-61f5-58e0-8526-ceb0c0cabe54', 'fa414a85-b65a-57f1-ad9b-aad57073a355', 'out', 'bot', 'meta', 'wamid.DEMO000040', 'text', 'Olá! 👋 Sou a assistente virtual da Ana Souza. Vou te ajudar a encontrar o plano ideal em poucos minutos. Podemos seguir? Suas respostas ficam guardadas só para a sua cotação, conforme a LGPD.', 'read', now() - interval '13307 minutes'),
  ('ceb3cd81-7e6a-5815-a5af-10d4f392404c', 'a0000000-0000-4000-8000-000000000001', 'b3557be7-61f5-58e0-8526-ceb0c0cabe54', 'fa414a85-b65a-57f1-ad9b-aad57073a355', 'in', 'lead', 'meta', 'wamid.DEMO000041', 'text', 'Pode sim', 'received', now() - interval '13288 minutes'),
  ('78008396-104e-506c-980a-af1baec2f610', 'a0000000-0000-4000-8000-000000000001', 'b3557be7-61f5-58e0-8526-ceb0c0cabe54', 'fa414a85-b65a-57f1-ad9b-aad57073a355', 'out', 'bot', 'meta', 'wamid.DEMO000042', 'text', 'Ótimo! Quem vai ser coberto pelo plano?', 'read', now() - interval '13287 minutes'),
  ('f13cedd6-9eaf-51c5-a721-797548c71f8e', 'a0000000-0000-4000-8000-000000000001', 'b3557be7-61f5-58e0-8526-ceb0c0cabe54', 'fa414a85-b65a-57f1-ad9b-aad57073a355', 'in', 'lead', 'meta', 'wamid.DEMO000043', 'text', 'Eu, minha esposa e dois filhos', 'received', now() - interval '13276 minutes'),
  ('7d9c13e7-fe62-5071-a2c2-d760b092d439', 'a0000000-0000-4000-8000-000000000001', 'b3557be7-61f5-58e0-8526-ceb0c0cabe54', 'fa414a85-b65a-57f1-ad9b-aad57073a355', 'out', 'bot', 'meta', 'wamid.DEMO000044', 'text', 'Quais são as idades de cada um?', 'read', now() - interval '13275 minutes'),
  ('767f022a-691d-5c90-8937-6e8cdf20d973', 'a0000000-0000-4000-8000-000000000001', 'b3557be7-61f5-58e0-8526-ceb0c0cabe54', 'fa414a85-b65a-57f1-ad9b-aad57073a355', 'in', 'lead', 'meta', 'wamid.DEMO000045', 'text', '38, 36, 9 e 4', 'received', now() - interval '13260 minutes'),
  ('8e5f7511-e6bc-5223-abfd-68c6dc5c2181', 'a0000000-0000-4000-8000-000000000001', 'b3557be7-61f5-58e0-8526-ceb0c0cabe54', 'fa414a85-b65a-57f1-ad9b-aad57073a355', 'out', 'bot', 'meta', 'wamid.DEMO000046', 'text', 'Em qual cidade vocês moram?', 'read', now() - interval '13259 minutes'),
  ('889804ba-e602-5d01-81a8-0df638f617f4', 'a0000000-0000-4000-8000-000000000001', 'b3557be7-61f5-58e0-8526-ceb0c0cabe54', 'fa414a85-b65a-57f1-ad9b-aad57073a355', 'in', 'lead', 'meta', 'wamid.DEMO000047', 'text', 'São Paulo, zona oeste', 'received', now() - interval '13236 minutes'),
  ('1f394408-6bb1-5d26-a455-7dc630edd0a6', 'a0000000-0000-4000-8000-000000000001', 'b3557be7-61f5-58e0-8526-ceb0c0cabe54', 'fa414a85-b65a-57f1-ad9b-aad57073a355', 'out', 'bot', 'meta', 'wamid.DEMO000048', 'text', 'Prefere quarto individual (apartamento) ou enfermaria?', 'read', now() - interval '13235 minutes'),
  ('8c86aa33-6aa9-5e90-9777-e36015a68b88', 'a0000000-0000-4000-8000-000000000001', 'b3557be7-61f5-58e0-8526-ceb0c0cabe54', 'fa414a85-b65a-57f1-ad9b-aad57073a355', 'in', 'lead', 'meta', 'wamid.DEMO000049', 'text', 'Apartamento, e se possível com o Hospital Sírio-Libanês', 'received', now() - interval '13227 minutes'),
  ('6f114e6f-68ae-552e-b112-d7232f1d6e56', 'a0000000-0000-4000-8000-000000000001', 'b3557be7-61f5-58e0-8526-ceb0c0cabe54', 'fa414a85-b65a-57f1-ad9b-aad57073a355', 'out', 'bot', 'meta', 'wamid.DEMO000050', 'text', 'Perfeito! Qual valor mensal você gostaria de investir, aproximadamente?', 'read', now() - interval '13226 minutes'),
  ('a791ad8f-5bfc-5ea9-9fc6-2d09b8ec07c1', 'a0000000-0000-4000-8000-000000000001', 'b3557be7-61f5-58e0-8526-ceb0c0cabe54', 'fa414a85-b65a-57f1-ad9b-aad57073a355', 'in', 'lead', 'meta', 'wamid.DEMO000051', 'text', 'Até uns 2.500 por mês', 'received', now() - interval '13219 minutes'),
  ('521bd165-bfe3-58b4-8431-c20f0b222fa6', 'a0000000-0000-4000-8000-000000000001', 'b3557be7-61f5-58e0-8526-ceb0c0cabe54', 'fa414a85-b65a-57f1-ad9b-aad57073a355', 'out', 'bot', 'meta', 'wamid.DEMO000052', 'text', 'Obrigada! Já passei tudo para a Ana, que vai preparar as opções e te chamar aqui mesmo. 😊', 'read', now() - interval '13218 minutes'),
  ('51952aa3-542d-5cad-bd43-85081680ee8b', 'a0000000-0000-4000-8000-000000000001', 'b3557be7-61f5-58e0-8526-ceb0c0cabe54', 'fa414a85-b65a-57f1-ad9b-aad57073a355', 'out', 'consultant', 'meta', 'wamid.DEMO000053', 'text', 'Oi! Aqui é a Ana. Separei três opções com o Sírio-Libanês na rede, vou te mandar a comparação agora.', 'read', now() - interval '13192 minutes'),
  ('d931518f-af90-5266-b2a5-39ad6b6654cc', 'a0000000-0000-4000-8000-000000000001', 'b3557be7-61f5-58e0-8526-ceb0c0cabe54', 'fa414a85-b65a-57f1-ad9b-aad57073a355', 'in', 'lead', 'meta', 'wamid.DEMO000054', 'text', 'Obrigado, Ana! Fico no aguardo.', 'received', now() - interval '13184 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('ed3e6f4b-40ac-523d-abce-5474aea2859d', 'a0000000-0000-4000-8000-000000000001', '5511956164955', '+5511956164955', 'Patrícia Simões', 'saude',
  'ganho', 92, '{"consentimento_lgpd": true, "beneficiarios": "familia", "idades": [38, 36, 9, 4], "cidade": "São Paulo", "uf": "SP", "acomodacao": "apartamento", "hospitais": ["Sírio-Libanês"], "orcamento_mensal_centavos": 250000}'::jsonb,
  250000, 'ana-souza', '{"utm_source": "instagram", "utm_medium": "cpc", "utm_campaign": "saude-demo"}'::jsonb,
  now() - interval '8905 minutes', now() - interval '8733 minutes', now() - interval '8910 minutes', now() - interval '8733 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('df7dc16b-395e-56ba-b648-ba2b9915e86e', 'a0000000-0000-4000-8000-000000000001', 'ed3e6f4b-40ac-523d-abce-5474aea2859d', 'dc61492c-6b50-5b8e-a657-0278b1cb013a',
  '1aca3c5b-b8bb-590f-a396-a32fe6eac3d5', 'finalizada',
  '{"etapa": "fim", "variaveis": {"consentimento_lgpd": true, "beneficiarios": "familia", "idades": [38, 36, 9, 4], "cidade": "São Paulo", "uf": "SP", "acomodacao": "apartamento", "hospitais": ["Sírio-Libanês"], "orcamento_mensal_centavos": 250000}}'::jsonb,
  now() - interval '8733 minutes', now() - interval '8753 minutes',
  now() - interval '8733 minutes', now() - interval '8910 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('66163d05-f310-55bb-b18a-af9cd77cdbb6', 'a0000000-0000-4000-8000-000000000001', 'df7dc16b-395e-56ba-b648-ba2b9915e86e', 'ed3e6f4b-40ac-523d-abce-5474aea2859d', 'in', 'lead', 'meta', 'wamid.DEMO000055', 'text', 'Oi, boa tarde! Vi seu anúncio e queria saber sobre plano de saúde.', 'received', now() - interval '8910 minutes'),
  ('e7f9d9c5-d574-510c-ba5d-8547f45a3d1d', 'a0000000-0000-4000-8000-000000000001', 'df7dc16b-395e-56ba-b648-ba2b9915e86e', 'ed3e6f4b-40ac-523d-abce-5474aea2859d', 'out', 'bot', 'meta', 'wamid.DEMO000056', 'text', 'Olá! 👋 Sou a assistente virtual da Ana Souza. Vou te ajudar a encontrar o plano ideal em poucos minutos. Podemos seguir? Suas respostas ficam guardadas só para a sua cotação, conforme a LGPD.', 'read', now() - interval '8909 minutes'),
  ('bfeb13e2-e2fa-541a-a8d4-4a5b212e3d86', 'a0000000-0000-4000-8000-000000000001', 'df7dc16b-395e-56ba-b648-ba2b9915e86e', 'ed3e6f4b-40ac-523d-abce-5474aea2859d', 'in', 'lead', 'meta', 'wamid.DEMO000057', 'text', 'Pode sim', 'received', now() - interval '8905 minutes'),
  ('3eb39019-7863-5f5f-bcd0-167a4ccc93b7', 'a0000000-0000-4000-8000-000000000001', 'df7dc16b-395e-56ba-b648-ba2b9915e86e', 'ed3e6f4b-40ac-523d-abce-5474aea2859d', 'out', 'bot', 'meta', 'wamid.DEMO000058', 'text', 'Ótimo! Quem vai ser coberto pelo plano?', 'read', now() - interval '8904 minutes'),
  ('4d83dcae-4a97-5b03-ba54-3416a87c7485', 'a0000000-0000-4000-8000-000000000001', 'df7dc16b-395e-56ba-b648-ba2b9915e86e', 'ed3e6f4b-40ac-523d-abce-5474aea2859d', 'in', 'lead', 'meta', 'wamid.DEMO000059', 'text', 'Eu, minha esposa e dois filhos', 'received', now() - interval '8873 minutes'),
  ('ad6a2ae9-e9d6-5b60-9af9-fd191a2f4a92', 'a0000000-0000-4000-8000-000000000001', 'df7dc16b-395e-56ba-b648-ba2b9915e86e', 'ed3e6f4b-40ac-523d-abce-5474aea2859d', 'out', 'bot', 'meta', 'wamid.DEMO000060', 'text', 'Quais são as idades de cada um?', 'read', now() - interval '8872 minutes'),
  ('6606efc8-000b-5a53-b0af-b3c48353da8c', 'a0000000-0000-4000-8000-000000000001', 'df7dc16b-395e-56ba-b648-ba2b9915e86e', 'ed3e6f4b-40ac-523d-abce-5474aea2859d', 'in', 'lead', 'meta', 'wamid.DEMO000061', 'text', '38, 36, 9 e 4', 'received', now() - interval '8836 minutes'),
  ('8f31e534-055e-5ba3-b50a-6d9516aa5e91', 'a0000000-0000-4000-8000-000000000001', 'df7dc16b-395e-56ba-b648-ba2b9915e86e', 'ed3e6f4b-40ac-523d-abce-5474aea2859d', 'out', 'bot', 'meta', 'wamid.DEMO000062', 'text', 'Em qual cidade vocês moram?', 'read', now() - interval '8835 minutes'),
  ('0bf3628e-3e87-50da-9acf-411d4e5dd751', 'a0000000-0000-4000-8000-000000000001', 'df7dc16b-395e-56ba-b648-ba2b9915e86e', 'ed3e6f4b-40ac-523d-abce-5474aea2859d', 'in', 'lead', 'meta', 'wamid.DEMO000063', 'text', 'São Paulo, zona oeste', 'received', now() - interval '8826 minutes'),
  ('61353a45-e94b-5c24-a952-18138c735d05', 'a0000000-0000-4000-8000-000000000001', 'df7dc16b-395e-56ba-b648-ba2b9915e86e', 'ed3e6f4b-40ac-523d-abce-5474aea2859d', 'out', 'bot', 'meta', 'wamid.DEMO000064', 'text', 'Prefere quarto individual (apartamento) ou enfermaria?', 'read', now() - interval '8825 minutes'),
  ('17148245-7c21-59ff-9903-f62f2a340546', 'a0000000-0000-4000-8000-000000000001', 'df7dc16b-395e-56ba-b648-ba2b9915e86e', 'ed3e6f4b-40ac-523d-abce-5474aea2859d', 'in', 'lead', 'meta', 'wamid.DEMO000065', 'text', 'Apartamento, e se possível com o Hospital Sírio-Libanês', 'received', now() - interval '8799 minutes'),
  ('5f7e9a70-0c12-53d1-bada-ca90c2b68c0d', 'a0000000-0000-4000-8000-000000000001', 'df7dc16b-395e-56ba-b648-ba2b9915e86e', 'ed3e6f4b-40ac-523d-abce-5474aea2859d', 'out', 'bot', 'meta', 'wamid.DEMO000066', 'text', 'Perfeito! Qual valor mensal você gostaria de investir, aproximadamente?', 'read', now() - interval '8798 minutes'),
  ('fa68997d-3f09-58ec-b792-52987e1a13c7', 'a0000000-0000-4000-8000-000000000001', 'df7dc16b-395e-56ba-b648-ba2b9915e86e', 'ed3e6f4b-40ac-523d-abce-5474aea2859d', 'in', 'lead', 'meta', 'wamid.DEMO000067', 'text', 'Até uns 2.500 por mês', 'received', now() - interval '8791 minutes'),
  ('17bb3072-3748-59f0-89dd-8f0a2ad02d0f', 'a0000000-0000-4000-8000-000000000001', 'df7dc16b-395e-56ba-b648-ba2b9915e86e', 'ed3e6f4b-40ac-523d-abce-5474aea2859d', 'out', 'bot', 'meta', 'wamid.DEMO000068', 'text', 'Obrigada! Já passei tudo para a Ana, que vai preparar as opções e te chamar aqui mesmo. 😊', 'read', now() - interval '8790 minutes'),
  ('6aa108dd-3df9-53aa-ad14-f3716d9d0bd7', 'a0000000-0000-4000-8000-000000000001', 'df7dc16b-395e-56ba-b648-ba2b9915e86e', 'ed3e6f4b-40ac-523d-abce-5474aea2859d', 'out', 'consultant', 'meta', 'wamid.DEMO000069', 'text', 'Oi! Aqui é a Ana. Separei três opções com o Sírio-Libanês na rede, vou te mandar a comparação agora.', 'read', now() - interval '8753 minutes'),
  ('3a51914d-c39e-5a81-beed-bca44157577c', 'a0000000-0000-4000-8000-000000000001', 'df7dc16b-395e-56ba-b648-ba2b9915e86e', 'ed3e6f4b-40ac-523d-abce-5474aea2859d', 'in', 'lead', 'meta', 'wamid.DEMO000070', 'text', 'Obrigado, Ana! Fico no aguardo.', 'received', now() - interval '8733 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('93809dd9-89ce-5955-898e-2a382a00a614', 'a0000000-0000-4000-8000-000000000001', '5511987490893', '+5511987490893', 'Sérgio Magalhães', 'saude',
  'perdido', 40, '{"consentimento_lgpd": true, "beneficiarios": "familia", "idades": [38, 36, 9, 4], "cidade": "São Paulo", "uf": "SP", "acomodacao": "apartamento", "hospitais": ["Sírio-Libanês"], "orcamento_mensal_centavos": 250000}'::jsonb,
  250000, 'ana-souza', '{"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "saude-demo"}'::jsonb,
  now() - interval '4509 minutes', now() - interval '4458 minutes', now() - interval '4516 minutes', now() - interval '4458 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('76ea7742-faf0-5f7a-9129-167014ff8f9b', 'a0000000-0000-4000-8000-000000000001', '93809dd9-89ce-5955-898e-2a382a00a614', 'dc61492c-6b50-5b8e-a657-0278b1cb013a',
  '1aca3c5b-b8bb-590f-a396-a32fe6eac3d5', 'expirada',
  '{"etapa": "etapa_9", "variaveis": {"consentimento_lgpd": true, "beneficiarios": "familia", "idades": [38, 36, 9, 4], "cidade": "São Paulo", "uf": "SP", "acomodacao": "apartamento", "hospitais": ["Sírio-Libanês"], "orcamento_mensal_centavos": 250000}}'::jsonb,
  now() - interval '4458 minutes', null,
  now() - interval '4458 minutes', now() - interval '4516 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('dbf4d7ea-8527-553f-96ff-f538e8f09936', 'a0000000-0000-4000-8000-000000000001', '76ea7742-faf0-5f7a-9129-167014ff8f9b', '93809dd9-89ce-5955-898e-2a382a00a614', 'in', 'lead', 'meta', 'wamid.DEMO000071', 'text', 'Oi, boa tarde! Vi seu anúncio e queria saber sobre plano de saúde.', 'received', now() - interval '4516 minutes'),
  ('a2bbc55e-9919-5e2f-b83f-bb458e4bed5e', 'a0000000-0000-4000-8000-000000000001', '76ea7742-faf0-5f7a-9129-167014ff8f9b', '93809dd9-89ce-5955-898e-2a382a00a614', 'out', 'bot', 'meta', 'wamid.DEMO000072', 'text', 'Olá! 👋 Sou a assistente virtual da Ana Souza. Vou te ajudar a encontrar o plano ideal em poucos minutos. Podemos seguir? Suas respostas ficam guardadas só para a sua cotação, conforme a LGPD.', 'read', now() - interval '4515 minutes'),
  ('e1d1fc14-40c3-5899-a256-92427e63dff8', 'a0000000-0000-4000-8000-000000000001', '76ea7742-faf0-5f7a-9129-167014ff8f9b', '93809dd9-89ce-5955-898e-2a382a00a614', 'in', 'lead', 'meta', 'wamid.DEMO000073', 'text', 'Pode sim', 'received', now() - interval '4509 minutes'),
  ('a70ff18b-6ee5-5ec1-9d86-1bdcd9466701', 'a0000000-0000-4000-8000-000000000001', '76ea7742-faf0-5f7a-9129-167014ff8f9b', '93809dd9-89ce-5955-898e-2a382a00a614', 'out', 'bot', 'meta', 'wamid.DEMO000074', 'text', 'Ótimo! Quem vai ser coberto pelo plano?', 'read', now() - interval '4508 minutes'),
  ('95130c4c-49ee-5eb4-b16d-8835a1cc3999', 'a0000000-0000-4000-8000-000000000001', '76ea7742-faf0-5f7a-9129-167014ff8f9b', '93809dd9-89ce-5955-898e-2a382a00a614', 'in', 'lead', 'meta', 'wamid.DEMO000075', 'text', 'Eu, minha esposa e dois filhos', 'received', now() - interval '4504 minutes'),
  ('4c2dfa5f-f11a-5991-8f50-4411e48d380b', 'a0000000-0000-4000-8000-000000000001', '76ea7742-faf0-5f7a-9129-167014ff8f9b', '93809dd9-89ce-5955-898e-2a382a00a614', 'out', 'bot', 'meta', 'wamid.DEMO000076', 'text', 'Quais são as idades de cada um?', 'read', now() - interval '4503 minutes'),
  ('7fafd9f7-27c1-580e-9da3-39aaeea2cfd2', 'a0000000-0000-4000-8000-000000000001', '76ea7742-faf0-5f7a-9129-167014ff8f9b', '93809dd9-89ce-5955-898e-2a382a00a614', 'in', 'lead', 'meta', 'wamid.DEMO000077', 'text', '38, 36, 9 e 4', 'received', now() - interval '4487 minutes'),
  ('1a0a6dde-8a1d-54a2-9daa-c6fbbb0ab0c9', 'a0000000-0000-4000-8000-000000000001', '76ea7742-faf0-5f7a-9129-167014ff8f9b', '93809dd9-89ce-5955-898e-2a382a00a614', 'out', 'bot', 'meta', 'wamid.DEMO000078', 'text', 'Em qual cidade vocês moram?', 'read', now() - interval '4486 minutes'),
  ('807d8bb1-b06a-55cd-9bb1-82a735d3113f', 'a0000000-0000-4000-8000-000000000001', '76ea7742-faf0-5f7a-9129-167014ff8f9b', '93809dd9-89ce-5955-898e-2a382a00a614', 'in', 'lead', 'meta', 'wamid.DEMO000079', 'text', 'São Paulo, zona oeste', 'received', now() - interval '4466 minutes'),
  ('e59d4927-31bd-5cd0-b8a3-459fb7a661e4', 'a0000000-0000-4000-8000-000000000001', '76ea7742-faf0-5f7a-9129-167014ff8f9b', '93809dd9-89ce-5955-898e-2a382a00a614', 'out', 'consultant', 'meta', 'wamid.DEMO000080', 'text', 'Oi! Ainda tem interesse em continuar? Estou à disposição.', 'read', now() - interval '4465 minutes'),
  ('e721d0ee-5d48-599e-8af1-1e6ea70f55c4', 'a0000000-0000-4000-8000-000000000001', '76ea7742-faf0-5f7a-9129-167014ff8f9b', '93809dd9-89ce-5955-898e-2a382a00a614', 'in', 'lead', 'meta', 'wamid.DEMO000081', 'text', 'Por enquanto não, obrigado. Fechei com outra pessoa.', 'received', now() - interval '4458 minutes')
on conflict do nothing;

insert into public.lead_status_history (consultant_id, lead_id, from_status,
  to_status, changed_at)
select 'a0000000-0000-4000-8000-000000000001', '93809dd9-89ce-5955-898e-2a382a00a614', 'novo', 'qualificado', now() - interval '4504 minutes'
 where not exists (select 1 from public.lead_status_history
                    where lead_id = '93809dd9-89ce-5955-898e-2a382a00a614' and to_status = 'qualificado');

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('70df6065-9e89-550b-b351-864df22105c6', 'a0000000-0000-4000-8000-000000000001', '5511923556182', '+5511923556182', 'Cláudia Brandão', 'saude',
  'novo', null, '{}'::jsonb,
  null, 'ana-souza', '{"utm_source": "instagram", "utm_medium": "cpc", "utm_campaign": "saude-demo"}'::jsonb,
  null, now() - interval '29189 minutes', now() - interval '29189 minutes', now() - interval '29189 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('ec7ca26c-39db-51ac-a433-5acf0237ffc6', 'a0000000-0000-4000-8000-000000000001', '70df6065-9e89-550b-b351-864df22105c6', 'dc61492c-6b50-5b8e-a657-0278b1cb013a',
  '1aca3c5b-b8bb-590f-a396-a32fe6eac3d5', 'bot_ativo',
  '{"etapa": "etapa_1", "variaveis": {}}'::jsonb,
  now() - interval '29189 minutes', null,
  null, now() - interval '29189 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('ddc591e7-23de-5f1f-9806-bc554abd9fb8', 'a0000000-0000-4000-8000-000000000001', 'ec7ca26c-39db-51ac-a433-5acf0237ffc6', '70df6065-9e89-550b-b351-864df22105c6', 'in', 'lead', 'meta', 'wamid.DEMO000082', 'text', 'Oi, boa tarde! Vi seu anúncio e queria saber sobre plano de saúde.', 'received', now() - interval '29189 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('d49322f5-8868-5569-9291-e4e45d96cdae', 'a0000000-0000-4000-8000-000000000001', '5511970855700', '+5511970855700', 'Mônica Esteves', 'saude',
  'em_atendimento', 35, '{"consentimento_lgpd": true}'::jsonb,
  null, 'ana-souza', '{"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "saude-demo"}'::jsonb,
  now() - interval '24840 minutes', now() - interval '24814 minutes', now() - interval '24853 minutes', now() - interval '24814 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('93f460aa-c6c8-5293-9ca7-822a7b8918b3', 'a0000000-0000-4000-8000-000000000001', 'd49322f5-8868-5569-9291-e4e45d96cdae', 'dc61492c-6b50-5b8e-a657-0278b1cb013a',
  '1aca3c5b-b8bb-590f-a396-a32fe6eac3d5', 'aguardando_lead',
  '{"etapa": "etapa_5", "variaveis": {"consentimento_lgpd": true}}'::jsonb,
  now() - interval '24814 minutes', null,
  null, now() - interval '24853 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('4dfcabbd-b889-5ddc-8b3b-cf2c6822a4d0', 'a0000000-0000-4000-8000-000000000001', '93f460aa-c6c8-5293-9ca7-822a7b8918b3', 'd49322f5-8868-5569-9291-e4e45d96cdae', 'in', 'lead', 'meta', 'wamid.DEMO000083', 'text', 'Oi, boa tarde! Vi seu anúncio e queria saber sobre plano de saúde.', 'received', now() - interval '24853 minutes'),
  ('378d7dfc-2b2a-53e8-9bbb-67714b091b46', 'a0000000-0000-4000-8000-000000000001', '93f460aa-c6c8-5293-9ca7-822a7b8918b3', 'd49322f5-8868-5569-9291-e4e45d96cdae', 'out', 'bot', 'meta', 'wamid.DEMO000084', 'text', 'Olá! 👋 Sou a assistente virtual da Ana Souza. Vou te ajudar a encontrar o plano ideal em poucos minutos. Podemos seguir? Suas respostas ficam guardadas só para a sua cotação, conforme a LGPD.', 'read', now() - interval '24852 minutes'),
  ('ef98ce38-fffb-52dd-ad8e-207504f4696b', 'a0000000-0000-4000-8000-000000000001', '93f460aa-c6c8-5293-9ca7-822a7b8918b3', 'd49322f5-8868-5569-9291-e4e45d96cdae', 'in', 'lead', 'meta', 'wamid.DEMO000085', 'text', 'Pode sim', 'received', now() - interval '24840 minutes'),
  ('5af2ba4d-adce-517d-be7e-c8673b58f4cf', 'a0000000-0000-4000-8000-000000000001', '93f460aa-c6c8-5293-9ca7-822a7b8918b3', 'd49322f5-8868-5569-9291-e4e45d96cdae', 'out', 'bot', 'meta', 'wamid.DEMO000086', 'text', 'Ótimo! Quem vai ser coberto pelo plano?', 'read', now() - interval '24839 minutes'),
  ('ddcfdd8c-81f4-5f19-92c2-15f4e7cf6ab7', 'a0000000-0000-4000-8000-000000000001', '93f460aa-c6c8-5293-9ca7-822a7b8918b3', 'd49322f5-8868-5569-9291-e4e45d96cdae', 'in', 'lead', 'meta', 'wamid.DEMO000087', 'text', 'Eu, minha esposa e dois filhos', 'received', now() - interval '24814 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('00210124-531c-5f17-b6a6-5a6bf0f3e377', 'a0000000-0000-4000-8000-000000000001', '5511938119557', '+5511938119557', 'André Luís Carvalho', 'saude',
  'qualificado', 70, '{"consentimento_lgpd": true, "beneficiarios": "familia", "idades": [38, 36, 9, 4], "cidade": "São Paulo", "uf": "SP", "acomodacao": "apartamento", "hospitais": ["Sírio-Libanês"], "orcamento_mensal_centavos": 250000}'::jsonb,
  250000, 'ana-souza', '{"utm_source": "instagram", "utm_medium": "cpc", "utm_campaign": "saude-demo"}'::jsonb,
  now() - interval '20426 minutes', now() - interval '20246 minutes', now() - interval '20433 minutes', now() - interval '20246 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('c0a1ecd3-7634-5191-b9a6-0048873f285f', 'a0000000-0000-4000-8000-000000000001', '00210124-531c-5f17-b6a6-5a6bf0f3e377', 'dc61492c-6b50-5b8e-a657-0278b1cb013a',
  '1aca3c5b-b8bb-590f-a396-a32fe6eac3d5', 'humano',
  '{"etapa": "fim", "variaveis": {"consentimento_lgpd": true, "beneficiarios": "familia", "idades": [38, 36, 9, 4], "cidade": "São Paulo", "uf": "SP", "acomodacao": "apartamento", "hospitais": ["Sírio-Libanês"], "orcamento_mensal_centavos": 250000}}'::jsonb,
  now() - interval '20246 minutes', now() - interval '20272 minutes',
  null, now() - interval '20433 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('29569a4f-3231-5885-a018-bad175bc1085', 'a0000000-0000-4000-8000-000000000001', 'c0a1ecd3-7634-5191-b9a6-0048873f285f', '00210124-531c-5f17-b6a6-5a6bf0f3e377', 'in', 'lead', 'meta', 'wamid.DEMO000088', 'text', 'Oi, boa tarde! Vi seu anúncio e queria saber sobre plano de saúde.', 'received', now() - interval '20433 minutes'),
  ('739e1d1c-e2d7-56ed-8294-41f6bd0b2041', 'a0000000-0000-4000-8000-000000000001', 'c0a1ecd3-7634-5191-b9a6-0048873f285f', '00210124-531c-5f17-b6a6-5a6bf0f3e377', 'out', 'bot', 'meta', 'wamid.DEMO000089', 'text', 'Olá! 👋 Sou a assistente virtual da Ana Souza. Vou te ajudar a encontrar o plano ideal em poucos minutos. Podemos seguir? Suas respostas ficam guardadas só para a sua cotação, conforme a LGPD.', 'read', now() - interval '20432 minutes'),
  ('aadf8232-f2cd-5c48-833f-96710e08dced', 'a0000000-0000-4000-8000-000000000001', 'c0a1ecd3-7634-5191-b9a6-0048873f285f', '00210124-531c-5f17-b6a6-5a6bf0f3e377', 'in', 'lead', 'meta', 'wamid.DEMO000090', 'text', 'Pode sim', 'received', now() - interval '20426 minutes'),
  ('fef261d2-dc3e-5940-b9d5-10b80b81323c', 'a0000000-0000-4000-8000-000000000001', 'c0a1ecd3-7634-5191-b9a6-0048873f285f', '00210124-531c-5f17-b6a6-5a6bf0f3e377', 'out', 'bot', 'meta', 'wamid.DEMO000091', 'text', 'Ótimo! Quem vai ser coberto pelo plano?', 'read', now() - interval '20425 minutes'),
  ('df0a4e72-5fb1-5378-b530-c5008fbac427', 'a0000000-0000-4000-8000-000000000001', 'c0a1ecd3-7634-5191-b9a6-0048873f285f', '00210124-531c-5f17-b6a6-5a6bf0f3e377', 'in', 'lead', 'meta', 'wamid.DEMO000092', 'text', 'Eu, minha esposa e dois filhos', 'received', now() - interval '20385 minutes'),
  ('b7d6ebb7-eea4-5d72-ba3e-6eb518699ee1', 'a0000000-0000-4000-8000-000000000001', 'c0a1ecd3-7634-5191-b9a6-0048873f285f', '00210124-531c-5f17-b6a6-5a6bf0f3e377', 'out', 'bot', 'meta', 'wamid.DEMO000093', 'text', 'Quais são as idades de cada um?', 'read', now() - interval '20384 minutes'),
  ('82d3850e-dd66-54c3-84cb-807b4d5054a1', 'a0000000-0000-4000-8000-000000000001', 'c0a1ecd3-7634-5191-b9a6-0048873f285f', '00210124-531c-5f17-b6a6-5a6bf0f3e377', 'in', 'lead', 'meta', 'wamid.DEMO000094', 'text', '38, 36, 9 e 4', 'received', now() - interval '20372 minutes'),
  ('19fd53c1-a9d3-5e7e-9a0d-8e6d9c23b519', 'a0000000-0000-4000-8000-000000000001', 'c0a1ecd3-7634-5191-b9a6-0048873f285f', '00210124-531c-5f17-b6a6-5a6bf0f3e377', 'out', 'bot', 'meta', 'wamid.DEMO000095', 'text', 'Em qual cidade vocês moram?', 'read', now() - interval '20371 minutes'),
  ('62113610-b277-551c-a034-67bd7a7d203c', 'a0000000-0000-4000-8000-000000000001', 'c0a1ecd3-7634-5191-b9a6-0048873f285f', '00210124-531c-5f17-b6a6-5a6bf0f3e377', 'in', 'lead', 'meta', 'wamid.DEMO000096', 'text', 'São Paulo, zona oeste', 'received', now() - interval '20335 minutes'),
  ('2ad87b0b-23d4-581e-bfc0-b4381a44bc58', 'a0000000-0000-4000-8000-000000000001', 'c0a1ecd3-7634-5191-b9a6-0048873f285f', '00210124-531c-5f17-b6a6-5a6bf0f3e377', 'out', 'bot', 'meta', 'wamid.DEMO000097', 'text', 'Prefere quarto individual (apartamento) ou enfermaria?', 'read', now() - interval '20334 minutes'),
  ('2cc2950d-6959-5dd6-bb47-f2fd9f73835c', 'a0000000-0000-4000-8000-000000000001', 'c0a1ecd3-7634-5191-b9a6-0048873f285f', '00210124-531c-5f17-b6a6-5a6bf0f3e377', 'in', 'lead', 'meta', 'wamid.DEMO000098', 'text', 'Apartamento, e se possível com o Hospital Sírio-Libanês', 'received', now() - interval '20317 minutes'),
  ('bd22fb2e-8317-5012-82c4-713c984bbbb2', 'a0000000-0000-4000-8000-000000000001', 'c0a1ecd3-7634-5191-b9a6-0048873f285f', '00210124-531c-5f17-b6a6-5a6bf0f3e377', 'out', 'bot', 'meta', 'wamid.DEMO000099', 'text', 'Perfeito! Qual valor mensal você gostaria de investir, aproximadamente?', 'read', now() - interval '20316 minutes'),
  ('8a0604a0-f400-5299-8233-7a9e8d8935ab', 'a0000000-0000-4000-8000-000000000001', 'c0a1ecd3-7634-5191-b9a6-0048873f285f', '00210124-531c-5f17-b6a6-5a6bf0f3e377', 'in', 'lead', 'meta', 'wamid.DEMO000100', 'text', 'Até uns 2.500 por mês', 'received', now() - interval '20304 minutes'),
  ('10f4774e-5b1f-5557-b4df-23d485b50dd0', 'a0000000-0000-4000-8000-000000000001', 'c0a1ecd3-7634-5191-b9a6-0048873f285f', '00210124-531c-5f17-b6a6-5a6bf0f3e377', 'out', 'bot', 'meta', 'wamid.DEMO000101', 'text', 'Obrigada! Já passei tudo para a Ana, que vai preparar as opções e te chamar aqui mesmo. 😊', 'read', now() - interval '20303 minutes'),
  ('6ad86b9e-5b95-5ee5-a74e-ab70da1a0f85', 'a0000000-0000-4000-8000-000000000001', 'c0a1ecd3-7634-5191-b9a6-0048873f285f', '00210124-531c-5f17-b6a6-5a6bf0f3e377', 'out', 'consultant', 'meta', 'wamid.DEMO000102', 'text', 'Oi! Aqui é a Ana. Separei três opções com o Sírio-Libanês na rede, vou te mandar a comparação agora.', 'read', now() - interval '20272 minutes'),
  ('6df9e8c8-85c2-5d67-808e-7ee176ab134f', 'a0000000-0000-4000-8000-000000000001', 'c0a1ecd3-7634-5191-b9a6-0048873f285f', '00210124-531c-5f17-b6a6-5a6bf0f3e377', 'in', 'lead', 'meta', 'wamid.DEMO000103', 'text', 'Obrigado, Ana! Fico no aguardo.', 'received', now() - interval '20246 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('7342a5aa-5653-5fb3-9e3a-0689e9a213e5', 'a0000000-0000-4000-8000-000000000001', '5511995899313', '+5511995899313', 'Tânia Mendonça', 'saude',
  'agendado', 78, '{"consentimento_lgpd": true, "beneficiarios": "familia", "idades": [38, 36, 9, 4], "cidade": "São Paulo", "uf": "SP", "acomodacao": "apartamento", "hospitais": ["Sírio-Libanês"], "orcamento_mensal_centavos": 250000}'::jsonb,
  250000, 'ana-souza', '{"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "saude-demo"}'::jsonb,
  now() - interval '16393 minutes', now() - interval '16272 minutes', now() - interval '16410 minutes', now() - interval '16272 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('ac854fdc-b2cf-573f-8715-61c0e6cff17d', 'a0000000-0000-4000-8000-000000000001', '7342a5aa-5653-5fb3-9e3a-0689e9a213e5', 'dc61492c-6b50-5b8e-a657-0278b1cb013a',
  '1aca3c5b-b8bb-590f-a396-a32fe6eac3d5', 'humano',
  '{"etapa": "fim", "variaveis": {"consentimento_lgpd": true, "beneficiarios": "familia", "idades": [38, 36, 9, 4], "cidade": "São Paulo", "uf": "SP", "acomodacao": "apartamento", "hospitais": ["Sírio-Libanês"], "orcamento_mensal_centavos": 250000}}'::jsonb,
  now() - interval '16272 minutes', now() - interval '16291 minutes',
  null, now() - interval '16410 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('b041cd70-c11b-530e-adf8-7fb8395e399b', 'a0000000-0000-4000-8000-000000000001', 'ac854fdc-b2cf-573f-8715-61c0e6cff17d', '7342a5aa-5653-5fb3-9e3a-0689e9a213e5', 'in', 'lead', 'meta', 'wamid.DEMO000104', 'text', 'Oi, boa tarde! Vi seu anúncio e queria saber sobre plano de saúde.', 'received', now() - interval '16410 minutes'),
  ('14443965-b1b9-52b9-a159-de7d791351aa', 'a0000000-0000-4000-8000-000000000001', 'ac854fdc-b2cf-573f-8715-61c0e6cff17d', '7342a5aa-5653-5fb3-9e3a-0689e9a213e5', 'out', 'bot', 'meta', 'wamid.DEMO000105', 'text', 'Olá! 👋 Sou a assistente virtual da Ana Souza. Vou te ajudar a encontrar o plano ideal em poucos minutos. Podemos seguir? Suas respostas ficam guardadas só para a sua cotação, conforme a LGPD.', 'read', now() - interval '16409 minutes'),
  ('91e95810-9b59-507c-ae59-8985617e1f8f', 'a0000000-0000-4000-8000-000000000001', 'ac854fdc-b2cf-573f-8715-61c0e6cff17d', '7342a5aa-5653-5fb3-9e3a-0689e9a213e5', 'in', 'lead', 'meta', 'wamid.DEMO000106', 'text', 'Pode sim', 'received', now() - interval '16393 minutes'),
  ('183de3cc-ecd4-5d6f-b83e-067fc18cd50d', 'a0000000-0000-4000-8000-000000000001', 'ac854fdc-b2cf-573f-8715-61c0e6cff17d', '7342a5aa-5653-5fb3-9e3a-0689e9a213e5', 'out', 'bot', 'meta', 'wamid.DEMO000107', 'text', 'Ótimo! Quem vai ser coberto pelo plano?', 'read', now() - interval '16392 minutes'),
  ('2d1a644e-cf46-5e13-9c99-97b1267d790c', 'a0000000-0000-4000-8000-000000000001', 'ac854fdc-b2cf-573f-8715-61c0e6cff17d', '7342a5aa-5653-5fb3-9e3a-0689e9a213e5', 'in', 'lead', 'meta', 'wamid.DEMO000108', 'text', 'Eu, minha esposa e dois filhos', 'received', now() - interval '16370 minutes'),
  ('f2d1d6e7-4f57-5e6f-9948-e80010e92f4c', 'a0000000-0000-4000-8000-000000000001', 'ac854fdc-b2cf-573f-8715-61c0e6cff17d', '7342a5aa-5653-5fb3-9e3a-0689e9a213e5', 'out', 'bot', 'meta', 'wamid.DEMO000109', 'text', 'Quais são as idades de cada um?', 'read', now() - interval '16369 minutes'),
  ('9092d1f4-40f7-577c-b12b-6e2d5b26bf7b', 'a0000000-0000-4000-8000-000000000001', 'ac854fdc-b2cf-573f-8715-61c0e6cff17d', '7342a5aa-5653-5fb3-9e3a-0689e9a213e5', 'in', 'lead', 'meta', 'wamid.DEMO000110', 'text', '38, 36, 9 e 4', 'received', now() - interval '16364 minutes'),
  ('fc3f32c3-3af0-5a45-800f-8c6bfb78f961', 'a0000000-0000-4000-8000-000000000001', 'ac854fdc-b2cf-573f-8715-61c0e6cff17d', '7342a5aa-5653-5fb3-9e3a-0689e9a213e5', 'out', 'bot', 'meta', 'wamid.DEMO000111', 'text', 'Em qual cidade vocês moram?', 'read', now() - interval '16363 minutes'),
  ('9ba5f4cf-02e5-50e5-b50e-b9dfef424395', 'a0000000-0000-4000-8000-000000000001', 'ac854fdc-b2cf-573f-8715-61c0e6cff17d', '7342a5aa-5653-5fb3-9e3a-0689e9a213e5', 'in', 'lead', 'meta', 'wamid.DEMO000112', 'text', 'São Paulo, zona oeste', 'received', now() - interval '16347 minutes'),
  ('9a3895ec-855b-5ff9-b39a-a15d800c2c87', 'a0000000-0000-4000-8000-000000000001', 'ac854fdc-b2cf-573f-8715-61c0e6cff17d', '7342a5aa-5653-5fb3-9e3a-0689e9a213e5', 'out', 'bot', 'meta', 'wamid.DEMO000113', 'text', 'Prefere quarto individual (apartamento) ou enfermaria?', 'read', now() - interval '16346 minutes'),
  ('a442399a-9040-593e-b8d2-8546230c5110', 'a0000000-0000-4000-8000-000000000001', 'ac854fdc-b2cf-573f-8715-61c0e6cff17d', '7342a5aa-5653-5fb3-9e3a-0689e9a213e5', 'in', 'lead', 'meta', 'wamid.DEMO000114', 'text', 'Apartamento, e se possível com o Hospital Sírio-Libanês', 'received', now() - interval '16342 minutes'),
  ('34f08061-5204-599f-830d-6b87b05ed69d', 'a0000000-0000-4000-8000-000000000001', 'ac854fdc-b2cf-573f-8715-61c0e6cff17d', '7342a5aa-5653-5fb3-9e3a-0689e9a213e5', 'out', 'bot', 'meta', 'wamid.DEMO000115', 'text', 'Perfeito! Qual valor mensal você gostaria de investir, aproximadamente?', 'read', now() - interval '16341 minutes'),
  ('490a45c6-4cc8-59c5-b452-8a14867b5c55', 'a0000000-0000-4000-8000-000000000001', 'ac854fdc-b2cf-573f-8715-61c0e6cff17d', '7342a5aa-5653-5fb3-9e3a-0689e9a213e5', 'in', 'lead', 'meta', 'wamid.DEMO000116', 'text', 'Até uns 2.500 por mês', 'received', now() - interval '16319 minutes'),
  ('a17cb4e9-f417-57ff-9325-35ffa03d4c50', 'a0000000-0000-4000-8000-000000000001', 'ac854fdc-b2cf-573f-8715-61c0e6cff17d', '7342a5aa-5653-5fb3-9e3a-0689e9a213e5', 'out', 'bot', 'meta', 'wamid.DEMO000117', 'text', 'Obrigada! Já passei tudo para a Ana, que vai preparar as opções e te chamar aqui mesmo. 😊', 'read', now() - interval '16318 minutes'),
  ('e6ee32c7-494d-5cb0-9561-093e5323f2c7', 'a0000000-0000-4000-8000-000000000001', 'ac854fdc-b2cf-573f-8715-61c0e6cff17d', '7342a5aa-5653-5fb3-9e3a-0689e9a213e5', 'out', 'consultant', 'meta', 'wamid.DEMO000118', 'text', 'Oi! Aqui é a Ana. Separei três opções com o Sírio-Libanês na rede, vou te mandar a comparação agora.', 'read', now() - interval '16291 minutes'),
  ('63bd8ba6-26b8-5f6d-8155-784668222645', 'a0000000-0000-4000-8000-000000000001', 'ac854fdc-b2cf-573f-8715-61c0e6cff17d', '7342a5aa-5653-5fb3-9e3a-0689e9a213e5', 'in', 'lead', 'meta', 'wamid.DEMO000119', 'text', 'Obrigado, Ana! Fico no aguardo.', 'received', now() - interval '16272 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('9395e5c6-f1a0-5fff-9455-b559ecec60a2', 'a0000000-0000-4000-8000-000000000001', '5511938317637', '+5511938317637', 'Rogério Assunção', 'saude',
  'proposta', 85, '{"consentimento_lgpd": true, "beneficiarios": "familia", "idades": [38, 36, 9, 4], "cidade": "São Paulo", "uf": "SP", "acomodacao": "apartamento", "hospitais": ["Sírio-Libanês"], "orcamento_mensal_centavos": 250000}'::jsonb,
  250000, 'ana-souza', '{"utm_source": "instagram", "utm_medium": "cpc", "utm_campaign": "saude-demo"}'::jsonb,
  now() - interval '12077 minutes', now() - interval '11926 minutes', now() - interval '12100 minutes', now() - interval '11926 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('b7c7450a-9220-50c8-8dab-cacf5b879dbe', 'a0000000-0000-4000-8000-000000000001', '9395e5c6-f1a0-5fff-9455-b559ecec60a2', 'dc61492c-6b50-5b8e-a657-0278b1cb013a',
  '1aca3c5b-b8bb-590f-a396-a32fe6eac3d5', 'humano',
  '{"etapa": "fim", "variaveis": {"consentimento_lgpd": true, "beneficiarios": "familia", "idades": [38, 36, 9, 4], "cidade": "São Paulo", "uf": "SP", "acomodacao": "apartamento", "hospitais": ["Sírio-Libanês"], "orcamento_mensal_centavos": 250000}}'::jsonb,
  now() - interval '11926 minutes', now() - interval '11936 minutes',
  null, now() - interval '12100 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('8de54fd9-a5ac-5608-a56f-4c3a2ef88ed0', 'a0000000-0000-4000-8000-000000000001', 'b7c7450a-9220-50c8-8dab-cacf5b879dbe', '9395e5c6-f1a0-5fff-9455-b559ecec60a2', 'in', 'lead', 'meta', 'wamid.DEMO000120', 'text', 'Oi, boa tarde! Vi seu anúncio e queria saber sobre plano de saúde.', 'received', now() - interval '12100 minutes'),
  ('cbd8dc6e-ff1e-5b12-8bb7-0e1a9e7c8a80', 'a0000000-0000-4000-8000-000000000001', 'b7c7450a-9220-50c8-8dab-cacf5b879dbe', '9395e5c6-f1a0-5fff-9455-b559ecec60a2', 'out', 'bot', 'meta', 'wamid.DEMO000121', 'text', 'Olá! 👋 Sou a assistente virtual da Ana Souza. Vou te ajudar a encontrar o plano ideal em poucos minutos. Podemos seguir? Suas respostas ficam guardadas só para a sua cotação, conforme a LGPD.', 'read', now() - interval '12099 minutes'),
  ('f1405398-8592-52e4-8c23-1e69d938edda', 'a0000000-0000-4000-8000-000000000001', 'b7c7450a-9220-50c8-8dab-cacf5b879dbe', '9395e5c6-f1a0-5fff-9455-b559ecec60a2', 'in', 'lead', 'meta', 'wamid.DEMO000122', 'text', 'Pode sim', 'received', now() - interval '12077 minutes'),
  ('9f9fbcf1-d4aa-50ca-a40c-aca304b004f6', 'a0000000-0000-4000-8000-000000000001', 'b7c7450a-9220-50c8-8dab-cacf5b879dbe', '9395e5c6-f1a0-5fff-9455-b559ecec60a2', 'out', 'bot', 'meta', 'wamid.DEMO000123', 'text', 'Ótimo! Quem vai ser coberto pelo plano?', 'read', now() - interval '12076 minutes'),
  ('a9cb1e81-5986-57be-aed5-ff2a76cb61e2', 'a0000000-0000-4000-8000-000000000001', 'b7c7450a-9220-50c8-8dab-cacf5b879dbe', '9395e5c6-f1a0-5fff-9455-b559ecec60a2', 'in', 'lead', 'meta', 'wamid.DEMO000124', 'text', 'Eu, minha esposa e dois filhos', 'received', now() - interval '12061 minutes'),
  ('8410808b-1f77-5db9-aae2-769637446e9f', 'a0000000-0000-4000-8000-000000000001', 'b7c7450a-9220-50c8-8dab-cacf5b879dbe', '9395e5c6-f1a0-5fff-9455-b559ecec60a2', 'out', 'bot', 'meta', 'wamid.DEMO000125', 'text', 'Quais são as idades de cada um?', 'read', now() - interval '12060 minutes'),
  ('4e902b09-f6be-56ff-bacb-a9f87b2f5c87', 'a0000000-0000-4000-8000-000000000001', 'b7c7450a-9220-50c8-8dab-cacf5b879dbe', '9395e5c6-f1a0-5fff-9455-b559ecec60a2', 'in', 'lead', 'meta', 'wamid.DEMO000126', 'text', '38, 36, 9 e 4', 'received', now() - interval '12027 minutes'),
  ('77688a54-f3df-5969-81b2-a9863d2841f6', 'a0000000-0000-4000-8000-000000000001', 'b7c7450a-9220-50c8-8dab-cacf5b879dbe', '9395e5c6-f1a0-5fff-9455-b559ecec60a2', 'out', 'bot', 'meta', 'wamid.DEMO000127', 'text', 'Em qual cidade vocês moram?', 'read', now() - interval '12026 minutes'),
  ('886a8518-fbfa-5cfc-87da-314cf6cbe6d6', 'a0000000-0000-4000-8000-000000000001', 'b7c7450a-9220-50c8-8dab-cacf5b879dbe', '9395e5c6-f1a0-5fff-9455-b559ecec60a2', 'in', 'lead', 'meta', 'wamid.DEMO000128', 'text', 'São Paulo, zona oeste', 'received', now() - interval '11999 minutes'),
  ('a2e6d730-b7bf-587e-bcfc-87215e8ce795', 'a0000000-0000-4000-8000-000000000001', 'b7c7450a-9220-50c8-8dab-cacf5b879dbe', '9395e5c6-f1a0-5fff-9455-b559ecec60a2', 'out', 'bot', 'meta', 'wamid.DEMO000129', 'text', 'Prefere quarto individual (apartamento) ou enfermaria?', 'read', now() - interval '11998 minutes'),
  ('2c0ced97-03b1-5296-91dd-baf2256aa8e7', 'a0000000-0000-4000-8000-000000000001', 'b7c7450a-9220-50c8-8dab-cacf5b879dbe', '9395e5c6-f1a0-5fff-9455-b559ecec60a2', 'in', 'lead', 'meta', 'wamid.DEMO000130', 'text', 'Apartamento, e se possível com o Hospital Sírio-Libanês', 'received', now() - interval '11967 minutes'),
  ('4626e3bb-4281-5340-b3e2-2fca513514ae', 'a0000000-0000-4000-8000-000000000001', 'b7c7450a-9220-50c8-8dab-cacf5b879dbe', '9395e5c6-f1a0-5fff-9455-b559ecec60a2', 'out', 'bot', 'meta', 'wamid.DEMO000131', 'text', 'Perfeito! Qual valor mensal você gostaria de investir, aproximadamente?', 'read', now() - interval '11966 minutes'),
  ('b64ae5d6-90fa-5442-ac20-3c18fbc687ed', 'a0000000-0000-4000-8000-000000000001', 'b7c7450a-9220-50c8-8dab-cacf5b879dbe', '9395e5c6-f1a0-5fff-9455-b559ecec60a2', 'in', 'lead', 'meta', 'wamid.DEMO000132', 'text', 'Até uns 2.500 por mês', 'received', now() - interval '11955 minutes'),
  ('479cae6a-1391-5c1c-81e3-00a7382e65c2', 'a0000000-0000-4000-8000-000000000001', 'b7c7450a-9220-50c8-8dab-cacf5b879dbe', '9395e5c6-f1a0-5fff-9455-b559ecec60a2', 'out', 'bot', 'meta', 'wamid.DEMO000133', 'text', 'Obrigada! Já passei tudo para a Ana, que vai preparar as opções e te chamar aqui mesmo. 😊', 'read', now() - interval '11954 minutes'),
  ('c5862568-da11-584b-9c7f-843de6c2fc1d', 'a0000000-0000-4000-8000-000000000001', 'b7c7450a-9220-50c8-8dab-cacf5b879dbe', '9395e5c6-f1a0-5fff-9455-b559ecec60a2', 'out', 'consultant', 'meta', 'wamid.DEMO000134', 'text', 'Oi! Aqui é a Ana. Separei três opções com o Sírio-Libanês na rede, vou te mandar a comparação agora.', 'read', now() - interval '11936 minutes'),
  ('a2207dae-39a7-5a4d-9345-05654bf1c866', 'a0000000-0000-4000-8000-000000000001', 'b7c7450a-9220-50c8-8dab-cacf5b879dbe', '9395e5c6-f1a0-5fff-9455-b559ecec60a2', 'in', 'lead', 'meta', 'wamid.DEMO000135', 'text', 'Obrigado, Ana! Fico no aguardo.', 'received', now() - interval '11926 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('5edde0af-829c-58d3-8b0c-6e8163f517fc', 'a0000000-0000-4000-8000-000000000001', '5511985345555', '+5511985345555', 'Márcia Fagundes', 'saude',
  'ganho', 92, '{"consentimento_lgpd": true, "beneficiarios": "familia", "idades": [38, 36, 9, 4], "cidade": "São Paulo", "uf": "SP", "acomodacao": "apartamento", "hospitais": ["Sírio-Libanês"], "orcamento_mensal_centavos": 250000}'::jsonb,
  250000, 'ana-souza', '{"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "saude-demo"}'::jsonb,
  now() - interval '7732 minutes', now() - interval '7541 minutes', now() - interval '7751 minutes', now() - interval '7541 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('f442e134-825a-59d5-84eb-f0c8f0168f24', 'a0000000-0000-4000-8000-000000000001', '5edde0af-829c-58d3-8b0c-6e8163f517fc', 'dc61492c-6b50-5b8e-a657-0278b1cb013a',
  '1aca3c5b-b8bb-590f-a396-a32fe6eac3d5', 'finalizada',
  '{"etapa": "fim", "variaveis": {"consentimento_lgpd": true, "beneficiarios": "familia", "idades": [38, 36, 9, 4], "cidade": "São Paulo", "uf": "SP", "acomodacao": "apartamento", "hospitais": ["Sírio-Libanês"], "orcamento_mensal_centavos": 250000}}'::jsonb,
  now() - interval '7541 minutes', now() - interval '7551 minutes',
  now() - interval '7541 minutes', now() - interval '7751 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('8a7d855e-f571-5b94-8e9c-4c0d85bee44d', 'a0000000-0000-4000-8000-000000000001', 'f442e134-825a-59d5-84eb-f0c8f0168f24', '5edde0af-829c-58d3-8b0c-6e8163f517fc', 'in', 'lead', 'meta', 'wamid.DEMO000136', 'text', 'Oi, boa tarde! Vi seu anúncio e queria saber sobre plano de saúde.', 'received', now() - interval '7751 minutes'),
  ('67307167-436d-502c-85c5-7e4690208e06', 'a0000000-0000-4000-8000-000000000001', 'f442e134-825a-59d5-84eb-f0c8f0168f24', '5edde0af-829c-58d3-8b0c-6e8163f517fc', 'out', 'bot', 'meta', 'wamid.DEMO000137', 'text', 'Olá! 👋 Sou a assistente virtual da Ana Souza. Vou te ajudar a encontrar o plano ideal em poucos minutos. Podemos seguir? Suas respostas ficam guardadas só para a sua cotação, conforme a LGPD.', 'read', now() - interval '7750 minutes'),
  ('c78077c8-d3d3-5156-9de1-000eaaed8e9a', 'a0000000-0000-4000-8000-000000000001', 'f442e134-825a-59d5-84eb-f0c8f0168f24', '5edde0af-829c-58d3-8b0c-6e8163f517fc', 'in', 'lead', 'meta', 'wamid.DEMO000138', 'text', 'Pode sim', 'received', now() - interval '7732 minutes'),
  ('dd5e4149-5082-5e4b-9a10-53415d8f785d', 'a0000000-0000-4000-8000-000000000001', 'f442e134-825a-59d5-84eb-f0c8f0168f24', '5edde0af-829c-58d3-8b0c-6e8163f517fc', 'out', 'bot', 'meta', 'wamid.DEMO000139', 'text', 'Ótimo! Quem vai ser coberto pelo plano?', 'read', now() - interval '7731 minutes'),
  ('1f9b634e-34f7-5086-bcb7-d22e2d944f9f', 'a0000000-0000-4000-8000-000000000001', 'f442e134-825a-59d5-84eb-f0c8f0168f24', '5edde0af-829c-58d3-8b0c-6e8163f517fc', 'in', 'lead', 'meta', 'wamid.DEMO000140', 'text', 'Eu, minha esposa e dois filhos', 'received', now() - interval '7692 minutes'),
  ('c43a5bae-6d04-56ce-874d-b8f608b0fb57', 'a0000000-0000-4000-8000-000000000001', 'f442e134-825a-59d5-84eb-f0c8f0168f24', '5edde0af-829c-58d3-8b0c-6e8163f517fc', 'out', 'bot', 'meta', 'wamid.DEMO000141', 'text', 'Quais são as idades de cada um?', 'read', now() - interval '7691 minutes'),
  ('5688bc12-5f9f-5d31-af27-6ae7264382e3', 'a0000000-0000-4000-8000-000000000001', 'f442e134-825a-59d5-84eb-f0c8f0168f24', '5edde0af-829c-58d3-8b0c-6e8163f517fc', 'in', 'lead', 'meta', 'wamid.DEMO000142', 'text', '38, 36, 9 e 4', 'received', now() - interval '7662 minutes'),
  ('dd2b8baf-28f2-5eca-8315-dd90468c6159', 'a0000000-0000-4000-8000-000000000001', 'f442e134-825a-59d5-84eb-f0c8f0168f24', '5edde0af-829c-58d3-8b0c-6e8163f517fc', 'out', 'bot', 'meta', 'wamid.DEMO000143', 'text', 'Em qual cidade vocês moram?', 'read', now() - interval '7661 minutes'),
  ('89e89d2b-6319-523c-ab12-b3690ff64ac3', 'a0000000-0000-4000-8000-000000000001', 'f442e134-825a-59d5-84eb-f0c8f0168f24', '5edde0af-829c-58d3-8b0c-6e8163f517fc', 'in', 'lead', 'meta', 'wamid.DEMO000144', 'text', 'São Paulo, zona oeste', 'received', now() - interval '7622 minutes'),
  ('ad611a91-af2b-59f1-a462-e83f3a2e2d0c', 'a0000000-0000-4000-8000-000000000001', 'f442e134-825a-59d5-84eb-f0c8f0168f24', '5edde0af-829c-58d3-8b0c-6e8163f517fc', 'out', 'bot', 'meta', 'wamid.DEMO000145', 'text', 'Prefere quarto individual (apartamento) ou enfermaria?', 'read', now() - interval '7621 minutes'),
  ('2f4bc81f-bbe5-5368-9d2e-bb1409a8ee66', 'a0000000-0000-4000-8000-000000000001', 'f442e134-825a-59d5-84eb-f0c8f0168f24', '5edde0af-829c-58d3-8b0c-6e8163f517fc', 'in', 'lead', 'meta', 'wamid.DEMO000146', 'text', 'Apartamento, e se possível com o Hospital Sírio-Libanês', 'received', now() - interval '7594 minutes'),
  ('43f41ada-fd89-5aad-a58a-e307a0fce6d9', 'a0000000-0000-4000-8000-000000000001', 'f442e134-825a-59d5-84eb-f0c8f0168f24', '5edde0af-829c-58d3-8b0c-6e8163f517fc', 'out', 'bot', 'meta', 'wamid.DEMO000147', 'text', 'Perfeito! Qual valor mensal você gostaria de investir, aproximadamente?', 'read', now() - interval '7593 minutes'),
  ('f3b578c5-79e7-53c8-96e4-668317e4ecfc', 'a0000000-0000-4000-8000-000000000001', 'f442e134-825a-59d5-84eb-f0c8f0168f24', '5edde0af-829c-58d3-8b0c-6e8163f517fc', 'in', 'lead', 'meta', 'wamid.DEMO000148', 'text', 'Até uns 2.500 por mês', 'received', now() - interval '7568 minutes'),
  ('1c5d8281-da42-5a61-8e9e-d13394351e9d', 'a0000000-0000-4000-8000-000000000001', 'f442e134-825a-59d5-84eb-f0c8f0168f24', '5edde0af-829c-58d3-8b0c-6e8163f517fc', 'out', 'bot', 'meta', 'wamid.DEMO000149', 'text', 'Obrigada! Já passei tudo para a Ana, que vai preparar as opções e te chamar aqui mesmo. 😊', 'read', now() - interval '7567 minutes'),
  ('3d585b15-ca46-5d5e-bed0-fceb54b9dbfc', 'a0000000-0000-4000-8000-000000000001', 'f442e134-825a-59d5-84eb-f0c8f0168f24', '5edde0af-829c-58d3-8b0c-6e8163f517fc', 'out', 'consultant', 'meta', 'wamid.DEMO000150', 'text', 'Oi! Aqui é a Ana. Separei três opções com o Sírio-Libanês na rede, vou te mandar a comparação agora.', 'read', now() - interval '7551 minutes'),
  ('75d3ecec-60e3-5612-925f-b64c8eed41d1', 'a0000000-0000-4000-8000-000000000001', 'f442e134-825a-59d5-84eb-f0c8f0168f24', '5edde0af-829c-58d3-8b0c-6e8163f517fc', 'in', 'lead', 'meta', 'wamid.DEMO000151', 'text', 'Obrigado, Ana! Fico no aguardo.', 'received', now() - interval '7541 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('a2683181-9f0d-5a5f-8099-7d18a310a3fb', 'a0000000-0000-4000-8000-000000000001', '5511976238574', '+5511976238574', 'Otávio Queiroz', 'saude',
  'perdido', 40, '{"consentimento_lgpd": true, "beneficiarios": "familia", "idades": [38, 36, 9, 4], "cidade": "São Paulo", "uf": "SP", "acomodacao": "apartamento", "hospitais": ["Sírio-Libanês"], "orcamento_mensal_centavos": 250000}'::jsonb,
  250000, 'ana-souza', '{"utm_source": "instagram", "utm_medium": "cpc", "utm_campaign": "saude-demo"}'::jsonb,
  now() - interval '2967 minutes', now() - interval '2902 minutes', now() - interval '2973 minutes', now() - interval '2902 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('47aab152-c587-52e2-94e1-58ebf14ef445', 'a0000000-0000-4000-8000-000000000001', 'a2683181-9f0d-5a5f-8099-7d18a310a3fb', 'dc61492c-6b50-5b8e-a657-0278b1cb013a',
  '1aca3c5b-b8bb-590f-a396-a32fe6eac3d5', 'expirada',
  '{"etapa": "etapa_9", "variaveis": {"consentimento_lgpd": true, "beneficiarios": "familia", "idades": [38, 36, 9, 4], "cidade": "São Paulo", "uf": "SP", "acomodacao": "apartamento", "hospitais": ["Sírio-Libanês"], "orcamento_mensal_centavos": 250000}}'::jsonb,
  now() - interval '2902 minutes', null,
  now() - interval '2902 minutes', now() - interval '2973 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('4ed5dcac-0869-5c8b-bba1-e102cf7d1f57', 'a0000000-0000-4000-8000-000000000001', '47aab152-c587-52e2-94e1-58ebf14ef445', 'a2683181-9f0d-5a5f-8099-7d18a310a3fb', 'in', 'lead', 'meta', 'wamid.DEMO000152', 'text', 'Oi, boa tarde! Vi seu anúncio e queria saber sobre plano de saúde.', 'received', now() - interval '2973 minutes'),
  ('702cdd54-f100-5ea9-a691-dc6603a122a3', 'a0000000-0000-4000-8000-000000000001', '47aab152-c587-52e2-94e1-58ebf14ef445', 'a2683181-9f0d-5a5f-8099-7d18a310a3fb', 'out', 'bot', 'meta', 'wamid.DEMO000153', 'text', 'Olá! 👋 Sou a assistente virtual da Ana Souza. Vou te ajudar a encontrar o plano ideal em poucos minutos. Podemos seguir? Suas respostas ficam guardadas só para a sua cotação, conforme a LGPD.', 'read', now() - interval '2972 minutes'),
  ('0e7067a0-ef6a-5cd6-b242-5e7081b08635', 'a0000000-0000-4000-8000-000000000001', '47aab152-c587-52e2-94e1-58ebf14ef445', 'a2683181-9f0d-5a5f-8099-7d18a310a3fb', 'in', 'lead', 'meta', 'wamid.DEMO000154', 'text', 'Pode sim', 'received', now() - interval '2967 minutes'),
  ('05b3103a-b07f-5758-8b7b-ae3f689268f9', 'a0000000-0000-4000-8000-000000000001', '47aab152-c587-52e2-94e1-58ebf14ef445', 'a2683181-9f0d-5a5f-8099-7d18a310a3fb', 'out', 'bot', 'meta', 'wamid.DEMO000155', 'text', 'Ótimo! Quem vai ser coberto pelo plano?', 'read', now() - interval '2966 minutes'),
  ('58f1fb96-096a-5518-bde1-368c594f7740', 'a0000000-0000-4000-8000-000000000001', '47aab152-c587-52e2-94e1-58ebf14ef445', 'a2683181-9f0d-5a5f-8099-7d18a310a3fb', 'in', 'lead', 'meta', 'wamid.DEMO000156', 'text', 'Eu, minha esposa e dois filhos', 'received', now() - interval '2957 minutes'),
  ('d238688d-8f26-501b-9361-3c4c050573fc', 'a0000000-0000-4000-8000-000000000001', '47aab152-c587-52e2-94e1-58ebf14ef445', 'a2683181-9f0d-5a5f-8099-7d18a310a3fb', 'out', 'bot', 'meta', 'wamid.DEMO000157', 'text', 'Quais são as idades de cada um?', 'read', now() - interval '2956 minutes'),
  ('9c5b6459-3a5d-5f43-ba5f-2bfad9fcb3be', 'a0000000-0000-4000-8000-000000000001', '47aab152-c587-52e2-94e1-58ebf14ef445', 'a2683181-9f0d-5a5f-8099-7d18a310a3fb', 'in', 'lead', 'meta', 'wamid.DEMO000158', 'text', '38, 36, 9 e 4', 'received', now() - interval '2945 minutes'),
  ('5763c563-557b-5f17-b47e-0da7cefc973c', 'a0000000-0000-4000-8000-000000000001', '47aab152-c587-52e2-94e1-58ebf14ef445', 'a2683181-9f0d-5a5f-8099-7d18a310a3fb', 'out', 'bot', 'meta', 'wamid.DEMO000159', 'text', 'Em qual cidade vocês moram?', 'read', now() - interval '2944 minutes'),
  ('3dc1096a-aa97-5f8c-94e2-ec4d68a0171d', 'a0000000-0000-4000-8000-000000000001', '47aab152-c587-52e2-94e1-58ebf14ef445', 'a2683181-9f0d-5a5f-8099-7d18a310a3fb', 'in', 'lead', 'meta', 'wamid.DEMO000160', 'text', 'São Paulo, zona oeste', 'received', now() - interval '2932 minutes'),
  ('a35d0a4e-6344-59ea-bfa9-f0ba9e50467b', 'a0000000-0000-4000-8000-000000000001', '47aab152-c587-52e2-94e1-58ebf14ef445', 'a2683181-9f0d-5a5f-8099-7d18a310a3fb', 'out', 'consultant', 'meta', 'wamid.DEMO000161', 'text', 'Oi! Ainda tem interesse em continuar? Estou à disposição.', 'read', now() - interval '2931 minutes'),
  ('35f4db77-2656-5fb3-af4b-fd3f031a4417', 'a0000000-0000-4000-8000-000000000001', '47aab152-c587-52e2-94e1-58ebf14ef445', 'a2683181-9f0d-5a5f-8099-7d18a310a3fb', 'in', 'lead', 'meta', 'wamid.DEMO000162', 'text', 'Por enquanto não, obrigado. Fechei com outra pessoa.', 'received', now() - interval '2902 minutes')
on conflict do nothing;

insert into public.lead_status_history (consultant_id, lead_id, from_status,
  to_status, changed_at)
select 'a0000000-0000-4000-8000-000000000001', 'a2683181-9f0d-5a5f-8099-7d18a310a3fb', 'novo', 'qualificado', now() - interval '2957 minutes'
 where not exists (select 1 from public.lead_status_history
                    where lead_id = 'a2683181-9f0d-5a5f-8099-7d18a310a3fb' and to_status = 'qualificado');

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('8a1fdcad-c694-5599-9701-e8e8e9c04297', 'a0000000-0000-4000-8000-000000000001', '5511918526544', '+5511918526544', 'Inês Barros', 'saude',
  'novo', null, '{}'::jsonb,
  null, 'ana-souza', '{"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "saude-demo"}'::jsonb,
  null, now() - interval '27754 minutes', now() - interval '27754 minutes', now() - interval '27754 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('9dcd54c1-b129-5719-b6c0-b57c27194e31', 'a0000000-0000-4000-8000-000000000001', '8a1fdcad-c694-5599-9701-e8e8e9c04297', 'dc61492c-6b50-5b8e-a657-0278b1cb013a',
  '1aca3c5b-b8bb-590f-a396-a32fe6eac3d5', 'bot_ativo',
  '{"etapa": "etapa_1", "variaveis": {}}'::jsonb,
  now() - interval '27754 minutes', null,
  null, now() - interval '27754 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('56c5efc4-062f-5b62-bb0b-7464a4327a8e', 'a0000000-0000-4000-8000-000000000001', '9dcd54c1-b129-5719-b6c0-b57c27194e31', '8a1fdcad-c694-5599-9701-e8e8e9c04297', 'in', 'lead', 'meta', 'wamid.DEMO000163', 'text', 'Oi, boa tarde! Vi seu anúncio e queria saber sobre plano de saúde.', 'received', now() - interval '27754 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('9b8e5ddc-cfc1-51a1-8bca-4d596ef1551b', 'a0000000-0000-4000-8000-000000000001', '5511989978790', '+5511989978790', 'Vinícius Fonseca', 'saude',
  'em_atendimento', 35, '{"consentimento_lgpd": true}'::jsonb,
  null, 'ana-souza', '{"utm_source": "instagram", "utm_medium": "cpc", "utm_campaign": "saude-demo"}'::jsonb,
  now() - interval '23483 minutes', now() - interval '23464 minutes', now() - interval '23519 minutes', now() - interval '23464 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('ad262a97-71c5-5d1f-b52d-ee7639b1692d', 'a0000000-0000-4000-8000-000000000001', '9b8e5ddc-cfc1-51a1-8bca-4d596ef1551b', 'dc61492c-6b50-5b8e-a657-0278b1cb013a',
  '1aca3c5b-b8bb-590f-a396-a32fe6eac3d5', 'aguardando_lead',
  '{"etapa": "etapa_5", "variaveis": {"consentimento_lgpd": true}}'::jsonb,
  now() - interval '23464 minutes', null,
  null, now() - interval '23519 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('7522da8b-8dba-508b-88b4-ef7918920115', 'a0000000-0000-4000-8000-000000000001', 'ad262a97-71c5-5d1f-b52d-ee7639b1692d', '9b8e5ddc-cfc1-51a1-8bca-4d596ef1551b', 'in', 'lead', 'meta', 'wamid.DEMO000164', 'text', 'Oi, boa tarde! Vi seu anúncio e queria saber sobre plano de saúde.', 'received', now() - interval '23519 minutes'),
  ('3920d3d3-be15-51ea-b2a8-1121be6f0606', 'a0000000-0000-4000-8000-000000000001', 'ad262a97-71c5-5d1f-b52d-ee7639b1692d', '9b8e5ddc-cfc1-51a1-8bca-4d596ef1551b', 'out', 'bot', 'meta', 'wamid.DEMO000165', 'text', 'Olá! 👋 Sou a assistente virtual da Ana Souza. Vou te ajudar a encontrar o plano ideal em poucos minutos. Podemos seguir? Suas respostas ficam guardadas só para a sua cotação, conforme a LGPD.', 'read', now() - interval '23518 minutes'),
  ('c9746d57-77f6-595d-a6e8-bad972250bea', 'a0000000-0000-4000-8000-000000000001', 'ad262a97-71c5-5d1f-b52d-ee7639b1692d', '9b8e5ddc-cfc1-51a1-8bca-4d596ef1551b', 'in', 'lead', 'meta', 'wamid.DEMO000166', 'text', 'Pode sim', 'received', now() - interval '23483 minutes'),
  ('7b14d949-7b74-5d4a-a492-02b0ef633c56', 'a0000000-0000-4000-8000-000000000001', 'ad262a97-71c5-5d1f-b52d-ee7639b1692d', '9b8e5ddc-cfc1-51a1-8bca-4d596ef1551b', 'out', 'bot', 'meta', 'wamid.DEMO000167', 'text', 'Ótimo! Quem vai ser coberto pelo plano?', 'read', now() - interval '23482 minutes'),
  ('598d1b3a-1d9f-5163-ba85-c2d364a6d73c', 'a0000000-0000-4000-8000-000000000001', 'ad262a97-71c5-5d1f-b52d-ee7639b1692d', '9b8e5ddc-cfc1-51a1-8bca-4d596ef1551b', 'in', 'lead', 'meta', 'wamid.DEMO000168', 'text', 'Eu, minha esposa e dois filhos', 'received', now() - interval '23464 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('8b0847ed-6a6f-5ca8-a974-ae54d4364b07', 'b0000000-0000-4000-8000-000000000002', '5521911540956', '+5521911540956', 'Camila Rocha', 'imoveis',
  'novo', null, '{}'::jsonb,
  null, 'bruno-lima', '{"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "imoveis-demo"}'::jsonb,
  null, now() - interval '1557 minutes', now() - interval '1557 minutes', now() - interval '1557 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('2f1b1f83-d2e3-5fd0-9996-38c881338d09', 'b0000000-0000-4000-8000-000000000002', '8b0847ed-6a6f-5ca8-a974-ae54d4364b07', '7ccccd61-f298-54a1-975b-568c24986786',
  '2628c69b-af9e-5bd7-91f9-37c4d76cae75', 'bot_ativo',
  '{"etapa": "etapa_1", "variaveis": {}}'::jsonb,
  now() - interval '1557 minutes', null,
  null, now() - interval '1557 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('9b41ac2e-96c3-5a0e-bacb-2bfcbdb478ad', 'b0000000-0000-4000-8000-000000000002', '2f1b1f83-d2e3-5fd0-9996-38c881338d09', '8b0847ed-6a6f-5ca8-a974-ae54d4364b07', 'in', 'lead', 'weni', 'wamid.DEMO000169', 'text', 'Olá! Tenho interesse em apartamento para comprar.', 'received', now() - interval '1557 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('5f72226b-ae55-5db4-a551-de1ea77c0b70', 'b0000000-0000-4000-8000-000000000002', '5521945812670', '+5521945812670', 'Luís Fernando Prado', 'imoveis',
  'em_atendimento', 35, '{"consentimento_lgpd": true}'::jsonb,
  null, 'bruno-lima', '{"utm_source": "instagram", "utm_medium": "cpc", "utm_campaign": "imoveis-demo"}'::jsonb,
  now() - interval '26258 minutes', now() - interval '26237 minutes', now() - interval '26268 minutes', now() - interval '26237 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('724cb630-b0de-5ae8-966f-29fc018c0a3b', 'b0000000-0000-4000-8000-000000000002', '5f72226b-ae55-5db4-a551-de1ea77c0b70', '7ccccd61-f298-54a1-975b-568c24986786',
  '2628c69b-af9e-5bd7-91f9-37c4d76cae75', 'aguardando_lead',
  '{"etapa": "etapa_5", "variaveis": {"consentimento_lgpd": true}}'::jsonb,
  now() - interval '26237 minutes', null,
  null, now() - interval '26268 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('0506b305-10fe-5664-b04c-8088089b6d1c', 'b0000000-0000-4000-8000-000000000002', '724cb630-b0de-5ae8-966f-29fc018c0a3b', '5f72226b-ae55-5db4-a551-de1ea77c0b70', 'in', 'lead', 'weni', 'wamid.DEMO000170', 'text', 'Olá! Tenho interesse em apartamento para comprar.', 'received', now() - interval '26268 minutes'),
  ('6391fa31-a401-59fa-92ba-9f8907369247', 'b0000000-0000-4000-8000-000000000002', '724cb630-b0de-5ae8-966f-29fc018c0a3b', '5f72226b-ae55-5db4-a551-de1ea77c0b70', 'out', 'bot', 'weni', 'wamid.DEMO000171', 'text', 'Olá! 👋 Sou a assistente virtual do Bruno Lima, corretor de imóveis. Posso fazer algumas perguntas para encontrar o imóvel certo? Seus dados ficam protegidos, conforme a LGPD.', 'read', now() - interval '26267 minutes'),
  ('8b01d39c-ede6-55c3-a47c-5c345ac22ff2', 'b0000000-0000-4000-8000-000000000002', '724cb630-b0de-5ae8-966f-29fc018c0a3b', '5f72226b-ae55-5db4-a551-de1ea77c0b70', 'in', 'lead', 'weni', 'wamid.DEMO000172', 'text', 'Claro', 'received', now() - interval '26258 minutes'),
  ('82489770-e7ac-5c9b-8cf5-11170fad2c34', 'b0000000-0000-4000-8000-000000000002', '724cb630-b0de-5ae8-966f-29fc018c0a3b', '5f72226b-ae55-5db4-a551-de1ea77c0b70', 'out', 'bot', 'weni', 'wamid.DEMO000173', 'text', 'Você procura imóvel para comprar ou alugar?', 'read', now() - interval '26257 minutes'),
  ('e68fa005-0add-509f-ad0a-0e061f2034f7', 'b0000000-0000-4000-8000-000000000002', '724cb630-b0de-5ae8-966f-29fc018c0a3b', '5f72226b-ae55-5db4-a551-de1ea77c0b70', 'in', 'lead', 'weni', 'wamid.DEMO000174', 'text', 'Comprar', 'received', now() - interval '26237 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('aaa43a8b-b9e7-5a9c-af8f-134b6cea77e8', 'b0000000-0000-4000-8000-000000000002', '5521931227574', '+5521931227574', 'Beatriz Conceição', 'imoveis',
  'qualificado', 70, '{"consentimento_lgpd": true, "finalidade": "comprar", "quartos": 2, "bairros": ["Botafogo", "Laranjeiras"], "valor_max_centavos": 90000000, "financiamento": true}'::jsonb,
  90000000, 'bruno-lima', '{"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "imoveis-demo"}'::jsonb,
  now() - interval '22061 minutes', now() - interval '21893 minutes', now() - interval '22064 minutes', now() - interval '21893 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('23158ca4-9e64-582c-8f46-4fb663220184', 'b0000000-0000-4000-8000-000000000002', 'aaa43a8b-b9e7-5a9c-af8f-134b6cea77e8', '7ccccd61-f298-54a1-975b-568c24986786',
  '2628c69b-af9e-5bd7-91f9-37c4d76cae75', 'humano',
  '{"etapa": "fim", "variaveis": {"consentimento_lgpd": true, "finalidade": "comprar", "quartos": 2, "bairros": ["Botafogo", "Laranjeiras"], "valor_max_centavos": 90000000, "financiamento": true}}'::jsonb,
  now() - interval '21893 minutes', now() - interval '21927 minutes',
  null, now() - interval '22064 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('a6b34103-1956-5ccb-bb67-9b34c0e67cea', 'b0000000-0000-4000-8000-000000000002', '23158ca4-9e64-582c-8f46-4fb663220184', 'aaa43a8b-b9e7-5a9c-af8f-134b6cea77e8', 'in', 'lead', 'weni', 'wamid.DEMO000175', 'text', 'Olá! Tenho interesse em apartamento para comprar.', 'received', now() - interval '22064 minutes'),
  ('7d0a9cc0-501d-566b-8267-f2a2f4fb2c45', 'b0000000-0000-4000-8000-000000000002', '23158ca4-9e64-582c-8f46-4fb663220184', 'aaa43a8b-b9e7-5a9c-af8f-134b6cea77e8', 'out', 'bot', 'weni', 'wamid.DEMO000176', 'text', 'Olá! 👋 Sou a assistente virtual do Bruno Lima, corretor de imóveis. Posso fazer algumas perguntas para encontrar o imóvel certo? Seus dados ficam protegidos, conforme a LGPD.', 'read', now() - interval '22063 minutes'),
  ('4df05707-050c-5624-b0e7-babe5ff13751', 'b0000000-0000-4000-8000-000000000002', '23158ca4-9e64-582c-8f46-4fb663220184', 'aaa43a8b-b9e7-5a9c-af8f-134b6cea77e8', 'in', 'lead', 'weni', 'wamid.DEMO000177', 'text', 'Claro', 'received', now() - interval '22061 minutes'),
  ('111f99e4-a736-5bd7-85dd-292dd11dc4dd', 'b0000000-0000-4000-8000-000000000002', '23158ca4-9e64-582c-8f46-4fb663220184', 'aaa43a8b-b9e7-5a9c-af8f-134b6cea77e8', 'out', 'bot', 'weni', 'wamid.DEMO000178', 'text', 'Você procura imóvel para comprar ou alugar?', 'read', now() - interval '22060 minutes'),
  ('7c134022-122c-563f-9daf-4c7e3f9ef442', 'b0000000-0000-4000-8000-000000000002', '23158ca4-9e64-582c-8f46-4fb663220184', 'aaa43a8b-b9e7-5a9c-af8f-134b6cea77e8', 'in', 'lead', 'weni', 'wamid.DEMO000179', 'text', 'Comprar', 'received', now() - interval '22042 minutes'),
  ('b9d5478d-3aa6-558e-a274-37a4a5b5eb0d', 'b0000000-0000-4000-8000-000000000002', '23158ca4-9e64-582c-8f46-4fb663220184', 'aaa43a8b-b9e7-5a9c-af8f-134b6cea77e8', 'out', 'bot', 'weni', 'wamid.DEMO000180', 'text', 'Quantos quartos você precisa?', 'read', now() - interval '22041 minutes'),
  ('26e2dedf-9854-5417-a4c6-f2fe474aae95', 'b0000000-0000-4000-8000-000000000002', '23158ca4-9e64-582c-8f46-4fb663220184', 'aaa43a8b-b9e7-5a9c-af8f-134b6cea77e8', 'in', 'lead', 'weni', 'wamid.DEMO000181', 'text', '2 quartos, de preferência com suíte', 'received', now() - interval '22007 minutes'),
  ('83002a0e-4bef-58d4-a7d8-73a2236c074c', 'b0000000-0000-4000-8000-000000000002', '23158ca4-9e64-582c-8f46-4fb663220184', 'aaa43a8b-b9e7-5a9c-af8f-134b6cea77e8', 'out', 'bot', 'weni', 'wamid.DEMO000182', 'text', 'Quais bairros te interessam?', 'read', now() - interval '22006 minutes'),
  ('0891cf51-acc5-5908-a72f-2fdb99e84238', 'b0000000-0000-4000-8000-000000000002', '23158ca4-9e64-582c-8f46-4fb663220184', 'aaa43a8b-b9e7-5a9c-af8f-134b6cea77e8', 'in', 'lead', 'weni', 'wamid.DEMO000183', 'text', 'Botafogo ou Laranjeiras', 'received', now() - interval '21993 minutes'),
  ('f92920f7-1a79-5627-b51e-36e248a38da6', 'b0000000-0000-4000-8000-000000000002', '23158ca4-9e64-582c-8f46-4fb663220184', 'aaa43a8b-b9e7-5a9c-af8f-134b6cea77e8', 'out', 'bot', 'weni', 'wamid.DEMO000184', 'text', 'Qual a faixa de valor que você considera?', 'read', now() - interval '21992 minutes'),
  ('28f09925-8f34-5027-b3e7-6f48c4dc973f', 'b0000000-0000-4000-8000-000000000002', '23158ca4-9e64-582c-8f46-4fb663220184', 'aaa43a8b-b9e7-5a9c-af8f-134b6cea77e8', 'in', 'lead', 'weni', 'wamid.DEMO000185', 'text', 'Até 900 mil', 'received', now() - interval '21958 minutes'),
  ('77b9f7cd-0011-5ad0-a6c5-b5d238666755', 'b0000000-0000-4000-8000-000000000002', '23158ca4-9e64-582c-8f46-4fb663220184', 'aaa43a8b-b9e7-5a9c-af8f-134b6cea77e8', 'out', 'bot', 'weni', 'wamid.DEMO000186', 'text', 'Vai usar financiamento ou FGTS?', 'read', now() - interval '21957 minutes'),
  ('714cc140-efbb-5d03-9970-41990b78c599', 'b0000000-0000-4000-8000-000000000002', '23158ca4-9e64-582c-8f46-4fb663220184', 'aaa43a8b-b9e7-5a9c-af8f-134b6cea77e8', 'in', 'lead', 'weni', 'wamid.DEMO000187', 'text', 'Financiamento, já tenho a carta de crédito aprovada', 'received', now() - interval '21949 minutes'),
  ('eed721cd-4410-5aa5-bba2-fdaf75e37f53', 'b0000000-0000-4000-8000-000000000002', '23158ca4-9e64-582c-8f46-4fb663220184', 'aaa43a8b-b9e7-5a9c-af8f-134b6cea77e8', 'out', 'bot', 'weni', 'wamid.DEMO000188', 'text', 'Excelente! Já avisei o Bruno, que vai separar opções e falar com você por aqui. 🏡', 'read', now() - interval '21948 minutes'),
  ('38df67ca-aaa0-5d31-91c3-46b555cc3cc4', 'b0000000-0000-4000-8000-000000000002', '23158ca4-9e64-582c-8f46-4fb663220184', 'aaa43a8b-b9e7-5a9c-af8f-134b6cea77e8', 'out', 'consultant', 'weni', 'wamid.DEMO000189', 'text', 'Olá, aqui é o Bruno! Tenho dois apartamentos em Botafogo dentro do seu orçamento. Podemos agendar uma visita?', 'read', now() - interval '21927 minutes'),
  ('335a5f91-477d-53e1-8da6-80ad4c4f1dd9', 'b0000000-0000-4000-8000-000000000002', '23158ca4-9e64-582c-8f46-4fb663220184', 'aaa43a8b-b9e7-5a9c-af8f-134b6cea77e8', 'in', 'lead', 'weni', 'wamid.DEMO000190', 'text', 'Podemos sim, sábado de manhã seria ótimo.', 'received', now() - interval '21893 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('d4094883-9b44-502b-a9b3-274e5f18b29a', 'b0000000-0000-4000-8000-000000000002', '5521936697396', '+5521936697396', 'Gustavo Teixeira', 'imoveis',
  'agendado', 78, '{"consentimento_lgpd": true, "finalidade": "comprar", "quartos": 2, "bairros": ["Botafogo", "Laranjeiras"], "valor_max_centavos": 90000000, "financiamento": true}'::jsonb,
  90000000, 'bruno-lima', '{"utm_source": "instagram", "utm_medium": "cpc", "utm_campaign": "imoveis-demo"}'::jsonb,
  now() - interval '17410 minutes', now() - interval '17224 minutes', now() - interval '17436 minutes', now() - interval '17224 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('c8aded67-5da5-5306-88ca-e93dcbd8a7a3', 'b0000000-0000-4000-8000-000000000002', 'd4094883-9b44-502b-a9b3-274e5f18b29a', '7ccccd61-f298-54a1-975b-568c24986786',
  '2628c69b-af9e-5bd7-91f9-37c4d76cae75', 'humano',
  '{"etapa": "fim", "variaveis": {"consentimento_lgpd": true, "finalidade": "comprar", "quartos": 2, "bairros": ["Botafogo", "Laranjeiras"], "valor_max_centavos": 90000000, "financiamento": true}}'::jsonb,
  now() - interval '17224 minutes', now() - interval '17257 minutes',
  null, now() - interval '17436 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('c85f373a-e064-52fc-b67c-d644ade7a44f', 'b0000000-0000-4000-8000-000000000002', 'c8aded67-5da5-5306-88ca-e93dcbd8a7a3', 'd4094883-9b44-502b-a9b3-274e5f18b29a', 'in', 'lead', 'weni', 'wamid.DEMO000191', 'text', 'Olá! Tenho interesse em apartamento para comprar.', 'received', now() - interval '17436 minutes'),
  ('866fe57a-3925-5c87-bd51-71e721470b1c', 'b0000000-0000-4000-8000-000000000002', 'c8aded67-5da5-5306-88ca-e93dcbd8a7a3', 'd4094883-9b44-502b-a9b3-274e5f18b29a', 'out', 'bot', 'weni', 'wamid.DEMO000192', 'text', 'Olá! 👋 Sou a assistente virtual do Bruno Lima, corretor de imóveis. Posso fazer algumas perguntas para encontrar o imóvel certo? Seus dados ficam protegidos, conforme a LGPD.', 'read', now() - interval '17435 minutes'),
  ('4eefc126-7a66-5a0c-95e6-ea2947e59f5d', 'b0000000-0000-4000-8000-000000000002', 'c8aded67-5da5-5306-88ca-e93dcbd8a7a3', 'd4094883-9b44-502b-a9b3-274e5f18b29a', 'in', 'lead', 'weni', 'wamid.DEMO000193', 'text', 'Claro', 'received', now() - interval '17410 minutes'),
  ('3359dedd-5704-5337-9bd6-4f2f4a9c8f6a', 'b0000000-0000-4000-8000-000000000002', 'c8aded67-5da5-5306-88ca-e93dcbd8a7a3', 'd4094883-9b44-502b-a9b3-274e5f18b29a', 'out', 'bot', 'weni', 'wamid.DEMO000194', 'text', 'Você procura imóvel para comprar ou alugar?', 'read', now() - interval '17409 minutes'),
  ('7b3d9d4b-6007-5511-8b7c-4532083c8b4f', 'b0000000-0000-4000-8000-000000000002', 'c8aded67-5da5-5306-88ca-e93dcbd8a7a3', 'd4094883-9b44-502b-a9b3-274e5f18b29a', 'in', 'lead', 'weni', 'wamid.DEMO000195', 'text', 'Comprar', 'received', now() - interval '17397 minutes'),
  ('f4987673-6cee-5869-9c31-171c6a296ffe', 'b0000000-0000-4000-8000-000000000002', 'c8aded67-5da5-5306-88ca-e93dcbd8a7a3', 'd4094883-9b44-502b-a9b3-274e5f18b29a', 'out', 'bot', 'weni', 'wamid.DEMO000196', 'text', 'Quantos quartos você precisa?', 'read', now() - interval '17396 minutes'),
  ('70599843-5259-5d64-b3fe-89fd2d05cc42', 'b0000000-0000-4000-8000-000000000002', 'c8aded67-5da5-5306-88ca-e93dcbd8a7a3', 'd4094883-9b44-502b-a9b3-274e5f18b29a', 'in', 'lead', 'weni', 'wamid.DEMO000197', 'text', '2 quartos, de preferência com suíte', 'received', now() - interval '17360 minutes'),
  ('3dda6308-c291-582e-97a2-1f8751242e28', 'b0000000-0000-4000-8000-000000000002', 'c8aded67-5da5-5306-88ca-e93dcbd8a7a3', 'd4094883-9b44-502b-a9b3-274e5f18b29a', 'out', 'bot', 'weni', 'wamid.DEMO000198', 'text', 'Quais bairros te interessam?', 'read', now() - interval '17359 minutes'),
  ('c98a3971-a71c-5b5d-a9c6-d0f5326e464f', 'b0000000-0000-4000-8000-000000000002', 'c8aded67-5da5-5306-88ca-e93dcbd8a7a3', 'd4094883-9b44-502b-a9b3-274e5f18b29a', 'in', 'lead', 'weni', 'wamid.DEMO000199', 'text', 'Botafogo ou Laranjeiras', 'received', now() - interval '17324 minutes'),
  ('c605a4aa-b3ff-5be8-813b-53ca849e1995', 'b0000000-0000-4000-8000-000000000002', 'c8aded67-5da5-5306-88ca-e93dcbd8a7a3', 'd4094883-9b44-502b-a9b3-274e5f18b29a', 'out', 'bot', 'weni', 'wamid.DEMO000200', 'text', 'Qual a faixa de valor que você considera?', 'read', now() - interval '17323 minutes'),
  ('fcb37c6c-fdef-5c09-aefa-93f3f9e10049', 'b0000000-0000-4000-8000-000000000002', 'c8aded67-5da5-5306-88ca-e93dcbd8a7a3', 'd4094883-9b44-502b-a9b3-274e5f18b29a', 'in', 'lead', 'weni', 'wamid.DEMO000201', 'text', 'Até 900 mil', 'received', now() - interval '17321 minutes'),
  ('358dc7c3-cfd5-5a90-b2e4-91463a06b221', 'b0000000-0000-4000-8000-000000000002', 'c8aded67-5da5-5306-88ca-e93dcbd8a7a3', 'd4094883-9b44-502b-a9b3-274e5f18b29a', 'out', 'bot', 'weni', 'wamid.DEMO000202', 'text', 'Vai usar financiamento ou FGTS?', 'read', now() - interval '17320 minutes'),
  ('83bcbbff-68f3-5168-b866-8c41926c6bdd', 'b0000000-0000-4000-8000-000000000002', 'c8aded67-5da5-5306-88ca-e93dcbd8a7a3', 'd4094883-9b44-502b-a9b3-274e5f18b29a', 'in', 'lead', 'weni', 'wamid.DEMO000203', 'text', 'Financiamento, já tenho a carta de crédito aprovada', 'received', now() - interval '17280 minutes'),
  ('0ce0ea90-716a-50e1-92a0-23afb10ef2f1', 'b0000000-0000-4000-8000-000000000002', 'c8aded67-5da5-5306-88ca-e93dcbd8a7a3', 'd4094883-9b44-502b-a9b3-274e5f18b29a', 'out', 'bot', 'weni', 'wamid.DEMO000204', 'text', 'Excelente! Já avisei o Bruno, que vai separar opções e falar com você por aqui. 🏡', 'read', now() - interval '17279 minutes'),
  ('96bab847-e763-5e77-93b5-49d57bb7bbc4', 'b0000000-0000-4000-8000-000000000002', 'c8aded67-5da5-5306-88ca-e93dcbd8a7a3', 'd4094883-9b44-502b-a9b3-274e5f18b29a', 'out', 'consultant', 'weni', 'wamid.DEMO000205', 'text', 'Olá, aqui é o Bruno! Tenho dois apartamentos em Botafogo dentro do seu orçamento. Podemos agendar uma visita?', 'read', now() - interval '17257 minutes'),
  ('5013b1af-3efb-5758-b355-85731fa27fe8', 'b0000000-0000-4000-8000-000000000002', 'c8aded67-5da5-5306-88ca-e93dcbd8a7a3', 'd4094883-9b44-502b-a9b3-274e5f18b29a', 'in', 'lead', 'weni', 'wamid.DEMO000206', 'text', 'Podemos sim, sábado de manhã seria ótimo.', 'received', now() - interval '17224 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('c321744d-a791-5062-99d8-575839eff36f', 'b0000000-0000-4000-8000-000000000002', '5521925014631', '+5521925014631', 'Renata Brandão', 'imoveis',
  'proposta', 85, '{"consentimento_lgpd": true, "finalidade": "comprar", "quartos": 2, "bairros": ["Botafogo", "Laranjeiras"], "valor_max_centavos": 90000000, "financiamento": true}'::jsonb,
  90000000, 'bruno-lima', '{"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "imoveis-demo"}'::jsonb,
  now() - interval '13309 minutes', now() - interval '13179 minutes', now() - interval '13331 minutes', now() - interval '13179 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('324e2e90-45aa-5293-a520-c57257319937', 'b0000000-0000-4000-8000-000000000002', 'c321744d-a791-5062-99d8-575839eff36f', '7ccccd61-f298-54a1-975b-568c24986786',
  '2628c69b-af9e-5bd7-91f9-37c4d76cae75', 'humano',
  '{"etapa": "fim", "variaveis": {"consentimento_lgpd": true, "finalidade": "comprar", "quartos": 2, "bairros": ["Botafogo", "Laranjeiras"], "valor_max_centavos": 90000000, "financiamento": true}}'::jsonb,
  now() - interval '13179 minutes', now() - interval '13212 minutes',
  null, now() - interval '13331 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('a4716b32-d2ba-5734-a140-f3a6a47187ba', 'b0000000-0000-4000-8000-000000000002', '324e2e90-45aa-5293-a520-c57257319937', 'c321744d-a791-5062-99d8-575839eff36f', 'in', 'lead', 'weni', 'wamid.DEMO000207', 'text', 'Olá! Tenho interesse em apartamento para comprar.', 'received', now() - interval '13331 minutes'),
  ('d21465db-fb31-5bb8-a572-e605542da574', 'b0000000-0000-4000-8000-000000000002', '324e2e90-45aa-5293-a520-c57257319937', 'c321744d-a791-5062-99d8-575839eff36f', 'out', 'bot', 'weni', 'wamid.DEMO000208', 'text', 'Olá! 👋 Sou a assistente virtual do Bruno Lima, corretor de imóveis. Posso fazer algumas perguntas para encontrar o imóvel certo? Seus dados ficam protegidos, conforme a LGPD.', 'read', now() - interval '13330 minutes'),
  ('03b896fd-3d78-58e5-9df0-7c55b278abb9', 'b0000000-0000-4000-8000-000000000002', '324e2e90-45aa-5293-a520-c57257319937', 'c321744d-a791-5062-99d8-575839eff36f', 'in', 'lead', 'weni', 'wamid.DEMO000209', 'text', 'Claro', 'received', now() - interval '13309 minutes'),
  ('0297e187-5634-5fb1-b267-8e8317255c1e', 'b0000000-0000-4000-8000-000000000002', '324e2e90-45aa-5293-a520-c57257319937', 'c321744d-a791-5062-99d8-575839eff36f', 'out', 'bot', 'weni', 'wamid.DEMO000210', 'text', 'Você procura imóvel para comprar ou alugar?', 'read', now() - interval '13308 minutes'),
  ('3deb7088-7f36-523b-b399-529dbdc2ee1c', 'b0000000-0000-4000-8000-000000000002', '324e2e90-45aa-5293-a520-c57257319937', 'c321744d-a791-5062-99d8-575839eff36f', 'in', 'lead', 'weni', 'wamid.DEMO000211', 'text', 'Comprar', 'received', now() - interval '13291 minutes'),
  ('37b74b65-4bcc-5a5d-b438-67b143adbb1d', 'b0000000-0000-4000-8000-000000000002', '324e2e90-45aa-5293-a520-c57257319937', 'c321744d-a791-5062-99d8-575839eff36f', 'out', 'bot', 'weni', 'wamid.DEMO000212', 'text', 'Quantos quartos você precisa?', 'read', now() - interval '13290 minutes'),
  ('cc1dd0ef-4208-5bab-a730-eae1f29353b9', 'b0000000-0000-4000-8000-000000000002', '324e2e90-45aa-5293-a520-c57257319937', 'c321744d-a791-5062-99d8-575839eff36f', 'in', 'lead', 'weni', 'wamid.DEMO000213', 'text', '2 quartos, de preferência com suíte', 'received', now() - interval '13285 minutes'),
  ('a47789b3-a6bb-5988-a7a1-b1bddd7a7d5d', 'b0000000-0000-4000-8000-000000000002', '324e2e90-45aa-5293-a520-c57257319937', 'c321744d-a791-5062-99d8-575839eff36f', 'out', 'bot', 'weni', 'wamid.DEMO000214', 'text', 'Quais bairros te interessam?', 'read', now() - interval '13284 minutes'),
  ('bf43a67f-d978-58ff-85a2-fc28a6e4f3f5', 'b0000000-0000-4000-8000-000000000002', '324e2e90-45aa-5293-a520-c57257319937', 'c321744d-a791-5062-99d8-575839eff36f', 'in', 'lead', 'weni', 'wamid.DEMO000215', 'text', 'Botafogo ou Laranjeiras', 'received', now() - interval '13267 minutes'),
  ('745976de-b49c-5e86-b7b3-9828079e4fd5', 'b0000000-0000-4000-8000-000000000002', '324e2e90-45aa-5293-a520-c57257319937', 'c321744d-a791-5062-99d8-575839eff36f', 'out', 'bot', 'weni', 'wamid.DEMO000216', 'text', 'Qual a faixa de valor que você considera?', 'read', now() - interval '13266 minutes'),
  ('fd5e3cd8-68ca-5d0b-b1c0-7024d8a52fc1', 'b0000000-0000-4000-8000-000000000002', '324e2e90-45aa-5293-a520-c57257319937', 'c321744d-a791-5062-99d8-575839eff36f', 'in', 'lead', 'weni', 'wamid.DEMO000217', 'text', 'Até 900 mil', 'received', now() - interval '13228 minutes'),
  ('fb8521a2-aa08-58a2-a225-1ce50c0cf6ef', 'b0000000-0000-4000-8000-000000000002', '324e2e90-45aa-5293-a520-c57257319937', 'c321744d-a791-5062-99d8-575839eff36f', 'out', 'bot', 'weni', 'wamid.DEMO000218', 'text', 'Vai usar financiamento ou FGTS?', 'read', now() - interval '13227 minutes'),
  ('3dbc1d4e-88a0-5d33-b5a0-9c6f74d4dc9d', 'b0000000-0000-4000-8000-000000000002', '324e2e90-45aa-5293-a520-c57257319937', 'c321744d-a791-5062-99d8-575839eff36f', 'in', 'lead', 'weni', 'wamid.DEMO000219', 'text', 'Financiamento, já tenho a carta de crédito aprovada', 'received', now() - interval '13220 minutes'),
  ('a71d4741-fd67-5287-b06f-6f750e98b6dc', 'b0000000-0000-4000-8000-000000000002', '324e2e90-45aa-5293-a520-c57257319937', 'c321744d-a791-5062-99d8-575839eff36f', 'out', 'bot', 'weni', 'wamid.DEMO000220', 'text', 'Excelente! Já avisei o Bruno, que vai separar opções e falar com você por aqui. 🏡', 'read', now() - interval '13219 minutes'),
  ('81cc444b-e2bc-5ed5-82ea-4ada4c78c4b0', 'b0000000-0000-4000-8000-000000000002', '324e2e90-45aa-5293-a520-c57257319937', 'c321744d-a791-5062-99d8-575839eff36f', 'out', 'consultant', 'weni', 'wamid.DEMO000221', 'text', 'Olá, aqui é o Bruno! Tenho dois apartamentos em Botafogo dentro do seu orçamento. Podemos agendar uma visita?', 'read', now() - interval '13212 minutes'),
  ('64ca52a2-9d97-5b12-b4ca-9b476161bd77', 'b0000000-0000-4000-8000-000000000002', '324e2e90-45aa-5293-a520-c57257319937', 'c321744d-a791-5062-99d8-575839eff36f', 'in', 'lead', 'weni', 'wamid.DEMO000222', 'text', 'Podemos sim, sábado de manhã seria ótimo.', 'received', now() - interval '13179 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('dacdb4cf-1b8b-53cb-82db-8523ec3f5d7f', 'b0000000-0000-4000-8000-000000000002', '5521981498611', '+5521981498611', 'Caio Sampaio', 'imoveis',
  'ganho', 92, '{"consentimento_lgpd": true, "finalidade": "comprar", "quartos": 2, "bairros": ["Botafogo", "Laranjeiras"], "valor_max_centavos": 90000000, "financiamento": true}'::jsonb,
  90000000, 'bruno-lima', '{"utm_source": "instagram", "utm_medium": "cpc", "utm_campaign": "imoveis-demo"}'::jsonb,
  now() - interval '8757 minutes', now() - interval '8548 minutes', now() - interval '8768 minutes', now() - interval '8548 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('9ac49567-3baa-5f6f-b2a4-e5454a14ed45', 'b0000000-0000-4000-8000-000000000002', 'dacdb4cf-1b8b-53cb-82db-8523ec3f5d7f', '7ccccd61-f298-54a1-975b-568c24986786',
  '2628c69b-af9e-5bd7-91f9-37c4d76cae75', 'finalizada',
  '{"etapa": "fim", "variaveis": {"consentimento_lgpd": true, "finalidade": "comprar", "quartos": 2, "bairros": ["Botafogo", "Laranjeiras"], "valor_max_centavos": 90000000, "financiamento": true}}'::jsonb,
  now() - interval '8548 minutes', now() - interval '8577 minutes',
  now() - interval '8548 minutes', now() - interval '8768 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('fc45602a-4c47-5d32-a6e9-fbc9aaa6486a', 'b0000000-0000-4000-8000-000000000002', '9ac49567-3baa-5f6f-b2a4-e5454a14ed45', 'dacdb4cf-1b8b-53cb-82db-8523ec3f5d7f', 'in', 'lead', 'weni', 'wamid.DEMO000223', 'text', 'Olá! Tenho interesse em apartamento para comprar.', 'received', now() - interval '8768 minutes'),
  ('50307b09-ce3f-5dc6-8404-a4cfa9fc94d9', 'b0000000-0000-4000-8000-000000000002', '9ac49567-3baa-5f6f-b2a4-e5454a14ed45', 'dacdb4cf-1b8b-53cb-82db-8523ec3f5d7f', 'out', 'bot', 'weni', 'wamid.DEMO000224', 'text', 'Olá! 👋 Sou a assistente virtual do Bruno Lima, corretor de imóveis. Posso fazer algumas perguntas para encontrar o imóvel certo? Seus dados ficam protegidos, conforme a LGPD.', 'read', now() - interval '8767 minutes'),
  ('ee3785b3-df6a-5c97-ba5d-fbe96b53e26a', 'b0000000-0000-4000-8000-000000000002', '9ac49567-3baa-5f6f-b2a4-e5454a14ed45', 'dacdb4cf-1b8b-53cb-82db-8523ec3f5d7f', 'in', 'lead', 'weni', 'wamid.DEMO000225', 'text', 'Claro', 'received', now() - interval '8757 minutes'),
  ('6c856719-1e38-58d8-8d4d-909315fc3331', 'b0000000-0000-4000-8000-000000000002', '9ac49567-3baa-5f6f-b2a4-e5454a14ed45', 'dacdb4cf-1b8b-53cb-82db-8523ec3f5d7f', 'out', 'bot', 'weni', 'wamid.DEMO000226', 'text', 'Você procura imóvel para comprar ou alugar?', 'read', now() - interval '8756 minutes'),
  ('992740da-0535-59e7-ab5e-2bf1cd9182bb', 'b0000000-0000-4000-8000-000000000002', '9ac49567-3baa-5f6f-b2a4-e5454a14ed45', 'dacdb4cf-1b8b-53cb-82db-8523ec3f5d7f', 'in', 'lead', 'weni', 'wamid.DEMO000227', 'text', 'Comprar', 'received', now() - interval '8724 minutes'),
  ('16006b32-982d-518c-aefd-3672b54a6a28', 'b0000000-0000-4000-8000-000000000002', '9ac49567-3baa-5f6f-b2a4-e5454a14ed45', 'dacdb4cf-1b8b-53cb-82db-8523ec3f5d7f', 'out', 'bot', 'weni', 'wamid.DEMO000228', 'text', 'Quantos quartos você precisa?', 'read', now() - interval '8723 minutes'),
  ('355caaf7-6f80-5f8f-ba44-f11a2df8caeb', 'b0000000-0000-4000-8000-000000000002', '9ac49567-3baa-5f6f-b2a4-e5454a14ed45', 'dacdb4cf-1b8b-53cb-82db-8523ec3f5d7f', 'in', 'lead', 'weni', 'wamid.DEMO000229', 'text', '2 quartos, de preferência com suíte', 'received', now() - interval '8686 minutes'),
  ('0e0ea4e7-6bb6-5b32-873e-be77c63e0a2f', 'b0000000-0000-4000-8000-000000000002', '9ac49567-3baa-5f6f-b2a4-e5454a14ed45', 'dacdb4cf-1b8b-53cb-82db-8523ec3f5d7f', 'out', 'bot', 'weni', 'wamid.DEMO000230', 'text', 'Quais bairros te interessam?', 'read', now() - interval '8685 minutes'),
  ('8518da99-7dbf-57c6-8a00-732ab526af46', 'b0000000-0000-4000-8000-000000000002', '9ac49567-3baa-5f6f-b2a4-e5454a14ed45', 'dacdb4cf-1b8b-53cb-82db-8523ec3f5d7f', 'in', 'lead', 'weni', 'wamid.DEMO000231', 'text', 'Botafogo ou Laranjeiras', 'received', now() - interval '8673 minutes'),
  ('cdff424f-1b3d-5014-ab96-f41eb21a76a9', 'b0000000-0000-4000-8000-000000000002', '9ac49567-3baa-5f6f-b2a4-e5454a14ed45', 'dacdb4cf-1b8b-53cb-82db-8523ec3f5d7f', 'out', 'bot', 'weni', 'wamid.DEMO000232', 'text', 'Qual a faixa de valor que você considera?', 'read', now() - interval '8672 minutes'),
  ('48fc5efc-7859-5082-a7f5-5f40bb9ee1ba', 'b0000000-0000-4000-8000-000000000002', '9ac49567-3baa-5f6f-b2a4-e5454a14ed45', 'dacdb4cf-1b8b-53cb-82db-8523ec3f5d7f', 'in', 'lead', 'weni', 'wamid.DEMO000233', 'text', 'Até 900 mil', 'received', now() - interval '8654 minutes'),
  ('aa8d49c8-a62a-50ec-8b18-784aa968d99d', 'b0000000-0000-4000-8000-000000000002', '9ac49567-3baa-5f6f-b2a4-e5454a14ed45', 'dacdb4cf-1b8b-53cb-82db-8523ec3f5d7f', 'out', 'bot', 'weni', 'wamid.DEMO000234', 'text', 'Vai usar financiamento ou FGTS?', 'read', now() - interval '8653 minutes'),
  ('9a8eb7bf-e01b-5f04-8ef3-81b935230791', 'b0000000-0000-4000-8000-000000000002', '9ac49567-3baa-5f6f-b2a4-e5454a14ed45', 'dacdb4cf-1b8b-53cb-82db-8523ec3f5d7f', 'in', 'lead', 'weni', 'wamid.DEMO000235', 'text', 'Financiamento, já tenho a carta de crédito aprovada', 'received', now() - interval '8618 minutes'),
  ('6508e019-4295-57cf-bf6b-2117c05f2c82', 'b0000000-0000-4000-8000-000000000002', '9ac49567-3baa-5f6f-b2a4-e5454a14ed45', 'dacdb4cf-1b8b-53cb-82db-8523ec3f5d7f', 'out', 'bot', 'weni', 'wamid.DEMO000236', 'text', 'Excelente! Já avisei o Bruno, que vai separar opções e falar com você por aqui. 🏡', 'read', now() - interval '8617 minutes'),
  ('776a2200-5556-5e83-abc4-5b263b5937fb', 'b0000000-0000-4000-8000-000000000002', '9ac49567-3baa-5f6f-b2a4-e5454a14ed45', 'dacdb4cf-1b8b-53cb-82db-8523ec3f5d7f', 'out', 'consultant', 'weni', 'wamid.DEMO000237', 'text', 'Olá, aqui é o Bruno! Tenho dois apartamentos em Botafogo dentro do seu orçamento. Podemos agendar uma visita?', 'read', now() - interval '8577 minutes'),
  ('75772047-fc9c-50ba-8495-5f8c4001981e', 'b0000000-0000-4000-8000-000000000002', '9ac49567-3baa-5f6f-b2a4-e5454a14ed45', 'dacdb4cf-1b8b-53cb-82db-8523ec3f5d7f', 'in', 'lead', 'weni', 'wamid.DEMO000238', 'text', 'Podemos sim, sábado de manhã seria ótimo.', 'received', now() - interval '8548 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('56fe1802-8c47-5b49-b0e4-6d8c0967b907', 'b0000000-0000-4000-8000-000000000002', '5521982383095', '+5521982383095', 'Letícia Nogueira', 'imoveis',
  'perdido', 40, '{"consentimento_lgpd": true, "finalidade": "comprar", "quartos": 2, "bairros": ["Botafogo", "Laranjeiras"], "valor_max_centavos": 90000000, "financiamento": true}'::jsonb,
  90000000, 'bruno-lima', '{"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "imoveis-demo"}'::jsonb,
  now() - interval '4503 minutes', now() - interval '4382 minutes', now() - interval '4525 minutes', now() - interval '4382 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('d22cdaa4-f0c7-5ab2-9629-cb84c2e67c4f', 'b0000000-0000-4000-8000-000000000002', '56fe1802-8c47-5b49-b0e4-6d8c0967b907', '7ccccd61-f298-54a1-975b-568c24986786',
  '2628c69b-af9e-5bd7-91f9-37c4d76cae75', 'expirada',
  '{"etapa": "etapa_9", "variaveis": {"consentimento_lgpd": true, "finalidade": "comprar", "quartos": 2, "bairros": ["Botafogo", "Laranjeiras"], "valor_max_centavos": 90000000, "financiamento": true}}'::jsonb,
  now() - interval '4382 minutes', null,
  now() - interval '4382 minutes', now() - interval '4525 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('e2814712-b0bd-5634-81b3-b7d572a813f0', 'b0000000-0000-4000-8000-000000000002', 'd22cdaa4-f0c7-5ab2-9629-cb84c2e67c4f', '56fe1802-8c47-5b49-b0e4-6d8c0967b907', 'in', 'lead', 'weni', 'wamid.DEMO000239', 'text', 'Olá! Tenho interesse em apartamento para comprar.', 'received', now() - interval '4525 minutes'),
  ('f7ee0cbb-1626-579c-b68a-3c03f6d93918', 'b0000000-0000-4000-8000-000000000002', 'd22cdaa4-f0c7-5ab2-9629-cb84c2e67c4f', '56fe1802-8c47-5b49-b0e4-6d8c0967b907', 'out', 'bot', 'weni', 'wamid.DEMO000240', 'text', 'Olá! 👋 Sou a assistente virtual do Bruno Lima, corretor de imóveis. Posso fazer algumas perguntas para encontrar o imóvel certo? Seus dados ficam protegidos, conforme a LGPD.', 'read', now() - interval '4524 minutes'),
  ('702ae004-57e2-505b-bec1-979f9b9da0ed', 'b0000000-0000-4000-8000-000000000002', 'd22cdaa4-f0c7-5ab2-9629-cb84c2e67c4f', '56fe1802-8c47-5b49-b0e4-6d8c0967b907', 'in', 'lead', 'weni', 'wamid.DEMO000241', 'text', 'Claro', 'received', now() - interval '4503 minutes'),
  ('94f404bf-feaa-56db-8531-bd90977569dd', 'b0000000-0000-4000-8000-000000000002', 'd22cdaa4-f0c7-5ab2-9629-cb84c2e67c4f', '56fe1802-8c47-5b49-b0e4-6d8c0967b907', 'out', 'bot', 'weni', 'wamid.DEMO000242', 'text', 'Você procura imóvel para comprar ou alugar?', 'read', now() - interval '4502 minutes'),
  ('9811038b-c460-5674-b926-14c88ef0470b', 'b0000000-0000-4000-8000-000000000002', 'd22cdaa4-f0c7-5ab2-9629-cb84c2e67c4f', '56fe1802-8c47-5b49-b0e4-6d8c0967b907', 'in', 'lead', 'weni', 'wamid.DEMO000243', 'text', 'Comprar', 'received', now() - interval '4475 minutes'),
  ('de6e8727-b220-5455-8a80-b5ab55da4156', 'b0000000-0000-4000-8000-000000000002', 'd22cdaa4-f0c7-5ab2-9629-cb84c2e67c4f', '56fe1802-8c47-5b49-b0e4-6d8c0967b907', 'out', 'bot', 'weni', 'wamid.DEMO000244', 'text', 'Quantos quartos você precisa?', 'read', now() - interval '4474 minutes'),
  ('a2d46b4b-d170-538c-837f-000c1fd0ecf0', 'b0000000-0000-4000-8000-000000000002', 'd22cdaa4-f0c7-5ab2-9629-cb84c2e67c4f', '56fe1802-8c47-5b49-b0e4-6d8c0967b907', 'in', 'lead', 'weni', 'wamid.DEMO000245', 'text', '2 quartos, de preferência com suíte', 'received', now() - interval '4449 minutes'),
  ('238db9f6-17d7-5439-bfc8-f27ca931fdb3', 'b0000000-0000-4000-8000-000000000002', 'd22cdaa4-f0c7-5ab2-9629-cb84c2e67c4f', '56fe1802-8c47-5b49-b0e4-6d8c0967b907', 'out', 'bot', 'weni', 'wamid.DEMO000246', 'text', 'Quais bairros te interessam?', 'read', now() - interval '4448 minutes'),
  ('3f95918c-a6aa-58cb-8445-5cce6bf283cf', 'b0000000-0000-4000-8000-000000000002', 'd22cdaa4-f0c7-5ab2-9629-cb84c2e67c4f', '56fe1802-8c47-5b49-b0e4-6d8c0967b907', 'in', 'lead', 'weni', 'wamid.DEMO000247', 'text', 'Botafogo ou Laranjeiras', 'received', now() - interval '4418 minutes'),
  ('484b8634-7976-5d11-9a24-2082fbe9b478', 'b0000000-0000-4000-8000-000000000002', 'd22cdaa4-f0c7-5ab2-9629-cb84c2e67c4f', '56fe1802-8c47-5b49-b0e4-6d8c0967b907', 'out', 'consultant', 'weni', 'wamid.DEMO000248', 'text', 'Oi! Ainda tem interesse em continuar? Estou à disposição.', 'read', now() - interval '4417 minutes'),
  ('f76dc8a6-eb01-5ef7-a10f-debf5006e74b', 'b0000000-0000-4000-8000-000000000002', 'd22cdaa4-f0c7-5ab2-9629-cb84c2e67c4f', '56fe1802-8c47-5b49-b0e4-6d8c0967b907', 'in', 'lead', 'weni', 'wamid.DEMO000249', 'text', 'Por enquanto não, obrigado. Fechei com outra pessoa.', 'received', now() - interval '4382 minutes')
on conflict do nothing;

insert into public.lead_status_history (consultant_id, lead_id, from_status,
  to_status, changed_at)
select 'b0000000-0000-4000-8000-000000000002', '56fe1802-8c47-5b49-b0e4-6d8c0967b907', 'novo', 'qualificado', now() - interval '4475 minutes'
 where not exists (select 1 from public.lead_status_history
                    where lead_id = '56fe1802-8c47-5b49-b0e4-6d8c0967b907' and to_status = 'qualificado');

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('3811b93e-ddad-5041-aefa-816181881e92', 'b0000000-0000-4000-8000-000000000002', '5521926240908', '+5521926240908', 'Raul Peçanha', 'imoveis',
  'novo', null, '{}'::jsonb,
  null, 'bruno-lima', '{"utm_source": "instagram", "utm_medium": "cpc", "utm_campaign": "imoveis-demo"}'::jsonb,
  null, now() - interval '29053 minutes', now() - interval '29053 minutes', now() - interval '29053 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('3b86db65-8260-5751-85eb-8f06a286de60', 'b0000000-0000-4000-8000-000000000002', '3811b93e-ddad-5041-aefa-816181881e92', '7ccccd61-f298-54a1-975b-568c24986786',
  '2628c69b-af9e-5bd7-91f9-37c4d76cae75', 'bot_ativo',
  '{"etapa": "etapa_1", "variaveis": {}}'::jsonb,
  now() - interval '29053 minutes', null,
  null, now() - interval '29053 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('b09c68e7-8ddd-59ca-9e1a-6f4bbbf4b37d', 'b0000000-0000-4000-8000-000000000002', '3b86db65-8260-5751-85eb-8f06a286de60', '3811b93e-ddad-5041-aefa-816181881e92', 'in', 'lead', 'weni', 'wamid.DEMO000250', 'text', 'Olá! Tenho interesse em apartamento para comprar.', 'received', now() - interval '29053 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('bc3ab2a1-a97a-51eb-99aa-225cd8773701', 'b0000000-0000-4000-8000-000000000002', '5521918593410', '+5521918593410', 'Flávia Guimarães', 'imoveis',
  'em_atendimento', 35, '{"consentimento_lgpd": true}'::jsonb,
  null, 'bruno-lima', '{"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "imoveis-demo"}'::jsonb,
  now() - interval '24822 minutes', now() - interval '24782 minutes', now() - interval '24826 minutes', now() - interval '24782 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('7df9ec7b-25a1-5b29-b422-51142650c5ca', 'b0000000-0000-4000-8000-000000000002', 'bc3ab2a1-a97a-51eb-99aa-225cd8773701', '7ccccd61-f298-54a1-975b-568c24986786',
  '2628c69b-af9e-5bd7-91f9-37c4d76cae75', 'aguardando_lead',
  '{"etapa": "etapa_5", "variaveis": {"consentimento_lgpd": true}}'::jsonb,
  now() - interval '24782 minutes', null,
  null, now() - interval '24826 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('add597e7-4f30-5fad-9a8b-d54aa99a9649', 'b0000000-0000-4000-8000-000000000002', '7df9ec7b-25a1-5b29-b422-51142650c5ca', 'bc3ab2a1-a97a-51eb-99aa-225cd8773701', 'in', 'lead', 'weni', 'wamid.DEMO000251', 'text', 'Olá! Tenho interesse em apartamento para comprar.', 'received', now() - interval '24826 minutes'),
  ('e0f0acab-ad51-56b4-8616-c8a7c411371c', 'b0000000-0000-4000-8000-000000000002', '7df9ec7b-25a1-5b29-b422-51142650c5ca', 'bc3ab2a1-a97a-51eb-99aa-225cd8773701', 'out', 'bot', 'weni', 'wamid.DEMO000252', 'text', 'Olá! 👋 Sou a assistente virtual do Bruno Lima, corretor de imóveis. Posso fazer algumas perguntas para encontrar o imóvel certo? Seus dados ficam protegidos, conforme a LGPD.', 'read', now() - interval '24825 minutes'),
  ('5653aa2a-27fe-5667-b164-142f359f0141', 'b0000000-0000-4000-8000-000000000002', '7df9ec7b-25a1-5b29-b422-51142650c5ca', 'bc3ab2a1-a97a-51eb-99aa-225cd8773701', 'in', 'lead', 'weni', 'wamid.DEMO000253', 'text', 'Claro', 'received', now() - interval '24822 minutes'),
  ('c334074b-7905-5bdb-aa5b-0333ca83d318', 'b0000000-0000-4000-8000-000000000002', '7df9ec7b-25a1-5b29-b422-51142650c5ca', 'bc3ab2a1-a97a-51eb-99aa-225cd8773701', 'out', 'bot', 'weni', 'wamid.DEMO000254', 'text', 'Você procura imóvel para comprar ou alugar?', 'read', now() - interval '24821 minutes'),
  ('b8cc9ba5-b9ea-5770-baf9-62ea098bd5ad', 'b0000000-0000-4000-8000-000000000002', '7df9ec7b-25a1-5b29-b422-51142650c5ca', 'bc3ab2a1-a97a-51eb-99aa-225cd8773701', 'in', 'lead', 'weni', 'wamid.DEMO000255', 'text', 'Comprar', 'received', now() - interval '24782 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('46a35dfa-28a3-54c1-89a4-23e6a2b92181', 'b0000000-0000-4000-8000-000000000002', '5521940885476', '+5521940885476', 'Márcio Antunes', 'imoveis',
  'qualificado', 70, '{"consentimento_lgpd": true, "finalidade": "comprar", "quartos": 2, "bairros": ["Botafogo", "Laranjeiras"], "valor_max_centavos": 90000000, "financiamento": true}'::jsonb,
  90000000, 'bruno-lima', '{"utm_source": "instagram", "utm_medium": "cpc", "utm_campaign": "imoveis-demo"}'::jsonb,
  now() - interval '20382 minutes', now() - interval '20310 minutes', now() - interval '20385 minutes', now() - interval '20310 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('66861e29-e638-556c-827e-754e16edbfe6', 'b0000000-0000-4000-8000-000000000002', '46a35dfa-28a3-54c1-89a4-23e6a2b92181', '7ccccd61-f298-54a1-975b-568c24986786',
  '2628c69b-af9e-5bd7-91f9-37c4d76cae75', 'humano',
  '{"etapa": "fim", "variaveis": {"consentimento_lgpd": true, "finalidade": "comprar", "quartos": 2, "bairros": ["Botafogo", "Laranjeiras"], "valor_max_centavos": 90000000, "financiamento": true}}'::jsonb,
  now() - interval '20310 minutes', now() - interval '20316 minutes',
  null, now() - interval '20385 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('bead2c6e-428d-5032-8bd5-63564753d208', 'b0000000-0000-4000-8000-000000000002', '66861e29-e638-556c-827e-754e16edbfe6', '46a35dfa-28a3-54c1-89a4-23e6a2b92181', 'in', 'lead', 'weni', 'wamid.DEMO000256', 'text', 'Olá! Tenho interesse em apartamento para comprar.', 'received', now() - interval '20385 minutes'),
  ('5382af93-7457-54da-8c4a-326005221d02', 'b0000000-0000-4000-8000-000000000002', '66861e29-e638-556c-827e-754e16edbfe6', '46a35dfa-28a3-54c1-89a4-23e6a2b92181', 'out', 'bot', 'weni', 'wamid.DEMO000257', 'text', 'Olá! 👋 Sou a assistente virtual do Bruno Lima, corretor de imóveis. Posso fazer algumas perguntas para encontrar o imóvel certo? Seus dados ficam protegidos, conforme a LGPD.', 'read', now() - interval '20384 minutes'),
  ('0f7e2a27-8188-5203-bad6-2d9de1401fd1', 'b0000000-0000-4000-8000-000000000002', '66861e29-e638-556c-827e-754e16edbfe6', '46a35dfa-28a3-54c1-89a4-23e6a2b92181', 'in', 'lead', 'weni', 'wamid.DEMO000258', 'text', 'Claro', 'received', now() - interval '20382 minutes'),
  ('1942cfe4-68c5-5d08-b4fa-6151f1e20b63', 'b0000000-0000-4000-8000-000000000002', '66861e29-e638-556c-827e-754e16edbfe6', '46a35dfa-28a3-54c1-89a4-23e6a2b92181', 'out', 'bot', 'weni', 'wamid.DEMO000259', 'text', 'Você procura imóvel para comprar ou alugar?', 'read', now() - interval '20381 minutes'),
  ('346ed49a-44a9-5132-aefa-1e522c0a58ef', 'b0000000-0000-4000-8000-000000000002', '66861e29-e638-556c-827e-754e16edbfe6', '46a35dfa-28a3-54c1-89a4-23e6a2b92181', 'in', 'lead', 'weni', 'wamid.DEMO000260', 'text', 'Comprar', 'received', now() - interval '20375 minutes'),
  ('d7aa1a9a-ea91-5347-8813-3f872e3bd1ba', 'b0000000-0000-4000-8000-000000000002', '66861e29-e638-556c-827e-754e16edbfe6', '46a35dfa-28a3-54c1-89a4-23e6a2b92181', 'out', 'bot', 'weni', 'wamid.DEMO000261', 'text', 'Quantos quartos você precisa?', 'read', now() - interval '20374 minutes'),
  ('28d92b89-f864-535e-8c19-9539888827f8', 'b0000000-0000-4000-8000-000000000002', '66861e29-e638-556c-827e-754e16edbfe6', '46a35dfa-28a3-54c1-89a4-23e6a2b92181', 'in', 'lead', 'weni', 'wamid.DEMO000262', 'text', '2 quartos, de preferência com suíte', 'received', now() - interval '20369 minutes'),
  ('8b02aed4-e7bf-5c0e-a70a-6d51e4fe837a', 'b0000000-0000-4000-8000-000000000002', '66861e29-e638-556c-827e-754e16edbfe6', '46a35dfa-28a3-54c1-89a4-23e6a2b92181', 'out', 'bot', 'weni', 'wamid.DEMO000263', 'text', 'Quais bairros te interessam?', 'read', now() - interval '20368 minutes'),
  ('abe8347c-ac69-5dc8-863e-5f699757119f', 'b0000000-0000-4000-8000-000000000002', '66861e29-e638-556c-827e-754e16edbfe6', '46a35dfa-28a3-54c1-89a4-23e6a2b92181', 'in', 'lead', 'weni', 'wamid.DEMO000264', 'text', 'Botafogo ou Laranjeiras', 'received', now() - interval '20352 minutes'),
  ('64584402-7f13-57f9-801c-5665575dfd4a', 'b0000000-0000-4000-8000-000000000002', '66861e29-e638-556c-827e-754e16edbfe6', '46a35dfa-28a3-54c1-89a4-23e6a2b92181', 'out', 'bot', 'weni', 'wamid.DEMO000265', 'text', 'Qual a faixa de valor que você considera?', 'read', now() - interval '20351 minutes'),
  ('716610fa-3d6f-506c-ba1c-2e8faba09ce8', 'b0000000-0000-4000-8000-000000000002', '66861e29-e638-556c-827e-754e16edbfe6', '46a35dfa-28a3-54c1-89a4-23e6a2b92181', 'in', 'lead', 'weni', 'wamid.DEMO000266', 'text', 'Até 900 mil', 'received', now() - interval '20345 minutes'),
  ('d83de427-ce15-5208-836c-007b70aef38c', 'b0000000-0000-4000-8000-000000000002', '66861e29-e638-556c-827e-754e16edbfe6', '46a35dfa-28a3-54c1-89a4-23e6a2b92181', 'out', 'bot', 'weni', 'wamid.DEMO000267', 'text', 'Vai usar financiamento ou FGTS?', 'read', now() - interval '20344 minutes'),
  ('797561a9-25dc-574a-8781-981c907cc0f9', 'b0000000-0000-4000-8000-000000000002', '66861e29-e638-556c-827e-754e16edbfe6', '46a35dfa-28a3-54c1-89a4-23e6a2b92181', 'in', 'lead', 'weni', 'wamid.DEMO000268', 'text', 'Financiamento, já tenho a carta de crédito aprovada', 'received', now() - interval '20340 minutes'),
  ('1269c879-d7f8-53a3-a684-573bce17c326', 'b0000000-0000-4000-8000-000000000002', '66861e29-e638-556c-827e-754e16edbfe6', '46a35dfa-28a3-54c1-89a4-23e6a2b92181', 'out', 'bot', 'weni', 'wamid.DEMO000269', 'text', 'Excelente! Já avisei o Bruno, que vai separar opções e falar com você por aqui. 🏡', 'read', now() - interval '20339 minutes'),
  ('fac3a6d9-d592-517a-940c-502998eab12b', 'b0000000-0000-4000-8000-000000000002', '66861e29-e638-556c-827e-754e16edbfe6', '46a35dfa-28a3-54c1-89a4-23e6a2b92181', 'out', 'consultant', 'weni', 'wamid.DEMO000270', 'text', 'Olá, aqui é o Bruno! Tenho dois apartamentos em Botafogo dentro do seu orçamento. Podemos agendar uma visita?', 'read', now() - interval '20316 minutes'),
  ('72d61d9b-a890-5b4a-859f-960722659e67', 'b0000000-0000-4000-8000-000000000002', '66861e29-e638-556c-827e-754e16edbfe6', '46a35dfa-28a3-54c1-89a4-23e6a2b92181', 'in', 'lead', 'weni', 'wamid.DEMO000271', 'text', 'Podemos sim, sábado de manhã seria ótimo.', 'received', now() - interval '20310 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('050540c3-e748-584a-a1b3-d82671d088e3', 'b0000000-0000-4000-8000-000000000002', '5521941944441', '+5521941944441', 'Débora Câmara', 'imoveis',
  'agendado', 78, '{"consentimento_lgpd": true, "finalidade": "comprar", "quartos": 2, "bairros": ["Botafogo", "Laranjeiras"], "valor_max_centavos": 90000000, "financiamento": true}'::jsonb,
  90000000, 'bruno-lima', '{"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "imoveis-demo"}'::jsonb,
  now() - interval '16091 minutes', now() - interval '15899 minutes', now() - interval '16125 minutes', now() - interval '15899 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('b3dffb64-5bd0-5caa-8474-208d9f7f6ed0', 'b0000000-0000-4000-8000-000000000002', '050540c3-e748-584a-a1b3-d82671d088e3', '7ccccd61-f298-54a1-975b-568c24986786',
  '2628c69b-af9e-5bd7-91f9-37c4d76cae75', 'humano',
  '{"etapa": "fim", "variaveis": {"consentimento_lgpd": true, "finalidade": "comprar", "quartos": 2, "bairros": ["Botafogo", "Laranjeiras"], "valor_max_centavos": 90000000, "financiamento": true}}'::jsonb,
  now() - interval '15899 minutes', now() - interval '15916 minutes',
  null, now() - interval '16125 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('759322f9-2276-552c-9867-5627b076fc76', 'b0000000-0000-4000-8000-000000000002', 'b3dffb64-5bd0-5caa-8474-208d9f7f6ed0', '050540c3-e748-584a-a1b3-d82671d088e3', 'in', 'lead', 'weni', 'wamid.DEMO000272', 'text', 'Olá! Tenho interesse em apartamento para comprar.', 'received', now() - interval '16125 minutes'),
  ('b19efb79-caa1-54e0-b863-0cfd5a7bcd66', 'b0000000-0000-4000-8000-000000000002', 'b3dffb64-5bd0-5caa-8474-208d9f7f6ed0', '050540c3-e748-584a-a1b3-d82671d088e3', 'out', 'bot', 'weni', 'wamid.DEMO000273', 'text', 'Olá! 👋 Sou a assistente virtual do Bruno Lima, corretor de imóveis. Posso fazer algumas perguntas para encontrar o imóvel certo? Seus dados ficam protegidos, conforme a LGPD.', 'read', now() - interval '16124 minutes'),
  ('fe1e024e-b720-5d70-9773-3830bfa7ccd0', 'b0000000-0000-4000-8000-000000000002', 'b3dffb64-5bd0-5caa-8474-208d9f7f6ed0', '050540c3-e748-584a-a1b3-d82671d088e3', 'in', 'lead', 'weni', 'wamid.DEMO000274', 'text', 'Claro', 'received', now() - interval '16091 minutes'),
  ('65480c0c-87b2-56e5-9839-726eea29faff', 'b0000000-0000-4000-8000-000000000002', 'b3dffb64-5bd0-5caa-8474-208d9f7f6ed0', '050540c3-e748-584a-a1b3-d82671d088e3', 'out', 'bot', 'weni', 'wamid.DEMO000275', 'text', 'Você procura imóvel para comprar ou alugar?', 'read', now() - interval '16090 minutes'),
  ('d5c5dee5-3ad0-5ec1-8af9-b30eb03a7e19', 'b0000000-0000-4000-8000-000000000002', 'b3dffb64-5bd0-5caa-8474-208d9f7f6ed0', '050540c3-e748-584a-a1b3-d82671d088e3', 'in', 'lead', 'weni', 'wamid.DEMO000276', 'text', 'Comprar', 'received', now() - interval '16075 minutes'),
  ('3047c896-e779-5e06-b62a-a32dfe5c1a18', 'b0000000-0000-4000-8000-000000000002', 'b3dffb64-5bd0-5caa-8474-208d9f7f6ed0', '050540c3-e748-584a-a1b3-d82671d088e3', 'out', 'bot', 'weni', 'wamid.DEMO000277', 'text', 'Quantos quartos você precisa?', 'read', now() - interval '16074 minutes'),
  ('c294c4de-8dc2-5195-b30f-dce47228fd05', 'b0000000-0000-4000-8000-000000000002', 'b3dffb64-5bd0-5caa-8474-208d9f7f6ed0', '050540c3-e748-584a-a1b3-d82671d088e3', 'in', 'lead', 'weni', 'wamid.DEMO000278', 'text', '2 quartos, de preferência com suíte', 'received', now() - interval '16038 minutes'),
  ('9125c502-3463-58c3-bbc8-22cf8b20e173', 'b0000000-0000-4000-8000-000000000002', 'b3dffb64-5bd0-5caa-8474-208d9f7f6ed0', '050540c3-e748-584a-a1b3-d82671d088e3', 'out', 'bot', 'weni', 'wamid.DEMO000279', 'text', 'Quais bairros te interessam?', 'read', now() - interval '16037 minutes'),
  ('3335030e-a287-5936-88a9-df54ba1e1e65', 'b0000000-0000-4000-8000-000000000002', 'b3dffb64-5bd0-5caa-8474-208d9f7f6ed0', '050540c3-e748-584a-a1b3-d82671d088e3', 'in', 'lead', 'weni', 'wamid.DEMO000280', 'text', 'Botafogo ou Laranjeiras', 'received', now() - interval '16027 minutes'),
  ('f44cd68c-0f3d-5555-ab52-eeceb6963099', 'b0000000-0000-4000-8000-000000000002', 'b3dffb64-5bd0-5caa-8474-208d9f7f6ed0', '050540c3-e748-584a-a1b3-d82671d088e3', 'out', 'bot', 'weni', 'wamid.DEMO000281', 'text', 'Qual a faixa de valor que você considera?', 'read', now() - interval '16026 minutes'),
  ('f982c682-f943-584b-839b-e7a3dad0fd64', 'b0000000-0000-4000-8000-000000000002', 'b3dffb64-5bd0-5caa-8474-208d9f7f6ed0', '050540c3-e748-584a-a1b3-d82671d088e3', 'in', 'lead', 'weni', 'wamid.DEMO000282', 'text', 'Até 900 mil', 'received', now() - interval '15988 minutes'),
  ('fb1039a6-ac03-5f64-b3aa-23456e6cc755', 'b0000000-0000-4000-8000-000000000002', 'b3dffb64-5bd0-5caa-8474-208d9f7f6ed0', '050540c3-e748-584a-a1b3-d82671d088e3', 'out', 'bot', 'weni', 'wamid.DEMO000283', 'text', 'Vai usar financiamento ou FGTS?', 'read', now() - interval '15987 minutes'),
  ('3349ad0c-6212-504c-b6b1-f6db54f36b1c', 'b0000000-0000-4000-8000-000000000002', 'b3dffb64-5bd0-5caa-8474-208d9f7f6ed0', '050540c3-e748-584a-a1b3-d82671d088e3', 'in', 'lead', 'weni', 'wamid.DEMO000284', 'text', 'Financiamento, já tenho a carta de crédito aprovada', 'received', now() - interval '15949 minutes'),
  ('ec17c9c7-f52e-5b8c-9b73-21ec245a95aa', 'b0000000-0000-4000-8000-000000000002', 'b3dffb64-5bd0-5caa-8474-208d9f7f6ed0', '050540c3-e748-584a-a1b3-d82671d088e3', 'out', 'bot', 'weni', 'wamid.DEMO000285', 'text', 'Excelente! Já avisei o Bruno, que vai separar opções e falar com você por aqui. 🏡', 'read', now() - interval '15948 minutes'),
  ('992f4548-a6b3-5faf-8775-8b3b381e1674', 'b0000000-0000-4000-8000-000000000002', 'b3dffb64-5bd0-5caa-8474-208d9f7f6ed0', '050540c3-e748-584a-a1b3-d82671d088e3', 'out', 'consultant', 'weni', 'wamid.DEMO000286', 'text', 'Olá, aqui é o Bruno! Tenho dois apartamentos em Botafogo dentro do seu orçamento. Podemos agendar uma visita?', 'read', now() - interval '15916 minutes'),
  ('7590c29e-3833-5a04-b5b9-fedfa68e8d5b', 'b0000000-0000-4000-8000-000000000002', 'b3dffb64-5bd0-5caa-8474-208d9f7f6ed0', '050540c3-e748-584a-a1b3-d82671d088e3', 'in', 'lead', 'weni', 'wamid.DEMO000287', 'text', 'Podemos sim, sábado de manhã seria ótimo.', 'received', now() - interval '15899 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('451008c9-9add-556d-a1c7-f06d49454e5c', 'b0000000-0000-4000-8000-000000000002', '5521964634663', '+5521964634663', 'Heitor Araújo', 'imoveis',
  'proposta', 85, '{"consentimento_lgpd": true, "finalidade": "comprar", "quartos": 2, "bairros": ["Botafogo", "Laranjeiras"], "valor_max_centavos": 90000000, "financiamento": true}'::jsonb,
  90000000, 'bruno-lima', '{"utm_source": "instagram", "utm_medium": "cpc", "utm_campaign": "imoveis-demo"}'::jsonb,
  now() - interval '11705 minutes', now() - interval '11545 minutes', now() - interval '11714 minutes', now() - interval '11545 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('139329da-cbaf-50ce-beb5-98a6ee9aed9d', 'b0000000-0000-4000-8000-000000000002', '451008c9-9add-556d-a1c7-f06d49454e5c', '7ccccd61-f298-54a1-975b-568c24986786',
  '2628c69b-af9e-5bd7-91f9-37c4d76cae75', 'humano',
  '{"etapa": "fim", "variaveis": {"consentimento_lgpd": true, "finalidade": "comprar", "quartos": 2, "bairros": ["Botafogo", "Laranjeiras"], "valor_max_centavos": 90000000, "financiamento": true}}'::jsonb,
  now() - interval '11545 minutes', now() - interval '11550 minutes',
  null, now() - interval '11714 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('0dc553ba-8c4e-5a70-ba3f-219bff70e235', 'b0000000-0000-4000-8000-000000000002', '139329da-cbaf-50ce-beb5-98a6ee9aed9d', '451008c9-9add-556d-a1c7-f06d49454e5c', 'in', 'lead', 'weni', 'wamid.DEMO000288', 'text', 'Olá! Tenho interesse em apartamento para comprar.', 'received', now() - interval '11714 minutes'),
  ('ebfc24a6-71e8-5ee4-92cb-175dbc635143', 'b0000000-0000-4000-8000-000000000002', '139329da-cbaf-50ce-beb5-98a6ee9aed9d', '451008c9-9add-556d-a1c7-f06d49454e5c', 'out', 'bot', 'weni', 'wamid.DEMO000289', 'text', 'Olá! 👋 Sou a assistente virtual do Bruno Lima, corretor de imóveis. Posso fazer algumas perguntas para encontrar o imóvel certo? Seus dados ficam protegidos, conforme a LGPD.', 'read', now() - interval '11713 minutes'),
  ('c576b55d-c896-5e2f-b24c-93ed2fa04926', 'b0000000-0000-4000-8000-000000000002', '139329da-cbaf-50ce-beb5-98a6ee9aed9d', '451008c9-9add-556d-a1c7-f06d49454e5c', 'in', 'lead', 'weni', 'wamid.DEMO000290', 'text', 'Claro', 'received', now() - interval '11705 minutes'),
  ('02e49b9b-532a-55af-9b08-30f578d73eb3', 'b0000000-0000-4000-8000-000000000002', '139329da-cbaf-50ce-beb5-98a6ee9aed9d', '451008c9-9add-556d-a1c7-f06d49454e5c', 'out', 'bot', 'weni', 'wamid.DEMO000291', 'text', 'Você procura imóvel para comprar ou alugar?', 'read', now() - interval '11704 minutes'),
  ('b28f3b96-d86a-5620-ba0c-7040aa5c526b', 'b0000000-0000-4000-8000-000000000002', '139329da-cbaf-50ce-beb5-98a6ee9aed9d', '451008c9-9add-556d-a1c7-f06d49454e5c', 'in', 'lead', 'weni', 'wamid.DEMO000292', 'text', 'Comprar', 'received', now() - interval '11696 minutes'),
  ('f82336f0-f1a4-57a0-8a90-e2ff1a74ee72', 'b0000000-0000-4000-8000-000000000002', '139329da-cbaf-50ce-beb5-98a6ee9aed9d', '451008c9-9add-556d-a1c7-f06d49454e5c', 'out', 'bot', 'weni', 'wamid.DEMO000293', 'text', 'Quantos quartos você precisa?', 'read', now() - interval '11695 minutes'),
  ('c9e02b80-8648-5207-a6c9-eaad75affae4', 'b0000000-0000-4000-8000-000000000002', '139329da-cbaf-50ce-beb5-98a6ee9aed9d', '451008c9-9add-556d-a1c7-f06d49454e5c', 'in', 'lead', 'weni', 'wamid.DEMO000294', 'text', '2 quartos, de preferência com suíte', 'received', now() - interval '11666 minutes'),
  ('9be86584-e27b-5920-ba66-acbb759ba1b3', 'b0000000-0000-4000-8000-000000000002', '139329da-cbaf-50ce-beb5-98a6ee9aed9d', '451008c9-9add-556d-a1c7-f06d49454e5c', 'out', 'bot', 'weni', 'wamid.DEMO000295', 'text', 'Quais bairros te interessam?', 'read', now() - interval '11665 minutes'),
  ('1af66db2-f81e-5a19-9c74-79d75cf25f46', 'b0000000-0000-4000-8000-000000000002', '139329da-cbaf-50ce-beb5-98a6ee9aed9d', '451008c9-9add-556d-a1c7-f06d49454e5c', 'in', 'lead', 'weni', 'wamid.DEMO000296', 'text', 'Botafogo ou Laranjeiras', 'received', now() - interval '11641 minutes'),
  ('ddfa6c1d-171c-5964-972d-0105337ab64b', 'b0000000-0000-4000-8000-000000000002', '139329da-cbaf-50ce-beb5-98a6ee9aed9d', '451008c9-9add-556d-a1c7-f06d49454e5c', 'out', 'bot', 'weni', 'wamid.DEMO000297', 'text', 'Qual a faixa de valor que você considera?', 'read', now() - interval '11640 minutes'),
  ('9aa5cc25-f9ab-5faa-9a59-c044e70ca706', 'b0000000-0000-4000-8000-000000000002', '139329da-cbaf-50ce-beb5-98a6ee9aed9d', '451008c9-9add-556d-a1c7-f06d49454e5c', 'in', 'lead', 'weni', 'wamid.DEMO000298', 'text', 'Até 900 mil', 'received', now() - interval '11611 minutes'),
  ('19b29d18-e067-5a3d-b4cb-30312cbbb1f6', 'b0000000-0000-4000-8000-000000000002', '139329da-cbaf-50ce-beb5-98a6ee9aed9d', '451008c9-9add-556d-a1c7-f06d49454e5c', 'out', 'bot', 'weni', 'wamid.DEMO000299', 'text', 'Vai usar financiamento ou FGTS?', 'read', now() - interval '11610 minutes'),
  ('a00d0884-16ef-50b8-8ac2-05ae5819e607', 'b0000000-0000-4000-8000-000000000002', '139329da-cbaf-50ce-beb5-98a6ee9aed9d', '451008c9-9add-556d-a1c7-f06d49454e5c', 'in', 'lead', 'weni', 'wamid.DEMO000300', 'text', 'Financiamento, já tenho a carta de crédito aprovada', 'received', now() - interval '11582 minutes'),
  ('47529fdb-670e-57c3-93c7-f949b8ea2eec', 'b0000000-0000-4000-8000-000000000002', '139329da-cbaf-50ce-beb5-98a6ee9aed9d', '451008c9-9add-556d-a1c7-f06d49454e5c', 'out', 'bot', 'weni', 'wamid.DEMO000301', 'text', 'Excelente! Já avisei o Bruno, que vai separar opções e falar com você por aqui. 🏡', 'read', now() - interval '11581 minutes'),
  ('e3e812ed-65bc-5bd4-b9e2-dd2333a5d081', 'b0000000-0000-4000-8000-000000000002', '139329da-cbaf-50ce-beb5-98a6ee9aed9d', '451008c9-9add-556d-a1c7-f06d49454e5c', 'out', 'consultant', 'weni', 'wamid.DEMO000302', 'text', 'Olá, aqui é o Bruno! Tenho dois apartamentos em Botafogo dentro do seu orçamento. Podemos agendar uma visita?', 'read', now() - interval '11550 minutes'),
  ('1966c3d3-6dbe-5bda-9455-2189a6113c40', 'b0000000-0000-4000-8000-000000000002', '139329da-cbaf-50ce-beb5-98a6ee9aed9d', '451008c9-9add-556d-a1c7-f06d49454e5c', 'in', 'lead', 'weni', 'wamid.DEMO000303', 'text', 'Podemos sim, sábado de manhã seria ótimo.', 'received', now() - interval '11545 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('67f555c3-fd3d-5f85-a205-b3886b5ba662', 'b0000000-0000-4000-8000-000000000002', '5521918135295', '+5521918135295', 'Sílvia Lacerda', 'imoveis',
  'ganho', 92, '{"consentimento_lgpd": true, "finalidade": "comprar", "quartos": 2, "bairros": ["Botafogo", "Laranjeiras"], "valor_max_centavos": 90000000, "financiamento": true}'::jsonb,
  90000000, 'bruno-lima', '{"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "imoveis-demo"}'::jsonb,
  now() - interval '7588 minutes', now() - interval '7453 minutes', now() - interval '7612 minutes', now() - interval '7453 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('a594ab2c-1011-53a9-958c-ddd87aa2f709', 'b0000000-0000-4000-8000-000000000002', '67f555c3-fd3d-5f85-a205-b3886b5ba662', '7ccccd61-f298-54a1-975b-568c24986786',
  '2628c69b-af9e-5bd7-91f9-37c4d76cae75', 'finalizada',
  '{"etapa": "fim", "variaveis": {"consentimento_lgpd": true, "finalidade": "comprar", "quartos": 2, "bairros": ["Botafogo", "Laranjeiras"], "valor_max_centavos": 90000000, "financiamento": true}}'::jsonb,
  now() - interval '7453 minutes', now() - interval '7463 minutes',
  now() - interval '7453 minutes', now() - interval '7612 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('5d76b1be-73cd-5b4d-9f08-85b7df94daba', 'b0000000-0000-4000-8000-000000000002', 'a594ab2c-1011-53a9-958c-ddd87aa2f709', '67f555c3-fd3d-5f85-a205-b3886b5ba662', 'in', 'lead', 'weni', 'wamid.DEMO000304', 'text', 'Olá! Tenho interesse em apartamento para comprar.', 'received', now() - interval '7612 minutes'),
  ('71f558d9-e2b4-5c60-a2f8-1ca18b0b9491', 'b0000000-0000-4000-8000-000000000002', 'a594ab2c-1011-53a9-958c-ddd87aa2f709', '67f555c3-fd3d-5f85-a205-b3886b5ba662', 'out', 'bot', 'weni', 'wamid.DEMO000305', 'text', 'Olá! 👋 Sou a assistente virtual do Bruno Lima, corretor de imóveis. Posso fazer algumas perguntas para encontrar o imóvel certo? Seus dados ficam protegidos, conforme a LGPD.', 'read', now() - interval '7611 minutes'),
  ('e788d45c-c802-5982-bf95-e629b8001a51', 'b0000000-0000-4000-8000-000000000002', 'a594ab2c-1011-53a9-958c-ddd87aa2f709', '67f555c3-fd3d-5f85-a205-b3886b5ba662', 'in', 'lead', 'weni', 'wamid.DEMO000306', 'text', 'Claro', 'received', now() - interval '7588 minutes'),
  ('3f54214f-f0cf-5eeb-adb4-997ea3115321', 'b0000000-0000-4000-8000-000000000002', 'a594ab2c-1011-53a9-958c-ddd87aa2f709', '67f555c3-fd3d-5f85-a205-b3886b5ba662', 'out', 'bot', 'weni', 'wamid.DEMO000307', 'text', 'Você procura imóvel para comprar ou alugar?', 'read', now() - interval '7587 minutes'),
  ('0ea0cf66-49d0-5ff5-b04a-c5c9005ad83f', 'b0000000-0000-4000-8000-000000000002', 'a594ab2c-1011-53a9-958c-ddd87aa2f709', '67f555c3-fd3d-5f85-a205-b3886b5ba662', 'in', 'lead', 'weni', 'wamid.DEMO000308', 'text', 'Comprar', 'received', now() - interval '7579 minutes'),
  ('47d9aaf4-32c3-5792-a968-eda9cb5c09d3', 'b0000000-0000-4000-8000-000000000002', 'a594ab2c-1011-53a9-958c-ddd87aa2f709', '67f555c3-fd3d-5f85-a205-b3886b5ba662', 'out', 'bot', 'weni', 'wamid.DEMO000309', 'text', 'Quantos quartos você precisa?', 'read', now() - interval '7578 minutes'),
  ('a940bdce-03a7-55b6-9c16-af61966a5a3a', 'b0000000-0000-4000-8000-000000000002', 'a594ab2c-1011-53a9-958c-ddd87aa2f709', '67f555c3-fd3d-5f85-a205-b3886b5ba662', 'in', 'lead', 'weni', 'wamid.DEMO000310', 'text', '2 quartos, de preferência com suíte', 'received', now() - interval '7561 minutes'),
  ('b504901a-5652-5826-8d25-941e8e85fa3e', 'b0000000-0000-4000-8000-000000000002', 'a594ab2c-1011-53a9-958c-ddd87aa2f709', '67f555c3-fd3d-5f85-a205-b3886b5ba662', 'out', 'bot', 'weni', 'wamid.DEMO000311', 'text', 'Quais bairros te interessam?', 'read', now() - interval '7560 minutes'),
  ('f2d49c36-f091-5230-99af-0aed0e738ee8', 'b0000000-0000-4000-8000-000000000002', 'a594ab2c-1011-53a9-958c-ddd87aa2f709', '67f555c3-fd3d-5f85-a205-b3886b5ba662', 'in', 'lead', 'weni', 'wamid.DEMO000312', 'text', 'Botafogo ou Laranjeiras', 'received', now() - interval '7546 minutes'),
  ('d3b37257-9dd7-5a45-a9e2-0d6ebe66d9d2', 'b0000000-0000-4000-8000-000000000002', 'a594ab2c-1011-53a9-958c-ddd87aa2f709', '67f555c3-fd3d-5f85-a205-b3886b5ba662', 'out', 'bot', 'weni', 'wamid.DEMO000313', 'text', 'Qual a faixa de valor que você considera?', 'read', now() - interval '7545 minutes'),
  ('fb473d86-eda7-5c7a-83db-7f88773a7d61', 'b0000000-0000-4000-8000-000000000002', 'a594ab2c-1011-53a9-958c-ddd87aa2f709', '67f555c3-fd3d-5f85-a205-b3886b5ba662', 'in', 'lead', 'weni', 'wamid.DEMO000314', 'text', 'Até 900 mil', 'received', now() - interval '7531 minutes'),
  ('2e279a28-233b-5121-9ee0-d0235eea5af0', 'b0000000-0000-4000-8000-000000000002', 'a594ab2c-1011-53a9-958c-ddd87aa2f709', '67f555c3-fd3d-5f85-a205-b3886b5ba662', 'out', 'bot', 'weni', 'wamid.DEMO000315', 'text', 'Vai usar financiamento ou FGTS?', 'read', now() - interval '7530 minutes'),
  ('5344c6cd-5ad3-5dca-887d-6751504d63fe', 'b0000000-0000-4000-8000-000000000002', 'a594ab2c-1011-53a9-958c-ddd87aa2f709', '67f555c3-fd3d-5f85-a205-b3886b5ba662', 'in', 'lead', 'weni', 'wamid.DEMO000316', 'text', 'Financiamento, já tenho a carta de crédito aprovada', 'received', now() - interval '7494 minutes'),
  ('e5811fcc-903e-5872-a687-4c7b85ddb387', 'b0000000-0000-4000-8000-000000000002', 'a594ab2c-1011-53a9-958c-ddd87aa2f709', '67f555c3-fd3d-5f85-a205-b3886b5ba662', 'out', 'bot', 'weni', 'wamid.DEMO000317', 'text', 'Excelente! Já avisei o Bruno, que vai separar opções e falar com você por aqui. 🏡', 'read', now() - interval '7493 minutes'),
  ('e468c920-91dc-515f-99e4-b07ac0f86ba6', 'b0000000-0000-4000-8000-000000000002', 'a594ab2c-1011-53a9-958c-ddd87aa2f709', '67f555c3-fd3d-5f85-a205-b3886b5ba662', 'out', 'consultant', 'weni', 'wamid.DEMO000318', 'text', 'Olá, aqui é o Bruno! Tenho dois apartamentos em Botafogo dentro do seu orçamento. Podemos agendar uma visita?', 'read', now() - interval '7463 minutes'),
  ('982b57cb-04f4-5702-af62-209629fb5a37', 'b0000000-0000-4000-8000-000000000002', 'a594ab2c-1011-53a9-958c-ddd87aa2f709', '67f555c3-fd3d-5f85-a205-b3886b5ba662', 'in', 'lead', 'weni', 'wamid.DEMO000319', 'text', 'Podemos sim, sábado de manhã seria ótimo.', 'received', now() - interval '7453 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('01c2d9dd-835d-5542-b4fb-92186c5e2c8b', 'b0000000-0000-4000-8000-000000000002', '5521934627347', '+5521934627347', 'Ígor Valadares', 'imoveis',
  'perdido', 40, '{"consentimento_lgpd": true, "finalidade": "comprar", "quartos": 2, "bairros": ["Botafogo", "Laranjeiras"], "valor_max_centavos": 90000000, "financiamento": true}'::jsonb,
  90000000, 'bruno-lima', '{"utm_source": "instagram", "utm_medium": "cpc", "utm_campaign": "imoveis-demo"}'::jsonb,
  now() - interval '3133 minutes', now() - interval '3039 minutes', now() - interval '3165 minutes', now() - interval '3039 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('bcf2cbe0-4fa2-58d3-bf9d-92fc5c9f3d57', 'b0000000-0000-4000-8000-000000000002', '01c2d9dd-835d-5542-b4fb-92186c5e2c8b', '7ccccd61-f298-54a1-975b-568c24986786',
  '2628c69b-af9e-5bd7-91f9-37c4d76cae75', 'expirada',
  '{"etapa": "etapa_9", "variaveis": {"consentimento_lgpd": true, "finalidade": "comprar", "quartos": 2, "bairros": ["Botafogo", "Laranjeiras"], "valor_max_centavos": 90000000, "financiamento": true}}'::jsonb,
  now() - interval '3039 minutes', null,
  now() - interval '3039 minutes', now() - interval '3165 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('e46d3253-c999-5d76-aa52-d2ba466ea859', 'b0000000-0000-4000-8000-000000000002', 'bcf2cbe0-4fa2-58d3-bf9d-92fc5c9f3d57', '01c2d9dd-835d-5542-b4fb-92186c5e2c8b', 'in', 'lead', 'weni', 'wamid.DEMO000320', 'text', 'Olá! Tenho interesse em apartamento para comprar.', 'received', now() - interval '3165 minutes'),
  ('47537a9a-4b25-571f-b79f-179d72d4b96b', 'b0000000-0000-4000-8000-000000000002', 'bcf2cbe0-4fa2-58d3-bf9d-92fc5c9f3d57', '01c2d9dd-835d-5542-b4fb-92186c5e2c8b', 'out', 'bot', 'weni', 'wamid.DEMO000321', 'text', 'Olá! 👋 Sou a assistente virtual do Bruno Lima, corretor de imóveis. Posso fazer algumas perguntas para encontrar o imóvel certo? Seus dados ficam protegidos, conforme a LGPD.', 'read', now() - interval '3164 minutes'),
  ('1840e6eb-a9c8-5112-a677-b63fdec86e7b', 'b0000000-0000-4000-8000-000000000002', 'bcf2cbe0-4fa2-58d3-bf9d-92fc5c9f3d57', '01c2d9dd-835d-5542-b4fb-92186c5e2c8b', 'in', 'lead', 'weni', 'wamid.DEMO000322', 'text', 'Claro', 'received', now() - interval '3133 minutes'),
  ('d73eab98-8f09-531a-9bc2-5eac2bf98080', 'b0000000-0000-4000-8000-000000000002', 'bcf2cbe0-4fa2-58d3-bf9d-92fc5c9f3d57', '01c2d9dd-835d-5542-b4fb-92186c5e2c8b', 'out', 'bot', 'weni', 'wamid.DEMO000323', 'text', 'Você procura imóvel para comprar ou alugar?', 'read', now() - interval '3132 minutes'),
  ('f8807790-7c2d-57d5-81d7-898c967de883', 'b0000000-0000-4000-8000-000000000002', 'bcf2cbe0-4fa2-58d3-bf9d-92fc5c9f3d57', '01c2d9dd-835d-5542-b4fb-92186c5e2c8b', 'in', 'lead', 'weni', 'wamid.DEMO000324', 'text', 'Comprar', 'received', now() - interval '3115 minutes'),
  ('71b8e83b-83c9-5cd2-9818-982d9384219a', 'b0000000-0000-4000-8000-000000000002', 'bcf2cbe0-4fa2-58d3-bf9d-92fc5c9f3d57', '01c2d9dd-835d-5542-b4fb-92186c5e2c8b', 'out', 'bot', 'weni', 'wamid.DEMO000325', 'text', 'Quantos quartos você precisa?', 'read', now() - interval '3114 minutes'),
  ('1cac0cf6-d972-5895-8b49-d7564440d7b4', 'b0000000-0000-4000-8000-000000000002', 'bcf2cbe0-4fa2-58d3-bf9d-92fc5c9f3d57', '01c2d9dd-835d-5542-b4fb-92186c5e2c8b', 'in', 'lead', 'weni', 'wamid.DEMO000326', 'text', '2 quartos, de preferência com suíte', 'received', now() - interval '3108 minutes'),
  ('5d7a7c9d-0ab4-5231-9988-8250873ae54c', 'b0000000-0000-4000-8000-000000000002', 'bcf2cbe0-4fa2-58d3-bf9d-92fc5c9f3d57', '01c2d9dd-835d-5542-b4fb-92186c5e2c8b', 'out', 'bot', 'weni', 'wamid.DEMO000327', 'text', 'Quais bairros te interessam?', 'read', now() - interval '3107 minutes'),
  ('68a59998-e917-5061-a4e7-ed3cef228102', 'b0000000-0000-4000-8000-000000000002', 'bcf2cbe0-4fa2-58d3-bf9d-92fc5c9f3d57', '01c2d9dd-835d-5542-b4fb-92186c5e2c8b', 'in', 'lead', 'weni', 'wamid.DEMO000328', 'text', 'Botafogo ou Laranjeiras', 'received', now() - interval '3077 minutes'),
  ('507b0492-d68f-55e9-9614-2a9e35f22446', 'b0000000-0000-4000-8000-000000000002', 'bcf2cbe0-4fa2-58d3-bf9d-92fc5c9f3d57', '01c2d9dd-835d-5542-b4fb-92186c5e2c8b', 'out', 'consultant', 'weni', 'wamid.DEMO000329', 'text', 'Oi! Ainda tem interesse em continuar? Estou à disposição.', 'read', now() - interval '3076 minutes'),
  ('7ee81906-c19a-5b10-a298-963728bb99c5', 'b0000000-0000-4000-8000-000000000002', 'bcf2cbe0-4fa2-58d3-bf9d-92fc5c9f3d57', '01c2d9dd-835d-5542-b4fb-92186c5e2c8b', 'in', 'lead', 'weni', 'wamid.DEMO000330', 'text', 'Por enquanto não, obrigado. Fechei com outra pessoa.', 'received', now() - interval '3039 minutes')
on conflict do nothing;

insert into public.lead_status_history (consultant_id, lead_id, from_status,
  to_status, changed_at)
select 'b0000000-0000-4000-8000-000000000002', '01c2d9dd-835d-5542-b4fb-92186c5e2c8b', 'novo', 'qualificado', now() - interval '3115 minutes'
 where not exists (select 1 from public.lead_status_history
                    where lead_id = '01c2d9dd-835d-5542-b4fb-92186c5e2c8b' and to_status = 'qualificado');

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('5b9bfaa8-5286-5c91-8944-f27472f85867', 'b0000000-0000-4000-8000-000000000002', '5521916789850', '+5521916789850', 'Elaine Damasceno', 'imoveis',
  'novo', null, '{}'::jsonb,
  null, 'bruno-lima', '{"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "imoveis-demo"}'::jsonb,
  null, now() - interval '27913 minutes', now() - interval '27913 minutes', now() - interval '27913 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('b369fd95-0fe0-5d93-86e6-788650b0415e', 'b0000000-0000-4000-8000-000000000002', '5b9bfaa8-5286-5c91-8944-f27472f85867', '7ccccd61-f298-54a1-975b-568c24986786',
  '2628c69b-af9e-5bd7-91f9-37c4d76cae75', 'bot_ativo',
  '{"etapa": "etapa_1", "variaveis": {}}'::jsonb,
  now() - interval '27913 minutes', null,
  null, now() - interval '27913 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('755c6245-26ec-5503-9f27-99f85af7458e', 'b0000000-0000-4000-8000-000000000002', 'b369fd95-0fe0-5d93-86e6-788650b0415e', '5b9bfaa8-5286-5c91-8944-f27472f85867', 'in', 'lead', 'weni', 'wamid.DEMO000331', 'text', 'Olá! Tenho interesse em apartamento para comprar.', 'received', now() - interval '27913 minutes')
on conflict do nothing;

insert into public.leads (id, consultant_id, wa_id, phone, name, vertical, status,
  score, answers, budget_cents, source_slug, utm, consent_at, last_message_at, created_at,
  status_changed_at)
values ('ecd146e3-9714-523b-9949-c395b298b1e1', 'b0000000-0000-4000-8000-000000000002', '5521922517517', '+5521922517517', 'Paulo Sérgio Moura', 'imoveis',
  'em_atendimento', 35, '{"consentimento_lgpd": true}'::jsonb,
  null, 'bruno-lima', '{"utm_source": "instagram", "utm_medium": "cpc", "utm_campaign": "imoveis-demo"}'::jsonb,
  now() - interval '23269 minutes', now() - interval '23240 minutes', now() - interval '23282 minutes', now() - interval '23240 minutes')
on conflict do nothing;
insert into public.conversations (id, consultant_id, lead_id, flow_id, channel_id,
  status, state, last_message_at, human_since, closed_at, created_at)
values ('2fd3b423-002f-5dec-9946-36045e0eb5c8', 'b0000000-0000-4000-8000-000000000002', 'ecd146e3-9714-523b-9949-c395b298b1e1', '7ccccd61-f298-54a1-975b-568c24986786',
  '2628c69b-af9e-5bd7-91f9-37c4d76cae75', 'aguardando_lead',
  '{"etapa": "etapa_5", "variaveis": {"consentimento_lgpd": true}}'::jsonb,
  now() - interval '23240 minutes', null,
  null, now() - interval '23282 minutes')
on conflict do nothing;
insert into public.messages (id, consultant_id, conversation_id, lead_id, direction,
  author, provider, provider_message_id, type, text, status, created_at)
values
  ('f38bf18e-2a7d-5607-8845-d76a81c45b94', 'b0000000-0000-4000-8000-000000000002', '2fd3b423-002f-5dec-9946-36045e0eb5c8', 'ecd146e3-9714-523b-9949-c395b298b1e1', 'in', 'lead', 'weni', 'wamid.DEMO000332', 'text', 'Olá! Tenho interesse em apartamento para comprar.', 'received', now() - interval '23282 minutes'),
  ('e187ee2d-d334-536f-bac8-65b2aef28181', 'b0000000-0000-4000-8000-000000000002', '2fd3b423-002f-5dec-9946-36045e0eb5c8', 'ecd146e3-9714-523b-9949-c395b298b1e1', 'out', 'bot', 'weni', 'wamid.DEMO000333', 'text', 'Olá! 👋 Sou a assistente virtual do Bruno Lima, corretor de imóveis. Posso fazer algumas perguntas para encontrar o imóvel certo? Seus dados ficam protegidos, conforme a LGPD.', 'read', now() - interval '23281 minutes'),
  ('288eb66d-328f-59b1-902b-e4fe3995b273', 'b0000000-0000-4000-8000-000000000002', '2fd3b423-002f-5dec-9946-36045e0eb5c8', 'ecd146e3-9714-523b-9949-c395b298b1e1', 'in', 'lead', 'weni', 'wamid.DEMO000334', 'text', 'Claro', 'received', now() - interval '23269 minutes'),
  ('cafd5b0f-d982-54ba-9c62-7d9da432354a', 'b0000000-0000-4000-8000-000000000002', '2fd3b423-002f-5dec-9946-36045e0eb5c8', 'ecd146e3-9714-523b-9949-c395b298b1e1', 'out', 'bot', 'weni', 'wamid.DEMO000335', 'text', 'Você procura imóvel para comprar ou alugar?', 'read', now() - interval '23268 minutes'),
  ('caa449a4-de8a-507d-9a93-9ab56055c6a1', 'b0000000-0000-4000-8000-000000000002', '2fd3b423-002f-5dec-9946-36045e0eb5c8', 'ecd146e3-9714-523b-9949-c395b298b1e1', 'in', 'lead', 'weni', 'wamid.DEMO000336', 'text', 'Comprar', 'received', now() - interval '23240 minutes')
on conflict do nothing;

-- Global feature flags (consultants may get per-account overrides).
insert into public.feature_flags (key, consultant_id, enabled, description)
values ('ai_replies', null, true, 'Respostas livres geradas por IA durante o fluxo.')
on conflict do nothing;
insert into public.feature_flags (key, consultant_id, enabled, description)
values ('email_notifications', null, true, 'E-mail ao consultor quando um lead é qualificado.')
on conflict do nothing;
insert into public.feature_flags (key, consultant_id, enabled, description)
values ('flow_editor', null, false, 'Editor visual de fluxos (arrastar e soltar).')
on conflict do nothing;
insert into public.feature_flags (key, consultant_id, enabled, description)
values ('calendar_booking', null, false, 'Agendamento pelo Google Agenda.')
on conflict do nothing;
insert into public.feature_flags (key, consultant_id, enabled, description)
values ('flow_editor', 'b0000000-0000-4000-8000-000000000002', true, 'Beta para o Bruno.')
on conflict do nothing;

