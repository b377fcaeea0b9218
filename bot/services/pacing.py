"""Pacing per scene mode: the shell around the pure policies in `bot.engine.pacing`.

Rounds go through `SceneService.submit` as before. Spotlight, free and GM modes build
their policy state from the store (posts of the current round, the scene's settings),
ask the policy, store what it allows and say whether to narrate now. Spotlight's
seat order and whose turn it is live in `scene.settings["spotlight"]`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any
from weakref import WeakKeyDictionary

from bot.engine.pacing import (
    Acted,
    Asked,
    Decision,
    FreePolicy,
    FreeState,
    GmPolicy,
    GmState,
    PacingEvent,
    Passed,
    SpotlightPolicy,
    SpotlightState,
    Tick,
)
from bot.engine.pacing.free import DEFAULT_MIN_INTERVAL, DEFAULT_QUIET_WINDOW
from bot.engine.spotlight import advise, attention, brief_instruction
from bot.models import ROUND_CLOSING_KINDS, PacingMode, Post, PostKind, Scene, SceneStatus
from bot.scheduler import DeadlineScheduler
from bot.services.scenes import SceneService
from bot.services.secrets import SecretsContributor
from bot.services.steer import SteerContributor, SteerObserver
from bot.services.turns import (
    Contribution,
    NarrationObserver,
    PromptContributor,
    TurnContext,
)
from bot.store import RoundAlreadyNarrated, Store

# How many recent narrations the fairness tally looks at.
FAIRNESS_WINDOW = 60


@dataclass(frozen=True)
class PacingOutcome:
    post: Post | None
    decision: Decision
    narrate: bool  # the shell should narrate now
    next_player: str | None = None  # whose turn it is now, in modes with turns
    wake_at: float | None = None  # when to tick the scene next (free mode's quiet window)


def spotlight_settings(scene: Scene) -> dict[str, Any]:
    return dict(scene.settings.get("spotlight", {}))


def spotlight_state(scene: Scene, active: Sequence[str]) -> SpotlightState:
    """The seat order (GM-set order first, then newcomers) and whose turn it is."""
    saved = spotlight_settings(scene)
    order = [p for p in saved.get("order", []) if p in active]
    order += [p for p in active if p not in order]
    holder = saved.get("holder")
    current = order.index(holder) if holder in order else 0
    timeout = scene.settings.get("turn_timeout")
    return SpotlightState(
        order=tuple(order),
        current=current,
        turn_started_at=float(saved.get("turn_started_at", scene.round_opened_at)),
        timeout=float(timeout) if timeout else None,
        paused=scene.status == SceneStatus.PAUSED,
    )


class PacingService:
    def __init__(self, scenes: SceneService, timers: DeadlineScheduler | None = None) -> None:
        self.scenes = scenes
        self.store: Store = scenes.store
        self.timers = timers  # when set, turn/quiet/round timers follow every event
        self.spotlight = SpotlightPolicy()
        self.free = FreePolicy()
        self.gm = GmPolicy()

    @classmethod
    def for_scenes(cls, scenes: SceneService) -> PacingService:
        """The one pacing service of a scene service, so every caller shares its timers."""
        shared = _SHARED.get(scenes)
        if shared is None:
            shared = _SHARED[scenes] = cls(scenes)
        return shared

    async def schedule_idle(self, scene: Scene) -> None:
        """Push the idle reminder back: the scene just saw activity."""
        idle_after = scene.settings.get("idle_after")
        if self.timers is not None and idle_after and scene.status == SceneStatus.ACTIVE:
            await self.timers.set(
                scene_id=scene.id, kind="idle", fire_at=self.now() + float(idle_after)
            )

    async def schedule_timers(self, scene: Scene) -> None:
        """(Re)set the timer the scene's mode needs now: the round deadline and its nudge,
        the spotlight holder's turn limit, or free play's quiet window."""
        if self.timers is None:
            return
        scene = await self.store.scenes.get(scene.id)
        if scene.status != SceneStatus.ACTIVE:
            return
        payload = {"round_no": scene.round_no}
        if scene.pacing_mode == PacingMode.ROUNDS:
            length = scene.settings.get("round_deadline")
            if length:
                await self.timers.start_round(
                    scene_id=scene.id,
                    round_no=scene.round_no,
                    opened_at=scene.round_opened_at,
                    length=float(length),
                )
        elif scene.pacing_mode == PacingMode.SPOTLIGHT:
            state = spotlight_state(scene, await self._active(scene))
            if state.timeout is not None:
                await self.timers.set(
                    scene_id=scene.id,
                    kind="turn",
                    fire_at=state.turn_started_at + state.timeout,
                    payload=payload,
                )
        elif scene.pacing_mode == PacingMode.FREE:
            due = (await self.free_state(scene)).due_at()
            if due is not None:
                await self.timers.set(scene_id=scene.id, kind="quiet", fire_at=due, payload=payload)

    def now(self) -> float:
        return self.scenes.clock()

    async def _active(self, scene: Scene) -> list[str]:
        return [p.player_id for p in await self.store.seats.of_scene(scene.id)]

    async def free_state(self, scene: Scene) -> FreeState:
        posts = await self.store.posts.of_round(scene.id, scene.round_no)
        actions = [p for p in posts if p.kind == PostKind.ACTION]
        closed = any(p.kind in ROUND_CLOSING_KINDS for p in posts)
        return FreeState(
            active=tuple(await self._active(scene)),
            pending=len(actions),
            last_message_at=max((p.created_at for p in actions), default=None),
            last_narration_at=scene.round_opened_at if scene.round_no > 1 else None,
            quiet_window=float(scene.settings.get("quiet_window", DEFAULT_QUIET_WINDOW)),
            min_interval=float(scene.settings.get("min_interval", DEFAULT_MIN_INTERVAL)),
            closed=closed,
            paused=scene.status == SceneStatus.PAUSED,
        )

    async def gm_state(self, scene: Scene) -> GmState:
        return GmState(
            active=tuple(await self._active(scene)), paused=scene.status == SceneStatus.PAUSED
        )

    async def name_of(self, scene: Scene, player_id: str | None) -> str | None:
        if player_id is None:
            return None
        for p in await self.store.seats.of_scene(scene.id, active_only=False):
            if p.player_id == player_id:
                return p.character_name or p.player_name
        return player_id

    # -- events -----------------------------------------------------------------------

    async def submit(
        self,
        scene: Scene,
        *,
        player_id: str,
        player_name: str,
        text: str,
        kind: PostKind = PostKind.ACTION,
        discord_message_id: int | None = None,
    ) -> PacingOutcome:
        """A player's action or pass, as the scene's mode allows it."""
        await self.schedule_idle(scene)
        if scene.pacing_mode == PacingMode.ROUNDS:
            outcome = await self.scenes.submit(
                scene,
                player_id=player_id,
                player_name=player_name,
                text=text,
                kind=kind,
                discord_message_id=discord_message_id,
            )
            return PacingOutcome(outcome.post, outcome.decision, outcome.round_ready)
        event: PacingEvent = Passed(player_id) if kind == PostKind.PASS else Acted(player_id)
        decision, state = await self._decide(scene, event)
        if decision.refused:
            if isinstance(state, SpotlightState) and state.holder is not None:
                # Players know each other by character: name the holder that way.
                holder = await self.name_of(scene, state.holder)
                decision = replace(
                    decision,
                    refused=decision.refused.replace(
                        f"waiting for {state.holder}", f"waiting for {holder}"
                    ),
                )
            return PacingOutcome(None, decision, narrate=False)
        try:
            post = await self._store_post(
                scene, player_id, player_name, text, kind, discord_message_id
            )
        except RoundAlreadyNarrated:
            # Narrated between our read and our write: the action belongs to the open round.
            fresh = await self.store.scenes.get(scene.id)
            return await self.submit(
                fresh, player_id=player_id, player_name=player_name, text=text, kind=kind,
                discord_message_id=discord_message_id,
            )
        return await self._follow(scene, event, decision, state, post)

    async def tick(self, scene: Scene) -> PacingOutcome:
        """Time passed: a spotlight turn may time out, free play may be due."""
        if scene.pacing_mode == PacingMode.ROUNDS:
            return PacingOutcome(None, Decision(), narrate=await self.scenes.round_ready(scene))
        decision, state = await self._decide(scene, Tick())
        return await self._follow(scene, Tick(), decision, state, None)

    async def ask(self, scene: Scene, gm_id: str) -> PacingOutcome:
        """A GM asks the narrator to speak now, in any mode."""
        if scene.pacing_mode == PacingMode.ROUNDS:
            ready = await self.scenes.close_at_deadline(scene)
            return PacingOutcome(None, Decision(close_round=ready), narrate=ready)
        decision, state = await self._decide(scene, Asked(gm_id))
        return await self._follow(scene, Asked(gm_id), decision, state, None)

    async def skip(self, scene: Scene, player_id: str) -> PacingOutcome:
        """Record a pass for `player_id` (a GM's skip): in spotlight, the turn moves on."""
        name = await self.name_of(scene, player_id) or player_id
        if scene.pacing_mode == PacingMode.SPOTLIGHT:
            state = spotlight_state(scene, await self._active(scene))
            if state.holder != player_id:
                return PacingOutcome(None, Decision(refused=f"it is not {name}'s turn"), False)
        try:
            post = await self._store_post(
                scene,
                player_id,
                name,
                "(skipped by the GM)",
                PostKind.PASS,
                None,
                meta={"skipped": True},
            )
        except RoundAlreadyNarrated:  # narrated since the GM looked: skip in the open round
            return await self.skip(await self.store.scenes.get(scene.id), player_id)
        if scene.pacing_mode == PacingMode.SPOTLIGHT:
            state = spotlight_state(scene, await self._active(scene))
            new = self.spotlight.apply(state, Passed(player_id), Decision(advance=True), self.now())
            await self._save_spotlight(scene, new)
            await self.schedule_timers(scene)
            return PacingOutcome(
                post,
                Decision(advance=True),
                False,
                next_player=await self.name_of(scene, new.holder),
            )
        ready = await self.scenes.round_ready(await self.store.scenes.get(scene.id))
        return PacingOutcome(post, Decision(close_round=ready), narrate=ready)

    async def set_order(self, scene: Scene, player_ids: Sequence[str]) -> Scene:
        active = await self._active(scene)
        unknown = [p for p in player_ids if p not in active]
        if unknown:
            raise ValueError(f"not taking part in this scene: {', '.join(unknown)}")
        saved = spotlight_settings(scene)
        saved["order"] = list(dict.fromkeys(player_ids))
        return await self.store.scenes.update(
            scene.id, settings={**scene.settings, "spotlight": saved}
        )

    async def set_mode(self, scene: Scene, mode: PacingMode | str) -> Scene:
        try:
            chosen = PacingMode(mode)
        except ValueError:
            known = ", ".join(m.value for m in PacingMode)
            raise ValueError(f"unknown pacing mode {mode!r}: use one of {known}") from None
        return await self.store.scenes.update(scene.id, pacing_mode=chosen)

    # -- internals ----------------------------------------------------------------------

    async def _decide(self, scene: Scene, event: PacingEvent) -> tuple[Decision, Any]:
        now = self.now()
        if scene.pacing_mode == PacingMode.SPOTLIGHT:
            seats, marks = await self.store.posts.round_marks(scene.id, scene.round_no)
            state: Any = spotlight_state(scene, [player for player, _ in seats])
            if (state.holder, PostKind.ACTION) in marks:
                state = replace(state, closed=True)
            return self.spotlight.on_event(state, event, now), state
        if scene.pacing_mode == PacingMode.FREE:
            state = await self.free_state(scene)
            return self.free.on_event(state, event, now), state
        state = await self.gm_state(scene)
        return self.gm.on_event(state, event, now), state

    async def _follow(
        self,
        scene: Scene,
        event: PacingEvent,
        decision: Decision,
        state: Any,
        post: Post | None,
    ) -> PacingOutcome:
        outcome = await self._outcome(scene, event, decision, state, post)
        if outcome.narrate:
            fresh = await self.store.scenes.get(scene.id)
            settings = {**fresh.settings, "narrate_due": fresh.round_no}
            await self.store.scenes.update(scene.id, settings=settings)
        elif not decision.refused:
            await self.schedule_timers(scene)
        return outcome

    async def _outcome(
        self,
        scene: Scene,
        event: PacingEvent,
        decision: Decision,
        state: Any,
        post: Post | None,
    ) -> PacingOutcome:
        now = self.now()
        if decision.refused:
            return PacingOutcome(post, decision, narrate=False)
        if scene.pacing_mode == PacingMode.SPOTLIGHT:
            new = self.spotlight.apply(state, event, decision, now)
            for player_id in decision.auto_pass:
                try:
                    await self._store_post(
                        scene,
                        player_id,
                        await self.name_of(scene, player_id) or player_id,
                        "(passes: time ran out)",
                        PostKind.PASS,
                        None,
                        meta={"auto": True},
                    )
                except RoundAlreadyNarrated:  # the turn was narrated meanwhile: nothing is due
                    return PacingOutcome(post, Decision(), narrate=False)
            if decision.advance:
                await self._save_spotlight(scene, new)
            return PacingOutcome(
                post,
                decision,
                narrate=decision.close_round,
                next_player=await self.name_of(scene, new.holder),
            )
        if scene.pacing_mode == PacingMode.FREE:
            new_free = self.free.apply(state, event, decision, now)
            return PacingOutcome(
                post,
                decision,
                narrate=decision.close_round,
                wake_at=None if decision.close_round else new_free.due_at(),
            )
        return PacingOutcome(post, decision, narrate=decision.close_round)

    async def _store_post(
        self,
        scene: Scene,
        player_id: str,
        player_name: str,
        text: str,
        kind: PostKind,
        discord_message_id: int | None,
        meta: dict[str, Any] | None = None,
    ) -> Post:
        """Store in `scene.round_no` while it is still open (one guarded statement, so it
        holds across processes); RoundAlreadyNarrated when a narration closed it."""
        character = await self.store.characters.active(scene.campaign_id, player_id)
        return await self.store.canon.add_action(
            scene_id=scene.id,
            kind=kind,
            author_id=player_id,
            author_name=player_name,
            content=text,
            now=self.now(),
            round_no=scene.round_no,
            character_id=character.id if character else None,
            discord_message_id=discord_message_id,
            meta=meta,
        )

    async def _save_spotlight(self, scene: Scene, state: SpotlightState) -> None:
        fresh = await self.store.scenes.get(scene.id)
        saved = spotlight_settings(fresh)
        saved.update(holder=state.holder, turn_started_at=state.turn_started_at)
        await self.store.scenes.update(scene.id, settings={**fresh.settings, "spotlight": saved})


class SpotlightContributor:
    """Fairness (whom to bring forward, whom to keep brief) and, in spotlight mode,
    whose turn comes after this narration."""

    def __init__(self, store: Store) -> None:
        self.store = store

    async def contribute(self, ctx: TurnContext) -> Contribution:
        contribution = Contribution()
        names = [ctx.names[p.player_id] for p in ctx.participants]
        narrations = await self.store.posts.recent(
            ctx.scene.id, FAIRNESS_WINDOW, [PostKind.NARRATION, PostKind.GM_NARRATION]
        )
        advice = advise(attention((p.content for p in narrations), names))
        contribution.spotlight = advice.bring_forward
        brief = brief_instruction(advice)
        if brief:
            contribution.instructions.append(brief)
        if ctx.scene.pacing_mode == PacingMode.SPOTLIGHT:
            state = spotlight_state(ctx.scene, [p.player_id for p in ctx.participants])
            if state.next_holder is not None:
                contribution.next_player = ctx.names.get(state.next_holder, state.next_holder)
        return contribution


class SpotlightObserver:
    """After a spotlight turn is narrated, the next seat holds the spotlight."""

    def __init__(self, store: Store) -> None:
        self.store = store

    async def narrated(self, ctx: TurnContext, post: Post) -> None:
        if ctx.scene.pacing_mode != PacingMode.SPOTLIGHT:
            return
        scene = await self.store.scenes.get(ctx.scene.id)
        saved = spotlight_settings(scene)
        if saved.get("advanced_round") == post.round_no:
            return  # a regenerated or retconned-and-redone turn: the spotlight moved already
        state = spotlight_state(scene, [p.player_id for p in ctx.participants])
        new = SpotlightPolicy().after_narration(state, post.created_at)
        saved.update(
            holder=new.holder, turn_started_at=new.turn_started_at, advanced_round=post.round_no
        )
        await self.store.scenes.update(scene.id, settings={**scene.settings, "spotlight": saved})


class TimerObserver:
    """After every narration, the timers of the new round or turn."""

    def __init__(self, pacing: PacingService) -> None:
        self.pacing = pacing

    async def narrated(self, ctx: TurnContext, post: Post) -> None:
        await self.pacing.schedule_timers(ctx.scene)
        await self.pacing.schedule_idle(ctx.scene)


_SHARED: WeakKeyDictionary[SceneService, PacingService] = WeakKeyDictionary()


def pacing_contributors(store: Store) -> list[PromptContributor]:
    return [SecretsContributor(store), SpotlightContributor(store), SteerContributor(store)]


def pacing_observers(store: Store) -> list[NarrationObserver]:
    return [SteerObserver(store), SpotlightObserver(store)]
