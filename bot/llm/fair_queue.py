"""A fair admission queue for a shared model: round-robin guilds, then channels.

At most `limit` requests hold a slot at once. Waiting requests are served
one guild at a time in turn, within a guild one channel at a time in turn,
and in arrival order within a channel, so one busy server cannot starve the
others. Each waiter hears its place in line (1 = next) whenever it changes.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass(eq=False)
class _Waiter:
    guild: str
    channel: str
    future: asyncio.Future[None]
    on_queued: Callable[[int], None] | None
    last_place: int = 0


@dataclass
class _Guild:
    channels: OrderedDict[str, deque[_Waiter]] = field(default_factory=OrderedDict)


class FairQueue:
    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self.limit = limit
        self.active = 0
        # Guild order is the round-robin order: the guild served last moves to the end.
        self._guilds: OrderedDict[str, _Guild] = OrderedDict()

    @property
    def waiting(self) -> int:
        return sum(len(q) for g in self._guilds.values() for q in g.channels.values())

    @asynccontextmanager
    async def slot(
        self,
        guild: str,
        channel: str,
        on_queued: Callable[[int], None] | None = None,
    ) -> AsyncIterator[None]:
        """Hold one of the `limit` slots for the duration of the block."""
        await self._acquire(guild, channel, on_queued)
        try:
            yield
        finally:
            self._release()

    async def _acquire(
        self, guild: str, channel: str, on_queued: Callable[[int], None] | None
    ) -> None:
        if self.active < self.limit and not self._guilds:
            self.active += 1
            return
        loop = asyncio.get_running_loop()
        waiter = _Waiter(guild, channel, loop.create_future(), on_queued)
        self._guilds.setdefault(guild, _Guild()).channels.setdefault(channel, deque()).append(
            waiter
        )
        self._announce_places()
        try:
            await waiter.future
        except asyncio.CancelledError:
            if waiter.future.done() and not waiter.future.cancelled():
                self._release()  # granted just as we were cancelled: hand the slot on
            else:
                self._remove(waiter)
                self._announce_places()
            raise

    def _release(self) -> None:
        self.active -= 1
        while self.active < self.limit:
            waiter = self._pop_next()
            if waiter is None:
                break
            self.active += 1
            waiter.future.set_result(None)
        self._announce_places()

    def _pop_next(self) -> _Waiter | None:
        if not self._guilds:
            return None
        guild_id, guild = next(iter(self._guilds.items()))
        channel_id, queue = next(iter(guild.channels.items()))
        waiter = queue.popleft()
        # Rotate: this channel to the back of its guild, this guild to the back of all.
        if queue:
            guild.channels.move_to_end(channel_id)
        else:
            del guild.channels[channel_id]
        if guild.channels:
            self._guilds.move_to_end(guild_id)
        else:
            del self._guilds[guild_id]
        return waiter

    def _remove(self, waiter: _Waiter) -> None:
        guild = self._guilds.get(waiter.guild)
        if guild is None:
            return
        queue = guild.channels.get(waiter.channel)
        if queue is None or waiter not in queue:
            return
        queue.remove(waiter)
        if not queue:
            del guild.channels[waiter.channel]
        if not guild.channels:
            del self._guilds[waiter.guild]

    def order(self) -> list[tuple[str, str]]:
        """(guild, channel) of each waiter, in the order they would be served."""
        return [(w.guild, w.channel) for w in self._service_order()]

    def _service_order(self) -> list[_Waiter]:
        # Simulate the round-robin without mutating the queues.
        guilds = [
            [list(q) for q in g.channels.values()] for g in self._guilds.values()
        ]
        order: list[_Waiter] = []
        while guilds:
            channels = guilds.pop(0)
            queue = channels.pop(0)
            order.append(queue.pop(0))
            if queue:
                channels.append(queue)
            if channels:
                guilds.append(channels)
        return order

    def _announce_places(self) -> None:
        for place, waiter in enumerate(self._service_order(), start=1):
            if waiter.on_queued is not None and waiter.last_place != place:
                waiter.last_place = place
                try:
                    waiter.on_queued(place)
                except Exception:  # a failing display must not break the queue
                    log.exception("on_queued callback failed")
