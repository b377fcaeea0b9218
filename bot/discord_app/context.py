"""Small helpers the cogs share: the bot behind an interaction and the campaign it means."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

import discord
from discord import app_commands

from bot.cards.errors import MAX_FILE_BYTES
from bot.discord_app.splitting import clip
from bot.models import Campaign, Scene
from bot.services.campaigns import ServiceError, installed_cards

if TYPE_CHECKING:
    from bot.discord_app.client import LoremasterBot


def bot_of(interaction: discord.Interaction) -> LoremasterBot:
    return cast("LoremasterBot", interaction.client)


def guild_of(interaction: discord.Interaction) -> discord.Guild:
    if interaction.guild is None:
        raise ServiceError("That only works in a server.")
    return interaction.guild


def text_channel_of(interaction: discord.Interaction) -> discord.TextChannel:
    channel = interaction.channel
    if not isinstance(channel, discord.TextChannel):
        raise ServiceError("That only works in a server text channel.")
    return channel


async def campaign_for(interaction: discord.Interaction, title: str | None = None) -> Campaign:
    """The campaign named, or the one this channel belongs to, or the server's only one."""
    guild = guild_of(interaction)
    channel = interaction.channel
    category_id = getattr(channel, "category_id", None)
    channel_id = channel.id if channel is not None else 0
    return await bot_of(interaction).services.table.resolve_campaign(
        guild.id, channel_id=channel_id, category_id=category_id, title=title
    )


async def scene_here(interaction: discord.Interaction) -> tuple[Scene, Campaign]:
    bot = bot_of(interaction)
    channel = interaction.channel
    scene = await bot.services.table.scene_here(channel.id if channel is not None else 0)
    return scene, await bot.store.campaigns.get(scene.campaign_id)


def channel_slug(title: str, fallback: str) -> str:
    """A Discord text channel name: lowercase words joined by dashes."""
    slug = re.sub(r"[^\w-]+", "-", title.lower()).strip("-")
    return (slug or fallback)[:100]


def player_id(user: discord.abc.User) -> str:
    return str(user.id)


async def reply_list(interaction: discord.Interaction, lines: list[str], *, empty: str) -> None:
    """A listing for the asker only, one item a line, or `empty` when there is none."""
    await interaction.response.send_message(clip("\n".join(lines) or empty), ephemeral=True)


def card_choices(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    """Autocomplete: the installed cards whose file name holds what was typed."""
    names = installed_cards(bot_of(interaction).settings.cards_dir)
    matching = [n for n in names if current.lower() in n.lower()][:25]
    return [app_commands.Choice(name=n, value=n) for n in matching]


async def read_upload(interaction: discord.Interaction, file: discord.Attachment,
                      what: str) -> bytes:
    """An attached file's bytes, refused before download when too large; the answer is
    deferred (reading and parsing may take longer than Discord's three seconds)."""
    if file.size > MAX_FILE_BYTES:
        raise ServiceError(f"That file is too large for {what}.")
    await interaction.response.defer(ephemeral=True, thinking=True)
    return await file.read()
