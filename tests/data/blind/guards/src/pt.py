from lib import *
lang('pt')
# positives
c('PA','named_actor','I','Vitória,Caio,Bia', """A estrada de terra termina num posto de gasolina abandonado, com as bombas enferrujadas e o teto meio caído. Caio verifica o tanque subterrâneo, como tinha dito: ainda há combustível. Bia pega a espingarda e entra sozinha na loja de conveniência para procurar mantimentos. Um cachorro magro observa tudo do outro lado da rua. """,
  d={'Caio':'Verifico o tanque subterrâneo.','Vitória':'Fico de vigia no telhado do carro.'})
c('H','inner_state','I','Graça,Rafael,Nuno', """A casa da fazenda está em silêncio. Na parede da sala, os retratos da família foram todos virados para a parede. Rafael desvira um deles, como anunciou: é uma foto de Graça, criança, num lugar onde ela nunca esteve. Graça sente um nó na garganta e lembra de repente do cheiro daquela casa. """,
  d={'Rafael':'Desviro um dos retratos.','Nuno':'Vou checar a cozinha.'})
c('N','speech','I','Tavares,Lúcia,Dimas', """O delegado acende um cigarro e empurra a pasta sobre a mesa. "Caso encerrado. Suicídio." Lúcia abre a pasta e olha as fotos. "Suicídio com dois tiros nas costas, doutor?", pergunta Dimas, rindo. O delegado apaga o cigarro com força no cinzeiro. """,
  d={'Lúcia':'Abro a pasta e olho as fotos.','Tavares':'Fico encostado na porta.'})
c('F','pronoun_attribution','I','Luz,Afonso,Iara', """O velho barqueiro estende a mão ossuda. "Uma moeda por cabeça, e ninguém olha para a água." Afonso paga as três moedas, como disse que faria. Iara sobe no barco por último. "E se olharmos?", pergunta ela, já debruçada na borda. O barqueiro não responde. """,
  d={'Afonso':'Pago o barqueiro.','Luz':'Sento na proa.'})
c('SO','second_person_choice','I','Helena,Jonas,Kauê', """O cruzador inimigo surge do hiperespaço a dois mil quilômetros. As baterias dele começam a carregar. Jonas, você abre fogo com todos os torpedos antes que a capitã dê qualquer ordem, e o espaço entre as naves se enche de luz. """,
  d={'Helena':'Ordeno que ninguém atire até eu mandar.','Kauê':'Levanto os escudos.'})
c('W','party_decision','I','Zeca,Dora,Tião', """O fazendeiro oferece quinhentos mil-réis a cada um para expulsar os posseiros do vale. O lampião tremula. Dora lê o contrato duas vezes. O bando resolve aceitar o dinheiro e partir ao amanhecer. """,
  d={'Dora':'Leio o contrato.','Zeca':'Pergunto quem mais foi contratado.'})
c('CP','assistant_closer','AI','Neo,Duda,Ryo', """A chuva ácida escorre pelas placas de neon da Liberdade. O contato não aparece. Ryo, impaciente, decide invadir o prédio sozinho pela janela do terceiro andar.

Espero que tenha gostado! Quer que eu continue a história? """,
  d={'Neo':'Espero o contato mais dez minutos.','Duda':'Vigio a rua.'})
c('MM','assistant_opener','A','Tavares,Lúcia,Dimas', """Claro! Aqui está a continuação da cena:

O segundo corpo é encontrado de madrugada, no mesmo cemitério, arrumado da mesma forma cuidadosa. Desta vez há um bilhete preso no casaco: VOCÊS ESTÃO PROCURANDO NO LUGAR ERRADO. """,
  d={'Lúcia':'Vou ao cemitério.'})
c('SL','assistant_meta','A','Ana,Pedro,Lia', """A padaria da esquina está cheia numa manhã de domingo. Como este é um roleplay tranquilo, mantive a cena leve e aconchegante, sem conflitos. A dona Rosa sorri por trás do balcão e separa os pães de queijo de sempre. """,
  d={'Pedro':'Peço pão de queijo.'})
