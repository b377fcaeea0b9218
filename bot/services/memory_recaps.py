"""Recaps in the narrator's voice: for a returning player, or of the whole campaign."""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.memory.prompts import recap_messages
from bot.engine.memory.summaries import CHAPTER, StoryLine, memory_text
from bot.engine.prompt import truncate_to_tokens
from bot.models import STORY_KINDS, Post, PostKind, Scene
from bot.services.action_recall import speaker
from bot.services.backend_scope import for_campaign
from bot.services.memory_core import RECAP_SAMPLING, MemoryCore
from bot.services.persona import narrator_card_async, persona_from_card


class Recaps(MemoryCore):
    async def _voice(self, campaign_id: int) -> tuple[str, str]:
        campaign = await self.store.campaigns.get(campaign_id)
        card = await narrator_card_async(self.cards_dir, campaign.narrator_card)
        persona = persona_from_card(card)
        voice = truncate_to_tokens(
            "\n".join(p for p in (persona.description, persona.personality) if p), 300,
            self.count,
        )
        return persona.name or "the narrator", voice

    @for_campaign("scene")
    async def recap(self, scene: Scene, player_id: str) -> str:
        """What happened in the scene since the player last acted, in the narrator's voice."""
        names = await self._names(scene.id)
        posts = await self.store.posts.of_scene(scene.id)
        acted = [p.seq for p in posts if p.author_id == player_id
                 and p.kind in (PostKind.ACTION, PostKind.PASS)]
        since = acted[-1] if acted else 0
        story = [p for p in posts if p.seq > since and p.kind in STORY_KINDS]
        lines = self._newest_lines(story, names, self.budgets.recap_input)
        first_kept = lines[0].seq if lines else 1 << 62
        chapters = [s.content for s in await self.store.memory.of_campaign(scene.campaign_id)
                    if s.level == CHAPTER and s.scene_id == scene.id and s.content
                    and s.last_seq > since and s.first_seq < first_kept]
        narrator, voice = await self._voice(scene.campaign_id)
        messages = recap_messages(
            narrator=narrator, voice=voice, listener=names.get(player_id, "a returning player"),
            summaries=chapters, lines=lines, campaign_wide=False,
        )
        return await self._generate(messages, RECAP_SAMPLING)

    @for_campaign("campaign_id")
    async def recap_campaign(self, campaign_id: int, scene: Scene | None = None) -> str:
        summaries = await self.store.memory.of_campaign(campaign_id)
        memory = memory_text(summaries, self.budgets.memory * 2, self.count)
        lines: list[StoryLine] = []
        if scene is not None:
            names = await self._names(scene.id)
            story = [p for p in await self.store.posts.of_scene(scene.id) if p.kind in STORY_KINDS]
            lines = self._newest_lines(story, names, self.budgets.recap_input // 2)
        narrator, voice = await self._voice(campaign_id)
        messages = recap_messages(
            narrator=narrator, voice=voice, listener="the players",
            summaries=[memory] if memory else [], lines=lines, campaign_wide=True,
        )
        return await self._generate(messages, RECAP_SAMPLING)

    def _newest_lines(
        self, posts: Sequence[Post], names: dict[str, str], budget: int
    ) -> list[StoryLine]:
        kept: list[StoryLine] = []
        used = 0
        for post in reversed(posts):
            size = self.count(post.content) + 4
            if used + size > budget:
                break
            kept.append(StoryLine(post.seq, speaker(post, names), post.content))
            used += size
        return kept[::-1]
