"""/world show|set|remove, /recap me|campaign, /forget me, /export me: long-term memory."""

from __future__ import annotations

import io
import json

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.client import LoremasterBot
from bot.discord_app.context import campaign_for, guild_of, player_id, scene_here
from bot.discord_app.errors import guarded, report_error
from bot.discord_app.permissions import actor_of, require_gm
from bot.discord_app.splitting import split_message
from bot.engine.memory.edits import WorldEdit, WorldEditError
from bot.engine.memory.render import SECTION_TITLES, render_state
from bot.services.campaigns import ServiceError

SECTION_CHOICES = [app_commands.Choice(name=title, value=key)
                   for key, title in SECTION_TITLES.items()]
QUIET = discord.AllowedMentions.none()  # model-written text must never ping anyone
MESSAGE_LIMIT = 1900  # room under Discord's 2,000 for a "(2/3)" marker


async def send_pieces(
    interaction: discord.Interaction, text: str, *, ephemeral: bool = True
) -> None:
    """`text` in as many messages as it needs, answering or following up as fits."""
    pieces = split_message(text, MESSAGE_LIMIT)
    for index, piece in enumerate(pieces):
        if len(pieces) > 1:
            piece = f"{piece}\n({index + 1}/{len(pieces)})"
        if interaction.response.is_done():
            await interaction.followup.send(piece, ephemeral=ephemeral, allowed_mentions=QUIET)
        else:
            await interaction.response.send_message(
                piece, ephemeral=ephemeral, allowed_mentions=QUIET
            )


class ForgetConfirm(discord.ui.View):
    """Confirm or cancel `/forget me`; after `timeout` the buttons are disabled."""

    def __init__(self, bot: LoremasterBot, owner: int, guild_id: int, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.bot, self.owner, self.guild_id = bot, owner, guild_id
        self.asked: discord.Interaction | None = None  # the /forget me interaction

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        return interaction.user.id == self.owner

    def _disable(self) -> None:
        for child in self.children:
            if isinstance(child, discord.ui.Button):
                child.disabled = True

    @discord.ui.button(label="Forget me", style=discord.ButtonStyle.danger,
                       custom_id="forget:confirm")
    async def confirm(
        self, interaction: discord.Interaction, _: discord.ui.Button[ForgetConfirm]
    ) -> None:
        self.stop()
        await interaction.response.defer()  # the redaction rewrites rows; may take a moment
        # Consent first: no export started meanwhile includes the player's scenes. The
        # erasure after it empties the WAL, taking the purged training data's old pages.
        await self.bot.services.feedback.forget_player(self.guild_id, str(self.owner))
        done = await self.bot.services.memory.forget_player(self.guild_id, str(self.owner))
        # A round may have waited only for this player, who has now left every scene.
        for campaign_id in done.campaign_ids:
            for scene in await self.bot.store.scenes.of_campaign(campaign_id, open_only=True):
                self.bot.narrations.request(scene.id)
        await interaction.edit_original_response(
            content=f"Done: {done.posts} post(s) and {len(done.characters)} character(s) were "
            "removed, and the story's summaries and world state are recomputed without them.",
            view=None,
        )

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary,
                       custom_id="forget:cancel")
    async def cancel(
        self, interaction: discord.Interaction, _: discord.ui.Button[ForgetConfirm]
    ) -> None:
        self.stop()
        await interaction.response.edit_message(content="Nothing was forgotten.", view=None)

    async def on_error(
        self, interaction: discord.Interaction, error: Exception,
        item: discord.ui.Item[ForgetConfirm],
    ) -> None:
        await report_error(interaction, error)

    async def on_timeout(self) -> None:
        if self.asked is None:
            return
        self._disable()
        try:
            await self.asked.edit_original_response(
                content="This request expired; nothing was forgotten. Run `/forget me` again.",
                view=self,
            )
        except discord.HTTPException:  # the message is gone; nothing to disable
            pass


