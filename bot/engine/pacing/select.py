"""Choosing the policy for a scene's pacing mode."""

from __future__ import annotations

from typing import Any, Protocol

from bot.engine.pacing.base import Decision, PacingEvent
from bot.engine.pacing.free import FreePolicy
from bot.engine.pacing.gm import GmPolicy
from bot.engine.pacing.rounds import RoundsPolicy
from bot.engine.pacing.spotlight import SpotlightPolicy
from bot.models import PacingMode


class PacingPolicy(Protocol):
    """The shape every mode shares; each mode has its own state type."""

    def on_event(self, state: Any, event: PacingEvent, now: float) -> Decision: ...

    def apply(
        self, state: Any, event: PacingEvent, decision: Decision, now: float = 0.0
    ) -> Any: ...

    def after_narration(self, state: Any, now: float) -> Any: ...


_POLICIES: dict[PacingMode, PacingPolicy] = {
    PacingMode.ROUNDS: RoundsPolicy(),
    PacingMode.SPOTLIGHT: SpotlightPolicy(),
    PacingMode.FREE: FreePolicy(),
    PacingMode.GM: GmPolicy(),
}


def policy_for(mode: PacingMode | str) -> PacingPolicy:
    """The policy for `mode`; ValueError names the modes on a typo."""
    try:
        return _POLICIES[PacingMode(mode)]
    except ValueError:
        known = ", ".join(m.value for m in PacingMode)
        raise ValueError(f"unknown pacing mode {mode!r}: use one of {known}") from None
