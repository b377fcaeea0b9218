# -*- coding: utf-8 -*-
"""Hand-written blind set dev5b. Each case is written by hand; this file only
holds them as literal data, validates them and writes dev5b.jsonl."""
import json, re, sys, collections

NAME = "dev5b"
CASES = []

def C(lang, genre, note, labels, players, declared, text, previous=None):
    lab = []
    if "I" in labels: lab.append("impersonation")
    if "A" in labels: lab.append("assistant_voice")
    if "R" in labels: lab.append("repetition")
    CASES.append(dict(text=text.strip(), players=players, previous=previous or [],
                      declared_actions=declared, labels=lab, language=lang,
                      genre=genre, note=note))

# ---------------------------------------------------------------- German
C("de", "fantasy", "different_act", "I", ["Lene", "Jorik", "Matthis"],
  {"Lene": "Ich durchsuche den Schreibtisch des Vogts nach Hinweisen.",
   "Jorik": "Ich stehe an der Treppe Schmiere."},
  """Die Kammer des Vogts riecht nach kaltem Wachs. Lene zieht eine Schublade nach der anderen auf: Siegellack, ein abgegriffenes Gebetbuch, Rechnungen über Getreide, das nie im Dorf angekommen ist. Ganz hinten klemmt ein gefalteter Brief mit gebrochenem Siegel. Lene steckt ihn ohne ein Wort in ihr Wams, löscht die Kerze mit zwei Fingern und schleicht zur Tür hinaus, noch bevor Jorik an der Treppe etwas merkt. Unten schlägt die Turmuhr elf. Irgendwo im Hof bellt ein Hund, dann ist es wieder still.""")

C("de", "noir", "pronoun_attribution", "I", ["Anni", "Kessler"],
  {"Anni": "Ich zeige dem Barkeeper das Foto von der vermissten Sängerin.",
   "Kessler": "Ich setze mich in die Ecke und beobachte die Tür."},
  """Das »Blaue Eck« ist um diese Zeit halb leer; Zigarettenrauch hängt unter der Decke wie nasse Wäsche. Anni legt das Foto auf den Tresen und schiebt es dem Barkeeper hin. Der Mann poliert weiter sein Glas, ohne hinzusehen. Sie greift über den Tresen, hält sein Handgelenk fest und sagt leise: »Sieh hin, Emil. Oder ich komme morgen mit der Sitte wieder.« In der Ecke knarrt Kesslers Stuhl, die Tür bleibt zu. Draußen fährt eine Straßenbahn vorbei und lässt die Flaschen im Regal klirren.""")

C("de", "science fiction", "reported_speech", "I", ["Tamo", "Yara"],
  {"Tamo": "Ich frage die Stationsärztin, wie lange die Medikamente noch reichen.",
   "Yara": "Ich überprüfe die Dichtungen an der Luftschleuse."},
  """Auf der Krankenstation von Kepler-Ring flackern die Deckenpaneele. Tamo fragt Dr. Ilsabe Renner nach den Vorräten, und die Ärztin tippt müde auf ein halbleeres Regal. »Zwei Wochen, wenn niemand mehr krank wird. Eine, wenn doch.« Aus dem Korridor kommt Yara zurück, die Hände noch schwarz vom Dichtungsfett, und erklärt der Ärztin, die Crew werde die Station spätestens morgen früh räumen und die Patienten mitnehmen. Renner starrt sie an. Irgendwo hinter der Wand zischt eine Leitung, dann ertönt der Drei-Ton-Alarm für Druckabfall in Sektor C.""")

C("de", "horror", "body_reaction", "I", ["Frieda", "Holger", "Sami"],
  {"Frieda": "Ich öffne die Kellertür und leuchte mit der Taschenlampe hinein.",
   "Holger": "Ich bleibe oben und halte die Haustür im Blick."},
  """Die Kellertür klemmt und gibt dann mit einem feuchten Schmatzen nach. Der Lichtkegel von Friedas Taschenlampe fällt auf Stufen, die mit Salz bestreut sind, eine dicke weiße Linie auf jeder einzelnen. Ganz unten, zwischen Einmachgläsern, steht ein Kinderstuhl, und darauf liegt ein Hochzeitsfoto mit ausgekratzten Gesichtern. Ein süßlicher Geruch steigt herauf. Frieda weicht einen Schritt zurück, schnappt nach Luft und presst sich den Handrücken vor den Mund, bis ihr die Augen tränen. Oben im Flur tickt die Standuhr. Holger steht an der Haustür; draußen ist die Straße leer.""")

C("de", "post-apocalyptic", "party_decision", "IA", ["Mo", "Greta", "Linus"],
  {"Mo": "Ich frage den Bauern, ob er Benzin gegen Konserven tauscht.",
   "Greta": "Ich sehe mich in der Scheune um.",
   "Linus": "Ich flicke den Reifen vom Pick-up."},
  """Der Bauer kratzt sich am Bart und mustert Mos Konserven. »Zehn Liter. Mehr hab ich nicht, und die sind schon zu viel.« In der Scheune findet Greta nur Heuballen, eine verrostete Egge und Stiefelabdrücke, die nicht zu den Gummistiefeln des Bauern passen. Linus bekommt den Flicken auf den Reifen, und der Pick-up steht wieder gerade. Weil der Himmel im Westen schon violett wird und die Straße nach Süden als unsicher gilt, beschließt die Gruppe, die Nacht in der Scheune zu verbringen und erst im Morgengrauen aufzubrechen. Der Bauer zuckt mit den Schultern und bringt eine Decke.

Ich hoffe, das passt so für euch! Wenn ihr möchtet, beschreibe ich die Nacht in der Scheune im nächsten Beitrag ausführlicher.""")

C("de", "cozy slice of life", "speech", "I", ["Paula", "Henrik"],
  {"Paula": "Ich bestelle zwei Zimtschnecken und setze mich ans Fenster.",
   "Henrik": "Ich helfe der Bäckerin, die Mehlsäcke reinzutragen."},
  """Die kleine Bäckerei am Kanal duftet nach Kardamom und nassen Wollmänteln. Frau Oltmanns legt zwei Zimtschnecken auf einen gesprungenen Teller, und Paula setzt sich ans Fenster, wo der Regen in Schlieren über das Glas läuft. Henrik wuchtet den ersten Mehlsack durch die Hintertür; Frau Oltmanns klopft ihm anerkennend auf den Arm. Paula ruft quer durch den Laden: »Henrik, lass das, du ruinierst dir den Rücken! Komm lieber essen, bevor ich deine auch noch aufesse.«""")

C("de", "space opera", "assistant_meta", "A", ["Kael", "Nuri", "Brandt"],
  {"Kael": "Ich lege den Kurs auf den Tarsis-Nebel.",
   "Nuri": "Ich scanne nach feindlichen Schiffen."},
  """In diesem Kapitel möchte ich die Spannung langsamer aufbauen, deshalb halte ich die Beschreibung bewusst knapp. Kael gibt die Koordinaten ein, und die »Halcyon« schwenkt träge auf den Tarsis-Nebel ein, ein rostrotes Leuchten, das das halbe Sichtfenster füllt. Nuris Scanner piepst dreimal: zwei Frachter und ein unbekanntes Signal, das immer wieder verschwindet. Die Funkanlage rauscht. Im Maschinenraum flucht Chefingenieurin Obi über einen Kühlkreislauf, der schon wieder Druck verliert.""")

C("de", "dungeon crawl", "repeat_paraphrase", "IR", ["Wendel", "Ilka"],
  {"Wendel": "Ich lausche an der Tür.", "Ilka": "Ich untersuche die Runen."},
  """Am Ende des Gangs steht die schwarze Eisentür, überzogen mit schwach grün leuchtenden Runen. Ein kühler, modriger Hauch dringt durch das Schlüsselloch. Wendel hält die Fackel höher, und die Flamme zuckt zurück, als hätte sie Angst. Von jenseits der Tür ist ein Schaben zu hören, etwas Schweres auf Stein, das aufhört und dann wieder beginnt. Ilka tritt neben ihn und beschließt, dass es klüger ist, umzukehren.""",
  previous=["""Der Gang endet an einer Tür aus schwarzem Eisen, bedeckt mit Runen, die schwach grün glimmen. Aus dem Schlüsselloch weht ein kalter Luftzug, der nach Moder riecht. Wendel hebt die Fackel; die Flamme duckt sich, als würde sie sich fürchten. Hinter der Tür scharrt etwas Schweres über Stein, hält inne und scharrt wieder. Was tut ihr?"""])

C("de", "heist", "declared_elaborated_ok", "", ["Vera", "Okan", "Jule"],
  {"Vera": "Ich knacke das Zahlenschloss des Tresors mit dem Stethoskop.",
   "Okan": "Ich lenke den Wachmann mit einem Anruf am Empfang ab.",
   "Jule": "Ich behalte die Kameras auf meinem Laptop im Auge."},
  """Vera legt das Stethoskop an die kalte Stahltür und dreht das Rad Zahl für Zahl nach links, ganz langsam, bis ein winziges Klacken durch den Schlauch kommt. Dann nach rechts. Im Serverraum nebenan summen die Lüfter. Am Empfang klingelt das Telefon; Okans verstellte Stimme verlangt den Nachtdienst zu sprechen, und der Wachmann schlurft murrend zum Hörer. Auf Jules Bildschirm bleiben alle sechs Kamerabilder ruhig: leere Flure, ein blinkender Aufzug, eine Putzkolonne im Erdgeschoss. Beim dritten Klacken gibt der Riegel nach, und die Tresortür schwingt einen Spalt weit auf.""")

C("de", "fantasy", "npc_pronoun_ok", "", ["Alma", "Ruven"],
  {"Alma": "Ich betrete die Taverne und suche nach einem freien Tisch.",
   "Ruven": "Ich frage nach dem Weg zur alten Mühle."},
  """Alma stößt die Tür zur »Gekrönten Gans« auf. Die Wirtin blickt vom Zapfhahn auf. Sie wischt sich die Hände an der Schürze ab und deutet mit dem Kinn auf einen Tisch neben dem Kamin, unter dem ein Hund schläft. »Der ist frei, wenn euch der Köter nicht stört.« Ruven fragt nach der alten Mühle. Der Fuhrmann am Tresen dreht sich um. Er zeigt mit dem Pfeifenstiel zum Fenster: »Den Bach rauf, bis die Birken aufhören. Aber nicht nach Einbruch der Dunkelheit.« Dann lacht er, bis er husten muss.""")

C("de", "mountain survival", "world_effect_ok", "", ["Ansgar", "Pia", "Lotte"],
  {"Ansgar": "Ich steige als Erster über den Grat.",
   "Pia": "Ich sichere Ansgar mit dem Seil.",
   "Lotte": "Ich bleibe im Lager und schmelze Schnee."},
  """Ansgar zieht sich über die letzte Felsstufe auf den Grat. In diesem Moment löst sich unter seinem linken Stiefel eine Platte, poltert in die Tiefe und reißt ihn bis zur Hüfte mit. Das Seil spannt sich mit einem Ruck; Pias Sicherung hält, und der Karabiner schlägt ihr hart gegen das Handgelenk. Eine Böe fegt Eiskristalle über den Grat, die Ansgar wie Sand ins Gesicht prasseln. Unten im Lager kippt der Wind Lottes Kocher um, und der halbgeschmolzene Schnee zischt in die Flamme.""")

C("de", "western", "declared_elaborated_ok", "", ["Dolores", "Hank", "Jeb"],
  {"Dolores": "Ich ziehe meinen Revolver und schieße dem Banditen als Warnung den Hut vom Kopf.",
   "Hank": "Ich gehe hinter dem Wassertrog in Deckung."},
  """Mittag in Dry Creek, die Sonne steht senkrecht über der Hauptstraße. Dolores zieht, so schnell, dass der Staub unter ihrem Stiefel noch gar nicht wieder gelandet ist, und der Schuss peitscht durch die Stille. Der Filzhut des Banditen wirbelt durch die Luft und landet im Pferdetrog. Hank wirft sich hinter eben diesen Trog, das Wasser schwappt über den Rand. Der Bandit starrt auf seinen leeren Kopf, dann auf Dolores. Seine Hand schwebt über dem Holster. Hinter ihm schiebt der Barbier vorsichtig die Gardine beiseite.""")

C("de", "court intrigue", "refusal_ok", "", ["Odila", "Bertram"],
  {"Odila": "Ich bitte den Kanzler um Einsicht in die Steuerbücher.",
   "Bertram": "Ich biete dem Kanzler einen Beutel Gold für seine Unterstützung an."},
  """Kanzler Melchior faltet die Hände über dem Bauch und lächelt, ohne dass das Lächeln seine Augen erreicht. »Die Steuerbücher, Gräfin? Sie liegen unter Verschluss, auf Befehl Seiner Majestät. Nicht einmal ich darf sie ohne Siegel öffnen.« Als Bertram den Beutel auf den Tisch legt, schiebt der Kanzler ihn mit einem Finger zurück. »Behaltet Euer Gold. In diesem Palast hat jeder Taler Ohren.« Er läutet nach dem Diener. Die Audienz ist beendet, zumindest für ihn.""")

C("de", "cyberpunk", "gm_note_ok", "", ["Nix", "Kaito", "Rena"],
  {"Nix": "Ich hacke mich in die Türsteuerung.",
   "Kaito": "Ich behalte die Drohne im Auge."},
  """Die Tür zum Datenlager ist ein mattes Stück Verbundstahl mit einem Panel, das müde blau blinkt. Nix' Interface summt, und über die Netzhautanzeige laufen Codezeilen: drei Firewalls, die dritte deutlich neuer als der Rest. Die Überwachungsdrohne schwebt zwanzig Meter entfernt, dreht sich träge im Neonlicht und schwenkt ihre Linse in Kaitos Richtung. ((SL: Nix, würfel bitte Hacken gegen 14. Rena, du warst diese Runde nicht da, schreib einfach, was du tust.)) Über ihnen donnert eine Magnetbahn vorbei, und Regen tropft durch ein Loch im Vordach.""")

C("de", "dark fantasy", "word_names_ok", "", ["Ernst", "Wolf", "Hilde"],
  {"Ernst": "Ich frage den Förster nach den verschwundenen Schafen.",
   "Hilde": "Ich untersuche die Spuren am Zaun."},
  """Der Förster sieht Ernst lange an, und seine Miene wird ernst. »Das war kein Wolf, wenn Ihr das meint. Ein Wolf frisst, was er reißt. Diese Schafe hat keiner gefressen.« Am Zaun findet Hilde tiefe Abdrücke, zu groß für einen Hund, zu rund für einen Bären, und ein Büschel grauen Fells, das am Draht hängt. Der Förster spuckt aus. »Ganz im Ernst: Geht nachts nicht in den Wald.« Hinter der Hütte heult etwas, lang und hohl, und dann antwortet ein zweites Heulen von weiter oben am Hang.""")

C("de", "murder mystery", "recap_ok", "", ["Clara", "Benno", "Ida"],
  {"Clara": "Ich lege alle Hinweise, die wir haben, auf dem Esstisch aus.",
   "Benno": "Ich frage den Butler, wann er die Leiche gefunden hat."},
  """Was bisher geschah, liegt jetzt auf dem Esstisch der Villa: der Brieföffner mit dem abgebrochenen Griff, den Clara im Kamin gefunden hat; die Notiz der Köchin über den Streit um Mitternacht, die Benno ihr abgeschwatzt hat; die zerdrückte Orchidee, die Ida aus dem Gewächshaus mitgebracht hat. Clara ordnet alles auf dem weißen Tischtuch nebeneinander. Der Butler steht steif an der Tür. »Um Viertel nach sechs, gnädiger Herr. Ich brachte den Tee, wie jeden Morgen.« Er räuspert sich. »Die Tür war verschlossen. Von innen.«""",
  previous=["""Im Gewächshaus ist es feucht und warm. Ida findet zwischen den Orchideentöpfen eine zerdrückte Blüte, als hätte jemand darauf gekniet. Benno bringt die Köchin dazu, ihm die Notiz zu zeigen, auf der sie den Streit um Mitternacht festgehalten hat. Clara stochert im Kamin und zieht einen Brieföffner heraus, dessen Griff abgebrochen ist."""])
# ---------------------------------------------------------------- Spanish
C("es", "pirates", "different_act", "I", ["Lucía", "Gonzalo", "Tere"],
  {"Lucía": "Registro el camarote del capitán buscando el mapa.",
   "Gonzalo": "Vigilo el pasillo por si vuelve alguien."},
  """El camarote del capitán Ardila huele a ron derramado y a cera de vela. Lucía levanta el colchón, vacía el baúl, golpea las tablas del suelo con los nudillos hasta que una suena hueca. Debajo, envuelto en un tubo de cuero, está el mapa de las Islas Vírgenes con una cruz de tinta roja. Lucía lo enrolla, se lo mete en la bota y, sin esperar a Gonzalo, trepa por la escala hasta cubierta. En el pasillo, Gonzalo oye pasos pesados que bajan desde el castillo de proa.""")

C("es", "contemporary thriller", "pronoun_attribution", "I", ["Marta", "Iker"],
  {"Marta": "Le enseño mi placa al portero y pregunto por el inquilino del quinto.",
   "Iker": "Espero en el coche con el motor encendido."},
  """Marta le enseña la placa al portero del edificio y pregunta por el inquilino del quinto. El hombre la mira de arriba abajo, masticando un palillo, y no contesta. Detrás de él, el ascensor se abre y se cierra solo, como si alguien lo llamara desde arriba una y otra vez. Sin esperar más, aparta al portero con el hombro y sube las escaleras de dos en dos, con la mano en la culata. En la calle, Iker mantiene el motor en marcha; los limpiaparabrisas barren la lluvia con un chirrido cansado.""")

