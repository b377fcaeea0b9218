from lib import *
lang('de')
# positives
c('F','named_actor','I','Lena,Jörg,Ernst', """Der Nebel liegt schwer über dem Moor, und die Irrlichter tanzen zwischen den abgestorbenen Birken. Jörg hebt die Laterne, wie er angekündigt hat, und das Licht fällt auf einen halb versunkenen Grabstein. Lena kniet sich hin, zieht ihren Dolch und ritzt ein Schutzzeichen in den Stein. Irgendwo im Schilf quakt etwas, das kein Frosch ist. """,
  d={'Jörg':'Ich hebe die Laterne und leuchte nach vorne.','Ernst':'Ich bleibe zurück und sichere den Weg.'})
c('N','speech','I','Kalle,Marlene,Otto', """Das Büro des Kommissars riecht nach kaltem Kaffee und Bohnerwachs. Er schiebt die Akte über den Tisch. „Der Fall Brenner ist abgeschlossen. Selbstmord.“ Marlene blättert in der Akte. „Selbstmord mit zwei Kugeln im Rücken? Das glauben Sie doch selbst nicht“, sagt Otto und steht auf. Der Kommissar wird blass. """,
  d={'Marlene':'Ich blättere die Akte durch.','Kalle':'Ich schaue aus dem Fenster auf den Hof.'})
c('H','inner_state','I','Sabine,Tom,Yusuf', """Die Kellertür fällt hinter ihnen ins Schloss. Im Schein der Taschenlampe sieht man Kratzspuren an den Wänden, tief, wie von Fingernägeln. Tom leuchtet in die Ecke, so wie er es gesagt hat. Sabine packt die nackte Angst, ihr Herz hämmert, und sie weiß plötzlich, dass sie hier unten sterben wird. """,
  d={'Tom':'Ich leuchte in die Ecke.','Yusuf':'Ich versuche, die Tür wieder zu öffnen.'})
c('SF','pronoun_attribution','I','Kira,Anton,Mehmet', """Die Brücke der Aurora ist in rotes Alarmlicht getaucht. Auf dem Hauptschirm dreht sich das fremde Schiff langsam zu ihnen. Anton prüft die Sensoren, wie angekündigt: keine Lebenszeichen. Kira tippt auf ihr Headset. „Wir gehen rüber“, sagt sie knapp. „Alle in die Anzüge.“ """,
  d={'Anton':'Ich scanne das fremde Schiff nach Lebenszeichen.','Mehmet':'Ich halte die Waffen bereit.'})
c('W','unattributed_reply','I','Hannes,Rosi,Django', """Der Saloonbesitzer poliert ein Glas und mustert Django von oben bis unten. „Und was treibt einen wie Sie nach Dry Creek, Fremder?“ „Ich suche den Mann, der meinen Bruder erschossen hat.“ Der Wirt stellt das Glas ab, ganz langsam. „Dann sind Sie hier falsch. Oder genau richtig.“ """,
  d={'Hannes':'Ich setze mich an den Pokertisch.','Rosi':'Ich bestelle einen Whiskey.'})
c('PA','party_decision','I','Mia,Gregor,Wolf', """Der Regen hat die Straße in einen Schlammfluss verwandelt. Vor ihnen liegt die alte Raststätte, die Fenster mit Brettern vernagelt, Rauch steigt aus dem Kamin. Gregor zählt die Munition: noch elf Schuss. Ihr beschließt gemeinsam, dort anzuklopfen und um Unterschlupf zu bitten. """,
  d={'Gregor':'Ich zähle unsere Munition.','Mia':'Ich beobachte die Raststätte durchs Fernglas.'})
c('CP','assistant_opener','AI','Nova,Rico,Zhe', """Klar! Hier ist die Fortsetzung der Geschichte:

Der Regen flackert im Neonlicht der Hochhäuser. Im Hinterzimmer des Sushi-Lokals wartet der Fixer. Rico setzt sich ohne zu zögern hin und nimmt den Auftrag an, bevor die anderen auch nur die Bedingungen gehört haben. Der Fixer lächelt. """,
  d={'Nova':'Ich frage nach der Bezahlung, bevor wir zusagen.','Zhe':'Ich scanne den Raum nach Kameras.'})
