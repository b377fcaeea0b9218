"""Long-term memory, the shell: summaries, world state, recall, recaps and privacy.

Nothing here delays a turn. After each narration the observer only schedules
background tasks (world-state extraction; chapter summaries of posts that left
the window, chronicle roll-up, recomputing stale summaries); `aclose()` cancels
them at shutdown. The contributor reads what those tasks stored:

- `memory` (system message): the chronicle and chapter summaries, frozen per
  window start in a snapshot, so it changes only when the window folds (or a
  retcon invalidates a summary);
- `this_turn` (after the round, never kept in the history): old posts and summaries
  recalled by a bounded FTS5 search for this round, and the world-state entries it touches.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from bot.cards.shelf import CardShelf
from bot.engine.budgets import WindowBudgets
from bot.engine.memory.edits import WorldEdit, apply_edit, apply_edits
from bot.engine.memory.jsonfix import extract_json
from bot.engine.memory.prompts import (
    EXTRACTION_SCHEMA,
    chapter_messages,
    chronicle_messages,
    extraction_messages,
    recap_messages,
)
from bot.engine.memory.render import entry_lines, relevant_entries
from bot.engine.memory.retrieval import budget_found, fuse, recall_query
from bot.engine.memory.summaries import (
    CHAPTER,
    CHRONICLE,
    StoryLine,
    Summary,
    chapters_to_roll,
    chunk_lines,
    memory_text,
)
from bot.engine.memory.world import WorldState, merge, parse_update, without_character
from bot.engine.prompt import truncate_to_tokens
from bot.llm.base import LLMBackend, LLMError, SamplingSettings, complete
from bot.models import NARRATOR_KINDS, STORY_KINDS, ChatMessage, Post, PostKind, Scene
from bot.services.action_recall import (
    ActionRecall,
    Prefetch,
    action_recall,
    found_post,
    fused_lists,
)
from bot.services.persona import narrator_card_async, persona_from_card
from bot.services.turns import Contribution, TurnContext
from bot.store import Store
from bot.store.rows import Redaction

if TYPE_CHECKING:
    from bot.services.semantic import SemanticRecall

log = logging.getLogger(__name__)

SUMMARY_SAMPLING = SamplingSettings(temperature=0.3, max_tokens=350)
EXTRACTION_SAMPLING = SamplingSettings(
    temperature=0.1, max_tokens=700, json_schema=EXTRACTION_SCHEMA
)
RECAP_SAMPLING = SamplingSettings(temperature=0.7, max_tokens=450)
FORGOTTEN_CHARACTER = "a former companion"


@dataclass(frozen=True)
class MemoryBudgets:
    memory: int = 900  # chronicle + chapters, in the system message
    recall: int = 350  # recalled old events, after the history
    world: int = 200  # world-state entries, after the history
    chapter_input: int = 1500  # posts per chapter summary request
    recap_input: int = 1500

    @classmethod
    def for_window(cls, budgets: WindowBudgets) -> MemoryBudgets:
        return cls(
            memory=budgets.memory, recall=budgets.recall, world=budgets.world,
            chapter_input=budgets.summary_input, recap_input=budgets.summary_input,
        )


class MemoryService:
    def __init__(
        self, store: Store, backend: LLMBackend, *, cards_dir: CardShelf | Path,
        clock: Callable[[], float], budgets: MemoryBudgets | None = None,
        semantic: SemanticRecall | None = None,
    ) -> None:
        self.semantic = semantic
        self.store = store
        self.backend = backend
        self.cards_dir = cards_dir
        self.clock = clock
        self.budgets = budgets or MemoryBudgets()
        self.count = backend.count_tokens
        self._tasks: set[asyncio.Task[Any]] = set()
        self._upkeep: dict[int, asyncio.Task[Any]] = {}  # per scene
        self._indexing: asyncio.Task[Any] | None = None
        self._prefetch_cache = Prefetch()
        self._world_locks: dict[int, asyncio.Lock] = {}
        self._summary_locks: dict[int, asyncio.Lock] = {}
        # Bumped by /forget me: work begun before it must not store what it read.
        self._generation: dict[int, int] = {}
        self.closed = False

    # -- background work -------------------------------------------------------------

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> asyncio.Task[Any] | None:
        if self.closed:
            coro.close()
            return None
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            # Background upkeep must never take the bot down; it is redone later.
            log.error("memory task failed: task=%s", task.get_name(),
                      exc_info=task.exception())

    async def drain(self) -> None:
        """Wait until no background work is left (tests, benchmarks, graceful shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def aclose(self) -> None:
        """Cancel background work; what it had not stored is redone after the next start."""
        self.closed = True
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _lock(self, locks: dict[int, asyncio.Lock], campaign_id: int) -> asyncio.Lock:
        return locks.setdefault(campaign_id, asyncio.Lock())

    async def _generate(self, messages: list[ChatMessage], sampling: SamplingSettings) -> str:
        return (await complete(self.backend, messages, sampling)).strip()

    # -- after a narration ---------------------------------------------------------

    def after_narration(self, ctx: TurnContext, post: Post) -> None:
        """Schedule extraction and summary upkeep; returns at once."""
        lines = [
            StoryLine(p.seq, _speaker(p, ctx.names), p.content)
            for p in [*ctx.round_posts, post]
            if p.kind in STORY_KINDS
        ]
        characters = [ctx.names[p.player_id] for p in ctx.participants]
        campaign_id = ctx.campaign.id
        self.spawn(self.extract_world(campaign_id, lines, characters), f"extract:{campaign_id}")
        self.schedule_indexing()
        self.schedule_upkeep(ctx.scene.id)

    def schedule_indexing(self) -> None:
        """Bring the entity index up to the newest post, one task at a time."""
        if self._indexing is None or self._indexing.done():
            self._indexing = self.spawn(self._index(), "index-memory")

    async def _index(self) -> None:
        await self.store.entities.index_all()
        if self.semantic is not None:
            await self.semantic.index()

    def schedule_upkeep(self, scene_id: int) -> None:
        """Summarise what left the window and recompute stale summaries, one task per scene."""
        running = self._upkeep.get(scene_id)
        if running is not None and not running.done():
            return
        task = self.spawn(self.upkeep(scene_id), f"upkeep:{scene_id}")
        if task is not None:
            self._upkeep[scene_id] = task

    async def upkeep(self, scene_id: int) -> None:
        scene = await self.store.scenes.get(scene_id)
        await self.summarize_left_posts(scene)
        await self.refresh_stale(scene.campaign_id)
        await self.roll_chronicle(scene.campaign_id)

    # -- chapter summaries and the chronicle ----------------------------------------

    async def _names(self, scene_id: int) -> dict[str, str]:
        everyone = await self.store.seats.of_scene(scene_id, active_only=False)
        return {p.player_id: p.character_name or p.player_name for p in everyone}

    async def summarize_left_posts(self, scene: Scene) -> int:
        """Summarise the scene's posts before the window start not yet in a chapter."""
        window_start = scene.runtime.window_start
        done = await self.store.memory.summarized_through(scene.id)
        if window_start - 1 <= done:
            return 0
        generation = self._generation.get(scene.campaign_id, 0)
        names = await self._names(scene.id)
        posts = await self.store.posts.story_between(scene.id, done + 1, window_start - 1)
        lines = [StoryLine(p.seq, _speaker(p, names), p.content) for p in posts]
        chunks = chunk_lines(lines, self.budgets.chapter_input, self.count) or [[]]
        made = 0
        first = done + 1
        for index, chunk in enumerate(chunks):
            last = chunks[index + 1][0].seq - 1 if index + 1 < len(chunks) else window_start - 1
            text = ""
            if chunk:
                try:
                    text = await self._generate(chapter_messages(chunk), SUMMARY_SAMPLING)
                except LLMError as exc:
                    log.warning("chapter summary failed, retried later: scene=%d error=%s",
                                scene.id, exc)
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

    async def refresh_stale(self, campaign_id: int) -> int:
        """Recompute chapters whose posts changed, then the chronicle if it holds one."""
        async with self._lock(self._summary_locks, campaign_id):
            generation = self._generation.get(campaign_id, 0)
            everything = await self.store.memory.of_campaign(campaign_id, include_stale=True)
            stale = [s for s in everything if s.stale and s.level == CHAPTER]
            redone = 0
            for chapter in stale:
                assert chapter.scene_id is not None
                names = await self._names(chapter.scene_id)
                posts = await self.store.posts.story_between(
                    chapter.scene_id, chapter.first_seq, chapter.last_seq
                )
                lines = [StoryLine(p.seq, _speaker(p, names), p.content) for p in posts]
                text = ""
                if lines:
                    try:
                        text = await self._generate(chapter_messages(lines), SUMMARY_SAMPLING)
                    except LLMError as exc:
                        log.warning("stale chapter not recomputed: id=%d error=%s",
                                    chapter.id, exc)
                        return redone
                if self._generation.get(campaign_id, 0) != generation:
                    return redone
                await self.store.memory.set_content(chapter.id, text, self.clock())
                redone += 1
            chronicle = next((s for s in everything if s.level == CHRONICLE), None)
            if chronicle is not None and chronicle.stale:
                rolled = [s for s in await self.store.memory.of_campaign(campaign_id)
                          if s.level == CHAPTER and s.in_chronicle]
                if not await self._write_chronicle(campaign_id, "", rolled, generation):
                    return redone
                redone += 1
            if redone:
                await self.store.memory.clear_snapshots(campaign_id)
                log.info("stale summaries recomputed: campaign=%d count=%d", campaign_id, redone)
            return redone

    async def roll_chronicle(self, campaign_id: int) -> bool:
        """Fold the oldest waiting chapters into the chronicle once enough have piled up."""
        async with self._lock(self._summary_locks, campaign_id):
            summaries = await self.store.memory.of_campaign(campaign_id)
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

    def action_stored(self, scene: Scene, post: Post) -> None:
        """Start the action's recall now, in the background: its narration takes it."""
        if post.kind != PostKind.ACTION or self.closed:
            return
        task = self.spawn(self._prefetch(scene, post), f"recall:{post.id}")
        if task is not None:
            self._prefetch_cache.keep(post, task)

    async def _prefetch(self, scene: Scene, post: Post) -> ActionRecall:
        names = await self._names(scene.id)
        return await action_recall(self.store, scene.campaign_id, post, names,
                                   scene.runtime.window_start, self.semantic)

    async def recalled(
        self, ctx: TurnContext, memory: str, threads: Sequence[str] = ()
    ) -> str:
        """Old posts and summaries relevant to this round, within the recall budget: what
        each action's words, entities and meaning lead to (started when it was stored),
        and the open threads' words; each line says its round."""
        window_start = ctx.scene.runtime.window_start

        async def of(post: Post) -> ActionRecall:
            ready = await self._prefetch_cache.take(post, window_start)
            if ready is not None:
                return ready
            return await action_recall(self.store, ctx.campaign.id, post, ctx.names,
                                       window_start, self.semantic)

        action_posts = [p for p in ctx.round_posts if p.kind == PostKind.ACTION]
        results = list(await asyncio.gather(*(of(p) for p in action_posts)))
        lists, weights = fused_lists(results)
        # The open threads (or, when nobody acted, the last narration) are searched too.
        context = list(threads[:2]) if action_posts else [p.content for p in ctx.history[-1:]]
        queries = [q for q in (recall_query(t) for t in context) if q is not None]
        if queries:
            hits = await self.store.recall.posts(
                ctx.campaign.id, queries, limit=24, exclude_scene=ctx.scene.id,
                exclude_from_seq=window_start)
            lists += [[found_post(h.post, ctx.names) for h in found] for found in hits]
        summaries = [f for r in results for f in r.summaries if f.text not in memory]
        fused = fuse(*lists, summaries, weights=weights)
        return budget_found(fused, self.budgets.recall, self.count, per_item=80)

    async def contribute(self, ctx: TurnContext) -> Contribution:
        memory, state = await asyncio.gather(
            self._memory_section(ctx.scene), self.world(ctx.campaign.id)
        )
        contribution = Contribution(memory=[memory] if memory else [])
        threads = [f"{t.name} {t.notes}" for t in state.threads if t.status == "open"][:4]
        recalled = await self.recalled(ctx, memory, threads)
        if recalled:
            contribution.this_turn.append(recalled)
        texts = [p.content for p in ctx.round_posts] + [p.content for p in ctx.history[-3:]][::-1]
        entries = relevant_entries(
            state, texts, [ctx.names[p.player_id] for p in ctx.participants],
            self.budgets.world, self.count,
        )
        if entries:
            contribution.this_turn.append(entries)
        return contribution

    # -- world state ----------------------------------------------------------------------

    async def world(self, campaign_id: int) -> WorldState:
        raw, _ = await self.store.world.get(campaign_id)
        try:
            return WorldState.model_validate(raw)
        except ValidationError:  # only validated states are written; be safe anyway
            log.error("stored world state unreadable, using empty: campaign=%d", campaign_id)
            return WorldState()

    async def extract_world(
        self, campaign_id: int, lines: Sequence[StoryLine], characters: Sequence[str]
    ) -> bool:
        """Ask the model what the turn changed and merge it; False when nothing was merged."""
        generation = self._generation.get(campaign_id, 0)
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

    async def rebuild_world(self, campaign_id: int) -> bool:
        """Read the world state afresh from the (redacted) story, then replay the GM's edits."""
        async with self._lock(self._world_locks, campaign_id):
            generation = self._generation.get(campaign_id, 0)
            state = WorldState()
            for scene in await self.store.scenes.of_campaign(campaign_id, open_only=False):
                names = await self._names(scene.id)
                characters = sorted({n for n in names.values() if n != "[removed]"})
                posts = [p for p in await self.store.posts.of_scene(scene.id)
                         if p.kind in STORY_KINDS]
                lines = [StoryLine(p.seq, _speaker(p, names), p.content) for p in posts]
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

    # -- recaps --------------------------------------------------------------------------------

    async def _voice(self, campaign_id: int) -> tuple[str, str]:
        campaign = await self.store.campaigns.get(campaign_id)
        card = await narrator_card_async(self.cards_dir, campaign.narrator_card)
        persona = persona_from_card(card)
        voice = truncate_to_tokens(
            "\n".join(p for p in (persona.description, persona.personality) if p), 300,
            self.count,
        )
        return persona.name or "the narrator", voice

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
            kept.append(StoryLine(post.seq, _speaker(post, names), post.content))
            used += size
        return kept[::-1]

    # -- privacy -----------------------------------------------------------------------------

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
            self._generation[campaign_id] = self._generation.get(campaign_id, 0) + 1
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


class MemoryContributor:
    """Plugs memory into the prompt."""

    def __init__(self, memory: MemoryService) -> None:
        self.memory = memory

    async def contribute(self, ctx: TurnContext) -> Contribution:
        return await self.memory.contribute(ctx)


class MemoryObserver:
    """Hears each stored narration and schedules memory upkeep in the background."""

    def __init__(self, memory: MemoryService) -> None:
        self.memory = memory

    async def narrated(self, ctx: TurnContext, post: Post) -> None:
        self.memory.after_narration(ctx, post)

    def action_stored(self, scene: Scene, post: Post) -> None:
        self.memory.action_stored(scene, post)

    async def aclose(self) -> None:
        await self.memory.aclose()


def _speaker(post: Post, names: dict[str, str]) -> str:
    if post.kind in NARRATOR_KINDS:
        return post.author_name
    return names.get(post.author_id, post.author_name)
