"""The loopback fake Discord, proven against the real discord.py client in process."""

from __future__ import annotations

import asyncio
import io
import os
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

import aiohttp
import discord
import pytest
from discord import app_commands
from discord.ext import commands

from tests.fakediscord import FakeDiscord, FakeDiscordError, FakeUser, Upload, running_bot
from tests.fakediscord.fixtures import fake_discord, wait_until_clickable  # noqa: F401
from tests.fakediscord.state import FakeChannel, FakeGuild
from tests.waiting import within

DAWDLE_S = 0.6  # how long /dawdle waits before its first answer


class CampaignCog(commands.Cog):
    campaign = app_commands.Group(name="campaign", description="Campaigns")
    gm = app_commands.Group(name="gm", description="GM tools", parent=campaign)

    def __init__(self, bot: ThrowawayBot) -> None:
        self.bot = bot

    @campaign.command(name="create", description="Start a campaign")
    async def create(
        self,
        interaction: discord.Interaction,
        title: str,
        seats: int,
        gm: discord.Member,
        public: bool = False,
        card: discord.Attachment | None = None,
    ) -> None:
        card_text = (await card.read()).decode() if card else "-"
        await interaction.response.send_message(
            f"{title}|{seats}|{gm.display_name}|{public}|{card_text}", ephemeral=not public
        )

    @gm.command(name="promote", description="Make a role GM")
    async def promote(self, interaction: discord.Interaction, role: discord.Role) -> None:
        await interaction.response.send_message(f"promoted {role.name}", ephemeral=True)

    @app_commands.command(name="slow", description="Thinks, then answers")
    async def slow(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        await interaction.followup.send("done thinking")
        await interaction.followup.send("and one more", ephemeral=True)

    @app_commands.command(name="dawdle", description="Answers after a while")
    async def dawdle(self, interaction: discord.Interaction) -> None:
        await asyncio.sleep(DAWDLE_S)
        await interaction.response.send_message("finally")

    @app_commands.command(name="character", description="Describe your character")
    async def character(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(CharacterModal())

    @app_commands.command(name="vote", description="Ask for a vote")
    async def vote(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("Ready?", view=VoteView())


class CharacterModal(discord.ui.Modal, title="Your character"):
    name: discord.ui.TextInput[CharacterModal] = discord.ui.TextInput(
        label="Name", custom_id="char-name"
    )
    look: discord.ui.TextInput[CharacterModal] = discord.ui.TextInput(
        label="Look", style=discord.TextStyle.paragraph, required=False
    )

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"Welcome, {self.name.value} ({self.look.value})")


class VoteView(discord.ui.View):
    @discord.ui.button(label="Yes", custom_id="vote-yes")
    async def yes(
        self, interaction: discord.Interaction, button: discord.ui.Button[VoteView]
    ) -> None:
        button.disabled = True
        await interaction.response.edit_message(
            content=f"{interaction.user.name} is ready", view=self
        )


class ThrowawayBot(commands.Bot):
    def __init__(self) -> None:
        intents = discord.Intents.default()
        intents.message_content = True
        intents.members = True
        super().__init__(command_prefix="!", intents=intents, guild_ready_timeout=0.05)
        self.events: asyncio.Queue[tuple[str, object]] = asyncio.Queue()

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        return None  # the default sleeps 5 s before every re-IDENTIFY

    async def setup_hook(self) -> None:
        await self.add_cog(CampaignCog(self))

    async def on_message(self, message: discord.Message) -> None:
        await self.events.put(("message", message))

    async def on_message_edit(self, before: discord.Message, after: discord.Message) -> None:
        await self.events.put(("edit", after))

    async def on_raw_message_delete(self, payload: discord.RawMessageDeleteEvent) -> None:
        await self.events.put(("delete", payload.message_id))

    async def next_event(self, kind: str) -> object:
        while True:
            got, value = await within(self.events.get(), f"a {kind!r} event reaching the bot")
            if got == kind:
                return value


@dataclass
class World:
    fake: FakeDiscord
    bot: ThrowawayBot
    guild: FakeGuild
    channel: FakeChannel
    player: FakeUser


@pytest.fixture
async def world(fake_discord: FakeDiscord) -> AsyncIterator[World]:  # noqa: F811
    fake = fake_discord
    guild = fake.create_guild("Realm")
    channel = fake.create_channel(guild.id, "tavern")
    player = fake.create_user("alice", global_name="Alice")
    fake.add_member(guild.id, player)
    bot = ThrowawayBot()
    async with running_bot(bot, fake):
        yield World(fake, bot, guild, channel, player)


async def synced(world: World) -> None:
    world.bot.tree.copy_global_to(guild=discord.Object(world.guild.id))
    await world.bot.tree.sync(guild=discord.Object(world.guild.id))


async def test_ready_sees_guild_channels_and_members(world: World) -> None:
    guild = world.bot.get_guild(world.guild.id)
    assert guild is not None and guild.name == "Realm"
    assert [c.name for c in guild.text_channels] == ["tavern"]
    assert guild.get_member(world.player.id) is not None
    assert world.fake.calls_to("GET", r"^/users/@me$")


async def test_slash_sync_and_subcommand_with_options_replies_ephemeral(world: World) -> None:
    await synced(world)
    registered = world.fake.state.guild_commands[world.guild.id]
    assert {c["name"] for c in registered.values()} == {
        "campaign", "slow", "dawdle", "character", "vote"
    }
    handle = await world.fake.invoke_slash(
        world.guild.id,
        world.channel.id,
        world.player.id,
        "campaign create",
        options={"title": "Dune", "seats": 4, "gm": world.player.id},
        attachments={"card": Upload("card.txt", b"a card")},
    )
    reply = await handle.wait_response()
    assert reply.type == 4 and reply.ephemeral
    assert reply.content == "Dune|4|Alice|False|a card"
    assert world.fake.visible_messages(world.channel.id) == []
    seen = world.fake.visible_messages(world.channel.id, viewer_id=world.player.id)
    assert [m.content for m in seen] == ["Dune|4|Alice|False|a card"]
    # Group inside group, with a role option resolved.
    role = world.fake.create_role(world.guild.id, "Storytellers")
    nested = await world.fake.invoke_slash(
        world.guild.id,
        world.channel.id,
        world.player.id,
        "campaign gm promote",
        options={"role": role.id},
    )
    assert (await nested.wait_response()).content == "promoted Storytellers"


async def test_invoke_slash_rejects_what_discord_would_not_send(world: World) -> None:
    await synced(world)
    with pytest.raises(FakeDiscordError, match="needs option"):
        await world.fake.invoke_slash(
            world.guild.id, world.channel.id, world.player.id, "campaign create", options={}
        )
    with pytest.raises(FakeDiscordError, match="no registered slash command"):
        await world.fake.invoke_slash(world.guild.id, world.channel.id, world.player.id, "nope")


async def test_deferred_reply_then_followups(world: World) -> None:
    await synced(world)
    handle = await world.fake.invoke_slash(
        world.guild.id, world.channel.id, world.player.id, "slow"
    )
    assert (await handle.wait_response()).type == 5
    original = await handle.wait_original()
    assert original.content == "done thinking" and not original.ephemeral
    (extra,) = await handle.wait_followups(1)
    assert extra.content == "and one more" and extra.ephemeral
    assert [m.content for m in world.fake.visible_messages(world.channel.id)] == ["done thinking"]


async def test_modal_round_trip(world: World) -> None:
    await synced(world)
    opened = await world.fake.invoke_slash(
        world.guild.id, world.channel.id, world.player.id, "character"
    )
    modal = await opened.wait_modal()
    assert modal["title"] == "Your character"
    submitted = await world.fake.submit_modal(opened, {"char-name": "Mira"})
    assert (await submitted.wait_response()).content == "Welcome, Mira ()"
    with pytest.raises(FakeDiscordError, match="required"):
        await world.fake.submit_modal(opened, {})


async def test_button_click_updates_the_message(world: World) -> None:
    await synced(world)
    handle = await world.fake.invoke_slash(
        world.guild.id, world.channel.id, world.player.id, "vote"
    )
    message = await handle.wait_original()
    await wait_until_clickable(world.bot, world.fake, message.id)
    click = await world.fake.click_button(message.id, "vote-yes", world.player.id)
    assert (await click.wait_response()).type == 7
    assert message.history == ["Ready?", "alice is ready"]
    button = message.find_component("vote-yes")
    assert button is not None and button.get("disabled") is True
    with pytest.raises(FakeDiscordError, match="disabled"):
        await world.fake.click_button(message.id, "vote-yes", world.player.id)


async def test_an_answer_after_the_deadline_fails_the_wait_at_once(world: World) -> None:
    await synced(world)
    world.fake.interaction_response_deadline_s = DAWDLE_S / 2
    handle = await world.fake.invoke_slash(
        world.guild.id, world.channel.id, world.player.id, "dawdle"
    )
    started = time.monotonic()
    with pytest.raises(FakeDiscordError, match=r"past Discord's deadline .*10062"):
        await handle.wait_response()
    assert time.monotonic() - started < DAWDLE_S + 5  # not the 30 s hang guard
    assert handle.response is None


async def test_a_stalled_machine_does_not_make_the_answer_late(world: World) -> None:
    await synced(world)
    handle = await world.fake.invoke_slash(
        world.guild.id, world.channel.id, world.player.id, "vote"
    )
    # The whole process stands still past the deadline, as on a paused VM: the
    # fake and the bot are frozen alike, so the bot is not late.
    time.sleep(3.5)  # noqa: ASYNC251 - past Discord's 3 s, the fake's default
    assert (await handle.wait_response()).content == "Ready?"


async def test_webhook_persona_post_with_streamed_edits(world: World) -> None:
    channel = world.bot.get_channel(world.channel.id)
    assert isinstance(channel, discord.TextChannel)
    hook = await channel.create_webhook(name="Loremaster narrator")
    posted = await hook.send(
        "The",
        username="The Narrator",
        avatar_url="http://x/a.png",
        wait=True,
        allowed_mentions=discord.AllowedMentions.none(),
    )
    for text in ("The door", "The door creaks open."):
        await posted.edit(content=text, allowed_mentions=discord.AllowedMentions.none())
    stored = world.fake.state.messages[posted.id]
    assert stored.history == ["The", "The door", "The door creaks open."]
    assert stored.allowed_mentions == {"parse": []}
    assert stored.avatar_url == "http://x/a.png"
    (shown,) = world.fake.visible_messages(world.channel.id)
    assert (shown.author, shown.content, shown.is_webhook) == (
        "The Narrator",
        "The door creaks open.",
        True,
    )
    executes = world.fake.calls_to("POST", rf"^/webhooks/{hook.id}/")
    assert (
        executes[0].query.get("wait") in ("1", "true")
        and "Authorization" not in executes[0].headers
    )


async def test_user_message_edit_and_delete_reach_the_bot(world: World) -> None:
    said = await world.fake.user_says(world.channel.id, world.player.id, "I open the door")
    message = await world.bot.next_event("message")
    assert isinstance(message, discord.Message)
    assert (message.content, message.author.id) == ("I open the door", world.player.id)
    await world.fake.user_edits(said.id, "I kick the door")
    edited = await world.bot.next_event("edit")
    assert isinstance(edited, discord.Message) and edited.content == "I kick the door"
    await world.fake.user_deletes(said.id)
    assert await world.bot.next_event("delete") == said.id
    assert world.fake.visible_messages(world.channel.id) == []


async def test_gateway_drop_resumes_and_replays_missed_events(world: World) -> None:
    fake = world.fake
    assert await fake.drop_gateway() == 1
    # Said while the socket is down: only a RESUME replay can deliver it.
    await fake.user_says(world.channel.id, world.player.id, "anyone there?")
    await fake.wait_for(lambda: fake.gateway.count("resume"), what="a RESUME")
    message = await world.bot.next_event("message")
    assert isinstance(message, discord.Message) and message.content == "anyone there?"
    assert fake.gateway.count("identify") == 1
    resume = next(e for e in fake.gateway.log if e.kind == "resume")
    assert resume.path == "/resume-gateway" and resume.detail["replayed"] >= 1


async def test_invalid_session_makes_the_client_identify_again(world: World) -> None:
    fake = world.fake
    assert await fake.invalidate_session() == 1
    await fake.wait_for(lambda: fake.gateway.count("identify") == 2, what="a second IDENTIFY")
    await fake.user_says(world.channel.id, world.player.id, "back again")
    message = await world.bot.next_event("message")
    assert isinstance(message, discord.Message) and message.content == "back again"


async def test_rate_limited_send_is_retried_and_posted_once(world: World) -> None:
    fake = world.fake
    fake.rate_limit_next("POST", rf"^/channels/{world.channel.id}/messages$", retry_after=0.05)
    channel = world.bot.get_channel(world.channel.id)
    assert isinstance(channel, discord.TextChannel)
    await channel.send("one narration")
    statuses = [
        c.status for c in fake.calls_to("POST", rf"^/channels/{world.channel.id}/messages$")
    ]
    assert statuses == [429, 200]
    assert [m.content for m in fake.visible_messages(world.channel.id)] == ["one narration"]


async def test_message_limits_and_attachments_served(world: World) -> None:
    channel = world.bot.get_channel(world.channel.id)
    assert isinstance(channel, discord.TextChannel)
    with pytest.raises(discord.HTTPException) as error:
        await channel.send("x" * 2001)
    assert error.value.code == 50035
    sent = await channel.send("map", file=discord.File(io.BytesIO(b"PNG!"), "map.png"))
    async with aiohttp.ClientSession() as session, session.get(sent.attachments[0].url) as response:
        assert await response.read() == b"PNG!"


SUBPROCESS_BOT = """
import os, discord, discord.gateway, discord.http, yarl
discord.http.Route.BASE = os.environ["LOREMASTER_DISCORD_API_BASE"]
gateway = os.environ["LOREMASTER_DISCORD_GATEWAY"]
discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)
intents = discord.Intents.default()
intents.message_content = True
client = discord.Client(intents=intents, guild_ready_timeout=0.05)

@client.event
async def on_message(message):
    if message.content == "ping":
        await message.channel.send("pong")

client.run(os.environ["LOREMASTER_DISCORD_TOKEN"], log_handler=None)
"""


async def test_a_bot_in_a_subprocess_uses_the_env_pointers(fake_discord: FakeDiscord) -> None:  # noqa: F811
    fake = fake_discord
    guild = fake.create_guild("Realm")
    channel = fake.create_channel(guild.id, "tavern")
    player = fake.create_user("bob")
    fake.add_member(guild.id, player)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", SUBPROCESS_BOT, env={**os.environ, **fake.env()}
    )
    try:
        await fake.wait_until_ready()
        await fake.user_says(channel.id, player.id, "ping")
        await fake.wait_for(
            lambda: [m for m in fake.visible_messages(channel.id) if m.content == "pong"],
            what="the subprocess bot's pong",
        )
    finally:
        process.terminate()
        await within(process.wait(), "the subprocess bot to exit after SIGTERM")


async def test_unknown_routes_are_404_json_and_recorded() -> None:
    async with FakeDiscord() as fake, aiohttp.ClientSession() as session:
        headers = {"Authorization": f"Bot {fake.token}"}
        async with session.get(f"{fake.api_base}/stickers/1", headers=headers) as response:
            assert response.status == 404
            assert response.headers["Content-Type"] == "application/json"
            assert (await response.json())["message"] == "404: Not Found"
        async with session.get(f"{fake.api_base}/users/@me") as response:
            assert response.status == 401  # no bot token
        assert [(c.method, c.path) for c in fake.unknown_routes] == [("GET", "/stickers/1")]
        assert "Authorization" not in fake.calls[0].headers
        with pytest.raises(AssertionError, match="GET /stickers/1"):
            fake.assert_no_unknown_routes()
