"""Players choose, end to end: the real bot on the fake Discord, SQLite and the fake
model. With `/gm swipes on`, a seated player's 🔄 makes another version of the last
narration, the players vote, and the majority's version is the one the story goes on
from: the next round waits for the vote, and its prompt carries that version alone."""

from __future__ import annotations

from typing import Any

from tests.discord_fixtures import PLAYER_NAMES, Table
from tests.fakediscord.state import FakeChannel, FakeMessage
from tests.test_gm import Narrator
from tests.waiting import eventually

pytest_plugins = ["tests.discord_fixtures"]

FIRST = "The lantern gutters over Quillmarsh as the tide turns."
SECOND = "A gull screams above Brackenholt and the rope bridge sways."


def _button(message: FakeMessage, label: str) -> str:
    for row in message.components:
        for component in row["components"]:
            if component.get("label") == label and not component.get("disabled"):
                return str(component["custom_id"])
    raise AssertionError(f"no enabled {label} button in {message.components}")


async def _controls(table: Table, channel: FakeChannel) -> FakeMessage:
    """The bot's own message carrying the version buttons (the narration is a webhook's)."""
    def found() -> FakeMessage | None:
        for message in table.fake.messages_in(channel.id):
            if message.webhook_id is None and any(
                c.get("label") == "🔄" for row in message.components for c in row["components"]
            ):
                return message
        return None

    return await table.fake.wait_for(found, what="the version buttons under the narration")


async def _click(table: Table, message: FakeMessage, label: str, user_id: int) -> Any:
    handle = await table.fake.click_button(message.id, _button(message, label), user_id)
    return await handle.wait_response()


async def _narrated_round(table: Table, channel: FakeChannel, words: str, count: int) -> None:
    for player in PLAYER_NAMES:
        await table.fake.user_says(channel.id, table.players[player].id, f"{player} {words}.")
    await table.wait_narrations(channel, count)


async def test_players_swipe_vote_and_the_majority_version_is_canon(table: Table) -> None:
    narrator = Narrator()
    table.openai.reply = narrator
    fake = table.fake
    alice, bob, cy = (table.players[name] for name in PLAYER_NAMES)
    channel, scene = await table.ready_scene()
    on = await table.slash(table.admin, "gm swipes", channel, mode="on")
    assert on.ephemeral and "up to 2" in on.content, on.content

    narrator.next_text.append(FIRST)
    await _narrated_round(table, channel, "waits by the lantern", 1)
    first = await table.store.canon.last_narration(scene.id)
    assert first is not None and first.content == FIRST
    (shown,) = [m for m in fake.messages_in(channel.id) if m.id == first.discord_message_id]
    controls = await _controls(table, channel)

    # 🔄 by a seated player: the narration is edited to the new version, a vote opens.
    narrator.next_text.append(SECOND)
    await _click(table, controls, "🔄", alice.id)
    await fake.wait_for(lambda: SECOND in shown.content or None, what="the new version shown")
    await fake.wait_for(
        lambda: any(c.get("label") == "Vote for this one"
                    for row in controls.components for c in row["components"]) or None,
        what="the vote button",
    )
    current = await table.store.canon.last_narration(scene.id)
    assert current is not None and current.meta["alternatives"] == [FIRST, SECOND]

    # The next round is complete, but waits for the vote.
    for player in PLAYER_NAMES:
        await fake.user_says(channel.id, table.players[player].id, f"{player} crosses over.")

    async def actions_stored() -> bool:
        posts = await table.store.posts.of_scene(scene.id)
        return sum("crosses over" in p.content for p in posts) == len(PLAYER_NAMES)

    await eventually(actions_stored, "the second round's three actions stored")
    table.bot.narrations.request(scene.id)  # one more look, as a timer would take
    await table.settle()
    narrations = [p for p in await table.store.posts.of_scene(scene.id) if p.kind == "narration"]
    assert len(narrations) == 1, "the round was narrated while the vote was open"

    # ◀ shows the first version; alice and cy vote for it, bob for the second.
    await _click(table, controls, "◀", alice.id)
    await fake.wait_for(lambda: shown.content == FIRST or None, what="the first version shown")
    await _click(table, controls, "Vote for this one", alice.id)
    await _click(table, controls, "▶", bob.id)
    await fake.wait_for(lambda: shown.content == SECOND or None, what="the second shown")
    await _click(table, controls, "Vote for this one", bob.id)
    asked = len(table.openai.requests)
    await _click(table, controls, "◀", cy.id)
    await _click(table, controls, "Vote for this one", cy.id)

    await table.wait_narrations(channel, 2)
    canon = [p for p in await table.store.posts.of_scene(scene.id) if p.kind == "narration"]
    assert canon[0].content == FIRST and canon[0].meta["alternatives"] == [FIRST, SECOND]
    assert canon[0].meta["chosen"] == 0
    await fake.wait_for(lambda: shown.content == FIRST or None, what="the chosen version shown")
    later = [
        table.openai.prompt_text(i) for i in range(asked, len(table.openai.requests))
        if "Chronicler" in table.openai.requests[i]["messages"][0]["content"][:200]
    ]
    assert later, "no narration was asked for after the vote"
    assert FIRST in later[-1] and SECOND not in later[-1]


async def test_swipes_are_off_by_default_and_refused_past_their_limit(table: Table) -> None:
    narrator = Narrator()
    table.openai.reply = narrator
    fake = table.fake
    alice, bob, cy = (table.players[name] for name in PLAYER_NAMES)
    channel, scene = await table.ready_scene()
    await _narrated_round(table, channel, "looks around", 1)
    assert not any(m.components for m in fake.messages_in(channel.id) if m.webhook_id is None)

    on = await table.slash(table.admin, "gm swipes", channel, mode="on", limit=1)
    assert "up to 1" in on.content, on.content
    refused = await table.slash(alice, "gm swipes", channel, mode="off")
    assert refused.ephemeral and "GM" in refused.content, refused.content
    await _narrated_round(table, channel, "climbs the stair", 2)
    controls = await _controls(table, channel)
    before = await table.store.canon.last_narration(scene.id)
    assert before is not None

    # The admin is a GM but not seated: refused, and nothing is regenerated.
    asked = len(table.openai.requests)
    not_seated = await _click(table, controls, "🔄", table.admin.id)
    assert not_seated.ephemeral and "seated" in (not_seated.content or "")
    assert len(table.openai.requests) == asked

    narrator.next_text.append(SECOND)
    await _click(table, controls, "🔄", alice.id)
    await fake.wait_for(
        lambda: any(c.get("label") == "Vote for this one"
                    for row in controls.components for c in row["components"]) or None,
        what="the vote button",
    )
    used_up = await _click(table, controls, "🔄", bob.id)
    assert used_up.ephemeral and "used up" in (used_up.content or ""), used_up.content
    current = await table.store.canon.last_narration(scene.id)
    assert current is not None and current.meta["alternatives"] == [before.content, SECOND]

    # Two of three vote: settled; once the next round is narrated, the old buttons refuse.
    await _click(table, controls, "Vote for this one", alice.id)
    await _click(table, controls, "Vote for this one", cy.id)
    await _narrated_round(table, channel, "opens the door", 3)
    moved_on = await _click(table, controls, "🔄", bob.id)
    assert moved_on.ephemeral and "moved on" in (moved_on.content or ""), moved_on.content
    canon = [p for p in await table.store.posts.of_scene(scene.id) if p.kind == "narration"]
    assert canon[1].content == SECOND and canon[1].meta["chosen"] == 1
