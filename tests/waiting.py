"""Deadline-bounded waits for tests: poll a condition, fail loudly naming what was awaited.

For conditions the fake Discord cannot signal (rows in SQLite, a subprocess's
output). The deadline only guards against hangs, so it is generous: a loaded
machine makes a test slower, never red.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")

HANG_GUARD_S = 30.0


async def eventually(
    check: Callable[[], Awaitable[T | None]],
    what: str,
    timeout_s: float = HANG_GUARD_S,
    interval_s: float = 0.02,
) -> T:
    """Await `check()` until it returns something truthy; raise naming `what` at the deadline."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while True:
        result = await check()
        if result:
            return result
        if loop.time() >= deadline:
            raise AssertionError(f"timed out after {timeout_s:.0f}s waiting for {what}")
        await asyncio.sleep(interval_s)


async def within(awaitable: Awaitable[T], what: str, timeout_s: float = HANG_GUARD_S) -> T:
    """Await with a deadline; a hang fails naming `what` instead of blocking the run."""
    try:
        return await asyncio.wait_for(awaitable, timeout_s)
    except TimeoutError:
        raise AssertionError(f"timed out after {timeout_s:.0f}s waiting for {what}") from None
