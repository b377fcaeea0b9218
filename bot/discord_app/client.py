"""The bot: a `commands.Bot` holding the services, loading the cogs and syncing commands.

It builds the Discord side once, next to the services (`bot.services.wiring`): the
narrator's channel, the review desk, the openings and the narration runner. Cogs take
what they need from here.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

import discord
from discord.ext import commands

from bot.config import Settings
from bot.discord_app.command_tree import LimitedTree
from bot.discord_app.errors import on_app_command_error
from bot.discord_app.narration import NarrationRunner
from bot.discord_app.narrator import NarratorChannel
from bot.discord_app.opening import Openings
from bot.discord_app.review import ReviewDesk
from bot.discord_app.swipes import SwipeDesk
from bot.discord_app.timer_actions import discord_timer_actions
from bot.discord_app.xcard import XCardDesk
from bot.heap import freeze_startup_heap
from bot.llm.base import LLMBackend
from bot.services.late import LateBound
from bot.services.wiring import Services, build_services
from bot.store import Store

log = logging.getLogger(__name__)

COGS = (
    "cogs.campaign", "cogs.character", "cogs.scene", "cogs.play", "cogs.lore", "cogs.gm",
    "cogs.session", "cogs.memory", "cogs.dice", "cogs.npc", "cogs.swipes", "cogs.safety",
    "cogs.backends", "cogs.admin", "cogs.settings", "cogs.gm_knowledge", "cogs.data",
    "cogs.limits",
)


def bot_intents() -> discord.Intents:
    intents = discord.Intents.default()
    intents.message_content = True  # a player's message is their action
    return intents


class LoremasterBot(commands.Bot):
    def __init__(
        self,
        *,
        settings: Settings,
        store: Store,
        backend: LLMBackend,
        clock: Callable[[], float] = time.time,
        identify_delay: float = 5.0,
        **options: Any,
    ) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=bot_intents(),
            help_command=None,
            guild_ready_timeout=settings.guild_ready_timeout,
            allowed_mentions=discord.AllowedMentions.none(),
            tree_cls=LimitedTree,
            **options,
        )
        self.settings = settings
        self.store = store
        self.clock = clock
        self.identify_delay = identify_delay
        self.narrator = NarratorChannel(
            self, store.webhooks, store.streaming, cards=settings.card_shelf, clock=clock,
            stream_interval=settings.stream_edit_interval,
        )
        # Timers narrate through the runner, and the runner needs the services.
        runner: LateBound[NarrationRunner] = LateBound("the narration runner")
        self.services: Services = build_services(
            store, backend, settings, clock,
            timer_actions=discord_timer_actions(
                self.narrator, store, lambda scene_id: runner().request(scene_id)),
        )
        self.xcard_desk = XCardDesk(
            self.services.safety, store, self.narrator, lambda scene_id: runner().request(scene_id))
        self.review_desk = ReviewDesk(
            self.services.review, self.services.scenes, store, self.narrator,
            self.services.npcs, xcard=self.xcard_desk)
        self.openings = Openings(self.services.scenes, store, self.narrator)
        self.swipe_desk = SwipeDesk(
            self.services.swipes, store, self.narrator, self.services.npcs,
            lambda scene_id: runner().request(scene_id))
        self.narrations = NarrationRunner(
            self.services.scenes, self.services.pacing, store, self.narrator, self.review_desk,
            self.openings, self.services.npcs, swipes=self.swipe_desk, xcard=self.xcard_desk)
        runner.bind(self.narrations)
        assert isinstance(self.tree, LimitedTree)
        self.tree.limit_with(self.services.limits)
        self.tree.error(on_app_command_error)

    async def setup_hook(self) -> None:
        for extension in COGS:
            await self.load_extension(extension)
        guild_id = self.settings.dev_guild_id
        if guild_id is not None:
            guild = discord.Object(guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
        else:
            synced = await self.tree.sync()
        log.info("synced %d application commands (%s)", len(synced),
                 f"guild {guild_id}" if guild_id else "global")
        freeze_startup_heap()  # set up: what serves from now on is out of full collections

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        # Discord allows one IDENTIFY per 5 s; tests against the fake need no wait.
        if not initial and self.identify_delay > 0:
            await asyncio.sleep(self.identify_delay)

    async def on_ready(self) -> None:
        log.info("ready as %s in %d guild(s)", self.user, len(self.guilds))
        await self.narrations.catch_up()

    async def on_message(self, message: discord.Message) -> None:
        """No prefix commands: messages are handled by the play cog's listener."""

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        log.exception("event %s failed; carrying on", event_method)

    async def shutdown(self) -> None:
        """Finish (or withdraw) in-flight narrations within the grace period, then close."""
        await self.narrations.drain(self.settings.shutdown_grace)
        await self.close()
        await self.services.aclose()
