"""SQL of token usage: one row per UTC day, guild, campaign, player and backend."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from bot.store.database import Repository


class UsageRow(BaseModel):
    model_config = ConfigDict(frozen=True)

    day: str  # YYYY-MM-DD, UTC
    guild_id: int  # 0: no guild (console play)
    campaign_id: int  # 0: none
    player_id: str  # '': no player (memory upkeep, an opening)
    backend: str
    tokens_in: int
    tokens_out: int


class UsageRepo(Repository):
    async def add(self, rows: Sequence[UsageRow]) -> None:
        """Add each row to its day's row, all in one statement: one round trip per
        generation however many players share it, and atomic, so processes sharing the
        file add up. Rows must differ in their keys (one per player)."""
        if not rows:
            return
        values = ", ".join("(?, ?, ?, ?, ?, ?, ?)" for _ in rows)
        await self.db.write(
            "INSERT INTO usage_daily (day, guild_id, campaign_id, player_id, backend,"
            f" tokens_in, tokens_out) VALUES {values}"
            " ON CONFLICT (guild_id, day, campaign_id, player_id, backend) DO UPDATE SET"
            " tokens_in = tokens_in + excluded.tokens_in,"
            " tokens_out = tokens_out + excluded.tokens_out",
            [v for r in rows for v in (r.day, r.guild_id, r.campaign_id, r.player_id,
                                       r.backend, r.tokens_in, r.tokens_out)],
        )

    async def tokens_on(self, guild_id: int, day: str) -> int:
        """Tokens in and out the guild spent on `day`."""
        return await self.db.scalar(
            "SELECT coalesce(sum(tokens_in + tokens_out), 0) FROM usage_daily"
            " WHERE guild_id = ? AND day = ?",
            (guild_id, day),
        )

    async def of_guild(self, guild_id: int, since_day: str) -> list[UsageRow]:
        """Every row of the guild from `since_day` on, oldest day first."""
        return await self.db.all_as(
            UsageRow,
            "SELECT * FROM usage_daily WHERE guild_id = ? AND day >= ?"
            " ORDER BY day, campaign_id, player_id, backend",
            (guild_id, since_day),
        )
