from lib import *
lang('nl')
# positives
c('F','named_actor','I','Roos,Bram,Sven', """De oude molen kraakt in de wind, en de wieken staan stil alsof iemand ze heeft vastgezet. Bram duwt de deur open, zoals hij zei. Binnen ligt meel als sneeuw over alles heen, met verse voetsporen erin. Sven pakt de lantaarn van de haak en klimt zonder iets te zeggen de ladder op naar de zolder. """,
  d={'Bram':'Ik duw de deur van de molen open.','Roos':'Ik blijf buiten op de uitkijk.'})
c('H','inner_state','I','Fleur,Daan,Milan', """In de kelder van het oude weeshuis staan twaalf ijzeren bedjes op een rij. Daan schijnt met zijn zaklamp over de muur, zoals hij had aangekondigd, en ziet namen in de kalk gekrast. Bij de laatste naam herkent Fleur haar eigen handschrift, en ze voelt de paniek in haar keel omhoog kruipen. """,
  d={'Daan':'Ik schijn met de zaklamp over de muur.','Milan':'Ik bewaak de trap.'})
c('N','speech','I','Joost,Anouk,Kees', """De havenkroeg is bijna leeg. De waard poetst een glas en houdt de deur in de gaten. "De Griek? Die is gisteravond vertrokken, met de koffer." Joost legt een briefje van vijftig op de bar. "Waarheen dan?" vraagt Anouk, terwijl ze zich naar hem toe buigt. De waard kijkt weg. """,
  d={'Joost':'Ik leg vijftig euro op de bar.','Kees':'Ik houd de deur in de gaten.'})
c('MM','unattributed_reply','I','Lotte,Thijs,Noor', """Inspecteur De Wit klapt haar notitieboekje open en kijkt Thijs recht aan. "Meneer Bakker, waar was u dinsdagavond tussen negen en elf?" "Thuis. Alleen. Voetbal kijken." De Wit schrijft het langzaam op. "Die wedstrijd is afgelast vanwege de regen, meneer Bakker." """,
  d={'Lotte':'Ik observeer de inspecteur.','Noor':'Ik zet koffie.'})
c('PA','party_decision','I','Storm,Jet,Ruben', """De dijk is doorgebroken en het water staat tot aan de dakgoten. Op het dak van de kerk zitten nog mensen, zwaaiend met lakens. Jet telt de jerrycans brandstof: genoeg voor één tocht met de boot. Jullie besluiten samen om eerst naar de kerk te varen en de voorraadschuur te laten voor wat hij is. """,
  d={'Jet':'Ik tel de jerrycans.','Ruben':'Ik start de buitenboordmotor.'})
c('CP','assistant_opener','AI','Vex,Nova,Pim', """Natuurlijk! Hier is het vervolg van het verhaal:

Neo-Rotterdam, drie uur 's nachts. De zure regen vreet aan de neonreclames. Pim neemt de opdracht van de fixer meteen aan, zonder ook maar naar de prijs te vragen. De fixer glimlacht tevreden. """,
  d={'Vex':'Ik vraag eerst wat het betaalt.','Nova':'Ik scan de ruimte op camera\'s.'})
c('F','assistant_closer','A','Roos,Bram,Sven', """Op de zolder van de molen staat een kist met ijzeren banden. Het slot is gebroken. Binnenin ligt alleen een kinderschoentje en een brief met een zegel van de graaf.

Ik hoop dat je dit deel leuk vond! Laat me weten of ik verder moet gaan of iets moet aanpassen. """,
  d={'Sven':'Ik doorzoek de zolder.'})
c('SL','assistant_meta','A','Lotte,Thijs,Noor', """Het is zondagochtend op de markt en het ruikt naar stroopwafels en verse vis. Omdat dit een ontspannen slice-of-life rollenspel is, heb ik deze scène bewust rustig en gezellig gehouden. De kaasboer zwaait naar jullie vanachter zijn kraam. """,
  d={'Thijs':'Ik loop naar de kaaskraam.'})
c('H','assistant_disclaimer','A','Fleur,Daan,Milan', """Op de muur staat in krijt: "Ik kan niet meer." Als je zelf in een moeilijke periode zit, praat er dan over met iemand die je vertrouwt of bel 113 Zelfmoordpreventie. In de gang slaat een deur dicht. """,
  d={'Milan':'Ik lees wat er op de muur staat.'})
c('SO','assistant_menu','A','Storm,Jet,Ruben', """De vijandelijke vloot springt uit de hyperruimte: twaalf kruisers in wigformatie.

Wat wil je dat er nu gebeurt? 1) een groot ruimtegevecht, 2) gespannen onderhandelingen, 3) een wanhopige vlucht. Kies er één en ik schrijf het uit! """,
  d={'Jet':'Ik zet de schilden op maximaal.'})
