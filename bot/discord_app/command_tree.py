"""The bot's command tree: every slash command a player sends first passes the guild's
commands-per-minute limit; one over it gets an ephemeral refusal and runs nothing."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands

if TYPE_CHECKING:
    from bot.discord_app.client import LoremasterBot

    TreeBase = app_commands.CommandTree[LoremasterBot]
else:  # the bot's module imports this one: no cycle at run time
    TreeBase = app_commands.CommandTree

log = logging.getLogger(__name__)


class LimitedTree(TreeBase):
    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        if interaction.type is not discord.InteractionType.application_command:
            return True  # autocomplete is typing, not a command
        if interaction.guild_id is None:
            return True
        refused = await self.client.services.limits.check_command(
            interaction.guild_id, str(interaction.user.id))
        if refused is None:
            return True
        try:
            await interaction.response.send_message(refused.text, ephemeral=True)
        except discord.HTTPException as exc:  # expired: the log has it
            log.warning("could not refuse a command over the limit (%s)", exc.status)
        return False
