"""SQL of recall: the story posts and summaries that answer a round's questions, found
through the full-text indexes with a bounded amount of work whatever the campaign's size."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from bot.engine.memory.retrieval import (
    PhraseMatches,
    RecallQuery,
    fts_query,
    pick_candidates,
    rank_candidates,
)
from bot.models import Post
from bot.store.database import Repository, Row, decoded
from bot.store.memory import summary
from bot.store.rows import RecallHit, SummaryHit

_FTS_TABLES = ("post_fts", "summary_fts")
# Recall reads at most RECALL_CAP + 1 newest matches per phrase and ranks at most
# RECALL_BUDGET candidate rows: ~1 µs per match read, a few µs per row ranked.
RECALL_CAP = 64
RECALL_BUDGET = 96


class RecallRepo(Repository):
    async def phrase_matches(
        self, table: str, campaign_id: int, queries: Sequence[RecallQuery], *,
        cap: int = RECALL_CAP,
    ) -> dict[str, PhraseMatches]:
        """What `table` ("post_fts" or "summary_fts") holds of the queries' phrases, in one
        statement that reads at most `cap + 1` matches of each, however common it is: the
        newest rows of each seed, and only a count of each other word."""
        return (await self._phrase_lookup(table, campaign_id, queries, cap))[0]

    async def _phrase_lookup(
        self, table: str, campaign_id: int, queries: Sequence[RecallQuery], cap: int
    ) -> tuple[dict[str, PhraseMatches], int]:
        """(phrase matches, about how many rows `table` holds), in one statement."""
        if table not in _FTS_TABLES:
            raise ValueError(f"not a recall index: {table}")
        # A round's queries share their phrases: each is looked up once, as a seed when
        # any query seeds with it.
        seeds = {seed for query in queries for seed in query.seeds}
        phrases = list(dict.fromkeys(p for q in queries for p in q.phrases if p.strip()))
        if not phrases:
            return {}, 0
        # The row count (for inverse frequencies): the largest id of the per-row size table.
        parts = [f"SELECT -1, COALESCE(MAX(id), 0), NULL FROM {table}_docsize"]
        params: list[Any] = []
        for n, phrase in enumerate(phrases):
            if phrase in seeds:
                parts.append(
                    f"SELECT {n}, rowid, campaign_id FROM (SELECT rowid, campaign_id FROM {table}"
                    f" WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?)"
                )
            else:
                parts.append(
                    f"SELECT {n}, count(*), NULL FROM (SELECT 1 FROM {table}"
                    f" WHERE {table} MATCH ? LIMIT ?)"
                )
            params += [fts_query([phrase]), cap + 1]
        rows = await self.db.raw(" UNION ALL ".join(parts), params)
        total = 0
        seen = [0] * len(phrases)
        mine: list[list[int]] = [[] for _ in phrases]
        for n, value, row_campaign in rows:
            if n < 0:
                total = int(value)
            elif phrases[n] not in seeds:
                seen[n] = int(value)
            else:
                seen[n] += 1
                if row_campaign == campaign_id:
                    mine[n].append(int(value))
        matches = {
            phrase: PhraseMatches(tuple(mine[n]), seen[n], phrase in seeds and seen[n] <= cap)
            for n, phrase in enumerate(phrases)
        }
        return matches, total

    async def _ranked(
        self, table: str, source: str, campaign_id: int, queries: Sequence[RecallQuery],
        limit: int, budget: int, extra: str = "", extra_params: Sequence[Any] = (),
    ) -> list[list[tuple[Row, float]]]:
        """For each query, the best `limit` rows of `source`, reading at most `budget`
        candidates per query; three statements whatever the number of queries."""
        matches, total = await self._phrase_lookup(table, campaign_id, queries, RECALL_CAP)
        picks = [pick_candidates(q, matches, budget) if matches else [] for q in queries]
        ids = list(dict.fromkeys(i for pick in picks for i in pick))
        if not ids:
            return [[] for _ in queries]
        # Whole rows at once (one round trip); only the best are decoded.
        found = {int(r["id"]): r for r in await self.db.raw(
            f"SELECT * FROM {source} WHERE id IN (SELECT value FROM json_each(?))" + extra,
            (json.dumps(ids), *extra_params),
        )}
        rankings = [
            rank_candidates(q, [(i, found[i]["content"]) for i in pick if i in found],
                            matches, total)[:limit]
            for q, pick in zip(queries, picks, strict=True)
        ]
        rows = {i: decoded(found[i]) for ranked in rankings for i, _ in ranked}
        return [[(rows[i], score) for i, score in ranked] for ranked in rankings]

    async def posts(
        self, campaign_id: int, queries: Sequence[RecallQuery], *, limit: int = 8,
        exclude_scene: int | None = None, exclude_from_seq: int = 0,
        budget: int = RECALL_BUDGET,
    ) -> list[list[RecallHit]]:
        """Story posts for each query, best first, leaving out `exclude_scene`'s posts from
        `exclude_from_seq` on (they are in the prompt already). At most `budget` candidate
        rows per query are read and ranked, whatever the campaign's size."""
        found = await self._ranked(
            "post_fts", "posts", campaign_id, queries, limit, budget,
            " AND deleted = 0 AND NOT (scene_id IS ? AND seq >= ?)",
            (exclude_scene, exclude_from_seq),
        )
        return [[RecallHit(Post(**row), score) for row, score in hits] for hits in found]

    async def summaries(
        self, campaign_id: int, queries: Sequence[RecallQuery], *, limit: int = 4,
        budget: int = RECALL_BUDGET,
    ) -> list[list[SummaryHit]]:
        """Summaries for each query, best first (stale ones left out)."""
        found = await self._ranked(
            "summary_fts", "memory_summaries", campaign_id, queries, limit, budget,
            " AND stale = 0",
        )
        return [[SummaryHit(summary(row), score) for row, score in hits] for hits in found]
