"""Spotlight: strict order, one player at a time. The player holding the spotlight acts,
the narrator answers, and the spotlight moves to the next seat; a pass or a timeout
moves it on without a narration."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.engine.pacing.base import (
    Acted,
    Asked,
    Decision,
    Joined,
    Left,
    PacingEvent,
    Passed,
    Tick,
    closed_or_paused,
)


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


class SpotlightPolicy:
    """Pure: `on_event` never mutates; `apply` returns the state after a decision."""

    def on_event(self, state: SpotlightState, event: PacingEvent, now: float) -> Decision:
        refused = closed_or_paused(
            closed=state.closed, paused=state.paused, event=event,
            busy="this turn is already being narrated",
        )
        if refused is not None:
            return refused
        match event:
            case Acted(player_id) | Passed(player_id):
                if player_id not in state.order:
                    return Decision(refused="you are not taking part in this scene")
                if player_id != state.holder:
                    return Decision(refused=f"it is not your turn (waiting for {state.holder})")
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
        order, current = state.order, state.current
        match event:
            case Joined(player_id) if player_id not in order:
                order = (*order, player_id)
            case Left(player_id) if player_id in order:
                gone = order.index(player_id)
                order = tuple(p for p in order if p != player_id)
                if gone < current % max(1, len(state.order)):
                    current -= 1  # the holder keeps the spotlight
                elif gone == current % max(1, len(state.order)):
                    # The seat after the leaver slid into its index: it holds the turn next.
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
