"""/gm secret add|list|remove and /gm whispers: what the narrator knows that the players
must not read. Attached to the GM cog's group on load; every answer is ephemeral."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.client import LoremasterBot
from bot.discord_app.context import scene_here
from bot.discord_app.errors import guarded
from bot.discord_app.permissions import actor_of
from bot.discord_app.sink import NO_MENTIONS
from bot.discord_app.splitting import clip


async def _listing(interaction: discord.Interaction, lines: list[str], *, empty: str) -> None:
    """Players' and GMs' own words, for the asker only, pinging nobody."""
    await interaction.response.send_message(
        clip("\n".join(lines) or empty), ephemeral=True, allowed_mentions=NO_MENTIONS)


def secret_group(bot: LoremasterBot) -> app_commands.Group:
    group = app_commands.Group(name="secret", description="Facts the narrator uses but never "
                               "states (GMs)")

    @group.command(name="add", description="A fact the narrator uses but never states")
    @app_commands.describe(keys="Words that must never appear, comma-separated (optional)")
    async def add(interaction: discord.Interaction, fact: str, keys: str = "") -> None:
        scene, _ = await scene_here(interaction)
        stored = await guarded(bot.services.gm.add_secret(
            scene.campaign_id, actor_of(interaction.user), fact, keys.split(",")))
        await interaction.response.send_message(
            f"Secret #{stored.id} kept. The narrator knows it and will not state it.",
            ephemeral=True,
        )

    @group.command(name="list", description="The campaign's secrets")
    async def list_(interaction: discord.Interaction) -> None:
        scene, _ = await scene_here(interaction)
        secrets = await guarded(bot.services.settings.secrets(
            scene.campaign_id, actor_of(interaction.user)))
        lines = [f"#{s.id} — {s.text}" + (f" (never: {', '.join(s.keys)})" if s.keys else "")
                 for s in secrets]
        await _listing(interaction, lines, empty="This campaign keeps no secrets.")

    @group.command(name="remove", description="Forget a secret (its number from /gm secret list)")
    async def remove(interaction: discord.Interaction, number: int) -> None:
        scene, _ = await scene_here(interaction)
        await guarded(bot.services.gm.remove_secret(
            scene.campaign_id, actor_of(interaction.user), number))
        await interaction.response.send_message(
            f"Secret #{number} is forgotten: the narrator no longer keeps it.", ephemeral=True)

    return group


def whispers_command(bot: LoremasterBot) -> app_commands.Command[Any, Any, None]:
    @app_commands.command(name="whispers",
                          description="This round's private notes players sent the narrator")
    @app_commands.describe(round="An earlier round's notes instead (its number)")
    async def whispers(
        interaction: discord.Interaction, round: app_commands.Range[int, 1] | None = None
    ) -> None:
        scene, _ = await scene_here(interaction)
        notes = await guarded(bot.services.settings.whispers(
            scene, actor_of(interaction.user), round))
        seated = {p.player_id: p.character_name or p.player_name
                  for p in await bot.store.seats.of_scene(scene.id, active_only=False)}
        lines = [f"**{seated.get(n.author_id, n.author_name)}**: {n.content}" for n in notes]
        await _listing(interaction, lines,
                       empty=f"No private notes in round {round or scene.round_no}.")

    return whispers


class GmKnowledgeCog(commands.Cog):
    def __init__(self, bot: LoremasterBot) -> None:
        self.bot = bot
        self._parent: app_commands.Group | None = None
        self._children = (secret_group(bot), whispers_command(bot))

    async def cog_load(self) -> None:
        parent = self.bot.tree.get_command("gm")
        if isinstance(parent, app_commands.Group):
            for child in self._children:
                parent.add_command(child)
            self._parent = parent

    async def cog_unload(self) -> None:
        if self._parent is not None:
            for child in self._children:
                self._parent.remove_command(child.name)


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, LoremasterBot)
    await bot.add_cog(GmKnowledgeCog(bot))
