"""Hard negatives the first round of guards took for impersonation, in several languages:
an NPC's feeling near a PC's name, a recap of earlier moves, a declared act in other words."""

import pytest

from bot.engine.guards import GuardContext, check_narration

NEGATIVES = [
    ("The guard looks at Ana with open fear in his eyes and backs away.", ["Ana", "Bo"], {}),
    ("Стражник смотрит на Олега со страхом и отступает на шаг.", ["Олег", "Вера"], {}),
    ("Трактирщик протягивает Олегу кружку и с облегчением улыбается.", ["Олег", "Вера"], {}),
    ("La guardia guarda Marco con paura e indietreggia.", ["Marco", "Giulia"], {}),
    ("L'oste porge un boccale a Giulia e sorride sollevato.", ["Marco", "Giulia"], {}),
    ("El guardia mira a Lucía con miedo y retrocede un paso.", ["Lucía", "Tomás"], {}),
    ("Der Wächter sieht Jonas voller Angst an und weicht zurück.", ["Jonas", "Mia"], {}),
    ("Muhafız Deniz'e korkuyla bakıyor ve geri çekiliyor.", ["Deniz", "Ece"], {}),
    ("Last night Ana bargained with the ferryman and Bo paid him in silver; the river is "
     "quiet now.", ["Ana", "Bo"], {}),
    ("Wczoraj Kasia targowała się z przewoźnikiem, a Bartek zapłacił mu srebrem. Dziś rzeka "
     "jest spokojna.", ["Kasia", "Bartek"], {}),
    ("Ana slips past the sentries while their backs are turned.", ["Ana", "Bo"],
     {"Ana": "I sneak past the guards."}),
    ("Bo lunges at the ogre, blade first.", ["Ana", "Bo"],
     {"Bo": "I attack the ogre with my sword."}),
    # A pronoun after a sentence that names someone else may be that someone.
    ("Ana watches the old woman count the coins. She smiles and tucks them away.",
     ["Ana", "Bo"], {}),
    ("Bo listens to Captain Harrow. He laughs and waves the guards away.", ["Ana", "Bo"], {}),
    ("Zoé observe le vieil homme compter les pièces. Il sourit et les glisse dans sa poche.",
     ["Zoé", "Hugo"], {}),
]
POSITIVES = [
    ("Poppy watches from the doorway. She smiles knowingly and tucks her notebook away.",
     ["Poppy", "Graves"], {"Graves": "I question the maid."}),
    ("Greta steht an der Reling. Sie lacht erleichtert auf und wirft ihre Kappe in die Luft.",
     ["Greta", "Anton"], {}),
    ("Strażnik zamyka bramę. Przy ostatnim imieniu Ola rozpoznaje własne pismo i czuje, jak "
     "paraliżuje ją strach.", ["Ola", "Igor"], {}),
    ("A Lucía le da miedo la oscuridad del pozo.", ["Lucía", "Tomás"], {}),
    ("Fear grips Ana as the lights go out.", ["Ana", "Bo"], {}),
    ("Bij de laatste naam herkent Fleur haar eigen handschrift, en ze voelt de paniek "
     "omhoog kruipen.", ["Fleur", "Daan"], {}),
]


@pytest.mark.parametrize(("text", "players", "declared"), NEGATIVES)
def test_hard_negative_passes(text, players, declared):
    report = check_narration(text, GuardContext(players=players, declared_actions=declared),
                             enabled=["impersonation"])
    assert report.passed, [f.reason for f in report.findings]


@pytest.mark.parametrize(("text", "players", "declared"), POSITIVES)
def test_inner_state_of_a_pc_still_fails(text, players, declared):
    report = check_narration(text, GuardContext(players=players, declared_actions=declared),
                             enabled=["impersonation"])
    assert not report.passed
