"""Players choose, end to end: the real bot on the fake Discord, SQLite and the fake
model. With `/gm swipes on`, a seated player's 🔄 makes another version of the last
narration, the players vote, and the majority's version is the one the story goes on
from: the next round waits for the vote, and its prompt carries that version alone."""

from __future__ import annotations

from typing import Any

from tests.discord_fixtures import PLAYER_NAMES, Table
from tests.fakediscord.state import FakeChannel, FakeMessage
from tests.test_gm import Narrator

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