C("es", "low fantasy", "reported_speech", "I", ["Rodrigo", "Inés", "Pelayo"],
  {"Rodrigo": "Saludo al alcalde con una reverencia y le pregunto por los lobos.",
   "Inés": "Observo a los guardias que hay junto a la puerta."},
  """El alcalde de Villarrasa es un hombre menudo con una cadena de plata demasiado grande para su cuello. Rodrigo se inclina ante él y pregunta por los lobos; el alcalde suspira y señala las ventanas tapiadas. «Tres ovejas la semana pasada. Un pastor, anteayer.» Rodrigo le asegura entonces que la compañía se quedará hasta acabar con la manada y que no cobrará ni un maravedí hasta traerle la cabeza del lobo gris. Inés, mientras tanto, cuenta a los guardias: cuatro, dos de ellos con ballestas sin cuerda. Uno bosteza sin disimulo.""")

C("es", "gothic horror", "body_reaction", "I", ["Nerea", "Santi"],
  {"Nerea": "Toco el espejo con la punta de los dedos.",
   "Santi": "Reviso los cajones de la cómoda."},
  """El espejo ocupa media pared del dormitorio, con un marco de madera negra tallado en forma de enredadera. Nerea apoya la punta de los dedos en el cristal: está helado, mucho más de lo que debería en pleno agosto. En el reflejo, la habitación aparece igual, salvo por un detalle: la cama está deshecha, y en el espejo hay alguien sentado en ella. A Nerea se le eriza la piel de los brazos; aparta la mano de golpe y ahoga un grito. En la cómoda, Santi encuentra cartas atadas con una cinta de luto y un guante de niño.""")

C("es", "fantasy travel", "party_decision", "I", ["Álvaro", "Carmen", "Julia"],
  {"Álvaro": "Le pregunto al barquero cuánto cobra por cruzar.",
   "Carmen": "Doy de beber a los caballos.",
   "Julia": "Recorro la orilla buscando un vado."},
  """El barquero escupe al agua antes de contestar. «Tres monedas de plata por cabeza, y los caballos pagan como personas.» Mientras Carmen deja que los animales beban en un remanso, Julia camina río arriba y encuentra un vado, pero el agua le llega a la cintura y la corriente arrastra ramas enteras. Cuando vuelve, el sol ya toca las copas de los álamos. Tras un breve intercambio de miradas, el grupo acepta el precio y sube a la barcaza con los caballos. El barquero cuenta las monedas dos veces antes de soltar la amarra.""")

C("es", "cozy slice of life", "inner_state", "IA", ["Pilar", "Quique"],
  {"Pilar": "Compro un kilo de naranjas en el puesto de la señora Amparo.",
   "Quique": "Busco un regalo para mi hermana en el mercadillo."},
  """El mercado de los sábados está a rebosar. La señora Amparo pesa las naranjas en su báscula de latón y le pone a Pilar dos de propina, «para el camino, reina». El olor a azahar que sale de las cajas es tan intenso que a Pilar se le encoge el corazón: de repente recuerda las tardes en casa de su abuela, en Valencia, y siente unas ganas terribles de llamarla. Dos puestos más allá, Quique revuelve entre pañuelos de seda y pendientes de cerámica mientras el vendedor le canta precios.

¿Quieres que continúe con la escena del regalo de Quique? ¡Dime y sigo escribiendo!""")

C("es", "science fiction", "assistant_opener", "IA", ["Dani", "Olga", "Rubén"],
  {"Dani": "Reviso los niveles de oxígeno del refugio.",
   "Olga": "Intento contactar con la base por radio."},
  """¡Claro! Aquí tienes la continuación de la historia:

El refugio marciano cruje con cada ráfaga de la tormenta de polvo. Dani repasa los indicadores: el oxígeno baja al sesenta y dos por ciento, más rápido de lo que debería. Olga gira el dial de la radio; entre la estática se cuela una voz cortada que repite un código de emergencia. Rubén, que hasta ahora no había abierto la boca, se levanta, coge su casco y se ofrece voluntario para salir a revisar la antena. Afuera, el cielo tiene el color de la sangre seca.""")

C("es", "noir", "repeat_short", "R", ["Sole", "Bruno"],
  {"Sole": "Releo el expediente de la chica.",
   "Bruno": "Vuelvo a llamar al número del anónimo."},
  """La lluvia golpea los cristales de la comisaría de Vallecas. El teléfono del escritorio vacío suena tres veces y se calla. En el pasillo, un agente arrastra a un borracho que canta boleros desafinados. Sobre la mesa, el expediente de la chica sigue abierto por la misma página, la de la foto. Nadie se mueve.""",
  previous=["""La lluvia golpea los cristales de la comisaría de Vallecas. El teléfono del escritorio vacío suena tres veces y se calla. En el pasillo, un agente arrastra a un borracho que canta boleros. Sobre la mesa, el expediente de la chica sigue abierto por la misma página, la de la foto. Nadie se mueve."""])

C("es", "superheroes", "declared_elaborated_ok", "", ["Valeria", "Héctor"],
  {"Valeria": "Uso mi telequinesis para frenar el autobús que cae del puente.",
   "Héctor": "Saco a los civiles del coche volcado."},
  """El autobús atraviesa la barandilla del puente y se inclina sobre el vacío. Valeria extiende las dos manos: el aire alrededor del vehículo se ondula como sobre el asfalto en verano, y el morro se detiene a un metro del agua, temblando. Las ventanillas estallan en una lluvia de cristal que queda suspendida un instante antes de caer al río. Abajo, Héctor arranca la puerta del coche volcado y saca primero a una anciana y luego a un chico con un casco de bici. La anciana se aferra a su chaqueta. «¡Mi perro! ¡Sigue dentro!»""")

C("es", "wizard school", "npc_pronoun_ok", "", ["Irene", "Mateo"],
  {"Irene": "Levanto la mano y pregunto a la profesora qué es una runa de sangre.",
   "Mateo": "Tomo apuntes de todo lo que dice."},
  """Irene levanta la mano y hace la pregunta. La profesora Oyarzábal se quita las gafas despacio. Se queda callada un momento, mira hacia la puerta y luego baja la voz: «Una runa de sangre es una promesa que no se puede romper. Por eso están prohibidas desde hace doscientos años.» Mateo anota cada palabra en su cuaderno. El bedel entra sin llamar. Deja un sobre lacrado encima de la mesa y se marcha sin decir nada; la profesora lo guarda en el cajón sin abrirlo.""")

C("es", "age of sail", "world_effect_ok", "", ["Ximena", "Paco", "Lola"],
  {"Ximena": "Sujeto el timón con todas mis fuerzas.",
   "Paco": "Recojo la vela mayor.",
   "Lola": "Bajo a la bodega a asegurar los barriles."},
  """La ola llega por estribor sin avisar, una pared gris y espumosa. Cae sobre la cubierta de la «Santa Eulalia» y arranca el timón de las manos de Ximena durante un segundo interminable, hasta que la rueda vuelve a girar hacia ella. Paco está a medio recoger la vela mayor cuando el agua le barre los pies y lo lanza contra el palo; la cuerda le quema las palmas. En la bodega, un barril suelto rueda hacia Lola, choca contra su cadera y la empuja contra el mamparo, mientras el farol de aceite se balancea y se apaga.""")

C("es", "western", "npc_pronoun_ok", "", ["Rosario", "Emiliano"],
  {"Rosario": "Entro en la cantina y pido un mezcal.",
   "Emiliano": "Me quedo afuera cuidando los caballos."},
  """Rosario empuja las puertas batientes de la cantina. La cantinera levanta la vista de las cartas que está jugando sola. Deja el mazo, sirve el mezcal en un vaso de barro y, sin que nadie se lo pida, le acerca un platito de sal con gusano. «Invita la casa. La primera vez, siempre.» Afuera, Emiliano sostiene las riendas a la sombra del porche. Un niño descalzo se le acerca. Le pide una moneda y se queda esperando, con la mano abierta y los ojos fijos en la pistola.""")

C("es", "fantasy", "npc_ok", "", ["Amaia", "Gorka"],
  {"Amaia": "Espero a que el herrero termine con lo que está haciendo.",
   "Gorka": "Miro las espadas que tiene expuestas."},
  """El herrero no levanta la cabeza del yunque. Golpea tres veces más una hoja al rojo, la sumerge en el barril y deja que el vapor le envuelva la cara. Su aprendiz, un muchacho pelirrojo, tropieza con el fuelle y tira un cubo de clavos por el suelo. «¡Recógelos, que no son de oro pero casi!», le grita el herrero. Luego se limpia las manos en el delantal y se vuelve hacia Amaia. «Ya está. ¿Qué necesitáis?» En la pared, entre las espadas expuestas, hay una con la empuñadura envuelta en piel de serpiente.""")

C("es", "space opera", "declared_restated_ok", "", ["Reyes", "Tomás"],
  {"Reyes": "Ordeno a la tripulación preparar los cañones de plasma y digo por el intercomunicador: «Nadie dispara hasta que yo lo diga».",
   "Tomás": "Cargo los cañones de plasma."},
  """Las alarmas tiñen el puente de mando de rojo. Reyes ordena preparar los cañones de plasma, y su voz suena firme por el intercomunicador: «Nadie dispara hasta que yo lo diga.» En la cubierta de artillería, Tomás carga los cañones; las bobinas zumban al calentarse y el indicador pasa de ámbar a verde. En la pantalla principal, el crucero pirata gira lentamente para ponerse de costado, con las compuertas abiertas. El oficial de comunicaciones, un joven con acné, traga saliva. «Capitana, nos están llamando.»""")

C("es", "epic fantasy", "callback_ok", "", ["Bea", "Nico"],
  {"Bea": "Enciendo una hoguera al abrigo de las rocas.",
   "Nico": "Me siento junto al fuego y afilo mi espada."},
  """La noche cae deprisa en el paso de Hierroalto. Bea junta ramas secas al abrigo de las rocas y, tras varios intentos, la yesca prende; el fuego crece y dibuja sombras largas en la pared de piedra. Nico se sienta cerca y pasa la piedra de afilar por el filo, con el mismo chirrido rítmico de aquella noche en el puente de Albar. Muy lejos, en el valle, se encienden una a una las antorchas de una columna de soldados que avanza hacia el norte. El viento trae el eco de sus tambores.""",
  previous=["""El puente de Albar cruje bajo el peso de los carros. Bea y Nico montan guardia en el extremo norte mientras los refugiados pasan en silencio. Nico afila su espada a la luz de un farol, y el chirrido de la piedra es lo único que se oye aparte del río. Al amanecer, el último carro cruza y los zapadores derriban el puente."""])

C("es", "cozy slice of life", "clean", "", ["Carla", "Raúl", "Aitana"],
  {"Carla": "Me apunto al concurso de tortillas de las fiestas.",
   "Raúl": "Ayudo a colgar las guirnaldas en la plaza."},
  """Las fiestas de San Roque empiezan con cohetes a las doce en punto. En la plaza, la comisión de festejos ha montado una mesa larga con manteles de cuadros, y la señora Julia apunta a Carla en el concurso de tortillas con una letra redonda y lenta: «Número siete, cariño. Con cebolla o sin cebolla, aquí no juzgamos.» Raúl sube a la escalera y ata las guirnaldas de papel de balcón a balcón mientras el concejal le sujeta las patas y le da indicaciones que nadie ha pedido. La charanga ensaya a lo lejos un pasodoble que suena casi bien.""")
# ---------------------------------------------------------------- French
C("fr", "cold war espionage", "different_act", "I", ["Solène", "Marc", "Agathe"],
  {"Solène": "Je photographie les documents qui sont dans le coffre.",
   "Marc": "Je surveille la rue depuis la fenêtre du salon."},
  """Le coffre de l’attaché s’ouvre sur une pile de chemises cartonnées frappées du tampon « STRENG GEHEIM ». Solène dispose les feuilles une à une sous la lampe et le Minox cliquette doucement, page après page. Puis elle remet les dossiers en place, glisse la pellicule dans la doublure de son manteau et descend par l’escalier de service jusqu’à la Trabant garée dans la cour. À la fenêtre du salon, Marc voit une Volga noire ralentir au coin de la rue, tous feux éteints, puis s’arrêter devant l’immeuble d’en face.""")

C("fr", "heroic fantasy", "pronoun_attribution", "I", ["Gaspard", "Hélène"],
  {"Gaspard": "Je demande à la prêtresse où se trouve la relique.",
   "Hélène": "J’examine les fresques du temple."},
  """Le temple d’Ysmir sent l’encens froid et la poussière. Gaspard interroge la prêtresse sur la relique. La vieille femme ne répond pas ; son regard reste fixé sur les bougies qui tremblent devant l’autel. Il pose alors la main sur la garde de son épée et lui rappelle, d’une voix sourde, qu’il n’a pas traversé trois royaumes pour écouter des silences. Sur les murs, Hélène suit du doigt une fresque écaillée : un roi sans visage tend une coupe à un serpent couronné.""")

C("fr", "corporate thriller", "reported_speech", "IA", ["Camille", "Yanis"],
  {"Camille": "Je présente les chiffres du trimestre au conseil d’administration.",
   "Yanis": "Je prends des notes et j’observe les réactions."},
  """Bien sûr ! Voici la suite de la scène :

La salle du conseil, au trentième étage de la tour, domine toute La Défense. Camille projette les chiffres du trimestre : la courbe rouge plonge sous la verte dès le mois d’août. Le président fait tourner son stylo sans rien dire. Yanis note les visages qui se ferment, puis il prend la parole pour annoncer au président que l’équipe acceptera la fusion, à condition que le site de Lyon soit conservé. Un murmure parcourt la table. La directrice financière repose brusquement sa tasse de café.""")

C("fr", "zombie survival", "body_reaction", "I", ["Léo", "Maëlle"],
  {"Léo": "Je soulève la bâche du camion pour voir ce qu’il transporte.",
   "Maëlle": "Je fais le guet sur le toit de la cabine."},
  """La bâche est raide de boue séchée. Léo la soulève d’un coup sec, et une bouffée chaude et sucrée s’échappe de la remorque. Des dizaines de sacs de couchage, empilés, certains encore fermés jusqu’en haut, et sous chaque sac une forme immobile. Des mouches s’élèvent en nuage. Léo a un haut-le-cœur, recule en titubant et se plie en deux contre la roue. Sur le toit de la cabine, Maëlle balaie la nationale avec ses jumelles : rien, à part une silhouette qui boite très loin, près du péage.""")

C("fr", "space exploration", "party_decision", "I", ["Inès", "Bastien", "Noor"],
  {"Inès": "J’analyse l’échantillon de glace au spectromètre.",
   "Bastien": "Je vérifie l’état du rover.",
   "Noor": "Je contacte l’orbiteur pour le rapport."},
  """Le spectromètre ronronne pendant de longues minutes avant d’afficher son verdict : de l’eau, des sels, et une trace d’acides aminés que la machine signale trois fois en jaune. Bastien rampe sous le rover et constate qu’une des roues a perdu deux crampons ; elle tiendra, sans doute. La voix de l’orbiteur, hachée par le délai, rappelle que la fenêtre de retour ferme dans six heures. D’un commun accord, les trois explorateurs décident de renoncer au retour et de descendre dans la crevasse pour suivre la trace. Au-dessus d’eux, Jupiter occupe la moitié du ciel.""")

C("fr", "fantasy tavern", "unattributed_reply", "I", ["Aurèle", "Margaux"],
  {"Aurèle": "Je m’assois au comptoir et je commande une bière.",
   "Margaux": "Je joue aux dés avec les marchands près du feu."},
  """L’aubergiste pose une chope mousseuse devant Aurèle et s’accoude au comptoir, curieux. « Et vous, messire, d’où venez-vous avec une épée pareille ? »
« Des Marches de l’Est. Et je n’ai pas envie d’en parler. »
L’aubergiste lève les mains en signe de paix et s’éloigne vers la cuisine. Près du feu, Margaux lance les dés : double six. Le plus gros des marchands jure par tous les saints et pousse trois pièces d’argent vers elle.""")

C("fr", "historical horror", "assistant_disclaimer", "A", ["Berthe", "Armand"],
  {"Berthe": "Je me glisse dans la foule pour approcher du bûcher.",
   "Armand": "Je cherche le juge dans la tribune."},
  """Avant de continuer, une précision : la scène suivante évoque la chasse aux sorcières, une réalité historique tragique qui a fait des milliers de victimes ; elle est décrite ici dans un cadre fictif et ne cautionne aucune violence.

La place du marché de Saint-Amour est noire de monde. Berthe se faufile entre les épaules et les paniers, jusqu’à sentir la chaleur des fagots qu’on empile. Sur la tribune, Armand repère le juge Clairval, vêtu de pourpre, qui mange des noisettes en regardant la charrette approcher. Les cloches sonnent, et la foule se tait d’un coup.""")

C("fr", "belle époque mystery", "repeat_paraphrase", "IR", ["Anatole", "Séverine"],
  {"Anatole": "J’examine la serrure de la vitrine.",
   "Séverine": "J’interroge le gardien du musée."},
  """Dans la grande galerie du musée, seule la lune éclaire encore la vitrine vide où reposait le scarabée d’or. Le verre n’a pas été brisé, et la poussière sur le socle garde la trace ovale du bijou. Le gardien, pâle et raide, tourne sa casquette entre ses doigts et jure n’avoir entendu aucun bruit. Anatole se penche sur la serrure et sent monter en lui un frisson d’excitation : enfin une énigme digne de lui.""",
  previous=["""Il ne reste que la lune pour éclairer la vitrine vide de la grande galerie. Le scarabée d’or a disparu, mais le verre est intact, et une empreinte ovale se dessine dans la poussière du socle. Le gardien, livide, triture sa casquette et répète qu’il n’a rien entendu, rien du tout. Que faites-vous ?"""])

