"""A server's rules for the bot: validated, audited, stored per guild, and asked by the
table's commands. Real SQLite; the Discord side is in test_discord_guild_admin.py."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.models import GuildConfig, PostKind
from bot.services.campaigns import ServiceError, TableService
from bot.services.gm import Actor
from bot.services.guild_admin import GuildAdminService, scene_parent
from bot.store import Store
from tests.conftest import REPO
from tests.pacing_helpers import Clock

GWEN = Actor("1", "Gwen")


@pytest.fixture
async def admin(tmp_path: Path) -> AsyncIterator[tuple[GuildAdminService, Store, Clock]]:
    cards = tmp_path / "cards"
    cards.mkdir()
    shutil.copy(REPO / "cards" / "narrator.json", cards / "narrator.json")
    store = await Store.open(tmp_path / "guilds.db")
    clock = Clock()
    table = TableService(store, cards_dir=cards, clock=clock)
    yield GuildAdminService(store, table, clock=clock), store, clock
    await store.close()


async def test_limits_are_set_lifted_and_audited_per_guild(
    admin: tuple[GuildAdminService, Store, Clock],
) -> None:
    service, _, _ = admin
    await service.set_limits(10, GWEN, {"max_active_scenes": 2, "tokens_per_day": 5000,
                                        "narrations_per_day": None})
    config = await service.set_limits(10, GWEN, {"tokens_per_day": 0})  # 0 lifts it
    assert config.max_active_scenes == 2 and config.tokens_per_day is None
    assert await service.config(10) == config
    assert await service.config(11) == GuildConfig()  # another guild: untouched
    entries = await service.audit(10)
    assert [(e.actor_name, e.action, e.detail) for e in entries] == [
        ("Gwen", "limits", {"tokens_per_day": None}),
        ("Gwen", "limits", {"max_active_scenes": 2, "tokens_per_day": 5000}),
    ]
    assert await service.audit(11) == []


@pytest.mark.parametrize(
    ("limits", "error"),
    [
        ({"max_active_scenes": -1}, "cannot be negative"),
        ({"tokens": 5}, "Unknown limit: tokens"),
        ({"max_active_scenes": None}, "Name at least one limit"),
    ],
)
async def test_a_bad_limit_is_refused_and_changes_nothing(
    admin: tuple[GuildAdminService, Store, Clock], limits: dict[str, int | None], error: str,
) -> None:
    service, _, _ = admin
    await service.set_limits(10, GWEN, {"max_active_scenes": 3})
    with pytest.raises(ServiceError, match=error):
        await service.set_limits(10, GWEN, limits)
    assert (await service.config(10)).max_active_scenes == 3
    assert len(await service.audit(10)) == 1


async def test_defaults_are_checked_before_they_are_kept(
    admin: tuple[GuildAdminService, Store, Clock],
) -> None:
    service, _, _ = admin
    with pytest.raises(ServiceError, match="Content rating must be one of"):
        await service.set_defaults(10, GWEN, content_rating="gory", card=None)
    with pytest.raises(ServiceError, match=r"No narrator card called 'nope\.json'"):
        await service.set_defaults(10, GWEN, content_rating=None, card="nope.json")
    assert await service.campaign_defaults(10, "fallback.json") == (
        await service.campaign_defaults(11, "fallback.json"))
    await service.set_defaults(10, GWEN, content_rating="family", card="narrator.json")
    defaults = await service.campaign_defaults(10, "fallback.json")
    assert (defaults.card, defaults.content_rating) == ("narrator.json", "family")
    other = await service.campaign_defaults(11, "fallback.json")
    assert (other.card, other.content_rating) == ("fallback.json", "teen")


async def test_campaign_creators_are_admins_and_the_roles_named(
    admin: tuple[GuildAdminService, Store, Clock],
) -> None:
    service, store, clock = admin
    assert await service.check_campaign_creator(10, is_admin=True, role_ids=[]) == []
    with pytest.raises(ServiceError, match="create campaigns"):
        await service.check_campaign_creator(10, is_admin=False, role_ids=[77])
    await service.allow_creator_role(10, GWEN, 77)
    entitled = await service.check_campaign_creator(10, is_admin=False, role_ids=[5, 77])
    assert entitled == [77]
    campaign = await store.campaigns.create(title="Ours", now=clock(), guild_id=10,
                                            gm_role_ids=[3])
    assert (await service.hand_to_creators(campaign, entitled)).gm_role_ids == [3, 77]
    with pytest.raises(ServiceError, match="already"):
        await service.allow_creator_role(10, GWEN, 77)
    await service.disallow_creator_role(10, GWEN, 77)
    with pytest.raises(ServiceError):
        await service.check_campaign_creator(10, is_admin=False, role_ids=[77])


def test_a_new_scene_goes_in_an_allowed_category() -> None:
    anywhere = GuildConfig()
    assert scene_parent(anywhere, 5, {5}) == 5
    assert scene_parent(anywhere, None, set()) is None
    listed = GuildConfig(scene_category_ids=[8, 9])
    assert scene_parent(listed, 9, {8, 9}) == 9  # the campaign's own, allowed
    assert scene_parent(listed, 5, {5, 9}) == 9  # not allowed: the first that exists
    with pytest.raises(ServiceError, match="None of this server's scene categories"):
        scene_parent(listed, 5, {5})
    GuildAdminService.check_scene_category(listed, 8)
    with pytest.raises(ServiceError, match="<#8>, <#9>"):
        GuildAdminService.check_scene_category(listed, None)


async def test_open_scenes_are_counted_per_guild(
    admin: tuple[GuildAdminService, Store, Clock],
) -> None:
    service, store, clock = admin
    await service.set_limits(10, GWEN, {"max_active_scenes": 1})
    ours = await store.campaigns.create(title="Ours", now=clock(), guild_id=10)
    theirs = await store.campaigns.create(title="Theirs", now=clock(), guild_id=11)
    await store.scenes.create(campaign_id=theirs.id, now=clock(), channel_id=1)
    await service.check_scene_room(10)  # the other guild's scene does not count
    scene = await store.scenes.create(campaign_id=ours.id, now=clock(), channel_id=2)
    with pytest.raises(ServiceError, match="1 open scene"):
        await service.check_scene_room(10)
    await store.scenes.update(scene.id, status="ended")
    await service.check_scene_room(10)


async def test_hourly_actions_are_counted_and_said_once_an_hour(
    admin: tuple[GuildAdminService, Store, Clock],
) -> None:
    service, store, clock = admin
    campaign = await store.campaigns.create(title="Ours", now=clock(), guild_id=10)
    scene = await store.scenes.create(campaign_id=campaign.id, now=clock(), channel_id=2)
    assert await service.action_refusal(10, "p1") is None  # no limit set
    await service.set_limits(10, GWEN, {"actions_per_player_per_hour": 2})
    for _ in range(2):
        await store.posts.add(scene_id=scene.id, kind=PostKind.ACTION, author_id="p1",
                              author_name="P", content="I act.", now=clock())
    first = await service.action_refusal(10, "p1")
    again = await service.action_refusal(10, "p1")
    assert first is not None and first.first_this_hour and "2 action(s)" in first.text
    assert again is not None and not again.first_this_hour
    assert await service.action_refusal(10, "p2") is None  # another player
    assert await service.action_refusal(11, "p1") is None  # another guild
    clock.advance(3601)
    assert await service.action_refusal(10, "p1") is None


def test_a_stored_config_with_keys_from_a_newer_bot_still_reads() -> None:
    config = GuildConfig(**{"tokens_per_day": 10, "backend": "fast"})  # type: ignore[arg-type]
    assert config.tokens_per_day == 10
