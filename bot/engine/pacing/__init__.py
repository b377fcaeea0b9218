"""Pacing policies: who may act, when a round closes, when the narrator speaks."""

from bot.engine.pacing.base import (
    Acted,
    Asked,
    Decision,
    Joined,
    Left,
    PacingEvent,
    Passed,
    Tick,
)
from bot.engine.pacing.free import FreePolicy, FreeState
from bot.engine.pacing.gm import GmPolicy, GmState
from bot.engine.pacing.rounds import RoundsPolicy, RoundState
from bot.engine.pacing.select import PacingPolicy, policy_for
from bot.engine.pacing.spotlight import SpotlightPolicy, SpotlightState

__all__ = [
    "Acted",
    "Asked",
    "Decision",
    "FreePolicy",
    "FreeState",
    "GmPolicy",
    "GmState",
    "Joined",
    "Left",
    "PacingEvent",
    "PacingPolicy",
    "Passed",
    "RoundState",
    "RoundsPolicy",
    "SpotlightPolicy",
    "SpotlightState",
    "Tick",
    "policy_for",
]