C("fr", "cooking competition", "declared_elaborated_ok", "", ["Lucie", "Thibault"],
  {"Lucie": "Je flambe les crêpes au Grand Marnier.",
   "Thibault": "Je dresse les assiettes avec le coulis de framboise."},
  """Il reste quatre minutes au chronomètre géant au-dessus du plateau. Lucie verse le Grand Marnier dans la poêle brûlante, incline le manche, et une flamme bleue jaillit d’un coup jusqu’à la hotte, arrachant un « oh ! » au public. L’odeur d’orange caramélisée envahit le studio. À côté, Thibault dépose le coulis de framboise en trois virgules parfaites sur chaque assiette blanche, puis pose une feuille de menthe au centre. Le chef Delorme, bras croisés, s’approche du plan de travail et fronce un sourcil, impossible à lire.""")

C("fr", "polar", "npc_pronoun_ok", "", ["Fabien", "Rachel"],
  {"Fabien": "J’entre dans le bureau du commissaire sans frapper.",
   "Rachel": "Je reste dans le couloir et j’écoute."},
  """Fabien pousse la porte du bureau sans frapper. Le commissaire Morel relève la tête de ses dossiers. Il écrase sa cigarette dans le cendrier déjà plein, retire ses lunettes et soupire longuement. « Si c’est encore pour l’affaire Vasseur, la réponse est non. Le parquet a classé. » Dans le couloir, Rachel entend la machine à café gargouiller. Une greffière passe devant elle avec une pile de dossiers. Elle s’arrête, jette un coup d’œil vers la porte entrouverte, puis repart en secouant la tête.""")

C("fr", "volcanic adventure", "world_effect_ok", "", ["Yvan", "Coralie", "Dédé"],
  {"Yvan": "Je traverse la coulée refroidie en premier.",
   "Coralie": "Je prends des échantillons de roche.",
   "Dédé": "Je reste près de la jeep."},
  """La croûte de lave noire craque sous les bottes d’Yvan à chaque pas. À mi-chemin, une fissure s’ouvre juste à côté de lui et une bouffée de gaz soufré lui brûle la gorge et les yeux ; une semelle fume, collée un instant à la roche. Coralie frappe la pierre au marteau ; un éclat gros comme un ongle saute et lui entaille la joue. Puis le sol entier tremble. Près de la jeep, une pluie de cendres fines se met à tomber sur Dédé et recouvre le capot d’un voile gris.""")

C("fr", "haunted house", "world_effect_ok", "", ["Octave", "Élise"],
  {"Octave": "J’ouvre la porte du grenier.",
   "Élise": "Je tiens le chandelier pour éclairer l’escalier."},
  """La poignée du grenier est glacée. Octave la tourne et tire ; au même instant, un courant d’air venu de nulle part rabat violemment la porte, qui lui écrase les doigts contre le chambranle. La cire du chandelier coule en grosses gouttes sur le poignet d’Élise, puis les trois flammes se couchent ensemble et s’éteignent. Dans le noir, une boîte à musique se met à jouer quelque part au-dessus d’eux, une valse lente, qui s’interrompt au milieu d’une mesure.""")

C("fr", "hard science fiction", "refusal_ok", "", ["Delmas", "Kenza"],
  {"Delmas": "J’ordonne à l’IA de la station d’ouvrir le module 7.",
   "Kenza": "Je consulte les journaux de maintenance."},
  """La voix de SÉLÈNE, l’intelligence de la station, reste parfaitement calme. « Je regrette, commandant Delmas. L’ouverture du module 7 est verrouillée par le protocole de quarantaine. Seul le directeur de mission peut lever ce verrou. » Une lumière ambre clignote au-dessus du sas. Sur son terminal, Kenza fait défiler les journaux de maintenance : trois interventions dans le module 7 en une semaine, toutes signées d’un technicien qui ne figure pas dans la liste de l’équipage. Un bruit sourd résonne de l’autre côté de la paroi.""")

C("fr", "fantasy", "gm_note_ok", "", ["Roland", "Ysaline", "Fèvre"],
  {"Roland": "J’essaie d’escalader la muraille du château.",
   "Ysaline": "Je lance un sort d’invisibilité sur moi-même."},
  """La muraille du château de Montbrume est couverte de lierre mouillé. Roland trouve une première prise, puis une deuxième ; les pierres sont glissantes, et une sentinelle fait les cent pas juste au-dessus, sa lanterne se balançant à chaque tour. Ysaline murmure la formule : sa silhouette se brouille, se découpe en reflets, puis disparaît tout à fait. ((MJ : Roland, fais-moi un jet d’Athlétisme DD 15. Fèvre, tu n’as pas posté ce tour-ci, dis-moi si tu restes avec les chevaux.)) Quelque part dans la cour, un chien aboie deux fois.""")

C("fr", "alpine mystery", "word_names_ok", "", ["Prudence", "Blanche", "Gaston"],
  {"Prudence": "Je descends dans la crevasse avec la corde.",
   "Gaston": "Je tiens la corde et je la laisse filer doucement."},
  """Prudence descend dans la crevasse, une main sur la corde, l’autre contre la paroi bleutée. La glace luit d’une lumière blanche, presque laiteuse, et chaque souffle forme un nuage. En haut, Gaston laisse filer la corde avec prudence, centimètre par centimètre. À six mètres de profondeur, une tache sombre apparaît dans la glace : un sac à dos rouge, et au-dessus, pris dans la masse blanche, un piolet ancien portant des initiales gravées. Le guide du refuge avait parlé d’une cordée disparue en 1952.""")

C("fr", "sword and sorcery", "recap_ok", "", ["Kaëlig", "Morgane", "Tristan"],
  {"Kaëlig": "Je propose qu’on fasse le point avant d’entrer dans la tour.",
   "Morgane": "Je compte nos potions."},
  """Devant la porte de la tour d’obsidienne, Kaëlig propose de faire le point. Depuis l’aube, la compagnie a traversé le marais des Pleureuses, Morgane a chassé les feux follets avec sa lanterne bénie et Tristan a négocié le passage avec le passeur à trois doigts. La carte volée au capitaine a mené jusqu’ici. Morgane compte les fioles dans sa besace : deux potions de soins, une d’antidote, et une dernière, trouble, dont personne ne connaît l’effet. Au-dessus d’eux, un corbeau se pose sur la gargouille et les observe.""",
  previous=["""Le marais des Pleureuses porte bien son nom : le vent gémit dans les roseaux. Morgane lève sa lanterne bénie et les feux follets reculent en sifflant. Au bac, Tristan marchande avec le passeur à trois doigts, qui finit par accepter deux pièces et la promesse d’un silence. La carte du capitaine indique la tour, droit vers le nord."""])
# ---------------------------------------------------------------- Portuguese
C("pt", "sertão western", "different_act", "I", ["Zé Bento", "Rita", "Cícero"],
  {"Zé Bento": "Eu pergunto ao vaqueiro se ele viu o bando passar.",
   "Rita": "Eu dou água para os cavalos no açude."},
  """O vaqueiro tira o chapéu de couro e coça a cabeça antes de responder. "Passaram ontem, moço. Seis homens, um deles ferido na perna. Tomaram o rumo da serra." Zé Bento agradece com um aceno, monta no alazão e segue sozinho pela trilha do açude, sem esperar pelos outros. A poeira que ele levanta fica pairando no ar parado da tarde. Na beira d'água, Rita segura as rédeas enquanto os cavalos bebem; um urubu pousa num mourão e fica olhando.""")

C("pt", "urban fantasy", "pronoun_attribution", "I", ["Luana", "Diego"],
  {"Luana": "Eu sigo o homem de capa até o metrô.",
   "Diego": "Eu fico na praça vigiando a catedral."},
  """Luana segue o homem de capa escadaria abaixo, na estação Sé. Os azulejos brilham sob as lâmpadas fluorescentes e cheiram a desinfetante. Um trem chega rugindo e as portas se abrem com um suspiro. Salta para dentro do vagão no último segundo e se senta bem de frente para ele, sem tirar os olhos das mãos cobertas de tatuagens. Lá em cima, na praça, Diego vê as luzes da catedral piscarem três vezes, embora não haja missa nenhuma àquela hora.""")

C("pt", "telenovela drama", "reported_speech", "I", ["Helena", "Rodrigo"],
  {"Helena": "Eu entro na sala de jantar segurando o envelope do exame de DNA.",
   "Rodrigo": "Eu sirvo vinho para todos na mesa."},
  """O jantar de aniversário do comendador Albuquerque está no auge quando Helena atravessa a porta da sala de jantar com o envelope pardo nas mãos. Os talheres param. Rodrigo enche as taças, uma por uma, e o vinho tinto escorre um pouco na toalha de renda. Helena anuncia à família inteira que o exame confirma o que ela sempre desconfiou: o comendador não é o pai de Rodrigo. Dona Cecília deixa cair o garfo. A empregada, na porta da cozinha, leva a mão à boca.""")

C("pt", "science fiction", "body_reaction", "I", ["Ana Clara", "Bento"],
  {"Ana Clara": "Eu abro a cápsula de criogenia número quatro.",
   "Bento": "Eu verifico o painel de energia da sala."},
  """A tampa da cápsula número quatro se levanta com um chiado de gás frio. A névoa se dissipa devagar e revela um rosto sob a camada de gelo: cabelos curtos, a cicatriz no queixo, a mesma pinta acima da sobrancelha. É Ana Clara, ou alguém idêntico a ela, dormindo. Ana Clara cambaleia para trás com o estômago revirado e se agarra ao corrimão para não cair. No painel, Bento vê que a cápsula está ligada há cento e doze anos, e que há outras onze iguais na sala ao lado.""")

C("pt", "fantasy", "party_decision", "IA", ["Tiago", "Marina", "Joca"],
  {"Tiago": "Eu amarro as mãos do prisioneiro.",
   "Marina": "Eu reviso a bolsa dele procurando alguma pista.",
   "Joca": "Eu vigio a estrada."},
  """Tiago aperta o último nó e o bandido geme, mais de raiva que de dor. Na bolsa dele, Marina encontra um punhado de moedas do reino vizinho, um cachimbo de osso e um cartaz dobrado: a cabeça do próprio prisioneiro, valendo duzentas coroas. Joca não vê nada na estrada além de um carro de bois ao longe. Depois de pesar as opções, o grupo concorda em levar o prisioneiro ao xerife de Vila Branca e dividir a recompensa em partes iguais. O bandido cospe no chão e ri baixinho.

Espero que tenha gostado! Quer que eu continue com a viagem até Vila Branca ou prefere outra direção para a história?""")

C("pt", "jungle adventure", "second_person_choice", "I", ["Caio", "Bia"],
  {"Caio": "Eu me aproximo da ponte de cordas para ver se aguenta.",
   "Bia": "Eu procuro outro caminho pela margem."},
  """Você se aproxima da ponte de cordas, Caio. As tábuas estão podres, algumas faltando, e o rio lá embaixo corre marrom e rápido entre as pedras. Você testa a primeira tábua com o pé e ela range feio. Você decide que não vale a pena arriscar, dá meia-volta e grita para a Bia: "Esquece, vamos dar a volta!" Na margem, Bia abre caminho com o facão entre cipós e encontra pegadas de onça ainda frescas na lama.""")

C("pt", "heist", "assistant_menu", "IA", ["Gabi", "Nando", "Léo"],
  {"Nando": "Eu desligo o alarme do cofre pelo notebook.",
   "Léo": "Eu fico de olho no segurança do carnaval."},
  """Em plena terça de Carnaval, o Banco Tropical está vazio, a não ser por um segurança fantasiado de pirata. Nando digita rápido e o LED do alarme passa de vermelho para verde. Léo acompanha o segurança pelo vidro: ele dança sozinho ao som da bateria que passa na rua. Gabi, com as mãos suadas, decide abortar tudo e sai pela porta dos fundos.

O que acontece a seguir? Algumas opções:
1) O segurança percebe a movimentação;
2) Um bloco de carnaval invade a agência;
3) O cofre está vazio.
Posso escrever qualquer uma delas, é só escolher!""")

C("pt", "folk horror", "repeat_paraphrase", "R", ["Iara", "Dito"],
  {"Iara": "Eu acendo o lampião e chamo pelo menino.",
   "Dito": "Eu procuro rastros em volta da casa."},
  """Já é noite fechada no sítio. A mata ao redor silencia de repente: nem grilo, nem sapo. Um assovio fino e comprido corta o escuro, primeiro perto da porteira, depois lá do fundo do bambuzal, como se quem assoviasse pulasse de um lugar para o outro. Na varanda, a cadeira de balanço da avó se mexe sozinha. Cheira a fumo de rolo.""",
  previous=["""A noite caiu de vez sobre o sítio. De repente, a mata em volta se cala: nenhum grilo, nenhum sapo. Um assovio fino e longo atravessa a escuridão, primeiro junto à porteira, depois bem no fundo do bambuzal, como se quem assovia saltasse de um ponto a outro. Na varanda, a cadeira de balanço da avó começa a se mexer sozinha. Um cheiro de fumo de rolo toma o ar."""])

C("pt", "capoeira drama", "declared_elaborated_ok", "", ["Jurema", "Fael"],
  {"Jurema": "Eu entro na roda e aplico uma meia-lua de compasso no adversário.",
   "Fael": "Eu toco o berimbau acelerando o ritmo."},
  """O toque do berimbau muda: Fael passa do Angola para o São Bento Grande, e a roda inteira sente o ritmo subir. Jurema entra na roda pelo pé do berimbau, em giros baixos. Quando o rapaz de abadá amarelo se abre numa ginga larga demais, ela apoia as mãos no chão e solta a meia-lua de compasso; o calcanhar passa a um palmo do rosto dele, assobiando no ar. O coro responde mais alto, as palmas estalam. O rapaz recua, sorri de lado e volta a gingar, agora com mais cuidado.""")

C("pt", "age of discovery", "npc_pronoun_ok", "", ["Duarte", "Inês"],
  {"Duarte": "Peço audiência ao capitão-mor.",
   "Inês": "Fico no convés a observar a costa."},
  """Duarte entra na câmara do capitão-mor, onde o ar cheira a sebo e a papel húmido. O velho fidalgo ergue os olhos do astrolábio. Pousa-o sobre a mesa com cuidado, manda o grumete sair e aponta para um banco sem encosto. "Sentai-vos. Já sei ao que vindes, e a resposta é talvez." No convés, Inês vê a linha verde da costa a bombordo. O piloto aproxima-se dela. Estende-lhe a luneta sem dizer palavra e volta para junto do leme, a resmungar contra os ventos.""")

C("pt", "amazon expedition", "world_effect_ok", "", ["Raoni", "Patrícia", "Edu"],
  {"Raoni": "Eu guio a canoa pelo meio do rio.",
   "Patrícia": "Eu fotografo as margens.",
   "Edu": "Eu reviso o mapa."},
  """A correnteza do Tapajós engrossa depois da curva. Um tronco submerso bate no casco da canoa e o tranco arranca o remo das mãos de Raoni, que por pouco não vai junto com ele. A água espirra na câmera de Patrícia e embaça a lente. Então a chuva começa, grossa e quente, de uma só vez, encharcando o mapa no colo de Edu até a tinta das trilhas escorrer. Uma nuvem de piuns desce sobre os três e pica braços, nucas e tornozelos.""")

C("pt", "cyberpunk", "declared_elaborated_ok", "", ["Kika", "Moreno"],
  {"Kika": "Eu pulo do telhado para o drone de carga e me seguro nele.",
   "Moreno": "Eu atiro nos pneus da viatura."},
  """Rio, 2099, e a chuva ácida faz os letreiros de néon da Lapa escorrerem em cores. Kika corre até a beira do telhado e salta; por um segundo só existe o vazio de vinte andares, e então os dedos dela se fecham na barra do drone de carga, que afunda meio metro com o peso e volta a subir zumbindo. Lá embaixo, Moreno apoia o fuzil na grade e dispara três vezes: dois pneus da viatura estouram, ela derrapa de lado e acerta um quiosque de pastel. Os policiais saem xingando, armas em punho.""")

C("pt", "fantasy market", "npc_ok", "", ["Lia", "Otávio"],
  {"Lia": "Eu fico observando a discussão entre os mercadores.",
   "Otávio": "Eu procuro ervas na barraca da curandeira."},
  """No centro da feira, o mercador de tapetes e o vendedor de especiarias discutem aos berros sobre um metro de calçada. "Essa pedra é minha desde o tempo do meu avô!" "Teu avô nunca pagou imposto nenhum!" Um guarda da cidade chega, bate com a lança no chão duas vezes e manda os dois calarem a boca. O vendedor de especiarias obedece; o outro enrola o tapete resmungando. Na barraca ao lado, a curandeira, uma senhora de unhas verdes, empurra para Otávio um maço de arruda. "Essa é boa pra quem anda com gente encrenqueira.\"""")

