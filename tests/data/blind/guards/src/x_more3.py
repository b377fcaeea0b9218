from lib import *
lang('en')
c('H','callback_ok','','Wren,Marcus,Tilly', """Three knocks at the door. Always three. But tonight the knocks come from the inside of the wardrobe, and when Marcus flings it open, there's nothing there but Tilly's old school coat, dripping wet, with a pocketful of lake-weed. Down in the yard, the dog has stopped barking. """,
  pv=["""Three knocks at the door. Always three. Marcus opens it: nobody, just wet footprints on the step.""","""Three knocks at the door, again, just after midnight. The porch light flickers."""],
  d={'Marcus':'I fling open the wardrobe.','Wren':'I stay by the window.'}, h='R')
c('PI','callback_ok','','Rackham,Nell,Quill', """"Dead men tell no tales," the bosun sings, as he always does when the wind drops — but tonight the words carry across the still water to the wreck off the starboard bow, and from the wreck, faintly, another voice sings the next line back. The hair on the cook's arms stands up. The wreck's lanterns are lit. """,
  pv=[""""Dead men tell no tales," the bosun sings as he coils the line. The wind is dropping.""","""The Serpent Straits narrow to a channel barely wider than the ship."""],
  d={'Quill':'I look at the wreck through the glass.','Nell':'I order silence on deck.'}, h='R')
c('N','clean','','Frankie,Dolores,Vic', """The Blue Lantern again, but it's daytime now, and the place looks smaller without the smoke and the music. Chairs are upended on the tables. The bartender's wife is behind the bar counting the till, and she doesn't look up when the door opens. "We're closed," she says. "Unless you're the ones who got my husband killed." """,
  pv=["""Rain hammers the awning of the Blue Lantern. Inside, the bartender polishes the same glass he's been polishing for an hour, eyes fixed on the door.""","""It's raining again. Tonight the Blue Lantern is dark, police tape across the window."""],
  d={'Vic':'I go back to the Blue Lantern in the morning.','Dolores':'I come with him.'}, h='R')
lang('ja')
c('H','callback_ok','','美咲,健太,リョウ', """また三回、ノックの音。いつも三回だ。だが今夜は、音が押し入れの中から聞こえる。健太が戸を開けると、そこにはびしょ濡れの古い制服が一着、掛かっているだけだった。ポケットには水草が詰まっている。 """,
  pv=["""ドアを三回ノックする音。開けても誰もいない。玄関には濡れた足跡だけが残っている。"""],
  d={'健太':'押し入れを開ける。','美咲':'窓のそばにいる。'}, h='R')
lang('de')
c('W','recap_ok','','Hannes,Rosi,Django', """Django hat dem Wirt gesagt, wen er sucht, und Rosi hat ihren Whiskey bekommen. In diesem Moment fliegen die Schwingtüren auf. Ein Mann mit einer Narbe quer über dem Gesicht tritt ein, sieht sich im Saloon um und bleibt an Djangos Rücken hängen. Der Pianist hört auf zu spielen. """,
  pv=["""„Und was treibt einen wie Sie nach Dry Creek, Fremder?“ Django antwortet, er suche den Mann, der seinen Bruder erschossen hat. Rosi bestellt einen Whiskey."""],
  d={'Django':'Ich trinke aus und warte.','Rosi':'Ich beobachte die Tür.'}, h='R')
lang('es')
c('PA','callback_ok','','Dolores,Fermín,Kai', """Otra vez la autopista muerta, otra vez los coches calcinados a ambos lados. Pero esta vez el convoy va en sentido contrario, hacia el sur, y en la caja del camión viajan doce niños del refugio de Zaragoza. En el kilómetro 40, alguien ha pintado en un puente: «GRACIAS». """,
  pv=["""El convoy avanza por la autopista muerta, entre coches calcinados. Las ruinas de Zaragoza se alzan en el horizonte."""],
  d={'Dolores':'Conduzco el camión de cabeza hacia el sur.','Kai':'Vigilo a los niños en la caja.'}, h='R')
lang('fr')
c('F','recap_ok','','Élise,Gaspard,Pierre', """Gaspard a franchi le passage avec sa torche et Pierre a refermé la grille derrière eux. Le couloir débouche sur une salle ronde dont le sol est une mosaïque : un dragon qui dévore sa propre queue. Au centre, posée sur un piédestal, une clé de fer. Et sur les murs, gravés dans la pierre, leurs trois noms. """,
  pv=["""Au fond de la crypte, un sarcophage est ouvert. Vide. Des traces de pas mènent vers un passage étroit."""],
  d={'Gaspard':'Je passe par le passage avec la torche.','Pierre':'Je referme la grille derrière nous.'}, h='R')
