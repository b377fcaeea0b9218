"""/admin on the fake Discord: one bot on two servers, each with its own rules and usage.

Every rule an admin sets is applied where it matters (who creates campaigns, where
scenes go, how many are open, the defaults of a new campaign, the daily quota, the
actions per hour), and one server's rules and usage never touch the other's.
"""

from __future__ import annotations

import json
import logging
import shutil
import zlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.discord_app.client import LoremasterBot
from bot.llm.factory import make_backend
from bot.store import Store
from tests.conftest import REPO
from tests.discord_fixtures import Table, TurnedDown, bot_settings, turned_down  # noqa: F401
from tests.fakediscord import FakeDiscord, running_bot
from tests.fakediscord.fixtures import fake_discord  # noqa: F401
from tests.fakediscord.state import FakeChannel, FakeMessage
from tests.fakeopenai import FakeOpenAI
from tests.waiting import HANG_GUARD_S

MANAGE_GUILD = 1 << 5


@pytest.fixture
async def realms(
    fake_discord: FakeDiscord,  # noqa: F811
    fake_openai: FakeOpenAI,
    tmp_path: Path,
) -> AsyncIterator[tuple[Table, Table]]:
    """Two servers sharing one bot: Realm (Gwen, three players, a Storytellers role held by
    Bob, a Scenes category) and Other (Olga and Dan)."""
    fake = fake_discord
    gwen = fake.create_user("gm_gwen", global_name="Gwen")
    realm = fake.create_guild("Realm", owner=gwen)
    lobby = fake.create_channel(realm.id, "lobby")
    fake.create_channel(realm.id, "Scenes", is_category=True)
    storytellers = fake.create_role(realm.id, "Storytellers")
    players = {}
    for name in ("alice", "bob", "cy"):
        players[name] = fake.create_user(name, global_name=name.title())
        fake.add_member(realm.id, players[name], roles=[storytellers] if name == "bob" else [])
    olga = fake.create_user("olga", global_name="Olga")
    other = fake.create_guild("Other", owner=olga)
    other_lobby = fake.create_channel(other.id, "hall")
    dan = fake.create_user("dan", global_name="Dan")
    fake.add_member(other.id, dan)
    fake_openai.chunk_delay = 0.01
    settings = bot_settings(tmp_path, fake_openai)
    bard = json.loads((REPO / "cards" / "narrator.json").read_text(encoding="utf-8"))
    bard["data"]["name"] = "The Bard"
    (settings.cards_dir / "bard.json").write_text(json.dumps(bard), encoding="utf-8")
    store = await Store.open(settings.db)
    backend = await make_backend(settings)
    bot = LoremasterBot(settings=settings, store=store, backend=backend, identify_delay=0)
    try:
        async with running_bot(bot, fake):
            yield (
                Table(fake, fake_openai, bot, store, realm, gwen, players, lobby, settings),
                Table(fake, fake_openai, bot, store, other, olga, {"dan": dan}, other_lobby,
                      settings),
            )
            await bot.narrations.drain(HANG_GUARD_S)
    finally:
        await backend.aclose()
        await store.close()
        shutil.rmtree(settings.cards_dir, ignore_errors=True)


def bot_notices(table: Table, channel: FakeChannel, text: str) -> list[FakeMessage]:
    return [m for m in table.fake.messages_in(channel.id)
            if m.author_id == table.fake.bot_user.id and text in m.content]


async def admin_embed(table: Table, command: str, **options: object) -> dict:
    handle = await table.fake.invoke_slash(
        table.guild.id, table.lobby.id, table.admin.id, command, options=options)
    response = await handle.wait_response()
    assert response.ephemeral and response.data.get("embeds"), response.data
    return response.data["embeds"][0]


def field(embed: dict, name: str) -> str:
    return next(f["value"] for f in embed["fields"] if f["name"] == name)


