"""SQL of a campaign's world state (a JSON document kept current from the story)."""

from __future__ import annotations

import json
from typing import Any

from bot.store.database import Repository
from bot.store.rows import WorldRecord


class WorldRepo(Repository):
    async def get(self, campaign_id: int) -> WorldRecord:
        """(state, GM edits) as stored; empty when nothing was recorded yet."""
        rows = list(await self.db.raw(
            "SELECT state, gm_edits FROM world_states WHERE campaign_id = ?", (campaign_id,)
        ))
        if not rows:
            return WorldRecord({}, [])
        return WorldRecord(json.loads(rows[0][0]), json.loads(rows[0][1]))

    async def save(
        self, campaign_id: int, state: dict[str, Any], now: float,
        gm_edits: list[dict[str, Any]] | None = None,
    ) -> None:
        """Replace the state (and the GM edits, when given) in one write."""
        await self.db.write(
            "INSERT INTO world_states (campaign_id, state, gm_edits, updated_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (campaign_id) DO UPDATE SET"
            " state = excluded.state, updated_at = excluded.updated_at"
            + (", gm_edits = excluded.gm_edits" if gm_edits is not None else ""),
            (campaign_id, json.dumps(state, ensure_ascii=False),
             json.dumps(gm_edits or []), now),
        )
