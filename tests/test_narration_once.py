"""The scene service when another process narrates the same round first: its own
narration is withdrawn from where it was shown, nothing is stored twice, and the round
counts as done."""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from bot.services.wiring import scene_service
from bot.store import Store
from tests.fakeopenai import FakeOpenAI
from tests.pacing_helpers import RecordingSink, settings, table


@dataclass
class HeldSink(RecordingSink):
    """Shows the stream, and holds it at the first text until released."""

    streaming: asyncio.Event = field(default_factory=asyncio.Event)
    release: asyncio.Event = field(default_factory=asyncio.Event)

    async def update(self, text: str) -> None:
        await super().update(text)
        self.streaming.set()
        await self.release.wait()


async def test_a_round_narrated_elsewhere_meanwhile_is_withdrawn_here(
    db_path: Path, fake_openai: FakeOpenAI
) -> None:
    async with table(db_path, fake_openai) as t:
        assert not await t.act("ana", "I wade into the surf.")
        assert await t.act("bo", "I keep watch on the dunes.")
        ours = HeldSink()
        narrating = asyncio.create_task(t.service.narrate(await t.fresh_scene(), ours))
        await asyncio.wait_for(ours.streaming.wait(), timeout=10)

        other_store = await Store.open(db_path)  # what a second process sees and does
        other = scene_service(other_store, t.backend, settings(), t.clock)
        try:
            theirs_shown = RecordingSink()
            theirs = await other.narrate(await other_store.scenes.get(t.scene.id), theirs_shown)
        finally:
            await other.aclose()
            await other_store.close()
        ours.release.set()
        returned = await asyncio.wait_for(narrating, timeout=10)
        scene = await t.fresh_scene()

    assert returned.id == theirs.id and returned.round_no == 1
    assert ours.finished and ours.aborted == 1  # shown, then withdrawn: never canon here
    assert theirs_shown.finished and theirs_shown.aborted == 0
    assert scene.round_no == 2
    with sqlite3.connect(db_path) as db:
        stored = db.execute(
            "SELECT id, round_no FROM posts WHERE kind = 'narration' AND deleted = 0"
        ).fetchall()
    assert stored == [(theirs.id, 1)]
