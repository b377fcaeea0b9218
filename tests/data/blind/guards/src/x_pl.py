from lib import *
lang('pl')
# positives
c('F','named_actor','I','Jagoda,Mieszko,Kalina', """Stary młyn skrzypi na wietrze, a koło wodne stoi, choć rzeka płynie wartko. Mieszko, tak jak zapowiedział, wyważa drzwi ramieniem. W środku wszystko pokrywa mąka, a w niej świeże ślady bosych stóp. Kalina bez słowa wspina się po drabinie na strych z pochodnią w ręku. """,
  d={'Mieszko':'Wyważam drzwi młyna.','Jagoda':'Zostaję na zewnątrz i pilnuję koni.'})
c('H','inner_state','I','Ola,Bartek,Igor', """W piwnicy starego sierocińca stoi dwanaście żelaznych łóżek w rzędzie. Bartek, zgodnie z zapowiedzią, świeci latarką po ścianie i widzi imiona wydrapane w tynku. Przy ostatnim imieniu Ola rozpoznaje własne pismo i czuje, jak paraliżuje ją strach. """,
  d={'Bartek':'Świecę latarką po ścianie.','Igor':'Pilnuję schodów.'})
c('N','speech','I','Zbyszek,Halina,Marek', """Bar przy porcie jest prawie pusty. Barman wyciera szklankę i zerka na drzwi. „Grek? Wyjechał wczoraj wieczorem, z walizką.” Zbyszek kładzie na ladzie banknot. „A dokąd?” – pyta Halina, nachylając się nad barem. Barman odwraca wzrok. """,
  d={'Zbyszek':'Kładę banknot na ladzie.','Marek':'Pilnuję drzwi.'})
c('SF','pronoun_attribution','I','Ewa,Tomasz,Kuba', """Stacja „Orzeł-3” milczy od czterdziestu godzin. Śluza otwiera się ze zgrzytem. Tomasz, tak jak mówił, sprawdza czujniki: ciśnienie w normie, powietrze zdatne do oddychania. Ewa pierwsza zdejmuje hełm. „Czuć spaleniznę” – mówi, marszcząc nos. W głębi korytarza mruga lampa awaryjna. """,
  d={'Tomasz':'Sprawdzam czujniki.','Kuba':'Trzymam broń w pogotowiu.'})
c('W','party_decision','I','Józef,Stasia,Antek', """Ranczer rzuca na stół plik dolarów: po pięćset na głowę za przepędzenie osadników znad potoku. Lampa migocze. Stasia czyta umowę dwa razy. Cała banda postanawia wziąć pieniądze i wyruszyć o świcie. """,
  d={'Stasia':'Czytam umowę.','Józef':'Pytam, kogo jeszcze wynajął.'})
c('CP','assistant_opener','AI','Neon,Kira,Sowa', """Jasne! Oto dalszy ciąg historii:

Kwaśny deszcz spływa po neonach Nowej Warszawy. Sowa, nie czekając na resztę, wyłamuje drzwi serwerowni i wyrywa moduł pamięci prosto ze stojaka. Syreny zaczynają wyć. """,
  d={'Neon':'Hakuję zamek serwerowni.','Kira':'Stoję na czatach.'})
c('F','assistant_closer','A','Jagoda,Mieszko,Kalina', """Na strychu młyna stoi skrzynia okuta żelazem. Zamek jest rozbity. W środku leży tylko dziecięcy bucik i list z pieczęcią hrabiego.

Mam nadzieję, że ten fragment ci się podobał! Daj znać, czy mam kontynuować albo coś zmienić. """,
  d={'Kalina':'Przeszukuję strych.'})
c('MM','assistant_meta','A','Ola,Bartek,Igor', """W tej scenie postanowiłem stopniowo budować napięcie, więc najpierw opiszę willę. Podjazd wysypany jest żwirem, okiennice są zamknięte, a na piętrze pali się jedno światło. Na wycieraczce leży martwa wrona. """,
  d={'Igor':'Podjeżdżam pod willę.'})
c('PA','assistant_disclaimer','A','Józef,Stasia,Antek', """Woda w studni wygląda na czystą, ale pasek testowy robi się brunatny. Pamiętaj, że w prawdziwym życiu picie nieuzdatnionej wody jest niebezpieczne – zawsze ją przegotuj. Najbliższa rzeka jest dwa dni drogi stąd. """,
  d={'Antek':'Badam wodę w studni.'})
c('SO','assistant_menu','A','Ewa,Tomasz,Kuba', """Wroga flota wyskakuje z nadprzestrzeni: dwanaście krążowników w szyku klina.

Jak ma toczyć się dalej historia? A) wielka bitwa, B) napięte negocjacje, C) desperacka ucieczka. Wybierz, a ja napiszę! """,
  d={'Kuba':'Podnoszę osłony.'})
