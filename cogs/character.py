"""/character create|show|edit|retire."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.client import LoremasterBot
from bot.discord_app.context import bot_of, campaign_for, player_id
from bot.discord_app.errors import describe
from bot.discord_app.splitting import clip
from bot.models import Campaign, Character
from bot.services.campaigns import MAX_FIELD

log = logging.getLogger(__name__)


class CharacterModal(discord.ui.Modal):
    """Name, look, traits and notes; prefilled when editing."""

    def __init__(self, campaign: Campaign, existing: Character | None = None) -> None:
        super().__init__(title="Edit your character" if existing else "Your character")
        self.campaign = campaign
        self.existing = existing
        self.name: discord.ui.TextInput[CharacterModal] = discord.ui.TextInput(
            label="Name", custom_id="name", max_length=MAX_FIELD["name"],
            default=existing.name if existing else None,
        )
        self.look: discord.ui.TextInput[CharacterModal] = self._paragraph(
            "Look", "look", existing.look if existing else None
        )
        self.traits: discord.ui.TextInput[CharacterModal] = self._paragraph(
            "Traits", "traits", existing.traits if existing else None
        )
        self.notes: discord.ui.TextInput[CharacterModal] = self._paragraph(
            "Notes", "notes", existing.notes if existing else None
        )
        for item in (self.name, self.look, self.traits, self.notes):
            self.add_item(item)

    @staticmethod
    def _paragraph(
        label: str, custom_id: str, default: str | None
    ) -> discord.ui.TextInput[CharacterModal]:
        return discord.ui.TextInput(
            label=label, custom_id=custom_id, style=discord.TextStyle.paragraph,
            required=False, max_length=MAX_FIELD[custom_id], default=default or None,
        )

    async def on_submit(self, interaction: discord.Interaction) -> None:
        bot = bot_of(interaction)
        fields = {
            "name": self.name.value, "look": self.look.value,
            "traits": self.traits.value, "notes": self.notes.value,
        }
        if self.existing is None:
            character = await bot.services.table.create_character(
                self.campaign, player_id=player_id(interaction.user),
                player_name=interaction.user.display_name, fields=fields,
            )
            text = f"{character.name} joins **{self.campaign.title}**."
        else:
            character = await bot.services.table.edit_character(self.existing, fields)
            text = f"{character.name} is updated."
        await interaction.response.send_message(text, ephemeral=True)

    async def on_error(  # type: ignore[override]
        self, interaction: discord.Interaction, error: Exception
    ) -> None:
        message = describe(error)
        if interaction.response.is_done():
            await interaction.followup.send(message, ephemeral=True)
        else:
            await interaction.response.send_message(message, ephemeral=True)


def render(character: Character) -> str:
    parts = [f"**{character.name}** — played by {character.player_name}"]
    for label, value in (("Look", character.look), ("Traits", character.traits),
                         ("Notes", character.notes)):
        if value:
            parts.append(f"*{label}:* {value}")
    return clip("\n".join(parts))


class CharacterCog(commands.Cog):
    character = app_commands.Group(
        name="character", description="Your character in a campaign", guild_only=True
    )

    def __init__(self, bot: LoremasterBot) -> None:
        self.bot = bot

    @character.command(name="create", description="Create your character")
    async def create(self, interaction: discord.Interaction, campaign: str | None = None) -> None:
        found = await campaign_for(interaction, campaign)
        if await self.bot.store.characters.active(found.id, player_id(interaction.user)):
            await interaction.response.send_message(
                "You already have a character here; retire it first.", ephemeral=True
            )
            return
        await interaction.response.send_modal(CharacterModal(found))

    @character.command(name="show", description="Show a character")
    async def show(
        self, interaction: discord.Interaction, player: discord.Member | None = None,
        campaign: str | None = None,
    ) -> None:
        found = await campaign_for(interaction, campaign)
        who = player or interaction.user
        character = await self.bot.store.characters.active(found.id, player_id(who))
        text = render(character) if character else f"{who.display_name} has no character here."
        await interaction.response.send_message(text, ephemeral=True)

    @character.command(name="edit", description="Edit your character")
    async def edit(self, interaction: discord.Interaction, campaign: str | None = None) -> None:
        found = await campaign_for(interaction, campaign)
        character = await self.bot.services.table.character_of(found, player_id(interaction.user))
        await interaction.response.send_modal(CharacterModal(found, character))

    @character.command(name="retire", description="Retire your character")
    async def retire(self, interaction: discord.Interaction, campaign: str | None = None) -> None:
        found = await campaign_for(interaction, campaign)
        character = await self.bot.services.table.character_of(found, player_id(interaction.user))
        await self.bot.services.table.retire_character(character)
        for scene in await self.bot.store.scenes.of_campaign(found.id):
            self.bot.narrations.request(scene.id)  # the others may be all that was missing
        await interaction.response.send_message(f"{character.name} retires.", ephemeral=True)


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, LoremasterBot)
    await bot.add_cog(CharacterCog(bot))
