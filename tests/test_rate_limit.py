"""The sliding window (pure), the per-guild limits on a real SQLite file, and the
archive's lock of a channel's overwrites."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.discord_app.archiving import WRITE, locked
from bot.engine.rate_limit import SlidingWindow
from bot.services.limits import LimitsService
from bot.store import Store
from bot.store.archived_channels import ChannelLayout


def test_window_admits_up_to_the_limit_then_says_how_long_to_wait() -> None:
    window = SlidingWindow(60.0)
    assert [window.admit("a", 3, t) for t in (0.0, 1.0, 2.0)] == [None, None, None]
    assert window.admit("a", 3, 10.0) == pytest.approx(50.0)  # the event at 0 ages out at 60
    assert window.admit("b", 3, 10.0) is None  # keys are counted apart
    assert window.admit("a", 3, 60.0) is None
    assert window.in_window("a", 60.0) == 3


def test_refused_events_are_not_counted() -> None:
    window = SlidingWindow(10.0)
    assert window.admit("a", 1, 0.0) is None
    for t in range(1, 10):
        assert window.admit("a", 1, float(t)) is not None
    assert window.admit("a", 1, 10.0) is None  # hammering while refused did not extend it


def test_quiet_keys_are_swept() -> None:
    window = SlidingWindow(1.0)
    for n in range(3000):
        window.admit(n, 1, float(n))
    assert len(window._events) < 1100


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_limits_are_per_guild_and_stated_in_the_refusal(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "limits.db")
    clock = Clock()
    try:
        limits = LimitsService(store, clock)
        await limits.configure(1, actions_per_minute=2, action_chars=40)
        assert (await limits.of_guild(1)).commands_per_minute == 20  # the others kept
        assert (await limits.of_guild(2)).actions_per_minute == 12  # another guild: defaults

        too_long = await limits.check_action(1, "p", "x" * 41)
        assert too_long is not None and "41 characters long; the limit here is 40" in too_long.text
        assert await limits.check_action(1, "p", "short") is None  # the long one took no slot
        assert await limits.check_action(1, "p", "short") is None
        first = await limits.check_action(1, "p", "short")
        again = await limits.check_action(1, "p", "short")
        assert first is not None and first.first and "at most 2 actions a minute" in first.text
        assert again is not None and not again.first
        assert await limits.check_action(2, "p", "short") is None  # guild 2's own count
        clock.now += 60.0
        assert await limits.check_action(1, "p", "short") is None
        with pytest.raises(ValidationError):
            await limits.configure(1, actions_per_minute=0)
        assert (await limits.of_guild(1)).actions_per_minute == 2  # the bad value stored nothing
    finally:
        await store.close()

    reopened = await Store.open(tmp_path / "limits.db")
    try:
        assert (await reopened.guild_limits.get(1)).action_chars == 40
    finally:
        await reopened.close()


def test_lock_denies_writing_to_all_but_the_bot_and_keeps_reading() -> None:
    everyone, players, bot, member = 1, 2, 3, 4
    view = 1 << 10
    layout = ChannelLayout(parent_id=9, overwrites=[
        {"id": players, "type": 0, "allow": view | (1 << 11), "deny": 0},
        {"id": bot, "type": 1, "allow": view | (1 << 11), "deny": 0},
        {"id": member, "type": 1, "allow": 0, "deny": view},
    ])
    result = {o["id"]: o for o in locked(layout, everyone_id=everyone, spared={bot})}
    assert result[players] == {"id": players, "type": 0, "allow": view, "deny": WRITE}
    assert result[bot] == layout.overwrites[1]
    assert result[member]["deny"] == view | WRITE
    assert result[everyone] == {"id": everyone, "type": 0, "allow": 0, "deny": WRITE}
