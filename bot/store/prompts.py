"""SQL for the prompt inspector: the last prompt the narrator saw per scene."""

from __future__ import annotations

import json

from bot.engine.prompt import PromptSection
from bot.engine.prompt_report import PromptRecord
from bot.store.database import Repository


class PromptRepo(Repository):
    async def save(self, record: PromptRecord) -> None:
        sections = [{"name": s.name, "text": s.text, "tokens": s.tokens}
                    for s in record.sections]
        await self.db.write(
            "INSERT INTO scene_prompts (scene_id, round_no, context_window, reply_tokens,"
            " sections, created_at) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (scene_id) DO UPDATE SET round_no = excluded.round_no,"
            " context_window = excluded.context_window, reply_tokens = excluded.reply_tokens,"
            " sections = excluded.sections, created_at = excluded.created_at",
            (record.scene_id, record.round_no, record.context_window, record.reply_tokens,
             json.dumps(sections, ensure_ascii=False), record.created_at),
        )

    async def last(self, scene_id: int | None = None) -> PromptRecord | None:
        """The scene's last prompt; without a scene, the most recent one of any scene."""
        if scene_id is None:
            row = await self.db.one(
                "SELECT * FROM scene_prompts ORDER BY created_at DESC, scene_id DESC LIMIT 1")
        else:
            row = await self.db.one("SELECT * FROM scene_prompts WHERE scene_id = ?", (scene_id,))
        if row is None:
            return None
        return PromptRecord(
            scene_id=row["scene_id"], round_no=row["round_no"],
            context_window=row["context_window"], reply_tokens=row["reply_tokens"],
            sections=[PromptSection(s["name"], s["text"], int(s["tokens"]))
                      for s in row["sections"]],
            created_at=row["created_at"],
        )
