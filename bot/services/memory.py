"""Long-term memory, the shell: summaries, world state, recall, recaps and privacy.

`MemoryService` is assembled from one module per job: `memory_chapters` (chapter
summaries, the chronicle, the memory section), `memory_world`, `memory_recaps`,
`memory_privacy`, on `memory_core`; recall and the turn's hooks are here.

Nothing here delays a turn. After each narration the observer only schedules
background tasks (world-state extraction; chapter summaries of posts that left
the window, chronicle roll-up, recomputing stale summaries); `aclose()` cancels
them at shutdown. The contributor reads what those tasks stored:

- `memory` (system message): the chronicle and chapter summaries, frozen per
  window start in a snapshot, so it changes only when the window folds (or a
  retcon invalidates a summary);
- `this_turn` (after the round, never kept in the history): old posts and summaries
  recalled by a bounded FTS5 search for this round, and the world-state entries it touches.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from bot.engine.memory.render import relevant_entries
from bot.engine.memory.retrieval import budget_found, fuse, recall_query
from bot.models import Post, PostKind, Scene
from bot.services.action_recall import ActionRecall, action_recall, found_post, fused_lists
from bot.services.memory_core import MemoryBudgets, story_lines
from bot.services.memory_privacy import PlayerPrivacy
from bot.services.memory_recaps import Recaps
from bot.services.turns import Contribution, TurnContext

__all__ = ["MemoryBudgets", "MemoryContributor", "MemoryObserver", "MemoryService"]


class MemoryService(PlayerPrivacy, Recaps):
    """Long-term memory for every campaign: one per bot, built in `wiring.py`."""

    def after_narration(self, ctx: TurnContext, post: Post) -> None:
        """Schedule extraction and summary upkeep; returns at once."""
        lines = story_lines([*ctx.round_posts, post], ctx.names)
        characters = [ctx.names[p.player_id] for p in ctx.participants]
        campaign_id = ctx.campaign.id
        # Extraction after the turn, so its reads never queue ahead of the turn's own
        # statements; the generation taken now keeps a retcon or /forget meanwhile from
        # being asked about.
        self.spawn_after_turn(
            self.extract_world(campaign_id, lines, characters,
                               generation=self._generation.get(campaign_id, 0)),
            f"extract:{campaign_id}")
        self.schedule_indexing()
        self.schedule_upkeep(ctx.scene.id)
        self.schedule_ledger(campaign_id)

    def schedule_indexing(self) -> None:
        """Bring the entity index up to the newest post, one task at a time."""
        if self._indexing is None or self._indexing.done():
            self._indexing = self.spawn_after_turn(self._index(), "index-memory")

    async def _index(self) -> None:
        await self.store.entities.index_all()
        if self.semantic is not None:
            await self.semantic.index()

    def schedule_upkeep(self, scene_id: int) -> None:
        """Summarise what left the window and recompute stale summaries, one task per scene."""
        running = self._upkeep.get(scene_id)
        if running is not None and not running.done():
            return
        task = self.spawn(self.upkeep(scene_id), f"upkeep:{scene_id}")
        if task is not None:
            self._upkeep[scene_id] = task

    async def upkeep(self, scene_id: int) -> None:
        scene = await self.store.scenes.get(scene_id)
        await self.summarize_left_posts(scene)
        await self.refresh_stale(scene.campaign_id)
        await self.roll_chronicle(scene.campaign_id)

    # -- chapter summaries and the chronicle ----------------------------------------

    # -- recall ----------------------------------------------------------------------------

    def action_stored(self, scene: Scene, post: Post) -> None:
        """Start the action's recall now, in the background: its narration takes it."""
        if post.kind != PostKind.ACTION or self.closed:
            return
        task = self.spawn(self._prefetch(scene, post), f"recall:{post.id}")
        if task is not None:
            self._prefetch_cache.keep(post, task)

    async def _prefetch(self, scene: Scene, post: Post) -> ActionRecall:
        names = await self._names(scene.id)
        return await action_recall(self.store, scene.campaign_id, post, names,
                                   scene.runtime.window_start, self.semantic)

    async def recalled(
        self, ctx: TurnContext, memory: str, threads: Sequence[str] = (), ledger: str = ""
    ) -> str:
        """Old posts and summaries relevant to this round, within the recall budget: what
        each action's words, entities and meaning lead to (started when it was stored),
        and the open threads' words; each line says its round. What `memory` and
        `ledger` (the system message's) show is not recalled again."""
        window_start = ctx.scene.runtime.window_start

        async def of(post: Post) -> ActionRecall:
            ready = await self._prefetch_cache.take(post, window_start)
            if ready is not None:
                return ready
            return await action_recall(self.store, ctx.campaign.id, post, ctx.names,
                                       window_start, self.semantic)

        action_posts = [p for p in ctx.round_posts if p.kind == PostKind.ACTION]
        results = list(await asyncio.gather(*(of(p) for p in action_posts)))
        lists, weights = fused_lists(results)
        # The open threads (or, when nobody acted, the last narration) are searched too.
        context = list(threads[:2]) if action_posts else [p.content for p in ctx.history[-1:]]
        queries = [q for q in (recall_query(t) for t in context) if q is not None]
        if queries:
            hits = await self.store.recall.posts(
                ctx.campaign.id, queries, limit=24, exclude_scene=ctx.scene.id,
                exclude_from_seq=window_start)
            lists += [[found_post(h.post, ctx.names) for h in found] for found in hits]
        summaries = [f for r in results for f in r.summaries if f.text not in memory]
        # A post the ledger of details already shows whole is not repeated.
        fused = [f for f in fuse(*lists, summaries, weights=weights)
                 if not ledger or " ".join(f.text.split()) not in ledger]
        return budget_found(fused, self.budgets.recall, self.count, per_item=80)

    async def contribute(self, ctx: TurnContext) -> Contribution:
        memory, state = await asyncio.gather(
            self._memory_section(ctx.scene), self.world(ctx.campaign.id, ctx.reads)
        )
        contribution = Contribution(memory=[memory] if memory else [])
        ledger = self.ledger.section(ctx.scene)  # computed after earlier narrations
        if ledger:
            contribution.ledger.append(ledger)
        threads = [f"{t.name} {t.notes}" for t in state.threads if t.status == "open"][:4]
        recalled = await self.recalled(ctx, memory, threads, ledger)
        if recalled:
            contribution.this_turn.append(recalled)
        texts = [p.content for p in ctx.round_posts] + [p.content for p in ctx.history[-3:]][::-1]
        entries = relevant_entries(
            state, texts, [ctx.names[p.player_id] for p in ctx.participants],
            self.budgets.world, self.count,
        )
        if entries:
            contribution.this_turn.append(entries)
        return contribution


class MemoryContributor:
    """Plugs memory into the prompt."""

    def __init__(self, memory: MemoryService) -> None:
        self.memory = memory

    async def contribute(self, ctx: TurnContext) -> Contribution:
        return await self.memory.contribute(ctx)


class MemoryObserver:
    """Hears each stored narration and schedules memory upkeep in the background."""

    def __init__(self, memory: MemoryService) -> None:
        self.memory = memory

    async def narrated(self, ctx: TurnContext, post: Post) -> None:
        self.memory.after_narration(ctx, post)

    def action_stored(self, scene: Scene, post: Post) -> None:
        self.memory.action_stored(scene, post)

    async def aclose(self) -> None:
        await self.memory.aclose()
