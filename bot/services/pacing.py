"""The one pacing path: the shell around the pure policies in `bot.engine.pacing`.

For every mode alike, `PacingService` reads a snapshot of the round from the store,
builds the mode's state (`policy_for(scene.pacing_mode)`), asks the policy, stores what
it allows (the post, auto-passes, the runtime columns that changed) and says whether to
narrate now. Timers only wake the policy; its state says when (`policy.timers`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from bot.engine.pacing import (
    TIMER_KINDS,
    Acted,
    Asked,
    Decision,
    PacingEvent,
    PacingPolicy,
    Passed,
    RoundsPolicy,
    RoundState,
    Tick,
    pacing_mode,
    policy_for,
)
from bot.models import PacingMode, Post, PostKind, Scene, SceneStatus
from bot.scheduler import DeadlineScheduler
from bot.services.pacing_parts import (
    SpotlightContributor,
    SpotlightObserver,
    pacing_contributors,
    pacing_observers,
)
from bot.services.pacing_state import read_snapshot, save_runtime
from bot.services.scenes import SceneService
from bot.services.turns import ActionObserver, TurnContext
from bot.store import RoundAlreadyNarrated, Store

# Every timer a scene can have: its policy's (round, nudge, turn, quiet) and the idle one.
SCENE_TIMER_KINDS = ("round", "nudge", "turn", "quiet", "idle")

__all__ = [
    "SCENE_TIMER_KINDS",
    "PacingOutcome",
    "PacingService",
    "SpotlightContributor",
    "SpotlightObserver",
    "TimerObserver",
    "pacing_contributors",
    "pacing_observers",
]


@dataclass(frozen=True)
class PacingOutcome:
    post: Post | None
    decision: Decision
    narrate: bool  # the shell should narrate now
    next_player: str | None = None  # whose turn it is now, in modes with turns
    wake_at: float | None = None  # when the policy wants a tick next (free play's quiet window)


@dataclass(frozen=True)
class _Turn:
    """One event's decision, with what it was decided from."""

    policy: PacingPolicy
    state: Any
    decision: Decision
    characters: dict[str, int | None]


