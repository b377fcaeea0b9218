"""The narrator asks for a roll on the loopback Discord: a button under the narration,
only the named player may press it, the round waits for it, and the result reaches
the next narration."""

from __future__ import annotations

from typing import Any

from bot.models import PostKind
from tests.discord_fixtures import PLAYER_NAMES, Table, discord_pings
from tests.fakediscord.state import FakeMessage
from tests.fakeopenai import _is_narration, default_reply
from tests.waiting import eventually

ASKING = ("A lantern swings toward the crates where Mira crouches, and the guard squints.\n"
          "[[roll: Mira, Stealth, DC 15]]")


def _asks_once() -> Any:
    asked: list[bool] = []

    def reply(request: dict[str, Any]) -> str:
        if _is_narration(request) and not asked:
            asked.append(True)
            return ASKING
        return default_reply(request)
    return reply


def _button(message: FakeMessage) -> str:
    (row,) = message.components
    (button,) = row["components"]
    assert button["label"] == "Mira: Stealth", button
    return str(button["custom_id"])


async def test_a_requested_roll_is_a_button_the_round_waits_for(table: Table) -> None:
    fake = table.fake
    channel, scene = await table.ready_scene()
    alice, bob, cy = (table.players[p] for p in PLAYER_NAMES)
    table.openai.reply = _asks_once()
    for player in (alice, bob, cy):
        await fake.user_says(channel.id, player.id, "I creep toward the warehouse.")
    (narration,) = await table.wait_narrations(channel, 1)
    assert "[[" not in narration.content and narration.content.endswith("the guard squints.")
    stored = [p for p in await table.store.posts.of_scene(scene.id)
              if p.kind == PostKind.NARRATION]
    assert "[[" not in stored[0].content
    assert stored[0].meta["roll_requests"][0]["skill"] == "Stealth"

    def asking() -> list[FakeMessage]:
        return [m for m in fake.messages_in(channel.id) if m.components and "asks" in m.content]

    await fake.wait_for(asking, what="the roll request under the narration")
    (request,) = asking()
    assert request.content == "🎲 The narrator asks **Mira** to roll **Stealth** (DC 15)."
    assert discord_pings(request.content, request.allowed_mentions) == []
    custom_id = _button(request)

    # Everyone acts: the round still waits for Mira's roll.
    before = len(table.narration_prompts())
    for player in (alice, bob, cy):
        await fake.user_says(channel.id, player.id, "I wait for the guard to pass.")
    await eventually(lambda: _actions(table, scene.id, 6), "the second round's three actions")
    await table.settle()
    assert len(table.narration_prompts()) == before
    status = await table.slash(bob, "scene status", channel)
    assert "Waiting for: Mira's roll" in status.content, status.content

    refused = await (await fake.click_button(request.id, custom_id, bob.id)).wait_response()
    assert refused.ephemeral and refused.content == "This roll is Mira's to make."
    pressed = await (await fake.click_button(request.id, custom_id, alice.id)).wait_response()
    assert not pressed.ephemeral and pressed.content.startswith("🎲 **Mira** rolls for **Stealth**")
    (roll,) = [p for p in await table.store.posts.of_scene(scene.id) if p.kind == PostKind.ROLL]
    assert roll.author_id == str(alice.id) and roll.meta["reason"] == "Stealth"

    await table.wait_narrations(channel, 2)
    prompt = table.narration_prompts()[-1]
    assert f"rolled Stealth (1d20): {roll.meta['total']}" in prompt, prompt
    again = await (await fake.click_button(request.id, custom_id, alice.id)).wait_response()
    assert again.ephemeral and again.content == "This roll is no longer awaited."


async def _actions(table: Table, scene_id: int, count: int) -> bool:
    posts = await table.store.posts.of_scene(scene_id)
    return sum(1 for p in posts if p.kind == PostKind.ACTION) >= count
