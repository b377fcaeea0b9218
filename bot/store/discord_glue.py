"""SQL of the Discord glue: the narrator's webhook per channel, and the messages of a
narration being streamed (withdrawn when it never lands)."""

from __future__ import annotations

from bot.store.database import Repository
from bot.store.rows import StreamDraft


class WebhookRepo(Repository):
    async def get(self, channel_id: int) -> tuple[int, str] | None:
        """(webhook id, token) of the channel's narrator webhook."""
        rows = list(await self.db.raw(
            "SELECT webhook_id, token FROM discord_webhooks WHERE channel_id = ?", (channel_id,)
        ))
        return (int(rows[0][0]), str(rows[0][1])) if rows else None

    async def set(self, channel_id: int, webhook_id: int, token: str, now: float) -> None:
        await self.db.write(
            "INSERT INTO discord_webhooks (channel_id, webhook_id, token, created_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (channel_id) DO UPDATE SET"
            " webhook_id = excluded.webhook_id, token = excluded.token",
            (channel_id, webhook_id, token, now),
        )

    async def forget(self, channel_id: int) -> None:
        await self.db.write("DELETE FROM discord_webhooks WHERE channel_id = ?", (channel_id,))


class StreamDraftRepo(Repository):
    async def add(
        self, *, scene_id: int, round_no: int, part: int, channel_id: int, message_id: int,
        now: float,
    ) -> None:
        await self.db.write(
            "INSERT OR REPLACE INTO discord_drafts"
            " (scene_id, round_no, part, channel_id, message_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (scene_id, round_no, part, channel_id, message_id, now),
        )

    async def of_scene(self, scene_id: int) -> list[StreamDraft]:
        return await self.db.all_as(
            StreamDraft, "SELECT * FROM discord_drafts WHERE scene_id = ? ORDER BY part",
            (scene_id,),
        )

    async def clear(self, scene_id: int) -> None:
        await self.db.write("DELETE FROM discord_drafts WHERE scene_id = ?", (scene_id,))



class PostPartRepo(Repository):
    """The messages of a narration after its first, named by that first message."""

    async def set(self, first_message_id: int, message_ids: list[int]) -> None:
        async with self.db.transaction() as conn:
            await conn.execute("DELETE FROM discord_post_parts WHERE first_message_id = ?",
                               (first_message_id,))
            await conn.executemany(
                "INSERT INTO discord_post_parts (first_message_id, part, message_id)"
                " VALUES (?, ?, ?)",
                [(first_message_id, part, mid) for part, mid in enumerate(message_ids, 1)],
            )

    async def after(self, first_message_id: int) -> list[int]:
        rows = await self.db.raw(
            "SELECT message_id FROM discord_post_parts WHERE first_message_id = ?"
            " ORDER BY part", (first_message_id,),
        )
        return [int(row[0]) for row in rows]
