"""/roll and /gm roll on the loopback Discord: the roll in the channel and in the next
narration's prompt; a roll is not an action; a secret roll stays with the GM."""

from __future__ import annotations

from bot.models import Post, PostKind
from tests.discord_fixtures import PLAYER_NAMES, Table, discord_pings
from tests.waiting import eventually


async def _posts_of_kind(
    table: Table, scene_id: int, kind: PostKind, count: int, *, linked: bool = False
) -> list[Post]:
    """The scene's posts of `kind` once `count` are stored (and tied to their message)."""

    async def stored() -> bool:
        posts = await table.store.posts.of_scene(scene_id)
        found = [p for p in posts if p.kind == kind]
        return len(found) >= count and (not linked or all(p.discord_message_id for p in found))

    await eventually(stored, f"{count} {kind} post(s) in scene {scene_id}, linked={linked}")
    return [p for p in await table.store.posts.of_scene(scene_id) if p.kind == kind]


async def test_a_players_roll_is_in_the_channel_and_the_next_prompt(table: Table) -> None:
    fake = table.fake
    channel, scene = await table.ready_scene()
    alice, bob, cy = (table.players[p] for p in PLAYER_NAMES)
    reply = await table.slash(alice, "roll", channel, expression="1d20+3", reason="Stealth")
    assert not reply.ephemeral
    assert reply.content.startswith("🎲 **Mira** rolls for **Stealth**: 1d20 (")
    (roll,) = await _posts_of_kind(table, scene.id, PostKind.ROLL, 1, linked=True)
    total = roll.meta["total"]
    assert 4 <= total <= 23 and reply.content.split("= `")[1].startswith(f"{total}`")
    shown = [m for m in fake.messages_in(channel.id) if m.id == roll.discord_message_id]
    assert shown and not shown[0].ephemeral and shown[0].content == reply.content
    assert discord_pings(shown[0].content, shown[0].allowed_mentions) == []

    # The roll is not Mira's action: with the others acted, the round still waits for her.
    for player in (bob, cy):
        await fake.user_says(channel.id, player.id, "I keep watch.")
    await _posts_of_kind(table, scene.id, PostKind.ACTION, 2)
    await table.settle()
    assert table.narration_prompts() == []
    status = await table.slash(bob, "scene status", channel)
    assert "Waiting for: Mira" in status.content, status.content

    await fake.user_says(channel.id, alice.id, "I slip past the guard.")
    await table.wait_narrations(channel, 1)
    (prompt,) = table.narration_prompts()
    assert f"Mira ({roll.author_name}) rolled Stealth (1d20+3): {total}" in prompt
    assert prompt.index("rolled Stealth") < prompt.index("I slip past the guard.")


async def test_a_secret_gm_roll_stays_out_of_the_channel_and_the_prompt(table: Table) -> None:
    fake = table.fake
    channel, scene = await table.ready_scene()
    before = {m.id for m in fake.messages_in(channel.id) if not m.ephemeral}
    reply = await table.slash(
        table.admin, "gm roll", channel, expression="2d6+1", reason="Ambush check"
    )
    assert reply.ephemeral and reply.content.startswith("Secret roll for Ambush check: 2d6 (")
    refused = await table.slash(table.players["bob"], "gm roll", channel, expression="1d20")
    assert refused.ephemeral and refused.content.startswith("Only ")
    (note,) = await _posts_of_kind(table, scene.id, PostKind.GM_NOTE, 1)
    assert note.meta["secret_roll"] and note.content.startswith("Ambush check (2d6+1): ")
    for player in PLAYER_NAMES:
        await fake.user_says(channel.id, table.players[player].id, "I wait.")
    await table.wait_narrations(channel, 1)
    public = [m for m in fake.messages_in(channel.id) if not m.ephemeral and m.id not in before]
    assert public and all("Ambush" not in m.content for m in public)
    assert all("Ambush" not in prompt for prompt in table.prompts())


async def test_bad_rolls_get_one_line_and_outside_a_scene_nothing_is_stored(
    table: Table,
) -> None:
    channel, scene = await table.ready_scene()
    bob = table.players["bob"]
    bad = await table.slash(bob, "roll", channel, expression="10000d6")
    assert bad.ephemeral and "too many dice" in bad.content and "\n" not in bad.content
    bad = await table.slash(bob, "roll", channel, expression="d20+banana(")
    assert bad.ephemeral and bad.content.startswith("Cannot roll that: ")
    lobby = await table.slash(bob, "roll", expression="4d6kh3")
    assert not lobby.ephemeral and "4d6kh3 (" in lobby.content and "~~" in lobby.content
    await table.slash(bob, "roll", channel, expression="d%")  # in the scene: stored
    rolls = await _posts_of_kind(table, scene.id, PostKind.ROLL, 1)
    assert [r.meta["expression"] for r in rolls] == ["d%"]

