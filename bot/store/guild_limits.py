"""SQL of the per-guild limits on players (action length, actions and commands a minute)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from bot.engine.limits import MAX_ACTION_CHARS
from bot.store.database import Repository

DEFAULT_ACTIONS_PER_MINUTE = 12
DEFAULT_COMMANDS_PER_MINUTE = 20


class GuildLimits(BaseModel):
    """What one player may send in a guild; the bounds keep a typo from disabling play."""

    model_config = ConfigDict(frozen=True)

    action_chars: int = Field(default=MAX_ACTION_CHARS, ge=20, le=MAX_ACTION_CHARS)
    actions_per_minute: int = Field(default=DEFAULT_ACTIONS_PER_MINUTE, ge=1, le=120)
    commands_per_minute: int = Field(default=DEFAULT_COMMANDS_PER_MINUTE, ge=1, le=120)


LIMIT_NAMES = tuple(GuildLimits.model_fields)


class GuildLimitsRepo(Repository):
    async def get(self, guild_id: int) -> GuildLimits:
        row = await self.db.one(
            f"SELECT {', '.join(LIMIT_NAMES)} FROM guild_limits WHERE guild_id = ?", (guild_id,)
        )
        if row is None:
            return GuildLimits()
        return GuildLimits(**{k: v for k, v in row.items() if v is not None})

    async def save(self, guild_id: int, limits: GuildLimits, now: float) -> GuildLimits:
        values = [getattr(limits, name) for name in LIMIT_NAMES]
        updates = ", ".join(f"{name} = excluded.{name}" for name in LIMIT_NAMES)
        await self.db.write(
            f"INSERT INTO guild_limits (guild_id, {', '.join(LIMIT_NAMES)}, updated_at)"
            f" VALUES (?, {', '.join('?' for _ in LIMIT_NAMES)}, ?)"
            f" ON CONFLICT (guild_id) DO UPDATE SET {updates}, updated_at = excluded.updated_at",
            (guild_id, *values, now),
        )
        return limits
