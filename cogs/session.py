"""/session schedule|list|cancel, and the bot's timers: round deadlines with one nudge,
auto-pass, spotlight turn limits, free play's quiet window, idle-scene and session
reminders. Timers are database rows (`bot.scheduler`); they start once the bot is
connected, so timers that came due while it was down fire then, once.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.client import LoremasterBot
from bot.discord_app.context import campaign_for, reply_list
from bot.discord_app.errors import guarded
from bot.discord_app.permissions import actor_of
from bot.services.sessions import describe

log = logging.getLogger(__name__)


class SessionCog(commands.Cog):
    session = app_commands.Group(
        name="session", description="Scheduled play sessions", guild_only=True
    )

    def __init__(self, bot: LoremasterBot) -> None:
        self.bot = bot
        self.sessions = bot.services.sessions
        self.timers = bot.services.timers  # what they do: bot.discord_app.timer_actions
        self.started = False

    async def cog_unload(self) -> None:
        if self.timers is not None:
            await self.timers.shutdown()

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        if not self.started and self.timers is not None:
            self.started = True  # on_ready repeats after reconnects; timers start once
            count = await self.timers.start()
            log.info("timers rebuilt from the database: %d", count)

    # -- commands ------------------------------------------------------------------------------

    @session.command(name="schedule", description="Plan a play session (GMs)")
    @app_commands.describe(
        date="YYYY-MM-DD", time="HH:MM, 24-hour", timezone="e.g. Europe/Berlin or America/New_York"
    )
    async def schedule(
        self,
        interaction: discord.Interaction,
        date: str,
        time: str,
        timezone: str,
        title: str = "",
        campaign: str | None = None,
    ) -> None:
        found = await campaign_for(interaction, campaign)
        channel_id = interaction.channel.id if interaction.channel is not None else None
        planned = await guarded(
            self.sessions.schedule(
                found.id,
                actor_of(interaction.user),
                day=date,
                clock_time=time,
                timezone=timezone,
                title=title,
                channel_id=channel_id,
            )
        )
        await interaction.response.send_message(
            f"Session {describe(planned)} (<t:{int(planned.starts_at)}:F>) is on. Reminders "
            "come a day and a quarter of an hour before."
        )

    @session.command(name="list", description="Upcoming sessions")
    async def list_sessions(
        self, interaction: discord.Interaction, campaign: str | None = None
    ) -> None:
        found = await campaign_for(interaction, campaign)
        upcoming = await self.sessions.upcoming(found.id)
        lines = [f"{describe(s)} (<t:{int(s.starts_at)}:R>)" for s in upcoming]
        await reply_list(interaction, lines, empty="No sessions planned.")

    @session.command(name="cancel", description="Cancel a planned session (GMs)")
    async def cancel(
        self, interaction: discord.Interaction, session_id: int, campaign: str | None = None
    ) -> None:
        found = await campaign_for(interaction, campaign)
        await guarded(self.sessions.cancel(found.id, actor_of(interaction.user), session_id))
        await interaction.response.send_message(f"Session #{session_id} is cancelled.")


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, LoremasterBot)
    await bot.add_cog(SessionCog(bot))
