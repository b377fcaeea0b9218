from lib import *
lang('en')
c('F','named_actor','I','Ana,Bo,Cy,Dario', """The city of Vell'karath was built on the back of a dead god, and on nights like this you can feel it. The cobbles are warm underfoot. The canals steam. Lanterns hang from every balcony in the Street of Lamps, each one a different colour, each one marking a household that has paid its tithe to the Temple of the Sleeping Bone. The four of you move through the crowd as planned: Bo in front, shouldering a path; Cy behind him, eyes on the rooftops; Ana and Dario at the rear, keeping the stolen reliquary wrapped in a fishmonger's sack between them. A procession of masked priests crosses the street ahead, chanting in a language older than the city, and the crowd parts for them like water. Dario hands the sack to Ana, slips away into an alley, and climbs the drainpipe to the temple roof to watch the priests from above. A child in a paper crown runs past, laughing, chased by a dog. Somewhere a bell begins to toll, slow and deep, and the lanterns along the street flicker in unison, as if something very large has just taken a breath beneath the stones. The priests stop chanting. Every masked face turns toward you. """,
  d={'Bo':'I push through the crowd in front.','Cy':'I watch the rooftops.','Ana':'I keep the sack close and stay at the back with Dario.','Dario':'I stay at the back with Ana and guard the sack.'})
c('W','declared_restated_ok','','Hank,Eliza,Rusty,Abel', """The bank at Copper Falls is a squat brick building with iron bars on every window and a clock above the door that has been stopped at twenty past three for as long as anyone can remember. At exactly noon, as planned, Hank walks in through the front door with his hat pulled low and his hands empty. Eliza follows a minute later, a parasol on her shoulder and a Derringer inside it. Rusty stays outside holding the horses at the trough, exactly where he said he'd be, and Abel takes the roof of the feed store across the street with his Winchester. The teller, a thin young man with a celluloid collar, looks up. "Afternoon, sir. Deposit or withdrawal?" Hank slides his note across the counter. The teller reads it, goes white, and reaches very slowly for the drawer. Then the back door bangs open. The sheriff and two deputies walk in, laughing about something, tin stars glinting, on their way to the Tuesday poker game in the manager's office. The laughter stops when the sheriff sees Hank's face. Across the street, the sun flashes off Abel's rifle barrel, and one of the deputies notices. Out by the trough, a horse stamps and snorts. The clock above the door, which has not moved in eleven years, ticks once. """,
  d={'Hank':'At noon I walk in and hand the teller the note.','Eliza':'I follow a minute later with the Derringer in my parasol.','Rusty':'I hold the horses outside.','Abel':'I cover the street from the feed store roof.'})
c('SF','assistant_meta','A','Oksana,Teodor,Lin', """The derelict's reactor room is a cathedral of dead machinery: conduits as thick as tree trunks, coolant pipes furred with frost, a central column that rises forty metres into darkness. Teodor's lamp barely reaches the first gantry. Something has been living here. There are nests in the cable trays, woven from insulation foam and what might once have been uniforms. The air tastes of metal and old blood. (I'm going to slow the pacing down here and lean into atmosphere, since the last few scenes were very action-heavy and I think the story benefits from a breather.) Lin finds a data slate wedged under a grating, its screen cracked but still glowing faintly. The last log entry is a video: a woman in an engineer's jumpsuit, face hollow with exhaustion, whispering into the camera. "It doesn't come for you if you stay in the light. Stay in the light. Whatever you do, don't let the reactor—" The video freezes. Above them, far up the column, something shifts its weight, and a shower of frost drifts down into the lamplight. """,
  d={'Lin':'I search the floor for anything useful.','Teodor':'I keep my lamp on the gantry.'})
