"""/npc add|list|edit|remove: the campaign's non-player characters, kept by its GMs.

An NPC's marked lines in a narration are posted under its own name and avatar. The
avatar is an image uploaded with the command; its Discord URL is kept, never fetched.
"""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.client import LoremasterBot
from bot.discord_app.context import campaign_for, reply_list
from bot.discord_app.permissions import require_gm
from bot.discord_app.sink import NO_MENTIONS
from bot.discord_app.splitting import clip
from bot.services.campaigns import ServiceError


def avatar_url(attachment: discord.Attachment | None) -> str | None:
    if attachment is None:
        return None
    if not (attachment.content_type or "").startswith("image/"):
        raise ServiceError("The avatar must be an image (PNG, JPEG, GIF or WebP).")
    return attachment.url


class NpcCog(commands.Cog):
    npc = app_commands.Group(
        name="npc", description="Non-player characters with their own voice (GMs)",
        guild_only=True,
    )

    def __init__(self, bot: LoremasterBot) -> None:
        self.bot = bot
        self.npcs = bot.services.npcs

    @npc.command(name="add", description="Give an NPC a name, a face and a voice")
    @app_commands.describe(
        name="The name the narrator uses", avatar="An image to post under",
        description="Who they are (the narrator reads it)",
    )
    async def add(
        self, interaction: discord.Interaction, name: str,
        avatar: discord.Attachment | None = None, description: str = "",
        campaign: str | None = None,
    ) -> None:
        found = await campaign_for(interaction, campaign)
        require_gm(interaction, found)
        npc = await self.npcs.add(found.id, name, avatar_url=avatar_url(avatar),
                                  description=description)
        await interaction.response.send_message(
            clip(f"**{npc.name}** now speaks with their own voice."), ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @npc.command(name="list", description="List the campaign's NPCs")
    async def list_(self, interaction: discord.Interaction, campaign: str | None = None) -> None:
        found = await campaign_for(interaction, campaign)
        require_gm(interaction, found)
        lines = [
            f"• **{n.name}**{' 🖼️' if n.avatar_url else ''}"
            + (f" — {n.description}" if n.description else "")
            for n in await self.npcs.of_campaign(found.id)
        ]
        await reply_list(interaction, lines, empty="This campaign has no NPCs yet.")

    @npc.command(name="edit", description="Change an NPC's avatar or description")
    async def edit(
        self, interaction: discord.Interaction, name: str,
        avatar: discord.Attachment | None = None, description: str | None = None,
        campaign: str | None = None,
    ) -> None:
        found = await campaign_for(interaction, campaign)
        require_gm(interaction, found)
        npc = await self.npcs.edit(found.id, name, avatar_url=avatar_url(avatar),
                                   description=description)
        await interaction.response.send_message(
            clip(f"**{npc.name}** updated."), ephemeral=True, allowed_mentions=NO_MENTIONS)

    @npc.command(name="remove", description="Remove an NPC (their lines become narration)")
    async def remove(
        self, interaction: discord.Interaction, name: str, campaign: str | None = None
    ) -> None:
        found = await campaign_for(interaction, campaign)
        require_gm(interaction, found)
        await self.npcs.remove(found.id, name)
        await interaction.response.send_message(
            clip(f"**{name.strip()}** removed."), ephemeral=True, allowed_mentions=NO_MENTIONS)


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, LoremasterBot)
    await bot.add_cog(NpcCog(bot))
