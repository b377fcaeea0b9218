"""A `/scene start` cut short (the bot died after seating the scene) is finished when the
bot starts again: the opening is stored once and shown once in the scene's channel."""

from __future__ import annotations

from bot.models import Post, PostKind
from tests.discord_fixtures import PLAYER_NAMES, Table, fake_discord, table  # noqa: F401


async def _seated_scene_without_opening(table: Table) -> tuple[int, int]:  # noqa: F811
    await table.create_campaign()
    for player in PLAYER_NAMES:
        await table.create_character(player)
    [campaign] = await table.store.campaigns.in_guild(table.guild.id)
    channel = table.fake.create_channel(table.guild.id, "harbour-at-dusk")
    # What /scene start stores before the opening (one transaction), and no more.
    scene = await table.bot.services.table.start_scene(
        campaign, channel_id=channel.id, title="Harbour")
    return channel.id, scene.id


async def _openings(table: Table, scene_id: int) -> list[Post]:  # noqa: F811
    return [p for p in await table.store.posts.of_scene(scene_id) if p.kind == PostKind.OPENING]


async def test_restart_opens_a_scene_whose_start_was_cut_short(table: Table) -> None:  # noqa: F811
    channel_id, scene_id = await _seated_scene_without_opening(table)
    assert await _openings(table, scene_id) == []

    await table.bot.narrations.catch_up()  # what the bot does when it (re)connects
    await table.bot.narrations.catch_up()  # a second start opens nothing again

    [opening] = await _openings(table, scene_id)
    shown = [m for m in table.fake.messages_in(channel_id) if m.webhook_id is not None]
    assert [m.id for m in shown] == [opening.discord_message_id]
    assert shown[0].content.strip() == opening.content.strip()
    seated = await table.store.seats.of_scene(scene_id)
    assert sorted(p.player_name for p in seated) == sorted(n.title() for n in PLAYER_NAMES)


async def test_restart_shows_an_opening_stored_but_never_posted(table: Table) -> None:  # noqa: F811
    channel_id, scene_id = await _seated_scene_without_opening(table)
    scene = await table.store.scenes.get(scene_id)
    stored = await table.bot.services.scenes.post_opening(scene, "Fog rolls over the harbour.")

    await table.bot.narrations.catch_up()

    [opening] = await _openings(table, scene_id)
    shown = [m for m in table.fake.messages_in(channel_id) if m.webhook_id is not None]
    assert opening.id == stored.id
    assert [(m.id, m.content) for m in shown] == [
        (opening.discord_message_id, "Fog rolls over the harbour.")]


async def test_restart_records_an_opening_shown_but_never_recorded(
    table: Table,  # noqa: F811
) -> None:
    """Killed between posting the opening and recording its message: the post is found in
    the channel and recorded, not posted a second time."""
    channel_id, scene_id = await _seated_scene_without_opening(table)
    scene = await table.store.scenes.get(scene_id)
    stored = await table.bot.services.scenes.post_opening(scene, "Fog rolls over the harbour.")
    channel = await table.bot.narrator.text_channel(channel_id)
    assert channel is not None
    campaign = await table.store.campaigns.get(scene.campaign_id)
    voice = await table.bot.narrator.voice(campaign)
    [shown_id] = await table.bot.narrator.post(channel, voice, stored.content)

    await table.bot.narrations.catch_up()

    [opening] = await _openings(table, scene_id)
    shown = [m for m in table.fake.messages_in(channel_id) if m.webhook_id is not None]
    assert [m.id for m in shown] == [shown_id] == [opening.discord_message_id]


async def test_a_catch_up_between_seating_and_opening_does_not_break_the_start(
    table: Table,  # noqa: F811
) -> None:
    """The bot (re)connected just as a GM started a scene: its catch-up saw the new scene
    without an opening and opened it first. The start still succeeds; one opening shown."""
    await table.create_campaign()
    for player in PLAYER_NAMES:
        await table.create_character(player)
    seat = table.bot.services.table.start_scene

    async def seat_then_catch_up(*args: object, **kwargs: object) -> object:
        scene = await seat(*args, **kwargs)  # type: ignore[arg-type]
        await table.bot.narrations.catch_up()  # what on_ready runs, landing in between
        return scene

    table.bot.services.table.start_scene = seat_then_catch_up  # type: ignore[method-assign]
    channel, scene = await table.start_scene()

    [opening] = await _openings(table, scene.id)
    shown = [m for m in table.fake.messages_in(channel.id) if m.webhook_id is not None]
    assert [m.id for m in shown] == [opening.discord_message_id]
