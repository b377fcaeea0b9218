"""The prompt inspector: `/gm prompt` (real bot, fake Discord) and `loremaster prompt`
(a subprocess on a real SQLite file) show the prompt the model actually received, part by
part with token counts; players are refused."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

from bot.llm.base import estimate_tokens
from tests.conftest import REPO, cli_command, cli_env
from tests.discord_fixtures import PLAYER_NAMES, Table
from tests.fakeopenai import FakeOpenAI
from tests.memory_kit import Router, seat_table
from tests.test_gm import Narrator

pytest_plugins = ["tests.discord_fixtures"]

HEADER = re.compile(r"^=== (.+) \(([\d,]+) tokens\) ===$", re.MULTILINE)


def assert_shows_the_prompt(report: str, sent: dict[str, Any], window: int) -> None:
    """Every paragraph the model received is in the report, under a named part whose
    count is that part's size; the parts add up to the total, within the window."""
    for message in sent["messages"]:
        for paragraph in message["content"].split("\n\n"):
            assert paragraph.strip() in report, paragraph[:120]
    headers = HEADER.findall(report)
    names = [name for name, _ in headers]
    assert names[0] == "rules and persona" and "round" in names
    # A regenerated attempt carries the guards' steering note after the instruction.
    assert names[-1] == "instruction" or names[-2:] == ["instruction", "guard steering"]
    bodies = HEADER.split(report)[3::3]
    for (name, tokens), body in zip(headers, bodies, strict=True):
        assert int(tokens.replace(",", "")) == estimate_tokens(body.strip()), name
    total = int(re.search(r"^  total\s+([\d,]+)$", report, re.MULTILINE)[1].replace(",", ""))
    assert total == sum(int(t.replace(",", "")) for _, t in headers)
    assert total + sent["max_tokens"] <= window


async def test_gm_prompt_shows_the_last_prompt_and_players_are_refused(table: Table) -> None:
    table.openai.reply = Narrator()
    channel, scene = await table.ready_scene()
    for n in range(2):
        for player in PLAYER_NAMES:
            await table.fake.user_says(channel.id, table.players[player].id,
                                       f"{player} searches the net lofts, try {n}.")
        await table.wait_narrations(channel, n + 1)
    sent = table.openai.narration_requests()[-1]

    handle = await table.fake.invoke_slash(table.guild.id, channel.id, table.admin.id,
                                           "gm prompt")
    await handle.wait_response()
    shown = await handle.wait_original()
    assert shown.ephemeral
    assert "Round 2: " in shown.content
    assert f"of {table.settings.context_window:,} tokens" in shown.content
    [attachment] = shown.attachments
    assert attachment.filename == f"prompt-scene{scene.id}-round2.txt"
    report = attachment.data.decode("utf-8")
    assert report.startswith(f"Scene {scene.id}, round 2: the last prompt the narrator saw")
    assert_shows_the_prompt(report, sent, table.settings.context_window)

    player = table.players[PLAYER_NAMES[0]]
    handle = await table.fake.invoke_slash(table.guild.id, channel.id, player.id, "gm prompt")
    await handle.wait_response()
    refused = await handle.wait_original()
    assert refused.ephemeral and "GM" in refused.content and not refused.attachments


async def _cli(*args: str) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        *cli_command("prompt", *args), cwd=REPO, env=cli_env(PYTHONPATH=str(REPO)),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def test_cli_prompt_reads_a_real_database(
    fake_openai: FakeOpenAI, db_path: Path, tmp_path: Path
) -> None:
    fake_openai.reply = Router()
    table = await seat_table(fake_openai, db_path)
    try:
        for n in range(3):
            await table.round({"ana": f"I mend the nets, pass {n}.", "ben": "I keep watch."})
        await table.memory.drain()
        scene_id = table.scene.id
    finally:
        await table.close()
    sent = fake_openai.narration_requests()[-1]

    code, out, err = await _cli("--db", str(db_path), "--scene", str(scene_id))
    assert code == 0, err
    assert out.startswith(f"Scene {scene_id}, round 3: the last prompt the narrator saw")
    assert_shows_the_prompt(out, sent, table.backend.context_window)
    # Without --scene: the scene narrated last (the only one here).
    assert await _cli("--db", str(db_path)) == (0, out, "")

    code, out, err = await _cli("--db", str(db_path), "--scene", "999")
    assert (code, out) == (1, "") and "not been prompted in scene 999" in err
    code, _, err = await _cli("--db", str(tmp_path / "missing.db"))
    assert code == 1 and "no database at" in err
    assert not (tmp_path / "missing.db").exists()
    junk = tmp_path / "junk.db"
    junk.write_text("not a database")
    code, _, err = await _cli("--db", str(junk))
    assert code == 1 and "not a Loremaster database" in err
