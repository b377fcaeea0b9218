"""Impersonation found by general structure rather than word lists: a player
character named after a fronted phrase with no comma and followed by a verb form,
a line introduced by any verb after a closing dash or quote; and the negatives
next to them: a declared question asked as declared, a list of names before a dash.

Every case was written for this file; none comes from a labeled set."""

from __future__ import annotations

import pytest

from bot.engine.guards import GuardContext, check_narration


def flagged(text: str, players: list[str], declared: dict[str, str] | None = None) -> set[str]:
    return check_narration(text, GuardContext(players, [], declared or {})).failed_guards()


RU = ["Аня", "Глеб", "Света"]
PL = ["Kasia", "Bartek", "Ola"]
EN = ["Mara", "Tobias", "Wren"]


@pytest.mark.parametrize(("text", "players"), [
    # A fronted phrase, no comma, then the name and a past-tense verb.
    ("Ветер гнал снег по улице. В подворотне Аня подобрала ржавый ключ.", RU),
    ("Фонарь погас. Через минуту Глеб вернулся с факелом.", RU),
    ("Ночью Аня тайком выбралась из лагеря.", RU),
    ("Deszcz ustał. W piwnicy Kasia znalazła stary kufer.", PL),
    ("Po chwili Bartek wrócił z latarnią.", PL),
    ("O świcie Ola osiodłała konia i odjechała na północ.", PL),
    ("The storm broke. Inside the chapel Mara lit every candle she could find.", EN),
    ("After a long moment Tobias nodded and pocketed the key.", EN),
    # Dash dialogue whose attribution verb is no speech word.
    ("— Мы уходим, — бросил Глеб и направился к двери.", RU),
    ("Karczmarz pokręcił głową.\n— Nie ma pokoi.\n— To prześpimy się w stajni — ucięła Ola.",
     PL),
    # Pet forms of a name.
    ("Анечка улыбнулась и протянула торговцу монету.", RU),
    ("Глебушка подмигнул трактирщице и заказал ещё пива.", RU),
    ("Bartuś wzruszył ramionami i sięgnął po kufel.", PL),
    ("Oleńka zaśmiała się i klasnęła w dłonie.", PL),
    # A pronoun whose gender leaves only the PC named as an object before it.
    ("Старик посмотрел на Аню. Она кивнула и пошла к двери.", RU),
    ("Starzec spojrzał na Kasię. Ona skinęła głową i ruszyła do drzwi.", PL),
    ("Свету передёрнуло от отвращения, и она отвернулась.", RU),
    ("Wiatr zerwał Oli kaptur, a ona zaklęła i naciągnęła go z powrotem.", PL),
    # A second PC joined by "with"; a PC addressed and given a verb in the second person.
    ("Аня с Глебом переглянулись и молча двинулись к выходу.", RU),
    ("Kasia z Bartkiem wymienili spojrzenia i ruszyli do wyjścia.", PL),
    ("Глеб, берёшь меч и идёшь первым.", RU),
    ("Bartek, bierzesz miecz i idziesz pierwszy.", PL),
    # An impersonal verb about a PC, then a verb of the PC's gender with no subject.
    ("Na widok krwi Bartkowi zrobiło się słabo i odwrócił wzrok.", PL),
    ("Oli zrobiło się duszno i otworzyła okno.", PL),
    # Looking at something is a deliberate act, as "looks at" is in English.
    ("Аня смотрит на старика, не мигая.", RU),
    ("Kasia przygląda się mapie bardzo uważnie.", PL),
])
def test_structure_finds_the_player_character_acting(text: str, players: list[str]) -> None:
    assert "impersonation" in flagged(text, players)


