"""GM steers: hidden directions stored as GM notes, used by the next narration only."""

from __future__ import annotations

from bot.models import Post
from bot.services.turns import Contribution, TurnContext
from bot.store import Store

STEER_PREFIX = "Direction from the game master (follow it, never quote or mention it):"


class SteerContributor:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def contribute(self, ctx: TurnContext) -> Contribution:
        steers = await self.store.posts.unused_steers(ctx.scene.id)
        contribution = Contribution()
        if steers:
            contribution.instructions.append(
                STEER_PREFIX + " " + " ".join(s.content for s in steers)
            )
        return contribution


class SteerObserver:
    """Once a narration is stored, the steers it followed are spent."""

    def __init__(self, store: Store) -> None:
        self.store = store

    async def narrated(self, ctx: TurnContext, post: Post) -> None:
        steers = await self.store.posts.unused_steers(ctx.scene.id)
        await self.store.posts.mark_steers_used([s.id for s in steers], post.id)
