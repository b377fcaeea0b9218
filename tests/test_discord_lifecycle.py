"""Characters and scenes over their lives: edit, retire, join, leave, pause, resume, end."""

from __future__ import annotations

from pathlib import Path

import discord

from bot.models import PostKind, SceneStatus
from tests.discord_fixtures import PLAYER_NAMES, Table, TurnedDown, bot_settings
from tests.fakediscord import FakeDiscord, running_bot
from tests.fakeopenai import FakeOpenAI


async def test_character_edit_prefills_the_modal_and_retire_frees_the_seat(table: Table) -> None:
    fake = table.fake
    await table.create_campaign()
    await table.create_character("alice")
    alice = table.players["alice"]
    opened = await fake.invoke_slash(table.guild.id, table.lobby.id, alice.id, "character edit")
    modal = await opened.wait_modal()
    assert "Mira" in str(modal) and "weathered" in str(modal)
    submitted = await fake.submit_modal(opened, {"name": "Mira Vane", "look": "scarred"})
    assert (await submitted.wait_response()).content == "Mira Vane is updated."
    shown = await table.slash(table.players["bob"], "character show", player=alice.id)
    assert shown.ephemeral and "**Mira Vane**" in shown.content and "scarred" in shown.content
    again = await table.slash(alice, "character create")
    assert again.ephemeral and again.content.startswith("You already have a character")
    retired = await table.slash(alice, "character retire")
    assert retired.content == "Mira Vane retires."
    await table.create_character("alice", "Nell")


async def test_pause_refuses_actions_resume_and_leave_close_the_round(
    table: Table, turned_down: TurnedDown
) -> None:
    fake = table.fake
    channel, scene = await table.ready_scene()
    alice, bob, cy = (table.players[p] for p in PLAYER_NAMES)
    assert (await table.slash(bob, "scene pause", channel)).content.startswith("Only ")
    paused = await table.slash(table.admin, "scene pause", channel)
    assert paused.content == "The scene is paused."
    await fake.user_says(channel.id, alice.id, "I sneak while time stands still.")
    await turned_down(alice.id, "the scene is paused")  # before the resume, not racing it
    assert (await table.slash(table.admin, "scene resume", channel)).content == "The scene resumes."
    await fake.user_says(channel.id, alice.id, "I sneak past the guard.")
    await fake.user_says(channel.id, bob.id, "I follow Mira.")
    left = await table.slash(cy, "scene leave", channel)
    assert left.content == "Cy leaves the scene."
    await table.wait_narrations(channel, 1)  # Tove left: the two actions were all it needed
    (prompt,) = table.narration_prompts()
    assert "I sneak past the guard." in prompt and "time stands still" not in prompt
    joined = await table.slash(cy, "scene join", channel)
    assert joined.content == "Tove joins the scene."
    status = await table.slash(cy, "scene status", channel)
    assert "round 2" in status.content and "Waiting for: Mira, Bram, Tove" in status.content
    ended = await table.slash(table.admin, "scene end", channel)
    assert ended.content.startswith("Scene **Harbour at dusk** has ended.")
    assert (await table.store.scenes.get(scene.id)).status == SceneStatus.ENDED
    await fake.user_says(channel.id, alice.id, "I keep going.")
    posts = await table.store.posts.of_scene(scene.id)
    assert [p.content for p in posts if p.kind == PostKind.ACTION][-1] == "I follow Mira."


async def test_commands_sync_to_the_dev_guild_when_set(
    fake_discord: FakeDiscord, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    from bot.discord_app.client import LoremasterBot
    from bot.llm.factory import make_backend
    from bot.store import Store

    guild = fake_discord.create_guild("Dev")
    settings = bot_settings(tmp_path, fake_openai, dev_guild_id=guild.id)
    store = await Store.open(settings.db)
    backend = await make_backend(settings)
    bot = LoremasterBot(settings=settings, store=store, backend=backend, identify_delay=0)
    try:
        async with running_bot(bot, fake_discord):
            names = {c["name"] for c in fake_discord.state.guild_commands[guild.id].values()}
            assert {"campaign", "character", "scene", "act", "lore"} <= names
            assert not fake_discord.state.global_commands
            assert isinstance(bot.get_guild(guild.id), discord.Guild)
    finally:
        await backend.aclose()
        await store.close()
