"""The entity half of a round's recall: one lookup for every action of the round."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from bot.engine.memory.entity_recall import Candidate, EntityQuery, asks, entity_query, rank
from bot.engine.memory.retrieval import Found
from bot.models import Post
from bot.store import Store


async def entity_found(
    store: Store, campaign_id: int, actions: Sequence[Post], names: dict[str, str], *,
    exclude_scene: int, exclude_from_seq: int, found: Callable[[Post], Found], keep: int = 6,
) -> list[list[Found]]:
    """For each action, the posts its entities and characters lead to, best first."""
    queries = [entity_query(p.content, p.author_id, names) for p in actions]
    keys = [k for q in queries for k in q.keys]
    authors = list(dict.fromkeys(a for q in queries for a in q.authors))
    named, introduced = await asyncio.gather(
        store.entities.posts_naming(campaign_id, keys),
        store.entities.introductions(campaign_id, authors),
    )
    if not named and not introduced:
        return [[] for _ in queries]
    posts = {p.id: p for p in await store.posts.story_by_id(
        list({e.post_id for e in [*named, *introduced]}),
        exclude_scene=exclude_scene, exclude_from_seq=exclude_from_seq)}
    return [[found(posts[i]) for i in _ranked(query, named, introduced, posts)][:keep]
            for query in queries]


def weights(actions: Sequence[Post], asking: float = 3.0) -> list[float]:
    """The fusion weight of each action's entity list: an action that asks weighs more."""
    return [asking if asks(p.content) else 1.0 for p in actions]


def _ranked(query: EntityQuery, named: Sequence, introduced: Sequence,
            posts: dict[int, Post]) -> list[int]:
    rarity: dict[int, int] = {}
    for e in introduced:
        if e.author in query.authors and e.post_id in posts:
            rarity[e.post_id] = min(rarity.get(e.post_id, e.posts), e.posts)
    hits = {e.post_id for e in named if e.key in query.keys and e.post_id in posts}
    candidates = [Candidate(i, posts[i].content, i in hits, rarity.get(i, 0))
                  for i in hits | rarity.keys()]
    return rank(query, candidates)
