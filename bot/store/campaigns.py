"""SQL of campaigns."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from bot.campaign_settings import CampaignSettings
from bot.models import Campaign
from bot.store.database import Repository


class CampaignRepo(Repository):
    async def create(self, *, title: str, now: float, **fields: Any) -> Campaign:
        campaign_id = await self.db.insert(
            "campaigns", {"title": title, "created_at": now, **fields}
        )
        return await self.get(campaign_id)

    async def get(self, campaign_id: int) -> Campaign:
        return await self.db.get(Campaign, "campaigns", campaign_id)

    async def in_guild(
        self, guild_id: int | None, *, include_archived: bool = False
    ) -> list[Campaign]:
        sql = "SELECT * FROM campaigns WHERE guild_id IS ?"
        if not include_archived:
            sql += " AND status = 'active'"
        return await self.db.all_as(Campaign, sql + " ORDER BY id", (guild_id,))

    async def update(self, campaign_id: int, **fields: Any) -> Campaign:
        await self.db.update("campaigns", campaign_id, fields)
        return await self.get(campaign_id)

    async def patch_settings(self, campaign_id: int, updates: Mapping[str, Any]) -> Campaign:
        """Set these settings (dotted paths; None: back to the default), others kept, in
        one statement; ValueError with one line when a key or value is refused."""
        patch = CampaignSettings.patch_for(updates)
        if patch:
            replaced = [f"$.{key}" for key in CampaignSettings.replaced(patch)]
            settings = "settings"
            if replaced:
                settings = f"json_remove(settings, {', '.join('?' for _ in replaced)})"
            await self.db.write(
                f"UPDATE campaigns SET settings = json_patch({settings}, ?) WHERE id = ?",
                (*replaced, json.dumps(patch), campaign_id),
            )
        return await self.get(campaign_id)

    async def for_category(self, category_id: int) -> Campaign | None:
        return await self.db.one_as(
            Campaign,
            "SELECT * FROM campaigns WHERE category_id = ? AND status = 'active'"
            " ORDER BY id DESC LIMIT 1",
            (category_id,),
        )

    async def named(self, guild_id: int, title: str) -> Campaign | None:
        return await self.db.one_as(
            Campaign,
            "SELECT * FROM campaigns WHERE guild_id = ? AND status = 'active'"
            " AND title = ? COLLATE NOCASE ORDER BY id DESC LIMIT 1",
            (guild_id, title),
        )
