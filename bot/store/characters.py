"""SQL of characters, and of the seats (participants) players take in scenes."""

from __future__ import annotations

from typing import Any

from bot.models import Character, Participant
from bot.store.database import Repository

SEAT = (
    "INSERT INTO participants (scene_id, player_id, player_name, character_id,"
    " status, joined_at) VALUES (?, ?, ?, ?, 'active', ?)"
    " ON CONFLICT (scene_id, player_id) DO UPDATE SET status = 'active',"
    " character_id = excluded.character_id, player_name = excluded.player_name"
)


class CharacterRepo(Repository):
    async def create(
        self, *, campaign_id: int, player_id: str, player_name: str, name: str, now: float,
        **fields: Any,
    ) -> Character:
        character_id = await self.db.insert("characters", {
            "campaign_id": campaign_id, "player_id": player_id, "player_name": player_name,
            "name": name, "created_at": now, **fields,
        })
        return await self.get(character_id)

    async def get(self, character_id: int) -> Character:
        return await self.db.get(Character, "characters", character_id)

    async def active(self, campaign_id: int, player_id: str) -> Character | None:
        return await self.db.one_as(
            Character,
            "SELECT * FROM characters WHERE campaign_id = ? AND player_id = ? AND status = 'active'"
            " ORDER BY id DESC LIMIT 1",
            (campaign_id, player_id),
        )

    async def of_campaign(self, campaign_id: int) -> list[Character]:
        return await self.db.all_as(
            Character,
            "SELECT * FROM characters WHERE campaign_id = ? AND status = 'active' ORDER BY id",
            (campaign_id,),
        )

    async def update(self, character_id: int, **fields: Any) -> Character:
        await self.db.update("characters", character_id, fields)
        return await self.get(character_id)


class SeatRepo(Repository):
    """Who plays in a scene, with which character."""

    async def add(
        self, *, scene_id: int, player_id: str, player_name: str, character_id: int | None,
        now: float,
    ) -> None:
        await self.db.write(SEAT, (scene_id, player_id, player_name, character_id, now))

    async def set_status(self, scene_id: int, player_id: str, status: str) -> None:
        await self.db.write(
            "UPDATE participants SET status = ? WHERE scene_id = ? AND player_id = ?",
            (status, scene_id, player_id),
        )

    async def of_scene(self, scene_id: int, *, active_only: bool = True) -> list[Participant]:
        sql = (
            "SELECT p.*, COALESCE(c.name, p.player_name) AS character_name"
            " FROM participants p LEFT JOIN characters c ON c.id = p.character_id"
            " WHERE p.scene_id = ?"
        )
        if active_only:
            sql += " AND p.status = 'active'"
        return await self.db.all_as(
            Participant, sql + " ORDER BY p.joined_at, p.player_id", (scene_id,)
        )