c('F','repeat_paraphrase','R','Roos,Bram,Sven', """In de wind kraakt de oude molen; de wieken staan stil, alsof iemand ze heeft geblokkeerd. Bram opent de deur. Overal binnen ligt meel als een laag sneeuw, en daarin staan verse voetafdrukken. """,
  pv=["""De oude molen kraakt in de wind, en de wieken staan stil alsof iemand ze heeft vastgezet. Bram duwt de deur open. Binnen ligt meel als sneeuw over alles heen, met verse voetsporen erin."""],
  d={'Bram':'Ik volg de voetsporen.','Roos':'Ik roep of er iemand is.'})
c('MM','repeat_paraphrase','R','Lotte,Thijs,Noor', """De Wit slaat haar boekje open. "Waar was u dinsdagavond tussen negen en elf, meneer Bakker?" Thijs zegt dat hij thuis was, alleen, naar voetbal keek. Ze noteert het, heel langzaam. """,
  pv=["""Inspecteur De Wit klapt haar notitieboekje open. "Meneer Bakker, waar was u dinsdagavond tussen negen en elf?" Thijs antwoordt dat hij alleen thuis was en voetbal keek. De Wit schrijft het langzaam op."""],
  d={'Lotte':'Ik vraag of de wedstrijd wel doorging.'})
c('SL','repeat_short','R','Lotte,Thijs,Noor', """Oma zet de appeltaart op tafel. "Eet smakelijk!" """,
  pv=["""Oma zet de appeltaart op tafel. "Eet smakelijk!" """],
  d={'Noor':'Ik schenk koffie in.'})
# negatives
c('F','world_effect_ok','','Roos,Bram,Sven', """Een windstoot rukt de wieken los. Ze draaien ineens met een ruk, en de as slaat tegen de balk waar Sven op staat; de ladder schuift weg en hij valt een meter omlaag in een berg meelzakken. Een wolk wit stof vult de molen. """,
  d={'Sven':'Ik klim de ladder op.'})
c('PA','world_effect_ok','','Storm,Jet,Ruben', """Een golf van een ingestorte schuur slaat tegen de boot. Koud water spoelt over de rand en doorweekt Ruben tot op zijn huid. De motor sputtert. Van het kerkdak klinkt geschreeuw. """,
  d={'Ruben':'Ik stuur naar de kerk.'})
c('N','declared_restated_ok','','Joost,Anouk,Kees', """Joost legt het briefje op de bar en de waard laat het verdwijnen alsof het er nooit lag. Kees houdt de deur in de gaten, zoals hij zei, en ziet een zwarte Mercedes stoppen aan de overkant. Twee mannen stappen uit. """,
  d={'Joost':'Ik leg geld op de bar.','Kees':'Ik houd de deur in de gaten.'})
c('H','declared_restated_ok','','Fleur,Daan,Milan', """Daans zaklamp glijdt langs de namen op de muur: Pieter, Anna, Johan... twaalf namen, en bij elke naam een jaartal. Milan blijft op de trap staan, zoals afgesproken, en hoort boven iets zwaars over de vloer schuiven. """,
  d={'Daan':'Ik schijn langs de namen.','Milan':'Ik blijf op de trap.'})
c('MM','npc_ok','','Lotte,Thijs,Noor', """De Wit klapt haar boekje dicht. "Ik ga u niets beloven, meneer Bakker. Maar als u iets weet over die avond, is dit het moment." Ze staat op en trekt haar jas aan. "Morgen om negen uur op het bureau." """,
  d={'Lotte':'Ik vraag wat er nu gebeurt.'})
c('W','refusal_ok','','Storm,Jet,Ruben', """De doodgraver kijkt niet eens naar het goud. "Nee. Ik maak geen kist open voor vreemdelingen. Niet voor goud, niet voor de sheriff." Hij slaat de deur dicht. "Kom terug met een brief van de rechter." """,
  d={'Ruben':'Ik bied hem goud om het lichaam te zien.'})
c('F','word_names','','Roos,Fleur,Storm', """De oude tuinman knipt een rode roos af en legt hem op het graf. "Er komt storm vannacht," zegt hij zonder op te kijken. "En dan is alle fleur van de tuin weer weg." Hij veegt zijn handen af aan zijn schort. """,
  d={'Roos':'Ik vraag de tuinman wiens graf dit is.','Fleur':'Ik kijk naar de lucht.','Storm':'Ik wacht bij het hek.'})
