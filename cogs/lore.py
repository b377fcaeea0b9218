"""/lore add|list|show|remove|import: a campaign's own lorebook, kept by its GMs."""

from __future__ import annotations

import asyncio

import discord
from discord import app_commands
from discord.ext import commands

from bot.cards.errors import CardError
from bot.cards.lorebook_io import storable_lorebook
from bot.discord_app.client import LoremasterBot
from bot.discord_app.context import campaign_for, read_upload, reply_list
from bot.discord_app.errors import guarded
from bot.discord_app.permissions import actor_of, require_gm
from bot.discord_app.splitting import clip
from bot.services.campaigns import ServiceError


class LoreCog(commands.Cog):
    lore = app_commands.Group(
        name="lore", description="The campaign's lorebook (GMs)", guild_only=True
    )

    def __init__(self, bot: LoremasterBot) -> None:
        self.bot = bot

    @lore.command(name="add", description="Add or replace a lore entry")
    @app_commands.describe(
        name="The entry's name", keys="Comma-separated words that bring it into the story",
        content="What the narrator should know", constant="Always in the prompt",
    )
    async def add(
        self, interaction: discord.Interaction, name: str, keys: str, content: str,
        constant: bool = False, campaign: str | None = None,
    ) -> None:
        found = await campaign_for(interaction, campaign)
        require_gm(interaction, found)
        entry = await self.bot.services.table.add_lore(
            found, name=name, keys=keys, content=content, constant=constant
        )
        await interaction.response.send_message(
            clip(f"Lore entry **{entry.name}** saved (keys: {', '.join(entry.keys)})."),
            ephemeral=True,
        )

    @lore.command(name="list", description="List lore entries")
    async def list_(self, interaction: discord.Interaction, campaign: str | None = None) -> None:
        found = await campaign_for(interaction, campaign)
        require_gm(interaction, found)
        entries = await self.bot.store.lore.of_campaign(found.id)
        lines = [f"• **{e.name}** — {', '.join(e.keys) or 'constant'}" for e in entries]
        await reply_list(interaction, lines, empty="This campaign has no lore entries yet.")

    @lore.command(name="show", description="Show a lore entry")
    async def show(
        self, interaction: discord.Interaction, name: str, campaign: str | None = None
    ) -> None:
        found = await campaign_for(interaction, campaign)
        require_gm(interaction, found)
        entry = await self.bot.services.table.lore_entry(found, name)
        flag = " (constant)" if entry.constant else ""
        await interaction.response.send_message(
            clip(f"**{entry.name}**{flag} — keys: {', '.join(entry.keys)}\n{entry.content}"),
            ephemeral=True,
        )

    @lore.command(name="remove", description="Remove a lore entry")
    async def remove(
        self, interaction: discord.Interaction, name: str, campaign: str | None = None
    ) -> None:
        found = await campaign_for(interaction, campaign)
        require_gm(interaction, found)
        await self.bot.services.table.remove_lore(found, name)
        await interaction.response.send_message(f"Lore entry **{name}** removed.", ephemeral=True)

    @lore.command(name="import", description="Use a lorebook file for the campaign")
    @app_commands.describe(
        file="SillyTavern world info, a lorebook_v3 file, or a card with a lorebook",
    )
    async def import_(
        self, interaction: discord.Interaction, file: discord.Attachment,
        campaign: str | None = None,
    ) -> None:
        found = await campaign_for(interaction, campaign)
        require_gm(interaction, found)
        data = await read_upload(interaction, file, "a lorebook")
        try:  # parsing a big book is CPU work: off the event loop
            raw, book = await asyncio.to_thread(storable_lorebook, data, filename=file.filename)
        except CardError as exc:
            raise ServiceError(f"That lorebook cannot be used: {clip(str(exc), 150)}") from None
        await guarded(self.bot.services.settings.set_campaign(
            found.id, actor_of(interaction.user), {"lorebook": raw}))
        name = f" **{book.name}**" if book.name else ""
        await interaction.followup.send(
            clip(f"Lorebook{name} imported: {len(book.entries)} entries, in place of any "
                 "earlier import (entries added with /lore add stay)."),
            ephemeral=True,
        )


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, LoremasterBot)
    await bot.add_cog(LoreCog(bot))
