"""A short soak (benchmarks/soak.py): `loremaster play` against a misbehaving backend,
SIGKILLed once, then the store check finds nothing lost, doubled or half-made; and the
same check does find each of those in a deliberately damaged copy of that store."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.soak import ZERO_KEYS, SoakRun, check_store, check_timers, soak


@pytest.fixture(scope="module")
def short_soak(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SoakRun]:
    workdir = tmp_path_factory.mktemp("soak")
    yield asyncio.run(soak(workdir, minutes=20 / 60, kill_every=10, fault_every=2,
                           max_kills=1, max_faults=2, round_s=3.0))


def test_a_short_soak_with_a_kill_and_faults_loses_and_doubles_nothing(
    short_soak: SoakRun,
) -> None:
    result = short_soak.result
    assert result["kills"] == 1 and result["restarts"] == 1, result
    assert sum(result["faults_set"].values()) == 2 and result["faults_served"], result
    assert result["crashes"] == [], result["crashes"]
    assert result["rounds_closed"] >= 3 and result["actions_acknowledged"] >= 9, result
    assert result["actions_acknowledged"] <= result["actions_stored"], result
    assert {key: result[key] for key in ZERO_KEYS} == dict.fromkeys(ZERO_KEYS, 0), result
    assert result["closed_rounds_unnarrated"] == [] and result["open_round_narrated"] == []
    assert result["openings"] == 1 and result["unknown_actions"] == []
    assert result["timer_rounds_closed"] >= 1 and result["timers_fired"] >= 2, result
    assert result["timer_rounds_unnarrated"] == 0 and result["timers_due_unfired"] == 0


def _damaged(run: SoakRun, tmp_path: Path, sql: str) -> dict[str, Any]:
    copy = tmp_path / "damaged.db"
    with sqlite3.connect(run.db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    with sqlite3.connect(copy) as db:
        assert db.execute(sql).rowcount == 1, sql
    return check_store(copy, run.acked, run.typed, run.replies)


NEXT_SEQ = "(SELECT MAX(seq) + 1 FROM posts)"
COPY_COLUMNS = ("scene_id, kind, author_id, author_name, content, round_no, meta, "
                "created_at, deleted")


def test_the_check_finds_a_round_narrated_twice(short_soak: SoakRun, tmp_path: Path) -> None:
    found = _damaged(short_soak, tmp_path, (
        f"INSERT INTO posts (seq, {COPY_COLUMNS}) SELECT {NEXT_SEQ}, {COPY_COLUMNS}"
        " FROM posts WHERE kind = 'narration' AND round_no = 1"))
    assert found["duplicated"] == 1 and found["rounds_narrated_twice"] == [1]


def test_the_check_finds_a_half_narration(short_soak: SoakRun, tmp_path: Path) -> None:
    found = _damaged(short_soak, tmp_path, (
        "UPDATE posts SET content = substr(content, 1, length(content) / 2)"
        " WHERE kind = 'narration' AND round_no = 2"))
    assert found["half_narrations"] == 1 and found["half_examples"][0]["round"] == 2


def test_the_check_finds_a_lost_and_a_doubled_action(short_soak: SoakRun, tmp_path: Path) -> None:
    token = sorted(short_soak.acked)[0]
    lost = _damaged(short_soak, tmp_path, (
        f"DELETE FROM posts WHERE kind = 'action' AND content LIKE '%sign {token} %'"))
    assert lost["lost"] == 1 and lost["lost_tokens"] == [token]
    doubled = _damaged(short_soak, tmp_path, (
        f"INSERT INTO posts (seq, {COPY_COLUMNS}) SELECT {NEXT_SEQ}, {COPY_COLUMNS}"
        f" FROM posts WHERE kind = 'action' AND content LIKE '%sign {token} %'"))
    assert doubled["duplicated"] == 1 and doubled["duplicated_tokens"] == [token]
    # The copy lands after its round's narration: no narration will ever tell it.
    assert doubled["lost_tokens"] == [token]


def test_the_check_finds_a_timer_that_fired_twice(short_soak: SoakRun, tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    shutil.copy(short_soak.timer_events, events)
    first = short_soak.timer_events.read_text(encoding="utf-8").splitlines()[0]
    with events.open("a", encoding="utf-8") as out:
        out.write(first + "\n")  # the same row's handler started again
    found = check_timers(short_soak.timer_db, events, short_soak.ended_at)
    assert found["timers_fired_twice"] == 1
