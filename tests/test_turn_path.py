"""What a narrated turn runs before it returns: only the turn's own statements; memory
upkeep waits until the turn is over (the wired services, real SQLite, the `openai` client
on the loopback server)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import aiosqlite

from tests.fakeopenai import FakeOpenAI
from tests.memory_kit import Router
from tests.pacing_helpers import RecordingSink, table

# Chapter upkeep's reads: how far the chapters reach, and which summaries went stale.
UPKEEP_READS = ("MAX(last_seq)", "stale = 1")


async def _trace(conn: aiosqlite.Connection, callback: Callable[[str], None] | None) -> None:
    # The sqlite3 connection lives on aiosqlite's thread: the callback is set there.
    await conn._execute(conn._conn.set_trace_callback, callback)


async def test_memory_upkeep_waits_until_the_narrated_turn_is_over(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    fake_openai.reply = Router()
    async with table(db_path, fake_openai) as t:
        try:
            for player in t.players:
                await t.act(player, "I light the lamp by the harbour wall.")
            seen: list[str] = []
            await _trace(t.store.db, seen.append)
            await t.service.narrate(await t.fresh_scene(), RecordingSink())
            in_turn = [s for s in seen if any(mark in s for mark in UPKEEP_READS)]
            assert in_turn == [], f"memory upkeep ran inside the turn: {in_turn}"
            await asyncio.wait_for(t.services.memory.drain(), timeout=60)
            assert any(mark in s for s in seen for mark in UPKEEP_READS), (
                "memory upkeep never ran after the turn")
        finally:
            await _trace(t.store.db, None)
            await t.services.aclose()


async def test_an_action_reads_its_round_in_one_statement_when_no_roll_is_owed(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    """Pacing reads the seats, the round's marks and whether the narration before asked for
    rolls at once; the posts of the round before are read only when it did."""
    fake_openai.reply = Router()
    async with table(db_path, fake_openai) as t:
        try:
            for player in t.players:
                await t.act(player, "I light the lamp by the harbour wall.")
            await t.service.narrate(await t.fresh_scene(), RecordingSink())
            await t.services.memory.drain()
            seen: list[str] = []
            await _trace(t.store.db, seen.append)
            await t.act(next(iter(t.players)), "I climb the bell tower.")
            await _trace(t.store.db, None)
            reads = [s for s in seen if s.startswith("SELECT") and " FROM posts" in s]
            assert len(reads) == 1, f"an action read the round in {len(reads)} statements: {reads}"
        finally:
            await _trace(t.store.db, None)
            await t.services.aclose()
