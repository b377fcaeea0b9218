"""SQL of a campaign's non-player characters (name, avatar URL, description)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from bot.store.database import Repository

_NAMED = " WHERE campaign_id = ? AND name = ? COLLATE NOCASE"


class Npc(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    campaign_id: int
    name: str
    avatar_url: str | None = None
    description: str = ""
    created_at: float = 0.0


class NpcRepo(Repository):
    async def add(
        self, *, campaign_id: int, name: str, avatar_url: str | None, description: str,
        now: float,
    ) -> Npc | None:
        """The new NPC; None when the campaign already has one of that name."""
        rows = await self.db.write(
            "INSERT INTO npcs (campaign_id, name, avatar_url, description, created_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (campaign_id, name) DO NOTHING RETURNING *",
            (campaign_id, name, avatar_url, description, now),
        )
        return Npc(**rows[0]) if rows else None

    async def update(
        self, campaign_id: int, name: str, *, avatar_url: str | None = None,
        description: str | None = None,
    ) -> Npc | None:
        """Change what is given (None keeps it); None when there is no such NPC."""
        rows = await self.db.write(
            "UPDATE npcs SET avatar_url = COALESCE(?, avatar_url),"
            " description = COALESCE(?, description)" + _NAMED + " RETURNING *",
            (avatar_url, description, campaign_id, name),
        )
        return Npc(**rows[0]) if rows else None

    async def get(self, campaign_id: int, name: str) -> Npc | None:
        return await self.db.one_as(Npc, "SELECT * FROM npcs" + _NAMED, (campaign_id, name))

    async def remove(self, campaign_id: int, name: str) -> bool:
        return await self.db.changed("DELETE FROM npcs" + _NAMED, (campaign_id, name))

    async def of_campaign(self, campaign_id: int) -> list[Npc]:
        return await self.db.all_as(
            Npc, "SELECT * FROM npcs WHERE campaign_id = ? ORDER BY name", (campaign_id,)
        )
