"""FairQueue limits and cancellation; StopTextStream's held-back text."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from bot.llm.fair_queue import FairQueue
from bot.llm.stop_text import StopTextStream


async def test_never_more_than_limit_hold_a_slot() -> None:
    queue = FairQueue(limit=3)
    holding = 0
    peak = 0

    async def work(i: int) -> None:
        nonlocal holding, peak
        async with queue.slot(f"g{i % 4}", f"c{i}"):
            holding += 1
            peak = max(peak, holding)
            await asyncio.sleep(0.002)
            holding -= 1

    await asyncio.gather(*(work(i) for i in range(20)))
    assert peak == 3 and queue.active == 0 and queue.waiting == 0


async def test_a_cancelled_waiter_leaves_the_line() -> None:
    queue = FairQueue(limit=1)
    places: list[int] = []
    release = asyncio.Event()

    async def hold() -> None:
        async with queue.slot("g", "a"):
            await release.wait()

    async def wait(channel: str, on_queued: object = None) -> str:
        async with queue.slot("g", channel, on_queued):  # type: ignore[arg-type]
            return channel

    holder = asyncio.create_task(hold())
    await asyncio.sleep(0)
    first = asyncio.create_task(wait("b"))
    await asyncio.sleep(0)
    second = asyncio.create_task(wait("c", places.append))
    await asyncio.sleep(0)
    assert queue.order() == [("g", "b"), ("g", "c")] and places == [2]
    first.cancel()
    await asyncio.sleep(0)
    assert queue.order() == [("g", "c")] and places == [2, 1]
    release.set()
    assert await second == "c"
    await holder
    assert queue.active == 0


def _decoder(pieces: dict[int, str]) -> Callable[[Sequence[int]], str]:
    return lambda ids: "".join(pieces[i] for i in ids)


def test_stop_string_split_across_tokens_never_shows() -> None:
    pieces = {1: "The door", 2: " opens\nAn", 3: "a:", 4: " x"}
    stream = StopTextStream(_decoder(pieces), ["\nAna:"])
    assert stream.push(1) == "The door"
    assert stream.push(2) == " opens"  # "\nAn" could begin the stop string: held back
    assert stream.push(3) == "" and stream.stopped
    assert stream.finish() == ""


def test_held_back_text_is_released_when_it_is_no_stop() -> None:
    stream = StopTextStream(_decoder({1: "Hi\nA", 2: "h well", 3: "\ufffd"}), ["\nAna:"])
    assert stream.push(1) == "Hi"
    assert stream.push(2) == "\nAh well"
    assert stream.push(3) == ""  # an unfinished character waits
    assert stream.finish() == ""
