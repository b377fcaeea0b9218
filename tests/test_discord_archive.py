"""Ending and archiving through the real bot on the fake Discord: the channel is locked
and moved to an archive category, the undo puts it back; every status change of a scene
and every world edit is in the GM audit log; pause and end stop the round's timers,
resume and reopen re-arm them."""

from __future__ import annotations

import pytest

from bot.models import PostKind, SceneStatus
from tests.discord_fixtures import Table
from tests.fakediscord.state import (
    ADMINISTRATOR,
    ALL_PERMISSIONS,
    GUILD_CATEGORY,
    MANAGE_ROLES,
    SEND_MESSAGES,
    VIEW_CHANNEL,
    FakeChannel,
)
from tests.waiting import eventually


def can(table: Table, channel: FakeChannel, player: str) -> tuple[bool, bool]:
    """(may read, may send) in `channel`, for one of the table's players."""
    perms = table.fake.state.channel_permissions(channel.id, table.players[player].id)
    return bool(perms & VIEW_CHANNEL), bool(perms & SEND_MESSAGES)


def layout(channel: FakeChannel) -> tuple[int | None, list[dict[str, object]]]:
    return channel.parent_id, sorted(channel.permission_overwrites, key=lambda o: str(o["id"]))


async def announced(table: Table, channel: FakeChannel, target_id: int) -> None:
    """Tell the bot about an overwrite a test added, and wait until it has seen it."""
    await table.fake.announce_channel_update(channel)

    async def seen() -> bool:
        cached = table.bot.get_channel(channel.id)
        return any(t.id == target_id for t in getattr(cached, "overwrites", {}))

    await eventually(seen, f"the bot to see the overwrite for {target_id} in #{channel.name}")


async def round_timers(table: Table, scene_id: int) -> set[str]:
    return {d.kind for d in await table.store.deadlines.pending(scene_id)} & {"round", "nudge"}


async def audit_actions(table: Table, campaign_id: int) -> list[str]:
    return [e.action for e in reversed(await table.store.audit.recent(campaign_id, 100))]


async def test_end_locks_and_archives_the_channel_and_reopen_restores_it(table: Table) -> None:
    channel, scene = await table.ready_scene()
    gm, alice = table.admin, table.players["alice"]
    # A channel with an overwrite of its own (players' role may write), to be kept.
    players_role = table.fake.create_role(table.guild.id, "Players")
    channel.permission_overwrites.append(
        {"id": str(players_role.id), "type": 0, "allow": str(SEND_MESSAGES), "deny": "0"})
    await announced(table, channel, players_role.id)
    before = layout(channel)
    assert before[0] is not None and can(table, channel, "alice") == (True, True)
    await table.slash(gm, "scene mode", channel, mode="rounds", minutes=10.0)
    assert await round_timers(table, scene.id) == {"round", "nudge"}

    refused = await table.slash(alice, "scene end", channel)
    assert refused.ephemeral and refused.content.startswith("Only ")
    assert channel.parent_id == before[0]

    ended = await table.slash(gm, "scene end", channel)
    assert can(table, channel, "alice") == (True, False)
    archive = table.fake.state.channels[channel.parent_id or 0]
    assert archive.type == GUILD_CATEGORY and archive.name == "Archive"
    assert "has ended" in ended.content and "/scene reopen" in ended.content
    assert (await table.store.scenes.get(scene.id)).status == SceneStatus.ENDED
    role_overwrite = next(o for o in channel.permission_overwrites
                          if o["id"] == str(players_role.id))
    assert int(role_overwrite["allow"]) & SEND_MESSAGES == 0
    assert await round_timers(table, scene.id) == set()

    reopened = await table.slash(gm, "scene reopen", channel)
    assert "is back (active)" in reopened.content, reopened.content
    assert layout(channel) == before and can(table, channel, "alice") == (True, True)
    assert (await table.store.scenes.get(scene.id)).status == SceneStatus.ACTIVE
    assert await round_timers(table, scene.id) == {"round", "nudge"}
    await table.fake.user_says(channel.id, alice.id, "Mira lights the lantern again.")

    async def stored() -> bool:
        posts = await table.store.posts.of_scene(scene.id)
        return any(p.content == "Mira lights the lantern again." for p in posts)

    await eventually(stored, "the action sent after the reopen to be stored")
    ended_again = await table.slash(gm, "scene end", channel)
    assert "has ended" in ended_again.content
    # The second archive found the category the first one made.
    categories = [c for c in table.fake.state.channels.values()
                  if c.guild_id == table.guild.id and c.type == GUILD_CATEGORY
                  and c.name == "Archive"]
    assert len(categories) == 1 and channel.parent_id == categories[0].id
    assert await audit_actions(table, scene.campaign_id) == ["mode", "end", "reopen", "end"]


