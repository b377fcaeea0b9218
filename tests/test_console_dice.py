"""`Name: /roll …` in `loremaster play`: shown, stored with the round, in the next prompt."""

from __future__ import annotations

import re
from pathlib import Path

from bot.console.parsing import Rolled, Said, Seat, classify
from tests.fakeopenai import FakeOpenAI
from tests.test_play_e2e import ROUND_1, posts, run_play


def test_a_roll_after_a_name_is_read_as_dice() -> None:
    seats = [Seat("Ana", "Mira")]
    assert classify("Mira: /roll 1d20+3 stealth", seats) == Rolled(seats[0], "1d20+3 stealth")
    assert classify("Ana: /ROLL", seats) == Rolled(seats[0], "")
    assert classify("Ana: /rolling thunder", seats) == Said(seats[0], "/rolling thunder")


async def test_piped_rolls_are_shown_stored_and_given_to_the_narrator(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    stdin = (
        "Ana: /roll 1d20+3 stealth\nAna: /roll 10000d6\nBo: /roll banana\n"
        "Cy: /roll 4d6kh3\n" + ROUND_1
    )
    code, out, err = await run_play(fake_openai.base_url, db_path, "--players", "Ana,Bo,Cy",
                                    stdin=stdin)
    assert code == 0, err
    shown = re.search(r"🎲 Ana rolls for Stealth: 1d20 \((\d+)\) \+ 3 = (\d+)", out)
    assert shown is not None, out
    total = int(shown.group(2))
    assert total == int(shown.group(1)) + 3
    assert "🎲 Cy rolls: 4d6kh3 (" in out and " dropped" in out
    assert "(Ana: Cannot roll that: too many dice: at most 1,000 in one roll.)" in err
    assert "(Bo: Cannot roll that: cannot read 'banana'" in err
    rolls = posts(db_path, "roll")
    assert rolls[0][:2] == (1, "Ana") and len(rolls) == 2
    assert rolls[0][2].startswith(f"Stealth (1d20+3): {total}")  # "(a natural 20)" may follow
    # The rolls completed nobody's turn: the three actions made one round, one narration.
    assert [p[0] for p in posts(db_path, "action")] == [1, 1, 1]
    assert len(fake_openai.narration_requests()) == 1
    prompt = fake_openai.narration_text(0)
    assert f"Ana (Ana) rolled Stealth (1d20+3): {total}" in prompt
    assert "Cy (Cy) rolled 4d6kh3: " in prompt
