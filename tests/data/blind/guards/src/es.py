from lib import *
lang('es')
# positives
c('W','named_actor','I','Esperanza,Tomás,Ruiz', """El sol cae a plomo sobre el pueblo fantasma. Una puerta de la cantina golpea con el viento, una y otra vez. Tomás desmonta y revisa las huellas frente al pozo, tal como dijo. Esperanza desenfunda su revólver y dispara al aire para ver quién sale. Los cuervos levantan el vuelo desde el campanario. """,
  d={'Tomás':'Desmonto y reviso las huellas junto al pozo.','Ruiz':'Me quedo con los caballos.'})
c('N','inner_state','I','Lucía,Andrés,Mateo', """La lluvia golpea los cristales de la oficina. El cliente deja un sobre grueso sobre el escritorio y se marcha sin decir su nombre. Dentro hay fotografías: Lucía en un café, Lucía saliendo de su casa, Lucía dormida. Un escalofrío de terror le recorre la espalda a Lucía y siente que le falta el aire. """,
  d={'Andrés':'Abro el sobre.','Mateo':'Sigo al cliente escaleras abajo.'})
c('F','speech','I','Luz,Iker,Valeria', """El puente de cuerdas cruje sobre el abismo. Al otro lado, el troll se rasca la barriga y sonríe con dientes de piedra. «Nadie cruza sin pagar el peaje.» Iker da un paso al frente, como anunció. «Te pagaremos con acero», grita Valeria, desenvainando la espada. El troll deja de sonreír. """,
  d={'Iker':'Doy un paso al frente y le pregunto cuánto cuesta el peaje.','Luz':'Preparo un hechizo de luz.'})
c('H','pronoun_attribution','I','Carmen,Diego,Nuria', """La niña del pasillo lleva un camisón blanco y un osito sin ojos. «¿Queréis jugar conmigo?», pregunta. Carmen se agacha para mirarla a la cara. «Claro, cariño», responde ella con una sonrisa forzada. «¿A qué quieres jugar?» Las luces de la casa se apagan todas a la vez. """,
  d={'Diego':'Retrocedo hacia la puerta.','Nuria':'Saco el móvil y grabo a la niña.'})
c('PI','second_person_choice','I','Rosa,Bartolo,Inés', """Tenéis el galeón español a tiro, con las bodegas llenas de plata de Potosí. El viento está a vuestro favor. Bartolo, tú ordenas izar la bandera negra y lanzarse al abordaje sin esperar a que el resto de la tripulación opine. Los cañones enemigos asoman por las troneras. """,
  d={'Rosa':'Propongo seguirlos de noche y atacar al amanecer.','Inés':'Subo a la cofa con el catalejo.'})
c('MM','unattributed_reply','I','Paz,Álvaro,Sofía', """El inspector Garrido cierra la puerta de la sala de interrogatorios y se sienta frente a Álvaro. «¿Dónde estaba usted el martes por la noche, señor Molina?» «En casa. Viendo el fútbol.» Garrido sonríe sin alegría. «El partido se suspendió por lluvia, señor Molina.» Sofía, tras el espejo, toma nota. """,
  d={'Sofía':'Observo desde detrás del espejo.','Paz':'Reviso las cámaras del edificio.'})
c('PA','assistant_closer','AI','Dolores,Fermín,Kai', """El convoy avanza por la autopista muerta, entre coches calcinados. Fermín decide en ese momento desviarse hacia la ciudad para buscar medicinas, aunque nadie se lo ha pedido. Las ruinas de Zaragoza se alzan en el horizonte.

¡Espero que te guste! Avísame si quieres que continúe la historia. """,
  d={'Dolores':'Conduzco el camión de cabeza.','Kai':'Vigilo con los prismáticos.'})
c('F','assistant_opener','A','Luz,Iker,Valeria', """¡Claro! Aquí tienes la continuación de la historia:

El troll ruge y levanta su maza. El puente se balancea peligrosamente. Bajo vuestros pies, a cien metros, el río brilla como un hilo de plata. ¿Qué hacéis? """,
  d={'Valeria':'Ataco al troll con la espada.'})
c('SF','assistant_meta','A','Elena,Marco,Yago', """La estación orbital gira lentamente sobre Marte. He mantenido esta parte del rol breve para que podáis decidir vosotros el siguiente paso. En el muelle de atraque, un técnico con el mono manchado de grasa os hace señas. """,
  d={'Marco':'Atraco la nave en el muelle tres.'})
c('CP','assistant_disclaimer','A','Neón,Chispa,Rafa', """El camello del callejón abre la gabardina: inhaladores de sinapsina, parches de euforia, chips de recuerdos ajenos. «El primero es gratis, chombas.»

(Recuerda que en la vida real el consumo de drogas es peligroso. Si tú o alguien que conoces necesita ayuda, busca apoyo profesional.) """,
  d={'Rafa':'Le pregunto qué vende.'})
