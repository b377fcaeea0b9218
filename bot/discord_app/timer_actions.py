"""What the bot's timers do in Discord: narrate, nudge the players a round waits for,
say a scene has gone quiet, remind a session's channel."""

from __future__ import annotations

from collections.abc import Callable

import discord

from bot.discord_app.narrator import NarratorChannel
from bot.discord_app.sink import NO_MENTIONS
from bot.models import Participant, Scene
from bot.services.sessions import describe
from bot.services.timers import TimerActions
from bot.store import Store
from bot.store.rows import PlaySession


def discord_timer_actions(
    narrator: NarratorChannel, store: Store, request_narration: Callable[[int], None]
) -> TimerActions:
    """`request_narration(scene_id)` asks the narration runner, which is built after the
    services these actions go into (hence a callable, not the runner)."""

    async def narrate(scene: Scene) -> None:
        request_narration(scene.id)

    async def nudge(scene: Scene, missing: list[Participant]) -> None:
        channel = await narrator.text_channel(scene.channel_id or 0)
        if channel is None or not missing:
            return
        deadline = next(
            (d.fire_at for d in await store.deadlines.pending(scene.id) if d.kind == "round"),
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

    async def idle(scene: Scene) -> None:
        channel = await narrator.text_channel(scene.channel_id or 0)
        if channel is not None:
            await channel.send(
                "The scene has been quiet for a while; the story waits for you.",
                allowed_mentions=NO_MENTIONS,
            )

    async def remind(session: PlaySession, lead_seconds: float) -> None:
        channel = await narrator.text_channel(session.channel_id or 0)
        if channel is not None:
            await channel.send(
                f"Reminder: session {describe(session)} starts <t:{int(session.starts_at)}:R>.",
                allowed_mentions=NO_MENTIONS,
            )

    return TimerActions(narrate=narrate, nudge=nudge, idle=idle, session_reminder=remind)
