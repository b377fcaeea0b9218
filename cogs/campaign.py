"""/campaign create|info|list|archive|unarchive and /campaign card set."""

from __future__ import annotations

from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.archiving import archive_category, archive_channel, layout_of, restore_channel
from bot.discord_app.client import LoremasterBot
from bot.discord_app.context import campaign_for, card_choices, guild_of, read_upload, reply_list
from bot.discord_app.errors import guarded
from bot.discord_app.permissions import (
    actor_of,
    is_admin,
    require_admin,
    require_bot_permissions,
    require_gm,
)
from bot.discord_app.splitting import clip
from bot.models import Campaign
from bot.services.campaigns import ServiceError, avatar_of
from bot.services.persona import narrator_card_async

Rating = Literal["family", "teen", "mature"]


class CampaignCog(commands.Cog):
    campaign = app_commands.Group(
        name="campaign", description="Campaigns on this server", guild_only=True
    )
    card = app_commands.Group(name="card", description="The narrator's card", parent=campaign)

    def __init__(self, bot: LoremasterBot) -> None:
        self.bot = bot

    @campaign.command(name="create", description="Start a campaign (server admins, or the "
                      "roles they name)")
    @app_commands.describe(
        title="The campaign's name", premise="What the story is about",
        card="Narrator card file from the installed cards", content_rating="How dark it may get",
    )
    async def create(
        self, interaction: discord.Interaction, title: str, premise: str = "",
        card: str | None = None, content_rating: Rating | None = None,
    ) -> None:
        guild = guild_of(interaction)
        user = interaction.user
        rules = self.bot.services.guild_admin
        creator_roles = await rules.check_campaign_creator(
            guild.id, is_admin=is_admin(user),
            role_ids=[r.id for r in user.roles] if isinstance(user, discord.Member) else [])
        # Scenes go in the server's scene categories when it names some: no new category.
        own_category = not (await rules.config(guild.id)).scene_category_ids
        if own_category and not guild.me.guild_permissions.manage_channels:
            raise ServiceError("I need the Manage Channels permission to give the campaign "
                               "its category.")
        defaults = await rules.campaign_defaults(guild.id, self.bot.settings.narrator_card)
        campaign = await self.bot.services.table.create_campaign(
            guild_id=guild.id, title=title, premise=premise, card=card or defaults.card,
            content_rating=content_rating or defaults.content_rating,
        )
        campaign = await rules.hand_to_creators(campaign, creator_roles)
        if own_category:
            category = await guild.create_category(campaign.title[:100], reason="new campaign")
            campaign = await self.bot.services.table.set_category(campaign, category.id)
        cards_dir = self.bot.settings.card_shelf
        narrator = (await narrator_card_async(cards_dir, campaign.narrator_card)).data.name
        await interaction.response.send_message(
            f"Campaign **{campaign.title}** is open, narrated by {narrator} "
            f"({campaign.content_rating}). Players: `/character create`."
        )

    @create.autocomplete("card")
    async def card_names(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return card_choices(interaction, current)

    @campaign.command(name="info", description="Show a campaign")
    async def info(self, interaction: discord.Interaction, campaign: str | None = None) -> None:
        found = await campaign_for(interaction, campaign)
        await interaction.response.send_message(clip(await self._describe(found)), ephemeral=True)

    @campaign.command(name="list", description="List this server's campaigns")
    async def list_(self, interaction: discord.Interaction) -> None:
        campaigns = await self.bot.store.campaigns.in_guild(guild_of(interaction).id)
        lines = [f"• **{c.title}** ({c.content_rating})" for c in campaigns]
        await reply_list(interaction, lines, empty="No active campaigns yet.")

    @campaign.command(name="archive", description="Archive a campaign and its scene channels "
                      "(server admins)")
    async def archive(self, interaction: discord.Interaction, campaign: str | None = None) -> None:
        require_admin(interaction)
        found = await campaign_for(interaction, campaign)
        channels = await self._scene_channels(found)
        await interaction.response.defer(thinking=True)
        layouts = {scene_id: layout_of(channel) for scene_id, channel in channels.items()}
        category = await archive_category(guild_of(interaction)) if channels else None
        archived = await guarded(self.bot.services.archive.archive_campaign(
            found, actor_of(interaction.user), layouts))
        for scene in archived:
            channel = channels.get(scene.id)
            if channel is not None and category is not None:
                await archive_channel(channel, layouts[scene.id], category)
        await interaction.followup.send(
            f"Campaign **{found.title}** is archived; {len(archived)} scene(s) ended, their "
            "channels locked in the archive. `/campaign unarchive` undoes it."
        )

    @campaign.command(name="unarchive", description="Undo /campaign archive (server admins)")
    @app_commands.describe(campaign="The archived campaign's title")
    async def unarchive(self, interaction: discord.Interaction, campaign: str) -> None:
        require_admin(interaction)
        guild = guild_of(interaction)
        actor = actor_of(interaction.user)
        found, kept = await guarded(
            self.bot.services.archive.archived_campaign(guild.id, campaign, actor))
        await self.bot.services.guild_admin.check_scene_room(guild.id, opening=len(kept))
        channels = {k.scene_id: guild.get_channel(k.channel_id) for k in kept}
        for channel in channels.values():
            if isinstance(channel, discord.TextChannel):
                require_bot_permissions(channel, "manage_channels", "manage_roles")
        await interaction.response.defer(thinking=True)
        for k in kept:
            channel = channels[k.scene_id]
            if isinstance(channel, discord.TextChannel):
                await restore_channel(channel, k.layout)
        await guarded(self.bot.services.archive.unarchive_campaign(found, actor))
        for scene in await self.bot.store.scenes.of_campaign(found.id):
            self.bot.narrations.request(scene.id)
        await interaction.followup.send(
            f"Campaign **{found.title}** is back, with {len(kept)} scene(s) as they were."
        )

    async def _scene_channels(self, campaign: Campaign) -> dict[int, discord.TextChannel]:
        """The scene channels that still exist, by scene id; checked for what the archive
        needs before anything changes."""
        channels = {}
        for scene in await self.bot.store.scenes.of_campaign(campaign.id, open_only=False):
            channel = self.bot.get_channel(scene.channel_id or 0)
            if isinstance(channel, discord.TextChannel):
                require_bot_permissions(channel, "manage_channels", "manage_roles")
                channels[scene.id] = channel
        return channels

    @card.command(name="set", description="Give the narrator a new character card (GMs)")
    @app_commands.describe(file="A card as .json, .png or .charx")
    async def card_set(
        self, interaction: discord.Interaction, file: discord.Attachment,
        campaign: str | None = None,
    ) -> None:
        found = await campaign_for(interaction, campaign)
        require_gm(interaction, found)
        data = await read_upload(interaction, file, "a card")
        updated, loaded = await self.bot.services.table.install_card(found, data, file.filename)
        avatar = avatar_of(loaded)
        if avatar.image is not None:  # webhooks carry the picture; per-post URLs need none
            for scene in await self.bot.store.scenes.of_campaign(updated.id):
                channel = self.bot.get_channel(scene.channel_id or 0)
                if isinstance(channel, discord.TextChannel):
                    require_bot_permissions(channel, "manage_webhooks")
                    await self.bot.narrator.replace_webhook(channel, avatar)
        name = loaded.card.data.nickname or loaded.card.data.name
        await interaction.followup.send(
            f"The narrator of **{updated.title}** is now {name}.", ephemeral=True
        )

    async def _describe(self, campaign: Campaign) -> str:
        scenes = await self.bot.store.scenes.of_campaign(campaign.id)
        characters = await self.bot.store.characters.of_campaign(campaign.id)
        cards_dir = self.bot.settings.card_shelf
        narrator = (await narrator_card_async(cards_dir, campaign.narrator_card)).data.name
        cast_list = ", ".join(f"{c.name} ({c.player_name})" for c in characters) or "none yet"
        return (
            f"**{campaign.title}** — narrated by {narrator}, rated {campaign.content_rating}\n"
            f"{campaign.premise or '(no premise)'}\n"
            f"Characters: {cast_list}\nOpen scenes: {len(scenes)}"
        )


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, LoremasterBot)
    await bot.add_cog(CampaignCog(bot))
