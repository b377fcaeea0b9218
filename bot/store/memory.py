"""SQL of long-term memory's summaries (chapters, the chronicle) and the snapshots of the
prompt's memory section."""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.memory.summaries import CHAPTER, CHRONICLE, Summary
from bot.store.database import Repository, Row, marks

_STORY_ORDER = " ORDER BY level = 'chapter', scene_id, first_seq, id"


def summary(row: Row) -> Summary:
    return Summary(
        id=row["id"], campaign_id=row["campaign_id"], scene_id=row["scene_id"],
        level=row["level"], first_seq=row["first_seq"], last_seq=row["last_seq"],
        content=row["content"], stale=bool(row["stale"]), in_chronicle=bool(row["in_chronicle"]),
    )


class MemoryRepo(Repository):
    async def add_chapter(
        self, *, campaign_id: int, scene_id: int, first_seq: int, last_seq: int, content: str,
        now: float,
    ) -> Summary:
        rows = await self.db.write(
            "INSERT INTO memory_summaries (campaign_id, scene_id, level, first_seq, last_seq,"
            " content, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *",
            (campaign_id, scene_id, CHAPTER, first_seq, last_seq, content, now, now),
        )
        return summary(rows[0])

    async def of_campaign(self, campaign_id: int, *, include_stale: bool = False) -> list[Summary]:
        """The campaign's chronicle and chapters, chapters in story order."""
        sql = "SELECT * FROM memory_summaries WHERE campaign_id = ?"
        if not include_stale:
            sql += " AND stale = 0"
        return [summary(r) for r in await self.db.all(sql + _STORY_ORDER, (campaign_id,))]

    async def stale(self, campaign_id: int) -> list[Summary]:
        """The campaign's summaries waiting to be recomputed (few: read after every turn)."""
        rows = await self.db.all(
            "SELECT * FROM memory_summaries WHERE campaign_id = ? AND stale = 1"
            " ORDER BY level = 'chapter', scene_id, first_seq, id",
            (campaign_id,),
        )
        return [summary(r) for r in rows]

    async def unrolled(self, campaign_id: int) -> list[Summary]:
        """The chronicle and the chapters not rolled into it yet (what the prompt's memory
        section is made of): bounded by the roll-up, however long the campaign."""
        rows = await self.db.all(
            "SELECT * FROM memory_summaries WHERE campaign_id = ? AND stale = 0"
            " AND (level = 'chronicle' OR in_chronicle = 0)" + _STORY_ORDER,
            (campaign_id,),
        )
        return [summary(r) for r in rows]

    async def summarized_through(self, scene_id: int) -> int:
        """The last seq any chapter of the scene covers (0: none yet)."""
        return await self.db.scalar(
            "SELECT COALESCE(MAX(last_seq), 0) FROM memory_summaries"
            " WHERE scene_id = ? AND level = 'chapter'",
            (scene_id,),
        )

    async def set_content(self, summary_id: int, content: str, now: float) -> None:
        await self.db.write(
            "UPDATE memory_summaries SET content = ?, stale = 0, updated_at = ? WHERE id = ?",
            (content, now, summary_id),
        )

    async def delete(self, summary_id: int) -> None:
        await self.db.write("DELETE FROM memory_summaries WHERE id = ?", (summary_id,))

    async def set_chronicle(
        self, campaign_id: int, content: str, rolled_chapter_ids: Sequence[int], now: float
    ) -> None:
        """Store the campaign's chronicle and mark the chapters it now holds, atomically."""
        async with self.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO memory_summaries (campaign_id, level, content, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (campaign_id) WHERE level = 'chronicle'"
                " DO UPDATE SET content = excluded.content, stale = 0,"
                " updated_at = excluded.updated_at",
                (campaign_id, CHRONICLE, content, now, now),
            )
            if rolled_chapter_ids:
                ids = list(rolled_chapter_ids)
                await conn.execute(
                    f"UPDATE memory_summaries SET in_chronicle = 1 WHERE id IN ({marks(ids)})",
                    ids,
                )

    # -- snapshots of the prompt's memory section --------------------------------

    async def snapshot(self, scene_id: int) -> tuple[int, str] | None:
        """(window start, text) of the scene's last memory section."""
        rows = list(await self.db.raw(
            "SELECT window_start, content FROM memory_snapshots WHERE scene_id = ?", (scene_id,)
        ))
        return (int(rows[0][0]), str(rows[0][1])) if rows else None

    async def save_snapshot(
        self, scene_id: int, window_start: int, content: str, now: float
    ) -> None:
        await self.db.write(
            "INSERT INTO memory_snapshots (scene_id, window_start, content, created_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (scene_id) DO UPDATE SET"
            " window_start = excluded.window_start, content = excluded.content,"
            " created_at = excluded.created_at",
            (scene_id, window_start, content, now),
        )

    async def clear_snapshots(self, campaign_id: int) -> None:
        await self.db.write(
            "DELETE FROM memory_snapshots"
            " WHERE scene_id IN (SELECT id FROM scenes WHERE campaign_id = ?)",
            (campaign_id,),
        )
