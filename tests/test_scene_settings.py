"""A scene's settings are typed configuration; its runtime state lives in columns of its
own, each written alone, so writers of different keys never undo each other."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path

import pytest

from bot.models import PacingMode, PostKind
from bot.services.pacing import PacingService
from bot.store import Store
from bot.store.db import migration_files
from tests.fakeopenai import FakeOpenAI
from tests.pacing_helpers import table

PLAYERS = {"ana": "Mira Vale", "bo": "Tobin Reed", "cy": "Cass Wren"}


@pytest.mark.parametrize(
    ("values", "error"),
    [
        ({"round_deadline": -5}, "round_deadline: Input should be greater than 0"),
        ({"nudge_fraction": 1.5}, "nudge_fraction: Input should be less than 1"),
        ({"quiet_window": "soon"}, "quiet_window: Input should be a valid number"),
        ({"round_deadlin": 60}, "unknown scene setting 'round_deadlin'"),
    ],
)
async def test_a_bad_setting_is_refused_with_a_clear_error_and_changes_nothing(
    db_path: Path, values: dict[str, object], error: str
) -> None:
    fake = await FakeOpenAI().start()
    try:
        async with table(db_path, fake) as t:
            pacing = PacingService(t.service)
            before = await pacing.configure(t.scene, turn_timeout=90)
            with pytest.raises(ValueError) as refused:
                await pacing.configure(before, **values, idle_after=600)
            after = await t.fresh_scene()
    finally:
        await fake.stop()
    assert str(refused.value).startswith(error)
    assert after.settings == before.settings  # the good key of the same call is not half-set
    assert after.settings.turn_timeout == 90 and after.settings.idle_after is None


async def test_settings_from_the_same_stale_read_both_survive(db_path: Path) -> None:
    fake = await FakeOpenAI().start()
    try:
        async with table(db_path, fake) as t:
            pacing = PacingService(t.service)
            stale = await t.fresh_scene()
            await asyncio.gather(
                pacing.configure(stale, round_deadline=600),
                pacing.configure(stale, turn_timeout=90),
                t.store.scene_state.set_runtime(stale.id, {"window_start": 12}),
                pacing.set_order(stale, ["bo", "ana"]),
            )
            after = await t.fresh_scene()
    finally:
        await fake.stop()
    assert after.settings.round_deadline == 600 and after.settings.turn_timeout == 90
    assert after.runtime.window_start == 12 and after.runtime.spotlight_order == ("bo", "ana")


async def test_a_gm_reordering_from_a_stale_read_keeps_whose_turn_it_is(db_path: Path) -> None:
    """The GM's order and the turn moving on are different keys: written from the same
    earlier read, neither undoes the other (the whole-dict rewrite lost the turn)."""
    fake = await FakeOpenAI().start()
    try:
        async with table(db_path, fake, PLAYERS) as t:
            await t.store.scenes.update(t.scene.id, pacing_mode=PacingMode.SPOTLIGHT)
            pacing = PacingService(t.service)
            seen_by_gm = await t.fresh_scene()  # the GM's command read the scene here
            passed = await pacing.submit(
                seen_by_gm, player_id="ana", player_name="ana", text="", kind=PostKind.PASS
            )
            assert passed.next_player == "Tobin Reed"
            await pacing.set_order(seen_by_gm, ["cy", "ana", "bo"])
            scene = await t.fresh_scene()
            out_of_turn = await pacing.submit(scene, player_id="cy", player_name="cy", text="Me.")
            in_turn = await pacing.submit(scene, player_id="bo", player_name="bo", text="I row.")
    finally:
        await fake.stop()
    assert out_of_turn.decision.refused == "it is not your turn (waiting for Tobin Reed)"
    assert in_turn.decision.refused is None and in_turn.narrate


def _old_database(path: Path, settings: dict[str, object]) -> None:
    """A database as the version before migration 0011 left it."""
    db = sqlite3.connect(path)
    try:
        db.execute(
            "CREATE TABLE schema_migrations (number INTEGER PRIMARY KEY, name TEXT NOT NULL,"
            " applied_at REAL NOT NULL)"
        )
        for number, name, sql in migration_files():
            if number >= 11:
                break
            db.executescript(sql)
            db.execute(
                "INSERT INTO schema_migrations (number, name, applied_at) VALUES (?, ?, 0)",
                (number, name),
            )
        db.execute("INSERT INTO campaigns (id, title, created_at) VALUES (1, 'Old', 0)")
        db.execute(
            "INSERT INTO scenes (id, campaign_id, pacing_mode, round_no, settings, created_at)"
            " VALUES (1, 1, 'spotlight', 4, ?, 0)",
            (json.dumps(settings),),
        )
        db.commit()
    finally:
        db.close()


async def test_an_old_database_moves_runtime_state_out_of_the_settings(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _old_database(path, {
        "round_deadline": 300, "turn_timeout": 60, "quiet_window": 5, "favourite_colour": "teal",
        "window_start": 7, "narrate_due": 4,
        "spotlight": {"order": ["bo", "ana"], "holder": "bo", "turn_started_at": 123.5,
                      "advanced_round": 3},
    })
    store = await Store.open(path)
    try:
        scene = await store.scenes.get(1)
        stored = await store.db.execute_fetchall("SELECT settings FROM scenes WHERE id = 1")
    finally:
        await store.close()
    assert (scene.settings.round_deadline, scene.settings.turn_timeout) == (300, 60)
    assert scene.settings.quiet_window == 5
    runtime = scene.runtime
    assert (runtime.window_start, runtime.narrate_due_round, runtime.paced_round) == (7, 4, 3)
    assert runtime.spotlight_order == ("bo", "ana") and runtime.spotlight_holder == "bo"
    assert runtime.clock_started_at == 123.5
    # Configuration stays; runtime keys leave; an unknown key is tolerated and kept.
    assert json.loads(stored[0][0]) == {
        "round_deadline": 300, "turn_timeout": 60, "quiet_window": 5, "favourite_colour": "teal",
    }


async def test_a_bad_stored_value_falls_back_to_its_default(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _old_database(path, {"round_deadline": "soon", "turn_timeout": 45, "spotlight": "odd"})
    store = await Store.open(path)
    try:
        scene = await store.scenes.get(1)
    finally:
        await store.close()
    assert scene.settings.round_deadline is None and scene.settings.turn_timeout == 45
    assert scene.runtime.spotlight_order == () and scene.runtime.spotlight_holder is None
