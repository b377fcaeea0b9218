"""Pacing policies: who may act, when a round closes, when the narrator speaks."""

from bot.engine.pacing.base import Acted, Decision, Joined, Left, PacingEvent, Passed, Tick
from bot.engine.pacing.rounds import RoundsPolicy, RoundState

__all__ = [
    "Acted",
    "Decision",
    "Joined",
    "Left",
    "PacingEvent",
    "Passed",
    "RoundState",
    "RoundsPolicy",
    "Tick",
]
