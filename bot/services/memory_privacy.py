"""A player's right to be forgotten, and to see what is kept about them."""

from __future__ import annotations

import logging
from typing import Any

from bot.engine.memory.render import entry_lines
from bot.engine.memory.world import without_character
from bot.services.memory_chapters import ChapterUpkeep
from bot.services.memory_world import WorldKeeping
from bot.store.rows import Redaction

log = logging.getLogger(__name__)
FORGOTTEN_CHARACTER = "a former companion"


class PlayerPrivacy(ChapterUpkeep, WorldKeeping):
    async def forget_player(self, guild_id: int | None, player_id: str) -> Redaction:
        """Erase the player's posts and characters from the guild's campaigns; summaries
        and world state are scrubbed at once and recomputed in the background."""
        campaigns = await self.store.campaigns.in_guild(guild_id, include_archived=True)
        ids = [c.id for c in campaigns]
        characters = await self.store.privacy.player_characters(ids, player_id)
        touched = {c.campaign_id for c in characters}
        for scene_id in {p.scene_id for p in await self.store.privacy.player_posts(ids, player_id)}:
            touched.add((await self.store.scenes.get(scene_id)).campaign_id)
        stand_ins = {c.name: FORGOTTEN_CHARACTER for c in characters if len(c.name) >= 3}
        for campaign_id in ids:
            self.story_changed(campaign_id)
        redaction = await self.store.privacy.redact_player(
            ids, player_id, self.clock(), narrator_replacements=stand_ins
        )
        for campaign_id in sorted(touched):
            async with self._lock(self._world_locks, campaign_id):
                state = await self.world(campaign_id)
                _, edits = await self.store.world.get(campaign_id)
                for character in characters:
                    state = without_character(state, character.name)
                    edits = [e for e in edits
                             if character.name.casefold() not in str(e).casefold()]
                await self.store.world.save(
                    campaign_id, state.model_dump(), self.clock(), gm_edits=edits
                )
            await self.store.memory.clear_snapshots(campaign_id)
            self.spawn(self.refresh_stale(campaign_id), f"refresh:{campaign_id}")
            self.spawn(self.rebuild_world(campaign_id), f"rebuild:{campaign_id}")
        log.info("player forgotten: campaigns=%d posts=%d characters=%d",
                 len(touched), redaction.posts, len(characters))
        return redaction

    async def export_player(self, guild_id: int | None, player_id: str) -> dict[str, Any]:
        """Everything stored about the player in the guild's campaigns, as JSON-ready data."""
        campaigns = await self.store.campaigns.in_guild(guild_id, include_archived=True)
        out: list[dict[str, Any]] = []
        for campaign in campaigns:
            characters = await self.store.privacy.player_characters([campaign.id], player_id)
            posts = await self.store.privacy.player_posts([campaign.id], player_id)
            if not characters and not posts:
                continue
            names = [c.name.casefold() for c in characters]
            state = await self.world(campaign.id)
            world = [line for _, name, line in entry_lines(state)
                     if any(n and n in line.casefold() for n in names)]
            summaries = [s.content for s in await self.store.memory.of_campaign(campaign.id)
                         if any(n and n in s.content.casefold() for n in names)]
            out.append({
                "campaign": {"id": campaign.id, "title": campaign.title},
                "characters": [c.model_dump() for c in characters],
                "posts": [
                    {"scene_id": p.scene_id, "seq": p.seq, "round": p.round_no,
                     "kind": str(p.kind), "content": p.content, "created_at": p.created_at,
                     "edited_at": p.edited_at, "deleted": p.deleted}
                    for p in posts
                ],
                "world_state_mentions": world,
                "summary_mentions": summaries,
            })
        return {"player_id": player_id, "exported_at": self.clock(), "campaigns": out}
