"""SQL of long-term memory: summaries, world state, recall search, snapshots, privacy.

A mixin of `Store`: it uses the store's connection, `_one`/`_all` reads and
`transaction()` writes.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.engine.memory.retrieval import (
    PhraseMatches,
    RecallQuery,
    fts_query,
    pick_candidates,
    rank_candidates,
)
from bot.engine.memory.summaries import CHAPTER, CHRONICLE, Summary
from bot.models import Character, Post

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    import aiosqlite

_RECALL_KINDS = ("action", "narration", "gm_narration", "opening")
REDACTED = "[removed at the player's request]"
_FTS_TABLES = ("post_fts", "summary_fts")
# Recall reads at most RECALL_CAP + 1 newest matches per phrase and ranks at most
# RECALL_BUDGET candidate rows: ~1 µs per match read, a few µs per row ranked.
RECALL_CAP = 64
RECALL_BUDGET = 96


@dataclass(frozen=True)
class RecallHit:
    post: Post
    score: float  # higher is better


@dataclass(frozen=True)
class SummaryHit:
    summary: Summary
    score: float


@dataclass(frozen=True)
class Redaction:
    posts: int
    characters: list[Character]
    campaign_ids: list[int]


def _summary(row: dict[str, Any]) -> Summary:
    return Summary(
        id=row["id"], campaign_id=row["campaign_id"], scene_id=row["scene_id"],
        level=row["level"], first_seq=row["first_seq"], last_seq=row["last_seq"],
        content=row["content"], stale=bool(row["stale"]), in_chronicle=bool(row["in_chronicle"]),
    )


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


class MemoryStore:
    if TYPE_CHECKING:
        db: aiosqlite.Connection
        _write_lock: asyncio.Lock

        def transaction(self) -> AbstractAsyncContextManager[aiosqlite.Connection]: ...

        async def _one(
            self, sql: str, params: Sequence[Any] = ()
        ) -> dict[str, Any] | None: ...

        async def _all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...

    # -- summaries ---------------------------------------------------------------

    async def add_chapter(
        self, *, campaign_id: int, scene_id: int, first_seq: int, last_seq: int, content: str,
        now: float,
    ) -> Summary:
        async with self.transaction() as db:
            cur = await db.execute(
                "INSERT INTO memory_summaries (campaign_id, scene_id, level, first_seq, last_seq,"
                " content, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (campaign_id, scene_id, CHAPTER, first_seq, last_seq, content, now, now),
            )
            summary_id = cur.lastrowid
        row = await self._one("SELECT * FROM memory_summaries WHERE id = ?", (summary_id,))
        assert row is not None
        return _summary(row)

    async def summaries(self, campaign_id: int, *, include_stale: bool = False) -> list[Summary]:
        """The campaign's chronicle and chapters, chapters in story order."""
        sql = "SELECT * FROM memory_summaries WHERE campaign_id = ?"
        if not include_stale:
            sql += " AND stale = 0"
        rows = await self._all(
            sql + " ORDER BY level = 'chapter', scene_id, first_seq, id", (campaign_id,)
        )
        return [_summary(r) for r in rows]

    async def stale_summaries(self, campaign_id: int) -> list[Summary]:
        """The campaign's summaries waiting to be recomputed (few: read after every turn)."""
        rows = await self._all(
            "SELECT * FROM memory_summaries WHERE campaign_id = ? AND stale = 1"
            " ORDER BY level = 'chapter', scene_id, first_seq, id",
            (campaign_id,),
        )
        return [_summary(r) for r in rows]

    async def unrolled_summaries(self, campaign_id: int) -> list[Summary]:
        """The chronicle and the chapters not rolled into it yet (what the prompt's memory
        section is made of): bounded by the roll-up, however long the campaign."""
        rows = await self._all(
            "SELECT * FROM memory_summaries WHERE campaign_id = ? AND stale = 0"
            " AND (level = 'chronicle' OR in_chronicle = 0)"
            " ORDER BY level = 'chapter', scene_id, first_seq, id",
            (campaign_id,),
        )
        return [_summary(r) for r in rows]

    async def summarized_through(self, scene_id: int) -> int:
        """The last seq any chapter of the scene covers (0: none yet)."""
        row = await self._one(
            "SELECT COALESCE(MAX(last_seq), 0) AS n FROM memory_summaries"
            " WHERE scene_id = ? AND level = 'chapter'",
            (scene_id,),
        )
        return int(row["n"]) if row else 0

    async def set_summary_content(self, summary_id: int, content: str, now: float) -> None:
        async with self.transaction() as db:
            await db.execute(
                "UPDATE memory_summaries SET content = ?, stale = 0, updated_at = ? WHERE id = ?",
                (content, now, summary_id),
            )

    async def delete_summary(self, summary_id: int) -> None:
        async with self.transaction() as db:
            await db.execute("DELETE FROM memory_summaries WHERE id = ?", (summary_id,))

    async def set_chronicle(
        self, campaign_id: int, content: str, rolled_chapter_ids: Sequence[int], now: float
    ) -> None:
        """Store the campaign's chronicle and mark the chapters it now holds, atomically."""
        async with self.transaction() as db:
            await db.execute(
                "INSERT INTO memory_summaries (campaign_id, level, content, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (campaign_id) WHERE level = 'chronicle'"
                " DO UPDATE SET content = excluded.content, stale = 0,"
                " updated_at = excluded.updated_at",
                (campaign_id, CHRONICLE, content, now, now),
            )
            if rolled_chapter_ids:
                ids = list(rolled_chapter_ids)
                await db.execute(
                    f"UPDATE memory_summaries SET in_chronicle = 1 WHERE id IN ({_marks(ids)})",
                    ids,
                )

    async def story_posts_between(self, scene_id: int, first_seq: int, last_seq: int) -> list[Post]:
        """Live story posts of a scene in a seq range (what a chapter covers)."""
        rows = await self._all(
            f"SELECT * FROM posts WHERE scene_id = ? AND seq BETWEEN ? AND ? AND deleted = 0"
            f" AND kind IN ({_marks(_RECALL_KINDS)}) ORDER BY seq",
            (scene_id, first_seq, last_seq, *_RECALL_KINDS),
        )
        return [Post(**r) for r in rows]

    # -- snapshots of the prompt's memory section --------------------------------

    async def memory_snapshot(self, scene_id: int) -> tuple[int, str] | None:
        row = await self._one(
            "SELECT window_start, content FROM memory_snapshots WHERE scene_id = ?", (scene_id,)
        )
        return (int(row["window_start"]), str(row["content"])) if row else None

    async def save_memory_snapshot(
        self, scene_id: int, window_start: int, content: str, now: float
    ) -> None:
        async with self.transaction() as db:
            await db.execute(
                "INSERT INTO memory_snapshots (scene_id, window_start, content, created_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (scene_id) DO UPDATE SET"
                " window_start = excluded.window_start, content = excluded.content,"
                " created_at = excluded.created_at",
                (scene_id, window_start, content, now),
            )

    async def clear_memory_snapshots(self, campaign_id: int) -> None:
        async with self.transaction() as db:
            await db.execute(
                "DELETE FROM memory_snapshots"
                " WHERE scene_id IN (SELECT id FROM scenes WHERE campaign_id = ?)",
                (campaign_id,),
            )

    # -- recall ----------------------------------------------------------------------

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
        rows = await self.db.execute_fetchall(" UNION ALL ".join(parts), params)
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
    ) -> list[list[tuple[dict[str, Any], float]]]:
        """For each query, the best `limit` rows of `source`, reading at most `budget`
        candidates per query; three statements whatever the number of queries."""
        matches, total = await self._phrase_lookup(table, campaign_id, queries, RECALL_CAP)
        picks = [pick_candidates(q, matches, budget) if matches else [] for q in queries]
        ids = list(dict.fromkeys(i for pick in picks for i in pick))
        if not ids:
            return [[] for _ in queries]
        texts = {int(i): str(t) for i, t in await self.db.execute_fetchall(
            f"SELECT id, content FROM {source} WHERE id IN (SELECT value FROM json_each(?))"
            + extra,
            (json.dumps(ids), *extra_params),
        )}
        rankings = [
            rank_candidates(q, [(i, texts[i]) for i in pick if i in texts], matches,
                            total)[:limit]
            for q, pick in zip(queries, picks, strict=True)
        ]
        best = list(dict.fromkeys(i for ranked in rankings for i, _ in ranked))
        rows = {int(r["id"]): r for r in await self._all(
            f"SELECT * FROM {source} WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(best),),
        )}
        return [[(rows[i], score) for i, score in ranked if i in rows] for ranked in rankings]

    async def recall_posts(
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

    async def recall_summaries(
        self, campaign_id: int, queries: Sequence[RecallQuery], *, limit: int = 4,
        budget: int = RECALL_BUDGET,
    ) -> list[list[SummaryHit]]:
        """Summaries for each query, best first (stale ones left out)."""
        found = await self._ranked(
            "summary_fts", "memory_summaries", campaign_id, queries, limit, budget,
            " AND stale = 0",
        )
        return [[SummaryHit(_summary(row), score) for row, score in hits] for hits in found]

    # -- world state -------------------------------------------------------------------

    async def world_state(self, campaign_id: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """(state, GM edits) as stored; empty when nothing was recorded yet."""
        row = await self._one(
            "SELECT state, gm_edits FROM world_states WHERE campaign_id = ?", (campaign_id,)
        )
        if row is None:
            return {}, []
        return json.loads(row["state"]), json.loads(row["gm_edits"])

    async def save_world_state(
        self, campaign_id: int, state: dict[str, Any], now: float,
        gm_edits: list[dict[str, Any]] | None = None,
    ) -> None:
        """Replace the state (and the GM edits, when given) in one write."""
        async with self.transaction() as db:
            await db.execute(
                "INSERT INTO world_states (campaign_id, state, gm_edits, updated_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (campaign_id) DO UPDATE SET"
                " state = excluded.state, updated_at = excluded.updated_at"
                + (", gm_edits = excluded.gm_edits" if gm_edits is not None else ""),
                (campaign_id, json.dumps(state, ensure_ascii=False),
                 json.dumps(gm_edits or []), now),
            )

    # -- privacy ---------------------------------------------------------------------

    async def player_posts(self, campaign_ids: Sequence[int], player_id: str) -> list[Post]:
        """Every post the player wrote in these campaigns, deleted ones included."""
        if not campaign_ids:
            return []
        ids = list(campaign_ids)
        rows = await self._all(
            f"SELECT p.* FROM posts p JOIN scenes s ON s.id = p.scene_id"
            f" WHERE s.campaign_id IN ({_marks(ids)}) AND p.author_id = ?"
            f" ORDER BY s.campaign_id, p.scene_id, p.seq",
            (*ids, player_id),
        )
        return [Post(**r) for r in rows]

    async def player_characters(
        self, campaign_ids: Sequence[int], player_id: str
    ) -> list[Character]:
        if not campaign_ids:
            return []
        ids = list(campaign_ids)
        rows = await self._all(
            f"SELECT * FROM characters WHERE campaign_id IN ({_marks(ids)}) AND player_id = ?"
            f" ORDER BY id",
            (*ids, player_id),
        )
        return [Character(**r) for r in rows]

    async def redact_player(
        self, campaign_ids: Sequence[int], player_id: str, now: float,
        *, narrator_replacements: dict[str, str] | None = None,
    ) -> Redaction:
        """Erase a player's texts and characters, keeping rows so sequence numbers hold.

        Posts keep their place (seq, round) with the text replaced and marked
        deleted; the FTS rows go with them (triggers) and the index is optimised
        so no trace of the old text stays in its segments. `narrator_replacements`
        (character name → stand-in) rewrites the name in the narrator's posts.
        """
        characters = await self.player_characters(campaign_ids, player_id)
        ids = list(campaign_ids)
        if not ids:
            return Redaction(0, [], [])
        in_campaigns = f"scene_id IN (SELECT id FROM scenes WHERE campaign_id IN ({_marks(ids)}))"
        # Freed space is zeroed and the WAL emptied afterwards: no copy of the text
        # stays in the file.
        await self.db.execute_fetchall("PRAGMA secure_delete = ON")
        async with self.transaction() as db:
            cur = await db.execute(
                f"UPDATE posts SET content = ?, author_id = 'forgotten', author_name = ?,"
                f" meta = '{{}}', deleted = 1, edited_at = ?"
                f" WHERE author_id = ? AND {in_campaigns}",
                (REDACTED, "[removed]", now, player_id, *ids),
            )
            redacted = cur.rowcount
            for old, new in (narrator_replacements or {}).items():
                pattern = re.compile(rf"\b{re.escape(old)}\b")
                rows = await db.execute_fetchall(
                    f"SELECT id, content FROM posts WHERE author_id = 'narrator'"
                    f" AND instr(content, ?) > 0 AND {in_campaigns}",
                    (old, *ids),
                )
                for post_id, content in rows:
                    await db.execute(
                        "UPDATE posts SET content = ?, edited_at = ? WHERE id = ?",
                        (pattern.sub(new, content), now, post_id),
                    )
            # Narrations keep the recalled context they were given (meta.context), which
            # may quote the player: drop it in these campaigns.
            await db.execute(
                f"UPDATE posts SET meta = json_remove(meta, '$.context')"
                f" WHERE json_extract(meta, '$.context') IS NOT NULL AND {in_campaigns}",
                ids,
            )
            await db.execute(
                f"UPDATE characters SET name = '[removed]', player_id = 'forgotten',"
                f" player_name = '[removed]', look = '',"
                f" traits = '', notes = '', status = 'forgotten'"
                f" WHERE player_id = ? AND campaign_id IN ({_marks(ids)})",
                (player_id, *ids),
            )
            await db.execute(
                f"UPDATE participants SET player_name = '[removed]', status = 'left'"
                f" WHERE player_id = ? AND {in_campaigns}",
                (player_id, *ids),
            )
            await db.execute("INSERT INTO post_fts (post_fts) VALUES ('optimize')")
            await db.execute("INSERT INTO summary_fts (summary_fts) VALUES ('optimize')")
        await self._empty_wal()
        return Redaction(redacted, characters, ids)

    async def _empty_wal(self, tries: int = 50) -> None:
        """Fold the WAL into the file and truncate it, so erased text leaves no old copy.

        A reader elsewhere (the background checkpointer, memory upkeep) can make a
        TRUNCATE checkpoint stop short (busy = 1); try again until it completes.
        """
        for _ in range(tries):
            async with self._write_lock:
                rows = await self.db.execute_fetchall("PRAGMA wal_checkpoint(TRUNCATE)")
            busy = next(iter(rows))[0] if rows else 0
            if not busy:
                return
            await asyncio.sleep(0.05)
        log.warning("the WAL could not be emptied after erasing a player's text")

    async def import_posts(
        self, scene_id: int, posts: Sequence[tuple[str, str, str, str, int]], now: float
    ) -> None:
        """Append (kind, author_id, author_name, content, round_no) posts in one transaction
        (imports and benchmarks; the index triggers fire as for any post)."""
        row = await self._one(
            "SELECT COALESCE(MAX(seq), 0) AS n FROM posts WHERE scene_id = ?", (scene_id,)
        )
        first = int(row["n"]) + 1 if row else 1
        async with self.transaction() as db:
            await db.executemany(
                "INSERT INTO posts (scene_id, seq, kind, author_id, author_name, content,"
                " round_no, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(scene_id, first + i, kind, author_id, author_name, content, round_no, now)
                 for i, (kind, author_id, author_name, content, round_no) in enumerate(posts)],
            )
