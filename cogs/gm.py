"""/gm …: game-master overrides in a scene channel, and /pass for players.

Every command defers to `GmService` (permission check + audit row); this cog only
turns Discord objects into service calls and shows the result.
"""

from __future__ import annotations

import io
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.client import LoremasterBot
from bot.discord_app.context import campaign_for, player_id, reply_list, scene_here, text_channel_of
from bot.discord_app.errors import guarded, sentence
from bot.discord_app.permissions import actor_of, require_bot_permissions, require_gm
from bot.discord_app.review import ReviewButton
from bot.discord_app.sink import NO_MENTIONS
from bot.discord_app.splitting import clip
from bot.discord_app.voices import streamed_text
from bot.engine.prompt_report import render_report, summary_line
from bot.models import PostKind
from bot.services.campaigns import ServiceError
from bot.services.sinks import CollectingSink
from bot.services.turns import NarrationHeld

Mode = Literal["rounds", "spotlight", "free", "gm"]


class VersionPicker(discord.ui.View):
    """◀ ▶ for the GM: the version shown becomes canon, in the store and the channel."""

    def __init__(self, cog: GmCog, post_id: int, index: int, count: int) -> None:
        super().__init__(timeout=900)
        self.cog, self.post_id, self.index, self.count = cog, post_id, index, count
        self.previous.disabled = index == 0
        self.next.disabled = index >= count - 1

    def caption(self, text: str) -> str:
        return clip(f"Version {self.index + 1} of {self.count} (canon now):\n>>> {text}")

    async def _show(self, interaction: discord.Interaction, index: int) -> None:
        post = await guarded(self.cog.gm.pick(self.post_id, actor_of(interaction.user), index))
        await self.cog.edit_narration(post.scene_id, post.discord_message_id, post.content)
        self.cog.bot.narrations.request(post.scene_id)  # a round held by a players' vote
        picker = VersionPicker(self.cog, self.post_id, index, self.count)
        await interaction.response.edit_message(content=picker.caption(post.content), view=picker)

    @discord.ui.button(label="◀", style=discord.ButtonStyle.secondary)
    async def previous(
        self, interaction: discord.Interaction, _: discord.ui.Button[VersionPicker]
    ) -> None:
        await self._show(interaction, self.index - 1)

    @discord.ui.button(label="▶", style=discord.ButtonStyle.secondary)
    async def next(
        self, interaction: discord.Interaction, _: discord.ui.Button[VersionPicker]
    ) -> None:
        await self._show(interaction, self.index + 1)