class MemoryCog(commands.Cog):
    world = app_commands.Group(
        name="world", description="What the story has established", guild_only=True
    )
    recap = app_commands.Group(name="recap", description="Catch up on the story",
                               guild_only=True)
    forget = app_commands.Group(name="forget", description="Remove your data", guild_only=True)
    export = app_commands.Group(name="export", description="Download your data",
                                guild_only=True)

    def __init__(self, bot: LoremasterBot) -> None:
        self.bot = bot
        self.confirm_timeout = 120.0  # seconds the /forget me button stays live

    # -- world state -------------------------------------------------------------------

    @world.command(name="show", description="Places, people, items and threads so far")
    async def world_show(
        self, interaction: discord.Interaction, campaign: str | None = None
    ) -> None:
        found = await campaign_for(interaction, campaign)
        state = await self.bot.services.memory.world(found.id)
        await send_pieces(interaction, f"# {found.title}\n{render_state(state)}")

    @world.command(name="set", description="Set a field of a world entry (GMs)")
    @app_commands.describe(
        section="Which kind of entry", name="The entry (a relationship: `A & B`)",
        field="The field to set (e.g. description, holder, status)", value="The new value",
    )
    @app_commands.choices(section=SECTION_CHOICES)
    async def world_set(
        self, interaction: discord.Interaction, section: app_commands.Choice[str], name: str,
        field: str, value: str, campaign: str | None = None,
    ) -> None:
        await self._edit(interaction, campaign, WorldEdit(
            "set", section.value, name.strip(), field.strip().casefold(), value))

    @world.command(name="remove", description="Remove a world entry (GMs)")
    @app_commands.choices(section=SECTION_CHOICES)
    async def world_remove(
        self, interaction: discord.Interaction, section: app_commands.Choice[str], name: str,
        campaign: str | None = None,
    ) -> None:
        await self._edit(interaction, campaign, WorldEdit("remove", section.value, name.strip()))

    async def _edit(
        self, interaction: discord.Interaction, title: str | None, edit: WorldEdit
    ) -> None:
        found = await campaign_for(interaction, title)
        require_gm(interaction, found)
        try:  # through the GM service: checked, and written to the audit log
            await guarded(self.bot.services.gm.edit_world(found.id, actor_of(interaction.user),
                                                          edit))
        except WorldEditError as exc:
            raise ServiceError(f"That edit cannot apply: {exc}.") from None
        what = SECTION_TITLES[edit.section].lower()
        done = "removed from" if edit.op == "remove" else f"{edit.field} set in"
        await interaction.response.send_message(
            f"**{edit.name}** ({what}): {done} the world state.", ephemeral=True,
            allowed_mentions=QUIET,
        )

    # -- recaps --------------------------------------------------------------------------

    @recap.command(name="me", description="What happened in this scene since you last acted")
    async def recap_me(self, interaction: discord.Interaction) -> None:
        scene, _ = await scene_here(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        text = await self.bot.services.memory.recap(scene, player_id(interaction.user))
        await send_pieces(interaction, text or "Nothing has happened yet.")

    @recap.command(name="campaign", description="The story of the campaign so far")
    @app_commands.describe(public="Post it for everyone in this channel")
    async def recap_campaign(
        self, interaction: discord.Interaction, public: bool = False,
        campaign: str | None = None,
    ) -> None:
        found = await campaign_for(interaction, campaign)
        channel = interaction.channel
        scene = await self.bot.store.scenes.for_channel(channel.id if channel else 0)
        if scene is not None and scene.campaign_id != found.id:
            scene = None
        await interaction.response.defer(ephemeral=not public, thinking=True)
        text = await self.bot.services.memory.recap_campaign(found.id, scene)
        await send_pieces(interaction, text or "The story has not begun yet.",
                          ephemeral=not public)

    # -- privacy ---------------------------------------------------------------------------

    @forget.command(name="me", description="Remove your posts and characters from memory")
    async def forget_me(self, interaction: discord.Interaction) -> None:
        guild = guild_of(interaction)
        view = ForgetConfirm(self.bot, interaction.user.id, guild.id, self.confirm_timeout)
        view.asked = interaction
        await interaction.response.send_message(
            "This removes the text of all your posts and your characters from every campaign "
            "on this server, and rewrites summaries and the world state without them. It "
            "cannot be undone, and withdraws your consent to share your play as training "
            "data. (`/export me` first if you want a copy.)",
            view=view, ephemeral=True,
        )

    @export.command(name="me", description="Your posts and characters as a JSON file")
    async def export_me(self, interaction: discord.Interaction) -> None:
        guild = guild_of(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        data = await self.bot.services.memory.export_player(guild.id, player_id(interaction.user))
        data["training_data"] = await self.bot.services.feedback.player_state(
            guild.id, player_id(interaction.user))
        raw = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
        posts = sum(len(c["posts"]) for c in data["campaigns"])
        file = discord.File(io.BytesIO(raw), filename=f"loremaster-{interaction.user.id}.json")
        await interaction.followup.send(
            f"Your data on this server: {posts} post(s) in {len(data['campaigns'])} "
            "campaign(s).", file=file, ephemeral=True,
        )


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, LoremasterBot)
    await bot.add_cog(MemoryCog(bot))
