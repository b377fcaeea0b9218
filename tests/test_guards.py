"""Unit cases for the narration guards, hard negatives included."""

from __future__ import annotations

import pytest

from bot.engine.guards import (
    GUARD_NAMES,
    RESOLUTION_INSTRUCTION,
    GuardAction,
    GuardContext,
    GuardTally,
    check_narration,
    ends_scene,
    next_action,
    stop_strings,
)

PCS = ["Ana", "Bo", "Cy"]


def flagged(
    text: str, players: list[str] = PCS, guard: str = "impersonation", **kw: object
) -> bool:
    ctx = GuardContext(players=players, **kw)  # type: ignore[arg-type]
    return guard in check_narration(text, ctx).failed_guards()


@pytest.mark.parametrize(
    "text",
    [
        'Ana draws her sword and says, "Stay back."',
        '"We go left," Bo decides.',
        "Cy thinks about home.",
        'Ana: "I don\'t trust him."\nThe merchant smiles.',
        "**Bo:** Fine, we go.",
        "You decide to trust the stranger.",
        '"Over here!" says Bo, waving the others on.',
        "Ana's hand closes on the hilt, and she steps forward.",
        "Ana and Bo exchange a look, then charge the gate.",
        "Bo, bleeding, draws his blade.",
        "Mara hears it first and tells the others to hide.",
        "Cy is already reaching for the crown when the floor tilts.",
        # the NPC-voice markup used for a player character
        'The guard lowers his spear.\n[[Ana]]: "Let us pass."\nHe nods.',
        "The guard lowers his spear.\n**[[Bo]]**: Let us pass.",
        'He waits. [[Cy]]: "Fine."',
    ],
)
def test_impersonation_caught(text: str) -> None:
    players = ["Mara", *PCS] if "Mara" in text else PCS
    assert flagged(text, players)


@pytest.mark.parametrize(
    "text",
    [
        "The guard shoves Ana back against the wall.",
        "Ana's torch gutters in the draft.",
        "Bo is thrown from his feet and slides toward the edge.",
        "Ana sees the whole thing from the tower.",
        "Bo takes 7 damage as the blade opens his forearm.",
        '"Ana, get down!" the captain shouts.',
        "((GM: Bo, roll Strength. Ana, you can help.)) The portcullis groans.",
        "Cy, what do you do?",
        "Whatever you decide, decide quickly.",
        'The prisoner laughs. "The name is Ana. Ask her where the silver went."',
        "The scrap of paper has one word on it: 'Bo'.",
        '[[Captain Vell]]: "Ana, get down!"',
    ],
)
def test_impersonation_hard_negatives(text: str) -> None:
    assert not flagged(text)


def test_common_word_names_need_name_like_use() -> None:
    players = ["Hope", "Will", "Rook"]
    assert not flagged("Hope flickers in the innkeeper's eyes.", players)
    assert not flagged('"Will you stay?" the sage asks.', players)
    assert not flagged("The rook on the battlement caws twice.", players)
    assert not flagged("Against all hope, the bridge holds.", players)
    assert flagged("Rook slips the dagger from his boot and cuts the purse.", players)
    assert flagged("Hope decides the priest is lying.", players)


def test_title_and_multiword_names() -> None:
    players = ["Lady Margaret Ashby", "Kit"]
    assert flagged("Lady Margaret unfolds her fan and remarks that she is insulted.", players)
    assert flagged("Ashby shrugs.", players)
    assert not flagged("The duchess turns to Margaret with a thin smile.", players)


def test_restating_declared_action_is_fine() -> None:
    text = "Bo swings his hammer at the troll's knee, and the beast topples."
    assert flagged(text)
    assert not flagged(text, declared_actions={"Bo": "I swing my hammer at the troll's knee"})
    # New dialogue is never a restatement.
    assert flagged(
        'Bo swings his hammer and says, "Down you go."',
        declared_actions={"Bo": "I swing my hammer at the troll"},
    )


@pytest.mark.parametrize(
    "text",
    [
        "As an AI language model, I can describe the bridge. It is dark.",
        "The rain falls. I hope this helps!",
        "The gate opens. Let me know if you want more detail.",
        "The gate opens. Feel free to describe your outfits!",
        "Certainly! Here's the next scene:\n\nThe club throbs.",
        "I'm sorry, but I can't continue this scene. Would you like me to tone it down?",
        "The fork in the road.\n\nHere are some options:\n1. Go left\n2. Go right\n",
        "It's important to remember that violence is never okay. The orc charges.",
        "The gate opens. (Note: I've made the guards friendlier as requested.)",
    ],
)
def test_assistant_voice_caught(text: str) -> None:
    assert flagged(text, guard="assistant_voice")