class GmCog(commands.Cog):
    gm_group = app_commands.Group(name="gm", description="Game-master overrides", guild_only=True)

    def __init__(self, bot: LoremasterBot) -> None:
        self.bot = bot
        self.gm = bot.services.gm
        self.review = bot.services.review
        self.narrator = bot.narrator
        self._attached: list[tuple[app_commands.Group, str]] = []

    async def cog_load(self) -> None:
        # Review buttons name their draft in their custom id: they work across restarts.
        self.bot.add_dynamic_items(ReviewButton)
        # These belong in groups other cogs own; attach them before the tree is synced.
        for parent_name, child in (
            ("campaign", campaign_gm_group(self)),
            ("scene", scene_mode_command(self)),
        ):
            parent = self.bot.tree.get_command(parent_name)
            if isinstance(parent, app_commands.Group):
                parent.add_command(child)
                self._attached.append((parent, child.name))

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(ReviewButton)
        for parent, name in self._attached:
            parent.remove_command(name)

    async def edit_narration(self, scene_id: int, message_id: int | None, text: str) -> None:
        if message_id is None:
            return
        scene = await self.bot.store.scenes.get(scene_id)
        # Another version is one narrator post: the old one's NPC posts and continuations go.
        await self.delete_parts(scene.channel_id or 0, message_id)
        cast = await self.bot.services.npcs.cast(
            await self.bot.store.campaigns.get(scene.campaign_id))
        await self.narrator.edit(scene.channel_id or 0, message_id,
                                 clip(streamed_text(text, cast), 2000))

    async def delete_parts(self, channel_id: int, message_id: int) -> None:
        """The messages after a narration's first (NPC posts, continuations)."""
        for part in await self.bot.store.post_parts.after(message_id):
            await self.narrator.delete(channel_id, part)
        await self.bot.store.post_parts.set(message_id, [])

    # -- narration ------------------------------------------------------------------------

    @gm_group.command(name="narrate", description="Post your own text as the narrator")
    async def narrate(self, interaction: discord.Interaction, text: str) -> None:
        scene, campaign = await scene_here(interaction)
        post = await guarded(self.gm.narrate(scene, actor_of(interaction.user), text))
        channel = text_channel_of(interaction)
        ids = await self.narrator.post(channel, await self.narrator.voice(campaign), text)
        await self.bot.store.posts.set_message(post.id, ids[0])
        await interaction.response.send_message("Posted as the narrator.", ephemeral=True)

    @gm_group.command(name="steer", description="A hidden direction for the next narration")
    async def steer(self, interaction: discord.Interaction, direction: str) -> None:
        scene, _ = await scene_here(interaction)
        await guarded(self.gm.steer(scene, actor_of(interaction.user), direction))
        await interaction.response.send_message(
            "Noted: the next narration follows it (nobody else sees this).", ephemeral=True
        )

    @gm_group.command(name="roll", description="A secret roll only you see (kept as a GM note)")
    @app_commands.describe(expression="Dice notation, e.g. 1d20+3", reason="What it is for")
    async def roll(
        self, interaction: discord.Interaction, expression: str, reason: str = ""
    ) -> None:
        scene, _ = await scene_here(interaction)
        secret = await guarded(
            self.bot.services.dice.gm_roll(scene, actor_of(interaction.user), expression, reason)
        )
        what = f" for {secret.roll.reason}" if secret.roll.reason else ""
        await interaction.response.send_message(
            f"Secret roll{what}: {secret.roll.markdown}"[:2000], ephemeral=True,
            allowed_mentions=discord.AllowedMentions.none(),
        )

    @gm_group.command(name="retcon", description="Remove the last narration and reopen its round")
    async def retcon(self, interaction: discord.Interaction) -> None:
        scene, _ = await scene_here(interaction)
        removed = await guarded(self.gm.retcon(scene, actor_of(interaction.user)))
        if removed.discord_message_id is not None:
            await self.delete_parts(scene.channel_id or 0, removed.discord_message_id)
            await self.narrator.delete(scene.channel_id or 0, removed.discord_message_id)
        await interaction.response.send_message(
            f"The last narration is gone; round {removed.round_no} is open again."
        )

    @gm_group.command(name="regenerate", description="A new version of the last narration")
    async def regenerate(self, interaction: discord.Interaction) -> None:
        scene, _ = await scene_here(interaction)
        actor = actor_of(interaction.user)
        await guarded(self.gm.require_gm(scene.campaign_id, actor))
        await interaction.response.defer(ephemeral=True, thinking=True)
        old = await self.bot.store.canon.last_narration(scene.id)
        try:
            post = await guarded(self.gm.regenerate(scene, actor, CollectingSink()))
        except NarrationHeld:
            raise ServiceError("Every new version failed the checks; the old one stays.") from None
        message_id = old.discord_message_id if old else None
        if message_id is not None:
            await self.bot.store.posts.set_message(post.id, message_id)
            await self.edit_narration(scene.id, message_id, post.content)
        versions = post.meta["alternatives"]
        picker = VersionPicker(self, post.id, len(versions) - 1, len(versions))
        await interaction.followup.send(picker.caption(post.content), view=picker, ephemeral=True)

    @gm_group.command(name="ask", description="Have the narrator speak now")
    async def ask(self, interaction: discord.Interaction) -> None:
        scene, _ = await scene_here(interaction)
        outcome = await guarded(self.gm.ask(scene, actor_of(interaction.user)))
        if outcome.narrate:
            self.bot.narrations.request(scene.id)
        await interaction.response.send_message("The narrator takes the floor.", ephemeral=True)

    # -- seats and turns ---------------------------------------------------------------------

    @gm_group.command(name="skip", description="Skip a player's turn this round")
    async def skip(self, interaction: discord.Interaction, player: discord.Member) -> None:
        scene, _ = await scene_here(interaction)
        outcome = await guarded(self.gm.skip(scene, actor_of(interaction.user), player_id(player)))
        if outcome.narrate:
            self.bot.narrations.request(scene.id)
        turn = f" It is {outcome.next_player}'s turn." if outcome.next_player else ""
        await interaction.response.send_message(f"{player.display_name} is skipped.{turn}")

    @gm_group.command(name="order", description="Set the spotlight order (mention players)")
    async def order(self, interaction: discord.Interaction, players: str) -> None:
        scene, _ = await scene_here(interaction)
        ids = [part.strip("<@!>") for part in players.split()]
        await guarded(self.gm.order(scene, actor_of(interaction.user), ids))
        await interaction.response.send_message("Turn order set.", ephemeral=True)

    @gm_group.command(name="kick", description="Remove a player from this scene")
    async def kick(self, interaction: discord.Interaction, player: discord.Member) -> None:
        scene, _ = await scene_here(interaction)
        ready = await guarded(self.gm.kick(scene, actor_of(interaction.user), player_id(player)))
        if ready:
            self.bot.narrations.request(scene.id)
        await interaction.response.send_message(f"{player.display_name} leaves the scene.")

    @gm_group.command(name="pause", description="Pause the scene and its timers")
    async def pause(self, interaction: discord.Interaction) -> None:
        scene, _ = await scene_here(interaction)
        await guarded(self.gm.pause(scene, actor_of(interaction.user)))
        await interaction.response.send_message("The scene is paused.")

    @gm_group.command(name="resume", description="Resume a paused scene")
    async def resume(self, interaction: discord.Interaction) -> None:
        scene, _ = await scene_here(interaction)
        await guarded(self.gm.resume(scene, actor_of(interaction.user)))
        self.bot.narrations.request(scene.id)
        await interaction.response.send_message("The scene resumes.")

    # -- knowledge and the log ------------------------------------------------------------------

    @gm_group.command(name="review", description="Have narrations wait for a GM's approval")
    @app_commands.describe(
        mode="on: every narration waits for approval; off: only narrations a check held",
        review_channel="A channel only GMs can see, for the drafts (kept once set)",
    )
    async def review_drafts(
        self,
        interaction: discord.Interaction,
        mode: Literal["on", "off"],
        review_channel: discord.TextChannel | None = None,
    ) -> None:
        campaign = await campaign_for(interaction)
        channel = review_channel
        if channel is not None:
            if channel.permissions_for(channel.guild.default_role).view_channel:
                raise ServiceError(
                    f"Everyone can see #{channel.name}; pick a channel only GMs can see."
                )
            require_bot_permissions(channel, "view_channel", "send_messages")
        settings = await guarded(
            self.review.configure(
                campaign.id, actor_of(interaction.user), on=mode == "on",
                channel_id=channel.id if channel is not None else None,
            )
        )
        where = f"<#{settings.channel_id}>" if settings.channel_id else "no review channel"
        text = (
            f"Draft review is on: every narration waits in {where} for a GM's approval."
            if settings.on
            else f"Draft review is off; narrations a check holds back go to {where}."
        )
        await interaction.response.send_message(text, ephemeral=True)

    @gm_group.command(name="log", description="The latest GM overrides")
    async def log(self, interaction: discord.Interaction) -> None:
        scene, _ = await scene_here(interaction)
        entries = await guarded(self.gm.log(scene.campaign_id, actor_of(interaction.user)))
        lines = [
            f"<t:{int(e.created_at)}:t> {e.gm_name}: {e.action}"
            + (f" ({', '.join(f'{k}={v}' for k, v in e.detail.items())})" if e.detail else "")
            for e in entries
        ]
        await reply_list(interaction, lines, empty="No overrides yet.")

    @gm_group.command(name="prompt", description="The last prompt the narrator saw here")
    async def prompt(self, interaction: discord.Interaction) -> None:
        scene, _ = await scene_here(interaction)
        await guarded(self.gm.require_gm(scene.campaign_id, actor_of(interaction.user)))
        record = await self.bot.store.prompts.last(scene.id)
        if record is None:
            raise ServiceError("The narrator has not been prompted in this scene yet.")
        file = discord.File(io.BytesIO(render_report(record).encode("utf-8")),
                            filename=f"prompt-scene{scene.id}-round{record.round_no}.txt")
        await interaction.response.send_message(
            clip(summary_line(record)), file=file, ephemeral=True
        )

    # -- players ------------------------------------------------------------------------------

    @app_commands.command(name="pass", description="Pass your turn this round")
    @app_commands.guild_only()
    async def pass_turn(self, interaction: discord.Interaction) -> None:
        scene, _ = await scene_here(interaction)
        outcome = await self.gm.pacing.submit(
            scene,
            player_id=player_id(interaction.user),
            player_name=interaction.user.display_name,
            text="(passes)",
            kind=PostKind.PASS,
        )
        if outcome.decision.refused:
            raise ServiceError(sentence(outcome.decision.refused))
        self.bot.narrations.request(scene.id)
        turn = f" It is {outcome.next_player}'s turn." if outcome.next_player else ""
        await interaction.response.send_message(f"{interaction.user.display_name} passes.{turn}")


