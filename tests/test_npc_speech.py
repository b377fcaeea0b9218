"""The NPC speech markup: what the prompt asks for and how a narration is split."""

from __future__ import annotations

from bot.discord_app.voices import Poster, streamed_text, voiced_posts
from bot.engine.npc_speech import Segment, plain_text, speech_instruction, split_speech
from bot.services.npcs import Cast, NpcVoice

NPCS = ["Mara the Smuggler", "Captain Voss"]
PCS = ["Ana", "Bram"]


def test_two_speakers_split_in_order() -> None:
    text = (
        "Rain lashes the quay.\n"
        '[[Mara the Smuggler]]: "You are late."\n'
        "The lantern gutters.\n\n"
        '[[Captain Voss]]: "Late is better than hanged."\n'
        '[[Captain Voss]]: "Load the crates."\n'
        "Thunder rolls."
    )
    assert split_speech(text, NPCS, PCS) == [
        Segment("Rain lashes the quay."),
        Segment('"You are late."', "Mara the Smuggler"),
        Segment("The lantern gutters."),
        Segment('"Late is better than hanged."\n"Load the crates."', "Captain Voss"),
        Segment("Thunder rolls."),
    ]


def test_markup_mistakes_are_tolerated() -> None:
    text = (
        '**[[captain  voss]]**: "Bold marker, odd case."\n'
        "[[Mara the Smuggler]]\n"
        '"Words on the next line."\n'
        '[[Mara the Smuggler]] "No colon."'
    )
    assert split_speech(text, NPCS, PCS) == [
        Segment('"Bold marker, odd case."', "Captain Voss"),
        Segment('"Words on the next line."\n"No colon."', "Mara the Smuggler"),
    ]


def test_unknown_speaker_and_unmarked_text_stay_prose() -> None:
    text = 'The gull watches.\n[[Old Gull]]: "Caw."\nShe nods to [[Captain Voss]] and leaves.'
    segments = split_speech(text, NPCS, PCS)
    assert segments == [
        Segment('The gull watches.\n**Old Gull**: "Caw."\nShe nods to Captain Voss and leaves.')
    ]


def test_a_player_character_is_never_voiced() -> None:
    text = '[[Ana]]: "I draw my blade."\n[[Captain Voss]]: "Easy."'
    segments = split_speech(text, [*NPCS, "Ana"], PCS)
    assert segments == [Segment('**Ana**: "I draw my blade."'),
                        Segment('"Easy."', "Captain Voss")]


def test_plain_text_names_each_speaker() -> None:
    segments = split_speech('Dusk.\n[[Captain Voss]]: "Go."', NPCS, PCS)
    assert plain_text(segments) == 'Dusk.\n\n**Captain Voss**: "Go."'


def test_instruction_names_npcs_and_forbids_player_characters() -> None:
    said = speech_instruction(NPCS, PCS)
    assert "[[Name]]" in said and "Captain Voss" in said
    assert "Never use the brackets for Ana, Bram" in said


def test_discord_posts_in_order_and_the_streamed_form() -> None:
    cast = Cast({"Captain Voss": NpcVoice("Captain Voss", "https://cdn/voss.png"),
                 "Mara": NpcVoice("Mara")}, ("Ana",))
    narrator = Poster("The Chronicler", "https://cdn/narrator.png")
    text = 'Dusk.\n[[Captain Voss]]: "Go."\n[[Mara]]: "No."\n' + "Waves. " * 400
    posts = voiced_posts(text, narrator, cast, limit=2000)
    assert [(p.username, p.avatar_url) for p, _ in posts] == [
        ("The Chronicler", "https://cdn/narrator.png"),
        ("Captain Voss", "https://cdn/voss.png"),
        ("Mara", "https://cdn/narrator.png"),  # no avatar of its own: the narrator's face
        ("The Chronicler", "https://cdn/narrator.png"),
        ("The Chronicler", "https://cdn/narrator.png"),  # a long run is split as ever
    ]
    assert [c for _, c in posts][:3] == ["Dusk.", '"Go."', '"No."']
    assert all(len(c) <= 2000 for _, c in posts)
    # Half-written, the markup is already shown as a named line.
    assert streamed_text('Dusk.\n[[Captain Voss]]: "Go', cast) == 'Dusk.\n\n**Captain Voss**: "Go'
    # Cut inside a marker, the half-written marker waits for the rest instead of showing.
    for cut in ("Dusk.\n[", "Dusk.\n[[", "Dusk.\n[[Capt", "Dusk.\n**[[Captain Voss]"):
        assert streamed_text(cut, cast) == "Dusk.", cut
    # Without any voiced line it is the narrator's text, cut as before.
    assert voiced_posts("Just prose.", narrator, cast) == [(narrator, "Just prose.")]


def test_a_finished_narration_keeps_a_trailing_bracket() -> None:
    cast = Cast({"Mara": NpcVoice("Mara")}, ("Ana",))
    narrator = Poster("The Chronicler")
    assert voiced_posts("The sign reads [closed]", narrator, cast) == [
        (narrator, "The sign reads [closed]")]
