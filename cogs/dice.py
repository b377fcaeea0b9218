"""/roll: dice in standard notation, shown in the channel with their breakdown and, in
a scene, given to the narrator with the round. (The GM's secret roll is `/gm roll`.)"""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.client import LoremasterBot
from bot.discord_app.context import player_id
from bot.engine.dice import DiceRoll

log = logging.getLogger(__name__)

QUIET = discord.AllowedMentions.none()


def shown(who: str, rolled: DiceRoll) -> str:
    """The channel's view of a roll: who, what for, each die, the total."""
    what = f" for **{discord.utils.escape_markdown(rolled.reason)}**" if rolled.reason else ""
    crit = {"crit": " — natural 20!", "fumble": " — natural 1."}.get(rolled.crit, "")
    return f"🎲 **{discord.utils.escape_markdown(who)}** rolls{what}: {rolled.markdown}{crit}"[
        :2000
    ]


class DiceCog(commands.Cog):
    def __init__(self, bot: LoremasterBot) -> None:
        self.bot = bot
        self.dice = bot.services.dice

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


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, LoremasterBot)
    await bot.add_cog(DiceCog(bot))
