"""Memory upkeep through the real `openai` client and real SQLite: world-state extraction
(valid, partial, broken JSON), a slow summarizer that must not delay turns, summary
invalidation on delete, recaps."""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from bot.engine.memory.summaries import StoryLine
from tests.fakeopenai import FakeOpenAI
from tests.memory_kit import Router, filler, request_kind, seat_table, user_text

TURN = [StoryLine(1, "Mira", "I give Old Tom the silver key."),
        StoryLine(2, "The Chronicler", "Tom pockets the key and limps to the lighthouse.")]


async def _extract_with(fake: FakeOpenAI, db_path: Path, reply: str) -> tuple[Any, Any, bool]:
    fake.reply = Router(extract=lambda body: reply)
    table = await seat_table(fake, db_path)
    try:
        campaign_id = table.scene.campaign_id
        first = await table.memory.extract_world(campaign_id, TURN, ["Mira", "Tor"])
        before = await table.memory.world(campaign_id)
        merged = await table.memory.extract_world(campaign_id, TURN, ["Mira", "Tor"])
        after = await table.memory.world(campaign_id)
    finally:
        await table.close()
    assert first == merged
    return before, after, merged


VALID = json.dumps({
    "npcs": [{"name": "Old Tom", "whereabouts": "the lighthouse",
              "attitudes": {"Mira": "grateful"}}],
    "items": [{"name": "Silver key", "holder": "Old Tom"}],
})