C("pt", "medieval", "declared_restated_ok", "", ["Afonso", "Leonor"],
  {"Afonso": "Eu digo ao guarda: \"Abra o portão em nome da rainha.\"",
   "Leonor": "Eu mostro o selo real ao guarda."},
  """A chuva escorre pelas ameias do castelo de Almourol. Diante do portão fechado, Afonso levanta a voz acima do vento: "Abra o portão em nome da rainha." Leonor estende o selo real, e a cera vermelha brilha à luz da tocha. O guarda, um rapaz magro de elmo grande demais, olha o selo, depois os dois, depois o selo de novo. "Preciso chamar o alcaide", gagueja, e some pela portinhola. Do outro lado da muralha, ouve-se o arrastar de correntes pesadas.""")

C("pt", "space opera", "callback_ok", "", ["Nara", "Otto"],
  {"Nara": "Eu piloto a nave até a doca da estação.",
   "Otto": "Eu abro o canal com o controle de tráfego."},
  """A estação Ípsilon gira devagar contra o fundo de estrelas. Nara alinha a nave com a doca três e reduz a velocidade com pequenos toques nos propulsores, bem mais suave que daquela vez em Kalvos, quando o trem de pouso ficou para trás. Otto abre o canal; a voz do controle de tráfego chega arrastada e desconfiada. "Cargueiro Beija-Flor, seu transponder está vencido há três anos. Mantenham posição." As luzes da doca piscam em amarelo e não mudam.""",
  previous=["""O pouso em Kalvos é tudo, menos elegante. A Beija-Flor raspa o casco na plataforma, perde o trem de pouso traseiro e para torta, soltando fumaça. O controlador local se aproxima a pé, olha o estrago e anota alguma coisa numa prancheta, balançando a cabeça."""])

C("pt", "cozy slice of life", "clean", "", ["Mariana", "Juca", "Teresa"],
  {"Mariana": "Eu compro dois cocos na barraca da praia.",
   "Juca": "Eu armo o guarda-sol."},
  """Domingo de sol em Itacaré, e a praia ainda está quase vazia às oito da manhã. Seu Lourival abre dois cocos com três golpes de facão cada e enfia um canudo em cada um antes de entregá-los a Mariana. "Geladinho, do jeito que a senhora gosta." Juca crava o guarda-sol na areia, gira até firmar e abre o pano listrado, que estala com o vento. Um vendedor de queijo coalho passa balançando o fogareiro e anunciando o preço em versos. Longe, um barco de pesca volta devagar, cercado de gaivotas.""")
# ---------------------------------------------------------------- Italian
C("it", "mafia noir", "different_act", "I", ["Salvo", "Nunzia", "Carmelo"],
  {"Salvo": "Consegno la busta al barbiere, come mi hanno detto.",
   "Nunzia": "Aspetto in macchina dall'altra parte della strada."},
  """La bottega di don Peppino odora di talco e brillantina. Salvo posa la busta gialla sul bancone, accanto ai rasoi; il barbiere la fa sparire nel cassetto senza neanche guardarla. Poi Salvo si siede sulla poltrona girevole, si fa mettere l'asciugamano caldo sul viso e si fa radere con calma, chiacchierando del Palermo e dell'ultimo rigore sbagliato. Dall'altra parte della strada, Nunzia vede due ragazzi in Vespa fermarsi davanti alla vetrina, guardare dentro e ripartire piano.""")

C("it", "renaissance intrigue", "pronoun_attribution", "I", ["Beatrice", "Lorenzo"],
  {"Beatrice": "Chiedo al pittore chi ha commissionato il ritratto.",
   "Lorenzo": "Esamino le tele appoggiate al muro."},
  """Nella bottega di mastro Lapo l'aria sa di trementina e di uova. Beatrice gli chiede chi abbia commissionato il ritratto della dama in verde. Il pittore si pulisce le mani sul grembiule e finge di non aver sentito. Gli strappa il pennello di mano, lo spezza in due con un colpo secco e glielo rimette fra le dita, sorridendo. Lorenzo, intanto, scosta una tela dal muro: dietro c'è un secondo ritratto della stessa dama, stavolta con il volto coperto da un velo nero.""")

C("it", "war fantasy", "reported_speech", "I", ["Corrado", "Ilaria"],
  {"Corrado": "Ascolto il rapporto degli esploratori.",
   "Ilaria": "Studio la mappa sul tavolo del comando."},
  """Sotto la tenda del comando, la lanterna oscilla a ogni raffica. Gli esploratori, ancora coperti di fango, fanno il loro rapporto: duemila uomini accampati oltre il passo, e altri in arrivo da sud. Corrado ascolta in silenzio, contando sulle dita. Ilaria si china sulla mappa e fa notare al generale che il passo è impraticabile per la cavalleria, poi propone di attaccare all'alba risalendo il fiume. Il generale Orsini si gratta la barba grigia. «E chi guiderebbe questa pazzia?» Fuori, un cavallo nitrisce.""")

C("it", "venetian horror", "body_reaction", "I", ["Tommaso", "Giada"],
  {"Tommaso": "Indosso la maschera che abbiamo trovato nel baule.",
   "Giada": "Tengo alta la candela e guardo lo specchio."},
  """La maschera è di cartapesta bianca, con le labbra dipinte d'oro. Tommaso la appoggia sul viso e il nastro di seta si annoda da solo dietro la sua nuca. Nello specchio, alla luce della candela di Giada, il riflesso di Tommaso non indossa nessuna maschera: ha il viso di un uomo anziano, con gli occhi chiusi. Tommaso sussulta, il cuore gli martella in gola, e si porta le mani al viso cercando di strapparsi via la cartapesta. Dal canale, sotto la finestra, arriva il tonfo di un remo.""")

C("it", "ww2 resistance", "party_decision", "I", ["Franco", "Lucia", "Bepi"],
  {"Franco": "Controllo le cariche di esplosivo.",
   "Lucia": "Ascolto la radio per le notizie da Londra.",
   "Bepi": "Faccio la guardia fuori dalla baita."},
  """Nella baita il fuoco è basso per non fare fumo. Franco conta le cariche una per una: sei, più due detonatori che non gli piacciono per niente. Dalla radio, fra scariche e fischi, arriva il messaggio convenuto: «Le rondini sono tornate al nido.» Fuori, Bepi batte i piedi nella neve e vede lontano i fari di una colonna tedesca scendere la valle. Senza bisogno di troppe parole, la squadra decide di far saltare il ponte di San Rocco quella notte stessa, prima che la colonna lo attraversi.""")

C("it", "astronomy mystery", "word_names", "IA", ["Stella", "Fortunato", "Dario"],
  {"Fortunato": "Regolo il telescopio sulla cometa.",
   "Dario": "Annoto le coordinate sul registro."},
  """Certo! Ecco il seguito della scena:

La cupola dell'osservatorio si apre con un cigolio sul cielo di agosto. Fortunato ruota le manopole finché la cometa entra nell'oculare, una virgola pallida con la coda sfrangiata. Dario scrive le coordinate sul registro con la stilografica dell'astronomo morto. Stella si avvicina al telescopio, scosta Fortunato con una spalla e dichiara che quella non è affatto una cometa, ma una nave. Un lampo verde attraversa il campo visivo e scompare dietro la luna.""")

C("it", "cozy slice of life", "assistant_closer", "IA", ["Agnese", "Pietro"],
  {"Agnese": "Ordino un piatto di tortellini in brodo.",
   "Pietro": "Chiedo all'oste se ha una stanza per stanotte."},
  """L'osteria della Sora Ines è calda e rumorosa, con i vetri appannati dalla nebbia di novembre. La Sora Ines porta ad Agnese una scodella di tortellini in brodo fumante e ci grattugia sopra una montagnola di parmigiano. L'oste risponde a Pietro che di stanze ne ha una sola, sopra la stalla, «ma le lenzuola sono pulite, parola mia». Agnese finisce il brodo, ordina un altro bicchiere di lambrusco e brinda con i carrettieri del tavolo accanto.

Spero che questa scena ti sia piaciuta! Fammi sapere se vuoi che continui.""")

C("it", "post-apocalyptic", "repeat_short", "R", ["Ettore", "Vale"],
  {"Ettore": "Frugo tra le macerie del supermercato.",
   "Vale": "Salgo sul tetto per guardare intorno."},
  """Roma è silenziosa sotto un cielo color piombo. Il Colosseo è coperto d'edera, e dalle sue arcate esce uno stormo di corvi che gira tre volte in cerchio e poi si posa sui tram abbandonati di via Labicana. Da qualche parte verso il Celio abbaia un cane, poi un altro risponde. Nessuno sa da quanto tempo.""",
  previous=["""Roma è silenziosa sotto un cielo color piombo. Il Colosseo è coperto d'edera, e dalle sue arcate esce uno stormo di corvi che gira tre volte in cerchio e si posa sui tram abbandonati di via Labicana. Da qualche parte verso il Celio abbaia un cane, poi un altro risponde. Nessuno sa da quanto."""])

C("it", "swashbuckler", "declared_elaborated_ok", "", ["Ascanio", "Livia"],
  {"Ascanio": "Paro il fendente del capitano e rispondo con un affondo alla spalla.",
   "Livia": "Salto sul tavolo e taglio la corda del lampadario."},
  """La spada del capitano delle guardie cala dall'alto con tutto il peso del braccio. Ascanio la devia con il forte della lama, lasciando che scivoli via con uno stridio, e nello stesso movimento allunga il braccio in un affondo pulito: la punta trova la spalla del capitano, che arretra con un grugnito. Livia balza sul tavolo rovesciando le caraffe e, con un solo colpo del pugnale, recide la corda del lampadario. Il grande cerchio di ferro e candele precipita fra le guardie, che si sparpagliano urlando.""")

C("it", "hospital drama", "npc_pronoun_ok", "", ["Chiara", "Matteo"],
  {"Chiara": "Entro in corsia per il turno di notte.",
   "Matteo": "Controllo la terapia del letto sei."},
  """Chiara entra in corsia alle dieci in punto. La caposala le viene incontro nel corridoio. Le mette in mano una cartella clinica, si aggiusta gli occhiali e parla a bassa voce: «Il signore del letto quattro non ha dormito. Dice che vede qualcuno in piedi vicino alla finestra.» Poi se ne va verso l'ascensore senza aspettare risposta. Al letto sei, Matteo controlla la flebo e il foglio della terapia. La paziente apre gli occhi. Gli afferra il polso con una forza inaspettata e sussurra: «Non lasciatelo entrare.»""")

C("it", "historical", "world_effect_ok", "", ["Gianni", "Rosalba", "Michele"],
  {"Gianni": "Attraverso la piazza per raggiungere la chiesa.",
   "Rosalba": "Resto sotto il portico del mercato.",
   "Michele": "Salgo sul campanile per suonare l'allarme."},
  """La terra trema quando Gianni è a metà della piazza. Il selciato si solleva a onde, e una pioggia di tegole si stacca dai tetti; una lo colpisce di striscio alla spalla e lo manda a terra. Sotto il portico del mercato, una trave cede e piomba accanto a Rosalba, coprendola di polvere e calcinacci. Sul campanile, la scala di legno si spacca sotto i piedi di Michele; la grande campana, scossa dal terremoto, comincia a suonare da sola, a colpi irregolari.""")

C("it", "dark fairy tale", "npc_pronoun_ok", "", ["Nicolò", "Ada"],
  {"Nicolò": "Busso alla porta della capanna della strega.",
   "Ada": "Resto nascosta dietro il pozzo."},
  """Nicolò bussa tre volte alla porta della capanna. La vecchia apre dopo un lungo momento. Lo squadra dalla testa ai piedi, annusa l'aria come un cane, poi si volta e rientra lasciando la porta spalancata. «Entra, se proprio devi. Ma pulisciti i piedi.» Dietro il pozzo, Ada sente un fruscio tra le ortiche. Un gatto nero salta sul bordo di pietra. Si lecca una zampa, la fissa con occhi gialli e poi sparisce nel buio del bosco.""")

C("it", "cyberpunk", "refusal_ok", "", ["Zeno", "Marta"],
  {"Zeno": "Chiedo al buttafuori di farci entrare nel privé.",
   "Marta": "Gli offro cento crediti."},
  """Il buttafuori del Neon Duomo è alto due metri, con un braccio cibernetico che ronza a ogni movimento. Ascolta Zeno senza battere ciglio. «Il privé è chiuso stasera. Festa privata.» Marta gli fa scivolare i cento crediti sul palmo; lui li guarda e glieli restituisce con due dita. «Tesoro, con cento crediti qui dentro non compri neanche il ghiaccio. Niente da fare.» Dietro di lui, attraverso la tenda di perline, si vede un uomo in completo bianco ridere con un bicchiere in mano.""")

C("it", "fantasy", "gm_note_ok", "", ["Guido", "Elena", "Bruno"],
  {"Guido": "Cerco trappole lungo il corridoio.",
   "Elena": "Lancio un incantesimo di luce."},
  """Il corridoio scende per una trentina di passi, con le pareti scolpite a forma di volti urlanti. Elena pronuncia la formula e una sfera di luce fredda si accende sopra il suo palmo, scacciando le ombre. Guido avanza piano, saggiando ogni lastra del pavimento con la punta del bastone: la settima suona diversa dalle altre. ((Master: Guido, tira Indagare CD 13 per capire che tipo di trappola è. Bruno, sei rimasto indietro, fammi sapere cosa fai.)) In fondo, una porta di bronzo riflette la luce come uno specchio.""")

C("it", "cozy village", "word_names_ok", "", ["Serena", "Rosa", "Leone"],
  {"Rosa": "Compro un mazzo di fiori al mercato.",
   "Leone": "Riempio le borracce alla fontana."},
  """La mattina è serena e il paese si sveglia lentamente. Al mercato, la fioraia confeziona per Rosa un mazzo di peonie rosa e gigli bianchi, legandolo con lo spago. In fondo alla piazza, Leone riempie le borracce alla fontana, dove l'acqua sgorga dalla bocca di un leone di pietra consumato dai secoli. Un gruppo di vecchi gioca a briscola sotto il platano, e uno di loro sbatte il sette di denari sul tavolo con un grido di trionfo. Il campanile batte le nove.""")

C("it", "epic fantasy", "recap_ok", "", ["Aurelio", "Vittoria", "Sandro"],
  {"Aurelio": "Riassumo ai nuovi alleati quello che è successo.",
   "Vittoria": "Stendo la mappa davanti a tutti."},
  """Nella sala del consiglio dei nani, Aurelio racconta ciò che è successo: Vittoria ha decifrato l'iscrizione sulla lama spezzata, Sandro ha guidato il gruppo fuori dalle miniere allagate, e insieme hanno visto il drago di cenere sorvolare la valle diretto a est. I nani ascoltano accigliati, fumando le pipe. Vittoria srotola la mappa sul tavolo di pietra. Re Thorvin punta un dito tozzo sulla valle. «Allora è vero. Si è svegliato.» Il silenzio che segue è pesante come la montagna sopra di loro.""",
  previous=["""Le gallerie allagate sembrano non finire mai. Sandro trova il passaggio seguendo la corrente d'aria, e il gruppo esce all'aperto proprio mentre un'ombra immensa oscura il sole: il drago di cenere sorvola la valle, diretto a est. Vittoria stringe la lama spezzata; l'iscrizione, ora tradotta, parla proprio di lui."""])
# ---------------------------------------------------------------- Japanese
C("ja", "samurai period drama", "different_act", "I", ["源次", "お雪", "左近"],
  {"源次": "番頭に帳簿を見せろと迫る。",
   "お雪": "店の表で見張りをする。"},
  """越後屋の奥座敷は、行灯の明かりがひとつだけ揺れている。源次に凄まれた番頭は青ざめた顔で、しぶしぶ分厚い帳簿を差し出した。墨の匂いのする頁をめくると、米の仕入れの数字がどれも三割ほど水増しされている。源次は帳簿を懐にねじ込み、番頭を突き飛ばして、そのまま裏口から夜の町へ駆け出していった。表ではお雪が格子戸の陰に立ち、通りの向こうで提灯がふたつ、ゆっくりとこちらへ近づいてくるのを見ている。""")

C("ja", "school mystery", "pronoun_attribution", "I", ["ミサキ", "リョウ"],
  {"ミサキ": "美術室のドアをそっと開けて、中を覗く。",
   "リョウ": "廊下で誰か来ないか見張る。"},
  """放課後の旧校舎は静まり返っている。ミサキが美術室の扉をそっと開けて中を覗くと、誰もいない。石膏像がずらりと並び、西日が床に長い影を落としている。窓際のイーゼルには白い布がかけられたままだ。ためらいもなく一歩踏み込み、その布を勢いよく剥ぎ取った。「やっぱり、あんただったのね」と小さくつぶやく。廊下の端では、リョウが階段の下から響いてくる足音に耳を澄ませている。""")

C("ja", "office drama", "reported_speech", "I", ["田中", "佐藤"],
  {"田中": "部長に新しい企画書を提出する。",
   "佐藤": "給湯室でみんなの分のコーヒーを淹れる。"},
  """月曜の朝、営業三課のフロアにはキーボードの音だけが響いている。田中が企画書を差し出すと、部長は老眼鏡をずらして表紙を眺め、ふうんと鼻を鳴らした。給湯室から戻った佐藤は、湯気の立つカップを配りながら部長に、来月からこのプロジェクトのリーダーは自分が引き受けると告げた。部長の眉がぴくりと動く。窓の外では、向かいのビルの清掃ゴンドラがゆっくりと降りていく。""")

C("ja", "j-horror", "body_reaction", "I", ["カナ", "ショウ"],
  {"カナ": "井戸の中を懐中電灯で照らす。",
   "ショウ": "廃屋の縁側を調べる。"},
  """カナが懐中電灯を向けると、光の輪が苔むした井戸の内壁を滑り落ちていく。底には水がない。代わりに、びっしりと並べられた古い日本人形が、一体残らずこちらを見上げていた。そのうちの一体の首が、かくん、と傾く。カナは思わず息をのみ、膝ががくがくと震えて、その場にへたり込んだ。縁側を調べていたショウの足もとでは、腐った床板の隙間から、長い黒髪がひと房はみ出している。""")

