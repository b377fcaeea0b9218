"""Safety tools end to end: the real bot on the fake Discord, SQLite and the fake model.

A GM sets the rating, a line and a veil with `/campaign safety`; a player adds a line
anonymously with `/line`. The model writes the line anyway: the narration that crosses
it never reaches the channel, and the next attempt is steered away from it. A player
presses the X-card on a narration: it is withdrawn, the round is narrated again away
from its topic, and the channel, the GMs' review channel, the audit log and the bot's
log all hear of it without the player's name or id.
"""

from __future__ import annotations

import logging
import re

import pytest

from bot.models import PostKind
from tests.discord_fixtures import PLAYER_NAMES, Table
from tests.fakediscord.state import FakeChannel, FakeMessage
from tests.test_gm import Narrator
from tests.waiting import eventually

pytest_plugins = ["tests.discord_fixtures"]

VIEW_CHANNEL = 1 << 10
CROSSES = "A hairy Spider drops from the rafters onto the crates."
CLEAN = "Rain hammers the slate roofs while the harbour bell tolls for the lost barge."
NEXT = "The lamplighter hurries past, whistling an old sailors' tune."
LAST = "Far out on the water, a green light blinks three times and goes dark."


async def _gm_desk(table: Table) -> FakeChannel:
    """A channel @everyone cannot see, set as the campaign's review channel."""
    hidden = {"id": table.guild.id, "type": 0, "allow": "0", "deny": str(VIEW_CHANNEL)}
    desk = table.fake.create_channel(table.guild.id, "gm-desk", overwrites=[hidden])
    await table.fake.announce_channel(desk)
    return desk


def _xcard_button(message: FakeMessage) -> str | None:
    for row in message.components:
        for component in row["components"]:
            if component.get("label") == "X-card":
                return str(component["custom_id"])
    return None


def _names(text: str, player: str, user_id: int) -> bool:
    return bool(re.search(rf"\b{re.escape(player)}\b", text, re.IGNORECASE)) or (
        str(user_id) in text)


async def test_lines_hold_and_the_xcard_names_nobody(
    table: Table, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    narrator = Narrator()
    table.openai.reply = narrator
    fake, gm, cy = table.fake, table.admin, table.players["cy"]
    channel, scene = await table.ready_scene()
    desk = await _gm_desk(table)
    await table.slash(gm, "gm review", channel, mode="off", review_channel=desk.id)

    # Rating, a line and a veil by the GM; a player may look but not change them.
    shown = await table.slash(gm, "campaign safety", channel, rating="mature",
                              add_line="spiders", add_veil="torture")
    assert shown.ephemeral and "mature" in shown.content and "1. spiders" in shown.content
    refused = await table.slash(cy, "campaign safety", channel, remove_line="spiders")
    assert refused.ephemeral and "GM" in refused.content, refused.content
    # A line added anonymously: the GM sees the line, not who added it.
    added = await table.slash(cy, "line", channel, text="drowning")
    assert added.ephemeral, added.content
    listed = await table.slash(gm, "campaign safety", channel)
    assert "2. drowning" in listed.content and not _names(listed.content, "cy", cy.id)

    # The model writes the line: that attempt is refused and never shown.
    narrator.next_text += [CROSSES, CLEAN]
    for player in PLAYER_NAMES:
        await fake.user_says(channel.id, table.players[player].id, f"{player} checks the hold.")
    (narration,) = await table.wait_narrations(channel, 1)
    assert narration.content == CLEAN
    narrated = [t for m in fake.messages_in(channel.id, include_deleted=True)
                if m.webhook_id is not None for t in m.history]
    assert not any("spider" in t.casefold() for t in narrated), "a crossed line was shown"
    prompts = table.narration_prompts()
    assert "Lines (never include these at all): spiders, drowning" in prompts[-1]
    assert "Veils" in prompts[-1] and "torture" in prompts[-1]
    assert "ruled these out" in prompts[-1] and "ruled these out" not in prompts[-2]

    # The X-card on that narration, pressed by cy.
    custom_id = await fake.wait_for(lambda: _xcard_button(narration), what="the X-card button")
    pressed_after = max(m.id for m in fake.state.messages.values())
    narrator.next_text.append(NEXT)
    handle = await fake.click_button(narration.id, custom_id, cy.id)
    answer = await handle.wait_response()
    assert answer.ephemeral
    await fake.wait_for(lambda: narration.deleted or None, what="the narration withdrawn")
    notice = await fake.wait_for(
        lambda: next((m for m in fake.messages_in(desk.id) if "X-card" in m.content), None),
        what="the GMs' notice")
    assert "round 1" in notice.content and "rain" in notice.content.casefold()
    await eventually(lambda: _renarrated(table, scene.id), "the round narrated again")
    await table.settle()
    assert [m.content for m in table.webhook_posts(channel)][-1] == NEXT
    steer = table.narration_prompts()[-1]
    assert "Steer away from:" in steer and "hammers" in steer and CLEAN not in steer

    # Nobody but cy learns who pressed it: not the channel, the GM desk, the audit, the log.
    seen = [
        m.content
        for where in (channel, desk, table.lobby)
        for m in fake.visible_messages(where.id, viewer_id=gm.id)
        if m.id > pressed_after
    ]
    assert any("X-card was used" in text for text in seen)
    assert not [t for t in seen if _names(t, "cy", cy.id)], seen
    audit = await table.store.audit.recent(scene.campaign_id, 50)
    anonymous = [e for e in audit if e.action in ("xcard", "line_add")]
    assert {e.action for e in anonymous} == {"xcard", "line_add"}
    for entry in anonymous:
        assert not _names(f"{entry.gm_id} {entry.gm_name} {entry.detail}", "cy", cy.id)
    logged = [r.getMessage() for r in caplog.records if r.name.startswith(("bot", "cogs"))]
    assert not [t for t in logged if _names(t, "cy", cy.id)]
    steer_notes = [p for p in await table.store.posts.of_scene(scene.id)
                   if p.kind == PostKind.GM_NOTE and p.meta.get("xcard")]
    assert steer_notes and not _names(
        f"{steer_notes[0].author_id} {steer_notes[0].author_name} {steer_notes[0].content}",
        "cy", cy.id)

    # `/xcard` does the same for the scene's last narration.
    narrator.next_text.append(LAST)
    again = await table.slash(table.players["bob"], "xcard", channel)
    assert again.ephemeral and "withdrawn" in again.content, again.content
    await eventually(lambda: _renarrated(table, scene.id, LAST), "the round narrated a third time")
    await table.settle()


async def _renarrated(table: Table, scene_id: int, text: str = "") -> bool:
    posts = await table.store.posts.of_scene(scene_id)
    return [p.content for p in posts if p.kind == PostKind.NARRATION] == [text or NEXT]