class PacingService:
    def __init__(self, scenes: SceneService, timers: DeadlineScheduler | None = None) -> None:
        self.scenes = scenes
        self.store: Store = scenes.store
        self.timers = timers  # when set, the policy's timers follow every event

    def now(self) -> float:
        return self.scenes.clock()

    # -- reading ----------------------------------------------------------------------

    async def _state(self, scene: Scene) -> tuple[PacingPolicy, Any, dict[str, int | None]]:
        policy = policy_for(scene.pacing_mode)
        snapshot, characters = await read_snapshot(
            self.store, scene, with_times=policy.reads_post_times
        )
        return policy, policy.state_from(snapshot), characters

    async def _decide(self, scene: Scene, event: PacingEvent) -> _Turn:
        policy, state, characters = await self._state(scene)
        return _Turn(policy, state, policy.on_event(state, event, self.now()), characters)

    async def round_ready(self, scene: Scene) -> bool:
        """The current round waits for its narration: its mode's rule says it is complete,
        or the policy decided to narrate it, and nobody has narrated it yet."""
        policy = policy_for(scene.pacing_mode)
        snapshot, _ = await read_snapshot(self.store, scene, with_times=policy.reads_post_times)
        if snapshot.narrated:
            return False
        return snapshot.narrate_due or policy.complete(policy.state_from(snapshot))

    async def round_state(self, scene: Scene) -> RoundState:
        """Who has acted this round and who is awaited, whatever the mode."""
        snapshot, _ = await read_snapshot(self.store, scene)
        return RoundsPolicy().state_from(snapshot)

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
        event: PacingEvent = Passed(player_id) if kind == PostKind.PASS else Acted(player_id)
        turn = await self._decide(scene, event)
        if turn.decision.refused:
            return PacingOutcome(None, await self._named(scene, turn.decision), narrate=False)
        try:
            post = await self._store_post(
                scene, turn, player_id, player_name, text, kind, discord_message_id
            )
        except RoundAlreadyNarrated:
            # Narrated between our read and our write: the action belongs to the open round.
            return await self.submit(
                await self.store.scenes.get(scene.id), player_id=player_id,
                player_name=player_name, text=text, kind=kind,
                discord_message_id=discord_message_id,
            )
        for observer in self.scenes.observers:  # e.g. memory starts the action's recall now
            if isinstance(observer, ActionObserver):
                observer.action_stored(scene, post)
        return await self._follow(scene, event, turn, post)

    async def tick(self, scene: Scene, *, may_close: bool = True) -> PacingOutcome:
        """Time passed: a deadline or turn may be over, a nudge or free play's answer due.
        With `may_close` False (a nudge's timer) only a nudge may come of it."""
        turn = await self._decide(scene, Tick())
        if turn.decision.close_round and not may_close:
            return PacingOutcome(None, Decision(), narrate=False)
        return await self._follow(scene, Tick(), turn, None)

    async def ask(self, scene: Scene, gm_id: str) -> PacingOutcome:
        """A GM asks the narrator to speak now, in any mode."""
        turn = await self._decide(scene, Asked(gm_id))
        return await self._follow(scene, Asked(gm_id), turn, None)

    async def skip(self, scene: Scene, player_id: str) -> PacingOutcome:
        """Record a pass for `player_id` (a GM's skip); in modes with turns, only for the
        player whose turn it is, and the turn moves on."""
        name = await self.name_of(scene, player_id) or player_id
        policy, state, characters = await self._state(scene)
        state = replace(state, paused=False)  # a GM's skip goes through a pause
        holder = policy.holder(state)
        if holder is not None and holder != player_id:
            return PacingOutcome(None, Decision(refused=f"it is not {name}'s turn"), False)
        decision = policy.on_event(state, Passed(player_id), self.now())
        # The GM's pass is recorded whatever the mode thinks of passing (free play).
        turn = _Turn(policy, state, Decision() if decision.refused else decision, characters)
        try:
            post = await self._store_post(
                scene, turn, player_id, name, "(skipped by the GM)", PostKind.PASS, None,
                meta={"skipped": True},
            )
        except RoundAlreadyNarrated:  # narrated since the GM looked: skip in the open round
            return await self.skip(await self.store.scenes.get(scene.id), player_id)
        outcome = await self._follow(scene, Passed(player_id), turn, post)
        if outcome.narrate or outcome.decision.advance:
            return outcome
        ready = await self.round_ready(await self.store.scenes.get(scene.id))
        return replace(outcome, narrate=ready)

    async def set_order(self, scene: Scene, player_ids: Sequence[str]) -> Scene:
        active = [p.player_id for p in await self.store.seats.of_scene(scene.id)]
        unknown = [p for p in player_ids if p not in active]
        if unknown:
            raise ValueError(f"not taking part in this scene: {', '.join(unknown)}")
        order = list(dict.fromkeys(player_ids))
        await self.store.scene_state.set_runtime(scene.id, {"spotlight_order": order})
        return await self.store.scenes.get(scene.id)

    async def set_mode(self, scene: Scene, mode: PacingMode | str) -> Scene:
        return await self.store.scenes.update(scene.id, pacing_mode=pacing_mode(mode))

    async def configure(self, scene: Scene, **values: Any) -> Scene:
        """Set these pacing settings, keeping the others; ValueError on a bad one."""
        await self.store.scene_state.set_settings(scene.id, values)
        return await self.store.scenes.get(scene.id)

    async def restart_clock(self, scene: Scene) -> None:
        """The round or turn gets its full time again from now (a resumed scene)."""
        policy, state, _ = await self._state(scene)
        await save_runtime(self.store, scene, policy, state, policy.restarted(state, self.now()))
        await self.schedule_timers(scene)

    # -- timers -----------------------------------------------------------------------

    async def schedule_idle(self, scene: Scene) -> None:
        """Push the idle reminder back: the scene just saw activity."""
        idle_after = scene.settings.idle_after
        if self.timers is not None and idle_after and scene.status == SceneStatus.ACTIVE:
            await self.timers.set(scene_id=scene.id, kind="idle", fire_at=self.now() + idle_after)

    async def stop_timers(self, scene: Scene) -> None:
        """Drop every timer of the scene (paused or ended: nothing may fire until it runs
        again, when `restart_clock` sets them afresh)."""
        if self.timers is not None:
            await self.timers.clear(scene.id, *SCENE_TIMER_KINDS)

    async def schedule_timers(self, scene: Scene) -> None:
        """(Re)set the timers the scene's policy wants now (a round's deadline and nudge,
        a spotlight turn's limit, free play's quiet window), and drop the others."""
        if self.timers is None:
            return
        scene = await self.store.scenes.get(scene.id)
        if scene.status != SceneStatus.ACTIVE:
            return
        policy, state, _ = await self._state(scene)
        wanted = policy.timers(state)
        unwanted = [kind for kind in TIMER_KINDS if kind not in wanted]
        if unwanted:  # (no kinds at all would clear every timer, the idle one too)
            await self.timers.clear(scene.id, *unwanted)
        for kind, at in wanted.items():
            await self.timers.set(
                scene_id=scene.id, kind=kind, fire_at=at, payload={"round_no": scene.round_no}
            )

    # -- internals ----------------------------------------------------------------------

    async def _follow(
        self, scene: Scene, event: PacingEvent, turn: _Turn, post: Post | None
    ) -> PacingOutcome:
        """Store what the decision allows; say whether to narrate, and who is next."""
        policy, decision = turn.policy, turn.decision
        if decision.refused:
            return PacingOutcome(post, await self._named(scene, decision), narrate=False)
        now = self.now()
        new = policy.apply(turn.state, event, decision, now)
        for player_id in decision.auto_pass:
            try:
                await self._store_post(
                    scene, turn, player_id, await self._player_name(scene, player_id),
                    policy.auto_pass_note, PostKind.PASS, None, meta={"auto": True},
                )
            except RoundAlreadyNarrated:  # narrated meanwhile: nothing is due
                return PacingOutcome(post, Decision(), narrate=False)
        await save_runtime(self.store, scene, policy, turn.state, new)
        wake = policy.timers(new)
        if decision.close_round:
            if not policy.complete(new):  # its own rule would not show the round as ready
                await self.store.scene_state.set_runtime(
                    scene.id, {"narrate_due_round": scene.round_no}
                )
        elif wake != policy.timers(turn.state):
            await self.schedule_timers(scene)
        return PacingOutcome(
            post,
            decision,
            narrate=decision.close_round,
            next_player=await self.name_of(scene, policy.holder(new)),
            wake_at=None if decision.close_round else min(wake.values(), default=None),
        )

    async def _named(self, scene: Scene, decision: Decision) -> Decision:
        """The refusal with the players it names shown as their characters."""
        text = decision.refused or ""
        for player_id in decision.named:
            name = await self.name_of(scene, player_id) or player_id
            text = re.sub(rf"\b{re.escape(player_id)}\b", name.replace("\\", r"\\"), text)
        return replace(decision, refused=text) if decision.named else decision

    async def _player_name(self, scene: Scene, player_id: str) -> str:
        for p in await self.store.seats.of_scene(scene.id, active_only=False):
            if p.player_id == player_id:
                return p.player_name
        return player_id

    async def _store_post(
        self,
        scene: Scene,
        turn: _Turn,
        player_id: str,
        player_name: str,
        text: str,
        kind: PostKind,
        discord_message_id: int | None,
        meta: dict[str, Any] | None = None,
    ) -> Post:
        """Store in `scene.round_no` while it is still open (one guarded statement, so it
        holds across processes); RoundAlreadyNarrated when a narration closed it."""
        if player_id in turn.characters:
            character_id = turn.characters[player_id]
        else:
            character = await self.store.characters.active(scene.campaign_id, player_id)
            character_id = character.id if character else None
        return await self.store.canon.add_action(
            scene_id=scene.id, kind=kind, author_id=player_id, author_name=player_name,
            content=text, now=self.now(), round_no=scene.round_no, character_id=character_id,
            discord_message_id=discord_message_id, meta=meta,
        )


class TimerObserver:
    """After every narration, the timers of the new round or turn."""

    def __init__(self, pacing: Callable[[], PacingService]) -> None:
        self.pacing = pacing  # late-bound: the pacing service is built after the scenes

    async def narrated(self, ctx: TurnContext, post: Post) -> None:
        await self.pacing().schedule_timers(ctx.scene)
        await self.pacing().schedule_idle(ctx.scene)