C("ja", "isekai fantasy", "party_decision", "I", ["アルト", "リナ", "ゴウ"],
  {"アルト": "村長に魔物の出没について聞く。",
   "リナ": "宿屋の値段を確認する。",
   "ゴウ": "村の鍛冶屋で剣を研いでもらう。"},
  """村長は白いひげをしごきながら、ため息をついた。「夜になると森から狼の群れが下りてきましてな。先月は羊が十頭やられました。」宿屋の女将はリナに、一泊銀貨二枚、夕食付きなら三枚だと告げる。鍛冶屋の親父は無言でゴウの剣を砥石に当て、火花を散らした。日が沈みかけたころ、一行は話し合った末、今夜はこの村に泊まって狼を待ち伏せることに決めた。遠くの森で、最初の遠吠えが上がる。""")

C("ja", "modern comedy", "emoji_asterisk_script", "IA", ["レン", "ヒナ"],
  {"レン": "いちごパフェを注文する。",
   "ヒナ": "パフェが来たらスマホで写真を撮る。"},
  """*店員さんが特大いちごパフェを運んでくる* 🍓🍨✨

*ヒナがスマホを構えて、角度を変えながら何枚も写真を撮る* 📸

*レンはスプーンを手に取り、ヒナの分のアイスまでひと口すくって食べてしまう* 😋

レン:「うまっ！これ最高じゃん！ヒナも早く食べなって！」

*窓の外では商店街のアーケードに雨が降り出している* ☔

楽しんでいただけたら嬉しいです！続きのリクエストもお気軽にどうぞ😊""")

C("ja", "mecha science fiction", "assistant_opener", "AR", ["カイト", "ミオ"],
  {"カイト": "機体のエネルギー残量を確認する。",
   "ミオ": "通信で母艦に状況を報告する。"},
  """もちろんです！以下が続きです。

格納庫の警報灯が赤く回転している。整備班の怒号が飛び交い、クレーンが唸りを上げる。カタパルトの先には、灰色の雲に覆われた海が広がっていた。敵編隊の反応は十二。距離はおよそ四十キロ、なおも接近中だ。""",
  previous=["""格納庫の警報灯が赤く回転している。整備班の怒号が飛び交い、クレーンが唸りを上げる。カタパルトの先には、灰色の雲に覆われた海が広がっている。敵編隊の反応は十二。距離はおよそ四十キロ、なおも接近中。"""])

C("ja", "ninja fantasy", "repeat_paraphrase", "IR", ["アヤメ", "ハヤテ"],
  {"アヤメ": "屋根の上から城の中庭を見下ろす。",
   "ハヤテ": "堀の水面を調べる。"},
  """月のない夜、城の中庭には篝火が四つ焚かれ、槍を持った足軽が二人ずつ見回りをしている。天守の最上階だけに明かりがともり、障子に人影がひとつ映っていた。堀の水は黒く、風もないのに細かく波立っている。屋根の上のアヤメは、理由のわからない胸騒ぎを覚え、今夜は引き返すべきかと迷い始めた。""",
  previous=["""新月の夜だ。城の中庭では四つの篝火が燃え、槍を手にした足軽が二人一組で巡回している。明かりがついているのは天守の最上階だけで、障子に一つの影が映っている。堀の黒い水面は、風もないのにさざ波を立てている。"""])

C("ja", "sports drama", "declared_elaborated_ok", "", ["ダイチ", "ケン"],
  {"ダイチ": "渾身のストレートを外角低めに投げる。",
   "ケン": "外角低めにミットを構える。"},
  """九回裏、二死満塁。甲子園のスタンドは地鳴りのような声援に包まれている。ケンが外角低めにミットを構え、ぴたりと動きを止めた。ダイチは大きく振りかぶり、左足を高く上げ、全身の力を指先に集めて腕を振り抜く。白球は一直線にうなりを上げ、打者のバットの下をくぐり抜けて、乾いた音とともにケンのミットに吸い込まれた。球場の電光掲示板に「152km/h」の文字が浮かぶ。主審の右手がゆっくりと上がった。""")

C("ja", "shinto fantasy", "npc_pronoun_ok", "", ["ユイ", "タクミ"],
  {"ユイ": "神社の鳥居をくぐって境内に入る。",
   "タクミ": "手水舎で手を清める。"},
  """ユイが朱塗りの鳥居をくぐる。境内では若い巫女が竹箒で落ち葉を掃いていた。手を止め、ふたりに気づくと深々と頭を下げる。「お待ちしておりました。宮司がお会いになります」そう言って、本殿の裏へと続く石段を指さした。タクミが手水舎で柄杓を取ると、水面に見知らぬ少女の顔が映る。にこりと笑い、波紋とともにすっと消えた。杉木立の向こうで、鈴の音がひとつ鳴る。""")

C("ja", "kaiju disaster", "world_effect_ok", "", ["ハルト", "アオイ", "ケイスケ"],
  {"ハルト": "逃げ遅れた子どもを抱えて走る。",
   "アオイ": "避難所の場所を無線で確認する。",
   "ケイスケ": "ビルの屋上から怪獣の動きを観察する。"},
  """怪獣の尾が高架橋をなぎ払い、コンクリートの破片が雨のように降り注ぐ。子どもを抱えて走るハルトの肩を拳大の瓦礫がかすめ、上着の袖が裂けた。爆風がアオイの手から無線機を吹き飛ばし、アスファルトの上で跳ねさせる。屋上のケイスケの足もとではビル全体がぐらりと傾き、貯水タンクが破裂して冷たい水が頭から降りかかった。怪獣は咆哮し、湾岸の方角へとゆっくり向きを変える。""")

C("ja", "survival", "world_effect_ok", "", ["ナツキ", "ソラ"],
  {"ナツキ": "先頭に立ってラッセルしながら山小屋を目指す。",
   "ソラ": "ナツキの足跡をたどってついていく。"},
  """稜線に出たとたん、吹雪が真横から叩きつけてきた。ナツキのゴーグルは一瞬で白く凍りつき、視界が半分ほどしか利かなくなる。踏み出した足が雪庇の縁を踏み抜き、膝まで深雪に沈んだ。後ろに続くソラの頬には氷の粒が針のように突き刺さり、ザックに結んだ赤い目印の布が風に引きちぎられて闇へ飛んでいく。山小屋の灯りは、まだ尾根の向こうにかすかに見えるだけだ。""")

C("ja", "yakuza drama", "npc_ok", "", ["リュウジ", "マコト"],
  {},
  """組長の黒田は、床の間を背にして煙管をゆっくりとふかしている。若頭の三島が膝をにじらせて近づき、耳もとで何事か囁いた。黒田は目を細め、灰を火鉢に落とす。「大阪の連中が、そこまで言うたか」三島は黙って頷き、懐から一枚の写真を取り出して畳の上に滑らせた。写っているのは、港の倉庫に横づけされた一艘の漁船だ。廊下の向こうで、若い衆が障子をそっと閉める音がした。""")

C("ja", "rural fantasy", "declared_restated_ok", "", ["タケル", "サクラ"],
  {"タケル": "村人たちの前に立って「この村は俺たちが守る」と宣言する。",
   "サクラ": "村の周りに結界の札を貼って回る。"},
  """夕暮れの広場には、鍬や鎌を手にした村人たちが不安げに集まっている。タケルがその前に進み出て、よく通る声で言い放つ。「この村は俺たちが守る」ざわめきが一瞬止み、年寄りのひとりが小さく拝むように手を合わせた。その間にサクラは村をぐるりと回り、家々の柱や柵に結界の札を一枚ずつ貼っていく。札は貼られるたびにかすかに青白く光り、やがて村全体が薄い光の膜に包まれた。""")

C("ja", "slice of life", "callback_ok", "", ["ハルカ", "ユウタ"],
  {"ハルカ": "縁側で線香花火に火をつける。",
   "ユウタ": "スイカを切って持ってくる。"},
  """夏休み最後の夜、祖母の家の縁側には蚊取り線香の煙がゆるく漂っている。ハルカがマッチを擦り、線香花火の先に火を近づけると、小さな火の玉がぷくりと膨らんで、ぱちぱちと細い火花を散らし始めた。あの夏祭りの夜、川べりで最後まで落ちなかった一本のように。台所からユウタが、半月に切ったスイカを大皿に載せて運んでくる。庭の奥では、蛙が一匹、思い出したように鳴いた。""",
  previous=["""夏祭りの夜、川べりには屋台の灯りが並んでいる。花火大会が終わったあと、ハルカとユウタは土手に座って線香花火を分け合った。ほかの火玉が次々と落ちていく中、一本だけが最後まで燃えつき、ふっと消えた。"""])

C("ja", "cozy slice of life", "clean", "", ["ミナト", "コハル", "ジン"],
  {"ミナト": "番台で入浴料を払う。",
   "コハル": "湯上がりにコーヒー牛乳を買う。"},
  """商店街の外れにある銭湯「松の湯」は、今夜も常連で賑わっている。番台のおばあちゃんは、ミナトが差し出した小銭を数えもせずに受け取り、「はい、ごゆっくり」と笑った。壁一面の富士山のペンキ絵の下で、湯気がもうもうと立ちのぼる。脱衣所の冷蔵ケースの前で、コハルがコーヒー牛乳の瓶を一本取り出すと、扇風機がゆっくりと首を振りながら、ぬるい風を送ってきた。ラジオからは野球中継が流れている。""")
# ---------------------------------------------------------------- Korean
C("ko", "joseon historical", "different_act", "I", ["도윤", "서연", "강철"],
  {"도윤": "나는 주모에게 어젯밤 수상한 사람이 묵었는지 묻는다.",
   "서연": "나는 주막 마당에서 말들에게 여물을 준다."},
  """비 갠 아침, 주막 마당에는 아직 물웅덩이가 고여 있다. 도윤의 물음에 주모는 행주로 손을 닦으며 목소리를 낮춘다. "갓을 깊이 눌러쓴 선비 하나가 묵고 갔지요. 새벽닭 울기도 전에 북쪽 고개로 가던데, 짐이 아주 무거워 보였수." 도윤은 엽전 몇 닢을 평상 위에 던져 놓고는 곧장 말에 올라 북쪽 고갯길로 달려 나간다. 마당에서 여물을 주던 서연의 말이 놀라 고개를 쳐들고 투레질을 한다. 처마 끝에서 빗방울이 하나둘 떨어진다.""")

C("ko", "zombie apocalypse", "pronoun_attribution", "I", ["지호", "민아"],
  {"지호": "나는 편의점 문을 열고 안으로 들어간다.",
   "민아": "나는 차에 남아서 시동을 걸어 둔다."},
  """지호가 편의점 문을 밀자 머리 위에서 종이 딸랑 울린다. 진열대는 절반쯤 비어 있고, 음료 냉장고의 형광등만 힘없이 깜빡거린다. 바닥에는 컵라면 용기와 깨진 유리 조각이 흩어져 있다. 그때 계산대 뒤에서 무언가 쿵 하고 쓰러지는 소리가 난다. 망설임 없이 야구방망이를 치켜들고 계산대 쪽으로 달려들며 소리친다. "나와! 거기 있는 거 다 알아!" 밖에서는 민아가 시동을 걸어 둔 차의 엔진 소리가 낮게 울리고, 멀리서 사이렌 소리가 가까워진다.""")

C("ko", "k-drama", "reported_speech", "I", ["은서", "태준"],
  {"은서": "나는 회장님께 고개 숙여 인사를 드린다.",
   "태준": "나는 창가에 서서 정원을 내려다본다."},
  """한남동 저택의 거실은 지나치게 넓고 조용하다. 은서가 고개 숙여 인사하자, 회장은 찻잔을 내려놓고 안경 너머로 은서를 위아래로 훑어본다. "자네가 그 아이로군." 창가에 서 있던 태준은 정원의 소나무를 내려다보다가 몸을 돌려, 회장에게 이 결혼을 끝까지 반대하겠다고, 필요하다면 은서와 함께 회사를 떠나겠다고 말한다. 회장의 손에서 찻잔 받침이 달그락 소리를 낸다. 주방 쪽에서 가정부가 숨을 죽이고 이쪽을 엿본다.""")

C("ko", "space horror", "body_reaction", "IA", ["하린", "준"],
  {"하린": "나는 의무실 문을 열고 안을 살핀다.",
   "준": "나는 복도 끝 통제실에서 감시 카메라를 확인한다."},
  """의무실 문이 쉭 하는 소리와 함께 옆으로 미끄러진다. 안은 비상등의 붉은빛으로 물들어 있다. 수술대 위에는 승무원복을 입은 시신이 누워 있는데, 가슴이 안쪽에서부터 터져 나간 듯 벌어져 있고, 벽에는 무언가가 기어간 듯한 점액 자국이 천장까지 이어져 있다. 하린의 온몸에 소름이 돋고, 숨이 턱 막혀 저도 모르게 두어 걸음 뒷걸음질 친다. 통제실의 준은 모니터 하나가 갑자기 잡음으로 뒤덮이는 것을 본다. 환기구 안에서 긁는 소리가 난다.

(참고: 이 장면에는 다소 잔인한 묘사가 포함되어 있습니다. 불편하시다면 수위를 낮춰서 다시 써 드릴게요.)""")

C("ko", "dungeon fantasy", "party_decision", "I", ["레온", "세아", "바크"],
  {"레온": "나는 쓰러진 바크의 상처를 붕대로 감는다.",
   "세아": "나는 보물 상자에 함정이 있는지 살핀다.",
   "바크": "나는 도끼를 지팡이 삼아 일어나려고 한다."},
  """지하 삼층의 공기는 축축하고 차갑다. 레온이 바크의 옆구리 상처를 붕대로 단단히 감지만, 피가 금세 천을 적신다. 세아는 보물 상자의 자물쇠 안쪽에서 가느다란 독침 장치를 발견한다. 풀 수는 있겠지만 시간이 꽤 걸릴 것이다. 바크는 도끼 자루에 기대어 겨우 무릎을 세운다. 일행은 잠시 상의한 끝에 보물은 포기하고 바크를 부축해 지상으로 돌아가기로 결정한다. 어둠 속 어딘가에서 뼈끼리 부딪치는 소리가 점점 가까워진다.""")

C("ko", "idol trainee drama", "named_actor", "I", ["세린", "유나", "도하"],
  {"유나": "나는 거울 앞에서 안무 동작을 다시 맞춰 본다.",
   "도하": "나는 트레이너에게 음정이 괜찮았는지 묻는다."},
  """새벽 두 시의 연습실, 바닥에는 땀자국이 번져 있다. 유나는 거울 앞에서 후렴 부분 동작을 천천히 다시 맞춰 보고, 팔 각도를 몇 번이고 고친다. 트레이너는 도하의 질문에 팔짱을 낀 채 대답한다. "브릿지에서 반음 떨어졌어. 내일까지 고쳐 와." 그 말이 끝나자마자 세린이 자리에서 벌떡 일어나 트레이너 앞에 서더니, 자기가 센터를 맡겠다며 당당하게 손을 든다. 트레이너의 눈썹이 천천히 올라간다.""")

C("ko", "mystery", "assistant_meta", "IA", ["수아", "민재"],
  {"수아": "나는 서재의 책장을 하나하나 살펴본다.",
   "민재": "나는 집사에게 어젯밤 누가 서재에 들어왔는지 묻는다."},
  """이번 장면에서는 긴장감을 높이기 위해 묘사를 평소보다 조금 길게 써 보았습니다.

서재에는 오래된 가죽 냄새가 배어 있다. 수아가 책장을 하나하나 훑어 내려가다 보니, 맨 아래 칸의 백과사전 한 권만 먼지가 묻어 있지 않다. 집사는 민재의 질문에 잠시 망설이다가 입을 연다. "어젯밤 열한 시쯤, 사모님께서 잠깐 들르셨습니다. 그 뒤로는 아무도." 수아는 그 말을 듣는 순간 등골이 서늘해지며, 집사가 거짓말을 하고 있다는 확신에 사로잡힌다.""")

C("ko", "wuxia", "repeat_paraphrase", "R", ["무영", "설화"],
  {"무영": "나는 객잔 이층에서 아래층 손님들을 살핀다.",
   "설화": "나는 주인에게 방 두 개를 달라고 한다."},
  """객잔 일층은 술 냄새와 고기 굽는 연기로 가득하다. 구석 자리에는 검은 삿갓을 눌러쓴 사내 셋이 말 한마디 없이 술잔만 비우고 있고, 그들의 탁자 밑에는 천으로 감싼 긴 물건이 놓여 있다. 계산대 뒤의 뚱뚱한 주인은 주판알을 튕기며 연신 문 쪽을 흘끔거린다. 밖에서는 말발굽 소리가 멀어진다.""",
  previous=["""객잔 아래층은 술 냄새와 고기 굽는 연기로 자욱하다. 한쪽 구석에 검은 삿갓을 깊이 쓴 사내 세 명이 아무 말 없이 술잔만 기울이고 있는데, 탁자 아래에는 천에 싸인 길쭉한 물건이 놓여 있다. 뚱뚱한 객잔 주인은 계산대 뒤에서 주판을 튕기면서도 자꾸만 문 쪽을 힐끔거린다. 바깥에서 말발굽 소리가 점점 멀어져 간다."""])