@pytest.mark.parametrize(("text", "players", "declared"), [
    # The player declared the question; the narration has them ask it.
    ("— Где колодец? — спрашивает Аня. Старик молча указывает на холм.", RU,
     {"Аня": "Спрашиваю у старика, где колодец."}),
    ("— Gdzie jest studnia? — pyta Kasia. Starzec w milczeniu wskazuje wzgórze.", PL,
     {"Kasia": "Pytam starca, gdzie jest studnia."}),
    ("\"Where's the well?\" Mara asks. The old man points wordlessly at the hill.", EN,
     {"Mara": "I ask the old man where the well is."}),
    # Names listed before a dash address the players.
    ("Что будете делать? Аня, Глеб, Света — решать вам.", RU, {}),
    ("Co robicie? Kasia, Bartek, Ola — wybór należy do was.", PL, {}),
    ("What do you do? Mara, Tobias, Wren — it's your call.", EN, {}),
    # A fronted phrase whose name is the object of its preposition or of a verb.
    ("Стрела вонзилась в щит рядом с Аней.", RU, {}),
    ("Strzała wbiła się w tarczę tuż obok Kasi.", PL, {}),
    ("The floor beneath Tobias groans. Far below, the river roars.", EN, {}),
    # A pet form as an object; a pronoun of the other gender; a world effect.
    ("Старуха погладила Анечку по голове и дала ей яблоко.", RU, {}),
    ("Babcia pogłaskała Kasieńkę po głowie i dała jej jabłko.", PL, {}),
    ("Трактирщик кивнул Глебу. Она молча вытирала стойку.", RU, {}),
    ("Камень ударил Глеба в плечо, и он упал.", RU, {}),
    # The verb after "and" belongs to the subject who acted on the PC.
    ("Strażnik popchnął Bartka i odszedł.", PL, {}),
    ("Staruszka pogłaskała Kasię po głowie i odeszła.", PL, {}),
    ("Волк бросился на Глеба и вцепился ему в руку.", RU, {}),
    # A question or a modal put to a PC by name leaves the choice to the player.
    ("Bartek, widzisz tę wieżę na wzgórzu? Tam mieszka czarownik.", PL, {}),
    ("Глеб, слышишь? Кто-то идёт.", RU, {}),
])
def test_structure_leaves_what_the_player_declared_or_addressed(
    text: str, players: list[str], declared: dict[str, str]
) -> None:
    assert "impersonation" not in flagged(text, players, declared)


@pytest.mark.parametrize(("text", "players", "declared"), [
    ("Торговец раскладывает товар. Глеб вдруг схватил с прилавка нож и спрятал его в рукав.",
     RU, {"Глеб": "Стою в стороне и жду."}),
    ("Szeryf wychodzi na ganek. Ola wyciąga rewolwer i strzela w powietrze.",
     PL, {"Ola": "Czekam przy koniach."}),
    ("The troll rounds the boulder. Tobias draws his sword and charges straight at it.",
     EN, {"Tobias": "I hide behind the rock and wait."}),
])
def test_an_act_after_a_declaration_of_only_waiting_is_new(
    text: str, players: list[str], declared: dict[str, str]
) -> None:
    assert "impersonation" in flagged(text, players, declared)


@pytest.mark.parametrize(("text", "players", "declared"), [
    ("Глеб стоит в стороне и ждёт, пока торговец закончит.", RU,
     {"Глеб": "Стою в стороне и жду."}),
    ("Ola czeka przy koniach, gładząc klacz po szyi.", PL, {"Ola": "Czekam przy koniach."}),
    ("Tobias keeps his eyes on the two bodyguards by the door.", EN,
     {"Tobias": "I watch the bodyguards."}),
    # A declared act told with other words stays the declared act.
    ("Kasia owija się płaszczem i zasypia przy ognisku.", PL, {"Kasia": "Kładę się spać."}),
])
def test_waiting_or_a_declared_act_told_in_other_words_passes(
    text: str, players: list[str], declared: dict[str, str]
) -> None:
    assert "impersonation" not in flagged(text, players, declared)


@pytest.mark.parametrize(("text", "players"), [
    ("Last session, Mara bandaged Wren's ankle and the three of you agreed to camp by the "
     "river. Dawn now: frost silvers the reeds.", EN),
    ("Przypomnijmy: Kasia przycisnęła doktora, a Bartek znalazł wyrwaną kartkę. Teraz stoicie "
     "przed kamienicą.", PL),
    ("В прошлый раз Аня договорилась с контрабандистами. Теперь вы стоите на причале.", RU),
])
def test_a_recap_of_the_last_session_is_no_impersonation(text: str, players: list[str]) -> None:
    assert "impersonation" not in flagged(text, players)


