"""SQL of scenes, and a scene's set-up with every seat in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.models import PacingMode, Scene, SceneStatus
from bot.store.characters import SEAT
from bot.store.database import Repository, insert_in, marks
from bot.store.rows import NewSeat

_OPEN_NEWEST = " AND status != 'ended' ORDER BY id DESC LIMIT 1"


class SceneRepo(Repository):
    async def create(
        self, *, campaign_id: int, now: float, pacing_mode: PacingMode = PacingMode.ROUNDS,
        **fields: Any,
    ) -> Scene:
        scene_id = await self.db.insert("scenes", _scene_row(campaign_id, now, pacing_mode, fields))
        return await self.get(scene_id)

    async def create_with_seats(
        self, *, campaign: int | dict[str, Any], seats: Sequence[NewSeat], now: float,
        pacing_mode: PacingMode = PacingMode.ROUNDS, **scene_fields: Any,
    ) -> Scene:
        """A scene with every seat, and the campaign (given as its fields) and characters it
        needs, in one transaction: a crash or a refusal leaves all of it or none."""
        async with self.db.transaction() as conn:
            if isinstance(campaign, dict):
                campaign_id = await insert_in(conn, "campaigns", {"created_at": now, **campaign})
            else:
                campaign_id = campaign
            scene_id = await insert_in(
                conn, "scenes", _scene_row(campaign_id, now, pacing_mode, scene_fields)
            )
            for seat in seats:
                character_id = seat.character_id
                if seat.character_name is not None:
                    character_id = await insert_in(conn, "characters", {
                        "campaign_id": campaign_id, "player_id": seat.player_id,
                        "player_name": seat.player_name, "name": seat.character_name,
                        "created_at": now,
                    })
                await conn.execute(
                    SEAT, (scene_id, seat.player_id, seat.player_name, character_id, now)
                )
        return await self.get(scene_id)

    async def get(self, scene_id: int) -> Scene:
        return await self.db.get(Scene, "scenes", scene_id)

    async def for_channel(self, channel_id: int) -> Scene | None:
        return await self.db.one_as(
            Scene, "SELECT * FROM scenes WHERE channel_id = ?" + _OPEN_NEWEST, (channel_id,)
        )

    async def latest(self, campaign_id: int | None = None) -> Scene | None:
        if campaign_id is None:
            return await self.db.one_as(Scene, "SELECT * FROM scenes WHERE 1" + _OPEN_NEWEST)
        return await self.db.one_as(
            Scene, "SELECT * FROM scenes WHERE campaign_id = ?" + _OPEN_NEWEST, (campaign_id,)
        )

    async def with_status(self, *statuses: SceneStatus) -> list[Scene]:
        sql = f"SELECT * FROM scenes WHERE status IN ({marks(statuses)}) ORDER BY id"
        return await self.db.all_as(Scene, sql, [str(s) for s in statuses])

    async def of_campaign(self, campaign_id: int, *, open_only: bool = True) -> list[Scene]:
        sql = "SELECT * FROM scenes WHERE campaign_id = ?"
        if open_only:
            sql += " AND status != 'ended'"
        return await self.db.all_as(Scene, sql + " ORDER BY id", (campaign_id,))

    async def update(self, scene_id: int, **fields: Any) -> Scene:
        await self.db.update("scenes", scene_id, fields)
        return await self.get(scene_id)


def _scene_row(
    campaign_id: int, now: float, pacing_mode: PacingMode, fields: dict[str, Any]
) -> dict[str, Any]:
    return {
        "campaign_id": campaign_id, "pacing_mode": str(pacing_mode), "round_opened_at": now,
        "created_at": now, **fields,
    }
