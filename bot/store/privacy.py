"""SQL of a player's right to be forgotten: what they wrote, and erasing it for good."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Sequence

from bot.models import Character, Post
from bot.store.database import Repository, marks
from bot.store.rows import Redaction

log = logging.getLogger(__name__)

REDACTED = "[removed at the player's request]"


class PrivacyRepo(Repository):
    async def player_posts(self, campaign_ids: Sequence[int], player_id: str) -> list[Post]:
        """Every post the player wrote in these campaigns, deleted ones included."""
        if not campaign_ids:
            return []
        ids = list(campaign_ids)
        return await self.db.all_as(
            Post,
            f"SELECT p.* FROM posts p JOIN scenes s ON s.id = p.scene_id"
            f" WHERE s.campaign_id IN ({marks(ids)}) AND p.author_id = ?"
            f" ORDER BY s.campaign_id, p.scene_id, p.seq",
            (*ids, player_id),
        )

    async def player_characters(
        self, campaign_ids: Sequence[int], player_id: str
    ) -> list[Character]:
        if not campaign_ids:
            return []
        ids = list(campaign_ids)
        return await self.db.all_as(
            Character,
            f"SELECT * FROM characters WHERE campaign_id IN ({marks(ids)}) AND player_id = ?"
            f" ORDER BY id",
            (*ids, player_id),
        )

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
        in_campaigns = f"scene_id IN (SELECT id FROM scenes WHERE campaign_id IN ({marks(ids)}))"
        # Freed space is zeroed and the WAL emptied afterwards: no copy of the text
        # stays in the file.
        await self.db.raw("PRAGMA secure_delete = ON")
        async with self.db.transaction() as conn:
            cur = await conn.execute(
                f"UPDATE posts SET content = ?, author_id = 'forgotten', author_name = ?,"
                f" meta = '{{}}', deleted = 1, edited_at = ?"
                f" WHERE author_id = ? AND {in_campaigns}",
                (REDACTED, "[removed]", now, player_id, *ids),
            )
            redacted = cur.rowcount
            for old, new in (narrator_replacements or {}).items():
                pattern = re.compile(rf"\b{re.escape(old)}\b")
                rows = await conn.execute_fetchall(
                    f"SELECT id, content FROM posts WHERE author_id = 'narrator'"
                    f" AND instr(content, ?) > 0 AND {in_campaigns}",
                    (old, *ids),
                )
                for post_id, content in rows:
                    await conn.execute(
                        "UPDATE posts SET content = ?, edited_at = ? WHERE id = ?",
                        (pattern.sub(new, content), now, post_id),
                    )
            # Narrations keep the recalled context they were given (meta.context), which
            # may quote the player: drop it in these campaigns.
            await conn.execute(
                f"UPDATE posts SET meta = json_remove(meta, '$.context')"
                f" WHERE json_extract(meta, '$.context') IS NOT NULL AND {in_campaigns}",
                ids,
            )
            await conn.execute(
                f"UPDATE characters SET name = '[removed]', player_id = 'forgotten',"
                f" player_name = '[removed]', look = '',"
                f" traits = '', notes = '', status = 'forgotten'"
                f" WHERE player_id = ? AND campaign_id IN ({marks(ids)})",
                (player_id, *ids),
            )
            await conn.execute(
                f"UPDATE participants SET player_name = '[removed]', status = 'left'"
                f" WHERE player_id = ? AND {in_campaigns}",
                (player_id, *ids),
            )
            await conn.execute("INSERT INTO post_fts (post_fts) VALUES ('optimize')")
            await conn.execute("INSERT INTO summary_fts (summary_fts) VALUES ('optimize')")
        await self._empty_wal()
        return Redaction(redacted, characters, ids)

    async def _empty_wal(self, tries: int = 50) -> None:
        """Fold the WAL into the file and truncate it, so erased text leaves no old copy.

        A reader elsewhere (the background checkpointer, memory upkeep) can make a
        TRUNCATE checkpoint stop short (busy = 1); try again until it completes.
        """
        for _ in range(tries):
            async with self.db.write_lock:
                rows = await self.db.raw("PRAGMA wal_checkpoint(TRUNCATE)")
            busy = next(iter(rows))[0] if rows else 0
            if not busy:
                return
            await asyncio.sleep(0.05)
        log.warning("the WAL could not be emptied after erasing a player's text")