async def test_valid_report_updates_the_state_via_structured_output(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    _, state, merged = await _extract_with(fake_openai, db_path, VALID)
    assert merged
    assert state.npcs[0].whereabouts == "the lighthouse"
    assert state.items[0].holder == "Old Tom"
    sent = fake_openai.requests[0]
    assert sent["response_format"]["type"] == "json_schema"
    assert "npcs" in sent["response_format"]["json_schema"]["schema"]["properties"]
    assert "Tom pockets the key" in user_text(sent)


async def test_partial_report_updates_part_and_logs(
    fake_openai: FakeOpenAI, db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    partial = ('```json\n{"npcs": [{"name": "Old Tom", "traits": 7}, {"name": "Sela", '
               '"whereabouts": "chapel"}], "items": [{"name": "Silver key", "holder": "Tom')
    with caplog.at_level(logging.WARNING, logger="bot.services.memory"):
        _, state, merged = await _extract_with(fake_openai, db_path, partial)
    assert merged
    assert [n.name for n in state.npcs] == ["Sela"]
    assert [(i.name, i.holder) for i in state.items] == [("Silver key", "Tom")]
    assert any("partly invalid" in r.message and "npcs[0]" in r.message for r in caplog.records)


async def test_broken_report_leaves_the_state_unchanged_and_logs(
    fake_openai: FakeOpenAI, db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fake_openai.reply = Router(extract=lambda body: VALID)
    table = await seat_table(fake_openai, db_path)
    try:
        campaign_id = table.scene.campaign_id
        assert await table.memory.extract_world(campaign_id, TURN, ["Mira"])
        stored_before = await table.store.world.get(campaign_id)
        for broken in ["I'd rather not.", '{"npcs": [{"name": ]]}', "[]", '{"npcs": "x"}']:
            fake_openai.reply = Router(extract=_constant(broken))
            with caplog.at_level(logging.WARNING, logger="bot.services.memory"):
                assert not await table.memory.extract_world(campaign_id, TURN, ["Mira"])
        stored_after = await table.store.world.get(campaign_id)
    finally:
        await table.close()
    assert stored_after == stored_before
    messages = [r.message for r in caplog.records]
    # `{"name": ]]}` is read (the repair closes its brackets) and its nameless NPC refused.
    assert sum("unreadable, state unchanged" in m for m in messages) == 2
    assert sum("partly invalid" in m for m in messages) == 2


def _constant(text: str) -> Callable[[dict[str, Any]], str]:
    return lambda body: text


class SlowSummaries(FakeOpenAI):
    """Summary requests wait 10 s (until the server stops); everything else is fast."""

    release: asyncio.Event | None = None
    summaries_asked: int = 0

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()  # aiohttp keeps the body for the parent to read again
        if request_kind(body) == "summary":
            self.summaries_asked += 1
            self.release = self.release or asyncio.Event()
            try:
                await asyncio.wait_for(self.release.wait(), 10.0)
            except TimeoutError:
                pass
        return await super()._chat(request)

    async def stop(self) -> None:
        if self.release is not None:
            self.release.set()
        await super().stop()


async def test_slow_summarizer_never_delays_a_narration(db_path: Path) -> None:
    fake = SlowSummaries(reply=Router())
    await fake.start()
    table = await seat_table(fake, db_path)
    durations = []
    try:
        for n in range(10):
            started = time.monotonic()
            await table.round(filler(n))
            durations.append(time.monotonic() - started)
        summaries_asked = fake.summaries_asked
        started = time.monotonic()
        await table.service.aclose()  # cancels the summaries still waiting
        closed_in = time.monotonic() - started
    finally:
        await table.close()
        await fake.stop()
    assert summaries_asked, "the window folded, so a summary was asked for"
    assert max(durations) < 2.0, durations
    assert closed_in < 2.0
    assert await _no_chapter(db_path)


async def _no_chapter(db_path: Path) -> bool:
    from bot.store import Store

    store = await Store.open(db_path)
    try:
        return await store.memory.of_campaign(1) == []
    finally:
        await store.close()


async def test_deleting_a_covered_post_makes_its_chapter_stale_and_recomputed(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    fake_openai.reply = Router()
    table = await seat_table(fake_openai, db_path)
    try:
        await table.round({"ana": "I bury the Vorpal lantern under the chapel floor.",
                           "ben": "I stand guard."})
        for n in range(5):
            await table.round(filler(n))
        await table.memory.drain()
        campaign_id = table.scene.campaign_id
        [chapter, *_] = await table.store.memory.of_campaign(campaign_id)
        assert "Vorpal lantern" in chapter.content
        memory_before = await table.memory.memory_for(table.scene.id)
        assert "Vorpal lantern" in memory_before
        post = next(p for p in await table.store.posts.of_scene(table.scene.id)
                    if "Vorpal" in p.content)
        await table.store.posts.delete(post.id, now=5000.0)
        stale = await table.store.memory.of_campaign(campaign_id, include_stale=True)
        assert [s.stale for s in stale if s.id == chapter.id] == [True]
        assert "Vorpal" not in await table.memory.memory_for(table.scene.id)  # dropped at once
        assert await table.memory.refresh_stale(campaign_id) == 1
        [redone, *_] = await table.store.memory.of_campaign(campaign_id)
        memory_after = await table.memory.memory_for(table.scene.id)
    finally:
        await table.close()
    assert redone.id == chapter.id and not redone.stale
    assert (redone.first_seq, redone.last_seq) == (chapter.first_seq, chapter.last_seq)
    assert "Vorpal" not in redone.content and redone.content
    assert redone.content in memory_after


async def test_chapters_roll_up_into_the_chronicle(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    fake_openai.reply = Router(summary=lambda body: f"Summary {len(user_text(body))}.")
    table = await seat_table(fake_openai, db_path, history_budget=150)
    try:
        for n in range(24):
            await table.round(filler(n))
            await table.memory.drain()
        summaries = await table.store.memory.of_campaign(table.scene.campaign_id)
        memory = await table.memory.memory_for(table.scene.id)
    finally:
        await table.close()
    chronicle = [s for s in summaries if s.level == "chronicle"]
    chapters = [s for s in summaries if s.level == "chapter"]
    assert len(chronicle) == 1 and any(c.in_chronicle for c in chapters)
    assert memory.startswith("Chronicle of the campaign so far:")
    # Chapters tile the scene's folded posts without gap or overlap.
    spans = sorted((c.first_seq, c.last_seq) for c in chapters)
    assert spans[0][0] == 1
    assert all(b[0] == a[1] + 1 for a, b in itertools.pairwise(spans))


async def test_recap_tells_what_happened_since_the_player_last_acted(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    fake_openai.reply = Router()
    table = await seat_table(fake_openai, db_path)
    try:
        await table.round({"ana": "I wave goodbye.", "ben": "I sail for Gullrock."})
        for n in range(3):
            await table.round({"ben": filler(n)["ben"] + f" Step {n} toward Gullrock."},)
        scene = await table.store.scenes.get(table.scene.id)
        recap = await table.memory.recap(scene, "ana")
        campaign = await table.memory.recap_campaign(scene.campaign_id, scene)
    finally:
        await table.close()
    recap_request = next(r for r in fake_openai.requests if request_kind(r) == "recap")
    assert "for Mira" in recap_request["messages"][0]["content"]
    assert "Step 0 toward Gullrock" in recap and "Step 2 toward Gullrock" in recap
    assert "I wave goodbye" not in recap  # before her last action
    assert campaign.startswith("Recap:")
