"""Card macros expanded at prompt time."""

from __future__ import annotations

import random

import pytest

from bot.engine.macros import expand, party_name, roll_dice


def run(text: str, seed: int = 0, **names: str) -> str:
    return expand(
        text,
        char=names.get("char", "The Chronicler"),
        user=names.get("user", "Aria"),
        rng=random.Random(seed),
    )


def test_char_and_user_in_every_case_and_legacy_form() -> None:
    assert run("{{char}} greets {{user}}.") == "The Chronicler greets Aria."
    assert run("{{Char}} / {{USER}}") == "The Chronicler / Aria"
    assert run("<BOT> and <USER>, <char>") == "The Chronicler and Aria, The Chronicler"


def test_party_name_for_several_players() -> None:
    assert party_name([]) == "the party"
    assert party_name(["Aria"]) == "Aria"
    assert party_name(["Aria", "Bren", "Cass"]) == "Aria, Bren and Cass"
    assert run("{{user}} wait", user=party_name(["Aria", "Bren"])) == "Aria and Bren wait"


def test_comments_are_removed_even_across_lines() -> None:
    assert run("Hello{{// a note\nfor editors}} there") == "Hello there"


def test_random_picks_one_option_from_the_rng() -> None:
    seen = {run("{{random:red,green,blue}}", seed=seed) for seed in range(60)}
    assert seen == {"red", "green", "blue"}
    assert run("{{random:only}}") == "only"


def test_random_double_colon_form_and_escaped_commas() -> None:
    seen = {run("{{random::a, b::c}}", seed=seed) for seed in range(60)}
    assert seen == {"a, b", "c"}
    seen = {run(r"{{random:x\,y,z}}", seed=seed) for seed in range(60)}
    assert seen == {"x,y", "z"}


def test_pick_is_stable_for_the_same_text_whatever_the_rng() -> None:
    text = "The inn is called {{pick:the Gull,the Anchor,the Lantern,the Tide}}."
    results = {run(text, seed=seed) for seed in range(30)}
    assert len(results) == 1
    other = {run(text + " " * n) for n in range(30)}
    assert len(other) > 1


def test_roll_forms_and_bounds() -> None:
    assert {int(run("{{roll:6}}", seed=s)) for s in range(200)} == set(range(1, 7))
    assert {int(run("{{roll:d4}}", seed=s)) for s in range(200)} == set(range(1, 5))
    totals = {int(run("{{roll:2d6+1}}", seed=s)) for s in range(500)}
    assert min(totals) == 3 and max(totals) == 13
    assert {int(run("{{roll:D20-1}}", seed=s)) for s in range(500)} <= set(range(0, 20))


def test_roll_takes_the_dice_engines_notation_and_the_rng() -> None:
    kept = {int(run("{{roll:4d6kh3}}", seed=s)) for s in range(300)}
    assert min(kept) >= 3 and max(kept) == 18 and len(kept) > 10
    assert {int(run("{{roll:adv}}", seed=s)) for s in range(300)} <= set(range(1, 21))
    # The same rng draws the same dice: a rebuilt prompt expands the same way.
    assert {run("{{roll:3d6+1}} {{roll:d%}}", seed=7) for _ in range(5)} == {
        run("{{roll:3d6+1}} {{roll:d%}}", seed=7)
    }


@pytest.mark.parametrize(
    "spec", ["0", "d0", "1001d6", "d100000", "abc", "2d6*", "2d6 apples", ""]
)
def test_invalid_rolls_are_left_as_they_are(spec: str) -> None:
    assert roll_dice(spec, random.Random(0)) is None
    assert run(f"{{{{roll:{spec}}}}}") == f"{{{{roll:{spec}}}}}"


def test_unknown_macros_are_untouched() -> None:
    text = "{{time}} {{getvar::x}} {{ char }} <b>bold</b>"
    assert run(text) == text


def test_names_inside_random_options_expand_first() -> None:
    assert {run("{{random:{{char}},{{user}}}}", seed=s) for s in range(40)} == {
        "The Chronicler",
        "Aria",
    }