c('F','repeat_paraphrase','R','Jagoda,Mieszko,Kalina', """Na wietrze skrzypi stary młyn; koło wodne stoi w miejscu, choć nurt jest bystry. Mieszko wyważa ramieniem drzwi. Wnętrze przysypane jest mąką, w której widać świeże odciski bosych stóp. """,
  pv=["""Stary młyn skrzypi na wietrze, a koło wodne stoi, choć rzeka płynie wartko. Mieszko wyważa drzwi ramieniem. W środku wszystko pokrywa mąka, a w niej świeże ślady bosych stóp."""],
  d={'Mieszko':'Idę po śladach.','Jagoda':'Wołam, czy ktoś tu jest.'})
c('W','repeat_paraphrase','R','Józef,Stasia,Antek', """Pięćset dolarów na głowę – tyle oferuje ranczer za wygonienie osadników znad potoku. Płomień lampy drży. Stasia po raz drugi czyta umowę. """,
  pv=["""Ranczer rzuca na stół plik dolarów: po pięćset na głowę za przepędzenie osadników znad potoku. Lampa migocze. Stasia czyta umowę dwa razy."""],
  d={'Antek':'Pytam, co stanie się z rodzinami.'})
c('SL','repeat_short','R','Ola,Bartek,Igor', """Babcia stawia na stole pierogi. „Jedzcie, póki ciepłe!” """,
  pv=["""Babcia stawia na stole pierogi. „Jedzcie, póki ciepłe!”"""],
  d={'Bartek':'Nalewam kompot.'})
# negatives
c('F','world_effect_ok','','Jagoda,Mieszko,Kalina', """Podmuch wiatru szarpie skrzydłami młyna. Oś uderza w belkę, na której stoi Kalina; drabina się przesuwa i Kalina spada metr niżej, prosto na worki z mąką. Biały pył wypełnia wnętrze. Pochodnia syczy. """,
  d={'Kalina':'Wspinam się na strych.'})
c('PA','world_effect_ok','','Józef,Stasia,Antek', """Burza piaskowa przychodzi bez ostrzeżenia. Wiatr zrywa Józefowi gogle z twarzy i porywa je w ciemność. Licznik Geigera Stasi tyka coraz szybciej. Z przodu słychać zgrzyt metalu. """,
  d={'Józef':'Idę dalej w stronę wieży.','Stasia':'Sprawdzam licznik.'})
c('SF','declared_restated_ok','','Ewa,Tomasz,Kuba', """Tomasz sprawdza czujniki: powietrze w normie, ale w module mieszkalnym jest minus czterdzieści stopni. Kuba, jak zapowiedział, z bronią w pogotowiu pierwszy zagląda za róg. Korytarz jest pusty, tylko na szronie widać rząd odcisków dłoni. """,
  d={'Tomasz':'Sprawdzam czujniki.','Kuba':'Zaglądam za róg z bronią.'})
c('N','declared_restated_ok','','Zbyszek,Halina,Marek', """Zbyszek kładzie banknot, a barman chowa go tak szybko, jakby go nigdy nie było. Marek pilnuje drzwi, tak jak mówił, i widzi, jak po drugiej stronie ulicy zatrzymuje się czarna wołga. Wysiada z niej dwóch mężczyzn. """,
  d={'Zbyszek':'Kładę banknot na ladzie.','Marek':'Pilnuję drzwi.'})
c('MM','npc_ok','','Ola,Bartek,Igor', """Wdowa po profesorze nie podnosi wzroku znad chusteczki. „Mój mąż był ostrożnym człowiekiem. Nikomu nie zdradził szyfru do sejfu. Nawet mnie.” Pociąga nosem. „Ale wczoraj dzwonił do kogoś i mówił po niemiecku.” """,
  d={'Igor':'Pytam wdowę, kto znał szyfr.'})
c('F','refusal_ok','','Jagoda,Mieszko,Kalina', """Stary żerca nawet nie patrzy na srebro. „Nie. Obcym drogi do świętego gaju nie wskażę. Ani za srebro, ani za złoto.” Odwraca się do ogniska. „Idźcie, póki jasno.” """,
  d={'Mieszko':'Proponuję żercy srebro za wskazanie drogi.'})
c('SL','word_names','','Jagoda,Róża,Kalina', """Na targu pani Krysia zachwala towar: „Jagoda prosto z lasu, słodziutka! I kalina na nalewkę!” Obok w wiadrze stoi jedna czerwona róża, trochę przywiędła. „A różę dam gratis, i tak nikt nie kupi.” """,
  d={'Jagoda':'Pytam o cenę jagód.','Róża':'Oglądam kwiaty.','Kalina':'Czekam przy rowerach.'})
