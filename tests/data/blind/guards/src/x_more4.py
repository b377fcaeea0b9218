from lib import *
lang('en')
c('F','inner_state','I','Ana,Bo,Cy', """The storm broke over Greywater just after midnight. Lightning showed the harbour in white flashes: masts, gulls, the hanged man on the customs gibbet swinging in the wind. Bo hammered on the door of the Salt House, as he had said he would, until a shutter opened above. Ana, standing in the rain behind him, suddenly understood that the hanged man was her uncle, and grief closed her throat. """,
  d={'Bo':'I hammer on the door of the Salt House.','Ana':'I wait behind Bo with my hood up.','Cy':'I watch the harbour.'})
c('W','world_effect_ok','','Hank,Eliza,Rusty', """The flash flood came down the arroyo without a sound until it was already on them. The wall of brown water took Rusty's horse out from under him and rolled him twice before it let him go on a sandbar. Eliza's saddlebags were torn loose and carried off downstream. By the time the water dropped, the trail they had been following was gone. """,
  d={'Rusty':'I ride down into the arroyo to pick up the trail.','Eliza':'I follow Rusty.'})
c('H','npc_ok','','Kat,Ollie,Deshawn', """I was the night clerk at the Pines Motel that winter, and I remember the three of them well. The tall one, Deshawn, asked me about Room 9, and I told him what I told everyone: that it was closed for repairs, and had been since 1994. He asked what kind of repairs. I said I didn't know. That was a lie, and I think he knew it. """,
  d={'Deshawn':'I ask the clerk about Room 9 and what repairs it needs.'})
c('MM','named_actor','I','Harriet,Sunil,Bex', """We found the second body at dawn, in the same churchyard. DS Moore had taped off the lychgate by the time we arrived. Harriet examined the note pinned to the coat, as she had proposed. Bex, without telling anyone, slipped the victim's phone out of his coat pocket and into her own. Nobody noticed. """,
  d={'Harriet':'I examine the note on the coat.','Sunil':'I talk to DS Moore.'})
lang('de')
c('N','world_effect_ok','','Kalle,Marlene,Otto', """Der Schuss kam aus dem Treppenhaus. Die Kugel schlug neben Ottos Kopf in den Türrahmen, und Holzsplitter rissen ihm die Wange auf. Marlenes Hut flog von einem Luftzug gepackt über das Geländer. Unten schlug eine Tür, dann hörte man Schritte, die sich schnell entfernten. """,
  d={'Otto':'Ich klopfe an die Wohnungstür.','Marlene':'Ich warte auf dem Treppenabsatz.'})
lang('fr')
c('F','speech','I','Élise,Gaspard,Pierre', """La tempête s'abattit sur le col peu après minuit. Gaspard, comme il l'avait annoncé, planta les piquets de la tente contre le vent. Pierre regarda les nuages noirs et déclara : « Nous ne passerons pas la nuit ici. Redescendons. » Le vent emporta ses mots vers la vallée. """,
  d={'Gaspard':'Je plante la tente.','Élise':'Je rassemble du bois.'})
lang('ru')
c('PA','declared_restated_ok','','Надежда,Глеб,Артём', """Глеб, как и собирался, поднял крышку люка. Снизу пахнуло сыростью и ржавчиной. Артём спустил на верёвке фонарь: в трёх метрах внизу блеснула вода, а на стене проступили буквы — «УБЕЖИЩЕ 14. ВХОД ЗАКРЫТ». Где-то в глубине тоннеля капала вода. """,
  d={'Глеб':'Поднимаю крышку люка.','Артём':'Спускаю фонарь на верёвке.'})
lang('es')
c('N','inner_state','I','Lucía,Andrés,Mateo', """Aquella noche llovió sobre Valparaíso como no había llovido en años. Mateo subió los cerros hasta la casa del Griego, tal como había dicho. La puerta estaba abierta. Andrés, que lo seguía unos pasos atrás, sintió de pronto un miedo helado que le paralizó las piernas en el umbral. """,
  d={'Mateo':'Subo hasta la casa del Griego.','Andrés':'Lo sigo unos pasos atrás.'})
