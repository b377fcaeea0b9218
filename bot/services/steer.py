"""GM steers: hidden directions stored as GM notes, used by the next narration only."""

from __future__ import annotations

from bot.models import Post
from bot.services.turns import Contribution, TurnContext
from bot.store import Store

STEER_PREFIX = "Direction from the game master (follow it, never quote or mention it):"


async def steers_of_turn(store: Store, ctx: TurnContext) -> list[Post]:
    scene_id = ctx.scene.id
    return await ctx.reads.once(("steers", scene_id),
                                lambda: store.posts.unused_steers(scene_id))


class SteerContributor:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def contribute(self, ctx: TurnContext) -> Contribution:
        steers = await steers_of_turn(self.store, ctx)
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
        # The steers its prompt held (read once per turn): one a GM gave while the
        # narration was being written steers the next one instead.
        steers = await steers_of_turn(self.store, ctx)
        await self.store.posts.mark_steers_used([s.id for s in steers], post.id)
