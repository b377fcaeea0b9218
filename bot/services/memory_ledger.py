"""The ledger of salient details, kept per campaign in the background; a turn only reads it.

After each narration `refresh` reads the posts written since (term frequencies grow
post by post), re-scores a shortlist of the most specific sentences, and now and then
ranks every sentence again (scores only fall as a campaign grows, so the shortlist
holds the best between full rankings). A post edited, withdrawn or removed changes
the campaign's fingerprint (and a retcon or /forget calls `forget`): the campaign's
state is then rebuilt from the live posts, so nothing withdrawn comes back.

The section a turn shows is frozen per window start, like the memory section beside it
in the system message: it changes only when the window folds, which already makes a
prefix cache start again, so the ledger costs prefix reuse nothing. It leaves out the
sentences of posts still in the scene's window (the history shows them).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from itertools import chain

from bot.engine.memory.ledger import (
    CountTokens,
    TermCounts,
    Unit,
    post_terms,
    ranked,
    render,
    units_of,
)
from bot.models import Post, Scene
from bot.services.action_recall import speaker
from bot.store import Store

log = logging.getLogger(__name__)

HEADING = "# Details established earlier (round, who: what)"
READ_BATCH = 500  # posts per statement (and per trip to a worker thread) while catching up
# Sentences ranked and kept between refreshes: several budgets' worth, since the newest
# ones (their words not yet repeated) rank high and are left out while in the window.
SHORTLIST = 400
# Everything is ranked again once the campaign has grown by this share since the last time.
RERANK_GROWTH = 0.1

Names = Callable[[int], Awaitable[dict[str, str]]]


@dataclass
class _Ledger:
    """One campaign's term counts and best sentences, as of `last_id`. Only the shortlist's
    sentences stay in memory: a full ranking reads the posts again."""

    epoch: int
    counts: TermCounts = field(default_factory=TermCounts)
    posts: int = 0  # live posts read
    last_id: int = 0
    revision: int = -1  # the campaign's posts revision when last read
    latest_edit: float = 0.0  # of the posts read
    best: list[Unit] = field(default_factory=list)
    ranked_at_docs: int = 0


@dataclass(frozen=True)
class _Shown:
    campaign_id: int
    window_start: int
    epoch: int
    text: str


class MemoryLedger:
    """The ledgers of every campaign: one per bot, held by the memory service."""

    def __init__(self, store: Store, count: CountTokens, budget: int, names: Names) -> None:
        self.store = store
        self.count = count
        self.budget = budget
        self.names = names
        self._ledgers: dict[int, _Ledger] = {}
        self._shown: dict[int, _Shown] = {}  # by scene
        self._locks: dict[int, asyncio.Lock] = {}
        self._epochs = 0
        self._forgotten: dict[int, int] = {}  # by campaign: a refresh begun before is void

    # -- the turn path: reads only ------------------------------------------------------

    def section(self, scene: Scene) -> str:
        """The scene's ledger section, frozen while its window start stays; "" until the
        campaign's ledger has been read once."""
        ledger = self._ledgers.get(scene.campaign_id)
        if ledger is None or self.budget <= 0:
            return ""
        window_start = scene.runtime.window_start
        shown = self._shown.get(scene.id)
        if shown is not None and shown.window_start == window_start \
                and shown.epoch == ledger.epoch:
            return shown.text

        def in_window(unit: Unit) -> bool:
            return unit.scene_id == scene.id and unit.seq >= window_start

        body = render(ledger.best, self.budget - self.count(HEADING) - 2, self.count, in_window)
        text = f"{HEADING}\n{body}" if body else ""
        self._shown[scene.id] = _Shown(scene.campaign_id, window_start, ledger.epoch, text)
        return text

    # -- background upkeep -----------------------------------------------------------------

    def forget(self, campaign_id: int) -> None:
        """The campaign's story lost text: show nothing of it until it is read afresh."""
        self._ledgers.pop(campaign_id, None)
        self._forgotten[campaign_id] = self._forgotten.get(campaign_id, 0) + 1
        for scene_id in [s for s, shown in self._shown.items() if shown.campaign_id == campaign_id]:
            del self._shown[scene_id]

    async def refresh(self, campaign_id: int) -> None:
        """Catch the campaign's ledger up with its posts (rebuilt when one changed)."""
        async with self._locks.setdefault(campaign_id, asyncio.Lock()):
            forgotten = self._forgotten.get(campaign_id, 0)
            ledger = self._ledgers.get(campaign_id)
            revision = await self.store.ledger.revision(campaign_id)
            if ledger is not None and revision != ledger.revision \
                    and not await self._unchanged(campaign_id, ledger):
                ledger = None
            if ledger is None:
                self._epochs += 1
                ledger = _Ledger(epoch=self._epochs)
            ledger.revision = revision
            full = not ledger.best or ledger.last_id == 0 \
                or ledger.counts.docs >= ledger.ranked_at_docs * (1 + RERANK_GROWTH)
            fresh = await self._read_new(campaign_id, ledger, keep=not full)
            if full or ledger.counts.docs >= ledger.ranked_at_docs * (1 + RERANK_GROWTH):
                best = await self._rank_all(campaign_id, ledger)
            else:
                best = await asyncio.to_thread(
                    ranked, [*ledger.best, *fresh], ledger.counts, SHORTLIST)
            if self._forgotten.get(campaign_id, 0) != forgotten:
                return  # it read text withdrawn meanwhile: the next refresh starts afresh
            ledger.best = best
            self._ledgers[campaign_id] = ledger

    async def _unchanged(self, campaign_id: int, ledger: _Ledger) -> bool:
        """Whether the posts read so far are all still live and unedited."""
        live, latest_edit = await self.store.ledger.fingerprint(campaign_id, ledger.last_id)
        return live == ledger.posts and latest_edit <= ledger.latest_edit

    async def _read_new(self, campaign_id: int, ledger: _Ledger, *, keep: bool) -> list[Unit]:
        """Count the terms of the posts written since; their sentences when `keep`."""
        fresh: list[Unit] = []
        names: dict[int, dict[str, str]] = {}
        while posts := await self.store.ledger.story_after(campaign_id, ledger.last_id,
                                                           READ_BATCH):
            # Cutting and stemming is CPU work: in a thread, so turns keep running.
            cut = await asyncio.to_thread(self._cut, posts, await self._names_of(posts, names))
            for post, units in zip(posts, cut, strict=True):
                ledger.counts.add(post_terms(units))
                ledger.posts += 1
                ledger.latest_edit = max(ledger.latest_edit, post.edited_at or 0.0)
                if keep:
                    fresh += units
            ledger.last_id = posts[-1].id
        return fresh

    async def _rank_all(self, campaign_id: int, ledger: _Ledger) -> list[Unit]:
        """Every sentence up to `last_id` ranked by today's counts, a batch at a time."""
        best: list[Unit] = []
        names: dict[int, dict[str, str]] = {}
        after = 0
        while posts := await self.store.ledger.story_after(
                campaign_id, after, READ_BATCH, through_id=ledger.last_id):
            cut = await asyncio.to_thread(self._cut, posts, await self._names_of(posts, names))
            units = [*best, *chain.from_iterable(cut)]
            best = await asyncio.to_thread(ranked, units, ledger.counts, SHORTLIST)
            after = posts[-1].id
        ledger.ranked_at_docs = ledger.counts.docs
        return best

    async def _names_of(
        self, posts: list[Post], names: dict[int, dict[str, str]]
    ) -> dict[int, dict[str, str]]:
        for scene_id in {p.scene_id for p in posts} - names.keys():
            names[scene_id] = await self.names(scene_id)
        return names

    @staticmethod
    def _cut(posts: list[Post], names: dict[int, dict[str, str]]) -> list[list[Unit]]:
        return [units_of(post_id=p.id, scene_id=p.scene_id, seq=p.seq, round_no=p.round_no,
                         speaker=speaker(p, names[p.scene_id]), text=p.content)
                for p in posts]