c('F','assistant_closer','A','Lena,Jörg,Ernst', """Hinter dem Grabstein öffnet sich ein schmaler Gang, der in die Tiefe führt. Feuchte Luft steigt auf, und mit ihr ein leises Singen, wie von Kindern. Die Irrlichter weichen zurück.

Ich hoffe, das gefällt euch! Sagt Bescheid, wenn ich etwas ändern oder weiterschreiben soll. """,
  d={'Lena':'Ich untersuche den Grabstein genauer.'})
c('MM','assistant_meta','A','Frieda,Paul,Hakan', """In dieser Szene wollte ich die Spannung langsam aufbauen, deshalb beschreibe ich zuerst die Villa. Die Auffahrt ist von Kies bedeckt, die Fensterläden sind geschlossen, und im ersten Stock brennt ein einziges Licht. Auf der Fußmatte liegt eine tote Krähe. """,
  d={'Paul':'Ich fahre zur Villa hinauf.'})
c('H','assistant_disclaimer','A','Sabine,Tom,Yusuf', """An der Wand hängt ein Abschiedsbrief, mit Reißzwecken befestigt. Die Schrift ist zittrig. Hinweis: Falls du selbst in einer Krise steckst, wende dich bitte an die Telefonseelsorge unter 0800 111 0 111. Hinter der Wand ist ein leises Kratzen zu hören. """,
  d={'Yusuf':'Ich lese den Zettel an der Wand.'})
c('SO','assistant_menu','A','Kira,Anton,Mehmet', """Die Luftschleuse des fremden Schiffs öffnet sich mit einem Zischen. Dahinter: Dunkelheit und ein süßlicher Geruch.

Wie soll es weitergehen? a) Ihr findet einen Überlebenden, b) das Schiff erwacht zum Leben, c) ein zweites Schiff taucht auf. Sagt mir, welche Variante ich schreiben soll! """,
  d={'Kira':'Ich gehe als Erste durch die Schleuse.'})
c('N','repeat_paraphrase','R','Kalle,Marlene,Otto', """Kalter Kaffee und Bohnerwachs, so riecht das Büro des Kommissars. Er schiebt ihnen die Akte hin. „Fall Brenner: erledigt. Selbstmord.“ Marlene schlägt die Akte auf und blättert. """,
  pv=["""Das Büro des Kommissars riecht nach kaltem Kaffee und Bohnerwachs. Er schiebt die Akte über den Tisch. „Der Fall Brenner ist abgeschlossen. Selbstmord.“ Marlene blättert in der Akte."""],
  d={'Marlene':'Ich zeige auf das Foto mit den zwei Einschüssen.','Otto':'Ich frage, wer die Obduktion gemacht hat.'})
c('W','repeat_paraphrase','R','Hannes,Rosi,Django', """Staubteufel ziehen über die Hauptstraße von Dry Creek. Die Postkutsche hat Verspätung, und der Sheriff sieht immer wieder auf seine Taschenuhr. Rosi fragt ihn, was ihn so nervös macht. Er spuckt aus: „Nichts, was Sie angeht, Ma'am.“ """,
  pv=["""Über die Hauptstraße von Dry Creek wehen Staubteufel. Die Kutsche ist zu spät, und der Sheriff schaut ständig auf die Uhr. Als Rosi ihn fragt, warum er so nervös ist, spuckt er aus und sagt: „Nichts, was Sie angeht, Ma'am.“"""],
  d={'Hannes':'Ich reite der Kutsche entgegen.','Rosi':'Ich bohre nach.'})
c('SL','repeat_short','R','Jule,Ben,Aylin', """Die Kellnerin stellt drei Tassen Kakao auf den Tisch. „Lasst es euch schmecken!“ """,
  pv=["""Die Kellnerin stellt drei Tassen Kakao auf den Tisch. „Lasst es euch schmecken!“"""],
  d={'Ben':'Ich frage nach Sahne.'})
# negatives
c('F','world_effect_ok','','Lena,Jörg,Ernst', """Der Boden unter dem Grabstein gibt nach. Erde und Wurzeln rutschen in die Tiefe, und die Erschütterung wirft Jörg von den Füßen; die Laterne rollt ihm aus der Hand und erlischt im Schlamm. Ein Ast peitscht Lena ins Gesicht und hinterlässt einen blutigen Kratzer. Aus dem Loch steigt kalter Atem. """,
  d={'Lena':'Ich ritze ein Schutzzeichen in den Stein.','Jörg':'Ich halte die Laterne hoch.'})