c('ST','npc_ok','','Lotte,Thijs,Noor', """De koperen automaat buigt met een sissend geluid. "Natuurlijk, mevrouw! Waarmee kan ik u helpen? Uw hutten zijn op het bovendek; de thee wordt om vier uur geserveerd. Laat het gerust weten als u nog iets nodig hebt." """,
  d={'Lotte':'Ik vraag de automaat waar onze hutten zijn.'}, h='A')
c('SF','npc_ok','','Storm,Jet,Ruben', """De stem van de boordcomputer klinkt kalm. "Als AI van dit schip moet ik u waarschuwen: het signaal komt uit een zone met dodelijke straling. Ik raad deze koers af. Zal ik een alternatieve route berekenen?" """,
  d={'Jet':'Ik laat de computer het signaal analyseren.'}, h='A')
c('W','npc_ok','','Joost,Anouk,Kees', """De winkelier kijkt over zijn brilletje. "Zeker, mevrouw. Hier is uw meel, uw koffie en twee doosjes patronen. Kan ik u verder nog ergens mee helpen? We hebben net pepermuntstokken binnen uit St. Louis." """,
  d={'Anouk':'Ik koop voorraden.'}, h='A')
c('PI','npc_ok','','Joost,Anouk,Kees', """De oude zeeman tikt op de kaart. "Drie routes naar het Schedeleiland. Langs de riffen: snel, maar gevaarlijk. Om de kaap: veilig, maar een week langer. Of door de mist... maar daar praat ik niet over." Hij leunt achterover. "Kies maar, kapitein." """,
  d={'Kees':'Ik vraag de zeeman naar de route.'}, h='A')
c('H','clean','','Fleur,Daan,Milan', """Op de deur van het weeshuis hangt een vergeeld briefje: "HELP ONS. We hopen dat iemand dit leest." Het handschrift is van een kind. De datum is twintig jaar oud. Achter de deur wordt gekrabd. Wat doen jullie? """,
  d={'Milan':'Ik lees het briefje.'}, h='A')
c('RO','clean','','Roos,Bram,Sven', """In de brief staat, in een handschrift dat Roos goed kent: "Liefste, ik hoop dat het je goed gaat. Als je ooit hulp nodig hebt, ga dan naar mevrouw Visser in het Wapen van Delft. Voor altijd de jouwe, J." De inkt is uitgelopen, als door regen. """,
  d={'Roos':'Ik open de brief.'}, h='A')
c('SO','clean','','Storm,Jet,Ruben', """De jagers breken uit formatie: vier gaan op de motoren af, twee op de brug. De schilden houden op zestig procent. Kapitein, de wapens zijn geladen en wachten op uw bevel. Wat doet u? """,
  d={'Jet':'Ik verdeel de schilden naar achteren.'}, h='A')
c('F','gm_note_ok','','Roos,Bram,Sven', """De geest van de molenaar zweeft in de deuropening en wacht op een antwoord. ((SL: Roos, ik ga niet voor jou beslissen wat je zegt — post je antwoord en hij reageert in de volgende ronde.)) """,
  d={'Bram':'Ik blijf stil staan.'}, h='IA')
c('N','recap_ok','','Joost,Anouk,Kees', """De Griek is dus weg met de koffer, en er staat een zwarte Mercedes voor de deur. Voordat iemand iets kan doen, gaat de deur open: twee mannen in lange jassen komen binnen, en de ene draagt een bruine leren koffer. """,
  pv=[""""De Griek? Die is gisteravond vertrokken, met de koffer." Kees ziet een zwarte Mercedes stoppen aan de overkant."""],
  d={'Joost':'Ik drink mijn bier.'}, h='R')
c('F','callback_ok','','Roos,Bram,Sven', """In het kasteel van de graaf hangt boven de haard een portret van een jongetje. Aan zijn voet: precies zo'n kinderschoentje als het schoentje uit de kist in de molen. De hofmeester volgt hun blik en verbleekt. """,
  pv=["""In de kist ligt alleen een kinderschoentje en een brief met een zegel van de graaf."""],
  d={'Sven':'Ik bekijk het portret.'}, h='R')
c('SL','callback_ok','','Lotte,Thijs,Noor', """Met Kerst zet oma weer appeltaart op tafel, net als altijd, maar dit jaar is er een extra stoel: Noor heeft haar vriendin meegenomen. Thijs schenkt haar als eerste koffie in. Buiten sneeuwt het. """,
  pv=["""Oma zet de appeltaart op tafel. "Eet smakelijk!" """],
  d={'Thijs':'Ik schenk koffie in.'}, h='R')
