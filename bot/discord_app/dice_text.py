"""How a roll reads in the channel (shared by /roll and the narrator's roll buttons)."""

from __future__ import annotations

import discord

from bot.engine.dice import DiceRoll


def shown(who: str, rolled: DiceRoll) -> str:
    """The channel's view of a roll: who, what for, each die, the total."""
    what = f" for **{discord.utils.escape_markdown(rolled.reason)}**" if rolled.reason else ""
    crit = {"crit": " — natural 20!", "fumble": " — natural 1."}.get(rolled.crit, "")
    return f"🎲 **{discord.utils.escape_markdown(who)}** rolls{what}: {rolled.markdown}{crit}"[
        :2000
    ]
