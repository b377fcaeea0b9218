"""Safety tools: /campaign safety (GMs: rating, lines, veils), /line (anyone, anonymously)
and /xcard (seated players and GMs, anonymously). The X-card button's registration
lives here too (it outlives restarts)."""

from __future__ import annotations

from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.client import LoremasterBot
from bot.discord_app.context import campaign_for, scene_here
from bot.discord_app.errors import guarded
from bot.discord_app.permissions import actor_of
from bot.discord_app.sink import NO_MENTIONS
from bot.discord_app.splitting import clip
from bot.discord_app.xcard import XCardButton
from bot.services.safety import SafetySettings

Rating = Literal["family", "teen", "mature"]


def describe(title: str, settings: SafetySettings) -> str:
    def listed(entries: tuple[str, ...]) -> str:
        return "\n".join(f"{i}. {e}" for i, e in enumerate(entries, 1)) or "(none)"

    return clip(
        f"**Safety tools of {title}** — rated **{settings.rating}**.\n"
        f"**Lines** (never in the story):\n{listed(settings.lines)}\n"
        f"**Veils** (only off-screen, fade to black):\n{listed(settings.veils)}"
    )


class SafetyCog(commands.Cog):
    def __init__(self, bot: LoremasterBot) -> None:
        self.bot = bot
        self.command = safety_command(bot)
        self._parent: app_commands.Group | None = None

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(XCardButton)
        parent = self.bot.tree.get_command("campaign")
        if isinstance(parent, app_commands.Group):
            parent.add_command(self.command)
            self._parent = parent

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(XCardButton)
        if self._parent is not None:
            self._parent.remove_command(self.command.name)

    @app_commands.command(name="line", description="Add a line the story must never cross "
                          "(anonymous: nobody is told who)")
    @app_commands.describe(text="What must never appear, e.g. spiders")
    @app_commands.guild_only()
    async def line(
        self, interaction: discord.Interaction, text: app_commands.Range[str, 1, 200],
        campaign: str | None = None,
    ) -> None:
        found = await campaign_for(interaction, campaign)
        await guarded(self.bot.services.safety.add_line(found.id, text))
        await interaction.response.send_message(
            "Added. The narrator will never cross it; the GMs see the line, not who added "
            "it.", ephemeral=True)

    @app_commands.command(name="xcard", description="Withdraw the last narration, "
                          "anonymously; the story steers away from it")
    @app_commands.guild_only()
    async def xcard(self, interaction: discord.Interaction) -> None:
        scene, _ = await scene_here(interaction)
        await self.bot.xcard_desk.use(interaction, scene.id, None)


def safety_command(bot: LoremasterBot) -> app_commands.Command[Any, Any, None]:
    @app_commands.command(name="safety", description="Content rating, lines and veils: "
                          "see them, or change them (GMs)")
    @app_commands.describe(
        rating="How dark the story may get",
        add_line="Something that must never appear", remove_line="A line's text or number",
        add_veil="Something that may happen only off-screen",
        remove_veil="A veil's text or number",
    )
    async def safety(
        interaction: discord.Interaction, rating: Rating | None = None,
        add_line: app_commands.Range[str, 1, 200] | None = None,
        remove_line: str | None = None,
        add_veil: app_commands.Range[str, 1, 200] | None = None,
        remove_veil: str | None = None, campaign: str | None = None,
    ) -> None:
        found = await campaign_for(interaction, campaign)
        changes = (rating, add_line, remove_line, add_veil, remove_veil)
        if all(change is None for change in changes):  # anyone at the table may look
            settings = await bot.services.safety.settings(found.id)
        else:
            settings = await guarded(bot.services.safety.configure(
                found.id, actor_of(interaction.user), rating=rating, add_line=add_line,
                remove_line=remove_line, add_veil=add_veil, remove_veil=remove_veil))
        await interaction.response.send_message(
            describe(found.title, settings), ephemeral=True, allowed_mentions=NO_MENTIONS)

    return safety


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, LoremasterBot)
    await bot.add_cog(SafetyCog(bot))
