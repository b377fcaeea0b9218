"""/world, /recap, /export me and /forget me through the real bot on the fake Discord."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.engine.memory.edits import WorldEdit
from bot.services.memory import MemoryService
from tests.discord_fixtures import PLAYER_NAMES, Table, discord_pings
from tests.fakediscord import FakeDiscordError
from tests.fakediscord.state import FakeChannel, FakeMessage
from tests.memory_kit import Router, request_kind, user_text

SECRET = "Quillfeather"


def memory(table: Table) -> MemoryService:
    return table.bot.services.memory


async def play_round(table: Table, channel: FakeChannel, actions: dict[str, str]) -> None:
    narrated = len(table.webhook_posts(channel)) - 1
    for player, text in actions.items():
        await table.fake.user_says(channel.id, table.players[player].id, text)
    await table.wait_narrations(channel, narrated + 1)


async def slash_message(
    table: Table, user: str, command: str, channel: FakeChannel | None = None
) -> FakeMessage:
    """The message a slash command answered with (after "thinking…" when deferred)."""
    handle = await table.fake.invoke_slash(
        table.guild.id, (channel or table.lobby).id, table.players[user].id, command
    )
    await handle.wait_response()
    return await handle.wait_original()


def recap_requests(table: Table) -> list[dict[str, Any]]:
    return [r for r in table.openai.requests if request_kind(r) == "recap"]


async def test_world_is_shown_to_players_and_edited_by_gms_only(table: Table) -> None:
    await table.create_campaign()
    admin, alice = table.admin, table.players["alice"]
    empty = await table.slash(alice, "world show")
    assert empty.ephemeral and "Nothing has been recorded yet." in empty.content

    done = await table.slash(admin, "world set", section="npcs", name="Old Tom",
                             field="whereabouts", value="the lighthouse")
    assert done.ephemeral and done.content.startswith("**Old Tom** (people): whereabouts set")
    refused = await table.slash(alice, "world set", section="npcs", name="Old Tom",
                                field="whereabouts", value="the tavern")
    assert refused.ephemeral
    assert refused.content == "Only this campaign's GMs or server admins can do that."
    bad = await table.slash(admin, "world set", section="npcs", name="Old Tom",
                            field="colour", value="green")
    assert bad.ephemeral and bad.content.startswith("That edit cannot apply: npcs has the fields")

    shown = await table.slash(alice, "world show")
    assert shown.ephemeral and "Old Tom — at the lighthouse" in shown.content
    assert "the tavern" not in shown.content and "green" not in shown.content

    refused = await table.slash(alice, "world remove", section="npcs", name="Old Tom")
    assert refused.content == "Only this campaign's GMs or server admins can do that."
    removed = await table.slash(admin, "world remove", section="npcs", name="old tom")
    assert "removed from the world state" in removed.content
    missing = await table.slash(admin, "world remove", section="npcs", name="Old Tom")
    assert missing.content == "That edit cannot apply: no npcs entry named 'Old Tom'."
    assert "Nothing has been recorded yet." in (await table.slash(alice, "world show")).content


async def test_a_long_world_state_comes_in_pieces_under_discords_limit(table: Table) -> None:
    await table.create_campaign()
    campaign = (await table.store.campaigns.in_guild(table.guild.id))[0]
    names = [f"Tower {n:02d}" for n in range(30)]
    for name in names:
        await memory(table).edit_world(
            campaign.id, WorldEdit("set", "places", name, "description", "salt-worn " * 25))
    handle = await table.fake.invoke_slash(table.guild.id, table.lobby.id,
                                           table.players["bob"].id, "world show")
    first = await handle.wait_response()
    assert first.ephemeral
    expected = 1 + (30 * 270) // 2000  # at least: the text is ~8,000 characters
    followups = await handle.wait_followups(expected - 1)
    pieces = [first.content or "", *(m.content for m in followups)]
    assert all(len(p) <= 2000 for p in pieces)
    assert all(m.ephemeral for m in followups)
    joined = "\n".join(pieces)
    assert all(name in joined for name in names)


async def test_recaps_are_the_narrators_words_whispered_to_the_asker(table: Table) -> None:
    alice = table.players["alice"]
    router = Router(recap=lambda body: (
        f"The Chronicler leans close, <@{alice.id}> @everyone: {user_text(body)[-300:]}"))
    table.openai.reply = router
    channel, _ = await table.ready_scene()
    await play_round(table, channel, {"alice": "I pry open the smuggler's hatch.",
                                      "bob": "I keep the lantern shuttered.",
                                      "cy": "I whistle for the boat."})
    narration = table.webhook_posts(channel)[-1].content

    recap = await slash_message(table, "alice", "recap me", channel)
    assert recap.ephemeral and recap.content.startswith("The Chronicler leans close")
    assert narration[-120:] in recap.content  # what happened after alice acted
    assert discord_pings(recap.content, recap.allowed_mentions) == []
    [asked] = recap_requests(table)
    assert asked["messages"][0]["content"].startswith("You are The Chronicler")
    assert "since Mira last acted" in asked["messages"][0]["content"]
    assert "smuggler's hatch" not in asked["messages"][1]["content"]  # before she acted
    assert recap.id not in [m.id for m in table.fake.visible_messages(
        channel.id, table.players["bob"].id)]

    whole = await slash_message(table, "bob", "recap campaign", channel)
    assert whole.ephemeral and whole.content.startswith("The Chronicler leans close")
    assert discord_pings(whole.content, whole.allowed_mentions) == []
    assert "the whole campaign so far" in recap_requests(table)[-1]["messages"][0]["content"]

    nowhere = await table.slash(alice, "recap me")
    assert nowhere.ephemeral and nowhere.content == "There is no scene in this channel."


async def _forget_prompt(table: Table, player: str) -> FakeMessage:
    message = await slash_message(table, player, "forget me")
    assert message.ephemeral and "cannot be undone" in message.content
    assert message.find_component("forget:confirm") is not None
    return message


async def test_export_then_forget_me_leaves_no_trace_in_later_prompts(table: Table) -> None:
    table.openai.reply = Router()
    channel, _ = await table.ready_scene()
    alice = table.players["alice"]
    await play_round(table, channel, {"alice": f"I whisper the password {SECRET} at the gate.",
                                      "bob": "I hold the lantern high.",
                                      "cy": "I watch the cliffs."})
    await play_round(table, channel, {"alice": f"I carve {SECRET} into the door.",
                                      "bob": "I ask the gatekeeper about the password.",
                                      "cy": "I wait."})

    exported = await slash_message(table, "alice", "export me")
    assert exported.ephemeral and "2 post(s) in 1 campaign(s)" in exported.content
    [attachment] = exported.attachments
    assert attachment.filename == f"loremaster-{alice.id}.json"
    data = json.loads(attachment.data)
    [campaign] = data["campaigns"]
    assert [c["name"] for c in campaign["characters"]] == ["Mira"]
    assert [SECRET in p["content"] for p in campaign["posts"]] == [True, True]

    # The next round waits for alice alone; forgetting her lets it close.
    for player, text in (("bob", "I knock on the gate."), ("cy", "I follow Bram.")):
        await table.fake.user_says(channel.id, table.players[player].id, text)
    await memory(table).drain()
    asked = await _forget_prompt(table, "alice")
    with pytest.raises(FakeDiscordError):  # another player cannot press it
        await table.fake.click_button(asked.id, "forget:confirm", table.players["bob"].id)
    forgotten_at = len(table.openai.requests)
    await table.clickable(asked)
    await table.fake.click_button(asked.id, "forget:confirm", alice.id)
    await table.fake.wait_for(lambda: "Done: 2 post(s)" in asked.content, what="forgetting")
    assert asked.components == []
    await table.wait_narrations(channel, 3)
    await memory(table).drain()
    later = table.prompts()[forgotten_at:]
    assert any("I knock on the gate." in p for p in later)
    assert not any(SECRET in p for p in later)
    assert not any(SECRET in p for p in table.narration_prompts()[-1:])
    again = await slash_message(table, "alice", "export me")
    assert "0 post(s) in 0 campaign(s)" in again.content
    assert json.loads(again.attachments[0].data)["campaigns"] == []


async def test_the_forget_button_expires_and_cancel_forgets_nothing(table: Table) -> None:
    channel, _ = await table.ready_scene()
    await play_round(table, channel, {p: f"I, {p}, act." for p in PLAYER_NAMES})
    cog: Any = table.bot.get_cog("MemoryCog")  # loaded as an extension: its own module copy
    assert cog is not None
    cog.confirm_timeout = 0.3
    alice = table.players["alice"]

    expired = await _forget_prompt(table, "alice")
    await table.fake.wait_for(
        lambda: (c := expired.find_component("forget:confirm")) and c.get("disabled"),
        what="the button to expire",
    )
    assert "expired" in expired.content
    with pytest.raises(FakeDiscordError):
        await table.fake.click_button(expired.id, "forget:confirm", alice.id)

    cog.confirm_timeout = 60
    cancelled = await _forget_prompt(table, "alice")
    await table.clickable(cancelled)
    await table.fake.click_button(cancelled.id, "forget:cancel", alice.id)
    await table.fake.wait_for(lambda: cancelled.content == "Nothing was forgotten.",
                              what="the cancellation")
    campaign = (await table.store.campaigns.in_guild(table.guild.id))[0]
    posts = await table.store.privacy.player_posts([campaign.id], str(alice.id))
    assert [p.content for p in posts] == ["I, alice, act."]
