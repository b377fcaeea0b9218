"""Pronouns where grammar gives things a gender (German, French, Dutch, Italian,
Spanish, Portuguese), reported speech joined on to a declared act, and a German
quote in »…« that ends its sentence. Beside each positive, the negative it must
leave alone.

Every case was written for this file; none comes from a labeled set."""

from __future__ import annotations

import pytest

from bot.engine.guards import GuardContext, check_narration
from bot.engine.guards.text import sentences
from tests.guard_helpers import impersonates

DE = ["Marta", "Jonas"]
DE_MOVES = {"Marta": "Ich frage den Wirt nach dem Fremden.", "Jonas": "Ich warte draußen."}


@pytest.mark.parametrize(("text", "flags"), [
    # Only men besides Marta since her name: "sie" who speaks can only be her.
    ("Marta stellt dem Wirt ihre Frage. Der Mann zuckt mit den Schultern und wischt "
     "weiter. Sie beugt sich vor und sagt leise: »Ich zahle gut.« Draußen bellt ein Hund.",
     True),
    # "Sie" is the door (die Tür): no speech, so no person.
    ("Marta stellt dem Wirt ihre Frage. Der Mann zuckt mit den Schultern. Die Tür hinter "
     "ihm knarrt. Sie schwingt langsam auf.", False),
    # "Sie sagen" is "they say": a plural verb.
    ("Marta stellt dem Wirt ihre Frage. Der Mann zuckt mit den Schultern. Sie sagen, der "
     "Fremde sei längst fort.", False),
    # A woman came in between: "sie" may be her.
    ("Marta stellt dem Wirt ihre Frage. Die Wirtin tritt aus der Küche. Sie sagt leise: "
     "»Fragt nicht weiter.«", False),
])
def test_german_sie_who_speaks_is_the_pc_only_among_men(text: str, flags: bool) -> None:
    assert impersonates(text, DE, DE_MOVES) is flags


@pytest.mark.parametrize(("text", "flags"), [
    ("Lucien interroge la vieille femme sur le passage. La femme baisse les yeux. Il "
     "hausse le ton et lui rappelle qu'il a payé d'avance.", True),
    # "Elle" after a woman was named may be her, and a woman is no PC here.
    ("Lucien interroge la vieille femme sur le passage. Elle lui rappelle qu'il a payé "
     "d'avance.", False),
])
def test_french_il_who_speaks_among_women(text: str, flags: bool) -> None:
    assert impersonates(text, ["Lucien", "Odile"],
                        {"Lucien": "Je demande à la vieille où est le passage."}) is flags


@pytest.mark.parametrize(("declared", "flags"), [
    # The declaration studies the map; the narration has her propose an attack.
    ({"Nadia": "Studio la mappa sul tavolo."}, True),
    # The declaration speaks: the reported speech is how it plays out.
    ({"Nadia": "Studio la mappa e spiego al generale il mio piano."}, False),
])
def test_reported_speech_joined_on_to_a_declared_act(
    declared: dict[str, str], flags: bool
) -> None:
    text = ("Nadia si china sulla mappa e fa notare al generale che il ponte è crollato. "
            "Il generale si gratta il mento.")
    assert impersonates(text, ["Nadia", "Piero"], declared) is flags


def test_a_german_quote_closed_by_a_reversed_guillemet_ends_its_sentence() -> None:
    text = "Er sagt: »Komm mit.« In der Ecke knarrt ein Stuhl."
    assert [text[s.start : s.end] for s in sentences(text)] == [
        "Er sagt: »Komm mit.«", "In der Ecke knarrt ein Stuhl."]


@pytest.mark.parametrize(("line", "flags"), [
    ("— Товар чистый, — говорит она.", True),
    # "он" cannot be Вика: the line is the fence's.
    ("— Товар чистый, — говорит он.", False),
])
def test_a_quoted_line_goes_to_a_pc_only_through_a_pronoun_of_her_sex(
    line: str, flags: bool
) -> None:
    text = f"Вика кладёт чип на прилавок.\n\n{line}"
    assert impersonates(text, ["Вика", "Сашка"], {"Вика": "Я отдаю барыге чип."}) is flags


@pytest.mark.parametrize(("declared", "flags"), [
    # A declaration that quotes its line speaks, whatever its verb.
    ({"Dex": "I tell the others, 'Drone's coming back, move.'"}, False),
    ({"Dex": "I watch the corridor."}, True),
])
def test_a_declared_quotation_covers_the_line_told(declared: dict[str, str],
                                                   flags: bool) -> None:
    text = ("The server closet goes dark. \"Drone's coming back, move,\" Dex hisses. "
            "Somewhere below, a door bangs.")
    assert impersonates(text, ["Dex", "Nyx"], declared) is flags


def test_a_preposition_is_no_verb_of_speaking() -> None:
    # "przy" (by) shares its start with "przyznaje" (admits): still no declared speech.
    text = ("Marek przywiązuje konie. Jagoda wyciąga rewolwer i krzyczy, żeby szeryf "
            "wyszedł z biura.")
    assert impersonates(text, ["Jagoda", "Marek"],
                        {"Marek": "Przywiązuję konie.", "Jagoda": "Czekam przy koniach."})


@pytest.mark.parametrize(("then", "flags"), [
    # "he" leads; Bette is only its object: the sentence is Orrin's.
    ("He hauls himself over the lip, turns and calls down to Bette that the view is "
     "worth it.", True),
    ("The wind drops, and the rope hangs slack beside Bette.", False),
])
def test_a_pronoun_that_names_another_pc_only_as_its_object(then: str, flags: bool) -> None:
    text = f"The wind tries to peel Orrin off the cliff face, but his fingers hold. {then}"
    assert impersonates(text, ["Orrin", "Bette"],
                        {"Orrin": "I climb the rope to the top of the cliff."}) is flags


def test_dash_dialogue_may_open_after_the_narrators_sentence() -> None:
    from bot.engine.guards.text import quote_spans
    text = ("Kelner rozkłada ręce. — Niestety, proszę pani, ten jest zarezerwowany. — Kiwa "
            "głową w stronę drzwi. — O, już idzie.")
    assert [text[a:b] for a, b in quote_spans(text)] == [
        "— Niestety, proszę pani, ten jest zarezerwowany. ", "— O, już idzie."]
    # The queen's line is hers, not the narrator talking about the story.
    line = ("Królowa odstawia puchar. — Postanowiłam, że pojedziecie do Lwowa i przywieziecie "
            "mi jego listy. — Uśmiecha się lekko.")
    report = check_narration(line, GuardContext(["Jadwiga", "Zbyszko"], [], {}))
    assert "assistant_voice" not in report.failed_guards()