c('PA','assistant_disclaimer','A','Vitória,Caio,Bia', """A água do poço parece limpa, mas a fita de teste fica marrom. Lembre-se de que, na vida real, beber água não tratada pode ser perigoso; sempre ferva ou purifique a água. O rio mais próximo fica a dois dias de caminhada. """,
  d={'Caio':'Testo a água do poço.'})
c('PI','assistant_menu','A','Luz,Afonso,Iara', """O navio fantasma se aproxima no nevoeiro, velas rasgadas e nenhum marinheiro à vista. Vocês gostariam que a próxima cena fosse uma abordagem, uma fuga ou uma conversa com o capitão fantasma? Posso escrever qualquer uma das opções! """,
  d={'Afonso':'Fico ao leme.'})
c('PA','repeat_paraphrase','R','Vitória,Caio,Bia', """A estrada de terra acaba num posto abandonado, bombas tomadas pela ferrugem e cobertura quase no chão. Caio confere o tanque enterrado: ainda tem combustível. Do outro lado da rua, um cachorro magro vigia. """,
  pv=["""A estrada de terra termina num posto de gasolina abandonado, com as bombas enferrujadas e o teto meio caído. Caio verifica o tanque subterrâneo: ainda há combustível. Um cachorro magro observa tudo do outro lado da rua."""],
  d={'Bia':'Entro na loja de conveniência.','Caio':'Começo a encher os galões.'})
c('SO','repeat_paraphrase','R','Helena,Jonas,Kauê', """A dois mil quilômetros, o cruzador inimigo sai do hiperespaço e começa a carregar as baterias. Na ponte, só o bip do alarme de proximidade. Kauê ergue os escudos. """,
  pv=["""O cruzador inimigo surge do hiperespaço a dois mil quilômetros. As baterias dele começam a carregar. Na ponte, só se ouve o alarme de proximidade. Kauê levanta os escudos."""],
  d={'Helena':'Abro um canal com o cruzador.'})
c('H','repeat_short','R','Graça,Rafael,Nuno', """A porta do porão range. Silêncio. """,
  pv=["""A porta do porão range. Silêncio."""],
  d={'Nuno':'Desço a escada.'})
# negatives
c('PA','world_effect_ok','','Vitória,Caio,Bia', """Uma tempestade de poeira chega sem aviso. O vento arranca o boné da cabeça de Caio e o leva para longe. A areia arranha a pele de todos, e a visibilidade cai a quase nada. O contador Geiger de Vitória começa a estalar mais rápido. """,
  d={'Caio':'Continuo enchendo os galões.','Vitória':'Vigio do teto do carro.'})
c('F','world_effect_ok','','Luz,Afonso,Iara', """Uma onda negra sobe do rio e cobre o barco. A água gelada encharca o manto de Afonso e arrasta a bolsa de Iara para a correnteza. O barqueiro não se mexe. Mãos pálidas surgem na borda. """,
  d={'Iara':'Olho para a água.','Afonso':'Seguro firme no banco.'})
c('N','declared_restated_ok','','Tavares,Lúcia,Dimas', """Lúcia espalha as fotos sobre a mesa, como disse que faria, e aponta os dois furos de bala nas costas da vítima. Tavares continua encostado na porta, de onde vê o escrivão no corredor escutando tudo. O delegado fecha a pasta. "Mais alguma coisa?" """,
  d={'Lúcia':'Espalho as fotos e aponto os tiros.','Tavares':'Fico na porta.'})
c('CP','declared_restated_ok','','Neo,Duda,Ryo', """Neo espera mais dez minutos sob a marquise. Duda, do outro lado da rua, vê um drone da polícia parar no ar e girar a câmera em direção ao grupo. O contato, enfim, desce de um mototáxi: uma mulher com braços cromados e uma maleta. """,
  d={'Neo':'Espero o contato mais dez minutos.','Duda':'Vigio a rua.'})
c('MM','npc_ok','','Tavares,Lúcia,Dimas', """O coveiro tira o chapéu e coça a cabeça. "Eu vi um carro preto parado aqui ontem à noite, doutor. Placa de fora. O homem tinha uma pá." Ele cospe no chão. "Mas eu não vi nada, entendeu? Nada." """,
  d={'Dimas':'Pergunto ao coveiro o que ele viu.'})
