"""A roll the narrator asks for in `loremaster play`: printed with what to type, the
round waits for it, and the narrator gets the result."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.fakeopenai import FakeOpenAI, default_reply
from tests.test_play_e2e import ROUND_1, posts, run_play

ASKING = "The wreck shifts as Ana climbs aboard.\n[[roll: Ana, Stealth, DC 12]]"


def _asks_after_round_1(request: dict[str, Any]) -> str:
    text = "\n".join(str(m.get("content")) for m in request.get("messages", []))
    if "I raise the lantern" in text and "I wade in" not in text and "[[roll" in text:
        return ASKING  # the narration prompt (it carries the request instruction)
    return default_reply(request)


async def test_a_requested_roll_is_printed_awaited_and_given_to_the_narrator(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    fake_openai.reply = _asks_after_round_1
    round_2 = "Ana: I wade in.\nBo: I hold the rope.\nCy: I watch the shore.\n"
    code, out, err = await run_play(fake_openai.base_url, db_path, "--players", "Ana,Bo,Cy",
                                    stdin=ROUND_1 + round_2 + "Ana: /roll stealth\n")
    assert code == 0, err
    assert ("(the narrator asks Ana to roll Stealth, DC 12: type `Ana: /roll stealth`)"
            in out), out
    assert "[[" not in out and all("[[" not in text for _, _, text in posts(db_path, "narration"))
    # Round 2's actions alone did not narrate: the roll did, and the narrator read it.
    assert len(fake_openai.narration_requests()) == 2, fake_openai.narration_requests()
    (roll,) = posts(db_path, "roll")
    assert roll[0] == 2 and roll[2].startswith("Stealth (1d20)")
    assert roll[2] in fake_openai.narration_text(-1)
    assert out.index("asks Ana to roll") < out.index("🎲 Ana rolls for Stealth")