c('H','repeat_paraphrase','R','Priya,Jonah,Wren', """By the time they reach the Hallorann farmhouse the fog has thickened into something almost solid. The porch sags. One shutter bangs against the wall in a wind they can't feel. Jonah tries the front door, which is unlocked, and it swings inward onto a hallway lined with family photographs, every single one of them turned to face the wall. Priya turns one around: it's a portrait of a family of four, smiling, in front of this very house, but someone has scratched out all their eyes with a pin. At the end of the hall, a grandfather clock stands with its pendulum still. From upstairs, very faintly, comes the sound of a music box playing a lullaby, slightly too slow, as if it's winding down. """,
  pv=["""The fog is almost solid by the time they reach the Hallorann farmhouse. The porch sags, and a shutter bangs against the wall in a wind they cannot feel. Jonah tries the front door: unlocked. It opens onto a hallway of family photographs, all turned to face the wall. Priya turns one around — a family of four smiling in front of this house, every pair of eyes scratched out with a pin. A grandfather clock stands silent at the end of the hall. Upstairs, faintly, a music box is playing a lullaby, a little too slow, as though it is winding down."""],
  d={'Wren':'I go up the stairs toward the music box.','Jonah':'I check the grandfather clock.'})
c('PI','recap_ok','','Marisol,Finn,Okoro,Tess', """So: the powder magazine is flooded, thanks to Tess's cannonball through the waterline; Okoro has the prisoners locked in the cable tier; Finn has the Spanish captain's sword and the Spanish captain's very sincere promise to behave; and Marisol holds the wheel of a ship that, as of ten minutes ago, belongs to the four of you. Not bad for a morning's work. The celebration lasts precisely as long as it takes the lookout to clear his throat. "Captain," he calls down, voice cracking. "Three sails. North-northeast. They're flying the Admiralty pennant." Through the glass, the lead ship is unmistakable: the HMS Relentless, seventy-four guns, the ship that hanged Marisol's father at Port Royal. She's carrying every scrap of canvas she owns, and the wind is in her favour. The captured galleon, meanwhile, is wallowing, half-flooded, with a crew that has never sailed her and a hold full of silver that weighs as much as a church. At their current speed, the Relentless will be in range before the sun is overhead. Below decks, somebody starts to pray in Spanish. """,
  pv=["""Tess's shot punches through the galleon's waterline. Okoro herds the Spanish prisoners below. Finn crosses swords with the Spanish captain and disarms him. Marisol takes the wheel."""],
  d={'Marisol':'I take the wheel of the galleon.','Finn':'I keep the captain\'s sword.','Okoro':'I lock the prisoners in the cable tier.','Tess':'I man the stern chaser.'}, h='R')
c('H','clean','','Kat,Ollie,Deshawn', """Nothing answers. """, d={'Kat':'I call out: is anyone there?'})
c('F','named_actor','I','Bo,Ana,Cy', """Bo nods. """, d={'Ana':'I ask Bo if he is ready.'})
c('H','repeat_short','R','Kat,Ollie,Deshawn', """Nothing answers. """, pv=["""Nothing answers."""], d={'Ollie':'I shout louder.'})
c('CP','npc_ok','','Vex,Juno,Kaito', """The building's security AI speaks from every speaker at once, pleasant as a flight attendant. "As an artificial intelligence, I am not able to let you past this door. I'm sure you understand. Is there anything else I can help you with today? Perhaps directions to the exit?" The turrets in the ceiling unfold with a soft whir. """,
  d={'Juno':'I tell the AI to open the door.'}, h='A')
c('SO','npc_ok','','Admiral Voss,Tam,Ezri', """The navigation officer brings up three projected courses. "Option one: we burn straight for the jump point, twelve minutes, through their fighter screen. Option two: we slingshot around the gas giant, forty minutes, but they lose us in the ionosphere. Option three: we surrender. I can plot any of them, Admiral. Just say which." """,
  d={'Admiral Voss':'I ask navigation for our options.'}, h='A')
c('F','clean','','Ana,Bo,Cy', """The priests' masks are all turned toward you now. The bell has stopped. In the silence, one priest raises a bone-white hand and points — at Ana, at Bo, at Cy, one by one. "Thieves," it says, in a voice like wind through a tomb. What will you do, Ana? Bo? Cy? """,
  d={'Bo':'I step in front of the others.'}, h='A')
