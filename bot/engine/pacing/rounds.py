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
    PolicyDefaults,
    Runtime,
    Snapshot,
    Tick,
    acted_in,
    screened,
    seated,
)
from bot.models import SceneSettings


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
    owed_rolls: frozenset[str] = frozenset()  # asked by the narrator to roll, not rolled yet

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(p for p in self.active if p not in self.acted)

    @property
    def awaited_rolls(self) -> tuple[str, ...]:
        """Seated players whose requested roll the round still waits for."""
        return tuple(p for p in self.active if p in self.owed_rolls)

    @property
    def complete(self) -> bool:
        return bool(self.active) and not self.missing and not self.awaited_rolls


def round_clock(opened_at: float, settings: SceneSettings) -> tuple[float | None, float | None]:
    """(deadline, nudge time) of a round whose clock started at `opened_at`: the one
    deadline model, which the timers only wake the policy for."""
    if settings.round_deadline is None:
        return None, None
    deadline = opened_at + settings.round_deadline
    fraction = settings.nudge_fraction
    return deadline, None if fraction is None else opened_at + settings.round_deadline * fraction


class RoundsPolicy(PolicyDefaults[RoundState]):
    """Pure: `on_event` never mutates; `apply` returns the state after a decision."""

    def state_from(self, snapshot: Snapshot) -> RoundState:
        deadline, nudge_at = round_clock(snapshot.clock, snapshot.settings)
        return RoundState(
            round_no=snapshot.round_no,
            active=snapshot.seats,
            acted=acted_in(snapshot),
            opened_at=snapshot.clock,
            deadline=deadline,
            nudge_at=nudge_at,
            nudged=snapshot.nudged,
            closed=snapshot.narrated,
            paused=snapshot.paused,
            owed_rolls=frozenset(snapshot.owed_rolls),
        )

    def on_event(self, state: RoundState, event: PacingEvent, now: float) -> Decision:
        refused = screened(
            closed=state.closed, paused=state.paused, event=event, seats=state.active,
            busy="this round is already being narrated",
        )
        if refused is not None:
            return refused
        match event:
            case Acted(player_id) | Passed(player_id):
                if player_id in state.acted:
                    return Decision(amends=True)
                after = state.acted | {player_id}
                done = all(p in after for p in state.active) and not state.awaited_rolls
                return Decision(close_round=done)
            case Joined() if not state.active:
                return Decision()  # an empty round starts afresh for the newcomer (apply)
            case Joined() | Left():
                # Judge the round as it stands after the seating change: a player who
                # leaves may complete it, one who joins reopens what they have not done.
                return self._check_deadline(replace(state, active=seated(state.active, event)), now)
            case Tick():
                return self._check_deadline(state, now)
            case Asked() if state.active:
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
        active = seated(state.active, event)
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

    def runtime(self, state: RoundState) -> Runtime:
        return Runtime(clock=state.opened_at, nudged=state.nudged)

    def complete(self, state: RoundState) -> bool:
        return state.complete

    def timers(self, state: RoundState) -> dict[str, float]:
        wake = {} if state.deadline is None else {"round": state.deadline}
        if state.nudge_at is not None and not state.nudged:
            wake["nudge"] = state.nudge_at
        return wake

    def restarted(self, state: RoundState, now: float) -> RoundState:
        """The round gets its full time again from `now` (a resumed scene)."""
        return _reopened(state, now)


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
