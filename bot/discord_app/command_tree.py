"""The bot's command tree: every slash command a player sends first passes the guild's
commands-per-minute limit; one over it gets an ephemeral refusal and runs nothing."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands

from bot.services.limits import LimitsService

log = logging.getLogger(__name__)


class LimitedTree(app_commands.CommandTree[Any]):
    # Given by the bot once its services are built (discord.py makes the tree first).
    limits: LimitsService | None = None

    def limit_with(self, limits: LimitsService) -> None:
        self.limits = limits

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        if interaction.type is not discord.InteractionType.application_command:
            return True  # autocomplete is typing, not a command
        if interaction.guild_id is None or self.limits is None:
            return True
        refused = await self.limits.check_command(interaction.guild_id, str(interaction.user.id))
        if refused is None:
            return True
        try:
            await interaction.response.send_message(refused.text, ephemeral=True)
        except discord.HTTPException as exc:  # expired: the log has it
            log.warning("could not refuse a command over the limit (%s)", exc.status)
        return False
