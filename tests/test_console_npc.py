"""`loremaster play` shows NPC lines under the speaker's name (NPCs from the campaign's
lorebook), and never gives a player character a voice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import REPO
from tests.fakeopenai import FakeOpenAI, default_reply
from tests.test_play_e2e import ROUND_1, posts, run_play

VOICED = (
    "Steam curls off the black sand.\n"
    '[[Mother Oriel]]: "The tide comes in hot tonight."\n'
    '[[Captain Ysolde Varr]]: "Then we sail before it."\n'
    '[[Ana]]: "I stay."\n'
    '[[Nobody Known]]: "Hm."'
)


def _reply(request: dict[str, Any]) -> str:
    asked = any("[[Name]]" in str(m.get("content", "")) for m in request.get("messages", []))
    return VOICED if asked else default_reply(request)


async def test_npc_lines_are_printed_with_the_speakers_name(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    fake_openai.reply = _reply
    code, out, err = await run_play(
        fake_openai.base_url, db_path, "--players", "Ana,Bo,Cy",
        "--campaign", str(REPO / "cards" / "campaigns" / "ember_coast.json"), stdin=ROUND_1)
    assert code == 0, err
    assert (
        "Steam curls off the black sand.\n\n"
        'Mother Oriel: "The tide comes in hot tonight."\n\n'
        'Captain Ysolde Varr: "Then we sail before it."\n\n'
        '**Nobody Known**: "Hm."'
    ) in out
    # A player character's line is the player's to write: the guard cut it.
    assert "[[" not in out and "I stay" not in out
    # The stored narration keeps the markup: the history shows the narrator the form.
    assert [p[2] for p in posts(db_path, "narration")] == [
        VOICED.replace('[[Ana]]: "I stay."', "")]
