"""SQL of semantic recall: posts waiting for a vector, and the vectors stored."""

from __future__ import annotations

from collections.abc import Sequence

from bot.store.database import Repository
from bot.store.posts import STORY


class VectorRepo(Repository):
    async def posts_to_embed(
        self, model: str, batch: int = 512
    ) -> tuple[list[tuple[int, int, str]], int | None]:
        """((post id, campaign id, text) of story posts past the model's mark, the last post
        id read, None when none was): posts that get no vector (ooc, deleted) move the mark
        too."""
        last = await self.db.scalar(
            "SELECT last_post_id FROM memory_index_marks WHERE name = ?", (f"vectors:{model}",))
        rows = await self.db.raw(
            "SELECT p.id, s.campaign_id, p.content, p.kind, p.deleted FROM posts p"
            " JOIN scenes s ON s.id = p.scene_id WHERE p.id > ? ORDER BY p.id LIMIT ?",
            (last, batch))
        rows = list(rows)
        out = [(int(i), int(c), str(t)) for i, c, t, kind, deleted in rows
               if kind in STORY and not deleted]
        return out, int(rows[-1][0]) if rows else None

    async def save(
        self, model: str, vectors: Sequence[tuple[int, int, bytes]], through: int
    ) -> None:
        """Store (post id, campaign id, float32 bytes) and move the mark to `through`."""
        async with self.db.transaction() as conn:
            await conn.executemany(
                "INSERT OR REPLACE INTO post_vectors (post_id, model, campaign_id, vector)"
                " SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM posts WHERE id = ?"
                " AND deleted = 0)",
                [(p, model, c, v, p) for p, c, v in vectors])
            await conn.execute(
                "INSERT INTO memory_index_marks (name, last_post_id) VALUES (?, ?)"
                " ON CONFLICT (name) DO UPDATE SET last_post_id = excluded.last_post_id",
                (f"vectors:{model}", through))

    async def of_campaign(
        self, campaign_id: int, model: str, after_id: int = 0
    ) -> list[tuple[int, bytes]]:
        """(post id, vector bytes) of the campaign's posts past `after_id`, in id order."""
        rows = await self.db.raw(
            "SELECT post_id, vector FROM post_vectors WHERE campaign_id = ? AND model = ?"
            " AND post_id > ? ORDER BY post_id", (campaign_id, model, after_id))
        return [(int(p), bytes(v)) for p, v in rows]