async def test_pause_resume_and_world_edits_are_audited_and_move_the_timers(
    table: Table,
) -> None:
    channel, scene = await table.ready_scene()
    gm = table.admin
    await table.slash(gm, "scene mode", channel, mode="rounds", minutes=10.0)
    pending = await table.store.deadlines.pending(scene.id)
    armed = {d.kind: d.fire_at for d in pending}
    assert {"round", "nudge"} <= armed.keys()
    timers = table.bot.services.timers
    assert timers is not None
    armed_keys = {f"deadline:{d.id}" for d in pending}
    assert armed_keys <= set(timers.scheduled_keys())

    assert (await table.slash(gm, "scene pause", channel)).content == "The scene is paused."
    assert await round_timers(table, scene.id) == set()
    assert not armed_keys & set(timers.scheduled_keys())
    assert (await table.slash(gm, "scene resume", channel)).content == "The scene resumes."
    pending = await table.store.deadlines.pending(scene.id)
    rearmed = {d.kind: d.fire_at for d in pending}
    assert {"round", "nudge"} <= rearmed.keys() and rearmed["round"] >= armed["round"]
    assert {f"deadline:{d.id}" for d in pending} <= set(timers.scheduled_keys())

    await table.slash(gm, "world set", channel, section="npcs", name="Old Tom",
                      field="whereabouts", value="the lighthouse")
    await table.slash(gm, "world remove", channel, section="npcs", name="Old Tom")
    log = await table.slash(gm, "gm log", channel)
    for action in ("pause", "resume", "world_set", "world_remove"):
        assert action in log.content, (action, log.content)
    assert await audit_actions(table, scene.campaign_id) == [
        "mode", "pause", "resume", "world_set", "world_remove"]


async def test_campaign_archive_ends_every_scene_and_unarchive_brings_them_back(
    table: Table,
) -> None:
    first, scene_1 = await table.ready_scene()
    second, scene_2 = await table.start_scene("Lighthouse stair")
    await table.slash(table.admin, "scene pause", second)
    before = {first.id: layout(first), second.id: layout(second)}
    alice = table.players["alice"]

    refused = await table.slash(alice, "campaign archive")
    assert refused.ephemeral and refused.content.startswith("Only server admins")
    done = await table.slash(table.admin, "campaign archive")
    for channel in (first, second):
        assert can(table, channel, "alice") == (True, False)
        archive = table.fake.state.channels[channel.parent_id or 0]
        assert archive.name == "Archive" and archive.type == GUILD_CATEGORY
    assert "is archived; 2 scene(s) ended" in done.content, done.content
    for scene in (scene_1, scene_2):
        assert (await table.store.scenes.get(scene.id)).status == SceneStatus.ENDED
    campaign = await table.store.campaigns.get(scene_1.campaign_id)
    assert campaign.status == "archived"
    await table.fake.user_says(first.id, alice.id, "Mira knocks on the archive door.")

    # The server's open-scene limit holds for scenes coming back too.
    await table.slash(table.admin, "admin limits", active_scenes=1)
    crowded = await table.slash(table.admin, "campaign unarchive", campaign="Ember Coast")
    assert crowded.ephemeral and "1 open scene" in crowded.content, crowded.content
    assert (await table.store.campaigns.get(campaign.id)).status == "archived"
    await table.slash(table.admin, "admin limits", active_scenes=0)
    back = await table.slash(table.admin, "campaign unarchive", campaign="Ember Coast")
    assert "is back, with 2 scene(s)" in back.content, back.content
    assert {first.id: layout(first), second.id: layout(second)} == before
    assert (await table.store.scenes.get(scene_1.id)).status == SceneStatus.ACTIVE
    assert (await table.store.scenes.get(scene_2.id)).status == SceneStatus.PAUSED
    assert (await table.store.campaigns.get(campaign.id)).status == "active"
    posts = await table.store.posts.of_scene(scene_1.id)
    assert not [p for p in posts if p.kind == PostKind.ACTION and "archive door" in p.content]
    assert (await audit_actions(table, campaign.id))[-2:] == [
        "campaign_archive", "campaign_unarchive"]


@pytest.mark.parametrize("bot_permissions", [ALL_PERMISSIONS & ~ADMINISTRATOR])
async def test_end_without_manage_roles_says_so_and_changes_nothing(table: Table) -> None:
    channel, scene = await table.ready_scene()
    bot_role = next(r for r in table.guild.roles.values() if r.managed)
    channel.permission_overwrites.append(
        {"id": str(bot_role.id), "type": 0, "allow": "0", "deny": str(MANAGE_ROLES)})
    await announced(table, channel, bot_role.id)
    before = layout(channel)
    reply = await table.slash(table.admin, "scene end", channel)
    assert reply.ephemeral
    assert reply.content == f"I need the Manage Roles permission in #{channel.name} for that."
    assert layout(channel) == before and can(table, channel, "alice") == (True, True)
    assert (await table.store.scenes.get(scene.id)).status == SceneStatus.ACTIVE
    assert await audit_actions(table, scene.campaign_id) == []
