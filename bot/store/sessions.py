"""SQL of scheduled play sessions and their reminders."""

from __future__ import annotations

from collections.abc import Sequence

from bot.store.database import Repository
from bot.store.rows import PlaySession, SessionReminder


class SessionRepo(Repository):
    async def add(
        self, *, campaign_id: int, channel_id: int | None, title: str, starts_at: float,
        timezone: str, created_by: str, reminder_leads: Sequence[float], now: float,
    ) -> PlaySession:
        """A session and its reminders (only those still in the future), atomically."""
        async with self.db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO play_sessions (campaign_id, channel_id, title, starts_at, timezone,"
                " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (campaign_id, channel_id, title, starts_at, timezone, created_by, now),
            )
            session_id = cursor.lastrowid
            await conn.executemany(
                "INSERT INTO session_reminders (session_id, fire_at, lead_seconds)"
                " VALUES (?, ?, ?)",
                [(session_id, starts_at - lead, lead) for lead in reminder_leads
                 if starts_at - lead > now],
            )
        assert session_id is not None
        return await self.get(session_id)

    async def get(self, session_id: int) -> PlaySession:
        return await self.db.get(PlaySession, "play_sessions", session_id)

    async def upcoming(self, campaign_id: int, now: float) -> list[PlaySession]:
        return await self.db.all_as(
            PlaySession,
            "SELECT * FROM play_sessions WHERE campaign_id = ? AND status = 'scheduled'"
            " AND starts_at > ? ORDER BY starts_at",
            (campaign_id, now),
        )

    async def cancel(self, campaign_id: int, session_id: int) -> bool:
        async with self.db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE play_sessions SET status = 'cancelled'"
                " WHERE id = ? AND campaign_id = ? AND status = 'scheduled'",
                (session_id, campaign_id),
            )
            if cursor.rowcount != 1:
                return False
            await conn.execute(
                "DELETE FROM session_reminders WHERE session_id = ? AND fired_at IS NULL",
                (session_id,),
            )
            return True

    async def pending_reminders(self) -> list[SessionReminder]:
        return await self.db.all_as(
            SessionReminder,
            "SELECT r.* FROM session_reminders r JOIN play_sessions s ON s.id = r.session_id"
            " WHERE r.fired_at IS NULL AND s.status = 'scheduled' ORDER BY r.fire_at",
        )

    async def mark_reminder_fired(self, reminder_id: int, now: float) -> bool:
        """Claim a reminder; False if it already fired or its session was cancelled."""
        return await self.db.changed(
            "UPDATE session_reminders SET fired_at = ? WHERE id = ? AND fired_at IS NULL"
            " AND session_id IN (SELECT id FROM play_sessions WHERE status = 'scheduled')",
            (now, reminder_id),
        )
