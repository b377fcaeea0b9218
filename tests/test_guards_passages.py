"""Impersonation over a passage rather than one sentence: a pronoun whose sex leaves
only the player character after several sentences, a new undertaking joined on to a
declared move, a verb of speaking joined on to an act, and a German opening phrase
that puts the verb before its subject. Beside each, the negative it must leave alone.

Every case was written for this file; none comes from a labeled set."""

from __future__ import annotations

import pytest

from tests.guard_helpers import impersonates

EN = ["Theo", "Bea", "Sadie"]



@pytest.mark.parametrize(("text", "flags"), [
    # Since Theo was named, the only other person was a woman: "he" is Theo.
    ("Theo knocks twice on the blue door. A dog barks somewhere inside. The door opens on "
     "a tall woman in overalls. \"Oh! Hello,\" she says. He grins and offers to carry her "
     "boxes in.", True),
    # A man came in between: "he" may be him.
    ("Theo knocks twice on the blue door. A dog barks somewhere inside. The door opens on "
     "an old man in overalls. \"Oh! Hello,\" he says. He grins and offers to carry the "
     "boxes in.", False),
    # Someone whose sex the words do not show: left alone.
    ("Theo knocks twice on the blue door. The archivist opens it and squints at the pie. "
     "He grins and offers to carry the boxes in.", False),
])
def test_a_pronoun_whose_sex_leaves_only_the_pc(text: str, flags: bool) -> None:
    assert impersonates(text, EN, {"Theo": "I knock on the door with the pie."}) is flags


@pytest.mark.parametrize(("text", "players", "declared", "flags"), [
    ("Bea rifles through the drawers and finds a letter under the blotter, pockets it and "
     "heads for the window.", EN, {"Bea": "I search the desk."}, True),
    # Steps of the declared move, however many: no undertaking.
    ("Bea rifles through the drawers, lifts the blotter and turns over every page of the "
     "ledger.", EN, {"Bea": "I search the desk."}, False),
    # The undertaking was declared.
    ("Bea rifles through the drawers, pockets the letter and heads for the window.", EN,
     {"Bea": "I search the desk, pocket anything useful and head for the window."}, False),
    # The clause's own first verb is often a step of the move ("goes out to repair it").
    ("Sadie heads out through the airlock and clips her line to the rail.", EN,
     {"Sadie": "I patch the hull breach in my suit."}, False),
    ("Лиза находит в пиджаке квитанцию, прячет её в сумочку и выходит на лестницу.",
     ["Лиза", "Громов"], {"Лиза": "Я осматриваю карманы убитого."}, True),
    ("Ola otwiera skarbiec, zgarnia woreczek z diamentami i wsuwa go do kieszeni.",
     ["Ola", "Kuba"], {"Ola": "Wyłączam alarm w panelu przy drzwiach skarbca."}, True),
])
def test_an_undertaking_beyond_the_declared_move(
    text: str, players: list[str], declared: dict[str, str], flags: bool
) -> None:
    assert impersonates(text, players, declared) is flags


@pytest.mark.parametrize(("text", "flags"), [
    # An opening phrase, the verb, the PC, then a verb of speaking joined on.
    ("Aus dem Korridor kommt Yara zurück, die Hände voller Fett, und erklärt der Ärztin, "
     "die Crew werde morgen abreisen.", True),
    # An article opens a subject, not a phrase: the old trader looks, Yara does nothing.
    ("Die alte Händlerin mustert Yara lange und schweigt.", False),
])
def test_german_opening_phrase_and_joined_speech(text: str, flags: bool) -> None:
    assert impersonates(text, ["Yara", "Tamo"],
                        {"Yara": "Ich überprüfe die Dichtungen an der Luftschleuse."}) is flags


