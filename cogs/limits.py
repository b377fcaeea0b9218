"""/limits show|set: what one player may send in this server (Manage Server to change)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands
from pydantic import ValidationError

from bot.discord_app.client import LoremasterBot
from bot.discord_app.context import guild_of
from bot.discord_app.permissions import require_admin
from bot.engine.limits import MAX_ACTION_CHARS
from bot.services.campaigns import ServiceError
from bot.store.guild_limits import GuildLimits


def describe(limits: GuildLimits) -> str:
    return (
        f"An action: at most {limits.action_chars} characters.\n"
        f"Per player, each minute: {limits.actions_per_minute} actions and "
        f"{limits.commands_per_minute} commands."
    )


class LimitsCog(commands.Cog):
    limits = app_commands.Group(
        name="limits", description="Limits on what one player may send", guild_only=True,
        default_permissions=discord.Permissions(manage_guild=True),
    )

    def __init__(self, bot: LoremasterBot) -> None:
        self.bot = bot

    @limits.command(name="show", description="This server's limits per player")
    async def show(self, interaction: discord.Interaction) -> None:
        limits = await self.bot.services.limits.of_guild(guild_of(interaction).id)
        await interaction.response.send_message(describe(limits), ephemeral=True)

    @limits.command(name="set", description="Change this server's limits (Manage Server)")
    @app_commands.describe(
        action_chars="Longest action, in characters",
        actions_per_minute="Actions one player may send a minute",
        commands_per_minute="Commands one player may use a minute",
    )
    async def set_(
        self, interaction: discord.Interaction,
        action_chars: app_commands.Range[int, 20, MAX_ACTION_CHARS] | None = None,
        actions_per_minute: app_commands.Range[int, 1, 120] | None = None,
        commands_per_minute: app_commands.Range[int, 1, 120] | None = None,
    ) -> None:
        require_admin(interaction)
        given = {
            name: value for name, value in (
                ("action_chars", action_chars), ("actions_per_minute", actions_per_minute),
                ("commands_per_minute", commands_per_minute),
            ) if value is not None
        }
        if not given:
            raise ServiceError("Name at least one limit to change.")
        try:
            limits = await self.bot.services.limits.configure(guild_of(interaction).id, **given)
        except ValidationError as exc:  # the Range options make this rare (another client)
            raise ServiceError(f"That limit is out of bounds: {exc.errors()[0]['msg']}.") from None
        await interaction.response.send_message(f"Limits set.\n{describe(limits)}", ephemeral=True)


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, LoremasterBot)
    await bot.add_cog(LimitsCog(bot))
