"""Playing a scene: actions in, narrations out, everything stored first.

Order of durability: a player's post is written before anything reacts to it;
a narration is written only once complete, in the same transaction that opens
the next round. A crash therefore loses neither, and never stores half a
narration as canon: on restart the round is simply still waiting for its
narration.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from bot.cards.shelf import CardShelf
from bot.engine.guards import GUARD_NAMES, GuardContext, check_narration, stop_strings
from bot.engine.guards.repair import steering_note
from bot.engine.guards.resolution import ends_scene
from bot.engine.guards.tally import GuardAction, GuardTally, next_action
from bot.engine.guards.text import up_to_last_sentence
from bot.engine.macros import expand, party_name
from bot.engine.narrator import (
    Action,
    render_round_block,
    standing_rules,
    turn_instruction,
)
from bot.engine.pacing import Acted, Decision, Passed, RoundsPolicy, RoundState
from bot.engine.prompt import (
    Budgets,
    HistoryItem,
    Persona,
    PromptInputs,
    PromptSection,
    assemble_prompt,
    history_item_tokens,
)
from bot.engine.prompt_report import PromptRecord
from bot.engine.window import next_window_start
from bot.llm.base import (
    ChatMessage,
    IncompleteGeneration,
    LengthLimited,
    LLMBackend,
    LLMError,
    SamplingSettings,
)
from bot.models import (
    NARRATOR_KINDS,
    ROUND_CLOSING_KINDS,
    STORY_KINDS,
    Campaign,
    PacingMode,
    Participant,
    Post,
    PostKind,
    Scene,
)
from bot.services.guard_judge import judge_enabled, judge_narration
from bot.services.persona import card_sampling, narrator_card_async, persona_from_card
from bot.services.recent_posts import RecentPosts
from bot.services.sinks import CollectingSink
from bot.services.turns import (
    ActionObserver,
    Contribution,
    NarrationCheck,
    NarrationHeld,
    NarrationObserver,
    PromptContributor,
    StreamGate,
    TurnContext,
)
from bot.store import RoundAlreadyNarrated, SceneAlreadyOpened, Store

log = logging.getLogger(__name__)

# Most posts a prompt's history can hold; bounds the read on a scene of any length.
MAX_WINDOW_POSTS = 400
# What the history window shows: the story, and who passed (as the round showed it).
WINDOW_KINDS = STORY_KINDS | {PostKind.PASS}


class NarrationSink(Protocol):
    """Where a narration streams to (a Discord message, the terminal, a test)."""

    async def update(self, text: str) -> None:
        """The whole text so far."""

    async def finish(self, text: str) -> int | None:
        """The final text; returns the Discord message id, if any."""

    async def abort(self) -> None:
        """Generation failed or was cancelled: withdraw anything partial."""


@dataclass(frozen=True)
class SceneRound(RoundState):
    """The pacing state plus what the shell needs alongside it."""

    characters: dict[str, int | None] = field(default_factory=dict)  # player → character


@dataclass(frozen=True)
class ActionOutcome:
    post: Post | None
    decision: Decision
    round_ready: bool


@dataclass(frozen=True)
class TurnTimings:
    """Where the last narration's time went (the sink's time counts as generation)."""

    prepare_ms: float = 0.0  # store reads and prompt assembly
    generate_and_vet_ms: float = 0.0  # the backend's stream and the guards
    store_ms: float = 0.0


@dataclass(frozen=True)
class TurnPrompt:
    messages: list[ChatMessage]
    sampling: SamplingSettings
    round_no: int
    context: list[str] = field(default_factory=list)  # lore shown with the round, kept with it
    sections: list[PromptSection] = field(default_factory=list)  # for the prompt inspector


@dataclass(frozen=True)
class DraftResult:
    """A vetted narration, not yet posted or stored."""

    text: str
    meta: dict[str, Any]
    ctx: TurnContext  # what it was written from (the scene as it was then)
    prepare_ms: float = 0.0
    generate_ms: float = 0.0

    @property
    def round_no(self) -> int:
        return self.ctx.scene.round_no


class StaleDraft(Exception):
    """The round a draft was written for no longer waits for its narration."""


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
    ) -> None:
        self.store = store
        self.backend = backend
        self.cards_dir = cards_dir
        self.clock = clock
        # The history budget follows the backend's context window (see Budgets.fitted_to).
        reply_tokens = 400
        self.budgets = (budgets or Budgets()).fitted_to(
            backend.context_window - reply_tokens - 8 * 3 - 64
        )
        self.contributors = list(contributors)
        self.checks = list(checks)
        self.observers = list(observers)
        self.max_attempts = max_attempts
        self.guard_tally = GuardTally()
        self.last_timings = TurnTimings()
        self.policy = RoundsPolicy()
        self._locks: dict[int, asyncio.Lock] = {}
        # Per scene, the history room the last prompt's stable head left (see assemble_prompt).
        self._history_budget: dict[int, int] = {}
        # The window and the round, with room for the round's own posts and asides.
        self.recent_posts = RecentPosts(store, limit=2 * MAX_WINDOW_POSTS)

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

    async def opening_text(self, campaign: Campaign, players: Sequence[str]) -> str:
        card = await narrator_card_async(self.cards_dir, campaign.narrator_card)
        data = card.data
        greetings = data.group_only_greetings if len(players) > 1 else []
        text = (greetings[0] if greetings else "") or data.first_mes or campaign.premise
        rng = random.Random(f"{campaign.id}:opening")
        return expand(text, char=data.nickname or data.name, user=party_name(players), rng=rng)

    async def post_opening(self, scene: Scene, text: str) -> Post:
        """Store the scene's opening; raises SceneAlreadyOpened when it has one."""
        campaign = await self.store.campaigns.get(scene.campaign_id)
        card = await narrator_card_async(self.cards_dir, campaign.narrator_card)
        return await self.store.canon.store_opening(
            scene_id=scene.id, content=text, now=self.clock(), author_name=card.data.name,
        )

    async def open_if_unopened(self, scene: Scene) -> Post | None:
        """A scene set up without its opening (the process died first) gets it now; the
        new opening, or None when it has one or its story has begun without one."""
        if scene.round_no > 1 or await self.store.canon.opening(scene.id) is not None:
            return None
        campaign = await self.store.campaigns.get(scene.campaign_id)
        seated = await self.store.seats.of_scene(scene.id)
        text = await self.opening_text(campaign, [p.character_name for p in seated])
        try:
            return await self.post_opening(scene, text)
        except SceneAlreadyOpened:  # another process opened it meanwhile
            return None

    # -- rounds --------------------------------------------------------------

    async def round_state(self, scene: Scene) -> SceneRound:
        seats, marks = await self.store.posts.round_marks(scene.id, scene.round_no)
        acted = frozenset(who for who, kind in marks if kind in (PostKind.ACTION, PostKind.PASS))
        closed = any(kind in ROUND_CLOSING_KINDS for _, kind in marks)
        return SceneRound(
            round_no=scene.round_no,
            active=tuple(player for player, _ in seats),
            acted=acted,
            opened_at=scene.round_opened_at,
            closed=closed,
            paused=scene.status == "paused",
            characters=dict(seats),
        )

    async def submit(
        self,
        scene: Scene,
        *,
        player_id: str,
        player_name: str,
        text: str,
        kind: PostKind = PostKind.ACTION,
        discord_message_id: int | None = None,
    ) -> ActionOutcome:
        """Store a player's action (or pass) and say whether the round is ready to narrate."""
        state = await self.round_state(scene)
        event = Passed(player_id) if kind == PostKind.PASS else Acted(player_id)
        decision = self.policy.on_event(state, event, self.clock())
        if decision.refused:
            return ActionOutcome(None, decision, round_ready=False)
        try:
            post = await self.store.canon.add_action(
                scene_id=scene.id, kind=kind, author_id=player_id, author_name=player_name,
                content=text, now=self.clock(), round_no=scene.round_no,
                character_id=state.characters.get(player_id),
                discord_message_id=discord_message_id,
            )
        except RoundAlreadyNarrated:
            # Another process narrated the round between our read and our write: the
            # action belongs to the round that is open now.
            return await self.submit(
                await self.store.scenes.get(scene.id), player_id=player_id,
                player_name=player_name, text=text, kind=kind,
                discord_message_id=discord_message_id,
            )
        for observer in self.observers:  # e.g. memory starts the action's recall now
            if isinstance(observer, ActionObserver):
                observer.action_stored(scene, post)
        return ActionOutcome(post, decision, round_ready=decision.close_round)

    async def close_at_deadline(self, scene: Scene) -> bool:
        """Record passes for the missing players; True if the round is now ready."""
        state = await self.round_state(scene)
        if state.closed or not state.active:
            return False
        for player_id in state.missing:
            participant = await self._participant(scene.id, player_id)
            try:
                await self.store.canon.add_action(
                    scene_id=scene.id, kind=PostKind.PASS, author_id=player_id,
                    author_name=participant.player_name if participant else player_id,
                    content="(passes)", now=self.clock(), round_no=scene.round_no,
                    meta={"auto": True},
                )
            except RoundAlreadyNarrated:  # narrated meanwhile (by another process)
                return False
        return True

    async def round_ready(self, scene: Scene) -> bool:
        state = await self.round_state(scene)
        if scene.pacing_mode != PacingMode.ROUNDS:
            # Spotlight, free and GM modes decide in bot.services.pacing, which marks the
            # round due; the round closing (round_no + 1) unmarks it.
            return not state.closed and scene.settings.get("narrate_due") == scene.round_no
        return state.complete and not state.closed

    async def _participant(self, scene_id: int, player_id: str) -> Participant | None:
        for participant in await self.store.seats.of_scene(scene_id, active_only=False):
            if participant.player_id == player_id:
                return participant
        return None

    # -- the prompt ----------------------------------------------------------

    async def turn_context(self, scene: Scene) -> TurnContext:
        start = int(scene.settings.get("window_start", 0))
        # Independent reads, queued together: the store's thread runs them back to back.
        campaign, everyone, (posts, cut) = await asyncio.gather(
            self.store.campaigns.get(scene.campaign_id),
            self.store.seats.of_scene(scene.id, active_only=False),
            # Only the window is read: its start moves forward, never back.
            self.recent_posts.since(scene, start),
        )
        card = await narrator_card_async(self.cards_dir, campaign.narrator_card)
        names = {p.player_id: p.character_name or p.player_name for p in everyone}
        earlier = [p for p in posts if p.round_no < scene.round_no and p.kind in WINDOW_KINDS]
        scene, history = await self._window(scene, earlier, names, overflow=cut)
        return TurnContext(
            scene=scene,
            campaign=campaign,
            card=card,
            participants=[p for p in everyone if p.status == "active"],
            names=names,
            history=history,
            round_posts=[p for p in posts if p.round_no == scene.round_no],
            narrations_so_far=sum(1 for p in history if p.kind in NARRATOR_KINDS),
        )

    async def build_prompt(self, ctx: TurnContext) -> TurnPrompt:
        scene, campaign = ctx.scene, ctx.campaign
        persona = persona_from_card(ctx.card)
        active_names = [ctx.names[p.player_id] for p in ctx.participants]
        party = party_name(active_names)
        rng = random.Random(f"{scene.id}:{scene.round_no}")
        persona = expand_persona(persona, user=party, rng=rng)

        actions = _actions(ctx.round_posts, ctx.names)
        merged = Contribution()
        parts = await asyncio.gather(*(c.contribute(ctx) for c in self.contributors))
        for part in parts:
            merged.memory += part.memory
            merged.constant_lore += part.constant_lore
            merged.dynamic += part.dynamic
            merged.this_turn += part.this_turn
            merged.instructions += part.instructions
            merged.spotlight = part.spotlight or merged.spotlight
            merged.next_player = part.next_player or merged.next_player
        # Lore and memories already beside an earlier round in the window are not repeated.
        shown = {c for p in ctx.history for c in p.meta.get("context", ())}
        context = list(dict.fromkeys(c for c in merged.dynamic if c not in shown))
        rules = standing_rules(
            narrator_name=persona.name,
            player_characters=active_names,
            content_rating=campaign.content_rating,
            lines_veils=campaign.lines_veils,
            card_system_prompt=persona.system_prompt,
        )
        instruction = turn_instruction(
            actions,
            next_player=merged.next_player,
            spotlight=merged.spotlight,
            post_history_instructions=persona.post_history_instructions,
        )
        instruction_text = "\n".join([instruction, *merged.instructions])
        # The round shares its budget with the instruction; when both do not fit, the least
        # relevant lore goes first, never the players' actions.
        count = self.backend.count_tokens
        room = self.budgets.current - count(instruction_text)
        while context and count(render_round_block(scene.round_no, actions, context)) > room:
            context.pop()
        inputs = PromptInputs(
            persona=persona,
            rules=rules,
            premise=campaign.premise,
            constant_lore=merged.constant_lore,
            memory="\n\n".join(merged.memory),
            history=history_items(ctx.history, ctx.names),
            current=render_round_block(scene.round_no, actions, context),
            this_turn=merged.this_turn,
            instruction=instruction_text,
        )
        sampling = card_sampling(ctx.card, campaign.settings.get("sampling"))
        sampling = sampling.model_copy(
            update={"stop": [*sampling.stop, *stop_strings(active_names)]}
        )
        assembled = assemble_prompt(
            inputs,
            count_tokens=self.backend.count_tokens,
            context_window=self.backend.context_window,
            reply_tokens=sampling.max_tokens or 400,
            budgets=self.budgets,
        )
        self._history_budget[scene.id] = assembled.history_budget
        return TurnPrompt(assembled.messages, sampling, scene.round_no, context,
                          assembled.sections)

    async def _window(
        self, scene: Scene, earlier: list[Post], names: dict[str, str], *, overflow: bool
    ) -> tuple[Scene, list[Post]]:
        """Story posts before this round, from the block-aligned window start, given those
        from the stored start on (the start moves on when they overflow the budget, or when
        `overflow` says some were too many to read); with the scene as it is after a fold."""
        start = int(scene.settings.get("window_start", 0))
        overflow = overflow or len(earlier) > MAX_WINDOW_POSTS
        recent = earlier[-MAX_WINDOW_POSTS:]
        count = self.backend.count_tokens
        sized = [
            (
                p.seq,
                history_item_tokens(p.content, _speaker(p, names), count)
                + sum(count(c) for c in p.meta.get("context", ())),
            )
            for p in recent
        ]
        if overflow and recent:
            # More posts than a window holds: fold as if over budget, to half of them.
            new_start = recent[len(recent) // 2].seq
        else:
            budget = self._history_budget.get(scene.id, self.budgets.history)
            new_start = next_window_start(sized, start, budget)
        if new_start != start:
            settings = {**scene.settings, "window_start": new_start}
            await self.store.scenes.update(scene.id, settings=settings)
            log.info("history window folded: scene=%d start=%d->%d", scene.id, start, new_start)
            scene = scene.model_copy(update={"settings": settings})
        return scene, [p for p in recent if p.seq >= new_start]

    # -- narrating -----------------------------------------------------------

    async def narrate(self, scene: Scene, sink: NarrationSink) -> Post:
        """Generate, vet, stream and store the narration that closes the current round.

        Raises LLMError when the backend fails, NarrationHeld when a check
        refuses every attempt; nothing is stored then and the round stays
        ready, so a later call narrates it. When another process stored the
        round's narration first, ours is withdrawn (the sink aborted) and
        theirs is returned: the round is done either way.
        """
        async with self.lock(scene.id):
            draft = await self._draft(scene, sink)
            message_id = await sink.finish(draft.text)
            stored_from = time.perf_counter()
            try:
                post = await self._store(draft.ctx, draft.text, draft.meta, message_id)
            except RoundAlreadyNarrated:
                # Another process narrated this round first: ours is withdrawn, never
                # canon, and the round is done.
                await _quietly(sink.abort())
                log.info("round narrated elsewhere: scene=%d round=%d", scene.id,
                         draft.round_no)
                winner = await self._narration_of(scene.id, draft.round_no)
                if winner is None:  # reopened again since (a retcon): not ours to finish
                    raise
                return winner
            self.last_timings = TurnTimings(
                prepare_ms=draft.prepare_ms,
                generate_and_vet_ms=draft.generate_ms,
                store_ms=(time.perf_counter() - stored_from) * 1000,
            )
            log.info(
                "narration stored: scene=%d round=%d chars=%d prepare_ms=%.1f "
                "generate_ms=%.1f store_ms=%.1f", scene.id, draft.round_no, len(draft.text),
                self.last_timings.prepare_ms, self.last_timings.generate_and_vet_ms,
                self.last_timings.store_ms,
            )
            await self._observe(draft.ctx, post)
            return post

    async def draft(self, scene: Scene, sink: NarrationSink | None = None) -> DraftResult:
        """Generate and vet the current round's narration without posting or storing it
        (for a GM to review). Raises like `narrate`; `sink` defaults to showing nothing."""
        async with self.lock(scene.id):
            return await self._draft(scene, sink or CollectingSink())

    async def store_approved(
        self,
        scene_id: int,
        round_no: int,
        text: str,
        meta: dict[str, Any],
        message_id: int | None,
        ctx: TurnContext | None = None,
    ) -> Post:
        """Store a drafted narration once it is posted; it closes round `round_no`.

        The caller holds `lock(scene_id)`, so no narration starts between posting and
        storing. Raises StaleDraft when that round no longer waits for a narration.
        """
        scene = await self.store.scenes.get(scene_id)
        if scene.round_no != round_no or (await self.round_state(scene)).closed:
            raise StaleDraft(f"round {round_no} of scene {scene_id} was already narrated")
        if ctx is None or ctx.scene.round_no != round_no:
            ctx = await self.turn_context(scene)  # after a restart: rebuilt for the observers
        try:
            post = await self._store(ctx, text.strip(), meta, message_id)
        except RoundAlreadyNarrated:  # by another process, after the check above
            raise StaleDraft(
                f"round {round_no} of scene {scene_id} was already narrated"
            ) from None
        log.info("approved narration stored: scene=%d round=%d chars=%d", scene_id, round_no,
                 len(post.content))
        await self._observe(ctx, post)
        return post

    async def _draft(self, scene: Scene, sink: NarrationSink) -> DraftResult:
        started = time.perf_counter()
        scene = await self.store.scenes.get(scene.id)
        ctx = await self.turn_context(scene)
        prompt = await self.build_prompt(ctx)
        # Kept before generating: a GM asking "why did it forget?" after a failed
        # attempt sees the prompt that failed.
        await self._keep_prompt(scene.id, prompt)
        prepared = time.perf_counter()
        try:
            text, meta = await self._generate_vetted(ctx, prompt, sink)
            if prompt.context:
                meta["context"] = prompt.context
        except BaseException:
            await _quietly(sink.abort())
            raise
        return DraftResult(
            text=text,
            meta=meta,
            ctx=ctx,
            prepare_ms=(prepared - started) * 1000,
            generate_ms=(time.perf_counter() - prepared) * 1000,
        )

    async def _store(
        self, ctx: TurnContext, text: str, meta: dict[str, Any], message_id: int | None
    ) -> Post:
        return await self.store.canon.store_narration(
            scene=ctx.scene, content=text, now=self.clock(), author_name=ctx.card.data.name,
            discord_message_id=message_id, meta=meta,
        )

    async def _narration_of(self, scene_id: int, round_no: int) -> Post | None:
        """The narration that closed `round_no` (stored by whoever won it)."""
        posts = await self.store.posts.of_round(scene_id, round_no)
        return next((p for p in reversed(posts) if p.kind in ROUND_CLOSING_KINDS), None)

    async def _observe(self, ctx: TurnContext, post: Post) -> None:
        for observer in self.observers:
            try:
                await observer.narrated(ctx, post)
            except Exception:  # an observer's failure never un-stores a narration
                log.exception("narration observer failed: %s", type(observer).__name__)

    async def _keep_prompt(self, scene_id: int, prompt: TurnPrompt) -> None:
        """The prompt of the attempt about to run, for `/gm prompt`."""
        await self.store.prompts.save(PromptRecord(
            scene_id=scene_id, round_no=prompt.round_no,
            context_window=self.backend.context_window,
            reply_tokens=prompt.sampling.max_tokens or 400, sections=prompt.sections,
            created_at=self.clock(),
        ))

    async def _generate_vetted(
        self, ctx: TurnContext, prompt: TurnPrompt, sink: NarrationSink
    ) -> tuple[str, dict[str, Any]]:
        """Stream attempts until one passes the guards and checks (bounded)."""
        enabled = enabled_guards(ctx.campaign.settings)
        guard_ctx = GuardContext(
            players=[ctx.names[p.player_id] for p in ctx.participants],
            previous=[p.content for p in ctx.history if p.kind in NARRATOR_KINDS][-6:],
            declared_actions={
                ctx.names.get(p.author_id, p.author_name): p.content
                for p in ctx.round_posts
                if p.kind == PostKind.ACTION
            },
        )
        meta: dict[str, Any] = {}
        best: str | None = None
        failure: LLMError | None = None
        live = await self._may_stream(ctx)
        for attempt in range(1, self.max_attempts + 1):
            try:
                text = await self._stream_attempt(prompt, sink, live, meta)
            except IncompleteGeneration as exc:  # never canon: try again, then say so
                failure = exc
                # INFO: a retried attempt is routine; the caller says so if all fail.
                log.info("narration attempt %d failed: %s", attempt, exc)
                continue
            failure = None
            judged = None
            if judge_enabled(ctx.campaign.settings) and "impersonation" in enabled:
                verdict = await judge_narration(self.backend, text, guard_ctx)
                meta.setdefault("model_judge", []).append(verdict.meta())
                judged = verdict.verdict
            report = check_narration(text, guard_ctx, enabled, judged)
            action = next_action(report, attempt, self.max_attempts)
            self.guard_tally.record(report, action)
            if not report.passed:
                log.info("guards: attempt=%d failed=%s action=%s", attempt,
                         ",".join(sorted(report.failed_guards())), action)
            if action == GuardAction.TRIM and report.trimmed:
                text = report.trimmed
                # The GM log shows what the repair cut and why; players see the repaired text.
                meta["guard_repairs"] = [
                    {"guard": c.guard, "reason": c.reason, "cut": c.text} for c in report.cuts
                ]
            elif action == GuardAction.REGENERATE:
                best = best or report.trimmed
                note = steering_note(report.findings, guard_ctx.players)
                prompt = _steered(prompt, note, self.backend.count_tokens(note))
                await self._keep_prompt(ctx.scene.id, prompt)
                continue
            elif action == GuardAction.GIVE_UP:
                meta["guard_failures"] = sorted(report.failed_guards())
            refusal = await self._run_checks(text, ctx)
            if refusal is not None:
                if attempt < self.max_attempts:
                    continue
                raise NarrationHeld(refusal, text)
            if ends_scene(text) and ctx.scene.status != "ended":
                meta["warning"] = "ends_scene"
                log.warning("narration seems to end the scene: scene=%d", ctx.scene.id)
            await sink.update(text)
            return text, meta
        if failure is not None:
            raise LLMError(f"{failure} (tried {self.max_attempts} times)")
        raise NarrationHeld("no attempt passed the checks")

    async def _stream_attempt(
        self, prompt: TurnPrompt, sink: NarrationSink, live: bool, meta: dict[str, Any]
    ) -> str:
        """One generation, proven complete and non-empty, or IncompleteGeneration."""
        text = ""
        chunks = self.backend.stream(prompt.messages, prompt.sampling)
        try:
            async for chunk in chunks:
                text += chunk
                if live:
                    await sink.update(text)
        except LengthLimited as exc:
            # Cut at the token limit: keep the finished sentences, and say it was cut.
            text = up_to_last_sentence(exc.text)
            if not text:
                raise IncompleteGeneration(
                    "the narration reached the token limit before its first sentence ended"
                ) from None
            meta["cut_at_token_limit"] = True
        finally:  # a sink that fails mid-stream frees the backend's slot now, not at GC
            close = getattr(chunks, "aclose", None)
            if close is not None:
                await close()
        text = text.strip()
        if not text:
            raise IncompleteGeneration("the backend sent an empty narration")
        return text

    async def _may_stream(self, ctx: TurnContext) -> bool:
        """False when a check must see the whole text before anyone does (secrets)."""
        for check in self.checks:
            if isinstance(check, StreamGate) and not await check.allows_streaming(ctx):
                return False
        return True

    async def _run_checks(self, text: str, ctx: TurnContext) -> str | None:
        """The first refusal reason from the extra checks, or None when all pass."""
        for check in self.checks:
            result = await check.check(text, ctx)
            if not result.ok:
                log.warning("check refused a narration: check=%s reason=%s",
                            check.name, result.reason)
                return f"{check.name}: {result.reason}"
        return None


def _steered(prompt: TurnPrompt, note: str, tokens: int) -> TurnPrompt:
    """The prompt with a steering note after the round's request (roles keep alternating);
    the note is a section of its own for the prompt inspector."""
    if not note or not prompt.messages or prompt.messages[-1]["role"] != "user":
        return prompt
    last = prompt.messages[-1]
    steered: ChatMessage = {"role": "user", "content": f"{last['content']}\n\n{note}"}
    messages = [*prompt.messages[:-1], steered]
    sections = [*prompt.sections, PromptSection("guard steering", note, tokens)]
    return replace(prompt, messages=messages, sections=sections)


def enabled_guards(settings: dict[str, Any]) -> list[str]:
    """Guards switched on for a campaign (all by default)."""
    switches = settings.get("guards", {})
    return [name for name in GUARD_NAMES if switches.get(name, True)]


def expand_persona(persona: Persona, *, user: str, rng: random.Random) -> Persona:
    def fill(text: str) -> str:
        return expand(text, char=persona.name, user=user, rng=rng) if text else text

    return Persona(
        name=persona.name,
        description=fill(persona.description),
        personality=fill(persona.personality),
        scenario=fill(persona.scenario),
        system_prompt=fill(persona.system_prompt),
        post_history_instructions=fill(persona.post_history_instructions),
        example_dialogue=fill(persona.example_dialogue),
    )


def _actions(posts: Sequence[Post], names: dict[str, str]) -> list[Action]:
    return [
        Action(
            character=names.get(p.author_id, p.author_name),
            player=p.author_name,
            text=p.content,
            passed=p.kind == PostKind.PASS,
        )
        for p in posts
        if p.kind in (PostKind.ACTION, PostKind.PASS)
    ]


def history_items(posts: Sequence[Post], names: dict[str, str]) -> list[HistoryItem]:
    """The window as prompt turns: narrations as they were, and each round's actions
    rendered exactly as they were when that round was narrated (with its context)."""
    context = {
        p.round_no: p.meta.get("context", []) for p in posts if p.kind == PostKind.NARRATION
    }
    items: list[HistoryItem] = []
    round_posts: list[Post] = []

    def flush() -> None:
        if round_posts:
            round_no = round_posts[0].round_no
            block = render_round_block(
                round_no, _actions(round_posts, names), context.get(round_no, [])
            )
            items.append(HistoryItem("", block, narrator=False))
            round_posts.clear()

    for post in posts:
        if post.kind in NARRATOR_KINDS:
            flush()
            items.append(HistoryItem(post.author_name, post.content, narrator=True))
        else:
            if round_posts and round_posts[0].round_no != post.round_no:
                flush()
            round_posts.append(post)
    flush()
    return items


def _speaker(post: Post, names: dict[str, str]) -> str:
    if post.kind in NARRATOR_KINDS:
        return post.author_name
    character = names.get(post.author_id, post.author_name)
    return character if character == post.author_name else f"{character} ({post.author_name})"


async def _quietly(awaitable: object) -> None:
    try:
        await awaitable  # type: ignore[misc]
    except Exception:  # the original error matters more than a failed clean-up
        log.exception("sink clean-up failed")
