"""SQL of a campaign's own lore entries (GM-written, on top of its lorebooks)."""

from __future__ import annotations

import json

from bot.store.database import Repository
from bot.store.rows import LoreEntry

_NAMED = " WHERE campaign_id = ? AND name = ? COLLATE NOCASE"


class LoreRepo(Repository):
    async def put(
        self, *, campaign_id: int, name: str, keys: list[str], content: str, now: float,
        secondary_keys: list[str] | None = None, constant: bool = False,
        insertion_order: int = 100,
    ) -> LoreEntry:
        """Add or replace the campaign's entry called `name`."""
        rows = await self.db.write(
            "INSERT INTO campaign_lore (campaign_id, name, keys, secondary_keys, content,"
            " constant, insertion_order, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (campaign_id, name) DO UPDATE SET keys = excluded.keys,"
            " secondary_keys = excluded.secondary_keys, content = excluded.content,"
            " constant = excluded.constant, insertion_order = excluded.insertion_order"
            " RETURNING *",
            (campaign_id, name, json.dumps(keys), json.dumps(secondary_keys or []), content,
             int(constant), insertion_order, now),
        )
        return LoreEntry(**rows[0])

    async def get(self, campaign_id: int, name: str) -> LoreEntry | None:
        return await self.db.one_as(
            LoreEntry, "SELECT * FROM campaign_lore" + _NAMED, (campaign_id, name)
        )

    async def remove(self, campaign_id: int, name: str) -> bool:
        return await self.db.changed("DELETE FROM campaign_lore" + _NAMED, (campaign_id, name))

    async def of_campaign(self, campaign_id: int) -> list[LoreEntry]:
        """The campaign's entries, oldest first (`LoreEntry.book_entry` gives the
        character-book shape a lorebook is read from)."""
        return await self.db.all_as(
            LoreEntry, "SELECT * FROM campaign_lore WHERE campaign_id = ? ORDER BY id",
            (campaign_id,),
        )
