"""Spotlight: strict order, one player at a time. The player holding the spotlight acts,
the narrator answers, and the spotlight moves to the next seat; a pass or a timeout
moves it on without a narration."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.engine.pacing.base import (
    Acted,
    Asked,
    Decision,
    Left,
    PacingEvent,
    Passed,
    PolicyDefaults,
    Runtime,
    Snapshot,
    Tick,
    screened,
    seated,
)
from bot.models import PostKind


@dataclass(frozen=True)
class SpotlightState:
    order: tuple[str, ...]  # seats, in turn order
    current: int = 0  # index into `order` of the player holding the spotlight
    turn_started_at: float = 0.0
    timeout: float | None = None  # seconds a turn may last; None: no limit
    closed: bool = False  # the current turn is being narrated
    paused: bool = False

    @property
    def holder(self) -> str | None:
        return self.order[self.current % len(self.order)] if self.order else None

    @property
    def next_holder(self) -> str | None:
        return self.order[(self.current + 1) % len(self.order)] if self.order else None


class SpotlightPolicy(PolicyDefaults[SpotlightState]):
    """Pure: `on_event` never mutates; `apply` returns the state after a decision."""

    auto_pass_note = "(passes: time ran out)"

    def state_from(self, snapshot: Snapshot) -> SpotlightState:
        """The seat order (GM-set order first, then newcomers) and whose turn it is; the
        turn is being narrated once its holder acted."""
        order = [p for p in snapshot.order if p in snapshot.seats]
        order += [p for p in snapshot.seats if p not in order]
        holder = snapshot.holder
        current = order.index(holder) if holder in order else 0
        state = SpotlightState(
            order=tuple(order),
            current=current,
            turn_started_at=snapshot.clock,
            timeout=snapshot.settings.turn_timeout,
            paused=snapshot.paused,
        )
        acted = (state.holder, PostKind.ACTION) in snapshot.marks
        return replace(state, closed=snapshot.narrated or acted)

    def on_event(self, state: SpotlightState, event: PacingEvent, now: float) -> Decision:
        refused = screened(
            closed=state.closed, paused=state.paused, event=event, seats=state.order,
            busy="this turn is already being narrated",
        )
        if refused is not None:
            return refused
        match event:
            case Acted(player_id) | Passed(player_id):
                if player_id != state.holder:
                    return Decision(
                        refused=f"it is not your turn (waiting for {state.holder})",
                        named=(state.holder,) if state.holder else (),
                    )
                if isinstance(event, Passed):
                    return Decision(advance=True)
                return Decision(close_round=True)
            case Left(player_id) if player_id == state.holder:
                return Decision(advance=True)
            case Tick():
                timed_out = (
                    state.timeout is not None
                    and state.holder is not None
                    and now >= state.turn_started_at + state.timeout
                )
                if timed_out:
                    assert state.holder is not None
                    return Decision(advance=True, auto_pass=(state.holder,))
            case Asked():
                return Decision(close_round=True)
        return Decision()

    def apply(
        self, state: SpotlightState, event: PacingEvent, decision: Decision, now: float = 0.0
    ) -> SpotlightState:
        if decision.refused:
            return state
        order, current = seated(state.order, event), state.current
        if isinstance(event, Left) and event.player_id in state.order:
            # Before the holder, the holder keeps the spotlight; the holder leaving
            # slides the next seat into its index, and it holds the turn next.
            if state.order.index(event.player_id) <= current % max(1, len(state.order)):
                current -= 1
        state = replace(state, order=order, current=current % len(order) if order else 0)
        if decision.advance:
            return self._move_on(state, now)
        if decision.close_round:
            return replace(state, closed=True)
        return state

    def after_narration(self, state: SpotlightState, now: float) -> SpotlightState:
        return self._move_on(replace(state, closed=False), now)

    def _move_on(self, state: SpotlightState, now: float) -> SpotlightState:
        count = max(1, len(state.order))
        return replace(state, current=(state.current + 1) % count, turn_started_at=now)

    def runtime(self, state: SpotlightState) -> Runtime:
        return Runtime(clock=state.turn_started_at, holder=state.holder)

    def holder(self, state: SpotlightState) -> str | None:
        return state.holder

    def timers(self, state: SpotlightState) -> dict[str, float]:
        if state.timeout is None or state.holder is None:
            return {}
        return {"turn": state.turn_started_at + state.timeout}

    def restarted(self, state: SpotlightState, now: float) -> SpotlightState:
        """The holder's turn gets its full time again from `now` (a resumed scene)."""
        return replace(state, turn_started_at=now)
