"""Rounds: the narrator sets a beat, every active player declares an action, the round
closes when all have acted or at the deadline (missing players pass), and one narration
answers everyone."""

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
class RoundState:
    round_no: int
    active: tuple[str, ...]  # seated players in order
    acted: frozenset[str] = frozenset()  # acted or passed this round
    opened_at: float = 0.0
    deadline: float | None = None  # absolute time; None: no deadline
    nudge_at: float | None = None
    nudged: bool = False
    closed: bool = False
    paused: bool = False

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(p for p in self.active if p not in self.acted)

    @property
    def complete(self) -> bool:
        return bool(self.active) and not self.missing


class RoundsPolicy:
    """Pure: `on_event` never mutates; `apply` returns the state after a decision."""

    def on_event(self, state: RoundState, event: PacingEvent, now: float) -> Decision:
        refused = closed_or_paused(
            closed=state.closed, paused=state.paused, event=event,
            busy="this round is already being narrated",
        )
        if refused is not None:
            return refused
        match event:
            case Acted(player_id) | Passed(player_id):
                if player_id not in state.active:
                    return Decision(refused="you are not taking part in this scene")
                if player_id in state.acted:
                    return Decision(amends=True)
                after = state.acted | {player_id}
                done = all(p in after for p in state.active)
                return Decision(close_round=done)
            case Joined() if not state.active:
                return Decision()  # an empty round starts afresh for the newcomer (apply)
            case Joined() | Left():
                # Judge the round as it stands after the seating change: a player who
                # leaves may complete it, one who joins reopens what they have not done.
                return self._check_deadline(replace(state, active=_seated(state, event)), now)
            case Tick():
                return self._check_deadline(state, now)
            case Asked():
                # A GM's word closes the round now; whoever has not acted passes.
                return Decision(close_round=True, auto_pass=state.missing)
        return Decision()

    def _check_deadline(self, state: RoundState, now: float) -> Decision:
        if state.complete:
            return Decision(close_round=True)
        if state.deadline is not None and now >= state.deadline and state.active:
            return Decision(close_round=True, auto_pass=state.missing)
        if state.nudge_at is not None and now >= state.nudge_at and not state.nudged:
            return Decision(nudge=state.missing)
        return Decision()

    def apply(
        self, state: RoundState, event: PacingEvent, decision: Decision, now: float = 0.0
    ) -> RoundState:
        """The state after `event` was handled as `decision` said."""
        if decision.refused:
            return state
        acted = state.acted
        if isinstance(event, Acted | Passed):
            acted = acted | {event.player_id}
        acted = acted | set(decision.auto_pass)
        active = _seated(state, event)
        if isinstance(event, Joined) and not state.active:
            # Nobody was seated, so no clock could run: the round opens now for them.
            state = _reopened(state, now)
        return replace(
            state,
            active=active,
            acted=acted,
            nudged=state.nudged or bool(decision.nudge),
            closed=state.closed or decision.close_round,
        )

    def after_narration(self, state: RoundState, now: float) -> RoundState:
        """The next round, opened at `now`; deadlines keep their length."""
        return replace(
            _reopened(state, now), round_no=state.round_no + 1, acted=frozenset(), closed=False
        )


def _seated(state: RoundState, event: PacingEvent) -> tuple[str, ...]:
    """The active players after `event` (only Joined and Left change them)."""
    match event:
        case Joined(player_id) if player_id not in state.active:
            return (*state.active, player_id)
        case Left(player_id):
            return tuple(p for p in state.active if p != player_id)
    return state.active


def _reopened(state: RoundState, now: float) -> RoundState:
    """The round's clock restarted at `now`, its deadline and nudge keeping their length."""
    length = None if state.deadline is None else state.deadline - state.opened_at
    nudge = None if state.nudge_at is None else state.nudge_at - state.opened_at
    return replace(
        state,
        opened_at=now,
        deadline=None if length is None else now + length,
        nudge_at=None if nudge is None else now + nudge,
        nudged=False,
    )
