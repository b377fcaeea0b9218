"""Limits per player through the real bot on the fake Discord: an action over the length
limit is refused with the limit stated, a flood of actions is cut to the guild's rate
with nothing of the accepted ones lost, commands are limited too; admins set the limits."""

from __future__ import annotations

import logging

import pytest

from bot.models import PostKind
from tests.discord_fixtures import Table
from tests.fakediscord.state import DM, FakeMessage
from tests.waiting import eventually


def direct_messages(table: Table, user_id: int) -> list[FakeMessage]:
    return [
        message
        for channel in table.fake.state.channels.values()
        if channel.type == DM and channel.recipient_ids == [user_id]
        for message in table.fake.messages_in(channel.id)
    ]


async def test_a_flooding_player_is_limited_and_loses_no_accepted_action(
    table: Table, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="cogs.play")
    fake, gm = table.fake, table.admin
    alice, bob, cy = (table.players[p] for p in ("alice", "bob", "cy"))
    channel, scene = await table.ready_scene()

    not_admin = await table.slash(bob, "limits set", actions_per_minute=50)
    assert not_admin.ephemeral and not_admin.content.startswith("Only server admins")
    done = await table.slash(gm, "limits set", actions_per_minute=5, action_chars=200)
    assert done.ephemeral and "5 actions" in done.content
    shown = await table.slash(bob, "limits show")
    assert "at most 200 characters" in shown.content and "5 actions" in shown.content

    long_action = "Mira climbs the wet rigging, hand over hand. " * 5  # 225 characters
    await fake.user_says(channel.id, alice.id, long_action)
    told = await fake.wait_for(lambda: direct_messages(table, alice.id),
                               what="a direct message to alice about her long action")
    assert f"{len(long_action)} characters long; the limit here is 200" in told[0].content

    by_command = await table.slash(alice, "act", channel, action=long_action)
    assert by_command.ephemeral
    assert f"{len(long_action)} characters long; the limit here is 200" in by_command.content

    def refusals() -> int:
        return sum(1 for r in caplog.records
                   if f"user={alice.id} (over a limit)" in r.getMessage())

    assert refusals() == 2  # the long message and the long /act
    texts = [f"Mira tries trick number {n}." for n in range(30)]
    for text in texts:
        await fake.user_says(channel.id, alice.id, text)

    async def all_handled() -> list[str] | None:
        posts = await table.store.posts.of_scene(scene.id)
        accepted = [p.content for p in posts
                    if p.kind == PostKind.ACTION and p.author_id == str(alice.id)]
        return accepted if refusals() == 27 and len(accepted) == 5 else None

    accepted = await eventually(all_handled, "5 of alice's 30 actions taken, 25 refused")
    assert set(accepted) <= set(texts) and len(set(accepted)) == 5
    # The burst is told once, not 25 times: the bot does not flood the flooder back.
    burst_notes = [m for m in direct_messages(table, alice.id) if "Slow down" in m.content]
    assert len(burst_notes) == 1 and "at most 5 actions a minute" in burst_notes[0].content
    assert all(m.author_id != alice.id for m in direct_messages(table, alice.id))

    await fake.user_says(channel.id, bob.id, "Bram keeps watch.")
    await fake.user_says(channel.id, cy.id, "Tove counts the coins.")
    await table.wait_narrations(channel, 1)
    (prompt,) = table.narration_prompts()
    for text in accepted:
        assert text in prompt, text
    assert not [t for t in texts if t not in accepted and t in prompt]

    await table.settle()

    await table.slash(gm, "limits set", commands_per_minute=4)
    # Bob's fourth command this minute (after /character create, /limits set and show).
    allowed = await table.slash(bob, "scene status", channel)
    assert "round 2" in allowed.content
    slowed = await table.slash(bob, "scene status", channel)
    assert slowed.ephemeral
    assert slowed.content.startswith("Slow down: at most 4 commands a minute"), slowed.content
