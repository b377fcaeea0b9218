"""The memory service's base: its parts, its background tasks, and how it asks the model.

The memory service is assembled from one module per job (chapters and chronicle,
world state, recaps, privacy; recall in `bot.services.memory`); each builds on this.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.cards.shelf import CardShelf
from bot.engine.budgets import WindowBudgets
from bot.engine.memory.prompts import EXTRACTION_SCHEMA
from bot.engine.memory.summaries import StoryLine
from bot.llm.base import ChatMessage, LLMBackend, SamplingSettings, complete
from bot.models import STORY_KINDS, Post
from bot.services.action_recall import Prefetch, speaker
from bot.services.memory_ledger import MemoryLedger
from bot.store import Store

if TYPE_CHECKING:
    from bot.services.semantic import SemanticRecall

log = logging.getLogger(__name__)

SUMMARY_SAMPLING = SamplingSettings(temperature=0.3, max_tokens=350)
EXTRACTION_SAMPLING = SamplingSettings(
    temperature=0.1, max_tokens=700, json_schema=EXTRACTION_SCHEMA
)
RECAP_SAMPLING = SamplingSettings(temperature=0.7, max_tokens=450)
# Indexing spawned by a narration waits this long, so that its write never holds up the
# rest of the turn (the other observers' statements); players take seconds to act anyway.
UPKEEP_GRACE_S = 0.05


@dataclass(frozen=True)
class MemoryBudgets:
    memory: int = 900  # chronicle + chapters, in the system message
    recall: int = 350  # recalled old events, after the history
    world: int = 200  # world-state entries, after the history
    chapter_input: int = 1500  # posts per chapter summary request
    recap_input: int = 1500
    ledger: int = 900  # salient details, in the system message (memory_ledger.py)

    @classmethod
    def for_window(cls, budgets: WindowBudgets) -> MemoryBudgets:
        return cls(
            memory=budgets.memory, recall=budgets.recall, world=budgets.world,
            chapter_input=budgets.summary_input, recap_input=budgets.summary_input,
            ledger=budgets.ledger,
        )


class MemoryCore:
    def __init__(
        self, store: Store, backend: LLMBackend, *, cards_dir: CardShelf | Path,
        clock: Callable[[], float], budgets: MemoryBudgets | None = None,
        semantic: SemanticRecall | None = None, upkeep_grace_s: float = UPKEEP_GRACE_S,
    ) -> None:
        self.upkeep_grace_s = upkeep_grace_s
        self._hurry = asyncio.Event()  # set while someone drains the background work
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
        # Bumped by /forget me and retcons: work begun before must not store what it read.
        self._generation: dict[int, int] = {}
        self.ledger = MemoryLedger(store, self.count, self.budgets.ledger, self._names)
        self._ledger_refresh: dict[int, asyncio.Task[Any]] = {}  # per campaign
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
        self._hurry.set()
        try:
            while self._tasks:
                await asyncio.gather(*list(self._tasks), return_exceptions=True)
        finally:
            self._hurry.clear()

    async def aclose(self) -> None:
        """Cancel background work; what it had not stored is redone after the next start."""
        self.closed = True
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def story_changed(self, campaign_id: int) -> None:
        """The campaign's story lost or changed text: work that read it before (an
        extraction waiting on the model) must not store what it read."""
        self._generation[campaign_id] = self._generation.get(campaign_id, 0) + 1
        self.ledger.forget(campaign_id)
        self.schedule_ledger(campaign_id)

    def schedule_ledger(self, campaign_id: int) -> None:
        """Catch the campaign's ledger of details up, after the turn; one task at a time
        (a refresh asked for while one runs is folded into the next narration's)."""
        running = self._ledger_refresh.get(campaign_id)
        if running is not None and not running.done():
            return
        task = self.spawn_after_turn(self.ledger.refresh(campaign_id), f"ledger:{campaign_id}")
        if task is not None:
            self._ledger_refresh[campaign_id] = task

    def _lock(self, locks: dict[int, asyncio.Lock], campaign_id: int) -> asyncio.Lock:
        return locks.setdefault(campaign_id, asyncio.Lock())

    async def _generate(self, messages: list[ChatMessage], sampling: SamplingSettings) -> str:
        return (await complete(self.backend, messages, sampling)).strip()

    def spawn_after_turn(
        self, coro: Coroutine[Any, Any, Any], name: str
    ) -> asyncio.Task[Any] | None:
        """Spawn work that must wait until the turn that started it is over."""

        async def later() -> Any:
            try:
                # Whoever drains the background work wants it now: the grace ends early.
                await asyncio.wait_for(self._hurry.wait(), self.upkeep_grace_s)
            except TimeoutError:
                pass
            return await coro

        if self.closed:
            coro.close()
            return None
        task = self.spawn(later(), name)
        if task is not None:
            # Cancelled in its grace, or before it ever ran: the work it wraps never starts
            # and is closed here (no "never awaited" warning); after a run, a no-op.
            task.add_done_callback(lambda _: coro.close())
        return task

    async def _names(self, scene_id: int) -> dict[str, str]:
        everyone = await self.store.seats.of_scene(scene_id, active_only=False)
        return {p.player_id: p.character_name or p.player_name for p in everyone}


def story_lines(posts: Iterable[Post], names: dict[str, str]) -> list[StoryLine]:
    """The story posts among `posts` as the model reads them, each with its speaker."""
    return [StoryLine(p.seq, speaker(p, names), p.content) for p in posts
            if p.kind in STORY_KINDS]
