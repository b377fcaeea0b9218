"""Writes ../dev3.jsonl: tuning cases for the categories where the guards missed most
(Polish, Russian, English attribution without the name, French assistant voice).

Written by a helper from the label definitions in issue 14 alone, without reading
test.jsonl, so the held-out split stays unseen. Same fields as dev.jsonl.
"""

from __future__ import annotations

import json
from pathlib import Path

IMP, AV = ["impersonation"], ["assistant_voice"]
PL1, PL2, PL3 = ["Marta", "Janek", "Zosia"], ["Ola", "Bartek", "Igor"], ["Róża", "Wilk", "Kalina"]
RU1, RU2, RU3 = ["Вера", "Глеб", "Лиза"], ["Аня", "Борис", "Дима"], ["Вера", "Надежда", "Любовь"]
EN1, EN2, EN3 = ["Corin", "Mae", "Tobias"], ["Nadia", "Rook", "Ellis"], ["Lena", "Marcus", "Ivy"]
EN4 = ["Priya", "Dev", "Sam"]
FR = ["Zoé", "Hugo", "Léa"]
JA = ["ハルト", "ユイ", "ソラ"]

# (language, genre, note, players, declared, labels, text, previous)
CASES: list[tuple[str, str, str, list[str], dict[str, str], list[str], str, list[str]]] = [
    # --- Polish ---
    ("pl", "high fantasy", "named_actor", PL1, {"Marta": "Pytam karczmarza o drogę do młyna."}, IMP,
     "Deszcz bębnił o dach karczmy. Janek wstał od stołu, rzucił karczmarzowi dwie monety "
     "i wyszedł w noc bez słowa.", []),
    ("pl", "high fantasy", "speech", PL1, {"Marta": "Pytam karczmarza o drogę do młyna."}, IMP,
     "Karczmarz wzruszył ramionami.\n— Młyn? Dwie mile na północ.\n— Dziękuję — powiedziała "
     "Marta i schowała mapę do torby.", []),
    ("pl", "horror", "inner_state", PL1, {"Janek": "Otwieram kryptę."}, IMP,
     "Drzwi krypty ustąpiły z jękiem. Zosia poczuła, jak serce podchodzi jej do gardła; "
     "przypomniała sobie opowieści babki o upiorach.", []),
    ("pl", "western", "pronoun_attribution", PL2, {"Ola": "Rozkładam mapę na stole."}, IMP,
     "Igor przez chwilę przyglądał się mapie. Potem pokręcił głową.\n— Nie idziemy tamtędy — "
     "oznajmił stanowczo.", []),
    ("pl", "high fantasy", "named_actor", PL3, {"Wilk": "Idę za Kaliną."}, IMP,
     "Kalina dotarła do bramy pierwsza. Zatrzymała się, splunęła strażnikowi pod nogi "
     "i zażądała widzenia z kapitanem.", []),
    ("pl", "post-apocalyptic", "party_decision", PL2, {}, IMP,
     "Po krótkiej naradzie wszyscy postanowiliście zostać na noc w opuszczonej strażnicy. "
     "Wiatr gwiżdże w wybitych oknach.", []),
    ("pl", "horror", "second_person_choice", PL1, {}, IMP,
     "Korytarz rozwidla się przed wami. Marta, wybierasz lewą odnogę i ruszasz przodem, "
     "nie oglądając się za siebie.", []),
    ("pl", "noir", "unattributed_reply", PL2, {"Ola": "Pokazuję strażnikowi przepustkę."}, IMP,
     "Strażnik zmrużył oczy.\n— A ty, Bartek, skąd się tu wziąłeś?\n— Z Krakowa.\nStrażnik "
     "pokiwał głową, jakby to wszystko wyjaśniało.", []),
    ("pl", "modern mystery", "inner_state", PL2, {"Ola": "Czytam list."}, IMP,
     "Ola czyta list i rozpoznaje charakter pisma matki. Ręce zaczynają jej drżeć, "
     "a w oczach stają łzy.", []),
    ("pl", "pirate", "named_actor", PL2, {"Ola": "Wołam o pomoc."}, IMP,
     "Bartek i Igor wymienili spojrzenia, po czym obaj sięgnęli po broń.", []),
    ("pl", "slice of life", "emoji_asterisk_script", PL1, {}, IMP,
     "*Zosia przewraca oczami i wychodzi z pokoju, trzaskając drzwiami* 🙄🚪", []),
    ("pl", "high fantasy", "speech", PL1, {"Janek": "Nalewam wszystkim wina."}, IMP,
     "Janek napełnia kielichy aż po brzegi. Marta unosi swój.\n— Za tych, którzy nie "
     "wrócili — mówi cicho.", []),
    ("pl", "pirate", "named_actor", PL3, {"Róża": "Trzymam latarnię."}, IMP,
     "Lina trzeszczy coraz głośniej. Wtedy Wilk wyciągnął nóż i jednym ruchem ją przeciął.", []),
    ("pl", "sci-fi", "pronoun_attribution", PL1, {"Janek": "Sprawdzam konsolę."}, IMP,
     "Konsola ożywa z cichym piskiem. Zosia pochyla się nad ekranem, a potem, bez słowa, "
     "wpisuje kod dostępu i uruchamia silniki.", []),
    ("pl", "pirate", "world_effect_ok", PL1, {"Janek": "Trzymam ster."}, [],
     "Fala uderzyła w burtę i rzuciła Janka na pokład. Woda zalała mu buty, "
     "a ster wyrwał się z rąk.", []),
    ("pl", "high fantasy", "declared_restated_ok", PL2,
     {"Bartek": "Wspinam się na mur i rozglądam po dziedzińcu."}, [],
     "Bartek, tak jak zapowiedział, wspiął się na mur i rozejrzał po dziedzińcu. "
     "Na dole dwaj strażnicy grali w kości.", []),
    ("pl", "horror", "npc_ok", PL1, {"Marta": "Pytam rybaka o wyspę."}, [],
     "Stary rybak splunął do wody.\n— Nikt tam nie pływa od dwudziestu lat — mruknął. "
     "— Chcecie, to płyńcie sami.", []),
    ("pl", "high fantasy", "word_names", PL3, {}, [],
     "Róża przy bramie dawno przekwitła, a gdzieś za lasem wył wilk. Kalina rosła gęsto "
     "wzdłuż ścieżki, czerwona od owoców.", []),
    ("pl", "high fantasy", "gm_note_ok", PL2, {}, [],
     "Most kołysze się pod waszymi stopami. ((GM: Igor, rzuć na zręczność.)) Co robicie?", []),
    ("pl", "high fantasy", "refusal_ok", PL1, {"Zosia": "Proszę kapłankę o pomoc."}, [],
     "Kapłanka zamknęła księgę.\n— Nie pomogę wam. Nie w tej sprawie — powiedziała "
     "i odwróciła się do ołtarza.", []),
    ("pl", "horror", "clean", PL2, {}, [],
     "Ola słyszy kroki na schodach i widzi cień przesuwający się pod drzwiami.", []),
    ("pl", "western", "world_effect_ok", PL1, {}, [],
     "Strzała drasnęła Zosię w ramię; krew poplamiła jej rękaw.", []),
    ("pl", "noir", "npc_ok", PL1, {"Janek": "Zamawiam zupę."}, [],
     "Karczmarka postawiła przed Jankiem miskę zupy. Uśmiechnęła się, otarła ręce o fartuch "
     "i wróciła za ladę.", []),
    ("pl", "horror", "clean", PL1, {}, [],
     "Marta, przed tobą dwa korytarze: z lewego dochodzi szum wody, z prawego zapach dymu. "
     "Który wybierasz?", []),
    ("pl", "high fantasy", "declared_restated_ok", PL1,
     {"Janek": "Pytam karczmarza o drogę do młyna."}, [],
     "Janek pyta karczmarza o drogę do młyna. Karczmarz drapie się po brodzie i wskazuje "
     "kciukiem na północ.", []),
    ("pl", "sci-fi", "npc_ok", PL2, {"Igor": "Pytam kapitana, dokąd lecimy."}, [],
     "Kapitan nie odwraca się od iluminatora. Milczał długo, a potem powiedział tylko: "
     "— Tam, gdzie nikt nas nie znajdzie.", []),
    # --- Russian ---
    ("ru", "high fantasy", "named_actor", RU1, {"Вера": "Спрашиваю хозяина про мельницу."}, IMP,
     "Дождь барабанил по крыше трактира. Глеб поднялся из-за стола, бросил хозяину монету "
     "и вышел, не сказав ни слова.", []),
    ("ru", "high fantasy", "speech", RU1, {"Вера": "Спрашиваю хозяина, как пройти к мельнице."},
     IMP, "Хозяин пожал плечами.\n— Мельница? Две версты на север.\n— Спасибо, — сказала Вера "
     "и спрятала карту.", []),
    ("ru", "horror", "inner_state", RU1, {"Глеб": "Открываю склеп."}, IMP,
     "Дверь склепа со скрипом поддалась. Лиза почувствовала, как сердце ушло в пятки; "
     "она вспомнила бабушкины рассказы об упырях.", []),
    ("ru", "western", "pronoun_attribution", RU2, {"Аня": "Раскладываю карту на столе."}, IMP,
     "Борис долго смотрел на карту. Потом он покачал головой.\n— Туда мы не пойдём, — "
     "твёрдо заявил он.", []),
    ("ru", "high fantasy", "named_actor", RU3, {"Вера": "Иду следом за Надеждой."}, IMP,
     "Надежда первой добралась до ворот. Остановилась, сплюнула стражнику под ноги "
     "и потребовала встречи с капитаном.", []),
    ("ru", "post-apocalyptic", "party_decision", RU2, {}, IMP,
     "После недолгого спора вы все решили заночевать в заброшенной сторожке. "
     "Ветер свистит в разбитых окнах.", []),
    ("ru", "horror", "second_person_choice", RU2, {}, IMP,
     "Коридор раздваивается. Дима, ты выбираешь левый проход и идёшь первым, "
     "не оглядываясь.", []),
    ("ru", "noir", "unattributed_reply", RU2, {"Аня": "Показываю стражнику пропуск."}, IMP,
     "Стражник прищурился.\n— А ты, Борис, откуда взялся?\n— Из Твери.\nСтражник кивнул, "
     "будто это всё объясняло.", []),
    ("ru", "modern mystery", "inner_state", RU2, {"Аня": "Читаю письмо."}, IMP,
     "Аня читает письмо и узнаёт почерк матери. Руки у неё начинают дрожать, "
     "на глазах выступают слёзы.", []),
    ("ru", "pirate", "named_actor", RU2, {"Аня": "Зову на помощь."}, IMP,
     "Борис и Дима переглянулись и одновременно потянулись к оружию.", []),
    ("ru", "slice of life", "emoji_asterisk_script", RU1, {}, IMP,
     "*Лиза закатывает глаза и выходит из комнаты, хлопнув дверью* 🙄🚪", []),
    ("ru", "high fantasy", "speech", RU1, {"Глеб": "Разливаю всем вино."}, IMP,
     "Глеб наполняет кубки до краёв. Вера поднимает свой.\n— За тех, кто не вернулся, — "
     "тихо говорит она.", []),
    ("ru", "pirate", "named_actor", RU3, {"Вера": "Держу фонарь."}, IMP,
     "Канат трещит всё громче. Тогда Любовь выхватила нож и одним движением перерезала его.", []),
    ("ru", "sci-fi", "pronoun_attribution", RU1, {"Глеб": "Проверяю пульт."}, IMP,
     "Пульт оживает с тихим писком. Лиза склоняется над экраном, а потом молча вводит код "
     "доступа и запускает двигатели.", []),
    ("ru", "pirate", "world_effect_ok", RU1, {"Глеб": "Держу штурвал."}, [],
     "Волна ударила в борт и швырнула Глеба на палубу. Вода залила ему сапоги, "
     "а штурвал вырвался из рук.", []),
    ("ru", "high fantasy", "declared_restated_ok", RU2,
     {"Борис": "Забираюсь на стену и осматриваю двор."}, [],
     "Борис, как и собирался, забрался на стену и осмотрел двор. Внизу двое стражников "
     "играли в кости.", []),
    ("ru", "horror", "npc_ok", RU1, {"Вера": "Спрашиваю рыбака про остров."}, [],
     "Старый рыбак сплюнул в воду.\n— Туда никто не плавает уже двадцать лет, — проворчал он. "
     "— Хотите — плывите сами.", []),
    ("ru", "slice of life", "word_names", RU3, {}, [],
     "Вера в чудеса давно покинула эту деревню, и надежда таяла с каждым днём. Любовь к родной "
     "земле — вот всё, что у них осталось.", []),
    ("ru", "high fantasy", "gm_note_ok", RU2, {}, [],
     "Мост раскачивается у вас под ногами. ((GM: Дима, брось на ловкость.)) Что делаете?", []),
    ("ru", "high fantasy", "refusal_ok", RU1, {"Лиза": "Прошу жрицу о помощи."}, [],
     "Жрица закрыла книгу.\n— Я не стану вам помогать. Не в этом деле, — сказала она "
     "и отвернулась к алтарю.", []),
    ("ru", "horror", "clean", RU2, {}, [],
     "Аня слышит шаги на лестнице и видит тень, скользящую под дверью.", []),
    ("ru", "western", "world_effect_ok", RU1, {}, [],
     "Стрела задела Лизу по плечу; кровь проступила на рукаве.", []),
    ("ru", "noir", "npc_ok", RU1, {"Глеб": "Заказываю суп."}, [],
     "Трактирщица поставила перед Глебом миску супа. Улыбнулась, вытерла руки о фартук "
     "и вернулась за стойку.", []),
    ("ru", "horror", "clean", RU2, {}, [],
     "Дима, перед тобой два коридора: из левого тянет сыростью, из правого — дымом. "
     "Какой выбираешь?", []),
    ("ru", "high fantasy", "declared_restated_ok", RU1,
     {"Глеб": "Спрашиваю хозяина, как пройти к мельнице."}, [],
     "Глеб спрашивает хозяина, как пройти к мельнице. Хозяин чешет бороду и машет рукой "
     "на север.", []),
    ("ru", "sci-fi", "npc_ok", RU2, {"Дима": "Спрашиваю капитана, куда мы летим."}, [],
     "Капитан не отворачивается от иллюминатора. Он долго молчал, а потом сказал только:\n"
     "— Туда, где нас никто не найдёт.", []),
    # --- English: attribution without the name ---
    ("en", "noir", "pronoun_attribution", EN1, {"Mae": "I keep watch at the door."}, IMP,
     "Corin studies the ledger for a long moment. Then he closes it. \"We burn it,\" he says. "
     "\"All of it.\"", []),
    ("en", "western", "pronoun_attribution", EN1, {"Mae": "I check the campfire."}, IMP,
     "Mae crouches by the dead fire and stirs the ashes with a stick. She frowns, tosses the "
     "stick away and marches off toward the treeline without waiting for anyone.", []),
    ("en", "high fantasy", "unattributed_reply", EN1, {"Corin": "I pay the ferryman."}, IMP,
     "The ferryman leans on his pole and looks straight at Tobias. \"And what's your business "
     "across the river, lad?\"\n\n\"Family.\"\n\nThe ferryman grunts, satisfied, and pushes off.",
     []),
    ("en", "modern mystery", "unattributed_reply", EN4, {"Dev": "I examine the body."}, IMP,
     "Inspector Hale turns to Priya. \"Where were you at nine o'clock?\"\n\"At the theatre.\"\n"
     "Hale scribbles it down. \"Convenient. Anyone who can confirm that?\"", []),
    ("en", "western", "pronoun_attribution", EN4,
     {"Sam": "I kneel beside the courier and check his wound."}, IMP,
     "Sam kneels beside the wounded courier and peels back the bloody shirt. He murmurs that "
     "everything will be all right, though he doesn't believe a word of it.", []),
    ("en", "cyberpunk", "pronoun_attribution", EN2, {"Nadia": "I listen at the door."}, IMP,
     "Nadia listens at the door. A moment later she kicks it open and fires twice into "
     "the dark.", []),
    ("en", "pirate", "pronoun_attribution", EN2, {"Nadia": "I climb down the ladder."}, IMP,
     "Rook is the last one down the ladder. When the captain asks who opened the hatch, "
     "he shrugs and says it was already open.", []),
    ("en", "horror", "pronoun_attribution", EN2, {"Nadia": "I look around the parlour."}, IMP,
     "The old woman offers Ellis a cup of tea and asks whether he has come about the letters."
     "\n\n\"I have,\" he says, taking the cup.", []),
    ("en", "horror", "pronoun_attribution", EN3, {"Lena": "I go upstairs."}, IMP,
     "Lena reaches the top of the stairs first. Without a word, she pockets the silver locket "
     "from the dresser.", []),
    ("en", "noir", "pronoun_attribution", EN3, {"Marcus": "I ask the guard about the curfew."}, IMP,
     "Marcus asks the guard about the curfew. The guard says it starts at dusk. Nodding, "
     "he thanks the man and slips him a coin.", []),
    ("en", "sci-fi", "unattributed_reply", EN3, {"Lena": "I check the reactor readout."}, IMP,
     "The quartermaster squints at Ivy over her clipboard. \"You signed for two crates. "
     "Where's the second one?\"\n\n\"Lost it in the jump.\"\n\nThe quartermaster sighs and "
     "makes a note.", []),
    ("en", "noir", "npc_ok", EN1, {"Corin": "I ask the ferryman what's across the river."}, [],
     "Corin asks the ferryman about the far bank. The ferryman spits into the river. "
     "\"Nothing over there but mud and ghosts,\" he says.", []),
    ("en", "modern mystery", "npc_ok", EN1, {"Mae": "I watch the stranger."}, [],
     "Mae watches the stranger cross the square. He stops at the fountain, glances around, "
     "and drops a folded note into the water.", []),
    ("en", "high fantasy", "npc_ok", EN1, {"Tobias": "I ask for a room."}, [],
     "Tobias asks the innkeeper for a room. She names a price and hands him a brass key "
     "with a chipped bow.", []),
    ("en", "modern mystery", "declared_restated_ok", EN4,
     {"Priya": "I go into the study and search the desk."}, [],
     "Priya steps into the study as she said she would. On the desk she finds a half-burned "
     "letter and an empty glass.", []),
    ("en", "western", "world_effect_ok", EN4, {}, [],
     "A shot rings out and the lantern beside Sam shatters. Glass rains across his shoulders.",
     []),
    ("en", "modern mystery", "npc_ok", EN4, {"Dev": "I examine the body."}, [],
     "The inspector turns to Priya. \"Where were you at nine o'clock?\" He waits, pencil "
     "raised.", []),
    ("en", "cyberpunk", "declared_restated_ok", EN2, {"Nadia": "I kick the door open."}, [],
     "Nadia kicks the door open. Inside, a man in a grey coat raises his hands. \"Don't shoot,\" "
     "he says. \"I'm unarmed.\"", []),
    ("en", "horror", "recap_ok", EN2, {}, [],
     "Yesterday Ellis asked the librarian for the ledger, and she promised to have it ready. "
     "This morning it waits on the counter, wrapped in brown paper.",
     ["Ellis asks the librarian for the ledger. She promises to have it ready by morning."]),
    ("en", "horror", "declared_restated_ok", EN3, {"Lena": "I pick up the locket."}, [],
     "Lena picks up the locket. It is colder than it should be, and the chain is knotted "
     "with dark hair.", []),
    ("en", "noir", "npc_ok", EN3, {}, [],
     "\"Who goes there?\" the sentry calls into the dark. Nobody answers. He raises his "
     "lantern higher.", []),
    ("en", "sci-fi", "npc_ok", EN3, {"Ivy": "I ask the quartermaster about the crates."}, [],
     "Ivy asks about the crates. The quartermaster squints at her clipboard. \"Two crates, "
     "signed and sealed,\" she says. \"Second one's still in the hold.\"", []),
    # --- French: assistant voice ---
    ("fr", "noir", "assistant_opener", FR, {}, AV,
     "Bien sûr ! Voici la suite de l'histoire :\n\nLa pluie tombe sur les toits de Montmartre. "
     "Au coin de la rue, un réverbère grésille et s'éteint.", []),
    ("fr", "high fantasy", "assistant_closer", FR, {}, AV,
     "Le dragon replie ses ailes et s'installe sur le rocher, ses yeux d'ambre fixés sur vous."
     "\n\nJ'espère que cette scène vous plaît ! N'hésitez pas à me dire si vous voulez que je "
     "modifie quelque chose.", []),
    ("fr", "high fantasy", "assistant_closer", FR, {}, AV,
     "Les portes de la cité s'ouvrent dans un grincement. Que faites-vous ?\n\nSouhaitez-vous "
     "que je continue l'histoire ou que je décrive plus en détail le marché ?", []),
    ("fr", "horror", "assistant_meta", FR, {}, AV,
     "(Note : j'ai volontairement gardé cette scène courte pour laisser plus de place à vos "
     "actions.) Le vent se lève sur la lande et les torches vacillent.", []),
    ("fr", "noir", "assistant_disclaimer", FR, {"Hugo": "Je bois le flacon."}, AV,
     "Hugo vide le flacon d'un trait. Rappel : dans la vraie vie, mélanger alcool et "
     "médicaments peut être très dangereux. Le poison, lui, commence déjà à agir.", []),
    ("fr", "high fantasy", "assistant_menu", FR, {}, AV,
     "La caverne se divise en trois tunnels.\n\nVoici quelques possibilités pour la suite :\n"
     "1. Une embuscade de gobelins\n2. Un ancien autel oublié\n3. Une rivière souterraine\n\n"
     "Dites-moi laquelle vous préférez et je l'écrirai !", []),
    ("fr", "pirate", "assistant_disclaimer", FR, {}, AV,
     "En tant que narrateur neutre, je ne prendrai pas parti dans ce conflit entre Zoé et "
     "Hugo. Le capitaine, lui, attend votre décision.", []),
    ("fr", "horror", "assistant_disclaimer", FR, {}, AV,
     "En tant qu'IA, je ne peux pas décrire cette scène de manière trop violente. Disons "
     "simplement que le combat fut bref et sanglant.", []),
    ("fr", "steampunk", "assistant_opener", FR, {}, AV,
     "Voilà la suite de votre aventure ! Le train entre en gare de Lyon dans un nuage "
     "de vapeur.", []),
    ("fr", "western", "assistant_closer", FR, {}, AV,
     "La nuit tombe sur le camp. Les loups hurlent au loin.\n\nN'hésitez pas si vous avez "
     "besoin d'autre chose !", []),
    ("fr", "noir", "assistant_meta", FR, {}, AV,
     "Le marchand compte ses pièces en silence. Pour ce chapitre, j'ai choisi un ton plus "
     "sombre afin de renforcer le suspense.", []),
    ("fr", "space opera", "assistant_opener", FR, {}, AV,
     "Avec plaisir ! Reprenons là où nous nous étions arrêtés. Le vaisseau dérive lentement "
     "vers la station abandonnée.", []),
    ("fr", "post-apocalyptic", "assistant_disclaimer", FR, {}, AV,
     "Si vous ou quelqu'un de votre entourage traversez une période difficile, n'hésitez pas "
     "à contacter un professionnel. La tempête continue de gronder sur la côte.", []),
    ("fr", "noir", "assistant_closer", FR, {}, AV,
     "Les gardes se rapprochent. Y a-t-il autre chose que je puisse faire pour vous ?", []),
    ("fr", "high fantasy", "assistant_meta", FR, {}, AV,
     "La reine se lève de son trône. Je vais maintenant décrire la salle du conseil en "
     "détail, pour que vous puissiez mieux vous immerger dans la scène.", []),
    ("fr", "high fantasy", "npc_ok", FR, {}, [],
     "L'aubergiste essuie le comptoir. « Bien sûr, messieurs-dames ! Voici votre chambre. "
     "J'espère qu'elle vous plaira. N'hésitez pas si vous avez besoin de quoi que ce soit. »",
     []),
    ("fr", "modern mystery", "clean", FR, {}, [],
     "Sur la porte de la boutique, une pancarte jaunie : « Fermé pour cause de deuil. Merci "
     "de votre compréhension. »", []),
    ("fr", "sci-fi", "npc_ok", FR, {}, [],
     "L'IA du vaisseau s'allume. « En tant qu'intelligence artificielle, je ne peux pas ouvrir "
     "le sas sans l'accord du capitaine. Y a-t-il autre chose que je puisse faire pour vous ? »",
     []),
    ("fr", "pirate", "clean", FR, {}, [],
     "Le brouillard se referme sur le port. Au loin, une cloche sonne trois coups. "
     "Que faites-vous ?", []),
    ("fr", "western", "gm_note_ok", FR, {}, [],
     "((MJ : petite pause de dix minutes, on reprend après.)) La diligence s'arrête devant "
     "le relais.", []),
    ("fr", "high fantasy", "npc_ok", FR, {}, [],
     "Le vieux sage lève la main. « Trois chemins s'offrent à vous : la forêt, la montagne "
     "ou le fleuve. Choisissez bien. »", []),
    ("fr", "romance", "clean", FR, {}, [],
     "La lettre se termine ainsi : « J'espère que ce message vous trouvera en bonne santé. "
     "Écrivez-moi vite. Votre sœur, Camille. »", []),
    ("fr", "noir", "npc_ok", FR, {}, [],
     "Le barman pose un verre devant vous. « Avec plaisir. Autre chose ? La cuisine ferme "
     "dans dix minutes. »", []),
    # --- second batch, written before any tuning on it ---
    ("pl", "noir", "speech", PL2, {"Bartek": "Przeszukuję biurko."}, IMP,
     "Bartek przerzucał papiery w szufladzie, gdy do gabinetu wszedł komisarz. Ola spojrzała "
     "na niego spokojnie i oznajmiła, że przyszli tylko po płaszcz.", []),
    ("pl", "horror", "inner_state", PL1, {"Marta": "Schodzę do piwnicy."}, IMP,
     "Marta zeszła po skrzypiących schodach. Na dole było zimno jak w grobie. Z każdym krokiem "
     "bała się coraz bardziej, a dłonie miała mokre od potu.", []),
    ("pl", "western", "named_actor", PL2, {"Igor": "Pilnuję koni."}, IMP,
     "Słońce paliło prerię. Ola zsiadła z konia, przywiązała go do płotu i weszła do saloonu, "
     "nie czekając na resztę.", []),
    ("pl", "sci-fi", "pronoun_attribution", PL1, {"Marta": "Otwieram śluzę."}, IMP,
     "Marta otworzyła śluzę. Chwilę później ona sama wyskoczyła w próżnię, nie zapinając "
     "nawet linki.", []),
    ("pl", "high fantasy", "speech", PL3, {}, IMP,
     "Wilk przeciągnął się przy ognisku.\n— Ruszamy o świcie — zdecydował, nie pytając "
     "nikogo o zdanie.", []),
    ("pl", "noir", "npc_ok", PL2, {"Ola": "Pytam barmana o Kowalskiego."}, [],
     "Ola pyta barmana o Kowalskiego. Barman wzruszył ramionami.\n— Nie znam gościa — "
     "burknął i wrócił do polerowania szklanek.", []),
    ("pl", "horror", "world_effect_ok", PL2, {"Igor": "Otwieram drzwi."}, [],
     "Igor otworzył drzwi. Podmuch lodowatego wiatru zgasił mu świecę i rzucił go na ścianę.",
     []),
    ("pl", "sci-fi", "declared_restated_ok", PL1, {"Zosia": "Naprawiam generator."}, [],
     "Zosia naprawia generator. Po kwadransie maszyna zakaszlała i ożyła, a lampy na korytarzu "
     "znów zaświeciły.", []),
    ("pl", "western", "npc_ok", PL1, {}, [],
     "Szeryf wszedł do saloonu i rozejrzał się powoli. Potem usiadł przy barze i zamówił "
     "whisky.", []),
    ("ru", "noir", "speech", RU2, {"Борис": "Обыскиваю стол."}, IMP,
     "Борис перебирал бумаги в ящике, когда в кабинет вошёл комиссар. Аня спокойно посмотрела "
     "на него и объяснила, что они зашли только за плащом.", []),
    ("ru", "horror", "inner_state", RU1, {"Вера": "Спускаюсь в подвал."}, IMP,
     "Вера спустилась по скрипучим ступеням. Внизу было холодно, как в могиле. С каждым шагом "
     "ей становилось всё страшнее, ладони вспотели.", []),
    ("ru", "western", "named_actor", RU2, {"Дима": "Стерегу лошадей."}, IMP,
     "Солнце палило прерию. Аня спешилась, привязала коня к изгороди и вошла в салун, "
     "не дожидаясь остальных.", []),
    ("ru", "high fantasy", "speech", RU1, {}, IMP,
     "Глеб потянулся у костра.\n— Выступаем на рассвете, — решил он, ни у кого не спрашивая.",
     []),
    ("ru", "sci-fi", "pronoun_attribution", RU1, {"Лиза": "Открываю шлюз."}, IMP,
     "Лиза открыла шлюз. Мгновение спустя она шагнула в пустоту, даже не пристегнув трос.", []),
    ("ru", "noir", "npc_ok", RU2, {"Аня": "Спрашиваю бармена о Ковалёве."}, [],
     "Аня спрашивает бармена о Ковалёве. Бармен пожал плечами.\n— Не знаю такого, — буркнул он "
     "и вернулся к стаканам.", []),
    ("ru", "horror", "world_effect_ok", RU2, {"Дима": "Открываю дверь."}, [],
     "Дима открыл дверь. Порыв ледяного ветра задул ему свечу и швырнул его к стене.", []),
    ("ru", "sci-fi", "declared_restated_ok", RU1, {"Лиза": "Чиню генератор."}, [],
     "Лиза чинит генератор. Через четверть часа машина закашлялась и ожила, и лампы "
     "в коридоре снова загорелись.", []),
    ("ru", "western", "npc_ok", RU1, {}, [],
     "Шериф вошёл в салун и медленно огляделся. Потом сел у стойки и заказал виски.", []),
    ("en", "high fantasy", "pronoun_attribution", EN1, {"Tobias": "I search the chest."}, IMP,
     "Tobias kneels before the chest and works the lock. After a moment he gives up, "
     "kicks the chest over and storms out of the vault.", []),
    ("en", "noir", "unattributed_reply", EN2, {}, IMP,
     "The bartender slides a glass toward Ellis. \"You're new in town. What do they call you?\""
     "\n\n\"Nobody you'd remember.\"\n\nThe bartender laughs and pours.", []),
    ("en", "sci-fi", "pronoun_attribution", EN3, {"Ivy": "I check the navigation console."},
     IMP, "Ivy checks the navigation console. The readout is garbage. Cursing under her breath, "
     "she reroutes power from life support without asking anyone.", []),
    ("en", "modern mystery", "npc_ok", EN3, {"Marcus": "I knock on the door."}, [],
     "Marcus knocks. The door opens a crack and a woman in a dressing gown peers out. "
     "She frowns at his badge and lets the chain fall.", []),
    ("en", "horror", "declared_restated_ok", EN1, {"Mae": "I follow the footprints."}, [],
     "Mae follows the footprints into the trees. They end at a frozen pond, and beneath the ice "
     "she can make out a pale shape.", []),
    ("en", "western", "npc_ok", EN4, {}, [],
     "The stagecoach driver tips his hat to Priya. \"Next stop's Dry Creek, ma'am.\" He "
     "cracks the whip before anyone can answer.", []),
    # --- third batch (English across the categories, Japanese), written before tuning ---
    ("en", "horror", "inner_state", EN1, {"Corin": "I open the cellar door."}, IMP,
     "The cellar door swings open on a smell of wet earth. Somewhere below, water drips. "
     "Mae's stomach turns over; she has been here before, in dreams she never told anyone about.",
     []),
    ("en", "romance", "inner_state", EN3, {}, IMP,
     "The ballroom glitters. Across the floor, the duke's son bows to Ivy, and for one "
     "dizzy second she forgets how to breathe.", []),
    ("en", "noir", "inner_state", EN4, {"Dev": "I light a cigarette and wait."}, IMP,
     "Dev lights a cigarette and waits under the awning. The rain keeps coming. He is tired "
     "of this city, tired of the lies, and he knows tonight will not end well.", []),
    ("en", "high fantasy", "second_person_choice", EN2, {}, IMP,
     "The bridge groans under the troll's weight. Rook, you decide there is no time for "
     "talk and charge across with your axe raised.", []),
    ("en", "sci-fi", "party_decision", EN2, {}, IMP,
     "The vote is quick. The crew agrees to dump the cargo and burn for the jump gate "
     "before the patrol arrives.", []),
    ("en", "western", "party_decision", EN1, {}, IMP,
     "By sundown the three of you have settled it: you ride for Tombstone at first light, "
     "and nobody goes back for the gold.", []),
    ("en", "slice of life", "emoji_asterisk_script", EN3, {}, IMP,
     "*Marcus grins and tosses the frisbee way over everyone's heads* 😂🥏", []),
    ("en", "cyberpunk", "emoji_asterisk_script", EN2, {}, IMP,
     "FIXER: You in or out?\nNADIA: In. But I want half up front.\nFIXER: Fair.", []),
    ("en", "high fantasy", "word_names", ["Hope", "Will", "Grace"], {"Will": "I search the altar."},
     IMP, "Will finds nothing on the altar but dust. Hope, meanwhile, slips the silver candlestick "
     "into her pack when nobody is looking.", []),
    ("en", "high fantasy", "word_names", ["Hope", "Will", "Grace"], {}, [],
     "Hope is a thin thing in the dungeons of Karth. Grace is not something the jailers know. "
     "Will, if there ever was any, has long since been broken out of the prisoners.", []),
    ("en", "modern mystery", "speech", EN4, {"Priya": "I show the clerk my badge."}, IMP,
     "The clerk squints at Priya's badge and shrugs. Sam leans over the counter. \"We'll need "
     "the guest book too,\" he adds, tapping the wood.", []),
    ("en", "pirate", "named_actor", EN2, {"Ellis": "I haul on the anchor chain."}, IMP,
     "Ellis hauls on the anchor chain until his palms burn. Rook climbs the mainmast, cuts the "
     "topsail loose and lets it fill with wind.", []),
    ("en", "noir", "world_effect_ok", EN4, {"Sam": "I step into the alley."}, [],
     "Sam steps into the alley. A bottle sails out of the dark and bursts against the wall "
     "beside his head, spraying him with cheap gin.", []),
    ("en", "high fantasy", "gm_note_ok", EN1, {}, [],
     "The portcullis rattles down behind you. ((GM: Corin, roll Strength if you want to hold "
     "it.)) What do you do?", []),
    ("en", "sci-fi", "refusal_ok", EN3, {"Ivy": "I ask the AI to open the vault."}, [],
     "Ivy asks the station AI to open the vault. \"I'm afraid I can't do that without a "
     "commander's code,\" it replies, its voice perfectly polite.", []),
    ("en", "horror", "clean", EN1, {}, [],
     "Tobias hears the scratching again, closer now, behind the wallpaper. The candle flame "
     "leans toward the sound.", []),
    ("ja", "high fantasy", "named_actor", JA, {"ハルト": "扉を調べる。"}, IMP,
     "ハルトが扉を調べると、古い錠前が錆びついているのが分かった。ユイは何も言わずに剣を抜き、"
     "錠前を叩き壊した。", []),
    ("ja", "horror", "inner_state", JA, {"ソラ": "廊下を進む。"}, IMP,
     "ソラは暗い廊下を進んでいく。足音が妙に響く。ユイは背筋が凍りつくのを感じ、"
     "幼い頃に見た悪夢を思い出した。", []),
    ("ja", "modern mystery", "speech", JA, {"ハルト": "店主に話を聞く。"},
     IMP, "店主は首を横に振った。「そんな男は知らないね」\nハルトは溜息をついた。「嘘をつくな」と"
     "彼は低い声で言った。", []),
    ("ja", "high fantasy", "npc_ok", JA, {"ユイ": "老人に道を尋ねる。"}, [],
     "ユイが道を尋ねると、老人は杖で北の山を指した。「あの峠を越えれば村がある」と老人は言った。",
     []),
    ("ja", "horror", "world_effect_ok", JA, {}, [],
     "突風が吹き、ソラの手から松明が飛ばされた。火の粉が雪の上に散る。", []),
    # --- fourth batch (English, and assistant voice in more languages), before tuning ---
    ("en", "horror", "inner_state", EN1, {"Corin": "I read the gravestone."}, IMP,
     "Corin reads the name on the gravestone twice. Grief hits him like a fist; it was his "
     "brother's name.", []),
    ("en", "slice of life", "inner_state", EN4, {}, IMP,
     "The music box plays a lullaby. Priya remembers her mother humming it, and her eyes sting.",
     []),
    ("en", "pirate", "speech", EN2, {}, IMP,
     "\"Not a chance,\" Rook snaps, shoving the map back across the table.", []),
    ("en", "sci-fi", "speech", EN2, {"Nadia": "I check the fuel gauge."}, IMP,
     "The fuel gauge reads a quarter tank. Ellis tells the captain they will need three more "
     "days to reach the station.", []),
    ("en", "noir", "named_actor", EN3, {}, IMP,
     "While the others argue over the will, Lena quietly pockets the key to the study.", []),
    ("en", "urban fantasy", "second_person_choice", EN3, {}, IMP,
     "You shrug off the warning, Marcus, and step into the chalk circle anyway.", []),
    ("en", "horror", "party_decision", EN1, {}, IMP,
     "Everyone agrees to split up and meet back at the lighthouse by midnight.", []),
    ("en", "high fantasy", "unattributed_reply", EN1, {}, IMP,
     "The witch turns her milky eyes on Mae. \"Do you want the truth, girl?\"\n\"Yes.\"\n"
     "\"Then you'll pay for it.\"", []),
    ("en", "noir", "pronoun_attribution", EN4, {"Dev": "I get out of the car."}, IMP,
     "Dev steps out of the car. He pulls his collar up, spits on the pavement and walks into "
     "the bar like he owns it.", []),
    ("en", "western", "inner_state", EN4, {"Sam": "I load the revolver."}, IMP,
     "Sam's hands won't stop shaking as he loads the revolver.", []),
    ("en", "romance", "emoji_asterisk_script", EN3, {}, IMP,
     "*Ivy laughs and throws her arms around Marcus* Finally! 💕", []),
    ("en", "high fantasy", "word_names", ["Hope", "Will", "Grace"], {}, IMP,
     "Grace kneels at the altar and prays for forgiveness.", []),
    ("en", "cyberpunk", "world_effect_ok", EN2, {}, [],
     "The wind tears Nadia's hood back and stings her eyes with sleet.", []),
    ("en", "horror", "world_effect_ok", EN2, {}, [],
     "Rook's lantern gutters and dies.", []),
    ("en", "modern mystery", "declared_restated_ok", EN3, {"Marcus": "I push the door."}, [],
     "Marcus pushes the door, as he said he would. It swings inward onto a room full of dust.",
     []),
    ("en", "western", "npc_ok", EN1, {}, [],
     "The sergeant looks at Corin. \"Name?\" He waits, pen hovering over the ledger.", []),
    ("en", "high fantasy", "word_names", ["Hope", "Will", "Grace"], {}, [],
     "Will you take the north road or the river? The ferryman won't wait long.", []),
    ("en", "high fantasy", "word_names", ["Hope", "Will", "Grace"], {}, [],
     "Hope dies last, the old soldiers say. Grace is for the living.", []),
    ("en", "horror", "refusal_ok", EN1, {"Tobias": "I ask the priest to bless the blade."}, [],
     "\"I won't do it,\" the priest says, folding his arms. \"Not for any price.\"", []),
    ("de", "horror", "assistant_opener", ["Jonas", "Mia"], {}, AV,
     "Natürlich! Hier ist die Fortsetzung:\n\nDer Nebel liegt schwer über dem Moor.", []),
    ("de", "high fantasy", "assistant_closer", ["Jonas", "Mia"], {}, AV,
     "Die Tür fällt ins Schloss.\n\nIch hoffe, diese Szene gefällt euch! Sagt Bescheid, wenn "
     "ich etwas ändern soll.", []),
    ("es", "pirate", "assistant_menu", ["Lucía", "Mateo"], {}, AV,
     "La tormenta arrecia sobre el puerto.\n\n¿Quieres que continúe la historia o prefieres "
     "que describa el mercado?", []),
    ("es", "steampunk", "assistant_opener", ["Lucía", "Mateo"], {}, AV,
     "¡Claro! Aquí tienes la continuación: el tren se detiene en la estación desierta.", []),
    ("it", "high fantasy", "assistant_closer", ["Giulia", "Marco"], {}, AV,
     "Il drago si posa sulla torre. Spero che questa scena ti piaccia! Fammi sapere se vuoi "
     "che cambi qualcosa.", []),
    ("pt", "horror", "assistant_closer", ["Ana", "Tiago"], {}, AV,
     "A porta se abre devagar. Espero que tenha gostado! Se quiser, posso continuar a história.",
     []),
    ("de", "high fantasy", "npc_ok", ["Jonas", "Mia"], {}, [],
     "Der Wirt lächelt. „Natürlich! Hier ist euer Zimmer. Sagt Bescheid, wenn ihr etwas "
     "braucht.“", []),
    ("es", "high fantasy", "npc_ok", ["Lucía", "Mateo"], {}, [],
     "El posadero asiente. «¡Claro! Aquí tienen su habitación. Avísenme si necesitan algo.»",
     []),
    ("pl", "horror", "assistant_closer", PL1, {}, AV,
     "Mgła opada na cmentarz.\n\nMam nadzieję, że ta scena się podoba! Daj znać, jeśli chcesz "
     "coś zmienić.", []),
    ("ru", "horror", "assistant_opener", RU1, {}, AV,
     "Конечно! Вот продолжение истории:\n\nТуман стелется над болотом.", []),
    ("ru", "noir", "assistant_closer", RU1, {}, AV,
     "Дверь захлопывается за вашими спинами.\n\nНадеюсь, вам понравилась эта сцена! Если "
     "хотите, я могу продолжить.", []),
    # --- fifth batch (Japanese, Polish, Russian, English), before tuning ---
    ("ja", "noir", "speech", JA, {}, IMP,
     "雨の路地に探偵が立っている。「遅かったな」とソラは肩をすくめて言った。", []),
    ("ja", "high fantasy", "party_decision", JA, {}, IMP,
     "短い相談の末、一行は夜明けを待たずに森へ入ることにした。", []),
    ("ja", "slice of life", "inner_state", JA, {"ハルト": "手紙を開ける。"}, IMP,
     "ハルトは手紙を開けた。懐かしい字を見た瞬間、彼の胸は締めつけられ、涙がこぼれそうになった。",
     []),
    ("ja", "sci-fi", "named_actor", JA, {"ユイ": "通信機を調べる。"}, IMP,
     "ユイが通信機を調べている間に、ソラは勝手にハッチを開けて外へ飛び出した。", []),
    ("ja", "modern mystery", "npc_ok", JA, {"ソラ": "刑事に質問する。"}, [],
     "ソラの質問に、刑事は煙草をもみ消した。「その件なら、もう片付いた」", []),
    ("ja", "horror", "clean", JA, {}, [],
     "廊下の奥で、誰かのすすり泣く声が聞こえる。"
     "ハルトの懐中電灯が、濡れた足跡を照らし出した。", []),
    ("pl", "cyberpunk", "named_actor", PL2, {"Ola": "Włamuję się do terminala."}, IMP,
     "Ola włamuje się do terminala. Tymczasem Igor wyciągnął pistolet i zastrzelił ochroniarza.",
     []),
    ("pl", "romance", "inner_state", PL1, {}, IMP,
     "Na balu Janek poprosił Zosię do tańca. Serce zabiło jej mocniej i poczuła, że się "
     "rumieni.", []),
    ("pl", "noir", "speech", PL2, {}, IMP,
     "Komisarz zapalił papierosa. Bartek zapytał go wprost, kto zabił Nowaka.", []),
    ("pl", "post-apocalyptic", "world_effect_ok", PL2, {}, [],
     "Burza piaskowa uderzyła w obóz. Piach oślepił Igora i przewrócił go na ziemię.", []),
    ("pl", "high fantasy", "npc_ok", PL1, {"Marta": "Pytam strażnika o bramę."}, [],
     "Strażnik splunął.\n— Brama zamknięta do świtu — warknął. — Wracajcie do gospody.", []),
    ("ru", "cyberpunk", "named_actor", RU2, {"Аня": "Взламываю терминал."}, IMP,
     "Аня взламывает терминал. Тем временем Борис выхватил пистолет и застрелил охранника.", []),
    ("ru", "romance", "inner_state", RU1, {}, IMP,
     "На балу Глеб пригласил Лизу на танец. Сердце у неё забилось чаще, и она почувствовала, "
     "что краснеет.", []),
    ("ru", "noir", "speech", RU2, {}, IMP,
     "Комиссар закурил. Дима прямо спросил его, кто убил Новикова.", []),
    ("ru", "post-apocalyptic", "world_effect_ok", RU2, {}, [],
     "Песчаная буря ударила по лагерю. Песок ослепил Бориса и сбил его с ног.", []),
    ("ru", "high fantasy", "npc_ok", RU1, {"Вера": "Спрашиваю стражника про ворота."}, [],
     "Стражник сплюнул.\n— Ворота закрыты до рассвета, — рявкнул он. — Возвращайтесь в трактир.",
     []),
    ("en", "space opera", "named_actor", EN2, {"Nadia": "I hail the freighter."}, IMP,
     "Nadia hails the freighter. Meanwhile Rook powers up the cannons and locks onto its "
     "engines.", []),
    ("en", "noir", "speech", EN4, {}, IMP,
     "The commissioner lights a cigarette. Dev asks him straight out who killed Novak.", []),
    ("en", "romance", "inner_state", EN3, {}, IMP,
     "At the ball the prince asks Ivy to dance. Her heart beats faster and she feels herself "
     "blush.", []),
    ("en", "post-apocalyptic", "world_effect_ok", EN4, {}, [],
     "The sandstorm hits the camp. Grit blinds Sam and knocks him off his feet.", []),
    ("en", "high fantasy", "npc_ok", EN1, {"Mae": "I ask the guard about the gate."}, [],
     "The guard spits. \"Gate's shut till dawn,\" he growls. \"Go back to the inn.\"", []),
    ("en", "sci-fi", "unattributed_reply", EN4, {}, IMP,
     "The android tilts its head at Sam. \"State your clearance level.\"\n\n\"Omega.\"\n\n"
     "The android steps aside.", []),
    # --- sixth batch (more languages), before tuning ---
    ("de", "noir", "named_actor", ["Jonas", "Mia", "Lukas"],
     {"Mia": "Ich durchsuche den Schreibtisch."}, IMP,
     "Mia durchsucht den Schreibtisch. Währenddessen steckte Lukas die Pistole des Toten "
     "ein und verschwand durch die Hintertür.", []),
    ("de", "horror", "inner_state", ["Jonas", "Mia", "Lukas"], {"Jonas": "Ich öffne den Sarg."},
     IMP, "Jonas öffnet den Sarg. Er ist leer. Ihm wird übel, und er erinnert sich an das "
     "Versprechen, das er seiner Schwester gab.", []),
    ("de", "high fantasy", "npc_ok", ["Jonas", "Mia", "Lukas"], {"Mia": "Ich frage den Wirt."}, [],
     "Mia fragt den Wirt nach dem Weg. Er kratzt sich am Bart und zeigt nach Norden.", []),
    ("es", "western", "named_actor", ["Lucía", "Mateo", "Diego"], {"Lucía": "Vigilo la calle."},
     IMP, "Lucía vigila la calle desde el porche. Diego entró en el banco, desenfundó el revólver "
     "y disparó al techo.", []),
    ("es", "romance", "inner_state", ["Lucía", "Mateo", "Diego"], {}, IMP,
     "Mateo le entrega la carta a Lucía. Al leerla, ella siente que el corazón se le acelera "
     "y se le llenan los ojos de lágrimas.", []),
    ("es", "noir", "npc_ok", ["Lucía", "Mateo", "Diego"], {"Diego": "Pregunto al camarero."}, [],
     "Diego pregunta al camarero por el dueño. El camarero se encoge de hombros y sigue "
     "secando vasos.", []),
    ("it", "horror", "named_actor", ["Giulia", "Marco", "Enzo"], {"Giulia": "Accendo la torcia."},
     IMP, "Giulia accende la torcia. Marco aprì la botola senza aspettare nessuno e scese "
     "nel buio.", []),
    ("it", "slice of life", "inner_state", ["Giulia", "Marco", "Enzo"], {}, IMP,
     "Il treno parte. Enzo guarda la stazione allontanarsi e sente un nodo alla gola: "
     "non tornerà più a casa.", []),
    ("it", "high fantasy", "npc_ok", ["Giulia", "Marco", "Enzo"], {"Marco": "Chiedo al fabbro."},
     [], "Marco chiede al fabbro il prezzo della spada. Il fabbro ride e alza tre dita.", []),
    ("pt", "pirate", "named_actor", ["Ana", "Tiago", "Rui"], {"Ana": "Seguro o leme."}, IMP,
     "Ana segura o leme com força. Rui subiu ao mastro, cortou a corda e deixou a vela cair.",
     []),
    ("pt", "horror", "inner_state", ["Ana", "Tiago", "Rui"], {}, IMP,
     "A vela apaga-se. Tiago sente um arrepio na espinha e lembra-se da história que a avó "
     "contava.", []),
    ("pt", "noir", "npc_ok", ["Ana", "Tiago", "Rui"], {"Rui": "Pergunto ao porteiro."}, [],
     "Rui pergunta ao porteiro pelo inquilino do terceiro andar. O porteiro encolhe os ombros.",
     []),
    ("fr", "noir", "named_actor", FR, {"Zoé": "Je fouille le bureau."}, IMP,
     "Zoé fouille le bureau. Pendant ce temps, Hugo empocha le revolver du mort et s'éclipsa "
     "par la porte de service.", []),
    ("fr", "horror", "inner_state", FR, {"Léa": "J'ouvre le cercueil."}, IMP,
     "Léa ouvre le cercueil. Il est vide. Elle sent la nausée monter et se souvient de la "
     "promesse faite à sa sœur.", []),
    ("nl", "noir", "named_actor", ["Sanne", "Daan", "Bram"], {"Sanne": "Ik doorzoek het bureau."},
     IMP, "Sanne doorzoekt het bureau. Ondertussen stak Bram het pistool van de dode in zijn zak.",
     []),
    ("nl", "horror", "inner_state", ["Sanne", "Daan", "Bram"], {}, IMP,
     "De kaars dooft. Daan voelt een rilling langs zijn rug en denkt aan het verhaal van zijn "
     "oma.", []),
    ("nl", "high fantasy", "npc_ok", ["Sanne", "Daan", "Bram"], {"Daan": "Ik vraag de smid."}, [],
     "Daan vraagt de smid naar de prijs. De smid lacht en steekt drie vingers op.", []),
    ("zh", "wuxia", "named_actor", ["林娜", "陈风", "李明"], {"林娜": "我守住门口。"}, IMP,
     "林娜守在门口。李明却拔出长剑，一脚踢开了窗户，跳进了院子。", []),
    ("zh", "horror", "inner_state", ["林娜", "陈风", "李明"], {}, IMP,
     "蜡烛熄灭了。陈风感到一阵寒意从背后升起，想起了奶奶讲过的故事。", []),
    ("zh", "high fantasy", "npc_ok", ["林娜", "陈风", "李明"], {"陈风": "我问铁匠剑的价格。"}, [],
     "陈风问铁匠剑的价格。铁匠笑了笑，伸出三根手指。", []),
    ("ko", "noir", "named_actor", ["민준", "서연", "지호"], {"민준": "책상을 뒤진다."}, IMP,
     "민준이 책상을 뒤지는 동안, 지호는 죽은 남자의 총을 챙겨 뒷문으로 빠져나갔다.", []),
    ("ko", "horror", "inner_state", ["민준", "서연", "지호"], {}, IMP,
     "촛불이 꺼졌다. 서연은 등골이 오싹해지는 것을 느끼며 할머니의 이야기를 떠올렸다.", []),
    ("ko", "high fantasy", "npc_ok", ["민준", "서연", "지호"],
     {"서연": "대장장이에게 값을 묻는다."}, [],
     "서연이 값을 묻자 대장장이는 웃으며 손가락 세 개를 펴 보였다.", []),
    ("tr", "noir", "named_actor", ["Deniz", "Kerem", "Elif"], {"Deniz": "Masayı arıyorum."}, IMP,
     "Deniz masayı arıyor. Bu sırada Kerem ölünün tabancasını cebine koydu ve arka kapıdan "
     "çıktı.", []),
    ("tr", "horror", "npc_ok", ["Deniz", "Kerem", "Elif"], {"Elif": "Bekçiye soruyorum."}, [],
     "Elif bekçiye kapıyı soruyor. Bekçi omuz silkiyor ve fenerini yere bırakıyor.", []),
    # --- seventh batch (assistant voice across languages), before tuning ---
    ("en", "noir", "assistant_meta", EN4, {}, AV,
     "The rain hasn't stopped for three days. (I kept this part brief so the next post can "
     "focus on the interrogation.)", []),
    ("en", "horror", "assistant_disclaimer", EN1, {}, AV,
     "The ritual circle flares. Please remember this is a work of fiction, and real occult "
     "practices should never be attempted.", []),
    ("en", "high fantasy", "assistant_menu", EN1, {}, AV,
     "The road forks at the old oak.\n\nHere are a few directions the story could take:\n"
     "- An ambush by bandits\n- A lost child\n- A storm\n\nLet me know which one you'd like!",
     []),
    ("en", "sci-fi", "assistant_closer", EN3, {}, AV,
     "The airlock hisses shut behind you. Is there anything else you'd like me to add to "
     "this scene?", []),
    ("en", "western", "assistant_opener", EN4, {}, AV,
     "Absolutely, let's pick up where we left off! The saloon doors swing open.", []),
    ("en", "romance", "assistant_meta", EN3, {}, AV,
     "The candles burn low. As the narrator, I want to keep the romance slow-burning, so "
     "nothing more happens tonight.", []),
    ("es", "horror", "assistant_closer", ["Lucía", "Mateo"], {}, AV,
     "La puerta del sótano se cierra sola. ¡Espero que te haya gustado! Avísame si quieres "
     "que continúe.", []),
    ("it", "noir", "assistant_opener", ["Giulia", "Marco"], {}, AV,
     "Certo! Ecco il seguito della storia: la pioggia batte sui vetri del commissariato.", []),
    ("pt", "sci-fi", "assistant_opener", ["Ana", "Tiago"], {}, AV,
     "Claro! Aqui está a continuação: a nave sai do hiperespaço perto de Júpiter.", []),
    ("de", "noir", "assistant_meta", ["Jonas", "Mia"], {}, AV,
     "Der Regen hört nicht auf. (Ich habe diese Szene bewusst kurz gehalten, damit ihr mehr "
     "Raum für eure Aktionen habt.)", []),
    ("nl", "high fantasy", "assistant_closer", ["Sanne", "Daan"], {}, AV,
     "De draak vouwt zijn vleugels. Ik hoop dat je deze scène leuk vindt! Laat me weten of "
     "ik iets moet aanpassen.", []),
    ("ja", "high fantasy", "assistant_closer", JA, {}, AV,
     "竜は翼をたたみ、岩の上で眠りについた。\n\nこの場面を気に入っていただけたら嬉しいです！"
     "続きを書きましょうか？", []),
    ("zh", "wuxia", "assistant_opener", ["林娜", "陈风"], {}, AV,
     "当然可以！以下是故事的续写：\n\n夜色笼罩着山门，风吹过竹林。", []),
    ("ko", "horror", "assistant_closer", ["민준", "서연"], {}, AV,
     "지하실 문이 저절로 닫혔다. 이 장면이 마음에 드셨으면 좋겠어요! 계속 써 드릴까요?", []),
    ("en", "high fantasy", "npc_ok", EN1, {}, [],
     "The innkeeper beams. \"Absolutely, friends! Anything else I can get you? We've stew, "
     "bread and a cask of cider.\"", []),
    ("en", "sci-fi", "clean", EN3, {}, [],
     "A sign blinks above the airlock: PLEASE REMEMBER YOUR OXYGEN. HAVE A SAFE SHIFT.", []),
    ("en", "noir", "clean", EN4, {}, [],
     "The note on the body reads: \"I hope this helps you find him. Don't trust the mayor.\"",
     []),
    ("es", "pirate", "npc_ok", ["Lucía", "Mateo"], {}, [],
     "El loro del capitán grazna: «¡Claro, claro! ¡Aquí tienes tu oro!» La tripulación se ríe.",
     []),
    ("it", "high fantasy", "npc_ok", ["Giulia", "Marco"], {}, [],
     "L'oste sorride. «Certo! Ecco la vostra stanza. Fatemi sapere se vi serve altro.»", []),
    ("ja", "slice of life", "npc_ok", JA, {}, [],
     "店員はにっこり笑った。「もちろんです！他に何かお手伝いできることはありますか？」", []),
]


def main() -> None:
    out = Path(__file__).resolve().parent.parent / "dev3.jsonl"
    lines = []
    for number, (lang, genre, note, players, declared, labels, text, previous) in enumerate(
            CASES, start=1):
        assert set(declared) <= set(players), (number, declared)
        lines.append(json.dumps({
            "id": f"d3{number:03d}", "text": text, "players": players, "previous": previous,
            "declared_actions": declared, "labels": labels, "language": lang, "genre": genre,
            "note": note}, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
