"""SQL of a guild's own configuration, its audit log, and the counts its limits read."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from bot.models import GuildConfig
from bot.store.database import Repository


class GuildAuditEntry(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    guild_id: int
    actor_id: str
    actor_name: str
    action: str
    detail: dict[str, Any] = Field(default_factory=dict)
    created_at: float


class GuildRepo(Repository):
    async def config(self, guild_id: int) -> GuildConfig:
        row = await self.db.one(
            "SELECT settings FROM guild_settings WHERE guild_id = ?", (guild_id,))
        return GuildConfig(**row["settings"]) if row is not None else GuildConfig()

    async def save(
        self, guild_id: int, config: GuildConfig, *, actor_id: str, actor_name: str,
        action: str, detail: dict[str, Any], now: float,
    ) -> None:
        """The new configuration and its audit entry, together or not at all."""
        async with self.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO guild_settings (guild_id, settings, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (guild_id) DO UPDATE SET settings = excluded.settings,"
                " updated_at = excluded.updated_at",
                (guild_id, config.model_dump_json(), now),
            )
            await conn.execute(
                "INSERT INTO guild_audit (guild_id, actor_id, actor_name, action, detail,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (guild_id, actor_id, actor_name, action, json.dumps(detail), now),
            )

    async def audit(self, guild_id: int, limit: int = 10) -> list[GuildAuditEntry]:
        """The newest `limit` changes, newest first."""
        return await self.db.all_as(
            GuildAuditEntry,
            "SELECT * FROM guild_audit WHERE guild_id = ? ORDER BY id DESC LIMIT ?",
            (guild_id, limit),
        )

    # -- what the limits count ------------------------------------------------------

    async def open_scenes(self, guild_id: int) -> int:
        """Scenes not ended (active or paused) in the guild's campaigns."""
        return await self.db.scalar(
            "SELECT count(*) FROM scenes s JOIN campaigns c ON c.id = s.campaign_id"
            " WHERE c.guild_id = ? AND s.status != 'ended'",
            (guild_id,),
        )

    async def actions_since(self, guild_id: int, player_id: str, since: float) -> int:
        """Actions the player declared in the guild's scenes since `since` (deleted ones too:
        an action taken back still cost a turn of the table's attention)."""
        return await self.db.scalar(
            "SELECT count(*) FROM posts p JOIN scenes s ON s.id = p.scene_id"
            " JOIN campaigns c ON c.id = s.campaign_id"
            " WHERE p.author_id = ? AND p.kind = 'action' AND p.created_at >= ?"
            " AND c.guild_id = ?",
            (player_id, since, guild_id),
        )

    async def narrations_since(self, guild_id: int, since: float) -> int:
        """Generated narrations stored in the guild's scenes since `since`."""
        return await self.db.scalar(
            "SELECT count(*) FROM posts p JOIN scenes s ON s.id = p.scene_id"
            " JOIN campaigns c ON c.id = s.campaign_id"
            " WHERE p.kind = 'narration' AND p.created_at >= ? AND c.guild_id = ?",
            (since, guild_id),
        )
