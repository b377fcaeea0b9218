"""Two real processes play one scene on one SQLite file, racing for every round: each
round is narrated exactly once, and no action is lost or stored twice."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
from pathlib import Path

from bot.store import NewSeat, Store
from tests.conftest import REPO, cli_env

ROUNDS = 200
PLAYERS = ("ana", "bo")


async def _worker(db_path: Path, scene_id: int, name: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.race_worker", str(db_path), str(scene_id), str(ROUNDS),
        name, cwd=REPO, env=cli_env(), stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )


async def test_two_processes_racing_store_one_narration_per_round(db_path: Path) -> None:
    store = await Store.open(db_path)
    scene = await store.scenes.create_with_seats(
        campaign={"title": "Race"}, now=0.0,
        seats=[NewSeat(p, p, character_name=p.title()) for p in PLAYERS],
    )
    await store.close()
    workers = [await _worker(db_path, scene.id, name) for name in ("left", "right")]
    for worker in workers:  # both are up before either starts
        assert worker.stdout is not None
        line = await asyncio.wait_for(worker.stdout.readline(), timeout=30)
        assert line == b"ready\n", line
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.write(b"go\n")
        await worker.stdin.drain()
    outputs = [await asyncio.wait_for(w.communicate(), timeout=60) for w in workers]
    for worker, (_, err) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, err.decode()
    reports = [json.loads(out.decode().splitlines()[-1]) for out, _ in outputs]

    with sqlite3.connect(db_path) as db:
        narrations = db.execute(
            "SELECT round_no, content, seq FROM posts WHERE kind = 'narration' ORDER BY seq"
        ).fetchall()
        actions = db.execute(
            "SELECT round_no, author_id, content, seq FROM posts WHERE kind = 'action'"
            " ORDER BY seq"
        ).fetchall()
        round_no = db.execute("SELECT round_no FROM scenes WHERE id = ?", (scene.id,)).fetchone()
    # Every round narrated exactly once, in order, by whichever process won it.
    assert [n[0] for n in narrations] == list(range(1, ROUNDS + 1))
    assert round_no == (ROUNDS + 1,)
    won = sorted(r for report in reports for r in report["narrated"])
    assert won == list(range(1, ROUNDS + 1))
    assert all(n[1] == f"{_winner(reports, n[0])} narrates {n[0]}" for n in narrations)
    # Every action a process was told it stored is there once; nothing else is.
    submitted = sorted(a for report in reports for a in report["actions"])
    assert sorted(a[2] for a in actions) == submitted
    # Each stored action came before its round's narration (none landed in a closed round),
    # and every player acted in every round.
    narrated_at = {n[0]: n[2] for n in narrations}
    assert all(seq < narrated_at[round_] for round_, _, _, seq in actions)
    assert {(a[0], a[1]) for a in actions} == {
        (r, p) for r in range(1, ROUNDS + 1) for p in PLAYERS}


def _winner(reports: list[dict[str, object]], round_no: int) -> str:
    return next(str(r["name"]) for r in reports if round_no in r["narrated"])  # type: ignore[operator]
