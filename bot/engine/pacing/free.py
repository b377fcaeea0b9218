"""Free play: anyone writes whenever they like; the narrator answers once the table has
been quiet for a while, batching everything said meanwhile, and never more often than
once per interval."""

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
    Tick,
    closed_or_paused,
    not_seated,
    seat_and_close,
)
from bot.models import DEFAULT_MIN_INTERVAL, DEFAULT_QUIET_WINDOW, PostKind

__all__ = ["DEFAULT_MIN_INTERVAL", "DEFAULT_QUIET_WINDOW", "FreePolicy", "FreeState"]


@dataclass(frozen=True)
class FreeState:
    active: tuple[str, ...]
    pending: int = 0  # messages since the last narration
    last_message_at: float | None = None
    last_narration_at: float | None = None
    quiet_window: float = DEFAULT_QUIET_WINDOW
    min_interval: float = DEFAULT_MIN_INTERVAL
    closed: bool = False
    paused: bool = False

    def due_at(self) -> float | None:
        """When the narrator may answer, if nobody writes again; None: nothing to answer."""
        if not self.pending or self.last_message_at is None:
            return None
        due = self.last_message_at + self.quiet_window
        if self.last_narration_at is not None:
            due = max(due, self.last_narration_at + self.min_interval)
        return due


class FreePolicy(PolicyDefaults[FreeState]):
    """Pure: `on_event` never mutates; `apply` returns the state after a decision."""

    reads_post_times = True

    def state_from(self, snapshot: Snapshot) -> FreeState:
        return FreeState(
            active=snapshot.seats,
            pending=sum(1 for _, kind in snapshot.marks if kind == PostKind.ACTION),
            last_message_at=max(snapshot.action_times, default=None),
            # The round opened with the last narration (the first round, with none).
            last_narration_at=snapshot.round_opened_at if snapshot.round_no > 1 else None,
            quiet_window=snapshot.settings.quiet_window,
            min_interval=snapshot.settings.min_interval,
            closed=snapshot.narrated,
            paused=snapshot.paused,
        )

    def on_event(self, state: FreeState, event: PacingEvent, now: float) -> Decision:
        refused = closed_or_paused(
            closed=state.closed, paused=state.paused, event=event, busy="the narrator is answering"
        )
        if refused is not None:
            return refused
        match event:
            case Acted(player_id):
                # Otherwise wait for the quiet window; a Tick decides.
                return not_seated(player_id, state.active) or Decision()
            case Passed():
                return Decision(refused="there are no turns to pass in free play")
            case Tick():
                due = state.due_at()
                if due is not None and now >= due:
                    return Decision(close_round=True)
            case Asked():
                return Decision(close_round=True)
        return Decision()

    def apply(
        self, state: FreeState, event: PacingEvent, decision: Decision, now: float = 0.0
    ) -> FreeState:
        if isinstance(event, Acted) and not decision.refused:
            state = replace(state, pending=state.pending + 1, last_message_at=now)
        return seat_and_close(state, event, decision)

    def after_narration(self, state: FreeState, now: float) -> FreeState:
        return replace(state, pending=0, last_narration_at=now, closed=False)

    def timers(self, state: FreeState) -> dict[str, float]:
        due = state.due_at()
        return {} if due is None or state.closed else {"quiet": due}
