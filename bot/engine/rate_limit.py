"""A sliding-window rate limit: at most `limit` events per window for each key.

Pure: the caller passes the time in. Only admitted events are counted, so someone who
keeps sending while refused gets back in as soon as their oldest admitted event ages out.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable

SWEEP_EVERY = 1024  # admits between sweeps of keys that have gone quiet


class SlidingWindow:
    def __init__(self, window_s: float = 60.0) -> None:
        if window_s <= 0:
            raise ValueError("the window must be longer than zero seconds")
        self.window_s = window_s
        self._events: dict[Hashable, deque[float]] = {}
        self._admits = 0

    def admit(self, key: Hashable, limit: int, now: float) -> float | None:
        """Count an event for `key` if fewer than `limit` fall in the window ending `now`;
        None when admitted, else the seconds until one more would be."""
        events = self._events.setdefault(key, deque())
        self._expire(events, now)
        if len(events) >= max(limit, 0):
            return events[0] + self.window_s - now if events else self.window_s
        events.append(now)
        self._admits += 1
        if self._admits % SWEEP_EVERY == 0:
            self._sweep(now)
        return None

    def in_window(self, key: Hashable, now: float) -> int:
        events = self._events.get(key)
        if not events:
            return 0
        self._expire(events, now)
        return len(events)

    def _expire(self, events: deque[float], now: float) -> None:
        while events and events[0] <= now - self.window_s:
            events.popleft()

    def _sweep(self, now: float) -> None:
        """Drop keys with nothing left in the window, so memory follows active players."""
        for key in [k for k, events in self._events.items() if not events
                    or events[-1] <= now - self.window_s]:
            del self._events[key]
