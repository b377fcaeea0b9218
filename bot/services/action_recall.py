"""One action's recall, computed when the action is stored.

A round's recall is the fusion of each action's: what its words, its entities and
(with a model) its meaning lead to. Players write seconds apart, so each action's
share starts as soon as it is stored, in the background; when the round is
narrated only the last action's is still running, and the narration awaits it
instead of looking everything up at once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.engine.memory.entity_recall import asks
from bot.engine.memory.retrieval import Found, recall_query, rerank
from bot.models import NARRATOR_KINDS, Post
from bot.services.recall_entities import entity_found
from bot.store import Store

if TYPE_CHECKING:
    from bot.services.semantic import SemanticRecall

log = logging.getLogger(__name__)
PREFETCH_KEEP = 64  # actions whose recall is kept for their narration


@dataclass(frozen=True)
class ActionRecall:
    """Best-first lists for one action; `window_start`: the history window it excluded."""

    window_start: int
    asking: bool
    lexical: list[Found] = field(default_factory=list)
    summaries: list[Found] = field(default_factory=list)
    entity: list[Found] = field(default_factory=list)
    semantic: list[Found] = field(default_factory=list)


def speaker(post: Post, names: dict[str, str]) -> str:
    if post.kind in NARRATOR_KINDS:
        return post.author_name
    return names.get(post.author_id, post.author_name)


def found_post(post: Post, names: dict[str, str]) -> Found:
    return Found(f"post:{post.id}", post.content,
                 f"round {post.round_no}, {speaker(post, names)}",
                 post.scene_id * 1_000_000 + post.seq)


async def action_recall(
    store: Store, campaign_id: int, action: Post, names: dict[str, str], window_start: int,
    semantic: SemanticRecall | None = None,
) -> ActionRecall:
    """What the action's words, entities and meaning lead to, outside the history window
    (the action's scene from `window_start` on)."""
    scene_id = action.scene_id

    def found(post: Post) -> Found:
        return found_post(post, names)

    query = recall_query(action.content)
    queries = [query] if query is not None else []

    async def lexical() -> tuple[list[Found], list[Found]]:
        if not queries:
            return [], []
        posts, summaries = await asyncio.gather(
            store.recall.posts(campaign_id, queries, limit=24, exclude_scene=scene_id,
                               exclude_from_seq=window_start),
            store.recall.summaries(campaign_id, queries, limit=2),
        )
        return (rerank([found(h.post) for h in posts[0]], action.content),
                [Found(f"summary:{h.summary.id}", h.summary.content, "an earlier chapter",
                       (h.summary.scene_id or 0) * 1_000_000 + h.summary.first_seq)
                 for h in summaries[0] if h.summary.content])

    async def by_meaning() -> list[Found]:
        if semantic is None:
            return []
        nearest = (await semantic.search(campaign_id, [action.content]))[0]
        posts = {p.id: p for p in await store.posts.story_by_id(
            nearest, exclude_scene=scene_id, exclude_from_seq=window_start)}
        return [found(posts[i]) for i in nearest if i in posts]

    (words, summaries), entities, meaning = await asyncio.gather(
        lexical(),
        entity_found(store, campaign_id, [action], names, exclude_scene=scene_id,
                     exclude_from_seq=window_start, found=found),
        by_meaning(),
    )
    return ActionRecall(window_start, asks(action.content), words, summaries, entities[0],
                        meaning)


class Prefetch:
    """Each stored action's recall, started at once and kept for its narration."""

    def __init__(self) -> None:
        self._tasks: dict[int, tuple[str, asyncio.Task[ActionRecall]]] = {}

    def keep(self, post: Post, task: asyncio.Task[ActionRecall]) -> None:
        self._tasks[post.id] = (post.content, task)
        while len(self._tasks) > PREFETCH_KEEP:  # rounds never narrated: drop the oldest
            _, (_, old) = next(iter(self._tasks.items()))
            old.cancel()
            del self._tasks[next(iter(self._tasks))]

    async def take(self, post: Post, window_start: int) -> ActionRecall | None:
        """The action's prefetched recall, if it is still right for this narration: the
        same text, and at least the window it excluded (a window that moved on since
        leaves a few posts out of this round's recall, never duplicates history)."""
        entry = self._tasks.pop(post.id, None)
        if entry is None or entry[0] != post.content:
            return None
        try:
            result = await entry[1]
        except (asyncio.CancelledError, Exception) as exc:  # recompute; it was logged
            log.debug("prefetched recall unusable: post=%d error=%s", post.id, exc)
            return None
        return result if result.window_start <= window_start else None


def fused_lists(
    results: Sequence[ActionRecall], asking_weight: float = 3.0
) -> tuple[list[list[Found]], list[float]]:
    """Every action's lists in fusion order, and their weights (an asking action's
    entity list weighs more)."""
    lists: list[list[Found]] = [r.entity for r in results]
    weights = [asking_weight if r.asking else 1.0 for r in results]
    for r in results:
        lists += [r.lexical, r.semantic]
        weights += [1.0, 1.0]
    return lists, weights

