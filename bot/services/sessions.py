"""Scheduled play sessions: a date, a time and a time zone in; reminders before it.

Times are stored as UTC epoch seconds and shown back in the zone the GM gave, so a
session set for 19:30 Europe/Berlin stays 19:30 there across daylight-saving changes
between scheduling and the day.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.scheduler import DeadlineScheduler
from bot.services.gm import Actor, GmError, GmService
from bot.store.rows import PlaySession

# Reminders before a session: a day ahead and a quarter of an hour ahead.
DEFAULT_REMINDER_LEADS: tuple[float, ...] = (24 * 3600.0, 15 * 60.0)


def session_start(day: str, clock_time: str, timezone: str) -> float:
    """'2026-12-05', '19:30', 'Europe/Berlin' → UTC epoch seconds; GmError when unreadable."""
    try:
        zone = ZoneInfo(timezone.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise GmError(f"unknown time zone {timezone!r} (use a name like Europe/Berlin)") from None
    try:
        parsed_day = date.fromisoformat(day.strip())
    except ValueError:
        raise GmError(f"unreadable date {day!r} (use YYYY-MM-DD)") from None
    try:
        parsed_time = time.fromisoformat(clock_time.strip())
    except ValueError:
        raise GmError(f"unreadable time {clock_time!r} (use HH:MM, 24-hour)") from None
    return datetime.combine(parsed_day, parsed_time, tzinfo=zone).timestamp()


def describe(session: PlaySession) -> str:
    """'#3 Harbour night — 2026-12-05 19:30 Europe/Berlin'."""
    local = datetime.fromtimestamp(session.starts_at, ZoneInfo(session.timezone))
    title = f" {session.title}" if session.title else ""
    return f"#{session.id}{title} — {local:%Y-%m-%d %H:%M} {session.timezone}"


class SessionService:
    def __init__(self, gm: GmService, timers: DeadlineScheduler | None = None) -> None:
        self.gm = gm
        self.store = gm.store
        self.timers = timers

    async def schedule(
        self,
        campaign_id: int,
        actor: Actor,
        *,
        day: str,
        clock_time: str,
        timezone: str,
        title: str = "",
        channel_id: int | None = None,
        reminder_leads: Sequence[float] = DEFAULT_REMINDER_LEADS,
    ) -> PlaySession:
        await self.gm.require_gm(campaign_id, actor)
        starts_at = session_start(day, clock_time, timezone)
        now = self.gm.now()
        if starts_at <= now:
            raise GmError("that time has already passed")
        session = await self.store.sessions.add(
            campaign_id=campaign_id,
            channel_id=channel_id,
            title=title.strip(),
            starts_at=starts_at,
            timezone=timezone.strip(),
            created_by=actor.id,
            reminder_leads=reminder_leads,
            now=now,
        )
        if self.timers is not None:
            await self.timers.schedule_reminders(session.id)
        await self.gm.audit(campaign_id, None, actor, "session_schedule", session_id=session.id)
        return session

    async def upcoming(self, campaign_id: int) -> list[PlaySession]:
        return await self.store.sessions.upcoming(campaign_id, self.gm.now())

    async def cancel(self, campaign_id: int, actor: Actor, session_id: int) -> None:
        await self.gm.require_gm(campaign_id, actor)
        reminders = await self.store.sessions.pending_reminders()
        pending = [r.id for r in reminders if r.session_id == session_id]
        if not await self.store.sessions.cancel(campaign_id, session_id):
            raise GmError(f"there is no upcoming session #{session_id}")
        if self.timers is not None:
            self.timers.unschedule_reminders(pending)
        await self.gm.audit(campaign_id, None, actor, "session_cancel", session_id=session_id)
