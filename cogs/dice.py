"""/roll: dice in standard notation, shown in the channel with their breakdown and, in
a scene, given to the narrator with the round. (The GM's secret roll is `/gm roll`.)"""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.client import LoremasterBot
from bot.discord_app.context import player_id
from bot.discord_app.dice_text import shown
from bot.discord_app.roll_buttons import RollButton

log = logging.getLogger(__name__)

QUIET = discord.AllowedMentions.none()


class DiceCog(commands.Cog):
    def __init__(self, bot: LoremasterBot) -> None:
        self.bot = bot
        self.dice = bot.services.dice

    async def cog_load(self) -> None:
        # The narrator's roll buttons name their request: they work across restarts.
        self.bot.add_dynamic_items(RollButton)

    @app_commands.command(name="roll", description="Roll dice: 1d20+5, 2d6, 4d6kh3, adv, d%")
    @app_commands.describe(
        expression="1d20+3, 4d6kh3, adv+2, d%, or a skill named on your sheet (Stealth +3)",
        reason="What the roll is for (e.g. Stealth)",
    )
    async def roll(
        self, interaction: discord.Interaction, expression: str, reason: str = ""
    ) -> None:
        channel_id = interaction.channel.id if interaction.channel is not None else 0
        scene = await self.bot.store.scenes.for_channel(channel_id) if channel_id else None
        user = interaction.user
        outcome = await self.dice.roll(
            scene, player_id=player_id(user), player_name=user.display_name,
            text=expression, reason=reason,
        )
        character = None
        if outcome.post is not None and outcome.post.character_id is not None:
            character = await self.bot.store.characters.get(outcome.post.character_id)
        who = character.name if character else user.display_name
        await interaction.response.send_message(shown(who, outcome.roll), allowed_mentions=QUIET)
        if outcome.post is not None:
            try:
                message = await interaction.original_response()
            except discord.HTTPException:
                log.warning("roll posted but its message is unknown: post=%d", outcome.post.id)
                return
            await self.dice.set_message(outcome.post.id, message.id)
            # The round may have waited only for this roll (the narrator asked for it).
            self.bot.narrations.request(outcome.post.scene_id)


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, LoremasterBot)
    await bot.add_cog(DiceCog(bot))