c('SO','assistant_menu','A','Elena,Marco,Yago', """La flota enemiga sale del hiperespacio, doce cruceros en formación de cuña. La almirante Vega espera vuestras órdenes.

Puedo continuar de varias formas: 1) batalla espacial a gran escala, 2) negociación tensa por radio, 3) huida desesperada. ¿Cuál prefieres que escriba? """,
  d={'Yago':'Levanto los escudos.'})
c('W','repeat_paraphrase','R','Esperanza,Tomás,Ruiz', """Sobre el pueblo fantasma el sol pega sin piedad. La puerta de la cantina bate con el viento una vez y otra. Tomás baja del caballo y examina las huellas que hay junto al pozo. """,
  pv=["""El sol cae a plomo sobre el pueblo fantasma. Una puerta de la cantina golpea con el viento, una y otra vez. Tomás desmonta y revisa las huellas frente al pozo."""],
  d={'Tomás':'Sigo las huellas.','Esperanza':'Entro en la cantina.'})
c('N','repeat_paraphrase','R','Lucía,Andrés,Mateo', """Llueve contra los cristales de la oficina. Un cliente sin nombre deja sobre la mesa un sobre abultado y se va. Dentro: fotos de Lucía, en un café, saliendo de casa, dormida. """,
  pv=["""La lluvia golpea los cristales de la oficina. El cliente deja un sobre grueso sobre el escritorio y se marcha sin decir su nombre. Dentro hay fotografías: Lucía en un café, Lucía saliendo de su casa, Lucía dormida."""],
  d={'Mateo':'Bajo corriendo a por el cliente.','Andrés':'Miro el matasellos del sobre.'})
c('SL','repeat_short','R','Marta,Dani,Paz', """La abuela deja la paella en el centro de la mesa. «¡A comer!» """,
  pv=["""La abuela deja la paella en el centro de la mesa. «¡A comer!»"""],
  d={'Dani':'Sirvo el vino.'})
# negatives
c('W','world_effect_ok','','Esperanza,Tomás,Ruiz', """Un disparo desde el campanario levanta el polvo a un palmo de los pies de Ruiz. El caballo de Tomás se encabrita y lo arroja al suelo, donde rueda hasta el abrevadero. El viento arrastra una nube de arena que ciega a todos durante un instante. Un segundo disparo rompe el cristal de la cantina. """,
  d={'Ruiz':'Me quedo con los caballos.','Tomás':'Sigo revisando las huellas.'})
c('H','world_effect_ok','','Carmen,Diego,Nuria', """Algo frío y húmedo cae del techo y empapa el hombro de Nuria. Huele a óxido. El suelo del pasillo cruje y una tabla cede bajo el pie de Diego, que se hunde hasta la rodilla en el hueco. Al fondo, la niña del osito ha desaparecido. """,
  d={'Diego':'Retrocedo hacia la puerta.','Nuria':'Sigo grabando.'})
c('F','declared_restated_ok','','Luz,Iker,Valeria', """Valeria carga contra el troll y su espada le abre un tajo en el antebrazo. La bestia aúlla. El hechizo de Luz estalla un instante después, un destello blanco que ciega al troll y lo hace tambalearse hacia el borde del puente. Las cuerdas chirrían. """,
  d={'Valeria':'Ataco al troll con la espada.','Luz':'Lanzo un hechizo de luz a sus ojos.'})
c('MM','declared_restated_ok','','Paz,Álvaro,Sofía', """Paz revisa las grabaciones de las cámaras del edificio, como dijo. En la del portal, a las 23:14 del martes, aparece una figura con capucha que no es Álvaro. Sofía, detrás del espejo, sigue anotando cada gesto de Garrido. El inspector se levanta y sale de la sala. """,
  d={'Paz':'Reviso las cámaras del edificio.','Sofía':'Observo desde detrás del espejo.'})
c('PI','npc_ok','','Rosa,Bartolo,Inés', """El capitán Morgado escupe por la borda. «¿Abordar un galeón de cuarenta cañones a plena luz? Eso es de locos.» Se rasca la barba. «Esperaremos a la noche. Y el primero que dispare sin mi orden, al agua con los tiburones.» La tripulación murmura. """,
  d={'Bartolo':'Propongo abordar ya.','Rosa':'Propongo atacar de noche.'})
c('CP','refusal_ok','','Neón,Chispa,Rafa', """La matasanos ni mira el dinero. «No instalo implantes militares a críos que vienen de la calle. Sin licencia, no hay Sandevistan.» Se quita los guantes. «El siguiente.» """,
  d={'Chispa':'Le ofrezco el doble por un Sandevistan.'})
