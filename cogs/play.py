"""Playing in a scene channel: messages are actions, `((…))` and `//…` are table talk,
/act declares an action with an optional private note to the narrator."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.client import LoremasterBot
from bot.discord_app.context import guild_of, player_id, scene_here
from bot.discord_app.errors import sentence
from bot.discord_app.private_notice import tell_privately
from bot.engine.ooc import is_out_of_character, strip_out_of_character
from bot.models import Post, PostKind, Scene
from bot.services.campaigns import ServiceError
from bot.services.guild_admin import ActionRefusal
from bot.services.limits import Refusal

log = logging.getLogger(__name__)


class PlayCog(commands.Cog):
    def __init__(self, bot: LoremasterBot) -> None:
        self.bot = bot

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.webhook_id is not None or message.guild is None:
            return
        scene = await self.bot.store.scenes.for_channel(message.channel.id)
        if scene is None:
            return
        over = await self._over_limit(message.guild.id, message.author, message.content)
        if over is not None:
            if over.first:  # once per burst: the bot must not flood the player back
                await tell_privately(message, over.text)
            return
        refused = await self._take(scene, message.author, message.content,
                                   message_id=message.id, guild_id=message.guild.id)
        if isinstance(refused, ActionRefusal) and refused.first_this_hour:
            await self.bot.narrator.notice(
                message.channel, f"{message.author.display_name}: {sentence(refused.text)}")

    async def _over_limit(
        self, guild_id: int, author: discord.abc.User, text: str
    ) -> Refusal | None:
        """An action over the guild's length or rate limit, refused before it is stored;
        table talk is not an action and passes."""
        if is_out_of_character(text):
            return None
        refused = await self.bot.services.limits.check_action(guild_id, player_id(author), text)
        if refused is not None:
            log.info("not an action: user=%s (over a limit)", author.id)
        return refused

    async def _take(
        self, scene: Scene, author: discord.abc.User, text: str, *, message_id: int | None,
        guild_id: int,
    ) -> str | ActionRefusal | None:
        """Store a post from `author` (stored before anything reacts); the refusal, if any."""
        name = author.display_name
        if is_out_of_character(text):
            await self.bot.store.posts.add(
                scene_id=scene.id, kind=PostKind.OOC, author_id=player_id(author),
                author_name=name, content=text, now=self.bot.clock(), round_no=scene.round_no,
                discord_message_id=message_id,
            )
            return None
        over_limit = await self.bot.services.guild_admin.action_refusal(
            guild_id, player_id(author))
        if over_limit is not None:
            log.info("not an action: scene=%d user=%s (%s)", scene.id, author.id,
                     over_limit.text)
            return over_limit
        # The scene's pacing mode decides (rounds, spotlight, free or gm).
        outcome = await self.bot.services.pacing.submit(
            scene, player_id=player_id(author), player_name=name,
            text=strip_out_of_character(text), discord_message_id=message_id,
        )
        if outcome.decision.refused:
            log.info("not an action: scene=%d user=%s (%s)", scene.id, author.id,
                     outcome.decision.refused)
            return outcome.decision.refused
        # Checked by the runner, not trusted from this decision: two last actions
        # arriving together would each see the other missing.
        self.bot.narrations.request(scene.id)
        return None

    @commands.Cog.listener()
    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        content = payload.data.get("content")
        if content is None:
            return
        post = await self._open_action(payload.message_id)
        if post is None:
            return
        now = self.bot.clock()
        if is_out_of_character(content):  # edited into table talk: no longer an action
            await self.bot.store.posts.delete(post.id, now)
        else:
            await self.bot.store.posts.edit(post.id, strip_out_of_character(content), now)

    @commands.Cog.listener()
    async def on_raw_message_delete(self, payload: discord.RawMessageDeleteEvent) -> None:
        post = await self._open_action(payload.message_id)
        if post is not None:
            await self.bot.store.posts.delete(post.id, self.bot.clock())

    async def _open_action(self, message_id: int) -> Post | None:
        """The action stored for `message_id`, if its round is still open."""
        post = await self.bot.store.posts.for_message(message_id)
        if post is None or post.deleted or post.kind != PostKind.ACTION:
            return None
        scene = await self.bot.store.scenes.get(post.scene_id)
        return post if post.round_no == scene.round_no else None

    @app_commands.command(name="act", description="Declare your action for this round")
    @app_commands.describe(action="What your character does",
                           note="A private note only the narrator sees")
    @app_commands.guild_only()
    async def act(
        self, interaction: discord.Interaction, action: str, note: str | None = None
    ) -> None:
        scene, _ = await scene_here(interaction)
        if is_out_of_character(action):
            raise ServiceError("That reads as out-of-character; write what your character does.")
        over = await self._over_limit(guild_of(interaction).id, interaction.user, action)
        if over is not None:
            raise ServiceError(over.text)
        refused = await self._take(scene, interaction.user, action, message_id=None,
                                   guild_id=guild_of(interaction).id)
        if isinstance(refused, ActionRefusal):
            raise ServiceError(sentence(refused.text))
        if refused:
            raise ServiceError(sentence(refused))
        if note and note.strip():
            await self.bot.store.posts.add(
                scene_id=scene.id, kind=PostKind.WHISPER, author_id=player_id(interaction.user),
                author_name=interaction.user.display_name, content=note.strip(),
                now=self.bot.clock(), round_no=scene.round_no,
            )
        character = await self.bot.store.characters.active(
            scene.campaign_id, player_id(interaction.user)
        )
        who = character.name if character else interaction.user.display_name
        await interaction.response.send_message(
            f"**{who}**: {action}"[:2000], allowed_mentions=discord.AllowedMentions.none()
        )


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, LoremasterBot)
    await bot.add_cog(PlayCog(bot))