c('PA','world_effect_ok','','Mia,Gregor,Wolf', """Ein Windstoß reißt die Plane vom Pickup, und der saure Regen durchnässt Wolfs Jacke bis auf die Haut. Das Dosimeter an Gregors Gürtel beginnt zu knacken. Auf der Straße vor ihnen bricht der Asphalt auf, und ein Riss zieht sich bis zu den Vorderrädern. """,
  d={'Wolf':'Ich fahre langsam weiter.','Gregor':'Ich behalte das Dosimeter im Auge.'})
c('SF','declared_restated_ok','','Kira,Anton,Mehmet', """Anton lässt die Sensoren über das fremde Schiff laufen: keine Lebenszeichen, aber eine schwache Energiesignatur im Heck. Mehmet hält die Waffensysteme bereit, wie er angekündigt hat, der Finger neben dem Auslöser. Auf dem Schirm öffnet sich eine Luke am fremden Schiff, ganz von selbst. """,
  d={'Anton':'Ich scanne das Schiff.','Mehmet':'Ich halte die Waffen bereit.'})
c('CP','declared_restated_ok','','Nova,Rico,Zhe', """Nova fragt nach dem Preis, und der Fixer nennt eine Summe, die zu hoch ist, um ehrlich zu sein: hunderttausend Eddies. Zhe scannt den Raum und findet zwei versteckte Kameras hinter dem Aquarium. Der Fixer trommelt mit den verchromten Fingern auf den Tisch. „Und? Ja oder nein?“ """,
  d={'Nova':'Ich frage nach der Bezahlung.','Zhe':'Ich scanne den Raum nach Kameras.'})
c('N','npc_ok','','Kalle,Marlene,Otto', """Der Kommissar lehnt sich zurück und zündet sich eine Zigarre an. „Hören Sie, Herrschaften. Brenner hatte Schulden bei den falschen Leuten. Wenn Sie weiter bohren, finden Sie Dinge, die keiner finden will.“ Er bläst den Rauch zur Decke. „Noch Fragen?“ """,
  d={'Otto':'Ich frage, wer die Obduktion gemacht hat.'})
c('WX','refusal_ok','','Lin,Kai,Ernst', """Der alte Schwertmeister schüttelt den Kopf, ohne den Blick von seinem Tee zu heben. „Nein. Ich lehre keine Fremden den Stil der Neun Drachen. Nicht für Gold, nicht für Ruhm.“ Er stellt die Schale ab. „Geht, bevor es dunkel wird.“ """,
  d={'Kai':'Ich bitte den Meister, mich als Schüler aufzunehmen.','Lin':'Ich verbeuge mich tief.'})
c('F','word_names','','Ernst,Frank,Wolf', """Der Dorfälteste blickt finster drein. „Die Lage ist ernst. Ein Wolf reißt jede Nacht unsere Schafe, und der Graf schickt niemanden.“ Er seufzt. „Ich sage es frank und frei: Wir können euch nichts bezahlen. Nur Brot und ein Dach.“ Draußen bellt ein Hund. """,
  d={'Ernst':'Ich frage den Ältesten nach dem Problem.','Frank':'Ich schaue mir die Schafweiden an.','Wolf':'Ich warte am Dorfbrunnen.'})
c('ST','npc_ok','','Frieda,Paul,Hakan', """Der Messingautomat am Empfang verneigt sich mit einem Surren. „Selbstverständlich, gnädige Frau! Wie kann ich Ihnen behilflich sein? Das Zimmer ist im zweiten Stock, der Tee wird um vier serviert. Gibt es sonst noch etwas, womit ich dienen kann?“ Seine Glasaugen klicken. """,
  d={'Frieda':'Ich frage den Automaten nach unserem Zimmer.'}, h='A')
c('SF','npc_ok','','Kira,Anton,Mehmet', """Die Stimme des Bordcomputers klingt ruhig wie immer. „Als KI dieses Schiffs muss ich Sie warnen: Der Sauerstoff im Sektor vier reicht noch für elf Minuten. Ich empfehle dringend die Rückkehr.“ Die Lichter im Gang flackern rot. """,
  d={'Kira':'Ich befehle dem Computer, die Schleuse zu öffnen.'}, h='A')
