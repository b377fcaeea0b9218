"""/data consent|campaign|status and narration reactions: training data from play, with
consent (`bot.services.feedback` holds the rules, `bot.export` the export).

A player's 👍/👎 or 1️⃣–5️⃣ on a narration is recorded when the campaign collects and the
player is seated in its scene; other reactions are ignored."""

from __future__ import annotations

import logging
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.client import LoremasterBot
from bot.discord_app.context import campaign_for, player_id
from bot.discord_app.errors import guarded
from bot.discord_app.permissions import actor_of

log = logging.getLogger(__name__)


class DataCog(commands.Cog):
    data = app_commands.Group(
        name="data", description="Sharing this table's play as training data", guild_only=True)

    def __init__(self, bot: LoremasterBot) -> None:
        self.bot = bot

    @data.command(name="consent", description="Let your play in this campaign be exported")
    @app_commands.describe(mode="on: your scenes may be exported, pseudonymised; off: never")
    async def consent(
        self, interaction: discord.Interaction, mode: Literal["on", "off"],
        campaign: str | None = None,
    ) -> None:
        found = await campaign_for(interaction, campaign)
        await self.bot.services.feedback.consent(
            found.id, player_id(interaction.user), on=mode == "on")
        text = (
            f"You agree to share your play in **{found.title}** as training data, under a "
            "pseudonym. Scenes are shared only when every player in them agrees."
            if mode == "on" else f"Nothing of your play in **{found.title}** will be exported."
        )
        await interaction.response.send_message(text, ephemeral=True)

    @data.command(name="campaign", description="Collect this campaign's feedback (GMs)")
    @app_commands.describe(mode="on: keep prompts, reactions and review decisions; off: stop")
    async def campaign(
        self, interaction: discord.Interaction, mode: Literal["on", "off"],
        campaign: str | None = None,
    ) -> None:
        found = await campaign_for(interaction, campaign)
        on = await guarded(self.bot.services.feedback.configure(
            found.id, actor_of(interaction.user), on=mode == "on"))
        text = (
            f"**{found.title}** now collects feedback on narrations. Only scenes whose players "
            "all ran `/data consent on` are ever exported." if on
            else f"**{found.title}** collects no feedback and is left out of exports."
        )
        await interaction.response.send_message(text, ephemeral=True)

    @data.command(name="status", description="Whether this campaign and you share data")
    async def status(
        self, interaction: discord.Interaction, campaign: str | None = None
    ) -> None:
        found = await campaign_for(interaction, campaign)
        collects, mine = await self.bot.services.feedback.status(
            found.id, player_id(interaction.user))
        await interaction.response.send_message(
            f"**{found.title}**: collecting {'on' if collects else 'off'}; "
            f"your consent {'on' if mine else 'off'}.", ephemeral=True)

    @commands.Cog.listener()
    async def on_raw_reaction_add(self, event: discord.RawReactionActionEvent) -> None:
        await self._reaction(event, added=True)

    @commands.Cog.listener()
    async def on_raw_reaction_remove(self, event: discord.RawReactionActionEvent) -> None:
        await self._reaction(event, added=False)

    async def _reaction(self, event: discord.RawReactionActionEvent, *, added: bool) -> None:
        me = self.bot.user
        if event.guild_id is None or not event.emoji.is_unicode_emoji() or (
                me is not None and event.user_id == me.id):
            return
        try:
            await self.bot.services.feedback.react(
                event.message_id, str(event.user_id), event.emoji.name or "", added=added)
        except Exception:  # one bad event never stops the bot
            log.exception("reaction not recorded: message=%d", event.message_id)


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, LoremasterBot)
    await bot.add_cog(DataCog(bot))
