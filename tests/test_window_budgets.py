"""Budgets follow the context window: recall, history and the memory section grow with
it, and a campaign with more memory than any window holds gets what its window allows,
never more (real scene service, real SQLite, the `openai` client on the loopback server)."""

from __future__ import annotations

import time
from itertools import pairwise
from pathlib import Path

import pytest

from bot.cards import load_card
from bot.config import Settings
from bot.engine.budgets import TEMPLATE_OVERHEAD, window_budgets
from bot.llm.base import estimate_tokens
from bot.llm.openai_compat import OpenAICompatBackend
from bot.services.memory_ledger import HEADING as LEDGER_HEADING
from bot.services.pacing import PacingService
from bot.services.sinks import CollectingSink
from bot.services.wiring import scene_service
from bot.store import Store
from tests.fakeopenai import FakeOpenAI
from tests.memory_kit import Router

REPO = Path(__file__).resolve().parents[1]
WINDOWS = (4096, 8192, 32768)
MEMORY_HEADING = "# The story so far\n"
ROUNDS = 12


def test_budgets_grow_with_the_window_and_always_fit() -> None:
    plans = [window_budgets(w) for w in WINDOWS]
    for window, plan in zip(WINDOWS, plans, strict=True):
        available = window - 400 - TEMPLATE_OVERHEAD
        assert plan.prompt.fixed + plan.prompt.history <= available, window
        assert plan.prompt.history > 0, window
    for small, large in pairwise(plans):
        assert small.recall < large.recall
        assert small.prompt.history < large.prompt.history
        assert small.memory < large.memory


def _chapter(n: int) -> str:
    # Distinct words per chapter, about 100 tokens: far more memory than any window holds.
    words = " ".join(f"chapter{n}word{i}" for i in range(20))
    return f"Chapter {n}: the crew of the Gull's Wager {words}."


async def _play(fake: FakeOpenAI, db_path: Path, window: int) -> tuple[list[dict], int]:
    store = await Store.open(db_path)
    backend = OpenAICompatBackend(base_url=fake.base_url, api_key="sk-test", model="fake",
                                  timeout=30.0, context_window=window)
    service = scene_service(store, backend, Settings(cards_dir=REPO / "cards"), time.time)
    try:
        campaign = await store.campaigns.create(title="Ember Coast", premise="A harbour town.",
                                                now=0.0, settings={"guards": {"repetition": False}})
        scene = await store.scenes.create(campaign_id=campaign.id, now=0.0)
        for player, name in (("ana", "Mira"), ("ben", "Tor")):
            character = await store.characters.create(
                campaign_id=campaign.id, player_id=player, player_name=player, name=name,
                now=0.0)
            await store.seats.add(scene_id=scene.id, player_id=player, player_name=player,
                                  character_id=character.id, now=0.0)
        for n in range(60):
            await store.memory.add_chapter(campaign_id=campaign.id, scene_id=scene.id,
                                           first_seq=0, last_seq=0, content=_chapter(n), now=0.0)
        for n in range(ROUNDS):
            scene = await store.scenes.get(scene.id)
            for player in ("ana", "ben"):
                await PacingService(service).submit(
                    scene, player_id=player, player_name=player,
                    text=f"I search the quay for the crate, attempt {n}. " * 8)
            await service.narrate(scene, CollectingSink())
        folded_at = (await store.scenes.get(scene.id)).runtime.window_start
    finally:
        await service.aclose()
        await backend.aclose()
        await store.close()
    return fake.narration_requests(), folded_at


@pytest.mark.parametrize("window", WINDOWS)
async def test_memory_section_uses_what_the_window_allows_never_more(
    fake_openai: FakeOpenAI, tmp_path: Path, window: int
) -> None:
    fake_openai.reply = Router()
    requests, folded_at = await _play(fake_openai, tmp_path / f"w{window}.db", window)
    plan = window_budgets(window)
    assert len(requests) == ROUNDS
    if window == 4096:
        assert folded_at > 0  # the history filled its room and folded
    waiting = 0
    for body in requests:
        prompt_tokens = sum(estimate_tokens(m["content"]) + 8 for m in body["messages"])
        assert prompt_tokens + body["max_tokens"] <= window
        system = body["messages"][0]["content"]
        assert MEMORY_HEADING in system
        memory, _, ledger = system.split(MEMORY_HEADING, 1)[1].partition(LEDGER_HEADING)
        memory = memory.strip()
        assert estimate_tokens(memory) <= plan.memory  # never more than its budget
        assert estimate_tokens(LEDGER_HEADING + ledger) <= plan.ledger
        if not memory.startswith("Chronicle"):
            # With 60 chapters waiting, most of it used. (Once the chronicle has rolled them
            # up, the section is as long as the chronicle the model wrote.)
            waiting += 1
            assert plan.memory * 0.7 <= estimate_tokens(memory)
    assert waiting > 0, "no prompt showed the waiting chapters"


async def test_a_long_round_keeps_every_action_and_drops_lore_first(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.reply = Router()
    card = load_card(REPO / "cards/campaigns/ember_coast.json")
    book = card.data.character_book
    assert book is not None
    store = await Store.open(tmp_path / "long.db")
    backend = OpenAICompatBackend(base_url=fake_openai.base_url, api_key="sk-test",
                                  model="fake", timeout=30.0)
    service = scene_service(store, backend, Settings(cards_dir=REPO / "cards"), time.time)
    actions = {
        player: f"{name} heads for {place} and " + " ".join(
            f"{player}-detail-{i}" for i in range(50)) + f" ({player} ends here)."
        for player, name, place in (("ana", "Mira", "the Saltglass lighthouse"),
                                    ("ben", "Tor", "old Oriel's boathouse"),
                                    ("cy", "Vell", "the Ashen Guild's weigh-house"))
    }
    try:
        campaign = await store.campaigns.create(
            title="Ember Coast", premise=card.data.scenario, now=0.0,
            settings={"lorebook": book.model_dump(mode="json"),
                      "guards": {"repetition": False}})
        scene = await store.scenes.create(campaign_id=campaign.id, now=0.0)
        for player in actions:
            character = await store.characters.create(
                campaign_id=campaign.id, player_id=player, player_name=player, name=player,
                now=0.0)
            await store.seats.add(scene_id=scene.id, player_id=player, player_name=player,
                                  character_id=character.id, now=0.0)
        for player, text in actions.items():
            await PacingService(service).submit(
                scene, player_id=player, player_name=player, text=text)
        await service.narrate(scene, CollectingSink())
    finally:
        await service.aclose()
        await backend.aclose()
        await store.close()
    final = fake_openai.narration_requests()[-1]["messages"][-1]["content"]
    for text in actions.values():
        assert text in final
