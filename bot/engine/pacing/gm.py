"""GM mode: players write freely; the narrator speaks only when a GM asks."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.engine.pacing.base import Acted, Asked, Decision, Joined, Left, PacingEvent, Passed


@dataclass(frozen=True)
class GmState:
    active: tuple[str, ...]
    closed: bool = False
    paused: bool = False


class GmPolicy:
    """Pure: `on_event` never mutates; `apply` returns the state after a decision."""

    def on_event(self, state: GmState, event: PacingEvent, now: float) -> Decision:
        if state.closed:
            return Decision(refused="the narrator is answering")
        match event:
            case Asked():
                return Decision(close_round=True)
            case Acted(player_id) | Passed(player_id):
                if state.paused:
                    return Decision(refused="the scene is paused")
                if player_id not in state.active:
                    return Decision(refused="you are not taking part in this scene")
        return Decision()

    def apply(
        self, state: GmState, event: PacingEvent, decision: Decision, now: float = 0.0
    ) -> GmState:
        if decision.refused:
            return state
        match event:
            case Joined(player_id) if player_id not in state.active:
                state = replace(state, active=(*state.active, player_id))
            case Left(player_id):
                state = replace(state, active=tuple(p for p in state.active if p != player_id))
        return replace(state, closed=True) if decision.close_round else state

    def after_narration(self, state: GmState, now: float) -> GmState:
        return replace(state, closed=False)