async def test_admin_rules_apply_per_guild_and_usage_stays_with_its_guild(
    realms: tuple[Table, Table], turned_down: TurnedDown,  # noqa: F811
    caplog: pytest.LogCaptureFixture,
) -> None:
    realm, other = realms
    fake = realm.fake
    caplog.set_level(logging.INFO, logger="bot.discord_app.narration")

    # Only Manage Server sees /admin, and the bot checks again for servers that open it up.
    (admin_command,) = [c for c in fake.state.global_commands.values() if c["name"] == "admin"]
    assert int(admin_command["default_member_permissions"]) == MANAGE_GUILD
    refused = await realm.slash(realm.players["alice"], "admin show")
    assert refused.ephemeral and "Only server admins" in refused.content

    # Campaign creators: a role not named is refused; once named, it may.
    bob = realm.players["bob"]
    refused = await realm.slash(bob, "campaign create", title="Bob's Tale")
    assert refused.ephemeral and "create campaigns" in refused.content
    storytellers = next(r for r in realm.guild.roles.values() if r.name == "Storytellers")
    await admin_embed(realm, "admin creators allow", role=storytellers.id)
    # Defaults of a new campaign, and the category scenes must go in.
    scenes_category = fake.channel_named(realm.guild.id, "Scenes")
    await admin_embed(realm, "admin defaults", content_rating="mature", card="bard.json")
    shown = await admin_embed(realm, "admin category allow", category=scenes_category.id)
    assert f"<#{scenes_category.id}>" in field(shown, "Scene categories")
    assert "Gwen: creators allow" in field(shown, "Recent changes")

    created = await realm.slash(bob, "campaign create", title="Ember Coast")
    assert "is open" in created.content and "The Bard" in created.content, created.content
    assert "(mature)" in created.content
    for player in ("alice", "bob", "cy"):
        await realm.create_character(player)
    outside = await realm.slash(realm.admin, "scene start", title="Lobby", here=True)
    assert outside.ephemeral and "Scene channels on this server go in" in outside.content
    # Bob's role runs the campaign it created: Bob may start its scene.
    started = await realm.slash(bob, "scene start", title="Harbour at dusk")
    assert "started" in started.content, started.content
    channel = fake.channel_named(realm.guild.id, "harbour-at-dusk")
    scene = await realm.store.scenes.for_channel(channel.id)
    assert scene is not None
    assert channel.parent_id == scenes_category.id
    await admin_embed(realm, "admin limits", active_scenes=1)
    crowded = await realm.slash(realm.admin, "scene start", title="Second")
    assert crowded.ephemeral and "1 open scene" in crowded.content
    await fake.wait_for(lambda: realm.webhook_posts(channel), what="the opening")

    # A narration is charged to Realm; then Realm's daily tokens are used up.
    for player in ("alice", "bob", "cy"):
        await fake.user_says(channel.id, realm.players[player].id, f"{player} hauls a rope.")
    await realm.wait_narrations(channel, 1)
    spent = await realm.store.usage.tokens_on(realm.guild.id, _today(realm))
    assert spent > 0
    await admin_embed(realm, "admin limits", tokens_per_day=spent)
    for player in ("alice", "bob", "cy"):
        await fake.user_says(channel.id, realm.players[player].id, f"{player} waits.")
    notice = await fake.wait_for(
        lambda: bot_notices(realm, channel, "tokens for today"), what="the quota notice")
    assert "Every action is saved" in notice[0].content
    # Asked again (a GM retries) the scene is not told twice in one day, and nothing ran.
    requests_before = len(realm.openai.requests)
    await realm.slash(realm.admin, "scene resume", channel)
    await fake.wait_for(lambda: _logged_twice(caplog, "quota reached"), what="a 2nd refusal")
    await realm.settle()
    assert len(bot_notices(realm, channel, "tokens for today")) == 1
    # A GM's regenerate is refused with the same sentence, and the narration stays.
    regenerated = await realm.slash(realm.admin, "gm regenerate", channel)
    assert regenerated.ephemeral and "tokens for today" in regenerated.content
    assert len(realm.openai.requests) == requests_before
    (kept,) = [p for p in await realm.store.posts.of_scene(scene.id) if p.kind == "narration"]
    assert kept.round_no == 1

    # Other is unaffected by Realm's quota, and has its own hourly action limit.
    await other.create_campaign("Salt Road")
    await other.create_character("dan", "Pell")
    hall_scene, _ = await other.start_scene("Caravan")
    await fake.wait_for(lambda: other.webhook_posts(hall_scene), what="Other's opening")
    dan = other.players["dan"]
    await fake.user_says(hall_scene.id, dan.id, "Pell checks the wagons.")
    await other.wait_narrations(hall_scene, 1)
    await admin_embed(other, "admin limits", actions_per_hour=1)
    await fake.user_says(hall_scene.id, dan.id, "Pell climbs up.")
    await fake.wait_for(lambda: bot_notices(other, hall_scene, "1 action(s) per player"),
                        what="the action limit notice")
    await fake.user_says(hall_scene.id, dan.id, "Pell climbs up again.")
    await turned_down(dan.id, "per player per hour")
    assert len(bot_notices(other, hall_scene, "1 action(s) per player")) == 1

    # Each admin sees their own server's usage only.
    realm_usage = await admin_embed(realm, "admin usage")
    other_usage = await admin_embed(other, "admin usage")
    assert "Ember Coast" in field(realm_usage, "Campaigns")
    assert "Salt Road" not in field(realm_usage, "Campaigns")
    assert "Salt Road" in field(other_usage, "Campaigns")
    assert "Ember Coast" not in field(other_usage, "Campaigns")
    assert f"<@{dan.id}>" in field(other_usage, "Players")
    assert f"<@{dan.id}>" not in field(realm_usage, "Players")
    assert realm_usage["image"]["url"] == "attachment://usage.png"
    chart = _last_attachment(other)
    assert chart.startswith(b"\x89PNG") and zlib.decompress(_idat(chart))


def _today(table: Table) -> str:
    from bot.services.usage import utc_day

    return utc_day(table.bot.clock())


def _logged_twice(caplog: pytest.LogCaptureFixture, text: str) -> bool:
    return sum(text in r.getMessage() for r in caplog.records) >= 2


def _last_attachment(table: Table) -> bytes:
    messages = [m for m in table.fake.messages_in(table.lobby.id) if m.attachments]
    assert messages, "no message with an attachment in the lobby"
    return messages[-1].attachments[0].data


def _idat(png: bytes) -> bytes:
    at = png.index(b"IDAT")
    length = int.from_bytes(png[at - 4:at], "big")
    return png[at + 4:at + 4 + length]
