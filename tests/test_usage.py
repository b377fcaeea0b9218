"""Token usage: what a generation costs, whom it is charged to, the report, the quotas.

Real parts: a SQLite file, the real `openai` client against the loopback fake server.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.llm.base import IncompleteGeneration, SamplingSettings, estimate_tokens
from bot.llm.openai_compat import OpenAICompatBackend
from bot.models import Campaign, ChatMessage, GuildConfig, PostKind
from bot.services.usage import (
    MeteredBackend,
    UsageScope,
    UsageService,
    charged_to,
    day_start,
    last_days,
    split_tokens,
    usage_report,
    utc_day,
)
from bot.store import Store
from bot.store.usage import UsageRow
from tests.fakeopenai import FakeOpenAI
from tests.pacing_helpers import Clock

NOON = 1_764_417_600.0  # 2025-11-29 12:00 UTC
PROMPT: list[ChatMessage] = [
    {"role": "system", "content": "You are the game master of a multiplayer story."},
    {"role": "user", "content": "Mira lights a lamp."},
]


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await Store.open(tmp_path / "usage.db")
    yield opened
    await opened.close()


async def _campaign(store: Store, guild_id: int, title: str) -> Campaign:
    return await store.campaigns.create(title=title, now=NOON, guild_id=guild_id)


async def _set(store: Store, guild_id: int, **config: int) -> None:
    await store.guilds.save(guild_id, GuildConfig(**config), actor_id="1", actor_name="Gwen",
                            action="limits", detail=config, now=NOON)


@pytest.mark.parametrize(("total", "parts"), [(10, 3), (2, 3), (0, 2), (7, 1), (99, 4)])
def test_a_split_adds_up_and_is_even(total: int, parts: int) -> None:
    shares = split_tokens(total, parts)
    assert sum(shares) == total and len(shares) == parts
    assert max(shares) - min(shares) <= 1


def test_days_are_utc() -> None:
    assert utc_day(NOON) == "2025-11-29"
    assert utc_day(day_start(NOON) - 1) == "2025-11-28"
    assert NOON - day_start(NOON) == 12 * 3600
    assert last_days(NOON, 3) == ["2025-11-27", "2025-11-28", "2025-11-29"]


def test_the_report_sums_per_day_campaign_player_and_backend() -> None:
    def row(day: str, campaign: int, player: str, backend: str, t_in: int, t_out: int) -> UsageRow:
        return UsageRow(day=day, guild_id=5, campaign_id=campaign, player_id=player,
                        backend=backend, tokens_in=t_in, tokens_out=t_out)

    rows = [row("2025-11-28", 1, "a", "openai:m", 100, 10),
            row("2025-11-29", 1, "b", "local", 5, 5),
            row("2025-11-29", 2, "", "local", 300, 30),
            row("2025-11-20", 1, "a", "local", 9, 9)]
    report = usage_report(rows, ["2025-11-27", "2025-11-28", "2025-11-29"])
    assert [(d, t.tokens_in, t.tokens_out) for d, t in report.days] == [
        ("2025-11-27", 0, 0), ("2025-11-28", 100, 10), ("2025-11-29", 305, 35)]
    assert [(c, t.total) for c, t in report.campaigns] == [(2, 330), (1, 120)]
    assert [(p, t.total) for p, t in report.players] == [("a", 110), ("b", 10)]  # '' is nobody
    assert [(b, t.total) for b, t in report.backends] == [("local", 340), ("openai:m", 110)]
    assert report.total.total == 450  # the day outside the span is left out


async def test_a_generation_is_charged_to_its_scope_split_among_the_players(
    store: Store, fake_openai: FakeOpenAI
) -> None:
    usage = UsageService(store, clock=Clock(NOON))
    server = OpenAICompatBackend(base_url=fake_openai.base_url, api_key="k", model="fake",
                                 max_retries=0)
    backend = MeteredBackend(server, usage)
    campaign = await _campaign(store, 7, "Ember Coast")
    try:
        with charged_to(UsageScope(7, campaign.id, ("p1", "p2"))):
            text = "".join([c async for c in backend.stream(PROMPT, SamplingSettings())])
        async for _ in backend.stream(PROMPT, SamplingSettings()):  # no scope: no guild
            pass
    finally:
        await backend.aclose()
    expected_in = sum(estimate_tokens(m["content"]) for m in PROMPT)
    rows = await store.usage.of_guild(7, "2025-11-29")
    assert [(r.player_id, r.backend) for r in rows] == [("p1", "openai:fake"),
                                                        ("p2", "openai:fake")]
    assert sum(r.tokens_in for r in rows) == expected_in
    assert sum(r.tokens_out for r in rows) == estimate_tokens(text) > 0
    assert await store.usage.tokens_on(0, "2025-11-29") == expected_in + estimate_tokens(text)


async def test_a_failed_attempt_still_costs_what_it_spent(
    store: Store, fake_openai: FakeOpenAI
) -> None:
    usage = UsageService(store, clock=Clock(NOON))
    server = OpenAICompatBackend(base_url=fake_openai.base_url, api_key="k", model="fake",
                                 max_retries=0)
    backend = MeteredBackend(server, usage)
    fake_openai.faults = ["early_end"]
    try:
        with charged_to(UsageScope(7, 1)), pytest.raises(IncompleteGeneration):
            async for _ in backend.stream(PROMPT, SamplingSettings()):
                pass
    finally:
        await backend.aclose()
    (row,) = await store.usage.of_guild(7, "2025-11-29")
    assert row.tokens_in > 0 and row.tokens_out > 0


async def test_a_used_up_quota_refuses_only_its_own_guild(store: Store) -> None:
    clock = Clock(NOON)
    usage = UsageService(store, clock=clock)
    over, fine = await _campaign(store, 1, "Over"), await _campaign(store, 2, "Fine")
    await _set(store, 1, tokens_per_day=100)
    await _set(store, 2, tokens_per_day=100)
    for campaign in (over, fine):
        with charged_to(UsageScope(campaign.guild_id, campaign.id)):
            await usage.record("local", 60 if campaign is over else 10, 40)
    refusal = await usage.quota_refusal(over)
    assert refusal is not None and refusal.period == "tokens:2025-11-29"
    assert "100 tokens for today" in str(refusal) and "Every action is saved" in str(refusal)
    assert await usage.quota_refusal(fine) is None
    clock.advance(12 * 3600)  # a new UTC day
    assert await usage.quota_refusal(over) is None


async def test_the_narrations_quota_counts_todays_narrations_of_the_guild(store: Store) -> None:
    clock = Clock(NOON)
    usage = UsageService(store, clock=clock)
    campaign = await _campaign(store, 3, "Counted")
    scene = await store.scenes.create(campaign_id=campaign.id, now=NOON, channel_id=99)
    await _set(store, 3, narrations_per_day=2)
    for at, kind in ((day_start(NOON) - 60, PostKind.NARRATION), (NOON, PostKind.NARRATION),
                     (NOON, PostKind.GM_NARRATION)):
        await store.posts.add(scene_id=scene.id, kind=kind, author_id="narrator",
                              author_name="N", content="…", now=at)
    assert await usage.quota_refusal(campaign) is None  # yesterday's and a GM's don't count
    await store.posts.add(scene_id=scene.id, kind=PostKind.NARRATION, author_id="narrator",
                          author_name="N", content="…", now=NOON + 1)
    refusal = await usage.quota_refusal(campaign)
    assert refusal is not None and "2 narrations for today" in str(refusal)


async def test_console_campaigns_have_no_quota(store: Store) -> None:
    usage = UsageService(store, clock=Clock(NOON))
    console = await store.campaigns.create(title="Local", now=NOON)
    assert await usage.quota_refusal(console) is None


async def test_a_second_generation_adds_to_each_players_row(store: Store) -> None:
    usage = UsageService(store, clock=Clock(NOON))
    campaign = await _campaign(store, 7, "Ember Coast")
    with charged_to(UsageScope(7, campaign.id, ("p1", "p2"))):
        await usage.record("openai:fake", 10, 4)
        await usage.record("openai:fake", 7, 2)  # split 4/3 and 1/1: rows add up
    rows = await store.usage.of_guild(7, "2025-11-29")
    assert [(r.player_id, r.tokens_in, r.tokens_out) for r in rows] == [
        ("p1", 9, 3), ("p2", 8, 3)]
