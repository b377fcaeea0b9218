"""SQL of archived scene channels: how each looked before, for the undo."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from bot.models import SceneStatus
from bot.store.database import Repository


class ChannelLayout(BaseModel):
    """A channel's category and permission overwrites, as Discord's REST API spells them
    (`{"id", "type", "allow", "deny"}`, permissions as integers)."""

    model_config = ConfigDict(frozen=True)

    parent_id: int | None = None
    overwrites: list[dict[str, int]] = Field(default_factory=list)


class ArchivedChannel(BaseModel):
    model_config = ConfigDict(frozen=True)

    scene_id: int
    channel_id: int
    layout: ChannelLayout
    prior_status: SceneStatus
    by_campaign: bool
    archived_at: float


def _archived(row: dict[str, Any]) -> ArchivedChannel:
    layout = ChannelLayout(parent_id=row["parent_id"], overwrites=json.loads(row["overwrites"]))
    return ArchivedChannel(
        scene_id=row["scene_id"], channel_id=row["channel_id"], layout=layout,
        prior_status=row["prior_status"], by_campaign=bool(row["by_campaign"]),
        archived_at=row["archived_at"],
    )


class ArchivedChannelRepo(Repository):
    async def keep(
        self, *, scene_id: int, channel_id: int, layout: ChannelLayout,
        prior_status: SceneStatus, by_campaign: bool, now: float,
    ) -> None:
        """Remember the channel as it is now; a second archive keeps the first layout."""
        await self.db.write(
            "INSERT INTO archived_channels (scene_id, channel_id, parent_id, overwrites,"
            " prior_status, by_campaign, archived_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (scene_id) DO NOTHING",
            (scene_id, channel_id, layout.parent_id, json.dumps(layout.overwrites),
             prior_status.value, int(by_campaign), now),
        )

    async def of_scene(self, scene_id: int) -> ArchivedChannel | None:
        row = await self.db.one("SELECT * FROM archived_channels WHERE scene_id = ?", (scene_id,))
        return _archived(row) if row else None

    async def in_channel(self, channel_id: int) -> ArchivedChannel | None:
        """The newest scene archived in this channel."""
        row = await self.db.one(
            "SELECT * FROM archived_channels WHERE channel_id = ? ORDER BY archived_at DESC,"
            " scene_id DESC LIMIT 1", (channel_id,),
        )
        return _archived(row) if row else None

    async def of_campaign(self, campaign_id: int, *, by_campaign: bool) -> list[ArchivedChannel]:
        rows = await self.db.all(
            "SELECT a.* FROM archived_channels a JOIN scenes s ON s.id = a.scene_id"
            " WHERE s.campaign_id = ? AND a.by_campaign = ? ORDER BY a.scene_id",
            (campaign_id, int(by_campaign)),
        )
        return [_archived(r) for r in rows]

    async def forget(self, scene_id: int) -> None:
        await self.db.write("DELETE FROM archived_channels WHERE scene_id = ?", (scene_id,))