def test_an_organ_only_feelings_move_tells_what_the_pc_feels() -> None:
    text = "Delia lays out the photographs. Mara's heart kicks hard against her ribs."
    assert "impersonation" in flagged(text, EN, {"Mara": "I drink my coffee."})
    assert "impersonation" not in flagged("An arrow grazes Mara's arm.", EN)


@pytest.mark.parametrize(("text", "players", "declared"), [
    # A feeling word in a clause with a subject of its own, or in a simile.
    ("Глеб прорезает решётку резаком: металл краснеет и плавится.", RU,
     {"Глеб": "Режу решётку резаком."}),
    ("Il medaglione pulsa tra le mani di Lucia, come un cuore che batte.", ["Lucia", "Marco"],
     {"Lucia": "Tengo il medaglione."}),
    ("Marco accende la lanterna, come aveva detto, e la fiamma trema.", ["Lucia", "Marco"],
     {"Marco": "Accendo la lanterna."}),
])
def test_a_feeling_with_a_subject_of_its_own_is_not_the_pcs(
    text: str, players: list[str], declared: dict[str, str]
) -> None:
    assert "impersonation" not in flagged(text, players, declared)


def test_a_feeling_after_a_semicolon_is_still_the_subjects() -> None:
    text = "Wren glances back at the dark windows; for a moment she is sure someone is there."
    assert "impersonation" in flagged(text, EN)


@pytest.mark.parametrize(("text", "players", "expected"), [
    ("Kaśka podrywa się od stołu i wyrywa grajkowi lutnię.", PL, True),
    ("Анька хлопнула дверью и выбежала во двор.", RU, True),
    ("Karczmarz podał Kaśce kufel i odszedł.", PL, False),
    # "Bartka" is Bartek's genitive, not a pet form standing as a subject.
    ("Most pod stopami Bartka zaskrzypiał. W dole ryczała rzeka.", PL, False),
    # A narrator's attribution between dashes inside one pair of quotation marks.
    ("Doktor splata palce. „W tej sprawie — mówi Kasia chłodno. — I proszę nie udawać\".", PL,
     True),
])
def test_pet_forms_in_ka_and_attributions_inside_quotes(
    text: str, players: list[str], expected: bool
) -> None:
    assert ("impersonation" in flagged(text, players)) is expected


@pytest.mark.parametrize(("text", "players", "declared", "expected"), [
    # A sentence about things between the PC and a pronoun for them.
    ("Глеб подключает кабель к панели. Экран заливает красным. Он хмурится, отсоединяет "
     "кабель и говорит, что дальше никто не пойдёт.", RU, {"Глеб": "Подключаю кабель."}, True),
    # A man's name in -а takes "он".
    ("Лёша подключает кабель к панели. Экран заливает красным. Он хмурится, отсоединяет "
     "кабель и говорит, что дальше никто не пойдёт.", ["Лёша", "Вика"],
     {"Лёша": "Подключаю кабель."}, True),
    # A pronoun of the other gender is someone else.
    ("Аня идёт за подозреваемым по мокрой улице. Он сворачивает в переулок.", RU,
     {"Аня": "Иду за подозреваемым."}, False),
    # Someone else acts in between: the line after it is theirs.
    ("Аня спрашивает бармена о Ковалёве. Бармен пожал плечами. Потом он вернулся к стаканам.",
     RU, {"Аня": "Спрашиваю бармена о Ковалёве."}, False),
])
def test_pronouns_follow_gender_across_a_sentence_about_things(
    text: str, players: list[str], declared: dict[str, str], expected: bool
) -> None:
    assert ("impersonation" in flagged(text, players, declared)) is expected


