"""/backend list|server|campaign|add|remove: which backend narrates where (server admins).

Every reply is ephemeral; an endpoint's key is typed into a modal, sealed, and never
shown again (the list says only whether one is stored).
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.client import LoremasterBot
from bot.discord_app.context import bot_of, campaign_for, guild_of
from bot.discord_app.errors import report_error
from bot.discord_app.permissions import require_admin
from bot.discord_app.splitting import clip

log = logging.getLogger(__name__)


class EndpointModal(discord.ui.Modal):
    """Name, URL, model and key of an OpenAI-compatible endpoint of the server's own."""

    def __init__(self) -> None:
        super().__init__(title="Add an endpoint")
        self.name: discord.ui.TextInput[EndpointModal] = discord.ui.TextInput(
            label="Name (a-z, 0-9, - and _)", custom_id="name", max_length=32)
        self.url: discord.ui.TextInput[EndpointModal] = discord.ui.TextInput(
            label="Base URL (https://…/v1)", custom_id="url", max_length=300)
        self.model: discord.ui.TextInput[EndpointModal] = discord.ui.TextInput(
            label="Model (empty: the one it serves)", custom_id="model", required=False,
            max_length=200)
        self.key: discord.ui.TextInput[EndpointModal] = discord.ui.TextInput(
            label="API key (stored encrypted, never shown)", custom_id="key", required=False,
            max_length=400)
        for item in (self.name, self.url, self.model, self.key):
            self.add_item(item)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        require_admin(interaction)
        guild = guild_of(interaction)
        # Probing the endpoint may take longer than Discord waits for an answer.
        await interaction.response.defer(ephemeral=True, thinking=True)
        endpoint = await bot_of(interaction).services.backends.add_endpoint(
            guild.id, name=self.name.value, url=self.url.value, model=self.model.value,
            key=self.key.value, added_by=str(interaction.user.id))
        keyed = "its key is stored encrypted" if endpoint.sealed_key else "no key"
        await interaction.followup.send(
            f"Endpoint `{endpoint.name}` saved: {endpoint.base_url}, model "
            f"{endpoint.model or 'as served'}, {keyed}. Use it with `/backend server` or "
            "`/backend campaign`.", ephemeral=True)

    async def on_error(  # type: ignore[override]
        self, interaction: discord.Interaction, error: Exception
    ) -> None:
        await report_error(interaction, error)


class BackendCog(commands.Cog):
    backend = app_commands.Group(
        name="backend", description="Which model narrates here (server admins)",
        guild_only=True, default_permissions=discord.Permissions(manage_guild=True),
    )

    def __init__(self, bot: LoremasterBot) -> None:
        self.bot = bot

    @backend.command(name="list", description="Backends, their health, and who uses which")
    async def list_(self, interaction: discord.Interaction) -> None:
        require_admin(interaction)
        lines = await self.bot.services.backends.overview(guild_of(interaction).id)
        await interaction.response.send_message(clip("\n".join(lines)), ephemeral=True)

    @backend.command(name="server", description="The backends this server's campaigns use")
    @app_commands.describe(names="Backend names in failover order, comma-separated; "
                                 "empty: the bot's default")
    async def server(self, interaction: discord.Interaction, names: str = "") -> None:
        require_admin(interaction)
        chosen = await self.bot.services.backends.choose(guild_of(interaction).id, None, names)
        await interaction.response.send_message(
            f"This server now narrates with {_listed(chosen)}." if chosen else
            "This server now uses the bot's default backend.", ephemeral=True)

    @backend.command(name="campaign", description="The backends one campaign uses")
    @app_commands.describe(names="Backend names in failover order, comma-separated; "
                                 "empty: the server's choice",
                           campaign="The campaign (default: this channel's)")
    async def campaign(self, interaction: discord.Interaction, names: str = "",
                       campaign: str | None = None) -> None:
        require_admin(interaction)
        found = await campaign_for(interaction, campaign)
        chosen = await self.bot.services.backends.choose(guild_of(interaction).id, found, names)
        await interaction.response.send_message(
            f"**{found.title}** now narrates with {_listed(chosen)}." if chosen else
            f"**{found.title}** now uses the server's choice.", ephemeral=True)

    @backend.command(name="add", description="Add an OpenAI-compatible endpoint with its key")
    async def add(self, interaction: discord.Interaction) -> None:
        require_admin(interaction)
        self.bot.services.backends.endpoints.require_allowed()
        await interaction.response.send_modal(EndpointModal())

    @backend.command(name="remove", description="Remove an endpoint and its stored key")
    async def remove(self, interaction: discord.Interaction, name: str) -> None:
        require_admin(interaction)
        await self.bot.services.backends.remove_endpoint(guild_of(interaction).id, name)
        await interaction.response.send_message(
            f"Endpoint `{name.strip().lower()}` and its key are removed; campaigns that "
            "listed it use the rest of their list.", ephemeral=True)


def _listed(names: list[str]) -> str:
    return " → ".join(f"`{n}`" for n in names)


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, LoremasterBot)
    await bot.add_cog(BackendCog(bot))
