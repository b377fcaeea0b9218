"""Shared set-up for the memory tests: a scene on real SQLite, played through the real
SceneService and `openai` client against the loopback server, with replies routed by
what each request is (narration, chapter/chronicle summary, world-state extraction)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bot.llm.openai_compat import OpenAICompatBackend
from bot.models import PostKind, Scene
from bot.services.memory import (
    MemoryBudgets,
    MemoryContributor,
    MemoryObserver,
    MemoryService,
)
from bot.services.pacing import PacingService
from bot.services.scenes import SceneService
from bot.services.sinks import CollectingSink
from bot.store import Store
from tests.fakeopenai import FakeOpenAI

REPO = Path(__file__).resolve().parents[1]


def request_kind(body: dict[str, Any]) -> str:
    if "response_format" in body:
        return "extract"
    system = body["messages"][0]["content"]
    if system.startswith("You are the chronicler"):
        return "summary"
    if "recap" in system:
        return "recap"
    return "narration"


def user_text(body: dict[str, Any]) -> str:
    return str(body["messages"][-1]["content"])


_PLACES = ["harbour", "lighthouse", "fish market", "customs house", "chapel", "shipyard",
           "old wall", "tavern", "rope walk", "tide pools", "bell tower", "cannery"]
_WEATHER = ["rain", "fog", "sleet", "wind", "drizzle", "mist", "hail", "spray"]


def varied_narration(body: dict[str, Any]) -> str:
    """A different narration each time (the repetition guard rejects repeats)."""
    n = len(user_text(body)) + len(body["messages"])
    place, weather = _PLACES[n % len(_PLACES)], _WEATHER[(n // 3) % len(_WEATHER)]
    return (f"The {weather} thickens over the {place} as turn {n} begins. A stranger with "
            f"a {_WEATHER[n % 8]}-soaked hat nods toward the {_PLACES[(n * 7) % 12]}, then "
            "vanishes into the crowd. What do you do?")


@dataclass
class Router:
    """Replies per request kind; each is a function of the request body."""

    narration: Callable[[dict[str, Any]], str] = varied_narration
    summary: Callable[[dict[str, Any]], str] = lambda body: "Summary: " + user_text(body)[:1500]
    extract: Callable[[dict[str, Any]], str] = lambda body: "{}"
    recap: Callable[[dict[str, Any]], str] = lambda body: "Recap: " + user_text(body)[:3000]
    seen: list[str] = field(default_factory=list)

    def __call__(self, body: dict[str, Any]) -> str:
        kind = request_kind(body)
        self.seen.append(kind)
        reply: Callable[[dict[str, Any]], str] = getattr(self, kind)
        return reply(body)


def echo_extraction(body: dict[str, Any]) -> str:
    """A world-state report quoting the turn, so any text fed in shows up in the state."""
    turn = user_text(body).split("The latest turn:\n", 1)[-1]
    return json.dumps({"npcs": [{"name": "Old Tom", "notes": turn[-250:]}]})



@dataclass
class Table:
    store: Store
    backend: OpenAICompatBackend
    service: SceneService
    memory: MemoryService
    scene: Scene
    clock: list[float]

    async def round(self, actions: dict[str, str], *, kind: PostKind = PostKind.ACTION) -> None:
        """Every player acts, then the narrator answers."""
        scene = await self.store.scenes.get(self.scene.id)
        for player, text in actions.items():
            self.clock[0] += 1
            await PacingService(self.service).submit(
                scene, player_id=player, player_name=player.title(), text=text, kind=kind)
        self.clock[0] += 1
        await self.service.narrate(scene, CollectingSink())

    async def close(self) -> None:
        await self.service.aclose()
        await self.backend.aclose()
        await self.store.close()


PLAYERS = {"ana": "Mira", "ben": "Tor"}


async def seat_table(
    fake: FakeOpenAI, db_path: Path, *, history_budget: int = 300, **memory_options: Any
) -> Table:
    store = await Store.open(db_path)
    backend = OpenAICompatBackend(base_url=fake.base_url, api_key="sk-test", model="fake",
                                  timeout=30.0)
    # These tables test recall: no ledger of details, which would show a planted fact in
    # the system message, where recall leaves it out (tests/test_memory_ledger_play.py).
    memory_options.setdefault("budgets", MemoryBudgets(ledger=0))
    clock = [1000.0]
    memory = MemoryService(store, backend, cards_dir=REPO / "cards", clock=lambda: clock[0],
                           **memory_options)
    service = SceneService(
        store, backend, cards_dir=REPO / "cards", clock=lambda: clock[0],
        contributors=[MemoryContributor(memory)], observers=[MemoryObserver(memory)],
    )
    # The service grows the history into the context; a small one makes the window fold soon.
    service.budgets = replace(service.budgets, history=history_budget,
                              history_takes_unused_head=False)
    campaign = await store.campaigns.create(title="Ember Coast", now=clock[0], guild_id=42,
                                            premise="A storm-wracked harbour town.",
                                            # scripted replies look alike on purpose
                                            settings={"guards": {"repetition": False}})
    scene = await store.scenes.create(campaign_id=campaign.id, now=clock[0], channel_id=7)
    for player, name in PLAYERS.items():
        character = await store.characters.create(
            campaign_id=campaign.id, player_id=player, player_name=player.title(), name=name,
            now=clock[0],
        )
        await store.seats.add(scene_id=scene.id, player_id=player,
                              player_name=player.title(), character_id=character.id,
                              now=clock[0])
    return Table(store, backend, service, memory, scene, clock)


FILLER = [
    "I check the mooring ropes along the pier.",
    "I count the crates stacked by the warehouse door.",
    "I listen to the fishermen argue about the weather.",
    "I watch the gulls circle the harbour mouth.",
    "I buy a bowl of chowder from the stall.",
    "I mend a tear in my cloak by lantern light.",
]


def filler(round_no: int) -> dict[str, str]:
    return {p: FILLER[(round_no + i) % len(FILLER)] for i, p in enumerate(PLAYERS)}
