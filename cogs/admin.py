"""/admin: a server's own rules for the bot, and what it has spent (Manage Server only)."""

from __future__ import annotations

from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.admin_embeds import settings_embed, usage_embed
from bot.discord_app.client import LoremasterBot
from bot.discord_app.context import card_choices, guild_of
from bot.discord_app.permissions import actor_of, require_admin
from bot.models import GuildConfig
from bot.services.usage import day_start, utc_day

Rating = Literal["family", "teen", "mature"]
Limit = app_commands.Range[int, 0, 10_000_000]


class AdminCog(commands.Cog):
    admin = app_commands.Group(
        name="admin", description="This server's rules for the bot (Manage Server)",
        guild_only=True, default_permissions=discord.Permissions(manage_guild=True),
    )
    category = app_commands.Group(
        name="category", description="Categories scene channels may go in", parent=admin)
    creators = app_commands.Group(
        name="creators", description="Roles that may create campaigns", parent=admin)

    def __init__(self, bot: LoremasterBot) -> None:
        self.bot = bot
        self.guilds = bot.services.guild_admin

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        # Server owners can open a command to everyone in the Integrations settings;
        # these stay with Manage Server whatever the defaults say.
        require_admin(interaction)
        return True

    async def _saved(self, interaction: discord.Interaction, config: GuildConfig) -> None:
        await interaction.response.send_message(
            "Saved.", embed=await self._embed(interaction, config), ephemeral=True)

    async def _embed(self, interaction: discord.Interaction, config: GuildConfig) -> discord.Embed:
        guild = guild_of(interaction)
        now = self.bot.clock()
        store = self.bot.store
        return settings_embed(
            guild.name, config, fallback_card=self.bot.settings.narrator_card,
            today_tokens=await store.usage.tokens_on(guild.id, utc_day(now)),
            today_narrations=await store.guilds.narrations_since(guild.id, day_start(now)),
            changes=await self.guilds.audit(guild.id),
        )

    @admin.command(name="show", description="The bot's settings on this server, in one view")
    async def show(self, interaction: discord.Interaction) -> None:
        config = await self.guilds.config(guild_of(interaction).id)
        await interaction.response.send_message(
            embed=await self._embed(interaction, config), ephemeral=True)

    @admin.command(name="limits", description="Limits for this server (0 lifts one)")
    @app_commands.describe(
        active_scenes="Open scenes at a time", actions_per_hour="Actions per player per hour",
        narrations_per_day="Narrations per UTC day", tokens_per_day="Tokens per UTC day",
    )
    async def limits(
        self, interaction: discord.Interaction, active_scenes: Limit | None = None,
        actions_per_hour: Limit | None = None, narrations_per_day: Limit | None = None,
        tokens_per_day: Limit | None = None,
    ) -> None:
        admin = actor_of(interaction.user)
        config = await self.guilds.set_limits(guild_of(interaction).id, admin, {
            "max_active_scenes": active_scenes, "actions_per_player_per_hour": actions_per_hour,
            "narrations_per_day": narrations_per_day, "tokens_per_day": tokens_per_day,
        })
        await self._saved(interaction, config)

    @admin.command(name="defaults", description="Content rating and narrator card of new "
                   "campaigns")
    async def defaults(
        self, interaction: discord.Interaction, content_rating: Rating | None = None,
        card: str | None = None,
    ) -> None:
        config = await self.guilds.set_defaults(
            guild_of(interaction).id, actor_of(interaction.user), content_rating=content_rating,
            card=card)
        await self._saved(interaction, config)

    @defaults.autocomplete("card")
    async def card_names(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return card_choices(interaction, current)

    @category.command(name="allow", description="Let scene channels go in this category")
    async def category_allow(
        self, interaction: discord.Interaction, category: discord.CategoryChannel
    ) -> None:
        await self._saved(interaction, await self.guilds.allow_category(
            guild_of(interaction).id, actor_of(interaction.user), category.id))

    @category.command(name="disallow", description="Take a category off the scene list")
    async def category_disallow(
        self, interaction: discord.Interaction, category: discord.CategoryChannel
    ) -> None:
        await self._saved(interaction, await self.guilds.disallow_category(
            guild_of(interaction).id, actor_of(interaction.user), category.id))

    @creators.command(name="allow", description="Let members with this role create campaigns")
    async def creators_allow(self, interaction: discord.Interaction, role: discord.Role) -> None:
        await self._saved(interaction, await self.guilds.allow_creator_role(
            guild_of(interaction).id, actor_of(interaction.user), role.id))

    @creators.command(name="disallow", description="Take a role off the campaign creators")
    async def creators_disallow(
        self, interaction: discord.Interaction, role: discord.Role
    ) -> None:
        await self._saved(interaction, await self.guilds.disallow_creator_role(
            guild_of(interaction).id, actor_of(interaction.user), role.id))

    @admin.command(name="usage", description="Tokens this server spent, with a chart")
    @app_commands.describe(days="How many days back (UTC), today included")
    async def usage(
        self, interaction: discord.Interaction, days: app_commands.Range[int, 1, 31] = 7
    ) -> None:
        guild = guild_of(interaction)
        report = await self.bot.services.usage.report(guild.id, days)
        titles = {c.id: c.title
                  for c in await self.bot.store.campaigns.in_guild(guild.id, include_archived=True)}
        embed, chart = usage_embed(report, titles)
        await interaction.response.send_message(embed=embed, file=chart, ephemeral=True)


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, LoremasterBot)
    await bot.add_cog(AdminCog(bot))