@pytest.mark.parametrize(("text", "players", "declared", "flags"), [
    # A plural organ takes the bare verb, and still tells what the PC feels.
    ("Theo sets the cup in front of Bea. Bea's cheeks flush pink.", EN,
     {"Theo": "I hand Bea her tea."}, True),
    ("Theo sets the cup in front of Bea. Bea's cheeks are red from the cold.", EN,
     {"Theo": "I hand Bea her tea."}, False),
    # A party named by its number decides.
    ("D'un commun accord, les trois explorateurs décident de descendre dans la crevasse.",
     ["Inès", "Bastien", "Noor"], {"Inès": "J'analyse l'échantillon."}, True),
    # Declared asking, narrated telling: a line the player never wrote.
    ("Jorn vertelt de oude man dat ze de brandstichter zullen vinden.", ["Jorn", "Ilse"],
     {"Jorn": "Ik vraag de dorpsoudste wat er met de molen is gebeurd."}, True),
    ("Jorn vraagt de oude man wat er met de molen is gebeurd.", ["Jorn", "Ilse"],
     {"Jorn": "Ik vraag de dorpsoudste wat er met de molen is gebeurd."}, False),
])
def test_organs_parties_and_told_for_asked(
    text: str, players: list[str], declared: dict[str, str], flags: bool
) -> None:
    assert impersonates(text, players, declared) is flags


RU = ["Аня", "Тимур"]


@pytest.mark.parametrize(("text", "flags"), [
    # Her past verb, subject left out; the only other person is a man.
    ("Аня вошла в рубку. Капитан Орлов даже не обернулся. Села в кресло второго пилота и "
     "тихо спросила, сколько осталось топлива.", True),
    # A woman in between: the verb may be hers.
    ("Аня вошла в рубку. Штурман Орлова даже не обернулась. Села в кресло второго пилота и "
     "тихо спросила, сколько осталось топлива.", False),
    # A line's attribution, its subject after the verb.
    ("Аня вошла в рубку.\n— Топлива нет.\n— Знаю, — ответил капитан.", False),
])
def test_russian_subject_left_out_by_the_sex_of_everyone_else(text: str, flags: bool) -> None:
    assert impersonates(text, RU, {"Аня": "Я захожу в рубку к капитану."}) is flags


@pytest.mark.parametrize(("text", "players", "declared", "flags"), [
    # "You" is the PC the narration addresses by name, and "you" decide.
    ("Você se aproxima da ponte de cordas, Caio. As tábuas estão podres. Você decide que "
     "não vale a pena arriscar e dá meia-volta.", ["Caio", "Bia"],
     {"Caio": "Eu me aproximo da ponte para ver se aguenta."}, True),
    ("Você se aproxima da ponte de cordas, Caio. As tábuas estão podres. Você pode "
     "decidir se arrisca ou não.", ["Caio", "Bia"],
     {"Caio": "Eu me aproximo da ponte para ver se aguenta."}, False),
    # Taking the floor is speaking.
    ("Yanis note les visages, puis il prend la parole pour annoncer que l'équipe accepte "
     "la fusion.", ["Yanis", "Camille"], {"Yanis": "Je prends des notes."}, True),
])
def test_second_person_decisions_and_taking_the_floor(
    text: str, players: list[str], declared: dict[str, str], flags: bool
) -> None:
    assert impersonates(text, players, declared) is flags


@pytest.mark.parametrize(("text", "flags"), [
    # A capitalised name after "the" is a place or a thing, not someone else.
    ("Sadie pushes through the velvet curtain into the Blue Orchid. A heavyset man behind "
     "the bar slides a napkin in front of her. She orders a rye and asks him about the "
     "card game.", True),
    # A capitalised name with no article may be a person: "she" may be Mona.
    ("Sadie pushes through the velvet curtain and finds Mona at the bar. A heavyset man "
     "slides a napkin in front of her. She orders a rye and asks him about the card game.",
     False),
])
def test_a_name_after_the_article_is_no_one(text: str, flags: bool) -> None:
    assert impersonates(text, EN, {"Sadie": "I walk into the club."}) is flags


@pytest.mark.parametrize(("text", "players"), [
    # A player registered under a full name, the narration using the everyday short form.
    ("Kasia odkłada filiżankę i mówi portierowi, że wróci jutro.", ["Katarzyna", "Zenek"]),
    ("Дима пожимает плечами и уходит к машине.", ["Дмитрий", "Оля"]),
    ("Bartek dobywa miecza i rusza w stronę lasu.", ["Bartosz", "Wit"]),
])
def test_a_short_form_of_a_registered_name_is_the_character(
    text: str, players: list[str]
) -> None:
    assert impersonates(text, players, {})