c('H','clean','','Sabine,Tom,Yusuf', """Auf dem Zettel steht in krakeliger Kinderschrift: „Bitte helft uns. Ich hoffe, jemand findet das. Wir sind im Keller.“ Das Datum darunter ist zwanzig Jahre alt. Die Kratzgeräusche hinter der Wand hören auf. Was tut ihr? """,
  d={'Yusuf':'Ich lese den Zettel.'}, h='A')
c('MM','gm_note_ok','','Frieda,Paul,Hakan', """Die Haushälterin öffnet die Tür nur einen Spalt. „Die gnädige Frau empfängt heute niemanden.“ ((SL: Hakan, du hast noch nicht geschrieben, wie du reagierst — ich warte mit ihrer Antwort, bis du gepostet hast.)) """,
  d={'Paul':'Ich klingele an der Villa.'}, h='IA')
c('W','clean','','Hannes,Rosi,Django', """Auf dem Steckbrief an der Tür steht in großen Lettern: GESUCHT – TOT ODER LEBENDIG. 500 DOLLAR BELOHNUNG. WER HILFT, WIRD BELOHNT. Das Gesicht darauf ist von Regen verwaschen. Die Sonne geht unter, und auf dem Hügel erscheinen drei Reiter. Was tut ihr? """,
  d={'Rosi':'Ich lese den Steckbrief.'}, h='A')
c('N','recap_ok','','Kalle,Marlene,Otto', """Marlene hat das Foto mit den zwei Einschüssen auf den Tisch geknallt, und der Kommissar hat keine Antwort. Stattdessen klingelt das Telefon auf seinem Schreibtisch. Er hebt ab, hört zu und wird kreidebleich. „Brenners Witwe“, sagt er leise. „Man hat sie gerade aus dem Landwehrkanal gezogen.“ """,
  pv=["""Das Büro des Kommissars riecht nach kaltem Kaffee und Bohnerwachs. Er schiebt die Akte über den Tisch. „Der Fall Brenner ist abgeschlossen. Selbstmord.“"""],
  d={'Marlene':'Ich knalle das Foto auf den Tisch.'}, h='R')
c('F','callback_ok','','Lena,Jörg,Ernst', """Drei Tage später erreichen sie das Kloster am Pass. Über dem Tor ist dasselbe Schutzzeichen eingemeißelt, das Lena damals in den Grabstein im Moor geritzt hat – nur viel älter. Ein Mönch öffnet die Pforte, bevor sie klopfen. „Man hat euch erwartet.“ """,
  pv=["""Lena kniet sich hin und ritzt ein Schutzzeichen in den Grabstein."""],
  d={'Jörg':'Ich klopfe an das Tor.'}, h='R')
c('SL','callback_ok','','Jule,Ben,Aylin', """Ein Jahr später sitzen sie wieder im selben Café am Kanal. Die Kellnerin hat jetzt kurze Haare, aber den Kakao bringt sie immer noch mit zu viel Sahne. Draußen fängt es an zu schneien, zum ersten Mal in diesem Winter. """,
  pv=["""Die Kellnerin stellt drei Tassen Kakao auf den Tisch."""],
  d={'Ben':'Ich bestelle wie immer Kakao.'}, h='R')
c('RO','clean','','Clara,Felix,Henrike', """Der Ball ist in vollem Gange. Kronleuchter spiegeln sich im Parkett, und das Orchester spielt einen Walzer von Strauss. Graf von Altenburg steht allein am Fenster und scheint auf jemanden zu warten. Ein Diener bietet Champagner an. """,
  d={'Felix':'Ich nehme ein Glas Champagner.'})
c('SO','world_effect_ok','','Kira,Anton,Mehmet', """Ein Treffer erschüttert die Aurora. Die Gravitationsplatten setzen für eine Sekunde aus, und Mehmet wird gegen die Decke geschleudert, bevor er wieder auf das Deck prallt. Funken regnen aus der Konsole. Auf dem Schirm wendet das fremde Schiff zum zweiten Anflug. """,
  d={'Mehmet':'Ich feuere die Bugtorpedos ab.'})
