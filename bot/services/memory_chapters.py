"""Chapter summaries of the posts that left the window, the chronicle they roll into, and
the prompt's memory section built from both (frozen per window start)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from bot.engine.memory.prompts import chapter_messages, chronicle_messages
from bot.engine.memory.summaries import (
    CHAPTER,
    CHRONICLE,
    StoryLine,
    Summary,
    chapters_to_roll,
    chunk_lines,
    memory_text,
)
from bot.llm.base import LLMError
from bot.models import Scene
from bot.services.backend_scope import for_campaign
from bot.services.memory_core import SUMMARY_SAMPLING, MemoryCore, story_lines

log = logging.getLogger(__name__)


class ChapterUpkeep(MemoryCore):
    async def _chapter_text(self, lines: Sequence[StoryLine], what: str) -> str | None:
        """The chapter summary of `lines` ("" for none); None when the model failed (the
        next upkeep tries again)."""
        if not lines:
            return ""
        try:
            return await self._generate(chapter_messages(lines), SUMMARY_SAMPLING)
        except LLMError as exc:
            log.warning("chapter summary failed, retried later: %s error=%s", what, exc)
            return None

    @for_campaign("scene")
    async def summarize_left_posts(self, scene: Scene) -> int:
        """Summarise the scene's posts before the window start not yet in a chapter."""
        window_start = scene.runtime.window_start
        done = await self.store.memory.summarized_through(scene.id)
        if window_start - 1 <= done:
            return 0
        generation = self._generation.get(scene.campaign_id, 0)
        names = await self._names(scene.id)
        posts = await self.store.posts.story_between(scene.id, done + 1, window_start - 1)
        lines = story_lines(posts, names)
        chunks = chunk_lines(lines, self.budgets.chapter_input, self.count) or [[]]
        made = 0
        first = done + 1
        for index, chunk in enumerate(chunks):
            last = chunks[index + 1][0].seq - 1 if index + 1 < len(chunks) else window_start - 1
            text = await self._chapter_text(chunk, f"scene={scene.id}")
            if text is None:
                return made
            if self._generation.get(scene.campaign_id, 0) != generation:
                return made  # the story was redacted meanwhile; the next upkeep redoes it
            await self.store.memory.add_chapter(
                campaign_id=scene.campaign_id, scene_id=scene.id, first_seq=first,
                last_seq=last, content=text, now=self.clock(),
            )
            log.info("chapter summarised: scene=%d seq=%d-%d chars=%d",
                     scene.id, first, last, len(text))
            made += 1
            first = last + 1
        return made

    @for_campaign("campaign_id")
    async def refresh_stale(self, campaign_id: int) -> int:
        """Recompute chapters whose posts changed, then the chronicle if it holds one."""
        async with self._lock(self._summary_locks, campaign_id):
            generation = self._generation.get(campaign_id, 0)
            # Only the stale ones are read: this runs after every turn.
            waiting = await self.store.memory.stale(campaign_id)
            stale = [s for s in waiting if s.level == CHAPTER]
            redone = 0
            for chapter in stale:
                assert chapter.scene_id is not None
                names = await self._names(chapter.scene_id)
                posts = await self.store.posts.story_between(
                    chapter.scene_id, chapter.first_seq, chapter.last_seq
                )
                text = await self._chapter_text(story_lines(posts, names),
                                                f"chapter={chapter.id}")
                if text is None:
                    return redone
                if self._generation.get(campaign_id, 0) != generation:
                    return redone
                await self.store.memory.set_content(chapter.id, text, self.clock())
                redone += 1
            if any(s.level == CHRONICLE for s in waiting):
                rolled = [s for s in await self.store.memory.of_campaign(campaign_id)
                          if s.level == CHAPTER and s.in_chronicle]
                if not await self._write_chronicle(campaign_id, "", rolled, generation):
                    return redone
                redone += 1
            if redone:
                await self.store.memory.clear_snapshots(campaign_id)
                log.info("stale summaries recomputed: campaign=%d count=%d", campaign_id, redone)
            return redone

    @for_campaign("campaign_id")
    async def roll_chronicle(self, campaign_id: int) -> bool:
        """Fold the oldest waiting chapters into the chronicle once enough have piled up."""
        async with self._lock(self._summary_locks, campaign_id):
            summaries = await self.store.memory.unrolled(campaign_id)  # bounded
            to_roll = chapters_to_roll(summaries)
            if not to_roll:
                return False
            chronicle = next((s for s in summaries if s.level == CHRONICLE), None)
            return await self._write_chronicle(
                campaign_id, chronicle.content if chronicle else "", to_roll,
                self._generation.get(campaign_id, 0),
            )

    async def _write_chronicle(
        self, campaign_id: int, previous: str, chapters: Sequence[Summary], generation: int
    ) -> bool:
        text = previous
        # A few chapters per request keeps each request small whatever the backlog.
        for start in range(0, len(chapters), 4):
            batch = [c.content for c in chapters[start:start + 4] if c.content]
            if not batch:
                continue
            try:
                text = await self._generate(chronicle_messages(text, batch), SUMMARY_SAMPLING)
            except LLMError as exc:
                log.warning("chronicle not updated: campaign=%d error=%s", campaign_id, exc)
                return False
        if self._generation.get(campaign_id, 0) != generation:
            return False
        await self.store.memory.set_chronicle(
            campaign_id, text, [c.id for c in chapters], self.clock()
        )
        log.info("chronicle updated: campaign=%d chapters=%d", campaign_id, len(chapters))
        return True

    async def memory_for(self, scene_id: int) -> str:
        """The memory section for the scene's prompt, fixed until the window folds."""
        return await self._memory_section(await self.store.scenes.get(scene_id))

    async def _memory_section(self, scene: Scene) -> str:
        window_start = scene.runtime.window_start
        snapshot = await self.store.memory.snapshot(scene.id)
        if snapshot is not None and snapshot[0] == window_start:
            return snapshot[1]
        summaries = await self.store.memory.unrolled(scene.campaign_id)
        text = memory_text(summaries, self.budgets.memory, self.count)
        await self.store.memory.save_snapshot(scene.id, window_start, text, self.clock())
        return text

    # -- recall ----------------------------------------------------------------------------
