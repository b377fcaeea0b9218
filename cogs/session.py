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
from bot.discord_app.context import campaign_for, clip
from bot.discord_app.sink import NO_MENTIONS
from bot.models import Participant, Scene
from bot.scheduler import DeadlineScheduler
from bot.services.gm import GmService
from bot.services.pacing import PacingService, TimerObserver
from bot.services.sessions import SessionService, describe
from bot.services.timers import TimerActions, scene_timer_handlers
from bot.store.rows import PlaySession
from cogs.gm import actor_of, guarded

log = logging.getLogger(__name__)


class SessionCog(commands.Cog):
    session = app_commands.Group(
        name="session", description="Scheduled play sessions", guild_only=True
    )

    def __init__(self, bot: LoremasterBot) -> None:
        self.bot = bot
        actions = TimerActions(
            narrate=self._narrate, nudge=self._nudge, idle=self._idle, session_reminder=self._remind
        )
        self.timers = DeadlineScheduler(
            bot.store, scene_timer_handlers(bot.scenes, actions), clock=bot.clock
        )
        self.pacing = PacingService.for_scenes(bot.scenes)
        self.pacing.timers = self.timers
        self.sessions = SessionService(GmService(bot.scenes), self.timers)
        self.observer = TimerObserver(self.pacing)
        self.started = False

    async def cog_load(self) -> None:
        self.bot.scenes.observers.append(self.observer)

    async def cog_unload(self) -> None:
        if self.observer in self.bot.scenes.observers:
            self.bot.scenes.observers.remove(self.observer)
        await self.timers.shutdown()

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        if not self.started:  # on_ready repeats after reconnects; timers start once
            self.started = True
            count = await self.timers.start()
            log.info("timers rebuilt from the database: %d", count)

    # -- what timers do in Discord ----------------------------------------------------------

    async def _channel(self, channel_id: int | None) -> discord.TextChannel | None:
        channel = self.bot.get_channel(channel_id or 0)
        return channel if isinstance(channel, discord.TextChannel) else None

    async def _narrate(self, scene: Scene) -> None:
        self.bot.narrations.request(scene.id)

    async def _nudge(self, scene: Scene, missing: list[Participant]) -> None:
        channel = await self._channel(scene.channel_id)
        if channel is None or not missing:
            return
        deadline = next(
            (
                d.fire_at
                for d in await self.bot.store.deadlines.pending(scene.id)
                if d.kind == "round"
            ),
            None,
        )
        when = f" The round closes <t:{int(deadline)}:R>." if deadline else ""
        mentions = ", ".join(f"<@{p.player_id}>" for p in missing)
        # Ping exactly the players the round waits for, nobody else.
        allowed = discord.AllowedMentions(
            everyone=False,
            roles=False,
            users=[discord.Object(int(p.player_id)) for p in missing if p.player_id.isdigit()],
        )
        await channel.send(f"Waiting for {mentions}.{when}", allowed_mentions=allowed)

    async def _idle(self, scene: Scene) -> None:
        channel = await self._channel(scene.channel_id)
        if channel is not None:
            await channel.send(
                "The scene has been quiet for a while; the story waits for you.",
                allowed_mentions=NO_MENTIONS,
            )

    async def _remind(self, session: PlaySession, lead_seconds: float) -> None:
        channel = await self._channel(session.channel_id)
        if channel is not None:
            await channel.send(
                f"Reminder: session {describe(session)} starts <t:{int(session.starts_at)}:R>.",
                allowed_mentions=NO_MENTIONS,
            )

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
        await interaction.response.send_message(
            clip("\n".join(lines) or "No sessions planned."), ephemeral=True
        )

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
