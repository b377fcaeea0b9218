"""SQL of deadlines: a scene's pending timers, each a row so a restart rebuilds them."""

from __future__ import annotations

import json
from typing import Any

from bot.models import Deadline
from bot.store.database import Repository, marks


class DeadlineRepo(Repository):
    async def set(
        self, *, scene_id: int, kind: str, fire_at: float, now: float,
        payload: dict[str, Any] | None = None,
    ) -> Deadline:
        """Replace the scene's pending deadline of `kind` with one at `fire_at`."""
        async with self.db.transaction() as conn:
            await conn.execute(
                "DELETE FROM deadlines WHERE scene_id = ? AND kind = ? AND fired_at IS NULL",
                (scene_id, kind),
            )
            cursor = await conn.execute(
                "INSERT INTO deadlines (scene_id, kind, fire_at, payload, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (scene_id, kind, fire_at, json.dumps(payload or {}), now),
            )
            deadline_id = cursor.lastrowid
        assert deadline_id is not None
        return await self.db.get(Deadline, "deadlines", deadline_id)

    async def pending(self, scene_id: int | None = None) -> list[Deadline]:
        sql = "SELECT * FROM deadlines WHERE fired_at IS NULL"
        params: tuple[Any, ...] = ()
        if scene_id is not None:
            sql += " AND scene_id = ?"
            params = (scene_id,)
        return await self.db.all_as(Deadline, sql + " ORDER BY fire_at", params)

    async def mark_fired(self, deadline_id: int, now: float) -> bool:
        """Claim a deadline; False if it already fired (so it fires exactly once)."""
        rows = await self.db.write(
            "UPDATE deadlines SET fired_at = ? WHERE id = ? AND fired_at IS NULL RETURNING id",
            (now, deadline_id),
        )
        return len(rows) == 1

    async def clear(self, scene_id: int, *kinds: str) -> None:
        sql = "DELETE FROM deadlines WHERE scene_id = ? AND fired_at IS NULL"
        params: list[Any] = [scene_id]
        if kinds:
            sql += f" AND kind IN ({marks(kinds)})"
            params += list(kinds)
        async with self.db.transaction() as conn:
            await conn.execute(sql, params)