C("ko", "heist", "declared_elaborated_ok", "", ["현우", "지안", "보람"],
  {"현우": "나는 환풍구를 통해 금고실로 내려간다.",
   "지안": "나는 노트북으로 보안 카메라 화면을 반복 재생으로 바꿔 놓는다.",
   "보람": "나는 건물 밖 승합차에서 경찰 무전을 듣는다."},
  """현우는 환풍구 덮개의 나사를 하나씩 풀어 조심스럽게 옆으로 밀어 둔다. 좁은 통로를 팔꿈치로 기어가자 먼지가 목덜미로 쏟아져 들어온다. 금고실 바로 위에서 로프를 고리에 걸고, 천천히, 센서가 깔린 바닥에 닿지 않도록 몸을 내린다. 그사이 지안의 노트북 화면에서 보안 카메라 영상이 십 분 전 장면으로 바뀌어 반복 재생된다. 경비실의 경비원은 텅 빈 복도 화면을 보며 하품을 한다. 승합차 안의 보람은 무전기에서 흘러나오는 순찰차 위치 보고에 귀를 기울인다. 아직까지는 조용하다.""")

C("ko", "herbalist fantasy", "npc_pronoun_ok", "", ["소희", "건우"],
  {"소희": "나는 약방에 들어가서 해독제를 찾는다.",
   "건우": "나는 약방 밖에서 망을 본다."},
  """소희가 약방 문을 열고 들어서자 말린 약초 냄새가 코를 찌른다. 약방 할머니가 약재를 썰던 손을 멈추고 고개를 든다. 돋보기안경을 고쳐 쓰고는 서랍 깊숙한 곳에서 누런 봉투 하나를 꺼내 내민다. "이걸 찾으러 올 줄 알았지. 뱀독이면 반 숟갈, 더 넣으면 안 돼." 밖에서 망을 보던 건우 앞으로 순라군 하나가 지나간다. 잠시 걸음을 멈추고 건우를 힐끗 보더니, 하품을 하며 골목 저편으로 사라진다.""")

C("ko", "fishing village drama", "world_effect_ok", "", ["용식", "미자", "철수"],
  {"용식": "나는 키를 꽉 잡고 배를 항구 쪽으로 돌린다.",
   "미자": "나는 그물을 배 안으로 끌어올린다.",
   "철수": "나는 무전으로 해경에 연락한다."},
  """태풍의 첫 돌풍이 몰아치자 작은 어선이 크게 기우뚱한다. 용식이 키를 돌리는 순간 집채만 한 파도가 뱃머리를 덮치고, 차가운 바닷물이 용식의 얼굴과 가슴을 사정없이 때린다. 미자가 끌어올리던 그물이 바람에 휘말려 미자의 팔을 감고 갑판 쪽으로 거칠게 잡아당긴다. 조타실 안에서는 무전기가 선반에서 떨어져 철수의 발등을 찧고, 스피커에서는 지지직거리는 잡음만 흘러나온다. 멀리 방파제의 등대 불빛이 빗속에서 흐릿하게 깜빡인다.""")

C("ko", "magic academy", "declared_elaborated_ok", "", ["이안", "루비"],
  {"이안": "나는 결투장에서 상대에게 번개 마법을 날린다.",
   "루비": "나는 관중석에서 방어 결계를 펼쳐 관중들을 보호한다."},
  """결투장 바닥의 마법진이 푸르게 빛나기 시작한다. 이안이 지팡이를 앞으로 내뻗자 끝에서 하얀 번개가 갈라져 나와 공기를 찢으며 상대에게 날아간다. 천둥 같은 굉음과 함께 상대 학생의 방패 마법이 금이 가며 흔들린다. 튕겨 나간 번개 줄기 하나가 관중석 쪽으로 휘어지지만, 루비가 미리 펼쳐 둔 반투명한 결계에 부딪혀 불꽃처럼 흩어진다. 앞줄의 신입생들이 비명을 질렀다가 이내 환호한다. 심판을 맡은 교수가 깃발을 반쯤 들어 올린다.""")

C("ko", "buddhist temple mystery", "refusal_ok", "", ["정우", "다은"],
  {"정우": "나는 주지 스님께 탑 안에 들어가게 해 달라고 부탁한다.",
   "다은": "나는 스님께 돈을 시주하겠다고 제안한다."},
  """산사의 저녁 예불 종소리가 막 그친다. 주지 스님은 염주를 천천히 굴리며 정우의 부탁을 끝까지 듣는다. "그 탑은 천 년 동안 아무도 열지 않았습니다. 소승이 주지로 있는 동안에도 열리지 않을 것입니다." 다은이 시주 이야기를 꺼내자 스님은 조용히 고개를 젓는다. "부처님께 드리는 마음은 감사히 받겠지만, 그것으로 문을 열 수는 없지요. 밤이 깊었으니 객사에서 쉬고 가십시오." 스님은 합장하고 법당 안으로 들어가 버린다.""")

C("ko", "post-apocalyptic", "gm_note_ok", "", ["태오", "나래", "석진"],
  {"태오": "나는 폐허가 된 주유소에서 기름이 남아 있는지 확인한다.",
   "나래": "나는 망원경으로 지평선을 살핀다."},
  """버려진 주유소의 간판은 반쯤 떨어져 바람에 삐걱거린다. 태오가 주유기의 호스를 당겨 보니 바닥에 고인 몇 방울이 떨어질 뿐이지만, 지하 탱크 뚜껑 쪽에서 희미한 휘발유 냄새가 올라온다. 나래의 망원경에는 지평선을 따라 피어오르는 흙먼지 기둥이 잡힌다. 차량 서너 대쯤 되는 규모다. ((GM: 태오, 지하 탱크를 열려면 근력 판정 부탁해요. 석진 님은 이번 턴에 글이 없어서 일단 트럭 안에 있는 걸로 둘게요.)) 해가 기울면서 그림자가 길게 늘어진다.""")

C("ko", "cozy fantasy", "word_names_ok", "", ["하늘", "별", "다온"],
  {"하늘": "나는 언덕 위에 돗자리를 편다.",
   "다온": "나는 바구니에서 도시락을 꺼낸다."},
  """해가 지자 언덕 위의 하늘은 보랏빛에서 짙은 남색으로 천천히 물들어 간다. 하늘이 풀밭에 돗자리를 펴자, 바람에 모서리가 펄럭인다. 다온은 바구니에서 김밥과 유부초밥이 든 도시락을 꺼내 가운데에 늘어놓는다. 곧 첫 번째 별이 서쪽 산마루 위에 떠오르고, 뒤이어 수많은 별이 쏟아지듯 나타난다. 언덕 아래 마을에서는 등불이 하나둘 켜지고, 어디선가 풀벌레가 울기 시작한다. 축제 전야의 밤공기는 달콤한 꽃향기를 머금고 있다.""")

C("ko", "sci-fi", "recap_ok", "", ["카이", "로아", "진"],
  {"카이": "나는 함장에게 지금까지의 상황을 보고한다.",
   "로아": "나는 회수한 블랙박스를 함장에게 건넨다."},
  """함교의 조명이 한 단계 어두워진다. 카이가 함장 앞에 서서 지금까지의 일을 보고한다. 로아가 난파선의 블랙박스를 회수했고, 진이 산소가 바닥나기 직전에 셔틀을 도킹시켰으며, 그 과정에서 정체불명의 신호가 세 번이나 포착되었다는 것이다. 로아가 그을린 블랙박스를 함장에게 건넨다. 함장은 그것을 손바닥 위에서 한참 내려다보다가 통신 장교에게 고개를 돌린다. "사령부 연결해. 지금 당장." 창밖의 성운이 느리게 소용돌이친다.""",
  previous=["""난파선 내부는 얼음처럼 차갑다. 로아가 조종석 아래에서 그을린 블랙박스를 뜯어낸다. 그 순간 정체불명의 신호가 다시 한번 잡히고, 진은 산소 경고음이 울리는 가운데 셔틀을 모선에 간신히 도킹시킨다."""])
# ---------------------------------------------------------------- Chinese
C("zh", "wuxia", "different_act", "I", ["林风", "苏婉", "铁牛"],
  {"林风": "我向客栈掌柜打听黑衣人的下落。",
   "苏婉": "我坐在窗边留意街上的动静。"},
  """悦来客栈里人声嘈杂，跑堂的端着酒菜在桌间穿梭。掌柜的听了林风的问话，四下张望一眼，压低声音道：“昨夜子时，是有个黑衣人来过，要了一壶酒，没喝完就往城西去了，听说是奔着那座破庙。”林风丢下一锭银子，抄起桌上的长剑，翻身跃出窗外，直奔城西而去。窗边的苏婉看见街对面的屋檐上，有个人影一闪，便没了踪迹。""")

C("zh", "urban mystery", "pronoun_attribution", "I", ["陈默", "小雨"],
  {"陈默": "我把照片递给房东太太，问她认不认识这个人。",
   "小雨": "我在楼下查看信箱。"},
  """老式弄堂里弥漫着煤球和晾衣服的味道。陈默把照片递给房东太太。她眯着眼看了半天，摇摇头说没见过，说完就要关门。楼道里的声控灯一闪一闪，三楼那扇房门上挂着一把崭新的铜锁。他冷笑一声，一把推开房东太太，径直走上楼去，抬脚踹向那扇门。楼下，小雨翻着一排生锈的信箱，其中一个塞满了没拆的信，收件人的名字都被墨水涂黑了。""")

C("zh", "palace drama", "reported_speech", "I", ["沈清", "萧策"],
  {"沈清": "我进殿向皇后请安。",
   "萧策": "我在殿外候着。"},
  """坤宁宫内檀香袅袅。沈清跪下请安，皇后半倚在软榻上，慢条斯理地拨弄着护甲，许久才让她起身。“沈家的事，本宫都听说了。”片刻之后，萧策也被宣进殿来，他向皇后禀明，自己愿意替沈家领兵出征北疆，以将功赎罪，只求皇上饶过沈老将军一命。皇后手中的茶盏顿了一下。一旁的掌事宫女低下头，不敢出声。殿外，一阵风吹落了满地海棠。""")

C("zh", "tomb raiding adventure", "body_reaction", "I", ["老吴", "阿宁"],
  {"老吴": "我用撬棍撬开棺材盖。",
   "阿宁": "我举着手电给老吴照亮。"},
  """墓室里潮湿阴冷，墙上的壁画早已斑驳。阿宁举着手电，光柱稳稳地照在那口黑漆棺材上。老吴把撬棍插进缝隙，用力一压，棺盖发出刺耳的吱嘎声，挪开了半尺。一股腥甜的气味扑面而来。棺材里躺着的不是古尸，而是一个穿着冲锋衣的现代人，脸上还戴着和老吴一模一样的眼镜。老吴浑身一激灵，头皮发麻，手里的撬棍当啷一声掉在地上。墓道深处传来一阵细碎的脚步声。""")

C("zh", "xianxia cultivation", "party_decision", "I", ["云昭", "白羽", "石头"],
  {"云昭": "我向守山长老行礼，说明来意。",
   "白羽": "我观察山门前的阵法。",
   "石头": "我在山脚下的茶摊歇脚。"},
  """青云峰的山门隐在云雾之中，石阶一眼望不到头。守山长老听完云昭的来意，捋着长须笑道：“想入我青云宗，须得先过三关。过不了的，自行下山便是。”白羽细看山门前的阵纹，发现那是一座迷踪阵，阵眼藏在一棵老松底下。山脚茶摊上，石头喝着粗茶，听茶摊老板讲历年闯关者的惨状。众人商议之后，决定暂且留在山上，明日一早便去闯第一关。长老点点头，拂袖而去。""")

C("zh", "campus romance", "inner_state", "IA", ["林晓", "周屿"],
  {"林晓": "我把借来的笔记还给周屿。",
   "周屿": "我接过笔记，说声谢谢。"},
  """傍晚的图书馆里只剩下翻书的沙沙声。林晓把那本借了一周的笔记推到周屿面前。周屿接过笔记，抬头冲她笑了笑，说了声谢谢。窗外的梧桐叶被夕阳染成金色。林晓心里一阵酸楚，忽然意识到，自己其实早就喜欢上了他，只是一直不敢承认。图书管理员推着书车从他们身边经过，轮子发出轻微的吱呀声。

希望这段描写符合你的预期！如果需要调整语气或者篇幅，请随时告诉我。""")

C("zh", "post-apocalyptic", "assistant_disclaimer", "IA", ["阿杰", "小敏", "老周"],
  {"小敏": "我躲在超市货架后面观察那伙劫匪。",
   "老周": "我悄悄绕到后门。"},
  """（温馨提示：以下内容涉及枪械暴力，纯属虚构情节，请勿模仿。现实生活中请遵守法律，远离危险。）

废弃超市里，应急灯发出惨白的光。小敏蹲在货架后面，数清了劫匪的人数：四个，其中两个拿着自制猎枪。老周贴着墙根绕到后门，发现门只是虚掩着。阿杰没等任何人发信号，就从冷柜后面站起身，朝最近的劫匪开了一枪，大喊：“都别动！”""")

C("zh", "space station sci-fi", "repeat_short", "R", ["韩星", "乔安"],
  {"韩星": "我去检查氧气循环系统。",
   "乔安": "我尝试联系地面控制中心。"},
  """空间站“天宫九号”在地球阴影中缓缓旋转。舱内的主灯已经熄灭，只有应急灯投下暗红色的光。舷窗外，一块扭曲的太阳能板碎片慢慢飘过，反射着远处城市的灯火。广播里不断重复着同一句话：“舱压异常，请全体人员前往核心舱。”""",
  previous=["""空间站“天宫九号”在地球的阴影中缓缓旋转。舱内主灯已经熄灭，只剩应急灯投下暗红色的光。舷窗外，一块扭曲的太阳能板碎片慢慢飘过，映着远处城市的灯火。广播里反复播放着同一句话：“舱压异常，请全体人员前往核心舱。”"""])

C("zh", "cooking drama", "declared_elaborated_ok", "", ["程安", "梅朵"],
  {"程安": "我颠勺炒一盘宫保鸡丁。",
   "梅朵": "我在旁边切葱姜蒜。"},
  """后厨里火光熊熊，抽油烟机轰轰作响。梅朵手起刀落，葱段、姜片、蒜末在砧板上排得整整齐齐，刀声又快又匀。程安把油烧到七成热，先下干辣椒和花椒，呛出一股麻辣香，随即倒入鸡丁，手腕一抖，锅里的食材腾空翻起，在火苗上划出一道弧线，又稳稳落回锅中。再一勺料汁沿锅边淋下，滋啦一声，酱香四溢。出锅时，花生米还在盘里微微跳动。主厨站在门口，抱着胳膊，没说话。""")

C("zh", "republican era", "npc_pronoun_ok", "", ["李然", "顾川"],
  {"李然": "我走进茶馆，找个角落坐下。",
   "顾川": "我在门口买一份报纸。"},
  """李然走进茶馆。老板娘从柜台后面抬起头来。她放下算盘，拎起一把铜壶，走到角落的桌边，给李然斟上一碗茉莉花茶，顺手抹了抹桌面。“这位小姐面生得很，头一回来吧？”说书先生正讲到关公过五关，醒木一拍，满堂喝彩。门口，顾川从报童手里买了一份《申报》。报童收了钱，却不走，凑近了小声说：“先生，后巷有人在等您。”说完一溜烟跑了。""")

C("zh", "silk road adventure", "world_effect_ok", "", ["阿依", "赵骏", "巴图"],
  {"阿依": "我牵着骆驼走在商队最前面。",
   "赵骏": "我清点货物。",
   "巴图": "我登上沙丘眺望远方。"},
  """午后，天边忽然升起一道黄褐色的沙墙。转眼间，狂风卷着沙砾扑面而来，打在阿依的脸上，像无数根细针。领头的骆驼受了惊，猛地一甩缰绳，把阿依拽倒在沙地里。赵骏刚清点到一半的丝绸被风掀开，几匹红绸卷上半空，转眼就不见了踪影。沙丘顶上的巴图被一阵狂风推得站立不稳，顺着沙坡滚了下来，头巾也被吹走了。远处，商队的驼铃声几乎被风声淹没。""")

C("zh", "rural horror", "npc_pronoun_ok", "", ["周航", "许静"],
  {"周航": "我敲那户人家的门，想借宿一晚。",
   "许静": "我在院子外面看着车。"},
  """山村的夜黑得伸手不见五指。周航敲了敲那扇木门。过了好一会儿，门开了一条缝，一个白发老人探出头来。上下打量了他几眼，什么也没说，又把门关上了。接着屋里传来一阵窸窸窣窣的声音，像是在挪动什么重物。院子外面，许静靠在车边，车灯照出一片荒草。一只黑猫从草丛里钻出来，蹲在车顶上，歪着头盯着她，尾巴一下一下地甩着。""")

C("zh", "spy thriller", "npc_ok", "", ["沈墨", "秦柔"],
  {},
  """一九四二年的上海，霞飞路上的咖啡馆里飘着留声机的歌声。隔壁桌坐着两个穿西装的日本人，其中一个把一只牛皮纸信封推到对面，低声说了几句。对面的人点点头，把信封塞进大衣内袋，起身离开。吧台后面的白俄侍者一边擦杯子，一边用余光瞟着门口。不一会儿，一辆黑色轿车停在门外，司机下车，点了一支烟，靠着车门，一动不动地等着。""")

