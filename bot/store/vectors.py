"""SQL of semantic recall: posts waiting for a vector, and the vectors stored."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import aiosqlite

_STORY_KINDS = ("action", "narration", "gm_narration", "opening")


class VectorStore:
    if TYPE_CHECKING:
        db: aiosqlite.Connection
        _write_lock: asyncio.Lock

        def transaction(self) -> AbstractAsyncContextManager[aiosqlite.Connection]: ...

    async def posts_to_embed(
        self, model: str, batch: int = 512
    ) -> tuple[list[tuple[int, int, str]], int | None]:
        """((post id, campaign id, text) of story posts past the model's mark, the last post
        id read, None when none was): posts that get no vector (ooc, deleted) move the mark
        too."""
        mark = await self.db.execute_fetchall(
            "SELECT last_post_id FROM memory_index_marks WHERE name = ?", (f"vectors:{model}",))
        last = int(next(iter(mark))[0]) if mark else 0
        rows = await self.db.execute_fetchall(
            "SELECT p.id, s.campaign_id, p.content, p.kind, p.deleted FROM posts p"
            " JOIN scenes s ON s.id = p.scene_id WHERE p.id > ? ORDER BY p.id LIMIT ?",
            (last, batch))
        rows = list(rows)
        out = [(int(i), int(c), str(t)) for i, c, t, kind, deleted in rows
               if kind in _STORY_KINDS and not deleted]
        return out, int(rows[-1][0]) if rows else None

    async def save_vectors(
        self, model: str, vectors: Sequence[tuple[int, int, bytes]], through: int
    ) -> None:
        """Store (post id, campaign id, float32 bytes) and move the mark to `through`."""
        async with self.transaction() as db:
            await db.executemany(
                "INSERT OR REPLACE INTO post_vectors (post_id, model, campaign_id, vector)"
                " SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM posts WHERE id = ?"
                " AND deleted = 0)",
                [(p, model, c, v, p) for p, c, v in vectors])
            await db.execute(
                "INSERT INTO memory_index_marks (name, last_post_id) VALUES (?, ?)"
                " ON CONFLICT (name) DO UPDATE SET last_post_id = excluded.last_post_id",
                (f"vectors:{model}", through))

    async def campaign_vectors(
        self, campaign_id: int, model: str, after_id: int = 0
    ) -> list[tuple[int, bytes]]:
        """(post id, vector bytes) of the campaign's posts past `after_id`, in id order."""
        rows = await self.db.execute_fetchall(
            "SELECT post_id, vector FROM post_vectors WHERE campaign_id = ? AND model = ?"
            " AND post_id > ? ORDER BY post_id", (campaign_id, model, after_id))
        return [(int(p), bytes(v)) for p, v in rows]
