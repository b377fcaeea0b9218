"""Limits per player, per guild: how long an action may be, and how many actions and
commands one player may send a minute. A refusal states the limit; nothing is cut.

Counting is per process (in memory); the limits themselves live in the database.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.engine.rate_limit import SlidingWindow
from bot.store import Store
from bot.store.guild_limits import GuildLimits

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Refusal:
    text: str  # one sentence, with the limit in it
    first: bool  # the first refusal since the player was last let through (tell them once)


class LimitsService:
    def __init__(self, store: Store, clock: Callable[[], float]) -> None:
        self.store = store
        self.clock = clock
        self._actions = SlidingWindow(60.0)
        self._commands = SlidingWindow(60.0)
        self._refused: set[tuple[str, int, str]] = set()

    async def of_guild(self, guild_id: int) -> GuildLimits:
        return await self.store.guild_limits.get(guild_id)

    async def configure(self, guild_id: int, **values: Any) -> GuildLimits:
        """Set the given limits, keeping the others; ValueError (pydantic's) when one is
        out of bounds."""
        current = await self.of_guild(guild_id)
        updated = GuildLimits(**{**current.model_dump(), **values})
        await self.store.guild_limits.save(guild_id, updated, self.clock())
        log.info("guild limits set: guild=%d %s", guild_id, updated.model_dump())
        return updated

    async def check_action(self, guild_id: int, player_id: str, text: str) -> Refusal | None:
        """None when the action may go on (it is counted then), else why not."""
        limits = await self.of_guild(guild_id)
        if len(text) > limits.action_chars:
            return Refusal(
                f"That action is {len(text)} characters long; the limit here is "
                f"{limits.action_chars}. Nothing was taken: send it again, shorter.", first=True)
        wait = self._actions.admit((guild_id, player_id), limits.actions_per_minute, self.clock())
        return self._verdict("action", guild_id, player_id, wait, limits.actions_per_minute)

    async def check_command(self, guild_id: int, user_id: str) -> Refusal | None:
        limits = await self.of_guild(guild_id)
        wait = self._commands.admit((guild_id, user_id), limits.commands_per_minute,
                                    self.clock())
        return self._verdict("command", guild_id, user_id, wait, limits.commands_per_minute)

    def _verdict(
        self, what: str, guild_id: int, who: str, wait: float | None, per_minute: int
    ) -> Refusal | None:
        key = (what, guild_id, who)
        if wait is None:
            self._refused.discard(key)
            return None
        first = key not in self._refused
        self._refused.add(key)
        log.info("rate limited: guild=%d user=%s kind=%s", guild_id, who, what)
        return Refusal(
            f"Slow down: at most {per_minute} {what}s a minute per player here. "
            f"Try again in {math.ceil(wait)} s; that {what} was not taken.", first=first)
