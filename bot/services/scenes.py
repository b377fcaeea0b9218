"""Playing a scene: actions in, narrations out, everything stored first.

Order of durability: a player's post is written before anything reacts to it;
a narration is written only once complete, in the same transaction that opens
the next round. A crash therefore loses neither, and never stores half a
narration as canon: on restart the round is simply still waiting for its
narration.

`SceneService` coordinates a turn; each job is its own part: the opening
(`openings`), the prompt (`turn_prompt`), generating and vetting (`vetting`), and
storing the result (`narration_store`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.cards.shelf import CardShelf
from bot.engine.prompt import Budgets
from bot.llm.base import LLMBackend
from bot.models import (
    Campaign,
    Post,
    PostKind,
    Scene,
)
from bot.services.backend_scope import for_campaign
from bot.services.narration_store import NarrationRecorder
from bot.services.openings import SceneOpenings
from bot.services.roll_requests import take_requests
from bot.services.sinks import CollectingSink, NarrationSink
from bot.services.turn_prompt import TurnPrompt, TurnPromptBuilder
from bot.services.turns import (
    NarrationCheck,
    NarrationObserver,
    PromptContributor,
    TurnContext,
)
from bot.services.usage import QuotaReached, charged_to, scope_of
from bot.services.vetting import NarrationVetter, VettedNarration
from bot.store import RoundAlreadyNarrated, Store

__all__ = ["NarrationSink", "SceneService", "StaleDraft", "VettedNarration"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TurnTimings:
    """Where the last narration's time went (the sink's time counts as generation)."""

    prepare_ms: float = 0.0  # store reads and prompt assembly
    generate_and_vet_ms: float = 0.0  # the backend's stream and the guards
    generate_and_vet_cpu_ms: float = 0.0  # the same in CPU time (every thread of the process)
    store_ms: float = 0.0


class StaleDraft(Exception):
    """The round a narration held for review was written for has been narrated since."""


class SceneService:
    def __init__(
        self,
        store: Store,
        backend: LLMBackend,
        *,
        cards_dir: CardShelf | Path,
        clock: Callable[[], float],
        budgets: Budgets | None = None,
        contributors: Sequence[PromptContributor] = (),
        checks: Sequence[NarrationCheck] = (),
        observers: Sequence[NarrationObserver] = (),
        max_attempts: int = 3,
        quota: Callable[[Campaign], Awaitable[QuotaReached | None]] | None = None,
    ) -> None:
        self.store = store
        self.quota = quota  # a guild over its daily quota gets no generation
        self.cards_dir = cards_dir
        self.clock = clock
        self.openings = SceneOpenings(store, cards_dir=cards_dir, clock=clock)
        self.prompts = TurnPromptBuilder(
            store, backend, cards_dir=cards_dir, clock=clock, budgets=budgets,
            contributors=contributors,
        )
        self.vetter = NarrationVetter(
            backend, keep_prompt=self.prompts.keep, checks=checks, max_attempts=max_attempts,
            archive=store.prompt_archive.put,
        )
        self.recorder = NarrationRecorder(store, clock=clock, observers=observers)
        self.last_timings = TurnTimings()
        self._locks: dict[int, asyncio.Lock] = {}

    # The parts' settings, readable and replaceable here (tests and benchmarks swap them).

    @property
    def backend(self) -> LLMBackend:
        return self.vetter.backend

    @backend.setter
    def backend(self, backend: LLMBackend) -> None:
        self.prompts.backend = backend
        self.vetter.backend = backend

    @property
    def budgets(self) -> Budgets:
        return self.prompts.budgets

    @budgets.setter
    def budgets(self, budgets: Budgets) -> None:
        self.prompts.budgets = budgets

    @property
    def contributors(self) -> list[PromptContributor]:
        return self.prompts.contributors

    @property
    def checks(self) -> list[NarrationCheck]:
        return self.vetter.checks

    @property
    def observers(self) -> list[NarrationObserver]:
        return self.recorder.observers

    async def aclose(self) -> None:
        """Stop the background work of plugged-in parts (memory upkeep…) at shutdown."""
        for part in [*self.contributors, *self.checks, *self.observers]:
            close = getattr(part, "aclose", None)
            if close is not None:
                await close()

    def lock(self, scene_id: int) -> asyncio.Lock:
        """One narration at a time per scene."""
        return self._locks.setdefault(scene_id, asyncio.Lock())

    # -- starting ------------------------------------------------------------

    @for_campaign("campaign")
    async def opening_text(self, campaign: Campaign, players: Sequence[str]) -> str:
        return await self.openings.text(campaign, players)

    async def post_opening(self, scene: Scene, text: str) -> Post:
        """Store the scene's opening; raises SceneAlreadyOpened when it has one."""
        return await self.openings.post(scene, text)

    async def open_if_unopened(self, scene: Scene) -> Post | None:
        """The opening of a scene set up without one (see SceneOpenings), or None."""
        return await self.openings.open_if_unopened(scene)

    # -- narrating -----------------------------------------------------------

    async def turn_context(self, scene: Scene) -> TurnContext:
        return await self.prompts.turn_context(scene)

    async def build_prompt(self, ctx: TurnContext) -> TurnPrompt:
        return await self.prompts.build(ctx)

    @for_campaign("scene")
    async def narrate(self, scene: Scene, sink: NarrationSink) -> Post:
        """Generate, vet, stream and store the narration that closes the current round.

        Raises QuotaReached when the guild's daily quota is used up (before anything is
        generated), LLMError when the backend fails, NarrationHeld when a check
        refuses every attempt; nothing is stored then and the round stays
        ready, so a later call narrates it. When another process stored the
        round's narration first, ours is withdrawn (the sink aborted) and
        theirs is returned: the round is done either way.
        """
        async with self.lock(scene.id):
            vetted = await self._vetted_narration(scene, sink)
            message_id = await sink.finish(vetted.text)
            stored_from = time.perf_counter()
            try:
                post = await self.recorder.store_narration(
                    vetted.ctx, vetted.text, vetted.meta, message_id
                )
            except RoundAlreadyNarrated:
                # Another process narrated this round first: ours is withdrawn, never
                # canon, and the round is done.
                await _quietly(sink.abort())
                log.info("round narrated elsewhere: scene=%d round=%d", scene.id,
                         vetted.round_no)
                winner = await self.recorder.narration_of(scene.id, vetted.round_no)
                if winner is None:  # reopened again since (a retcon): not ours to finish
                    raise
                return winner
            self.last_timings = TurnTimings(
                prepare_ms=vetted.prepare_ms,
                generate_and_vet_ms=vetted.generate_ms,
                generate_and_vet_cpu_ms=vetted.generate_cpu_ms,
                store_ms=(time.perf_counter() - stored_from) * 1000,
            )
            log.info(
                "narration stored: scene=%d round=%d chars=%d prepare_ms=%.1f "
                "generate_ms=%.1f store_ms=%.1f", scene.id, vetted.round_no, len(vetted.text),
                self.last_timings.prepare_ms, self.last_timings.generate_and_vet_ms,
                self.last_timings.store_ms,
            )
            with charged_to(scope_of(vetted.ctx.campaign)):
                await self.recorder.observe(vetted.ctx, post)
            return post

    @for_campaign("scene")
    async def draft(self, scene: Scene, sink: NarrationSink | None = None) -> VettedNarration:
        """Generate and vet the current round's narration without posting or storing it
        (for a GM to review). Raises like `narrate`; `sink` defaults to showing nothing."""
        async with self.lock(scene.id):
            return await self._vetted_narration(scene, sink or CollectingSink())

    async def store_approved(
        self,
        scene_id: int,
        round_no: int,
        text: str,
        meta: dict[str, Any],
        message_id: int | None,
        ctx: TurnContext | None = None,
    ) -> Post:
        """Store a reviewed narration once it is posted; it closes round `round_no`.

        The caller holds `lock(scene_id)`, so no narration starts between posting and
        storing. Raises StaleDraft when that round no longer waits for a narration.
        """
        scene = await self.store.scenes.get(scene_id)
        if scene.round_no != round_no or await self.recorder.narration_of(scene_id, round_no):
            raise StaleDraft(f"round {round_no} of scene {scene_id} was already narrated")
        if ctx is None or ctx.scene.round_no != round_no:
            ctx = await self.turn_context(scene)  # after a restart: rebuilt for the observers
        try:
            post = await self.recorder.store_narration(ctx, text.strip(), meta, message_id)
        except RoundAlreadyNarrated:  # by another process, after the check above
            raise StaleDraft(
                f"round {round_no} of scene {scene_id} was already narrated"
            ) from None
        log.info("approved narration stored: scene=%d round=%d chars=%d", scene_id, round_no,
                 len(post.content))
        with charged_to(scope_of(ctx.campaign)):
            await self.recorder.observe(ctx, post)
        return post

    async def _vetted_narration(self, scene: Scene, sink: NarrationSink) -> VettedNarration:
        started = time.perf_counter()
        scene = await self.store.scenes.get(scene.id)
        ctx = await self.turn_context(scene)
        if self.quota is not None:
            refusal = await self.quota(ctx.campaign)
            if refusal is not None:  # before any prompt is built or token spent
                await _quietly(sink.abort())
                raise refusal
        prompt = await self.build_prompt(ctx)
        await self.prompts.keep(scene.id, prompt)
        prepared, prepared_cpu = time.perf_counter(), time.process_time()
        actors = [p.author_id for p in ctx.round_posts if p.kind == PostKind.ACTION]
        try:
            with charged_to(scope_of(ctx.campaign, actors)):
                text, meta = await self.vetter.generate(ctx, prompt, sink)
            # Roll requests leave the prose (players and canon never see the markup).
            text, requests = take_requests(text, ctx)
            if requests:
                meta["roll_requests"] = requests
            if prompt.context:
                meta["context"] = prompt.context
        except BaseException:
            await _quietly(sink.abort())
            raise
        return VettedNarration(
            text=text,
            meta=meta,
            ctx=ctx,
            prepare_ms=(prepared - started) * 1000,
            generate_ms=(time.perf_counter() - prepared) * 1000,
            generate_cpu_ms=(time.process_time() - prepared_cpu) * 1000,
        )


async def _quietly(awaitable: object) -> None:
    try:
        await awaitable  # type: ignore[misc]
    except Exception:  # the original error matters more than a failed clean-up
        log.exception("sink clean-up failed")