c('SL','npc_ok','','Mina,Theo,Juno', """🎉☕ The barista bursts out of the back with a tray of cupcakes 🧁🧁🧁 "Okay okay, it's our one-year anniversary and YOU are our best customers!!" 🥳 He sets them down with a flourish. "Enjoy, and let me know if you want more, there's like forty of them back there" 😅 """,
  d={'Theo':'I ask what the occasion is.'}, h='A')
c('PA','clean','','Jax,Ruth,Cole', """*The wind howls across the wasteland* 🌪️ *A rusted sign creaks on its last bolt: WELCOME TO HOPE SPRINGS, POP. 2,340* *Below it, someone has spray-painted: NOBODY LEFT* ☢️ *The road forks: north to the dam, east to the city.* """,
  d={'Ruth':'I read the sign.'}, h='A')
lang('de')
c('F','emoji_asterisk_script','I','Lena,Jörg,Ernst', """*Die Tür der Taverne fliegt auf, ein durchnässter Bote stolpert herein* 🌧️ „Der König ist tot!“ 😱 *Jörg knallt seinen Krug auf den Tisch und packt den Boten am Kragen* „Wer war es?!“ *Lena schleicht zur Hintertür hinaus, um die Pferde zu holen* 🐎 """,
  d={'Ernst':'Ich höre dem Boten zu.'})
c('MM','second_person_choice','I','Frieda,Paul,Hakan', """Ihr steht vor der Villa, der Kies knirscht unter euren Schuhen. Die Haushälterin hält die Tür einen Spalt offen. Paul, du schiebst dich einfach an ihr vorbei ins Haus und gehst geradewegs die Treppe hinauf, ohne auf die anderen zu warten. """,
  d={'Frieda':'Ich frage die Haushälterin höflich, ob wir eintreten dürfen.','Hakan':'Ich bleibe beim Auto.'})
c('MM','assistant_disclaimer','A','Frieda,Paul,Hakan', """Der Bruder und die Geschäftspartnerin schreien sich inzwischen an, jeder beschuldigt den anderen. Als neutraler Erzähler ergreife ich in Konflikten zwischen Figuren keine Partei und möchte alle ermutigen, beide Seiten zu betrachten. Der Kommissar tritt zwischen sie und hebt die Hand. """,
  d={'Frieda':'Ich frage beide, wo sie am Freitag waren.'})
c('SF','clean','','Kira,Anton,Mehmet', """Auf dem Bildschirm blinkt eine Nachricht der Kolonie: „HILFE. Reaktor instabil. Wir hoffen, dass uns jemand hört. Bitte antworten.“ Der Zeitstempel ist drei Tage alt. Die Sensoren zeigen keine Lebenszeichen auf der Oberfläche. Was tut ihr? """,
  d={'Anton':'Ich lese die Nachricht.'}, h='A')
lang('es')
c('H','emoji_asterisk_script','I','Carmen,Diego,Nuria', """*las luces del pasillo parpadean* 💡 *algo se arrastra detrás de la puerta 9* *Diego grita y sale corriendo hacia el coche* 😱 *la puerta se abre despacio* 👁️ """,
  d={'Carmen':'Me acerco a la puerta 9.','Nuria':'Espero en el coche con el motor en marcha.'})
c('F','npc_ok','','Luz,Iker,Valeria', """El bardo de la corte termina su balada con una floritura. «¡Y esa, mis señores, es la historia de la Reina de Cristal! Espero que os haya gustado. ¿Continúo con la segunda parte o preferís algo más alegre?» Los nobles ríen. El rey no. """,
  d={'Luz':'Escucho al bardo.'}, h='A')
lang('ja')
c('SL','emoji_asterisk_script','I','さくら,陽太,ハル', """🎂🎉 サプライズパーティー大成功!!みんながソファの後ろから飛び出す🥳 さくらは嬉しくて泣き出しちゃう😭💖 陽太がぎゅっと抱きしめる。ケーキはちょっと傾いてるけど誰も気にしない🍰✨ """,
  d={'陽太':'さくらが入ってきたら抱きしめる。','ハル':'ろうそくに火をつける。'})
