"""A GM steer given while a narration is being written: that narration never saw it, so
it steers the next one instead of being spent unread.

Real SQLite, the real `openai` client against the loopback server, which holds the
first narration until the test has given the steer."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.services.gm import Actor
from tests.fakeopenai import FakeOpenAI
from tests.pacing_helpers import RecordingSink, table
from tests.waiting import within

GM_ROLE = 555
GM = Actor("gm", "Gus", role_ids=(GM_ROLE,))
STEER = "Bring in the smugglers' longboat."


class HoldFirstNarration(FakeOpenAI):
    def __init__(self) -> None:
        super().__init__(reply=self._reply)
        self.held = asyncio.Event()
        self.release = asyncio.Event()
        self.narrations: list[str] = []

    def _reply(self, body: dict[str, Any]) -> str:
        if "# Table rules" not in body["messages"][0]["content"]:
            return "{}"  # memory upkeep
        self.narrations.append("\n".join(m["content"] for m in body["messages"]))
        return f"Fog climbs the quay steps. Hour {len(self.narrations)} of the watch begins."

    async def _answer(self, request: web.Request, body: dict[str, Any]) -> web.StreamResponse:
        if "# Table rules" in body["messages"][0]["content"] and not self.held.is_set():
            self.held.set()
            await self.release.wait()
        return await super()._answer(request, body)


async def test_a_steer_given_mid_narration_steers_the_next_one(db_path: Path) -> None:
    fake = await HoldFirstNarration().start()
    try:
        async with table(db_path, fake) as t:
            await t.store.campaigns.update(t.scene.campaign_id, gm_role_ids=[GM_ROLE])
            await t.act("ana", "I walk the quay.")
            assert await t.act("bo", "I follow Mira.")
            first = asyncio.ensure_future(t.service.narrate(await t.fresh_scene(),
                                                            RecordingSink()))
            await within(fake.held.wait(), "the first narration's request")
            await t.services.gm.steer(await t.fresh_scene(), GM, STEER)
            fake.release.set()
            await within(first, "the first narration")
            await t.act("ana", "I wait.")
            assert await t.act("bo", "I wait too.")
            await t.service.narrate(await t.fresh_scene(), RecordingSink())
            await t.services.memory.drain()
    finally:
        fake.release.set()
        await fake.stop()
    assert STEER not in fake.narrations[0]
    assert STEER in fake.narrations[-1]
