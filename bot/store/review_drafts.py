"""SQL of narrations awaiting a GM (draft review, held narrations).

One pending draft per scene, kept in the scene's settings under "review_draft".
Writes are compare-and-set on its id, so a double click decides a draft once.
"""

from __future__ import annotations

from bot.store.database import Repository
from bot.store.rows import PendingDraft


class ReviewDraftRepo(Repository):
    async def pending(self, scene_id: int) -> PendingDraft | None:
        row = await self.db.one(
            "SELECT json_extract(settings, '$.review_draft') AS draft FROM scenes WHERE id = ?",
            (scene_id,),
        )
        return PendingDraft.model_validate_json(row["draft"]) if row and row["draft"] else None

    async def put(self, scene_id: int, draft: PendingDraft, *, replacing: str | None) -> bool:
        """Store `draft` if the pending draft's id is `replacing` (None: no draft pending)."""
        return await self.db.changed(
            "UPDATE scenes SET settings = json_set(settings, '$.review_draft', json(?))"
            " WHERE id = ? AND json_extract(settings, '$.review_draft.id') IS ?",
            (draft.model_dump_json(), scene_id, replacing),
        )

    async def set_message(self, scene_id: int, draft_id: str, message_id: int) -> None:
        await self.db.write(
            "UPDATE scenes SET settings = json_set(settings, '$.review_draft.message_id', ?)"
            " WHERE id = ? AND json_extract(settings, '$.review_draft.id') = ?",
            (message_id, scene_id, draft_id),
        )

    async def take(self, scene_id: int, draft_id: str) -> PendingDraft | None:
        """Remove the pending draft if it is `draft_id`, and return it; None if it is not."""
        async with self.db.transaction() as conn:
            rows = list(await conn.execute_fetchall(
                "SELECT json_extract(settings, '$.review_draft') FROM scenes"
                " WHERE id = ? AND json_extract(settings, '$.review_draft.id') = ?",
                (scene_id, draft_id),
            ))
            if not rows:
                return None
            await conn.execute(
                "UPDATE scenes SET settings = json_remove(settings, '$.review_draft')"
                " WHERE id = ?",
                (scene_id,),
            )
            return PendingDraft.model_validate_json(rows[0][0])
