"""The dice engine: notation through d20, bounds refused before rolling, short errors."""

from __future__ import annotations

import random

import pytest

from bot.engine.dice import MAX_DICE, DiceError, roll


class CountingRandom(random.Random):
    """A seeded rng that counts the dice drawn from it."""

    draws = 0

    def randrange(self, *args, **kwargs):  # type: ignore[no-untyped-def,override]
        self.draws += 1
        return super().randrange(*args, **kwargs)


def totals(text: str, n: int = 400) -> set[int]:
    return {roll(text, rng=random.Random(seed)).total for seed in range(n)}


def test_standard_notation_covers_its_range() -> None:
    assert totals("1d20+5") == set(range(6, 26))
    assert totals("2d6") == set(range(2, 13))
    assert totals("d%", 2000) == set(range(1, 101))


def test_keep_highest_keeps_the_best_three() -> None:
    for seed in range(50):
        rolled = roll("4d6kh3", rng=random.Random(seed))
        inside = rolled.breakdown.split("(")[1].split(")")[0]
        faces = [int(x.split()[0]) for x in inside.split(", ")]
        assert len(faces) == 4
        assert rolled.total == sum(sorted(faces)[1:])
        assert rolled.breakdown.count("dropped") == 1


def test_advantage_and_disadvantage_words_keep_one_of_two_d20() -> None:
    for seed in range(50):
        adv = roll("adv+3 stealth", rng=random.Random(seed))
        again = roll("2d20kh1+3", rng=random.Random(seed))
        assert adv.total == again.total and adv.reason == "Stealth"
        dis = roll("1d20 dis", rng=random.Random(seed))
        assert dis.total == roll("2d20kl1", rng=random.Random(seed)).total
        assert dis.expression == "1d20 dis"
    assert roll("adv dexterity").reason == "Dexterity"
    with pytest.raises(DiceError, match="applies to a d20"):
        roll("3d6 adv")


def test_words_after_the_notation_are_the_reason() -> None:
    rolled = roll("1d20+3 stealth check")
    assert (rolled.expression, rolled.reason) == ("1d20+3", "Stealth check")
    assert rolled.label == "Stealth check (1d20+3)"
    assert roll("1d20+3 sneak", reason="Perception").reason == "Perception"
    assert rolled.breakdown.endswith(f"= {rolled.total}")
    assert rolled.markdown.endswith(f"= `{rolled.total}`")


def test_the_same_seed_draws_the_same_dice() -> None:
    first = {roll("6d6+1d8", rng=random.Random(11)).breakdown for _ in range(5)}
    assert len(first) == 1
    assert len({roll("6d6+1d8", rng=random.Random(s)).breakdown for s in range(20)}) > 1


@pytest.mark.parametrize("text", ["10000d6", "1d6+10000d4", "600d6+600d6"])
def test_too_many_dice_are_refused_before_any_is_rolled(text: str) -> None:
    rng = CountingRandom(1)
    with pytest.raises(DiceError) as refused:
        roll(text, rng=rng)
    assert rng.draws == 0
    assert str(refused.value) == f"too many dice: at most {MAX_DICE:,} in one roll"


def test_huge_dice_are_refused_and_the_limits_themselves_roll() -> None:
    with pytest.raises(DiceError, match="at most 10,000 sides"):
        roll("1d10001")
    assert 1 <= roll("1d10000").total <= 10_000
    many = roll("1000d2")
    assert 1000 <= many.total <= 2000
    assert len(many.breakdown) < 1300 and many.breakdown.endswith(f"= {many.total}")


def test_endless_explosions_stop_with_a_clear_line() -> None:
    with pytest.raises(DiceError, match="too many dice"):
        roll("1d1e1")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("hello", "cannot read 'hello'"),
        ("1d20+", "at the end"),
        ("", "nothing to roll"),
        ("1d20/0", "divide by zero"),
        ("1d20" + "+1" * 150, "too long"),
    ],
)
def test_bad_expressions_get_one_short_line(text: str, says: str) -> None:
    with pytest.raises(DiceError) as refused:
        roll(text)
    message = str(refused.value)
    assert says in message and "\n" not in message and len(message) < 120
