"""SQL of what GMs keep about a campaign: secrets the narrator must not reveal, and the
audit log of GM actions."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from bot.store.database import Repository
from bot.store.rows import AuditEntry, StoredSecret


class SecretRepo(Repository):
    async def add(
        self, *, campaign_id: int, text: str, keys: Sequence[str], created_by: str, now: float
    ) -> StoredSecret:
        secret_id = await self.db.insert("campaign_secrets", {
            "campaign_id": campaign_id, "text": text, "keys": list(keys),
            "created_by": created_by, "created_at": now,
        })
        return await self.db.get(StoredSecret, "campaign_secrets", secret_id)

    async def of_campaign(self, campaign_id: int) -> list[StoredSecret]:
        return await self.db.all_as(
            StoredSecret,
            "SELECT * FROM campaign_secrets WHERE campaign_id = ? AND removed_at IS NULL"
            " ORDER BY id",
            (campaign_id,),
        )

    async def remove(self, campaign_id: int, secret_id: int, now: float) -> bool:
        return await self.db.changed(
            "UPDATE campaign_secrets SET removed_at = ?"
            " WHERE id = ? AND campaign_id = ? AND removed_at IS NULL",
            (now, secret_id, campaign_id),
        )


class AuditRepo(Repository):
    async def add(
        self, *, campaign_id: int, scene_id: int | None, gm_id: str, gm_name: str, action: str,
        detail: dict[str, Any], now: float,
    ) -> None:
        await self.db.write(
            "INSERT INTO gm_audit (campaign_id, scene_id, gm_id, gm_name, action, detail,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (campaign_id, scene_id, gm_id, gm_name, action, json.dumps(detail), now),
        )

    async def recent(self, campaign_id: int, limit: int = 20) -> list[AuditEntry]:
        """The newest `limit` entries, newest first."""
        return await self.db.all_as(
            AuditEntry,
            "SELECT * FROM gm_audit WHERE campaign_id = ? ORDER BY id DESC LIMIT ?",
            (campaign_id, limit),
        )