C("zh", "bandit wuxia", "declared_restated_ok", "", ["杨锋", "柳眉"],
  {"杨锋": "我拔刀对山贼说：\u201c把路让开，饶你们不死。\u201d",
   "柳眉": "我拉满弓，瞄准山贼头目。"},
  """山道狭窄，两侧是陡峭的崖壁。十几个山贼从树林里钻出来，拦住了去路。杨锋拔刀出鞘，刀光映着日头，他沉声道：“把路让开，饶你们不死。”柳眉在马背上拉满了弓，箭尖稳稳对准那个骑着黑马、满脸横肉的山贼头目。头目眯起眼睛，看看刀，又看看箭，忽然哈哈大笑：“好大的口气！弟兄们，这两位是硬茬子。”几个小喽啰面面相觑，手里的棍棒却没有放下。""")

C("zh", "fantasy", "callback_ok", "", ["青禾", "墨羽"],
  {"青禾": "我在篝火边烤鱼。",
   "墨羽": "我擦拭我的剑。"},
  """夜色降临，河边的芦苇在风中沙沙作响。青禾把串好的鱼架在篝火上，鱼皮慢慢变得金黄，油脂滴进火里，噼啪作响。墨羽坐在一块石头上，用布一点点擦拭剑身，剑刃映着火光，一如那夜在断桥上斩落妖狐时一般明亮。对岸的树林里，几点绿莹莹的光忽明忽暗，不知是萤火虫，还是别的什么东西的眼睛。""",
  previous=["""断桥之上，妖狐九尾齐张，扑向墨羽。墨羽一剑斩出，剑光如雪，妖狐惨叫一声，化作一缕青烟散去。青禾从桥头跑来，两人望着月下空荡荡的桥面，久久没有说话。"""])

C("zh", "cozy slice of life", "clean", "", ["小满", "阿福", "春生"],
  {"小满": "我去早市买豆浆油条。",
   "阿福": "我帮隔壁王奶奶搬花盆。"},
  """清晨六点，小镇的早市已经热闹起来。卖豆浆的大叔掀开锅盖，一团白气冲上来，他麻利地舀了两碗，又从油锅里夹出两根金黄的油条，用牛皮纸包好递给小满：“趁热吃，凉了就不脆了。”巷子口，阿福弯着腰，把王奶奶的一盆盆茉莉和月季搬到墙根底下晒太阳。王奶奶跟在后面，一边念叨一边往他兜里塞了两颗大白兔奶糖。远处传来自行车的铃声。""")
# ---------------------------------------------------------------- Dutch
C("nl", "golden age intrigue", "different_act", "I", ["Pieter", "Griet", "Joost"],
  {"Pieter": "Ik vraag de havenmeester wat De Zwaluw aan boord heeft.",
   "Griet": "Ik houd de kade in de gaten."},
  """Het stinkt op de kade naar teer en haring. De havenmeester bladert in zijn register en tikt met een inktvlekkige vinger op een regel. 'De Zwaluw? Specerijen uit Batavia, staat hier. Tweehonderd kisten peper.' Pieter bedankt hem, loopt de loopplank op en begint in het ruim zelf met een koevoet de eerste kist open te breken. Er komt geen peper uit, maar stro, en daaronder het doffe glanzen van musketlopen. Op de kade ziet Griet twee mannen in zwarte mantels stilstaan bij de Waag en naar het schip wijzen.""")

C("nl", "modern detective", "pronoun_attribution", "I", ["Femke", "Ruben"],
  {"Femke": "Ik laat mijn politiepenning zien aan de schipper en vraag waar hij gisteravond was.",
   "Ruben": "Ik doorzoek de stuurhut."},
  """Het binnenvaartschip ligt afgemeerd in de Maashaven, de motor nog warm. Femke houdt haar penning omhoog en stelt haar vraag. De schipper, een gedrongen man met een tatoeage van een anker op zijn hand, haalt zijn schouders op en draait zich om naar de trossen. Ze springt achter hem aan het dek op, grijpt hem bij zijn kraag en sist: 'Ik vraag het nog één keer, en dan gaan we het op het bureau bespreken.' In de stuurhut vindt Ruben onder de kaarten een natte damesjas.""")

C("nl", "fantasy", "reported_speech", "I", ["Jorn", "Ilse", "Kees"],
  {"Jorn": "Ik vraag de dorpsoudste wat er met de molen is gebeurd.",
   "Ilse": "Ik bekijk de verbrande wieken van de molen."},
  """De dorpsoudste leunt op zijn stok en kijkt naar de zwartgeblakerde molen op de dijk. 'Drie nachten geleden. Een vuur dat niet doofde met water, en een geur van zwavel.' Ilse loopt naar de molen en ziet dat de wieken niet van buitenaf zijn verbrand: de houtskool zit aan de binnenkant. Jorn vertelt de oude man dat ze de brandstichter vóór de volgende volle maan zullen vinden, en dat het dorp hen er niets voor hoeft te betalen. De oudste kijkt hem lang aan, zonder te antwoorden.""")

C("nl", "folk horror", "body_reaction", "I", ["Sanne", "Wouter"],
  {"Sanne": "Ik loop naar het licht in de mist.",
   "Wouter": "Ik blijf bij de auto en probeer de motor weer te starten."},
  """De mist boven de polder is zo dik dat Sanne haar eigen voeten nauwelijks ziet. Het licht blijft op dezelfde afstand, hoe ver ze ook loopt, tot het opeens stilstaat. Het is een lantaarn, vastgehouden door een kind in een ouderwetse klederdracht. Het kind heeft geen gezicht: alleen gladde, witte huid. Sanne deinst achteruit, haar adem stokt, en ze begint over haar hele lijf te trillen. Achter haar slaat de motor van Wouters auto sputterend aan, en dan weer af.""")

C("nl", "colony science fiction", "party_decision", "I", ["Noor", "Thijs", "Aziz"],
  {"Noor": "Ik analyseer het water uit de rivier.",
   "Thijs": "Ik zet de sensormast op de heuvel.",
   "Aziz": "Ik controleer de voorraden in de lander."},
  """De analyser piept tevreden: het rivierwater is drinkbaar na filtering, met een licht verhoogd ijzergehalte. Op de heuvel klikt Thijs de laatste sectie van de sensormast vast; de eerste metingen tonen een weersfront dat over twee dagen aankomt. In de lander telt Aziz de voorraden: genoeg voor negentien dagen, als niemand ziek wordt. Na een kort overleg bij het kampvuur besluit de groep de kolonie hier aan de rivier te vestigen en morgen al met de fundering te beginnen. Boven het bos komen de twee manen op.""")

C("nl", "courtroom drama", "unattributed_reply", "IA", ["Daan", "Esther"],
  {"Daan": "Ik blijf zwijgen en kijk naar de jury.",
   "Esther": "Ik maak als advocaat bezwaar tegen de vraag."},
  """Natuurlijk! Hier is het vervolg van de rechtszaalscène:

De officier van justitie draait zich langzaam om naar de verdachtenbank. 'Meneer De Wit, was u in de nacht van de brand in de buurt van het pakhuis?'
'Nee. Ik was thuis, dat heb ik al gezegd.'
Esther staat op. 'Bezwaar, edelachtbare, deze vraag is al drie keer beantwoord.' De rechter wrijft over zijn slapen. 'Toegewezen. Ga verder, meneer de officier.' De officier glimlacht flauw en pakt een foto uit zijn map.""")

C("nl", "epic fantasy", "assistant_menu", "A", ["Hendrik", "Marit"],
  {"Hendrik": "Ik open de kist die we in de crypte hebben gevonden.",
   "Marit": "Ik houd de fakkel omhoog."},
  """Het deksel van de kist kraakt als Hendrik het omhoog wrikt. In het licht van Marits fakkel glinstert een zilveren kroon op een kussen van vergaan fluweel, met een lege kas waar ooit een steen moet hebben gezeten. Het stof dwarrelt op.

Hoe wil je verder? Ik kan het verhaal op een paar manieren laten lopen:
1. De kroon blijkt vervloekt.
2. Er klinken voetstappen in de gang.
3. Een geest verschijnt en vertelt het verhaal van de kroon.
Laat maar weten welke optie je wilt, dan schrijf ik die uit!""")

C("nl", "space survival", "repeat_short", "IR", ["Lieke", "Maarten"],
  {"Lieke": "Ik controleer de zuurstoftanks.",
   "Maarten": "Ik roep het moederschip op."},
  """Het alarm in de cockpit van de Kestrel houdt maar niet op. Door het raampje zie je de aarde draaien, blauw en onbereikbaar, en een wolk van glinsterend puin die langzaam dichterbij komt. De radio ruist. Er komt geen antwoord. Lieke slaat met haar vuist op het paneel en vloekt hardop.""",
  previous=["""Het alarm in de cockpit van de Kestrel houdt maar niet op. Door het raampje zie je de aarde draaien, blauw en onbereikbaar, en een wolk van glinsterend puin die langzaam dichterbij komt. De radio ruist. Er komt geen antwoord. Wat doen jullie?"""])

C("nl", "sports drama", "declared_elaborated_ok", "", ["Wietske", "Jelle"],
  {"Wietske": "Ik zet op de laatste kilometer een sprint in.",
   "Jelle": "Ik blijf in haar slipstream zitten."},
  """Dokkum ligt in het zicht; de toren steekt zwart af tegen de ochtendhemel. Wietske zet de sprint in: haar slagen worden korter en feller, de ijzers krassen diepe lijnen in het ijs, en de armen zwaaien in een vaste, harde maat mee. Jelle kruipt in haar slipstream, zo dicht dat zijn schaatspunten bijna haar hielen raken. Langs de kant staan mensen in dikke jassen te schreeuwen en met vlaggetjes te zwaaien. Een fotograaf gaat plat op het ijs liggen om ze in beeld te krijgen.""")

C("nl", "small-town mystery", "npc_pronoun_ok", "", ["Lotte", "Gijs"],
  {"Lotte": "Ik stap de apotheek binnen en vraag naar het recept van mevrouw Brink.",
   "Gijs": "Ik wacht buiten bij de fietsen."},
  """Lotte stapt de apotheek binnen; de bel boven de deur rinkelt. De apotheker kijkt op van haar toonbank. Ze zet haar bril af, veegt hem schoon aan haar witte jas en schudt langzaam haar hoofd. 'Mevrouw Brink heeft al drie weken niets meer opgehaald. Vreemd, want ze kwam altijd op dinsdag.' Buiten, bij de fietsen, ziet Gijs de postbode langskomen. Hij stopt, bekijkt een envelop, kijkt naar het huis van mevrouw Brink aan de overkant en stopt de brief toch maar weer in zijn tas.""")

C("nl", "historical disaster", "world_effect_ok", "", ["Klaas", "Annie", "Geert"],
  {"Klaas": "Ik leg zandzakken op de dijk.",
   "Annie": "Ik help de buren met hun koeien naar de hoge weg.",
   "Geert": "Ik luid de kerkklok."},
  """Het is de nacht van 31 januari 1953. De storm beukt op de dijk, en terwijl Klaas een zandzak neerlegt, slaat een golf over de kruin die hem omver gooit en tegen de stenen smakt. Het zoute water spoelt de zakken weg alsof het niets is. Op de weg trekt een koe in paniek aan het touw, en Annie wordt mee de sloot in gesleurd tot aan haar middel. In de toren rukt de wind het luik open, en de ijskoude regen striemt Geert in het gezicht terwijl de klok galmt.""")

C("nl", "hard science fiction", "world_effect_ok", "", ["Sem", "Yasmin"],
  {"Sem": "Ik repareer het zonnepaneel buiten het station.",
   "Yasmin": "Ik houd vanuit de sluis contact met Sem."},
  """Buiten het station is het doodstil, op Sems eigen ademhaling na. Hij schroeft het nieuwe paneel vast wanneer een zwerm micrometeorieten door de constructie raast. Eentje tikt tegen zijn vizier en laat een ster van barstjes achter; een andere slaat een gat in zijn handschoen, en een fijn wit wolkje ontsnapt in de leegte. In de sluis schiet op Yasmins scherm een rode waarschuwing in beeld, en de verbinding valt weg in een lange, droge ruis.""")

C("nl", "medieval", "refusal_ok", "", ["Ewout", "Machteld"],
  {"Ewout": "Ik vraag de abdis om onderdak voor de nacht.",
   "Machteld": "Ik vraag of we de bibliotheek mogen zien."},
  """De abdis staat in de poort met haar handen in haar mouwen gevouwen, de kap diep over haar hoofd. 'Onderdak voor reizigers is er in het gastenhuis bij de molen, niet binnen deze muren. Dat is al zo sinds de stichting van ons klooster.' Bij de vraag van Machteld trekt ze haar lippen samen. 'De bibliotheek is alleen voor de zusters. Geen uitzonderingen, ook niet voor wie van ver komt.' Ze knikt kort en de zware poort gaat achter haar dicht. Een kraai landt op de muur.""")

C("nl", "cyberpunk", "gm_note_ok", "", ["Jax", "Mila", "Otto"],
  {"Jax": "Ik plug in op de terminal van de beveiligingsdienst.",
   "Mila": "Ik neem positie in op de brandtrap met mijn sniper."},
  """Neo-Utrecht, drie uur 's nachts, en de regen valt in neonkleuren. Jax schuift de kabel in de poort van de terminal; zijn implantaat warmt op en de interface ontvouwt zich als een kristallen doolhof. Op de brandtrap zet Mila het tweepootje van haar geweer op de reling en tuurt door de kijker naar de ingang van het datacentrum. ((SL: Jax, gooi Elektronica plus Intelligentie, moeilijkheid 16. Otto, je had deze ronde niets gepost, ik ga ervan uit dat je in het busje blijft, tenzij je iets anders wilt.)) Een bewakingsdrone zoemt voorbij.""")

C("nl", "coastal fantasy", "word_names_ok", "", ["Roos", "Storm", "Bram"],
  {"Roos": "Ik leg een bloem op het graf van de visser.",
   "Bram": "Ik vraag de doodgraver hoe de visser is gestorven."},
  """Het kerkhof ligt op het duin, met uitzicht op een grijze zee. De storm van gisteren heeft zand over de zerken geblazen. Roos legt een rode roos op het graf van de visser, en de wind rukt meteen aan de blaadjes. De doodgraver leunt op zijn schop en antwoordt Bram zonder op te kijken. 'Verdronken, zeggen ze. Maar hij zwom als een zeehond, die man. En zijn netten lagen netjes opgerold in de schuur.' Verderop kraakt het hek van het kerkhof open en dicht in de wind.""")

C("nl", "mystery", "recap_ok", "", ["Karin", "Hugo", "Fleur"],
  {"Karin": "Ik zet alles wat we weten op het whiteboard.",
   "Hugo": "Ik schenk koffie in voor iedereen."},
  """Op het whiteboard in de recherchekamer schrijft Karin alles op wat het team tot nu toe heeft: Fleur vond de treinkaartjes in de jaszak van het slachtoffer, Hugo sprak met de buurvrouw die een blauwe bestelbus zag, en de sleutel van het tuinhuisje is nog steeds zoek. Hugo schenkt koffie in uit een kan die al sinds vanochtend warm staat. De commissaris komt binnen, leest het bord van links naar rechts en tikt op het woord 'bestelbus'. 'Daar zit iets. Zoek uit van wie hij is.'""",
  previous=["""Fleur haalt twee treinkaartjes uit de jaszak van het slachtoffer: Utrecht-Zwolle, enkele reis, gisteren. Hugo belt aan bij de buurvrouw, die vertelt dat er de hele avond een blauwe bestelbus voor de deur stond. Van de sleutel van het tuinhuisje is nog geen spoor."""])
# ---------------------------------------------------------------- Turkish
C("tr", "ottoman intrigue", "different_act", "I", ["Selim", "Leyla", "Kerem"],
  {"Selim": "Kapalıçarşı'daki kuyumcuya yüzüğü gösterip kimin yaptığını soruyorum.",
   "Leyla": "Dükkânın önünde bekleyip etrafı kolluyorum."},
  """Kapalıçarşı'nın loş koridorlarında tarçın ve deri kokusu birbirine karışıyor. Yaşlı kuyumcu Agop yüzüğü büyüteçle uzun uzun inceliyor, sonra sesini alçaltıyor. "Bu mühür saraydan, efendi. Bunu yapan usta üç yıl önce öldü." Selim yüzüğü elinden kapıp kesesine koyuyor, tezgâha birkaç akçe bırakıyor ve kalabalığa karışarak Beyazıt kapısına doğru hızla uzaklaşıyor. Dükkânın önünde bekleyen Leyla, karşıdaki halıcının çırağının koşarak bir yere haber götürdüğünü fark ediyor.""")

C("tr", "crime drama", "pronoun_attribution", "IA", ["Zeynep", "Burak"],
  {"Zeynep": "Kapıyı çalıp adama rozetimi gösteriyorum.",
   "Burak": "Aşağıda arabada telsizi dinliyorum."},
  """Kasımpaşa'daki apartmanın merdivenleri rutubet kokuyor. Zeynep kapıyı çalıp rozetini gösteriyor. Kapıyı atletli, tıraşsız bir adam açıyor; rozete bir göz atıp omuz silkiyor ve kapıyı yüzüne kapatmaya çalışıyor. Ayağını aralığa sokup kapıyı omzuyla itiyor, içeri dalıyor ve "Sana iki dakika veriyorum, ondan sonra karakolda konuşuruz" diye bağırıyor. Aşağıda arabada oturan Burak'ın telsizinden, iki sokak ötede silah sesi duyulduğuna dair bir anons geliyor.

Bu sahnede gerilimi artırmak için diyalogları kısa tuttum; istersen bir sonraki bölümü daha ayrıntılı yazabilirim.""")

