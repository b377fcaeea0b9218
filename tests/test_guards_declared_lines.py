"""False alarms on what the players declared, and the acts beside them that are still
flagged: a declared quotation, a bare line that goes on with a declared one, a vocative
that restates the declared move, a recap, a nickname that opens with an article.

Every case was written for this file; none comes from a labeled set."""

from __future__ import annotations

import pytest

from bot.engine.guards import GuardContext, check_narration
from tests.guard_helpers import impersonates


@pytest.mark.parametrize(("text", "flags"), [
    # "El" alone is the article, not El Güero.
    ("El sheriff no se levanta de la silla. Sigue limpiando su revólver.", False),
    ("El Güero desenfunda el revólver y dispara contra la lámpara.", True),
])
def test_a_nickname_that_opens_with_an_article(text: str, flags: bool) -> None:
    assert impersonates(text, ["Juana", "El Güero"],
                        {"Juana": "Le pido al sheriff que libere a nuestro amigo."}) is flags


@pytest.mark.parametrize(("declared", "flags"), [
    ("I step into the clearing and walk up to the shrine.", False),
    ("I wait at the treeline.", True),
])
def test_a_vocative_that_restates_the_declared_move(declared: str, flags: bool) -> None:
    text = "You step into the clearing, Ilya, and walk up to the shrine."
    assert impersonates(text, ["Ilya", "Tam"], {"Ilya": declared}) is flags


@pytest.mark.parametrize(("then", "flags"), [
    ("You take the cup, thank the queen with a bow and drink it down.", True),
    ("The music seems to come from inside your own ribs.", False),
])
def test_an_act_in_the_second_person_beyond_the_declared_move(then: str, flags: bool) -> None:
    text = f"Tam, you step over the ring of pale mushrooms. {then}"
    assert impersonates(text, ["Tam", "Oriel"], {"Tam": "I step into the fairy ring."}) is flags


@pytest.mark.parametrize(("line", "flags"), [
    ('"We want to hire you."', False),  # goes on with what Thorne declared saying
    ('"Also, your hoard smells of wet dog."', True),
])
def test_a_bare_line_after_a_declared_one(line: str, flags: bool) -> None:
    text = f'"We don\'t want to pay you," Thorne says. {line} The dragon blinks.'
    declared = {"Thorne": "I tell the dragon we don't want to pay it, we want to hire it."}
    assert impersonates(text, ["Thorne", "Briar"], declared) is flags


@pytest.mark.parametrize(("first", "flags"), [
    # The guard acted last: the bare line next may be his.
    ("Seren holds up the tokens, and the guard squints at the stamp.", False),
    ("Seren holds up the tokens and squints at the stamp.", True),
])
def test_a_bare_line_after_someone_else_acted(first: str, flags: bool) -> None:
    text = f'{first} "Fine. Lists are past the chapel." A horse snorts.'
    assert impersonates(text, ["Seren", "Moth"], {"Seren": "I show him the tokens."}) is flags


@pytest.mark.parametrize(("opener", "flags"), [
    ("Krótko, gdzie jesteśmy: ", False),
    ("", True),
])
def test_a_recap_opened_by_where_we_are(opener: str, flags: bool) -> None:
    text = (f"{opener}Iskra zapętliła kamery w holu, a Tomek wszedł pierwszy na dwunaste "
            "piętro. Serwerownia huczy wentylatorami.")
    assert impersonates(text, ["Iskra", "Tomek"], {"Iskra": "Podłączam się do serwera."}) is flags


@pytest.mark.parametrize(("text", "flags"), [
    ("Sure thing — continuing from where we left off!\n\nThe engine ticks with heat.", True),
    ("La trampilla cede. Abajo hay latas.\n\n¿Hay algo más que te gustaría que ocurriera? "
     "¡Estoy aquí para ayudarte!", True),
    ("El camarero alinea diez chupitos.\n\nRecuerda que el consumo excesivo de alcohol es "
     "peligroso. Si bebes, nunca conduzcas.", True),
    # In the story: the barman pours sparingly, nobody is advised.
    ("El camarero sirve con moderación y guarda la botella bajo la barra.", False),
], ids=["en-sure-thing", "es-anything-else", "es-advice", "es-in-story"])
def test_assistant_voice_openers_closers_and_advice(text: str, flags: bool) -> None:
    report = check_narration(text, GuardContext(["Pilar", "Tere"], [], {}))
    assert ("assistant_voice" in report.failed_guards()) is flags


@pytest.mark.parametrize(("text", "flags"), [
    ("Mara reads the letter, tears streaming down her cheeks.", True),
    # "tears" the verb: the wind rips the hood; nobody weeps.
    ("A gust tears Mara's hood back and throws snow down her collar.", False),
])
def test_tears_that_are_wept_and_tears_that_rip(text: str, flags: bool) -> None:
    assert impersonates(text, ["Mara", "Ivo"], {"Ivo": "I light a fire."}) is flags