c('ST','npc_ok','','Ola,Bartek,Igor', """Miedziany automat kłania się z sykiem pary. „Oczywiście, proszę pani! W czym mogę pomóc? Kajuty są na górnym pokładzie, herbatę podajemy o czwartej. Proszę dzwonić, gdyby czegoś było trzeba.” """,
  d={'Ola':'Pytam automat, gdzie są nasze kajuty.'}, h='A')
c('SF','npc_ok','','Ewa,Tomasz,Kuba', """Głos komputera pokładowego jest spokojny: „Jako sztuczna inteligencja tego statku muszę ostrzec: sygnał pochodzi ze strefy śmiertelnego promieniowania. Odradzam ten kurs. Czy mam wyliczyć trasę alternatywną?” """,
  d={'Ewa':'Każę komputerowi przeanalizować sygnał.'}, h='A')
c('W','npc_ok','','Józef,Stasia,Antek', """Sklepikarz zerka znad okularów. „Proszę bardzo, panienko. Mąka, kawa i dwa pudełka naboi. Czym jeszcze mogę służyć? Właśnie przyszły miętowe cukierki z St. Louis.” Dzwonek nad drzwiami brzęczy. """,
  d={'Stasia':'Kupuję zapasy.'}, h='A')
c('WX','npc_ok','','Ewa,Tomasz,Kuba', """Stary mnich odstawia miotłę. „Do Ukrytej Doliny prowadzą trzy ścieżki. Rzeczna jest wolna, ale bezpieczna. Klifowa szybka, ale wielu spadło. Trzecia...” uśmiecha się „...musicie znaleźć sami. Wybierajcie, młodzi.” """,
  d={'Ewa':'Pytam mnicha o drogę.'}, h='A')
c('H','clean','','Ola,Bartek,Igor', """Na drzwiach sierocińca wisi pożółkła kartka: „POMOCY. Mamy nadzieję, że ktoś to przeczyta.” Pismo dziecięce. Data sprzed dwudziestu lat. Za drzwiami coś drapie. Co robicie? """,
  d={'Igor':'Czytam kartkę.'}, h='A')
c('PI','clean','','Zbyszek,Halina,Marek', """List w butelce napisany jest wyblakłym atramentem: „Do tego, kto to znajdzie – utknęliśmy na wyspie o dwóch szczytach. Niech Bóg nam pomoże. Mam nadzieję, że nie jest za późno.” Poniżej nakreślono współrzędne. """,
  d={'Halina':'Otwieram butelkę.'}, h='A')
c('SO','clean','','Ewa,Tomasz,Kuba', """Myśliwce rozbijają szyk: cztery lecą na silniki, dwa na mostek. Osłony trzymają na sześćdziesięciu procentach. Kapitanie, uzbrojenie gotowe, czeka na rozkaz. Co robicie? """,
  d={'Tomasz':'Przekierowuję osłony do tyłu.'}, h='A')
c('H','gm_note_ok','','Ola,Bartek,Igor', """Dziewczynka w białej koszuli czeka na odpowiedź. ((MG: Ola, nie będę decydować za ciebie, co odpowiesz – napisz kwestię, a ona zareaguje w następnej turze.)) """,
  d={'Bartek':'Stoję nieruchomo.'}, h='IA')
c('N','recap_ok','','Zbyszek,Halina,Marek', """Grek więc zniknął z walizką, a pod barem stoi czarna wołga. Zanim ktokolwiek zdąży zareagować, drzwi się otwierają: wchodzi dwóch mężczyzn w prochowcach, a jeden z nich niesie brązową skórzaną walizkę. """,
  pv=["""„Grek? Wyjechał wczoraj wieczorem, z walizką.” Marek widzi, jak po drugiej stronie ulicy zatrzymuje się czarna wołga."""],
  d={'Zbyszek':'Dopijam piwo.'}, h='R')
c('F','callback_ok','','Jagoda,Mieszko,Kalina', """W zamku hrabiego nad kominkiem wisi portret chłopca. Na jego stopie – dokładnie taki sam bucik jak ten ze skrzyni w młynie. Kasztelan podąża za ich spojrzeniem i blednie. """,
  pv=["""W skrzyni leży tylko dziecięcy bucik i list z pieczęcią hrabiego."""],
  d={'Kalina':'Przyglądam się portretowi.'}, h='R')
c('SL','callback_ok','','Ola,Bartek,Igor', """W Wigilię babcia znowu stawia na stole pierogi, jak co roku, ale tym razem przy stole jest dodatkowe nakrycie – Igor przyprowadził narzeczoną. Bartek nalewa jej kompot jako pierwszej. Za oknem pada śnieg. """,
  pv=["""Babcia stawia na stole pierogi. „Jedzcie, póki ciepłe!”"""],
  d={'Bartek':'Nalewam kompot.'}, h='R')