@pytest.mark.parametrize(
    "text",
    [
        '"I cannot let you pass," the sentinel intones. What do you do?',
        '"Let me know if you\'re gonna be sick," the attendant says.',
        "'I would be happy to let you leave without it,' the lich says.",
        "((GM: We stop at ten tonight. Let me know if you need to leave early.)) Wolves howl.",
        "The notice lists the wanted:\n1. The Grey Fox\n2. Marek the Tall\n",
        "The robot's display blinks: I AM AN AI. PLEASE STAND BACK.",
        "Your options are few: the cliff, or the wolves.",
    ],
)
def test_assistant_voice_hard_negatives(text: str) -> None:
    assert not flagged(text, guard="assistant_voice")


PREVIOUS = [
    "The market square bustles with traders. Fishwives shout prices, a juggler tosses "
    "flaming torches, and pickpockets drift through the crowd like sharks. Above it all, "
    "the cathedral bell tolls noon."
]


def test_repetition_recycled_and_paraphrased() -> None:
    recycled = (
        "The market square bustles with traders. Fishwives shout prices while a juggler "
        "tosses flaming torches. The cathedral bell tolls noon."
    )
    paraphrase = (
        "Traders fill the bustling market square; fishwives cry their prices, a juggler throws "
        "burning torches, pickpockets slip through the throng like sharks, and over everything "
        "the cathedral bell rings for noon."
    )
    assert flagged(recycled, guard="repetition", previous=PREVIOUS)
    assert flagged(paraphrase, guard="repetition", previous=PREVIOUS)


def test_repetition_ignores_shared_setting_and_names() -> None:
    fresh = (
        "The juggler drops a torch. It rolls under a fishwife's cart and the straw catches. "
        "Screams go up across the square as Ana and Bo's traders scatter."
    )
    assert not flagged(fresh, guard="repetition", previous=PREVIOUS)
    assert not flagged(PREVIOUS[0], guard="repetition", previous=[])


def test_trim_keeps_good_part_and_reports_span() -> None:
    good = (
        "The wolves circle closer, eyes green in the firelight. One of them, larger than the "
        "rest, stops at the edge of the light and sits, waiting. The fire pops."
    )
    report = check_narration(good + " Let me know if you want a different direction!",
                             GuardContext(PCS))
    assert not report.passed
    assert report.trimmed == good
    finding = report.findings[0]
    assert finding.guard == "assistant_voice"
    assert (good + " Let me know")[finding.start : finding.end].lower().startswith("let me know")


def test_trim_refuses_when_too_little_remains() -> None:
    report = check_narration("The door opens. Ana: \"Finally.\" Then she walks in and sits, "
                             "ordering ale and telling the innkeeper her life story.",
                             GuardContext(PCS))
    assert not report.passed
    assert report.trimmed is None


def test_disabled_guard_is_skipped_and_unknown_rejected() -> None:
    text = "Cy thinks about home. I hope this helps!"
    report = check_narration(text, GuardContext(PCS), enabled=["assistant_voice"])
    assert report.failed_guards() == {"assistant_voice"}
    with pytest.raises(ValueError, match="unknown guard"):
        check_narration(text, GuardContext(PCS), enabled=["spelling"])
    assert set(GUARD_NAMES) == {"impersonation", "assistant_voice", "repetition"}


def test_stop_strings_ordered_and_short_first() -> None:
    stops = stop_strings(["Ana Reyes", "Bo"])
    assert stops[:4] == ["\nAna Reyes:", "\nBo:", "\nAna:", "\nReyes:"]
    assert "\nBo says" in stops
    assert len(stops) == len(set(stops))
    assert stop_strings([]) == []


def test_ends_scene() -> None:
    assert ends_scene("The last goblin falls. The battle is finally over. Fade to black.")
    assert ends_scene("And so their adventure comes to an end.\n\nTHE END")
    assert ends_scene("Three weeks later, the village has rebuilt its mill.")
    assert not ends_scene("The goblin king laughs and raises his hand. What do you do?")
    assert "unless the GM" in RESOLUTION_INSTRUCTION


def test_next_action_and_tally() -> None:
    ctx = GuardContext(PCS)
    clean = check_narration("The bell tolls.", ctx)
    trimmable = check_narration(
        "The wolves circle closer, eyes green in the firelight, and the fire pops and hisses "
        "in the cold. Feel free to react!", ctx)
    hopeless = check_narration("As an AI, I cannot continue.", ctx)
    assert next_action(clean, 1, 3) is GuardAction.ACCEPT
    assert next_action(trimmable, 1, 3) is GuardAction.TRIM
    assert next_action(hopeless, 1, 3) is GuardAction.REGENERATE
    assert next_action(hopeless, 3, 3) is GuardAction.GIVE_UP
    tally = GuardTally()
    tally.record(clean, GuardAction.ACCEPT)
    tally.record(hopeless, GuardAction.REGENERATE)
    tally.record(hopeless, GuardAction.GIVE_UP)
    assert tally.checked == 3
    summary = tally.summary()
    assert summary["assistant_voice"] == {"failed": 2, "trim": 0, "regenerate": 1, "give_up": 1}
    assert summary["impersonation"]["failed"] == 0
