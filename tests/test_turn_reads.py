"""A turn's shared reads: one read however many parts ask, even at the same time."""

from __future__ import annotations

import asyncio

import pytest

from bot.services.turns import TurnReads


async def test_parts_asking_at_once_share_one_read() -> None:
    reads = TurnReads()
    started = 0
    reading, gate = asyncio.Event(), asyncio.Event()

    async def read_world() -> dict[str, str]:
        nonlocal started
        started += 1
        reading.set()
        await gate.wait()
        return {"npcs": "Oriel"}

    waiting = [asyncio.ensure_future(reads.once("world", read_world)) for _ in range(3)]
    # The read runs after every asker has asked (tasks run in the order they were made).
    await reading.wait()
    gate.set()
    results = await asyncio.gather(*waiting)
    assert started == 1
    assert results == [{"npcs": "Oriel"}] * 3
    assert await reads.once("lore", lambda: asyncio.sleep(0, result=["bell"])) == ["bell"]


async def test_a_failed_read_fails_every_asker_and_a_new_turn_reads_again() -> None:
    reads = TurnReads()

    async def broken() -> None:
        raise OSError("disk gone")

    for _ in range(2):
        with pytest.raises(OSError, match="disk gone"):
            await reads.once("world", broken)
    assert await TurnReads().once("world", lambda: asyncio.sleep(0, result=1)) == 1
