"""The shape every pacing mode shares, and choosing the policy for a scene's mode."""

from __future__ import annotations

from typing import Any, Protocol

from bot.engine.pacing.base import Decision, PacingEvent, Runtime, Snapshot
from bot.engine.pacing.free import FreePolicy
from bot.engine.pacing.gm import GmPolicy
from bot.engine.pacing.rounds import RoundsPolicy
from bot.engine.pacing.spotlight import SpotlightPolicy
from bot.models import PacingMode


class PacingPolicy(Protocol):
    """One mode's rules. Each mode has its own state type, built from a `Snapshot`; the
    shell stores what `apply` and `runtime` say, and wakes the policy at `timers`."""

    auto_pass_note: str
    reads_post_times: bool

    def state_from(self, snapshot: Snapshot) -> Any: ...

    def on_event(self, state: Any, event: PacingEvent, now: float) -> Decision: ...

    def apply(
        self, state: Any, event: PacingEvent, decision: Decision, now: float = 0.0
    ) -> Any: ...

    def after_narration(self, state: Any, now: float) -> Any: ...

    def runtime(self, state: Any) -> Runtime: ...

    def complete(self, state: Any) -> bool: ...

    def holder(self, state: Any) -> str | None: ...

    def timers(self, state: Any) -> dict[str, float]: ...

    def restarted(self, state: Any, now: float) -> Any: ...


_POLICIES: dict[PacingMode, PacingPolicy] = {
    PacingMode.ROUNDS: RoundsPolicy(),
    PacingMode.SPOTLIGHT: SpotlightPolicy(),
    PacingMode.FREE: FreePolicy(),
    PacingMode.GM: GmPolicy(),
}

# Every kind of timer a policy may ask for (cleared when a mode no longer wants it).
TIMER_KINDS = ("round", "nudge", "turn", "quiet")


def pacing_mode(mode: PacingMode | str) -> PacingMode:
    """`mode` as a PacingMode; ValueError names the modes on a typo."""
    try:
        return PacingMode(mode)
    except ValueError:
        known = ", ".join(m.value for m in PacingMode)
        raise ValueError(f"unknown pacing mode {mode!r}: use one of {known}") from None


def policy_for(mode: PacingMode | str) -> PacingPolicy:
    """The policy for `mode`; ValueError names the modes on a typo."""
    return _POLICIES[pacing_mode(mode)]
