"""SQL for pacing and GM tools: secrets, the GM audit log, scheduled sessions and their
reminders, and the post edits GM overrides need. `Store` inherits this mixin."""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from bot.models import ROUND_CLOSING_KINDS, Post, PostKind

if TYPE_CHECKING:
    import aiosqlite


class _Row(BaseModel):
    model_config = ConfigDict(frozen=True)


class StoredSecret(_Row):
    id: int
    campaign_id: int
    text: str
    keys: list[str] = Field(default_factory=list)
    created_by: str
    created_at: float


class AuditEntry(_Row):
    id: int
    campaign_id: int
    scene_id: int | None
    gm_id: str
    gm_name: str
    action: str
    detail: dict[str, Any] = Field(default_factory=dict)
    created_at: float


class PlaySession(_Row):
    id: int
    campaign_id: int
    channel_id: int | None
    title: str
    starts_at: float
    timezone: str
    created_by: str
    status: str
    created_at: float


class SessionReminder(_Row):
    id: int
    session_id: int
    fire_at: float
    lead_seconds: float
    fired_at: float | None = None


def _decoded(row: dict[str, Any], *columns: str) -> dict[str, Any]:
    return {k: json.loads(v) if k in columns and isinstance(v, str) else v for k, v in row.items()}


class PacingStoreMixin:
    if TYPE_CHECKING:

        def transaction(self) -> AbstractAsyncContextManager[aiosqlite.Connection]: ...

        async def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None: ...

        async def _all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...

        async def get_post(self, post_id: int) -> Post: ...

    # -- secrets --------------------------------------------------------------------

    async def add_secret(
        self, *, campaign_id: int, text: str, keys: Sequence[str], created_by: str, now: float
    ) -> StoredSecret:
        async with self.transaction() as db:
            cur = await db.execute(
                "INSERT INTO campaign_secrets (campaign_id, text, keys, created_by, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (campaign_id, text, json.dumps(list(keys)), created_by, now),
            )
            secret_id = cur.lastrowid
        row = await self._one("SELECT * FROM campaign_secrets WHERE id = ?", (secret_id,))
        assert row is not None
        return StoredSecret(**_decoded(row, "keys"))

    async def campaign_secrets(self, campaign_id: int) -> list[StoredSecret]:
        rows = await self._all(
            "SELECT * FROM campaign_secrets WHERE campaign_id = ? AND removed_at IS NULL"
            " ORDER BY id",
            (campaign_id,),
        )
        return [StoredSecret(**_decoded(r, "keys")) for r in rows]

    async def remove_secret(self, campaign_id: int, secret_id: int, now: float) -> bool:
        async with self.transaction() as db:
            cur = await db.execute(
                "UPDATE campaign_secrets SET removed_at = ?"
                " WHERE id = ? AND campaign_id = ? AND removed_at IS NULL",
                (now, secret_id, campaign_id),
            )
            return cur.rowcount == 1

    # -- the GM audit log ----------------------------------------------------------

    async def add_audit(
        self,
        *,
        campaign_id: int,
        scene_id: int | None,
        gm_id: str,
        gm_name: str,
        action: str,
        detail: dict[str, Any],
        now: float,
    ) -> None:
        async with self.transaction() as db:
            await db.execute(
                "INSERT INTO gm_audit (campaign_id, scene_id, gm_id, gm_name, action, detail,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (campaign_id, scene_id, gm_id, gm_name, action, json.dumps(detail), now),
            )

    async def audit_log(self, campaign_id: int, limit: int = 20) -> list[AuditEntry]:
        """The newest `limit` entries, newest first."""
        rows = await self._all(
            "SELECT * FROM gm_audit WHERE campaign_id = ? ORDER BY id DESC LIMIT ?",
            (campaign_id, limit),
        )
        return [AuditEntry(**_decoded(r, "detail")) for r in rows]

    # -- posts GM overrides touch ----------------------------------------------------

    async def last_narration(self, scene_id: int) -> Post | None:
        """The newest live narration that closed a round (not the scene's opening)."""
        kinds = [str(k) for k in ROUND_CLOSING_KINDS]
        row = await self._one(
            f"SELECT * FROM posts WHERE scene_id = ? AND deleted = 0"
            f" AND kind IN ({', '.join('?' for _ in kinds)}) ORDER BY seq DESC LIMIT 1",
            (scene_id, *kinds),
        )
        return await self.get_post(int(row["id"])) if row else None

    async def retract_narration(self, post: Post, now: float) -> None:
        """Delete a narration and reopen the round it closed, in one transaction; the
        steers it followed are unspent again."""
        async with self.transaction() as db:
            await db.execute(
                "UPDATE posts SET deleted = 1, edited_at = ? WHERE id = ?", (now, post.id)
            )
            await db.execute(
                "UPDATE scenes SET round_no = ?, round_opened_at = ? WHERE id = ? AND round_no = ?",
                (post.round_no, now, post.scene_id, post.round_no + 1),
            )
            await db.execute(
                "UPDATE posts SET meta = json_remove(meta, '$.used_by')"
                " WHERE scene_id = ? AND json_extract(meta, '$.used_by') = ?",
                (post.scene_id, post.id),
            )

    async def restore_narration(self, post: Post, now: float) -> bool:
        """Undo `retract_narration` (a regeneration failed: the old text stays canon).
        False, changing nothing, when the reopened round was narrated meanwhile (by
        another process): a round never has two narrations."""
        kinds = [str(k) for k in ROUND_CLOSING_KINDS]
        async with self.transaction() as db:
            cursor = await db.execute(
                "UPDATE posts SET deleted = 0, edited_at = ? WHERE id = ? AND deleted = 1"
                " AND NOT EXISTS (SELECT 1 FROM posts WHERE scene_id = ? AND round_no = ?"
                f" AND deleted = 0 AND kind IN ({', '.join('?' for _ in kinds)}))",
                (now, post.id, post.scene_id, post.round_no, *kinds),
            )
            if cursor.rowcount != 1:
                return False
            await db.execute(
                "UPDATE scenes SET round_no = ?, round_opened_at = ? WHERE id = ? AND round_no = ?",
                (post.round_no + 1, now, post.scene_id, post.round_no),
            )
        return True

    async def replace_post_content(
        self, post_id: int, content: str, meta: dict[str, Any], now: float
    ) -> None:
        async with self.transaction() as db:
            await db.execute(
                "UPDATE posts SET content = ?, meta = ?, edited_at = ? WHERE id = ?",
                (content, json.dumps(meta), now, post_id),
            )

    async def unused_steers(self, scene_id: int) -> list[Post]:
        """GM steers not yet used by a narration, oldest first."""
        rows = await self._all(
            "SELECT id FROM posts WHERE scene_id = ? AND kind = ? AND deleted = 0"
            " AND json_extract(meta, '$.steer') = 1"
            " AND json_extract(meta, '$.used_by') IS NULL ORDER BY seq",
            (scene_id, str(PostKind.GM_NOTE)),
        )
        return [await self.get_post(int(r["id"])) for r in rows]

    async def mark_steers_used(self, post_ids: Sequence[int], narration_id: int) -> None:
        async with self.transaction() as db:
            for post_id in post_ids:
                await db.execute(
                    "UPDATE posts SET meta = json_set(meta, '$.used_by', ?) WHERE id = ?",
                    (narration_id, post_id),
                )

    # -- narrations awaiting a GM (draft review, held narrations) -------------------
    # One pending draft per scene, kept in the scene's settings under "review_draft".
    # Writes are compare-and-set on its id, so a double click decides a draft once.

    async def review_draft(self, scene_id: int) -> dict[str, Any] | None:
        row = await self._one(
            "SELECT json_extract(settings, '$.review_draft') AS draft FROM scenes WHERE id = ?",
            (scene_id,),
        )
        return json.loads(row["draft"]) if row and row["draft"] else None

    async def put_review_draft(
        self, scene_id: int, draft: dict[str, Any], *, replacing: str | None
    ) -> bool:
        """Store `draft` if the pending draft's id is `replacing` (None: no draft pending)."""
        async with self.transaction() as db:
            cur = await db.execute(
                "UPDATE scenes SET settings = json_set(settings, '$.review_draft', json(?))"
                " WHERE id = ? AND json_extract(settings, '$.review_draft.id') IS ?",
                (json.dumps(draft), scene_id, replacing),
            )
            return cur.rowcount == 1

    async def set_review_message(self, scene_id: int, draft_id: str, message_id: int) -> None:
        async with self.transaction() as db:
            await db.execute(
                "UPDATE scenes SET settings = json_set(settings, '$.review_draft.message_id', ?)"
                " WHERE id = ? AND json_extract(settings, '$.review_draft.id') = ?",
                (message_id, scene_id, draft_id),
            )

    async def take_review_draft(self, scene_id: int, draft_id: str) -> dict[str, Any] | None:
        """Remove the pending draft if it is `draft_id`, and return it; None if it is not."""
        async with self.transaction() as db:
            rows = list(await db.execute_fetchall(
                "SELECT json_extract(settings, '$.review_draft') FROM scenes"
                " WHERE id = ? AND json_extract(settings, '$.review_draft.id') = ?",
                (scene_id, draft_id),
            ))
            if not rows:
                return None
            await db.execute(
                "UPDATE scenes SET settings = json_remove(settings, '$.review_draft')"
                " WHERE id = ?",
                (scene_id,),
            )
            return dict(json.loads(rows[0][0]))

    # -- scheduled sessions --------------------------------------------------------

    async def add_play_session(
        self,
        *,
        campaign_id: int,
        channel_id: int | None,
        title: str,
        starts_at: float,
        timezone: str,
        created_by: str,
        reminder_leads: Sequence[float],
        now: float,
    ) -> PlaySession:
        """A session and its reminders (only those still in the future), atomically."""
        async with self.transaction() as db:
            cur = await db.execute(
                "INSERT INTO play_sessions (campaign_id, channel_id, title, starts_at, timezone,"
                " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (campaign_id, channel_id, title, starts_at, timezone, created_by, now),
            )
            session_id = cur.lastrowid
            for lead in reminder_leads:
                if starts_at - lead > now:
                    await db.execute(
                        "INSERT INTO session_reminders (session_id, fire_at, lead_seconds)"
                        " VALUES (?, ?, ?)",
                        (session_id, starts_at - lead, lead),
                    )
        assert session_id is not None
        return await self.get_play_session(session_id)

    async def get_play_session(self, session_id: int) -> PlaySession:
        row = await self._one("SELECT * FROM play_sessions WHERE id = ?", (session_id,))
        if row is None:
            raise KeyError(f"no session {session_id}")
        return PlaySession(**row)

    async def upcoming_play_sessions(self, campaign_id: int, now: float) -> list[PlaySession]:
        rows = await self._all(
            "SELECT * FROM play_sessions WHERE campaign_id = ? AND status = 'scheduled'"
            " AND starts_at > ? ORDER BY starts_at",
            (campaign_id, now),
        )
        return [PlaySession(**r) for r in rows]

    async def cancel_play_session(self, campaign_id: int, session_id: int) -> bool:
        async with self.transaction() as db:
            cur = await db.execute(
                "UPDATE play_sessions SET status = 'cancelled'"
                " WHERE id = ? AND campaign_id = ? AND status = 'scheduled'",
                (session_id, campaign_id),
            )
            if cur.rowcount != 1:
                return False
            await db.execute(
                "DELETE FROM session_reminders WHERE session_id = ? AND fired_at IS NULL",
                (session_id,),
            )
            return True

    async def pending_session_reminders(self) -> list[SessionReminder]:
        rows = await self._all(
            "SELECT r.* FROM session_reminders r JOIN play_sessions s ON s.id = r.session_id"
            " WHERE r.fired_at IS NULL AND s.status = 'scheduled' ORDER BY r.fire_at"
        )
        return [SessionReminder(**r) for r in rows]

    async def mark_session_reminder_fired(self, reminder_id: int, now: float) -> bool:
        """Claim a reminder; False if it already fired or its session was cancelled."""
        async with self.transaction() as db:
            cur = await db.execute(
                "UPDATE session_reminders SET fired_at = ? WHERE id = ? AND fired_at IS NULL"
                " AND session_id IN (SELECT id FROM play_sessions WHERE status = 'scheduled')",
                (now, reminder_id),
            )
            return cur.rowcount == 1
