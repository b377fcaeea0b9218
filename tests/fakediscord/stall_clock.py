"""A monotonic clock that leaves out the time this process stood still.

Discord forgets an interaction that got no callback within 3 seconds: a rule
about the bot's latency. A test machine that stalls (a paused VM, a starved
CPU) freezes the fake and the bot alike; that must not read as a slow bot. A
ticker wakes every few milliseconds; a wake-up far later than asked is frozen
time, and so is a gap still open when the clock is read.
"""

from __future__ import annotations

import asyncio
import contextlib
import time

TICK_S = 0.05
STALL_S = 0.25  # waking this much later than asked counts as standing still


class StallClock:
    def __init__(self) -> None:
        self.frozen_s = 0.0
        self._last_tick = time.monotonic()
        self._ticker: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._last_tick = time.monotonic()
        self._ticker = asyncio.create_task(self._tick(), name="fakediscord-stall-clock")

    async def stop(self) -> None:
        if self._ticker is not None:
            self._ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._ticker
            self._ticker = None

    def now(self) -> float:
        """Seconds on the monotonic clock, less every stall seen so far."""
        return time.monotonic() - self.frozen_s - self._open_stall()

    def _open_stall(self) -> float:
        if self._ticker is None:
            return 0.0
        late = time.monotonic() - self._last_tick - TICK_S
        return late if late > STALL_S else 0.0

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(TICK_S)
            self.frozen_s += self._open_stall()
            self._last_tick = time.monotonic()
