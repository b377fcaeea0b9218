"""Parsed cards are kept by content, and a large card is parsed off the event loop."""

from __future__ import annotations

import asyncio
import json
import shutil
import time
from collections.abc import Awaitable
from pathlib import Path
from typing import TypeVar

from bot.cards.cache import CARDS, CardCache
from bot.llm.openai_compat import OpenAICompatBackend
from bot.services.campaigns import narrator_avatar
from bot.services.persona import narrator_card
from bot.services.scenes import SceneService
from bot.store import Store
from tests.fakeopenai import FakeOpenAI

T = TypeVar("T")


def big_card() -> bytes:
    """About 7 MB: a lorebook of long entries and a tide table of 400,000 numbers."""
    entries = [
        {"keys": [f"tide {i}"], "content": f"Entry {i}. " + "Salt and rope. " * 10_000, "id": i}
        for i in range(40)
    ]
    data = {
        "name": "Archivist", "first_mes": "Welcome, {{user}}.",
        "character_book": {"entries": entries},
        "extensions": {"tide_table": [i % 97 for i in range(400_000)]},
    }
    return json.dumps({"spec": "chara_card_v2", "spec_version": "2.0", "data": data}).encode()


def card_bytes(name: str) -> bytes:
    return json.dumps({"spec": "chara_card_v2", "data": {"name": name}}).encode()


def test_an_unchanged_card_is_parsed_once(tmp_path: Path) -> None:
    cache = CardCache()
    path = tmp_path / "wren.json"
    path.write_bytes(card_bytes("Wren"))
    first = cache.load(path)
    assert cache.load(path) is first
    assert cache.parses == 1
    twin = tmp_path / "twin.json"
    shutil.copyfile(path, twin)  # another file, same bytes: read and hashed, not parsed
    assert cache.load(twin) is first
    assert cache.parses == 1
    path.write_bytes(card_bytes("Robin"))
    assert cache.load(path).card.data.name == "Robin"
    assert cache.parses == 2


def test_the_cache_is_bounded_by_count_and_by_bytes(tmp_path: Path) -> None:
    cache = CardCache(max_cards=2, max_bytes=10**6)
    paths = []
    for name in ("A", "B", "C"):
        paths.append(tmp_path / f"{name}.json")
        paths[-1].write_bytes(card_bytes(name))
        cache.load(paths[-1])
    assert cache.parses == 3
    cache.load(paths[2])
    assert cache.parses == 3  # the newest stayed
    cache.load(paths[0])
    assert cache.parses == 4  # the oldest was dropped for the third
    small = CardCache(max_cards=8, max_bytes=2 * len(card_bytes("A")))
    for path in paths:
        small.load(path)
    small.load(paths[0])
    assert small.parses == 4  # only two cards' bytes fit


def test_a_broken_card_is_not_kept(tmp_path: Path) -> None:
    cache = CardCache()
    path = tmp_path / "bad.json"
    path.write_text('{"spec": "chara_card_v2", "data": {"name": 3}}')
    for _ in range(2):
        try:
            cache.load(path)
        except ValueError as exc:
            assert "wrong type" in str(exc)
        else:
            raise AssertionError("a broken card loaded")
    path.write_bytes(card_bytes("Fixed"))
    assert cache.load(path).card.data.name == "Fixed"


def test_narrator_card_and_avatar_share_one_parse(tmp_path: Path) -> None:
    (tmp_path / "wren.json").write_bytes(card_bytes("Wren-shared"))
    before = CARDS.parses
    card = narrator_card(tmp_path, "wren.json")
    narrator_avatar(tmp_path, "wren.json")
    narrator_avatar(tmp_path, "wren.json")
    assert narrator_card(tmp_path, "wren.json") is card
    assert CARDS.parses == before + 1


async def watch_the_loop(work: Awaitable[T]) -> tuple[T, int, float, float]:
    """Run `work` beside a ticker: (result, ticks while it ran, longest stall, seconds)."""
    loop = asyncio.get_running_loop()
    ticking = asyncio.Event()
    done = False
    ticks, longest = 0, 0.0

    async def tick() -> None:
        nonlocal ticks, longest
        last = loop.time()
        ticking.set()
        while not done:
            await asyncio.sleep(0.001)
            now = loop.time()
            ticks, longest, last = ticks + 1, max(longest, now - last), now

    ticker = asyncio.create_task(tick())
    await asyncio.wait_for(ticking.wait(), 10)
    started, ticks = loop.time(), 0
    try:
        result = await work
    finally:
        seen, elapsed, done = ticks, loop.time() - started, True
        await ticker
    return result, seen, longest, elapsed


async def test_a_large_card_is_parsed_off_the_event_loop(
    tmp_path: Path, fake_openai: FakeOpenAI
) -> None:
    (tmp_path / "big.json").write_bytes(big_card())
    store = await Store.open(tmp_path / "loremaster.db")
    try:
        backend = OpenAICompatBackend(base_url=fake_openai.base_url, api_key="sk-test",
                                      model="fake", timeout=30.0)
        scenes = SceneService(store, backend, cards_dir=tmp_path, clock=time.time)
        campaign = await store.campaigns.create(title="Archive", now=0.0, narrator_card="big.json")
        before = CARDS.parses
        text, ticks, stalled, elapsed = await watch_the_loop(
            scenes.opening_text(campaign, ["ana"])
        )
        assert text == "Welcome, ana."
        assert CARDS.parses == before + 1, "the card was not parsed for this opening"
        assert ticks >= 5, f"the event loop ran {ticks} times in the {elapsed * 1000:.0f} ms load"
        assert stalled < 0.75 * elapsed, (
            f"the event loop stalled {stalled * 1000:.0f} ms of a {elapsed * 1000:.0f} ms load"
        )
        await scenes.opening_text(campaign, ["ben"])
        assert CARDS.parses == before + 1, "an unchanged card was parsed again"
    finally:
        await store.close()
