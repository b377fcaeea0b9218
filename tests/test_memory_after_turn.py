"""Indexing started by a narration waits until the turn is over: the rest of the turn (the
other observers' statements) never queues behind the entity index's write (real scene and
memory services, real SQLite, the `openai` client on the loopback server)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.store import Store
from tests.fakeopenai import FakeOpenAI
from tests.memory_kit import Router, Table, seat_table


async def _index_mark(table: Table) -> int:
    rows = await table.store.db.execute_fetchall(
        "SELECT last_post_id FROM memory_index_marks WHERE name = 'entities'")
    return int(next(iter(rows))[0]) if rows else 0


async def _one_round(fake_openai: FakeOpenAI, db_path: Path) -> Table:
    fake_openai.reply = Router()
    # A grace far longer than any turn: what runs before it ends ran inside the turn.
    table = await seat_table(fake_openai, db_path, upkeep_grace_s=600.0)
    await table.round({"ana": "I light the lamp.", "ben": "I watch the door."})
    return table


async def test_indexing_starts_after_the_turn(fake_openai: FakeOpenAI, db_path: Path) -> None:
    table = await _one_round(fake_openai, db_path)
    try:
        assert await _index_mark(table) == 0, "the entity index was written inside the turn"
        # Draining (tests, shutdown) wants the work now: it does not wait out the grace.
        await asyncio.wait_for(table.memory.drain(), timeout=60)
        assert await _index_mark(table) > 0
    finally:
        await table.close()


async def test_closing_cancels_work_still_waiting_for_its_turn_to_end(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    table = await _one_round(fake_openai, db_path)
    await asyncio.wait_for(table.close(), timeout=60)
    store = await Store.open(db_path)
    try:
        rows = await store.db.execute_fetchall(
            "SELECT last_post_id FROM memory_index_marks WHERE name = 'entities'")
        assert all(int(r[0]) == 0 for r in rows), "cancelled indexing still wrote"
    finally:
        await store.close()