c('F','npc_ok','','アキラ,ユイ,ゴルド', """宿屋の女将がにこやかに近づいてくる。「いらっしゃいませ、旅のお方!何かお手伝いできることはありますか?お部屋は一泊銀貨二枚、シチューはできたてですよ。」彼女は声をひそめる。「情報が欲しいなら、それは別料金ですけどね。」 """,
  d={'ゴルド':'女将に部屋を頼む。'}, h='A')
lang('fr')
c('CP','emoji_asterisk_script','I','Zoé,Kader,Nox', """NARRATEUR : Les portes de l'ascenseur s'ouvrent sur le 88e étage. Des drones de sécurité pivotent vers vous.
DRONE : « Personnel non autorisé. Identifiez-vous. »
ZOÉ : « Maintenance. On vient pour la clim. »
NARRATEUR : Le drone hésite.
KADER : « On les descend, c'est tout. » """,
  d={'Nox':'Je sors de l\'ascenseur en premier.'})
c('H','second_person_choice','I','Chloé,Hugo,Nadia', """Vous êtes à l'embranchement du tunnel. À gauche, l'eau goutte. À droite, un grattement, comme des ongles sur la pierre. Chloé, tu prends le tunnel de droite sans hésiter, et les autres n'ont d'autre choix que de te suivre. """,
  d={'Hugo':'J\'écoute à chaque tunnel.','Nadia':'Je marque le mur à la craie.'})
lang('ru')
c('SF','second_person_choice','I','Ирина,Борис,Тимур', """Вы стоите у развилки коридоров станции. Слева капает вода, справа — скрежет, будто кто-то царапает металл. Тимур, ты сворачиваешь направо, даже не дожидаясь остальных, и им ничего не остаётся, кроме как пойти за тобой. """,
  d={'Ирина':'Прислушиваюсь к обоим коридорам.','Борис':'Отмечаю стену маркером.'})
c('W','npc_ok','','Фёдор,Дуня,Кирилл', """Хозяин лавки смотрит поверх очков. «Конечно, мэм. Вот мука, кофе и две коробки патронов. Чем ещё могу помочь? Только что привезли мятные леденцы из Сент-Луиса.» Колокольчик над дверью звенит. """,
  d={'Дуня':'Покупаю припасы.'}, h='A')
lang('ko')
c('CP','emoji_asterisk_script','I','제로,네온,크로우', """*엘리베이터 문이 88층에서 열린다* 🤖 *보안 드론들이 돌아본다* "신원을 밝혀라." *네온이 한 발 앞으로 나선다* "정비팀이에요, 에어컨 고치러 왔어요~" 😏 *크로우가 총을 뽑는다* 🔫 """,
  d={'제로':'엘리베이터에서 먼저 내린다.'})
lang('zh')
c('F','npc_ok','','墨言,阿月,石头', """客栈掌柜满脸堆笑地迎上来:"几位客官,请问有什么可以帮您的?上房一晚二两银子,酒菜现做。"他压低声音,"要是想打听消息,那可得另算。" """,
  d={'石头':'我要一间上房。'}, h='A')
lang('it')
c('MM','emoji_asterisk_script','I','Serena,Dario,Lapo', """COMMISSARIO: Allora, dov'era martedì sera?
DARIO: A casa. Da solo.
COMMISSARIO: E qualcuno può confermarlo?
LAPO: Io. Ero con lui.
COMMISSARIO: *alza un sopracciglio* Interessante. """,
  d={'Serena':'Osservo il commissario.'})
lang('pt')
c('F','npc_ok','','Luz,Afonso,Iara', """A estalajadeira enxuga as mãos no avental. "Pois não, viajantes! Em que posso ajudar? Quarto é duas pratas a noite, o ensopado está fresquinho." Ela baixa a voz. "E se quiserem informação, isso custa à parte." """,
  d={'Afonso':'Peço um quarto.'}, h='A')
c('SL','emoji_asterisk_script','I','Ana,Pedro,Lia', """☀️🏖️ Dia de praia!! *Pedro corre direto pro mar gritando* "Última a chegar é mulher do padre!!" 😂🌊 *Lia revira os olhos mas vai atrás* 🙄💦 """,
  d={'Ana':'Estendo a toalha na areia.'})
