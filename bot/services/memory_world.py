"""The world state: read, extracted from each turn by the model, edited by GMs, rebuilt."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from pydantic import ValidationError

from bot.engine.memory.edits import WorldEdit, apply_edit, apply_edits
from bot.engine.memory.jsonfix import extract_json
from bot.engine.memory.prompts import extraction_messages
from bot.engine.memory.summaries import StoryLine, chunk_lines
from bot.engine.memory.world import WorldState, merge, parse_update
from bot.llm.base import LLMError
from bot.services.backend_scope import for_campaign
from bot.services.memory_core import EXTRACTION_SAMPLING, MemoryCore, story_lines
from bot.services.turns import TurnReads

log = logging.getLogger(__name__)


class WorldKeeping(MemoryCore):
    async def world(self, campaign_id: int, reads: TurnReads | None = None) -> WorldState:
        """The campaign's world state; `reads`: a turn's, which shares the read."""
        if reads is None:
            raw, _ = await self.store.world.get(campaign_id)
        else:
            raw, _ = await reads.once(("world", campaign_id),
                                      lambda: self.store.world.get(campaign_id))
        try:
            return WorldState.model_validate(raw)
        except ValidationError:  # only validated states are written; be safe anyway
            log.error("stored world state unreadable, using empty: campaign=%d", campaign_id)
            return WorldState()

    @for_campaign("campaign_id")
    async def extract_world(
        self, campaign_id: int, lines: Sequence[StoryLine], characters: Sequence[str],
        *, generation: int | None = None,
    ) -> bool:
        """Ask the model what the turn changed and merge it; False when nothing was merged.
        `generation`: the campaign's when the turn was read; a retcon or /forget since
        means the lines may hold removed text, and nothing is asked."""
        if generation is None:
            generation = self._generation.get(campaign_id, 0)
        elif generation != self._generation.get(campaign_id, 0):
            return False
        state = await self.world(campaign_id)
        try:
            raw = await self._generate(
                extraction_messages(state, lines, characters), EXTRACTION_SAMPLING
            )
        except LLMError as exc:
            log.warning("world-state extraction failed: campaign=%d error=%s", campaign_id, exc)
            return False
        return await self.merge_report(campaign_id, raw, generation)

    async def merge_report(self, campaign_id: int, raw: str, generation: int) -> bool:
        data = extract_json(raw)
        if data is None:
            log.warning("world-state extraction unreadable, state unchanged: campaign=%d "
                        "chars=%d", campaign_id, len(raw))
            return False
        update, problems = parse_update(data)
        if problems:
            log.warning("world-state extraction partly invalid: campaign=%d problems=%s",
                        campaign_id, "; ".join(problems[:6]))
        if update.is_empty():
            return False
        async with self._lock(self._world_locks, campaign_id):
            if self._generation.get(campaign_id, 0) != generation:
                return False
            state = merge(await self.world(campaign_id), update)
            await self.store.world.save(campaign_id, state.model_dump(), self.clock())
        return True

    async def edit_world(self, campaign_id: int, edit: WorldEdit) -> WorldState:
        """Apply a GM's edit (raises WorldEditError) and keep it for rebuilds."""
        async with self._lock(self._world_locks, campaign_id):
            _, edits = await self.store.world.get(campaign_id)
            state = apply_edit(await self.world(campaign_id), edit)
            await self.store.world.save(
                campaign_id, state.model_dump(), self.clock(), gm_edits=[*edits, edit.to_dict()]
            )
            return state

    @for_campaign("campaign_id")
    async def rebuild_world(self, campaign_id: int) -> bool:
        """Read the world state afresh from the (redacted) story, then replay the GM's edits."""
        async with self._lock(self._world_locks, campaign_id):
            generation = self._generation.get(campaign_id, 0)
            state = WorldState()
            for scene in await self.store.scenes.of_campaign(campaign_id, open_only=False):
                names = await self._names(scene.id)
                characters = sorted({n for n in names.values() if n != "[removed]"})
                lines = story_lines(await self.store.posts.of_scene(scene.id), names)
                for chunk in chunk_lines(lines, self.budgets.chapter_input, self.count):
                    try:
                        raw = await self._generate(
                            extraction_messages(state, chunk, characters), EXTRACTION_SAMPLING
                        )
                    except LLMError as exc:
                        log.warning("world rebuild stopped: campaign=%d error=%s",
                                    campaign_id, exc)
                        return False
                    data = extract_json(raw)
                    if data is not None:
                        state = merge(state, parse_update(data)[0])
            _, edits = await self.store.world.get(campaign_id)
            state = apply_edits(state, [WorldEdit.from_dict(e) for e in edits])
            if self._generation.get(campaign_id, 0) != generation:
                return False
            await self.store.world.save(campaign_id, state.model_dump(), self.clock())
            log.info("world state rebuilt: campaign=%d", campaign_id)
            return True