def campaign_gm_group(cog: GmCog) -> app_commands.Group:
    """/campaign gm add|remove, attached to the campaign cog's group on load."""
    group = app_commands.Group(name="gm", description="The campaign's GM roles (server admins)")

    @group.command(name="add", description="Give a role GM powers in this campaign")
    async def add(
        interaction: discord.Interaction, role: discord.Role, campaign: str | None = None
    ) -> None:
        found = await campaign_for(interaction, campaign)
        await guarded(cog.gm.add_gm_role(found.id, role.id, actor_of(interaction.user)))
        await interaction.response.send_message(
            f"{role.name} can now GM **{found.title}**.", allowed_mentions=NO_MENTIONS
        )

    @group.command(name="remove", description="Take GM powers in this campaign from a role")
    async def remove(
        interaction: discord.Interaction, role: discord.Role, campaign: str | None = None
    ) -> None:
        found = await campaign_for(interaction, campaign)
        await guarded(cog.gm.remove_gm_role(found.id, role.id, actor_of(interaction.user)))
        await interaction.response.send_message(
            f"{role.name} no longer GMs **{found.title}**.", allowed_mentions=NO_MENTIONS
        )

    return group


def scene_mode_command(cog: GmCog) -> app_commands.Command[Any, Any, None]:
    """/scene mode, attached to the scene cog's group on load."""

    @app_commands.command(name="mode", description="How turns work in this scene (GMs)")
    @app_commands.describe(
        mode="rounds, spotlight, free or gm",
        minutes="Rounds: the round deadline. Spotlight: time per turn. Free: least time "
        "between narrations.",
    )
    async def mode(
        interaction: discord.Interaction,
        mode: Mode,
        minutes: app_commands.Range[float, 0.1, 20160.0] | None = None,
    ) -> None:
        scene, campaign = await scene_here(interaction)
        require_gm(interaction, campaign)
        updated = await cog.gm.pacing.set_mode(scene, mode)
        if minutes is not None:
            key = {
                "rounds": "round_deadline",
                "spotlight": "turn_timeout",
                "free": "min_interval",
            }.get(mode)
            if key is not None:
                updated = await cog.gm.pacing.configure(updated, **{key: minutes * 60})
        await cog.gm.pacing.schedule_timers(updated)  # the new mode's timers, from now
        await cog.gm.audit(
            campaign.id, scene, actor_of(interaction.user), "mode", mode=mode, minutes=minutes
        )
        await interaction.response.send_message(f"This scene now plays in **{mode}** mode.")

    return mode


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, LoremasterBot)
    await bot.add_cog(GmCog(bot))
