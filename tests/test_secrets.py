"""What 'states a secret verbatim or nearly' means, case by case, both ways."""

from __future__ import annotations

import pytest

from bot.engine.secrets import Secret, find_leak, find_leaks, language, squeezed_runs

PASSWORD = Secret(1, "The vault password is swordfish", ("swordfish",))
LEADER = Secret(2, "Duke Aldric is the secret leader of the Drowned Cult")
CODE = Secret(3, "The crypt door opens with the code 4471")
POISON = Secret(4, "Mirela poisoned the old lighthouse keeper")
ASH = Secret(5, "The true name of the dragon is Ash", ("ash",))
PUBLIC = "Duke Aldric rules the valley from his lighthouse. The old keeper is dying."


@pytest.mark.parametrize(
    ("narration", "secret", "how"),
    [
        ("The vault password is swordfish.", PASSWORD, "key"),
        ("the VAULT password, is... Swordfish!", PASSWORD, "key"),
        ("She traces S-W-O-R-D-F-I-S-H in the dust.", PASSWORD, "key"),
        ("Letters, slowly: s. w. o. r. d. f. i. s. h.", PASSWORD, "key"),
        ("Scratched backwards: HSIFDROWS.", PASSWORD, "key"),
        ("A note reads sw0rdf1sh.", PASSWORD, "key"),
        ("A note reads sword fish.", PASSWORD, "key"),
        ("The crypt door opens with the code 4471.", CODE, "key"),
        ("He knocks: four, four, seven, one.", CODE, "key"),
        ("Forty-four seventy-one, goes the rhyme.", CODE, "key"),
        ("Der Code ist vier vier sieben eins.", CODE, "key"),
        ("Le code: quatre quatre sept un.", CODE, "key"),
        ("Her name is A-S-H.", ASH, "key"),
        ("Duke Aldric is the secret leader of the Drowned Cult.", LEADER, "verbatim"),
        ("Duke Aldric is secretly leader of the Drowned Cult", LEADER, None),
        ("The Drowned Cult bows to its leader: Duke Aldric.", LEADER, "paraphrase"),
        ("It was Mirela. She poisoned him, the old keeper of the lighthouse.", POISON, None),
        ("El duque Aldric es el líder secreto del culto.", LEADER, "translated"),
        ("Mirela envenenó al viejo guardián del faro.", POISON, "translated"),
    ],
)
def test_states_the_secret(narration: str, secret: Secret, how: str | None) -> None:
    leak = find_leak(f"Fog rolls in. {narration} The gulls cry.", secret, PUBLIC)
    assert leak is not None and leak.secret_id == secret.id
    if how is not None:
        assert leak.how == how


@pytest.mark.parametrize(
    ("narration", "secret"),
    [
        ("Duke Aldric greets you warmly at the gate.", LEADER),
        ("The cult's chanting echoes; somewhere a leader is being chosen.", LEADER),
        ("Mirela waves from the quay and calls you over.", POISON),
        ("The old keeper of the lighthouse coughs in his bed.", POISON),
        ("Rain is washing the cobbles; a dashing clerk runs past.", ASH),
        ("The vault is sealed; nobody knows the password.", PASSWORD),
        ("A fishmonger shouts about swordtail and bream.", PASSWORD),
        ("The ledger lists 1447 barrels and 71 crates.", CODE),
        ("The crypt door is shut fast; no code you try works.", CODE),
    ],
)
def test_does_not_cry_wolf(narration: str, secret: Secret) -> None:
    assert find_leak(narration, secret, PUBLIC) is None


def test_payload_words_said_apart_do_not_make_saying_them_together_safe() -> None:
    public = "The duke hunts. A cult meets. Men drowned. Every band has a leader. Aldric smiles."
    assert find_leak("Aldric leads the Drowned Cult.", LEADER, public) is not None


def test_leak_reports_name_the_secret_by_id_only() -> None:
    leaks = find_leaks("The vault password is swordfish. Code 4471.", [PASSWORD, CODE, LEADER])
    assert [leak.secret_id for leak in leaks] == [1, 3]
    assert all("swordfish" not in repr(leak) and "4471" not in repr(leak) for leak in leaks)


def test_helpers() -> None:
    assert squeezed_runs("S-W-O-R-D and 44 71") == ["sword", "4471"]
    assert language("Le duc est le chef du culte") == "fr"
    assert language("Rain.") is None


def test_a_secret_told_with_a_word_dropped_after_players_said_its_words() -> None:
    """The players asked with the secret's own words; the model answers with one dropped."""
    secret = Secret(4, "Mirela poisoned the old lighthouse keeper")
    public = "Who poisoned the lighthouse keeper? Was it Mirela?"
    narration = "Fog rolls in. mirela -- poisoned -- the lighthouse keeper The moment passes."
    leak = find_leak(narration, secret, public)
    assert leak is not None and leak.how == "verbatim"
