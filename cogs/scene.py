"""/scene start|join|leave|end|reopen|pause|resume|status."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.archiving import archive_category, archive_channel, layout_of, restore_channel
from bot.discord_app.client import LoremasterBot
from bot.discord_app.context import (
    campaign_for,
    channel_slug,
    guild_of,
    player_id,
    scene_here,
    text_channel_of,
)
from bot.discord_app.errors import guarded
from bot.discord_app.permissions import actor_of, require_bot_permissions, require_gm
from bot.discord_app.splitting import clip
from bot.models import Campaign, GuildConfig, SceneStatus
from bot.services.campaigns import ServiceError
from bot.services.guild_admin import GuildAdminService, scene_parent


class SceneCog(commands.Cog):
    scene = app_commands.Group(name="scene", description="Scenes of a campaign", guild_only=True)

    def __init__(self, bot: LoremasterBot) -> None:
        self.bot = bot

    @scene.command(name="start", description="Start a scene in a new channel, or here (GMs)")
    @app_commands.describe(here="Use this channel instead of creating one")
    async def start(
        self, interaction: discord.Interaction, title: str, here: bool = False,
        campaign: str | None = None,
    ) -> None:
        found = await campaign_for(interaction, campaign)
        require_gm(interaction, found)
        rules = await self.bot.services.guild_admin.check_scene_room(guild_of(interaction).id)
        if here:
            channel = text_channel_of(interaction)
            GuildAdminService.check_scene_category(rules, channel.category_id)
        else:
            channel = await self._new_channel(interaction, found, title, rules)
        require_bot_permissions(channel, "view_channel", "send_messages", "manage_webhooks")
        await interaction.response.defer(thinking=True)
        scene = await self.bot.services.table.start_scene(found, channel_id=channel.id, title=title)
        seated = await self.bot.store.seats.of_scene(scene.id)
        opening = await self.bot.services.scenes.opening_text(
            found, [p.character_name for p in seated])
        # A reconnect's catch-up may have opened (and shown) the new scene already.
        await self.bot.openings.show(scene, channel, found, text=opening)
        names = ", ".join(p.character_name for p in seated) or "nobody yet (`/scene join`)"
        await interaction.followup.send(
            f"Scene **{scene.title}** started in {channel.mention}. Taking part: {names}."
        )

    async def _new_channel(
        self, interaction: discord.Interaction, campaign: Campaign, title: str,
        rules: GuildConfig,
    ) -> discord.TextChannel:
        guild = guild_of(interaction)
        category = guild.get_channel(
            scene_parent(rules, campaign.category_id, {c.id for c in guild.categories}) or 0)
        parent = category if isinstance(category, discord.CategoryChannel) else None
        if parent is not None:
            require_bot_permissions(parent, "manage_channels")
        elif not guild.me.guild_permissions.manage_channels:
            require_bot_permissions(text_channel_of(interaction), "manage_channels")
        scenes = await self.bot.store.scenes.of_campaign(campaign.id, open_only=False)
        name = channel_slug(title, f"scene-{len(scenes) + 1}")
        return await guild.create_text_channel(name, category=parent, reason="new scene")

    @scene.command(name="join", description="Bring your character into this scene")
    async def join(self, interaction: discord.Interaction) -> None:
        scene, _ = await scene_here(interaction)
        character = await self.bot.services.table.join(
            scene, player_id=player_id(interaction.user),
            player_name=interaction.user.display_name,
        )
        await interaction.response.send_message(f"{character.name} joins the scene.")

    @scene.command(name="leave", description="Take your character out of this scene")
    async def leave(self, interaction: discord.Interaction) -> None:
        scene, _ = await scene_here(interaction)
        await self.bot.services.table.leave(scene, player_id=player_id(interaction.user))
        self.bot.narrations.request(scene.id)  # the others may be all the round waited for
        await interaction.response.send_message(
            f"{interaction.user.display_name} leaves the scene."
        )

    @scene.command(name="end", description="End the scene and archive its channel (GMs)")
    async def end(self, interaction: discord.Interaction) -> None:
        scene, _ = await scene_here(interaction)
        actor = actor_of(interaction.user)
        await guarded(self.bot.services.gm.require_gm(scene.campaign_id, actor))
        channel = text_channel_of(interaction)
        require_bot_permissions(channel, "manage_channels", "manage_roles")
        await interaction.response.defer(thinking=True)
        category = await archive_category(channel.guild)
        layout = layout_of(channel)  # kept before anything changes, for /scene reopen
        await guarded(self.bot.services.archive.end_scene(scene, actor, layout))
        try:
            await archive_channel(channel, layout, category)
        except discord.HTTPException as exc:
            raise ServiceError(
                f"The scene has ended, but Discord refused to archive this channel "
                f"({exc.status}); `/scene reopen` undoes the end.") from None
        await interaction.followup.send(
            f"Scene **{scene.title}** has ended. This channel is archived: players can read "
            "it but not write. `/scene reopen` here undoes it."
        )

    @scene.command(name="reopen", description="Undo /scene end in this channel (GMs)")
    async def reopen(self, interaction: discord.Interaction) -> None:
        channel = text_channel_of(interaction)
        actor = actor_of(interaction.user)
        scene, kept = await guarded(self.bot.services.archive.archived_in(channel.id, actor))
        await self.bot.services.guild_admin.check_scene_room(channel.guild.id)  # an open one
        require_bot_permissions(channel, "manage_channels", "manage_roles")
        await interaction.response.defer(thinking=True)
        await restore_channel(channel, kept.layout)
        scene = await guarded(self.bot.services.archive.reopen_scene(scene, actor))
        self.bot.narrations.request(scene.id)
        await interaction.followup.send(
            f"Scene **{scene.title}** is back ({scene.status.value}), its channel as it was."
        )

    @scene.command(name="pause", description="Pause the scene and its timers (GMs)")
    async def pause(self, interaction: discord.Interaction) -> None:
        scene, _ = await scene_here(interaction)
        await guarded(self.bot.services.gm.pause(scene, actor_of(interaction.user)))
        await interaction.response.send_message("The scene is paused.")

    @scene.command(name="resume", description="Resume the scene, or retry its narration (GMs)")
    async def resume(self, interaction: discord.Interaction) -> None:
        scene, _ = await scene_here(interaction)
        actor = actor_of(interaction.user)
        gm = self.bot.services.gm
        if scene.status == SceneStatus.ACTIVE:
            await guarded(gm.require_gm(scene.campaign_id, actor))
            if not await self.bot.services.pacing.round_ready(scene):
                await interaction.response.send_message(
                    "The scene is already running.", ephemeral=True
                )
                return
            text = "Retrying the narration."
        else:
            await guarded(gm.resume(scene, actor))  # the round's timers from now
            text = "The scene resumes."
        self.bot.narrations.request(scene.id)
        await interaction.response.send_message(text)

    @scene.command(name="status", description="Round, who has acted, and the deadline")
    async def status(self, interaction: discord.Interaction) -> None:
        scene, _ = await scene_here(interaction)
        state = await self.bot.services.pacing.round_state(scene)
        seated = {p.player_id: p.character_name for p in await self.bot.store.seats.of_scene(
            scene.id)}
        acted = [seated[p] for p in state.active if p in state.acted]
        waiting = [seated[p] for p in state.missing]
        waiting += [f"{seated[p]}'s roll" for p in state.awaited_rolls]
        deadlines = [d for d in await self.bot.store.deadlines.pending(scene.id)
                     if d.kind == "round"]
        deadline = f"<t:{int(deadlines[0].fire_at)}:R>" if deadlines else "none"
        lines = [
            f"**{scene.title or 'Scene'}** — {scene.status.value}, round {scene.round_no}",
            f"Acted: {', '.join(acted) or 'nobody yet'}",
            f"Waiting for: {', '.join(waiting) or 'nobody'}",
            f"Deadline: {deadline}",
        ]
        await interaction.response.send_message(clip("\n".join(lines)), ephemeral=True)


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, LoremasterBot)
    await bot.add_cog(SceneCog(bot))
