"""A scene's opening: the narrator card's greeting, stored as the scene's first post."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.cards.shelf import CardShelf
from bot.engine.macros import expand, party_name
from bot.models import Campaign, Post, Scene
from bot.services.persona import narrator_card_async
from bot.store import SceneAlreadyOpened, Store


@dataclass(frozen=True)
class SceneOpenings:
    store: Store
    cards_dir: CardShelf | Path
    clock: Callable[[], float]

    async def text(self, campaign: Campaign, players: Sequence[str]) -> str:
        """The card's greeting for this party (a group greeting for several players),
        else its first message, else the campaign's premise."""
        card = await narrator_card_async(self.cards_dir, campaign.narrator_card)
        data = card.data
        greetings = data.group_only_greetings if len(players) > 1 else []
        text = (greetings[0] if greetings else "") or data.first_mes or campaign.premise
        # Seeded by the campaign: the same opening every time it is asked for.
        rng = random.Random(f"{campaign.id}:opening")
        return expand(text, char=data.nickname or data.name, user=party_name(players), rng=rng)

    async def post(self, scene: Scene, text: str) -> Post:
        """Store the scene's opening; raises SceneAlreadyOpened when it has one."""
        campaign = await self.store.campaigns.get(scene.campaign_id)
        card = await narrator_card_async(self.cards_dir, campaign.narrator_card)
        return await self.store.canon.store_opening(
            scene_id=scene.id, content=text, now=self.clock(), author_name=card.data.name,
        )

    async def open_if_unopened(self, scene: Scene) -> Post | None:
        """A scene set up without its opening (the process died first) gets it now; the
        new opening, or None when it has one or its story has begun without one."""
        if scene.round_no > 1 or await self.store.canon.opening(scene.id) is not None:
            return None
        campaign = await self.store.campaigns.get(scene.campaign_id)
        seated = await self.store.seats.of_scene(scene.id)
        text = await self.text(campaign, [p.character_name for p in seated])
        try:
            return await self.post(scene, text)
        except SceneAlreadyOpened:  # another process opened it meanwhile
            return None
