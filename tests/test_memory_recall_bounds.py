"""Recall reads a bounded number of rows however common the words, and still finds the rare
fact; it never crosses campaigns and never returns what the prompt already holds."""

from __future__ import annotations

from pathlib import Path

from bot.engine.memory.retrieval import (
    PhraseMatches,
    RecallQuery,
    pick_candidates,
    rank_candidates,
    recall_query,
)
from bot.store import Store
from bot.store.recall import RECALL_BUDGET, RECALL_CAP

FACT = "Mira hides the jade compass under the altar of the drowned chapel."
ASK = "Tor looks for the jade compass in the drowned chapel."


def common(n: int) -> str:
    return f"Day {n}: the tide floods the drowned chapel again, and the chapel bell rings."


async def test_a_rare_pair_is_found_among_thousands_of_common_matches(db_path: Path) -> None:
    store = await Store.open(db_path)
    try:
        campaign = await store.campaigns.create(title="Coast", now=0.0)
        other = await store.campaigns.create(title="Elsewhere", now=0.0)
        scene = await store.scenes.create(campaign_id=campaign.id, now=0.0)
        elsewhere = await store.scenes.create(campaign_id=other.id, now=0.0)
        posts = [("action", "ana", "Ana", common(n), n) for n in range(1500)]
        posts.insert(3, ("action", "ana", "Ana", FACT, 3))
        await store.posts.import_many(scene.id, posts, now=0.0)
        await store.posts.import_many(elsewhere.id, [("action", "x", "X", FACT, 1)], now=0.0)
        await store.posts.import_many(scene.id, [("action", "ben", "Ben", ASK, 1501)], now=0.0)

        query = recall_query(ASK)
        assert query is not None and "jade compass" in query.seeds
        seen = await store.recall.phrase_matches("post_fts", campaign.id, [query])
        [hits] = await store.recall.posts(campaign.id, [query], limit=5,
                                          exclude_scene=scene.id, exclude_from_seq=1502)
    finally:
        await store.close()

    assert all(m.seen <= RECALL_CAP + 1 for m in seen.values())
    assert not seen["drowned chapel"].complete  # >1,500 matches: only the newest were read
    assert seen["jade compass"].complete and len(seen["jade compass"].rowids) == 2
    assert hits[0].post.content == FACT and hits[0].post.scene_id == scene.id
    assert ASK not in [h.post.content for h in hits]  # in the prompt already
    assert all(h.post.scene_id == scene.id for h in hits)


async def test_a_rounds_searches_share_one_lookup_and_keep_their_own_results(
    db_path: Path,
) -> None:
    other_fact = "Bo buried the silver lantern behind the mill wheel."
    other_ask = "Bo digs for the silver lantern by the mill wheel."
    store = await Store.open(db_path)
    try:
        campaign = await store.campaigns.create(title="Coast", now=0.0)
        scene = await store.scenes.create(campaign_id=campaign.id, now=0.0)
        posts = [("action", "ana", "Ana", common(n), n) for n in range(300)]
        posts[10] = ("action", "ana", "Ana", FACT, 10)
        posts[20] = ("action", "bo", "Bo", other_fact, 20)
        await store.posts.import_many(scene.id, posts, now=0.0)
        queries = [q for q in (recall_query(ASK), recall_query(other_ask)) if q is not None]
        together = await store.recall.posts(campaign.id, queries, limit=3)
        alone = [(await store.recall.posts(campaign.id, [q], limit=3))[0] for q in queries]
    finally:
        await store.close()

    assert len(queries) == len(together) == 2
    assert together[0][0].post.content == FACT
    assert together[1][0].post.content == other_fact
    assert [[h.post.id for h in hits] for hits in together] == [
        [h.post.id for h in hits] for hits in alone
    ]


def test_candidates_come_from_the_rarest_seeds_within_the_budget() -> None:
    query = RecallQuery("x", ("common pair", "rare pair"), ("common", "rare"))
    matches = {
        "common pair": PhraseMatches(tuple(range(1000, 1000 - RECALL_CAP, -1)),
                                     RECALL_CAP + 1, False),
        "rare pair": PhraseMatches((7, 3), 2, True),
        "common": PhraseMatches((), RECALL_CAP + 1, False),
        "rare": PhraseMatches((), 2, False),
    }
    picked = pick_candidates(query, matches, 10)
    assert picked == [7, 3, *range(1000, 992, -1)]  # the rare seed's rows, then the newest
    assert len(pick_candidates(query, matches, RECALL_BUDGET)) == min(RECALL_BUDGET,
                                                                      RECALL_CAP + 2)

    ranked = rank_candidates(query, [(3, "a rare pair"), (999, "a common pair"),
                                     (1000, "nothing here")], matches, total=10_000)
    assert [rowid for rowid, _ in ranked] == [3, 999, 1000]
    assert ranked[0][1] > ranked[1][1] > ranked[2][1] == 0.0
