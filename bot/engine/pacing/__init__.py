"""Pacing policies: who may act, when a round closes, when the narrator speaks."""

from bot.engine.pacing.base import (
    Acted,
    Asked,
    Decision,
    Joined,
    Left,
    PacingEvent,
    Passed,
    Runtime,
    Snapshot,
    Tick,
)
from bot.engine.pacing.free import FreePolicy, FreeState
from bot.engine.pacing.gm import GmPolicy, GmState
from bot.engine.pacing.rounds import RoundsPolicy, RoundState, round_clock
from bot.engine.pacing.select import TIMER_KINDS, PacingPolicy, pacing_mode, policy_for
from bot.engine.pacing.spotlight import SpotlightPolicy, SpotlightState

__all__ = [
    "TIMER_KINDS",
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
    "Runtime",
    "Snapshot",
    "SpotlightPolicy",
    "SpotlightState",
    "Tick",
    "pacing_mode",
    "policy_for",
    "round_clock",
]
