"""Timers that survive restarts: every deadline is a database row, and APScheduler only
holds jobs rebuilt from those rows.

- On start, a job is scheduled for every pending row; a row whose time passed while
  the bot was down fires at once (once).
- Firing first claims the row (`fired_at IS NULL` → now, one UPDATE): of two
  processes, or a job and a restart racing, exactly one wins and runs the handler.
  A crash after the claim and before the handler finishes loses that one event
  rather than repeating it: a nudge sent twice is worse than a nudge missed, and the
  round deadline is also checked by the next Tick of the pacing service. When each
  timer is due comes from the scene's pacing policy; a timer only wakes it.
- Handlers are injected per kind (`round`, `nudge`, `idle`, `turn`, `quiet`,
  `session_reminder`): the Discord layer supplies message-sending, tests supply
  recorders.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger

from bot.models import Deadline
from bot.store import Store
from bot.store.rows import SessionReminder

log = logging.getLogger(__name__)

SESSION_REMINDER = "session_reminder"


@dataclass(frozen=True)
class Timer:
    key: str  # the job id: "deadline:12" or "reminder:3"
    kind: str
    fire_at: float
    row_id: int
    scene_id: int | None = None
    payload: dict[str, Any] = field(default_factory=dict)


Handler = Callable[[Timer], Awaitable[None]]


def _from_deadline(row: Deadline) -> Timer:
    return Timer(
        f"deadline:{row.id}", row.kind, row.fire_at, row.id, row.scene_id, dict(row.payload)
    )


def _from_reminder(row: SessionReminder) -> Timer:
    payload = {"session_id": row.session_id, "lead_seconds": row.lead_seconds}
    return Timer(f"reminder:{row.id}", SESSION_REMINDER, row.fire_at, row.id, None, payload)


class DeadlineScheduler:
    def __init__(
        self,
        store: Store,
        handlers: Mapping[str, Handler],
        *,
        clock: Callable[[], float] = time.time,
        scheduler: AsyncIOScheduler | None = None,
    ) -> None:
        self.store = store
        self.handlers = dict(handlers)
        self.clock = clock
        self.scheduler = scheduler or AsyncIOScheduler(timezone=UTC)
        self._running: set[asyncio.Task[None]] = set()

    # -- life cycle ---------------------------------------------------------------------

    async def start(self) -> int:
        """Schedule every pending row; fire the overdue ones now. Returns how many rows."""
        if not self.scheduler.running:
            self.scheduler.start()
        timers = [_from_deadline(d) for d in await self.store.deadlines.pending()]
        timers += [_from_reminder(r) for r in await self.store.sessions.pending_reminders()]
        timers.sort(key=lambda t: t.fire_at)
        overdue = [t for t in timers if t.fire_at <= self.clock()]
        for timer in timers:
            if timer not in overdue:
                self._schedule(timer)
        # Overdue ones in time order, one after another (a nudge before its round).
        for timer in overdue:
            log.info("timer overdue on start: key=%s kind=%s", timer.key, timer.kind)
            await self.fire(timer)
        return len(timers)

    async def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        for task in list(self._running):
            task.cancel()
        await asyncio.gather(*self._running, return_exceptions=True)

    # -- setting timers -------------------------------------------------------------------

    async def set(
        self, *, scene_id: int, kind: str, fire_at: float, payload: dict[str, Any] | None = None
    ) -> Timer:
        """Replace the scene's pending timer of `kind` with one at `fire_at`."""
        for old in await self.store.deadlines.pending(scene_id):
            if old.kind == kind:
                self._unschedule(f"deadline:{old.id}")
        row = await self.store.deadlines.set(
            scene_id=scene_id, kind=kind, fire_at=fire_at, now=self.clock(), payload=payload
        )
        timer = _from_deadline(row)
        self._schedule(timer)
        return timer

    async def clear(self, scene_id: int, *kinds: str) -> None:
        for old in await self.store.deadlines.pending(scene_id):
            if not kinds or old.kind in kinds:
                self._unschedule(f"deadline:{old.id}")
        await self.store.deadlines.clear(scene_id, *kinds)

    async def schedule_reminders(self, session_id: int) -> None:
        """Schedule the pending reminders of a session just stored."""
        for reminder in await self.store.sessions.pending_reminders():
            if reminder.session_id == session_id:
                self._schedule(_from_reminder(reminder))

    def unschedule_reminders(self, reminder_ids: Sequence[int]) -> None:
        for reminder_id in reminder_ids:
            self._unschedule(f"reminder:{reminder_id}")

    def scheduled_keys(self) -> list[str]:
        return sorted(job.id for job in self.scheduler.get_jobs())

    # -- firing ---------------------------------------------------------------------------

    async def fire(self, timer: Timer) -> bool:
        """Claim the timer's row and run its handler; False if another got there first."""
        now = self.clock()
        if timer.kind == SESSION_REMINDER:
            claimed = await self.store.sessions.mark_reminder_fired(timer.row_id, now)
        else:
            claimed = await self.store.deadlines.mark_fired(timer.row_id, now)
        if not claimed:
            log.info("timer already fired elsewhere: key=%s", timer.key)
            return False
        handler = self.handlers.get(timer.kind)
        if handler is None:
            log.warning("no handler for timer: key=%s kind=%s", timer.key, timer.kind)
            return True
        try:
            await handler(timer)
        except Exception:  # one failed timer must not stop the others
            log.exception("timer handler failed: key=%s kind=%s", timer.key, timer.kind)
        return True

    def _schedule(self, timer: Timer) -> None:
        run_at = datetime.fromtimestamp(timer.fire_at, tz=UTC)
        self.scheduler.add_job(
            self._fire_job,
            DateTrigger(run_date=run_at, timezone=UTC),
            args=[timer],
            id=timer.key,
            replace_existing=True,
            misfire_grace_time=None,
            coalesce=True,
        )

    def _unschedule(self, key: str) -> None:
        if self.scheduler.get_job(key) is not None:
            self.scheduler.remove_job(key)

    async def _fire_job(self, timer: Timer) -> None:
        # Tracked so shutdown can wait for (or cancel) handlers in flight.
        task = asyncio.current_task()
        if task is not None:
            self._running.add(task)
        try:
            await self.fire(timer)
        finally:
            if task is not None:
                self._running.discard(task)
