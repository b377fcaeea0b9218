"""/gm swipes: whether players may ask for other versions of a narration and vote on
them (off by default: only GMs regenerate). Attached to the GM cog's group on load, and
the home of the version buttons' registration (they outlive restarts)."""

from __future__ import annotations

from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.client import LoremasterBot
from bot.discord_app.context import campaign_for
from bot.discord_app.errors import guarded
from bot.discord_app.permissions import actor_of
from bot.discord_app.swipes import SwipeButton


class SwipesCog(commands.Cog):
    def __init__(self, bot: LoremasterBot) -> None:
        self.bot = bot
        self.command = swipes_command(bot)
        self._parent: app_commands.Group | None = None

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(SwipeButton)
        parent = self.bot.tree.get_command("gm")
        if isinstance(parent, app_commands.Group):
            parent.add_command(self.command)
            self._parent = parent

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(SwipeButton)
        if self._parent is not None:
            self._parent.remove_command(self.command.name)


def swipes_command(bot: LoremasterBot) -> app_commands.Command[Any, Any, None]:
    @app_commands.command(
        name="swipes", description="Let players ask for other versions and vote (GMs)")
    @app_commands.describe(
        mode="on: 🔄 ◀ ▶ and a vote under each narration; off: only GMs regenerate",
        limit="New versions players may ask for per round (default 2)",
    )
    async def swipes(
        interaction: discord.Interaction,
        mode: Literal["on", "off"],
        limit: app_commands.Range[int, 0, 10] | None = None,
    ) -> None:
        campaign = await campaign_for(interaction)
        settings = await guarded(bot.services.swipes.configure(
            campaign.id, actor_of(interaction.user), on=mode == "on", limit=limit))
        text = (
            f"Players may now ask for up to {settings.limit} new version(s) a round and "
            "vote on which stays." if settings.on
            else "Only GMs regenerate narrations now."
        )
        await interaction.response.send_message(text, ephemeral=True)

    return swipes


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, LoremasterBot)
    await bot.add_cog(SwipesCog(bot))
