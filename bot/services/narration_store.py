"""Storing a finished narration as canon, and telling the observers about it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from bot.models import ROUND_CLOSING_KINDS, Post
from bot.services.turns import NarrationObserver, TurnContext
from bot.store import Store

log = logging.getLogger(__name__)


class NarrationRecorder:
    def __init__(
        self,
        store: Store,
        *,
        clock: Callable[[], float],
        observers: Sequence[NarrationObserver] = (),
    ) -> None:
        self.store = store
        self.clock = clock
        self.observers = list(observers)

    async def store_narration(
        self, ctx: TurnContext, text: str, meta: dict[str, Any], message_id: int | None
    ) -> Post:
        """Store `text` as the narration closing `ctx`'s round; raises RoundAlreadyNarrated
        when another process stored that round's narration first."""
        return await self.store.canon.store_narration(
            scene=ctx.scene, content=text, now=self.clock(), author_name=ctx.card.data.name,
            discord_message_id=message_id, meta=meta,
        )

    async def narration_of(self, scene_id: int, round_no: int) -> Post | None:
        """The narration that closed `round_no` (stored by whoever won it)."""
        posts = await self.store.posts.of_round(scene_id, round_no)
        return next((p for p in reversed(posts) if p.kind in ROUND_CLOSING_KINDS), None)

    async def observe(self, ctx: TurnContext, post: Post) -> None:
        for observer in self.observers:
            try:
                await observer.narrated(ctx, post)
            except Exception:  # an observer's failure never un-stores a narration
                log.exception("narration observer failed: %s", type(observer).__name__)
