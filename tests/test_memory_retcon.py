"""A retcon while the retconned narration's world-state extraction is still waiting on the
model: what that extraction reports afterwards must not reach the world state.

Real SQLite, the real `openai` client against the loopback server; the server holds the
extraction request about the retconned narration until the test lets it answer."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiohttp import web

from bot.services.gm import Actor
from tests.fakeopenai import FakeOpenAI
from tests.pacing_helpers import RecordingSink, table
from tests.waiting import eventually, within

GM_ROLE = 555
GM = Actor("gm", "Gus", role_ids=(GM_ROLE,))
RETCONNED = "The drowned bell of Zephyrine rings beneath the waves."
ZEPHYRINE_FACT = json.dumps({"npcs": [{"name": "Zephyrine", "whereabouts": "the drowned bell"}]})


class HoldingFake(FakeOpenAI):
    """Holds the extraction request that reads the retconned narration until released."""

    def __init__(self) -> None:
        super().__init__(reply=self._route)
        self.held = asyncio.Event()
        self.release = asyncio.Event()
        self.narrations = 0

    def _route(self, body: dict[str, Any]) -> str:
        if "response_format" in body:  # world-state extraction
            return ZEPHYRINE_FACT if _mentions_zephyrine(body) else "{}"
        if "# Table rules" not in body["messages"][0]["content"]:
            return "Summary: the watch goes on."
        self.narrations += 1
        return RETCONNED if self.narrations == 2 else (
            f"Fog climbs the quay steps. Hour {self.narrations} of the watch begins.")

    async def _answer(self, request: web.Request, body: dict[str, Any]) -> web.StreamResponse:
        if "response_format" in body and _mentions_zephyrine(body):
            self.held.set()
            await self.release.wait()
        return await super()._answer(request, body)


def _mentions_zephyrine(body: dict[str, Any]) -> bool:
    return "Zephyrine" in body["messages"][-1]["content"]


async def play_round(t: Any) -> None:
    await t.act("ana", "I walk the quay.")
    assert await t.act("bo", "I follow Mira.")
    await t.service.narrate(await t.fresh_scene(), RecordingSink())


async def test_extraction_in_flight_at_a_retcon_stores_nothing(db_path: Any) -> None:
    fake = await HoldingFake().start()
    try:
        async with table(db_path, fake) as t:
            await t.store.campaigns.update(t.scene.campaign_id, gm_role_ids=[GM_ROLE])
            memory = t.services.memory
            campaign_id = t.scene.campaign_id
            await play_round(t)
            await memory.drain()
            await play_round(t)  # narrates RETCONNED; its extraction is held at the server
            await within(fake.held.wait(), "the extraction about the retconned narration")
            removed = await t.services.gm.retcon(t.scene, GM)
            assert removed.content == RETCONNED

            async def rebuilt() -> bool:
                # The rebuild after the retcon reads the story without it, then saves.
                rows = await t.store.db.execute_fetchall(
                    "SELECT 1 FROM world_states WHERE campaign_id = ?", (campaign_id,))
                return bool(rows)

            await eventually(rebuilt, "the world state rebuilt after the retcon")
            fake.release.set()  # the stale extraction now answers with the retconned fact
            await within(memory.drain(), "memory upkeep after the release")
            state = await memory.world(campaign_id)
    finally:
        fake.release.set()
        await fake.stop()
    assert "Zephyrine" not in json.dumps(state.model_dump())