c('F','word_names','','Esperanza,Luz,Paz', """La vieja curandera sacude la cabeza junto al lecho del niño. «Ya no queda esperanza. La fiebre se lo ha llevado todo.» Apaga la vela y la luz se retira del cuarto. «Dejadle descansar en paz.» Afuera, las campanas de la ermita doblan a muerto. """,
  d={'Esperanza':'Le pregunto a la curandera si hay cura.','Luz':'Me quedo junto a la puerta.','Paz':'Rezo en silencio.'})
c('SF','npc_ok','','Elena,Marco,Yago', """La voz de la nave suena tranquila: «Como inteligencia artificial de esta nave, debo advertirle, capitán: la integridad del casco es del sesenta por ciento. Le recomiendo no continuar.» Las luces parpadean en rojo. «¿Desea que calcule una ruta de escape?» """,
  d={'Marco':'Ordeno seguir adelante.'}, h='A')
c('N','npc_ok','','Lucía,Andrés,Mateo', """El recepcionista del hotel sonríe de oreja a oreja. «¡Por supuesto, señorita! ¿En qué puedo ayudarla? La habitación 312 se reservó a nombre de un tal J. Pérez, pagó en efectivo. ¿Necesita algo más?» Desliza un sobre cerrado por el mostrador. """,
  d={'Lucía':'Pregunto quién reservó la habitación 312.'}, h='A')
c('PA','clean','','Dolores,Fermín,Kai', """En la puerta del búnker alguien ha pintado con spray: «AYUDA. SOMOS 4. ESPERAMOS QUE ALGUIEN LEA ESTO.» La fecha tiene ocho meses. La puerta está soldada por dentro. ¿Qué hacéis? """,
  d={'Kai':'Leo el cartel.'}, h='A')
c('H','gm_note_ok','','Carmen,Diego,Nuria', """La niña ladea la cabeza y espera una respuesta. ((DJ: Carmen, no voy a decidir lo que contestas; escribe tu respuesta y la niña reaccionará en el siguiente turno.)) """,
  d={'Diego':'Me quedo quieto.'}, h='IA')
c('SL','clean','','Marta,Dani,Paz', """La pizarra del bar tiene un mensaje nuevo: «¡Coge un libro, deja un libro! Esperamos que tengáis un día precioso ☀️». Debajo alguien ha dibujado un gato. La estantería junto a la ventana está medio llena de novelas viejas. """,
  d={'Marta':'Miro la estantería.'}, h='A')
c('W','recap_ok','','Esperanza,Tomás,Ruiz', """Las huellas que siguió Tomás terminan en el cementerio, junto a una tumba recién abierta. En la cantina, Esperanza encuentra al cantinero muerto detrás de la barra; lleva así tres días. Y entonces, desde la tumba vacía, alguien os saluda con la mano. """,
  pv=["""Tomás desmonta y revisa las huellas frente al pozo."""],
  d={'Tomás':'Sigo las huellas.','Esperanza':'Entro en la cantina.'}, h='R')
c('N','callback_ok','','Lucía,Andrés,Mateo', """Un mes después, otro sobre aparece bajo la puerta. Igual de grueso que el primero. Esta vez las fotografías no son de Lucía: son del cliente sin nombre, en el depósito de cadáveres. """,
  pv=["""El cliente deja un sobre grueso sobre el escritorio y se marcha sin decir su nombre. Dentro hay fotografías de Lucía."""],
  d={'Andrés':'Abro el sobre.'}, h='R')
c('SL','callback_ok','','Marta,Dani,Paz', """Es el último domingo de agosto y la abuela ha vuelto a hacer paella, como cada año. Esta vez la mesa es más larga: han venido los primos de Valencia. El perro espera bajo la mesa con paciencia infinita. """,
  pv=["""La abuela deja la paella en el centro de la mesa. «¡A comer!»"""],
  d={'Paz':'Ayudo a poner la mesa.'}, h='R')
c('WX','clean','','Mei,Jun,Álex', """La casa de té se alza en la curva del río. El dueño sirve tres tazas de té verde y se retira tras la cortina de cuentas. Por el camino del norte se acercan jinetes con abanicos de hierro colgados a la espalda. """,
  d={'Álex':'Pido té.'})
c('SO','world_effect_ok','','Elena,Marco,Yago', """Un impacto sacude el puente. La gravedad artificial falla un segundo y lanza a Yago contra la consola de navegación. Chispas por todas partes. El crucero enemigo vira para una segunda pasada. """,
  d={'Yago':'Disparo los torpedos.'})
