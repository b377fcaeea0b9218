"""The NPC list and each campaign's cast, on a real SQLite file."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.services.campaigns import ServiceError
from bot.services.npcs import NpcService
from bot.store import Store

AVATAR = "https://cdn.discordapp.com/attachments/1/2/voss.png"


@pytest.fixture
async def store(db_path: Path) -> AsyncIterator[Store]:
    store = await Store.open(db_path)
    yield store
    await store.close()


async def _campaign(store: Store) -> int:
    campaign = await store.campaigns.create(title="Ember Coast", now=1.0, guild_id=42)
    await store.characters.create(campaign_id=campaign.id, player_id="1", player_name="ana",
                                  name="Ana", now=1.0)
    return campaign.id


async def test_add_edit_list_remove(store: Store) -> None:
    npcs = NpcService(store, clock=lambda: 5.0)
    campaign_id = await _campaign(store)
    await npcs.add(campaign_id, "  Captain   Voss ", avatar_url=AVATAR, description="Gruff.")
    edited = await npcs.edit(campaign_id, "captain voss", description="Gruff and tired.")
    assert (edited.name, edited.avatar_url, edited.description) == (
        "Captain Voss", AVATAR, "Gruff and tired.")
    assert [n.name for n in await npcs.of_campaign(campaign_id)] == ["Captain Voss"]
    await npcs.remove(campaign_id, "CAPTAIN VOSS")
    assert await npcs.of_campaign(campaign_id) == []
    with pytest.raises(ServiceError, match="no NPC called Captain Voss"):
        await npcs.remove(campaign_id, "Captain Voss")


async def test_bad_input_is_refused_and_loses_nothing(store: Store) -> None:
    npcs = NpcService(store, clock=lambda: 5.0)
    campaign_id = await _campaign(store)
    await npcs.add(campaign_id, "Mara", description="A smuggler.")
    for name, avatar, why in [
        ("Mara", None, "already an NPC called Mara"),
        ("ana", None, "player character"),
        ("[[Evil]]", None, "without brackets"),
        ("x" * 81, None, "1–80 characters"),
        ("Ghost", "file:///etc/passwd", "uploaded image"),
    ]:
        with pytest.raises(ServiceError, match=why):
            await npcs.add(campaign_id, name, avatar_url=avatar)
    assert [(n.name, n.description) for n in await npcs.of_campaign(campaign_id)] == [
        ("Mara", "A smuggler.")]


async def test_the_cast_takes_the_world_and_the_lore_by_name(store: Store) -> None:
    npcs = NpcService(store, clock=lambda: 5.0)
    campaign_id = await _campaign(store)
    await npcs.add(campaign_id, "Captain Voss", avatar_url=AVATAR)
    await store.world.save(campaign_id, {"npcs": [{"name": "Old Hettie"}, {"name": "voss"},
                                                  {"name": "captain voss"}]}, now=2.0)
    await store.lore.put(campaign_id=campaign_id, name="Brother Ash", keys=["ash"],
                         content="A monk.", now=2.0)
    cast = await npcs.cast(await store.campaigns.get(campaign_id))
    assert list(cast.voices) == ["Captain Voss", "Old Hettie", "voss", "Brother Ash"]
    assert cast.voice("Captain Voss").avatar_url == AVATAR
    assert cast.voice("Old Hettie").avatar_url is None
    assert cast.player_characters == ("Ana",)
    segments = cast.segments('[[Ana]]: "Hi."\n[[Old Hettie]]: "Hush."')
    assert [s.speaker for s in segments] == [None, "Old Hettie"]
