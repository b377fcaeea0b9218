"""A campaign's settings are typed: bad keys and values are refused in one line, writes of
different keys never undo each other, and a bad stored value falls back to its default."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path

import pytest

from bot.campaign_settings import CampaignSettings, GuardSwitches, settings_of
from bot.engine.guards import GUARD_NAMES
from bot.services.guard_judge import judge_enabled
from bot.services.vetting import enabled_guards
from bot.store import Store


@pytest.mark.parametrize(
    ("updates", "error"),
    [
        ({"sampling.min_p": 1.5}, "sampling.min_p: Input should be less than or equal to 1"),
        ({"sampling.top_k": 0}, "sampling.top_k: Input should be greater than or equal to 1"),
        ({"guards.repetition": "no"}, "guards.repetition: Input should be a valid boolean"),
        ({"player_swipe_limit": 11}, "player_swipe_limit: Input should be less than or equal"),
        ({"sampling.minp": 0.1}, "unknown campaign setting 'sampling.minp'; did you mean "
                                 "'sampling.min_p'?"),
        ({"volume": 3}, "unknown campaign setting 'volume'"),
    ],
)
async def test_a_bad_setting_is_refused_in_one_line_and_nothing_is_written(
    db_path: Path, updates: dict[str, object], error: str
) -> None:
    store = await Store.open(db_path)
    try:
        campaign = await store.campaigns.create(title="Ember Coast", now=1.0)
        await store.campaigns.patch_settings(campaign.id, {"sampling.temperature": 0.5})
        with pytest.raises(ValueError) as refused:
            # The good key given with the bad one is not half-written.
            await store.campaigns.patch_settings(campaign.id, {"sampling.top_p": 0.5, **updates})
        after = await store.campaigns.get(campaign.id)
    finally:
        await store.close()
    assert str(refused.value).startswith(error)
    assert "\n" not in str(refused.value)
    assert after.settings == {"sampling": {"temperature": 0.5}}


async def test_writers_of_different_keys_both_keep_theirs_and_none_resets(db_path: Path) -> None:
    store = await Store.open(db_path)
    try:
        campaign = await store.campaigns.create(
            title="Ember Coast", now=1.0, settings={"sampling": {"top_k": 40}})
        await asyncio.gather(
            store.campaigns.patch_settings(campaign.id, {"sampling.min_p": 0.05}),
            store.campaigns.patch_settings(campaign.id, {"guards.repetition": False}),
            store.campaigns.patch_settings(campaign.id, {"player_swipes": True}),
        )
        both = settings_of(await store.campaigns.get(campaign.id))
        await store.campaigns.patch_settings(campaign.id, {"sampling.top_k": None})
        reset = await store.campaigns.get(campaign.id)
    finally:
        await store.close()
    assert (both.sampling.min_p, both.sampling.top_k) == (0.05, 40)
    assert both.guards.repetition is False and both.player_swipes is True
    assert reset.settings["sampling"] == {"min_p": 0.05}  # the key is gone, not null


def test_a_bad_stored_value_falls_back_to_its_default_alone(
    caplog: pytest.LogCaptureFixture,
) -> None:
    stored = {"guards": {"model_judge": "yes", "repetition": False},
              "sampling": {"min_p": 7, "top_k": 40}, "review_drafts": 1, "retired_key": 3}
    typed = CampaignSettings.tolerant(stored)
    assert typed.guards.model_judge is False and typed.guards.repetition is False
    assert typed.sampling.min_p is None and typed.sampling.top_k == 40
    assert typed.review_drafts is False
    assert "guards.model_judge" in caplog.text and "sampling.min_p" in caplog.text
    # The readers of the code take the typed view.
    assert not judge_enabled(stored)
    assert enabled_guards(stored) == ["impersonation", "assistant_voice"]


def test_every_guard_has_a_switch() -> None:
    assert set(GuardSwitches.model_fields) == {*GUARD_NAMES, "model_judge"}


async def test_old_settings_written_as_whole_dicts_read_the_same(db_path: Path) -> None:
    """Rows written before the typed model (review and swipes wrote whole dicts)."""
    store = await Store.open(db_path)
    campaign = await store.campaigns.create(title="Ember Coast", now=1.0)
    await store.close()
    with sqlite3.connect(db_path) as db:
        db.execute("UPDATE campaigns SET settings = ? WHERE id = ?", (json.dumps({
            "review_drafts": True, "review_channel_id": 99, "player_swipes": True,
            "player_swipe_limit": 3, "guards": {"model_judge": True}}), campaign.id))
    store = await Store.open(db_path)
    try:
        typed = settings_of(await store.campaigns.get(campaign.id))
    finally:
        await store.close()
    assert (typed.review_drafts, typed.review_channel_id) == (True, 99)
    assert (typed.player_swipes, typed.player_swipe_limit) == (True, 3)
    assert typed.guards.model_judge is True


async def test_a_whole_value_setting_is_replaced_not_merged(db_path: Path) -> None:
    first = {"entries": {"0": {"key": ["bell"], "content": "The bell is cracked."}}}
    second = {"entries": {"1": {"key": ["gull"], "content": "Gulls steal bread."}}}
    store = await Store.open(db_path)
    try:
        campaign = await store.campaigns.create(title="Ember Coast", now=1.0)
        await store.campaigns.patch_settings(campaign.id, {"lorebook": first,
                                                           "sampling.top_k": 40})
        await store.campaigns.patch_settings(campaign.id, {"lorebook": second})
        after = await store.campaigns.get(campaign.id)
    finally:
        await store.close()
    assert after.settings == {"lorebook": second, "sampling": {"top_k": 40}}
