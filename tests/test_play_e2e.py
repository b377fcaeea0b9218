"""`loremaster play` end to end: a real subprocess, a real SQLite file, the real openai client
against the loopback server."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
from collections.abc import Callable
from pathlib import Path

from tests.conftest import REPO, cli_command, cli_env
from tests.fakeopenai import NARRATIONS, FakeOpenAI
from tests.waiting import eventually, within

ROUND_1 = (
    "Ana: I raise the lantern toward the wreck.\nBo: I check the ropes.\n"
    "Cy: I whistle at the gulls.\n"
)
ROUND_2 = "Ana: I wade in.\nBo: ((brb, coffee))\nBo: I haul the boat ashore.\nCy: I keep watch.\n"
ROUND_3 = "Ana: I pry open the chest.\nBo: I hold the lamp.\nCy: I count the coins.\n"


async def run_play(fake_url: str, db: Path, *args: str, stdin: str = "",
                   extra_env: dict[str, str] | None = None) -> tuple[int, str, str]:
    env = cli_env(**{"OPENAI_BASE_URL": fake_url, "LOREMASTER_DB": str(db),
                     "LOREMASTER_MAX_RETRIES": "1", **(extra_env or {})})
    proc = await asyncio.create_subprocess_exec(
        *cli_command("play", *args), cwd=REPO, env=env, stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        out, err = await within(proc.communicate(stdin.encode()), "`loremaster play` to exit",
                                timeout_s=60)
    finally:
        if proc.returncode is None:  # it hung: leave no process behind
            proc.kill()
            await within(proc.wait(), "the hung `loremaster play` to die")
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


def posts(db: Path, kind: str) -> list[tuple[int, str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT round_no, author_name, content FROM posts WHERE kind = ? ORDER BY seq", (kind,)
        ).fetchall()


async def test_piped_round_streams_narration_with_all_actions(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    code, out, err = await run_play(
        fake_openai.base_url, db_path, "--players", "Ana,Bo,Cy", stdin=ROUND_1 + ROUND_2
    )
    assert code == 0, err
    assert sum(text[:40] in out for text in NARRATIONS) == 2  # two rounds, two narrations
    assert len(fake_openai.narration_requests()) == 2
    first = fake_openai.narration_text(0)
    for action in ("I raise the lantern toward the wreck.", "I check the ropes.",
                   "I whistle at the gulls."):
        assert action in first
    assert "The Chronicler" in first  # the narrator persona from cards/narrator.json
    second = fake_openai.narration_text(1)
    assert "I haul the boat ashore." in second and "coffee" not in second  # OOC stays out
    assert [p[2] for p in posts(db_path, "ooc")] == ["((brb, coffee))"]


async def test_sigkill_mid_narration_then_resume_loses_nothing(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    fake_openai.chunk_delay = 0.1
    env = cli_env(OPENAI_BASE_URL=fake_openai.base_url, LOREMASTER_DB=str(db_path))
    proc = await asyncio.create_subprocess_exec(
        *cli_command("play", "--players", "Ana,Bo,Cy"), cwd=REPO, env=env,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    assert proc.stdin is not None
    try:
        proc.stdin.write(ROUND_1.encode())
        await proc.stdin.drain()
        await _until(lambda: len(posts(db_path, "narration")) == 1, "the first narration stored")
        proc.stdin.write(ROUND_2.encode())
        await proc.stdin.drain()
        # Kill while the second narration is streaming.
        await _until(lambda: len(fake_openai.narration_requests()) == 2,
                     "the second narration requested")
        sent = fake_openai.chunks_sent
        await _until(lambda: fake_openai.chunks_sent >= sent + 3,
                     "three chunks of the second narration streamed")
    finally:
        proc.send_signal(signal.SIGKILL)
        await within(proc.wait(), "the killed `loremaster play` to exit")

    assert len(posts(db_path, "action")) == 6  # every action of both rounds
    assert len(posts(db_path, "narration")) == 1  # no half narration stored

    fake_openai.chunk_delay = 0.0
    code, _, err = await run_play(fake_openai.base_url, db_path, "--resume", stdin=ROUND_3)
    assert code == 0, err
    narrations = posts(db_path, "narration")
    assert [n[0] for n in narrations] == [1, 2, 3]  # round 2 narrated on resume, then round 3
    assert "I haul the boat ashore." in fake_openai.narration_text(2)
    assert [a[2] for a in posts(db_path, "action")][-3:] == [
        "I pry open the chest.", "I hold the lamp.", "I count the coins."]


async def test_backend_failing_mid_session_is_one_line_and_scene_stays_playable(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    fake_openai.faults = ["500"] * 10  # it answered the start-up check, then fails narrations
    code, _, err = await run_play(fake_openai.base_url, db_path, "--players", "Ana,Bo,Cy",
                                  stdin=ROUND_1)
    assert code == 1
    fake_openai.faults.clear()
    complaint = [line for line in err.splitlines() if "narrator is unavailable" in line]
    assert len(complaint) == 1 and "Traceback" not in err
    assert len(posts(db_path, "action")) == 3
    code, _, err = await run_play(fake_openai.base_url, db_path, "--resume")
    assert code == 0, err
    assert len(posts(db_path, "narration")) == 1


async def test_rate_limited_twice_then_the_turn_succeeds(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    fake_openai.fail_next = [429, 429]
    code, _, err = await run_play(
        fake_openai.base_url, db_path, "--players", "Ana,Bo,Cy", stdin=ROUND_1,
        extra_env={"LOREMASTER_MAX_RETRIES": "3"},
    )
    assert code == 0, err
    assert len(fake_openai.narration_requests()) == 3  # two answered 429, then the narration
    assert len(posts(db_path, "narration")) == 1


async def test_bad_setting_stops_with_one_line_and_exit_2(db_path: Path) -> None:
    code, _, err = await run_play("http://127.0.0.1:9/v1", db_path, "--players", "Ana",
                                    extra_env={"LOREMASTER_CONTEXT_WINDOW": "lots"})
    assert code == 2
    assert err.strip().count("\n") == 0 and "LOREMASTER_CONTEXT_WINDOW" in err


async def _until(condition: Callable[[], bool], what: str) -> None:
    async def holds() -> bool:
        try:
            return bool(condition())
        except sqlite3.OperationalError:  # the subprocess has not created its tables yet
            return False

    await eventually(holds, what)
