"""SQL of the ledger of salient details: a campaign's story posts read in id order, and a
fingerprint that changes whenever one of them is edited, withdrawn or removed."""

from __future__ import annotations

from bot.models import Post
from bot.store.database import Repository, marks
from bot.store.posts import STORY

_OF_CAMPAIGN = "scene_id IN (SELECT id FROM scenes WHERE campaign_id = ?)"


class LedgerRepo(Repository):
    async def story_after(
        self, campaign_id: int, after_id: int, limit: int, *, through_id: int | None = None
    ) -> list[Post]:
        """Live story posts of the campaign with an id above `after_id` (and at most
        `through_id`), oldest first."""
        return await self.db.all_as(
            Post,
            f"SELECT * FROM posts WHERE {_OF_CAMPAIGN} AND id > ? AND id <= ? AND deleted = 0"
            f" AND kind IN ({marks(STORY)}) ORDER BY id LIMIT ?",
            (campaign_id, after_id, through_id if through_id is not None else 2**62, *STORY,
             limit),
        )

    async def revision(self, campaign_id: int) -> int:
        """Moves on every change to a post of the campaign (a trigger bumps it), never on
        an append: cheap to ask after every narration."""
        return await self.db.scalar(
            "SELECT COALESCE(SUM(posts_revision), 0) FROM scenes WHERE campaign_id = ?",
            (campaign_id,),
        )

    async def fingerprint(self, campaign_id: int, through_id: int) -> tuple[int, float]:
        """How many live story posts up to `through_id`, and the latest edit among them or
        the withdrawn: any edit, withdrawal or removal changes it."""
        rows = list(await self.db.raw(
            f"SELECT SUM(deleted = 0), MAX(COALESCE(edited_at, 0)) FROM posts"
            f" WHERE {_OF_CAMPAIGN} AND id <= ? AND kind IN ({marks(STORY)})",
            (campaign_id, through_id, *STORY),
        ))
        if not rows:
            return 0, 0.0
        return int(rows[0][0] or 0), float(rows[0][1] or 0.0)
