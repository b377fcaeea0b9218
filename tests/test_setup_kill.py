"""`loremaster play` killed (SIGKILL) during a scene's set-up: nothing half-made is left,
and `--resume` gives a scene without its opening that opening, then plays with every seat.

The kill points are made with the test's own database: a trigger that, on the chosen
INSERT, runs a query that takes minutes, so the process sits inside that very statement
(holding the write lock) until it is killed. Nothing in the product knows about it.
"""

from __future__ import annotations

import asyncio
import json
import signal
import sqlite3
from pathlib import Path

from bot.store import Store
from tests.conftest import REPO, cli_command, cli_env
from tests.fakeopenai import FakeOpenAI
from tests.sqlite_probe import write_lock_held
from tests.test_play_e2e import ROUND_1, posts, run_play

STALL_ROWS = 3000  # the stall's cross join has STALL_ROWS**3 rows: minutes of work
SET_UP_TABLES = ("campaigns", "scenes", "characters", "participants")


async def _stall_on(db_path: Path, table: str, when: str) -> None:
    """A migrated database whose next INSERT into `table` matching `when` never ends."""
    await (await Store.open(db_path)).close()
    with sqlite3.connect(db_path) as db:
        db.execute("CREATE TABLE test_stall (n INTEGER)")
        db.executemany("INSERT INTO test_stall VALUES (?)", [(n,) for n in range(STALL_ROWS)])
        db.execute(
            f"CREATE TRIGGER test_stall_insert AFTER INSERT ON {table} WHEN {when} BEGIN"
            " SELECT COUNT(*) FROM test_stall a, test_stall b, test_stall c; END"
        )


def _unstall(db_path: Path) -> None:
    with sqlite3.connect(db_path) as db:
        db.execute("DROP TRIGGER test_stall_insert")


def _count(db_path: Path, table: str) -> int:
    with sqlite3.connect(db_path) as db:
        return int(db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


async def _kill_when_stalled(proc: asyncio.subprocess.Process, db_path: Path,
                             limit_s: float = 30.0) -> None:
    """SIGKILL `proc` once it sits in the stalled statement: the write lock is held on
    several polls in a row (an ordinary write holds it for well under a millisecond)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit_s
    held = 0
    while held < 3:
        if proc.returncode is not None:
            raise AssertionError(f"play exited ({proc.returncode}) before reaching the stall")
        if loop.time() > deadline:
            raise AssertionError("play never stalled inside the chosen INSERT")
        held = held + 1 if write_lock_held(db_path) else 0
        await asyncio.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    await proc.wait()


async def _start_play(fake_url: str, db_path: Path) -> asyncio.subprocess.Process:
    env = cli_env(OPENAI_BASE_URL=fake_url, LOREMASTER_DB=str(db_path),
                  LOREMASTER_BACKEND="openai", LOREMASTER_MODEL="fake")
    return await asyncio.create_subprocess_exec(
        *cli_command("play", "--players", "Ana,Bo=Bram,Cy"), cwd=REPO, env=env,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def _play_killed_at_the_stall(fake_url: str, db_path: Path) -> None:
    """Start `play`, SIGKILL it inside the stalled statement, then lift the stall."""
    proc = await _start_play(fake_url, db_path)
    try:
        await _kill_when_stalled(proc, db_path)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    _unstall(db_path)


async def test_killed_while_seating_leaves_no_half_scene(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    # Stall inside the second seat's INSERT: the first seat is already written.
    await _stall_on(db_path, "participants",
                    "(SELECT COUNT(*) FROM participants WHERE scene_id = NEW.scene_id) = 2")
    await _play_killed_at_the_stall(fake_openai.base_url, db_path)
    assert {t: _count(db_path, t) for t in SET_UP_TABLES} == dict.fromkeys(SET_UP_TABLES, 0)
    code, _, err = await run_play(fake_openai.base_url, db_path, "--resume")
    assert code == 2 and "no scene to resume" in err  # nothing half-made to resume into
    code, _, err = await run_play(fake_openai.base_url, db_path, "--players", "Ana,Bo=Bram,Cy",
                                    stdin=ROUND_1)
    assert code == 0, err
    assert len(posts(db_path, "opening")) == 1 and len(posts(db_path, "narration")) == 1


async def test_killed_before_the_opening_resume_opens_and_seats_everyone(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    await _stall_on(db_path, "posts", "NEW.kind = 'opening'")
    await _play_killed_at_the_stall(fake_openai.base_url, db_path)
    assert _count(db_path, "participants") == 3 and _count(db_path, "posts") == 0

    code, out, err = await run_play(fake_openai.base_url, db_path, "--resume", stdin=ROUND_1)
    assert code == 0, err
    openings = posts(db_path, "opening")
    assert len(openings) == 1 and openings[0][0] == 0  # before round 1
    assert openings[0][2][:40] in out  # shown to the table
    assert "who is speaking" not in err  # every seated player was accepted
    assert sorted(p[1] for p in posts(db_path, "action")) == ["Ana", "Bo", "Cy"]
    assert [n[0] for n in posts(db_path, "narration")] == [1]
    # A second resume opens nothing again.
    code, _, err = await run_play(fake_openai.base_url, db_path, "--resume")
    assert code == 0, err
    assert len(posts(db_path, "opening")) == 1


async def test_a_campaign_card_is_stored_with_its_scene(
    fake_openai: FakeOpenAI, db_path: Path, tmp_path: Path
) -> None:
    card = tmp_path / "drowned.json"
    card.write_text(json.dumps({
        "spec": "chara_card_v2", "spec_version": "2.0",
        "data": {
            "name": "The Drowned City", "description": "", "personality": "",
            "scenario": "Bells ring under the bay at low tide.", "first_mes": "",
            "mes_example": "",
            "character_book": {"entries": [{
                "keys": ["bell"], "content": "The bells were cast from stolen crowns.",
                "enabled": True, "insertion_order": 10,
            }]},
        },
    }))
    code, _, err = await run_play(fake_openai.base_url, db_path, "--players", "Ana,Bo=Bram,Cy",
                                  "--campaign", str(card), stdin=ROUND_1)
    assert code == 0, err
    with sqlite3.connect(db_path) as db:
        title, premise, settings = db.execute(
            "SELECT title, premise, settings FROM campaigns").fetchone()
        scenes = db.execute("SELECT title FROM scenes").fetchall()
    lore = json.loads(settings)["lorebook"]["entries"]
    assert (title, premise) == ("The Drowned City", "Bells ring under the bay at low tide.")
    assert scenes == [("The Drowned City",)]
    assert [e["content"] for e in lore] == ["The bells were cast from stolen crowns."]
    assert [n[0] for n in posts(db_path, "narration")] == [1]