@pytest.mark.parametrize(("text", "players", "expected"), [
    ("Лифт застрял. У Светы перехватило дыхание.", RU, True),
    ("Oli zaparło dech w piersiach.", PL, True),
    # An organ as a wound's target is a world effect.
    ("Стрела вонзилась Глебу в сердце.", RU, False),
])
def test_an_organ_only_feelings_move_next_to_the_name(
    text: str, players: list[str], expected: bool
) -> None:
    assert ("impersonation" in flagged(text, players)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The music swells. A warm blush climbs Mara's neck as the captain takes her hand.", True),
    ("The wind tears Wren's hood back and stings her eyes with sleet.", False),
])
def test_a_feeling_led_by_a_and_one_describing_word(text: str, expected: bool) -> None:
    assert ("impersonation" in flagged(text, EN)) is expected


@pytest.mark.parametrize(("text", "players", "expected"), [
    # Something undergone, then "and" and an act.
    ("Tobias listens to the end of the briefing. Then he stood, saluted, and promised the "
     "admiral the ship would be ready.", EN, True),
    ("Kasia usłyszała kroki na schodach i schowała się w piwnicy.", PL, True),
    # "…, slow and heavy": no verb after "and".
    ("Ola słyszy kroki na schodach, powolne i ciężkie. Gdzieś trzaska drzwi.", PL, False),
    ("Lucía oye pasos en la escalera, lentos y pesados.", ["Lucía", "Mateo"], False),
])
def test_an_act_joined_to_something_undergone(
    text: str, players: list[str], expected: bool
) -> None:
    assert ("impersonation" in flagged(text, players)) is expected


def test_waiting_joined_to_a_real_act_is_a_declared_act() -> None:
    text = "Вдова молчит. Глеб у окна записывает что-то в блокнот."
    assert "impersonation" not in flagged(text, RU, {"Глеб": "Стою у окна и делаю заметки."})


# English pronouns show no gender of their own, but a sentence's people may: "he" after
# a sentence whose only other person is "the old woman" is the PC it named. A sentence
# that only says how a thing is keeps the subject across it. Written for this file.
@pytest.mark.parametrize(("text", "declared", "flags"), [
    ("The barmaid slides Tobias a mug across the counter. \"On the house?\" he asks, "
     "grinning.", {}, True),
    ("The old man slides Tobias a mug across the counter. \"On the house,\" he says.",
     {}, False),
    ("The barmaid slides Tobias a mug. \"On the house,\" she says.", {}, False),
    ("Wren checks the engine. The gauge is dead. Swearing under her breath, she vents "
     "the coolant into the corridor.", {"Wren": "I check the engine."}, True),
    ("Wren checks the engine. The mechanic wipes his hands. Swearing under her breath, "
     "she vents the coolant.", {"Wren": "I check the engine."}, False),
])
def test_english_pronoun_left_with_one_person(
    text: str, declared: dict[str, str], flags: bool
) -> None:
    assert ("impersonation" in flagged(text, EN, declared)) is flags


@pytest.mark.parametrize(("text", "flags"), [
    # Nobody but the PC in the sentence before: "he" is the PC.
    ("The wind tries to peel Tobias off the cliff face. He hauls himself over the lip and "
     "shouts down that the view is worth it.", True),
    # Someone else is there, or may be: a person-shaped noun, a possessive, a title.
    ("The old archivist peers at Tobias. He shrugs and says it was already open.", False),
    ("The rope slips through Tobias's hands as the watchman's lantern swings. He shrugs and "
     "says nothing.", False),
    ("Mr. Gubbins pauses at Tobias's marrow. He lifts it and sniffs it.", False),
])
def test_english_pronoun_after_a_sentence_with_nobody_else(text: str, flags: bool) -> None:
    assert ("impersonation" in flagged(text, EN)) is flags


def test_a_title_ends_no_sentence() -> None:
    from bot.engine.guards.text import sentences

    text = "Mr. Gubbins pauses. Dr. Vance nods! Done."
    assert [text[s.start : s.end] for s in sentences(text)] == [
        "Mr. Gubbins pauses.", "Dr. Vance nods!", "Done."]