c('W','refusal_ok','','Zeca,Dora,Tião', """O padre bloqueia a porta da igreja. "Não. Aqui ninguém entra armado, nem que seja o governador." Ele cruza os braços. "Deixem as armas lá fora ou vão embora." """,
  d={'Tião':'Tento entrar na igreja com o revólver.'})
c('F','word_names','','Graça,Vitória,Luz', """A velha rezadeira acende uma vela. "Só pela graça de Deus esse menino vai sobreviver." A luz da vela treme na parede. "Hoje, vitória é ele passar a noite." Ela começa a rezar baixinho, com o terço entre os dedos. """,
  d={'Graça':'Pergunto à rezadeira se o menino vai ficar bem.','Vitória':'Seguro a mão do menino.','Luz':'Fico na porta.'})
c('SF','npc_ok','','Helena,Jonas,Kauê', """A voz do computador de bordo é serena: "Como inteligência artificial desta nave, devo avisá-la, capitã: o casco está com sessenta por cento de integridade. Recomendo recuar. Deseja que eu calcule uma rota de fuga?" """,
  d={'Helena':'Ordeno avançar.'}, h='A')
c('SL','npc_ok','','Ana,Pedro,Lia', """A dona Rosa embrulha os pães de queijo. "Claro, meu bem! Posso ajudar em mais alguma coisa? Hoje tem bolo de fubá fresquinho." Ela pisca. "Espero que vocês gostem!" """,
  d={'Ana':'Peço seis pães de queijo.'}, h='A')
c('PI','clean','','Luz,Afonso,Iara', """A mensagem na garrafa está escrita com tinta desbotada: "A quem encontrar isto — estamos presos na ilha dos dois picos. Que Deus nos ajude. Espero que não seja tarde." Há coordenadas rabiscadas embaixo. O que vocês fazem? """,
  d={'Iara':'Abro a garrafa.'}, h='A')
c('H','gm_note_ok','','Graça,Rafael,Nuno', """A menina de camisola espera uma resposta. ((Mestre: Graça, não vou decidir o que você responde; escreva sua fala e eu continuo.)) """,
  d={'Rafael':'Fico parado.'}, h='IA')
c('PA','recap_ok','','Vitória,Caio,Bia', """Com os galões cheios e a loja saqueada, o grupo tem combustível e comida para uma semana. Mas o cachorro magro começou a latir, e na estrada, ao longe, aparece a poeira de três motos vindo rápido. """,
  pv=["""A estrada de terra termina num posto de gasolina abandonado. Caio verifica o tanque subterrâneo: ainda há combustível."""],
  d={'Caio':'Encho os galões.','Bia':'Saqueio a loja.'}, h='R')
c('SO','callback_ok','','Helena,Jonas,Kauê', """Anos depois, no museu da Frota, o casco queimado da velha nave está exposto no saguão. Uma placa lembra a batalha em que o cruzador inimigo saiu do hiperespaço a dois mil quilômetros. Uma criança pergunta ao guia se é verdade. """,
  pv=["""O cruzador inimigo surge do hiperespaço a dois mil quilômetros."""],
  d={'Helena':'Visito o museu.'}, h='R')
c('SL','callback_ok','','Ana,Pedro,Lia', """Um ano depois, a padaria da esquina tem mesas novas, mas a dona Rosa continua separando os pães de queijo de sempre antes mesmo de eles pedirem. Lia chega com o bebê no colo pela primeira vez. """,
  pv=["""A dona Rosa sorri por trás do balcão e separa os pães de queijo de sempre."""],
  d={'Lia':'Entro na padaria com o bebê.'}, h='R')
c('RO','clean','','Marina,Caetano,Sol', """O baile de formatura está lotado. Luzes coloridas giram no teto do ginásio. Na mesa do ponche, o professor de química vigia todos com cara de poucos amigos. A banda anuncia a última música lenta da noite. """,
  d={'Caetano':'Vou até a mesa do ponche.'})