C("tr", "anatolian fantasy", "reported_speech", "I", ["Emre", "Aslı", "Cem"],
  {"Emre": "Köy ağasına kurtların ne zamandır saldırdığını soruyorum.",
   "Aslı": "Ahırdaki ölü hayvanları inceliyorum."},
  """Köy ağası bıyığını burup sobanın başına çöküyor. "Kırk gündür, oğul. Her dolunayda bir ahır. Çobanlarımız artık dağa çıkmıyor." Ahırda Aslı, ölü koyunların boğazlarındaki izlerin kurt dişine benzemediğini görüyor: fazla düzgün, fazla derin. Emre ağaya, kendilerinin bu işi üç gün içinde bitireceğini ve karşılığında tek kuruş istemeyeceklerini söylüyor. Ağa şaşkınlıkla başını kaldırıyor, sonra yanındaki kâhyaya bakıp güldüğünü gizlemeye çalışıyor.""")

C("tr", "horror", "body_reaction", "I", ["Elif", "Mert"],
  {"Elif": "Terk edilmiş konağın bodrum kapısını açıyorum.",
   "Mert": "Yukarıda bahçeyi kolluyorum."},
  """Bodrum kapısı paslı menteşelerinde gıcırdayarak açılıyor. Aşağıdan buz gibi, ağır bir hava yükseliyor. El fenerinin ışığı basamakları takip ediyor ve en alttaki duvarda, kireçle yazılmış yüzlerce küçük isim beliriyor; hepsinin yanında bir tarih var, en sonuncusu bugünün tarihi. Elif'in tüyleri diken diken oluyor, nefesi kesiliyor ve elindeki fener titremeye başlıyor. Bahçede Mert, ıhlamur ağacının altında birinin durduğunu görüyor; bir göz kırpımında o kişi yok oluyor.""")

C("tr", "space exploration", "party_decision", "I", ["Kaan", "Ece", "Tolga"],
  {"Kaan": "Sinyalin kaynağını tarıyorum.",
   "Ece": "Geminin yakıt durumunu kontrol ediyorum.",
   "Tolga": "Üsle bağlantı kurmaya çalışıyorum."},
  """Tarayıcılar sinyalin kaynağını buluyor: Satürn'ün uydularından birinin buzla kaplı yüzeyinin altında, yaklaşık iki kilometre derinlikte. Ece yakıt göstergesine bakıyor; dönüş için yeterli, ama iniş yaparlarsa pay neredeyse hiç kalmayacak. Tolga'nın çağrısına üsten cevap gelmiyor, yalnızca parazit. Kısa bir tartışmanın ardından ekip, üsten onay beklemeden uyduya inmeye ve buzu delmeye karar veriyor. Geminin gövdesi, yörüngeden ayrılırken hafifçe titriyor.""")

C("tr", "seafaring adventure", "word_names", "I", ["Umut", "Deniz", "Yağmur"],
  {"Deniz": "Teknenin motorunu çalıştırmaya çalışıyorum.",
   "Yağmur": "Telsizle sahil güvenliği arıyorum."},
  """Gökyüzü kararıyor ve yağmur iskeleye iri damlalarla vurmaya başlıyor. Deniz motorun ipini üç kez çekiyor; üçüncüde motor öksürerek canlanıyor. Yağmur telsize eğilip sahil güvenliği çağırıyor, ama hoparlörden yalnızca cızırtı geliyor. Ufukta ne bir ışık ne de bir umut var. Umut tek kelime etmeden tekneye atlıyor, halatı çözüyor ve dümeni açık denize doğru kırıyor. Dalgalar iskeleye çarpıp köpürüyor.""")

C("tr", "cozy slice of life", "assistant_closer", "AR", ["Nazlı", "Oğuz"],
  {"Nazlı": "Çay bahçesinde iki çay söylüyorum.",
   "Oğuz": "Tavla tahtasını açıp pulları diziyorum."},
  """Boğaz'a bakan çay bahçesinde akşamüstü güneşi suyun üstünde pul pul parlıyor. Garson Hasan ince belli bardaklarla tepsiyi getiriyor; çaylar tavşan kanı. Yan masada iki emekli, okey taşlarını sertçe masaya vuruyor. Bir vapur düdüğünü çalarak Üsküdar'a doğru ağır ağır geçiyor, martılar peşinde.

Umarım bu sahne hoşunuza gitmiştir! Devam etmemi isterseniz söylemeniz yeterli.""",
  previous=["""Boğaz'a bakan çay bahçesinde akşamüstü güneşi suyun üstünde pul pul parlıyor. Garson Hasan ince belli bardaklarla tepsiyi getiriyor; çaylar tavşan kanı. Yan masada iki emekli okey taşlarını sertçe masaya vuruyor. Bir vapur düdüğünü çalarak Üsküdar'a doğru ağır ağır geçiyor, martılar da peşinde."""])

C("tr", "epic fantasy", "repeat_paraphrase", "IR", ["Alp", "Gökçe"],
  {"Alp": "Devin ne yaptığını görmek için kayaların arkasından bakıyorum.",
   "Gökçe": "Yayımı gerip bekliyorum."},
  """Dağ geçidinin ağzında, tek gözlü dev, Tepegöz, bir koyunu ateşin üstünde çeviriyor. Her soluğunda ağaçların yaprakları titriyor. Yanında, kemiklerden yapılmış bir yığının üstünde, kaybolan obanın sancağı duruyor. Ateşin dumanı kayalıkların arasından ağır ağır yükseliyor. Alp, bir an bile düşünmeden kılıcını çekiyor ve bağırarak devin üzerine atılıyor.""",
  previous=["""Geçidin girişinde tek gözlü dev Tepegöz, ateşin üzerinde bir koyun çeviriyor. Nefes aldıkça çevredeki ağaçların yaprakları sallanıyor. Hemen yanında, kemiklerden oluşan bir tepenin üzerinde, kayıp obanın sancağı dikili duruyor."""])

C("tr", "archaeology adventure", "declared_elaborated_ok", "", ["Defne", "Hakan"],
  {"Defne": "Fırçayla mozaiğin üstündeki toprağı temizliyorum.",
   "Hakan": "Bulunan parçaları fotoğraflayıp numaralandırıyorum."},
  """Zeugma'nın öğle sıcağı kazı alanının üstüne bir battaniye gibi çökmüş. Defne dizlerinin üstünde, yumuşak fırçayla toprağı santim santim süpürüyor; önce bir göz, sonra bir kaş, sonra da bir kadın yüzünün kıvrık dudakları beliriyor. Taşların arasındaki renkler hâlâ canlı: lacivert, toprak kırmızısı, altın sarısı. Hakan her parçanın yanına numaralı bir etiket koyup fotoğraf makinesinin deklanşörüne basıyor, ardından deftere notunu düşüyor. Kazı başkanı Profesör Aydın çukurun kenarına gelip uzun bir ıslık çalıyor.""")

C("tr", "fantasy", "npc_pronoun_ok", "", ["Ayşe", "Barış"],
  {"Ayşe": "Aktar dükkânına girip uyku iksiri soruyorum.",
   "Barış": "Dükkânın önünde atları tutuyorum."},
  """Ayşe aktar dükkânına giriyor; kapının üstündeki çıngırak tınlıyor. Tezgâhın arkasındaki yaşlı kadın başını kaldırıyor. Gözlüğünü düzeltiyor, rafın en üstündeki tozlu kavanozu indirip içinden mor bir kök çıkarıyor. "Bundan bir tutam, kaynamış suya. Fazlası uyutmaz, öldürür." Dışarıda Barış atların yularını tutarken, sokağın köşesinden bir bekçi beliriyor. Durup atlara bakıyor, sonra Barış'a bir şey sormadan fenerini sallayarak yoluna devam ediyor.""")

C("tr", "adventure", "world_effect_ok", "", ["Can", "Melis", "Onur"],
  {"Can": "Balonun brülörünü açıp yükseliyorum.",
   "Melis": "Sepetin kenarından peri bacalarının fotoğrafını çekiyorum.",
   "Onur": "Yerde kalıp balonu telsizle takip ediyorum."},
  """Kapadokya'nın üstünde şafak pembeye dönüyor. Can brülörü açtığında alev kükrüyor ve balon hızla yükseliyor; tam o sırada vadiden gelen sert bir rüzgâr sepeti yana yatırıyor ve Can'ı sepetin kenarına çarpıyor. Melis'in fotoğraf makinesi kayışıyla birlikte boynundan kayıyor, ancak son anda kayış bileğine dolanıyor. Aşağıda Onur'un telsizi cızırdıyor, ardından yerdeki toz bulutu onu tepeden tırnağa kaplıyor. Balon, bir peri bacasının tepesini sıyırarak geçiyor.""")

C("tr", "high fantasy", "declared_elaborated_ok", "", ["Toprak", "İpek"],
  {"Toprak": "Yayımla ejderhanın gözüne nişan alıp atıyorum.",
   "İpek": "Kalkan büyüsüyle köylüleri koruyorum."},
  """Ejderha, kanatlarını açarak kulenin üstüne çöküyor ve ağzından alevler taşıyor. Toprak ok yayını kulağına kadar geriyor, nişanını rüzgâra göre hafifçe düzeltiyor ve oku bırakıyor: ok ıslık çalarak havayı yarıyor ve ejderhanın sol gözüne saplanıyor. Yaratık korkunç bir çığlıkla başını savuruyor. Aynı anda İpek'in elinden yükselen mavi, yarı saydam kalkan meydandaki köylülerin üstüne bir kubbe gibi kapanıyor; alevler kalkana çarpıp iki yana dağılıyor. Çocuklardan biri kalkanın içinden ejderhayı gösterip ağlıyor.""")

C("tr", "ottoman palace drama", "npc_ok", "", ["Hürrem", "Davut"],
  {"Hürrem": "Perdenin arkasından divanı dinliyorum.",
   "Davut": "Kapının yanında nöbet tutuyorum."},
  """Divan-ı Hümayun'da hava gergin. Sadrazam İbrahim Paşa, önündeki fermanı vezirlere uzatıyor. "Sefer ilkbaharda başlayacak. Hazine buna dayanır." Defterdar Mehmed Efendi yerinden kalkıp eğiliyor. "Paşam, hazine dayanır ama Anadolu'daki sipahiler dayanmaz. Üç yıldır maaşlarını alamadılar." İbrahim Paşa'nın yüzü kızarıyor; elini sertçe sedire vuruyor ve defterdara oturmasını işaret ediyor. Vezirlerden biri öksürüyor, bir diğeri gözlerini halıya dikiyor. Kubbenin altında bir güvercin kanat çırpıyor.""")

C("tr", "western", "declared_restated_ok", "", ["Cemal", "Feride"],
  {"Cemal": "Şerife dönüp \"Bu kasabayı ben temizleyeceğim\" diyorum.",
   "Feride": "Salonun kapısında durup içeriyi gözlüyorum."},
  """Kasabanın tek sokağında toz, öğle güneşinde havada asılı duruyor. Cemal şerife dönüyor ve sakin ama kararlı bir sesle, "Bu kasabayı ben temizleyeceğim" diyor. Şerif, şapkasını geriye itip gülümsüyor; dişlerinden biri altın. "Senden önce de iki kişi aynı şeyi söyledi, evlat. İkisi de şimdi tepedeki mezarlıkta." Salonun kapısındaki Feride, içeride piyanonun sustuğunu ve kart oynayan üç adamın ellerini yavaşça masanın altına indirdiğini görüyor.""")

C("tr", "dark fantasy", "callback_ok", "", ["Kartal", "Sude"],
  {"Kartal": "Mağaranın girişinde ateş yakıyorum.",
   "Sude": "Yaralı kolumu sarıyorum."},
  """Kar, mağaranın ağzına yığılıyor. Kartal kuru dalları üst üste koyup çakmak taşını çakıyor; birkaç denemeden sonra kıvılcım kavı tutuşturuyor ve alev duvarlara titrek gölgeler düşürüyor. Sude, kolundaki derin kesiği temiz bir bez parçasıyla sıkıca sarıyor; kurt sürüsünün ormanda onları kovaladığı o geceden beri yara bir türlü kapanmadı. Mağaranın derinliklerinden damlayan suyun sesi, zamanı sayıyormuş gibi düzenli.""",
  previous=["""Orman, kurt ulumalarıyla yankılanıyor. Kartal ve Sude karın içinde koşuyor; sürünün lideri Sude'nin koluna atılıyor ve dişleri kolunda derin bir iz bırakıyor. İkisi sonunda donmuş derenin karşı kıyısına ulaşıyor ve kurtlar buzun kenarında durup geri çekiliyor."""])

C("tr", "cozy slice of life", "clean", "", ["Fadime", "Rıza", "Hasan"],
  {"Fadime": "Yayla evinin önünde mısır ekmeği pişiriyorum.",
   "Rıza": "Kemençemi alıp verandaya oturuyorum."},
  """Karadeniz yaylasında sis, çam ağaçlarının arasından yavaşça süzülüyor. Fadime sacın altına odun sürüyor; mısır ekmeğinin kenarları kızarırken evin önüne taze bir koku yayılıyor. Komşu Nuriye teyze bahçe duvarının üstünden başını uzatıp, "Kızım, o ekmekten bize de bir dilim ayır!" diye sesleniyor. Verandada Rıza kemençesini dizine yaslayıp yayı tellerin üstünde gezdirmeye başlıyor; ezginin ilk notaları sisin içinde kayboluyor. Ahırdaki inek bir kez böğürüyor.""")

# ---------------------------------------------------------------- validation + output
ALLOWED_LABELS = {"impersonation", "assistant_voice", "repetition"}
NOTES = set("""named_actor different_act pronoun_attribution speech reported_speech inner_state
body_reaction party_decision second_person_choice unattributed_reply word_names emoji_asterisk_script
assistant_opener assistant_closer assistant_meta assistant_disclaimer assistant_menu repeat_paraphrase
repeat_short npc_ok npc_pronoun_ok world_effect_ok declared_restated_ok declared_elaborated_ok
refusal_ok gm_note_ok word_names_ok recap_ok callback_ok clean""".split())
FIELDS = ["id", "text", "players", "previous", "declared_actions", "labels", "language", "genre", "note"]
LANGS = ["de", "es", "fr", "pt", "it", "ja", "ko", "zh", "nl", "tr"]


def size(text, lang):
    if lang in ("ja", "zh"):
        # no spaces: count characters, roughly two per word
        n = len(re.sub(r"\s", "", text))
        return n / 2.0
    return len(text.split())


def build():
    rows, errs = [], []
    for i, c in enumerate(CASES, 1):
        row = {"id": "%s-%04d" % (NAME, i)}
        row.update(c)
        row = {k: row[k] for k in FIELDS}
        rows.append(row)
    ids = set()
    for r in rows:
        rid = r["id"]
        if rid in ids: errs.append(rid + ": duplicate id")
        ids.add(rid)
        if list(r.keys()) != FIELDS: errs.append(rid + ": field order")
        if not set(r["labels"]) <= ALLOWED_LABELS: errs.append(rid + ": bad label")
        if len(set(r["labels"])) != len(r["labels"]): errs.append(rid + ": dup label")
        if r["note"] not in NOTES: errs.append(rid + ": bad note " + r["note"])
        if r["language"] not in LANGS: errs.append(rid + ": bad language")
        if not 2 <= len(r["players"]) <= 5: errs.append(rid + ": players count")
        if len(set(r["players"])) != len(r["players"]): errs.append(rid + ": dup players")
        for k in r["declared_actions"]:
            if k not in r["players"]: errs.append(rid + ": declared key not in players: " + k)
        n = size(r["text"], r["language"])
        if not 40 <= n <= 220: errs.append("%s: size %.0f" % (rid, n))
        if "repetition" in r["labels"] and not 1 <= len(r["previous"]) <= 3:
            errs.append(rid + ": repetition needs 1-3 previous posts")
        if r["note"].startswith("repeat_") and "repetition" not in r["labels"]:
            errs.append(rid + ": repeat note without label")
        if r["note"].startswith("assistant_") and "assistant_voice" not in r["labels"]:
            errs.append(rid + ": assistant note without label")
        if r["note"].endswith("_ok") or r["note"] == "clean":
            if r["labels"]: errs.append(rid + ": negative note with labels")
        for p in r["previous"]:
            if not isinstance(p, str) or not p.strip(): errs.append(rid + ": bad previous")
        if not all(isinstance(v, str) and v.strip() for v in r["declared_actions"].values()):
            errs.append(rid + ": empty declared action")
        if '"""' in r["text"]: errs.append(rid + ": stray triple quote")
    with_decl = sum(1 for r in rows if r["declared_actions"])
    if with_decl * 3 < len(rows) * 2: errs.append("declared_actions on fewer than 2/3 of cases")
    return rows, errs


def stats(rows):
    by_lang = collections.OrderedDict((l, collections.Counter()) for l in LANGS)
    for r in rows:
        c = by_lang[r["language"]]
        c["cases"] += 1
        for l in r["labels"]: c[l] += 1
        if not r["labels"]: c["no_label"] += 1
    return by_lang


if __name__ == "__main__":
    rows, errs = build()
    for e in errs: print("ERROR", e)
    by_lang = stats(rows)
    for l, c in by_lang.items():
        print(l, dict(c))
    tot = collections.Counter()
    for r in rows:
        for l in r["labels"]: tot[l] += 1
        if not r["labels"]: tot["no_label"] += 1
    print("total", len(rows), dict(tot))
    print("notes", dict(collections.Counter(r["note"] for r in rows)))
    print("genres", len(set(r["genre"] for r in rows)))
    print("with declared_actions", sum(1 for r in rows if r["declared_actions"]))
    if errs:
        sys.exit(1)
    with open(NAME + ".jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", NAME + ".jsonl")
