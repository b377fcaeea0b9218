"""GM mode: players write freely; the narrator speaks only when a GM asks."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.engine.pacing.base import (
    Acted,
    Asked,
    Decision,
    PacingEvent,
    Passed,
    PolicyDefaults,
    Snapshot,
    not_seated,
    seat_and_close,
)


@dataclass(frozen=True)
class GmState:
    active: tuple[str, ...]
    closed: bool = False
    paused: bool = False


class GmPolicy(PolicyDefaults[GmState]):
    """Pure: `on_event` never mutates; `apply` returns the state after a decision."""

    def state_from(self, snapshot: Snapshot) -> GmState:
        # Never closed between asks: a GM may ask again, and the store keeps it to one
        # narration per round.
        return GmState(active=snapshot.seats, paused=snapshot.paused)

    def on_event(self, state: GmState, event: PacingEvent, now: float) -> Decision:
        if state.closed:
            return Decision(refused="the narrator is answering")
        match event:
            case Asked():
                return Decision(close_round=True)
            case Acted(player_id) | Passed(player_id):
                if state.paused:
                    return Decision(refused="the scene is paused")
                return not_seated(player_id, state.active) or Decision()
        return Decision()

    def apply(
        self, state: GmState, event: PacingEvent, decision: Decision, now: float = 0.0
    ) -> GmState:
        return seat_and_close(state, event, decision)

    def after_narration(self, state: GmState, now: float) -> GmState:
        return replace(state, closed=False)
