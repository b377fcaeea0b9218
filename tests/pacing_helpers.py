"""A real scene to play in tests: SQLite file, the real OpenAI client against the loopback
fake, the fully wired scene service, and a sink that records everything it was shown."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bot.config import Settings
from bot.llm.openai_compat import OpenAICompatBackend
from bot.models import PostKind, Scene
from bot.services.scenes import SceneService
from bot.services.wiring import Services, build_services
from bot.store import Store
from tests.fakeopenai import FakeOpenAI

REPO = Path(__file__).resolve().parents[1]


class Clock:
    """Time that moves only when a test says so."""

    def __init__(self, start: float = 1_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class RecordingSink:
    """Every text the channel would have shown, streamed or final."""

    shown: list[str] = field(default_factory=list)
    finished: list[str] = field(default_factory=list)
    aborted: int = 0

    async def update(self, text: str) -> None:
        self.shown.append(text)

    async def finish(self, text: str) -> int | None:
        self.finished.append(text)
        return None

    async def abort(self) -> None:
        self.aborted += 1


@dataclass
class Table:
    store: Store
    service: SceneService
    backend: OpenAICompatBackend
    clock: Clock
    scene: Scene
    players: dict[str, str]  # player id → character name
    services: Services  # the rest of the wiring `service` came from

    async def fresh_scene(self) -> Scene:
        self.scene = await self.store.scenes.get(self.scene.id)
        return self.scene

    async def act(self, player_id: str, text: str, kind: PostKind = PostKind.ACTION) -> bool:
        scene = await self.fresh_scene()
        outcome = await self.services.pacing.submit(
            scene, player_id=player_id, player_name=player_id, text=text, kind=kind
        )
        assert outcome.decision.refused is None, outcome.decision.refused
        return outcome.narrate


def settings() -> Settings:
    return Settings(_env_file=None, cards_dir=REPO / "cards")  # type: ignore[call-arg]


@asynccontextmanager
async def table(
    db_path: Path,
    fake: FakeOpenAI,
    characters: dict[str, str] | None = None,
    *,
    premise: str = "A harbour town on the Ember Coast, where the tide hides old crimes.",
    clock: Clock | None = None,
) -> AsyncIterator[Table]:
    characters = characters or {"ana": "Mira Vale", "bo": "Tobin Reed"}
    clock = clock or Clock()
    store = await Store.open(db_path)
    backend = OpenAICompatBackend(
        base_url=fake.base_url, api_key="test", model="fake", max_retries=0
    )
    services = build_services(store, backend, settings(), clock)
    service = services.scenes
    campaign = await store.campaigns.create(title="Ember Coast", premise=premise, now=clock())
    scene = await store.scenes.create(campaign_id=campaign.id, now=clock(), channel_id=77)
    for player_id, name in characters.items():
        character = await store.characters.create(
            campaign_id=campaign.id,
            player_id=player_id,
            player_name=player_id,
            name=name,
            now=clock(),
        )
        await store.seats.add(
            scene_id=scene.id,
            player_id=player_id,
            player_name=player_id,
            character_id=character.id,
            now=clock(),
        )
    try:
        yield Table(store, service, backend, clock, scene, dict(characters), services)
    finally:
        await backend.aclose()
        await store.close()
