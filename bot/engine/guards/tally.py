"""What to do about a guard report, and per-guard counters for logs and /stats.

The narrator turn calls `next_action` after each generation and records the
outcome in a `GuardTally`, so every guard's interventions are counted.
"""

from __future__ import annotations

from collections import Counter
from enum import StrEnum

from .model import GUARD_NAMES, GuardReport


class GuardAction(StrEnum):
    ACCEPT = "accept"  # post as generated
    TRIM = "trim"  # post report.trimmed
    REGENERATE = "regenerate"  # generate again
    GIVE_UP = "give_up"  # out of tries: the caller posts its best attempt or nothing


def next_action(report: GuardReport, attempt: int, max_attempts: int) -> GuardAction:
    """attempt counts from 1. Trimming is preferred: it keeps the good part and
    costs no generation."""
    if report.passed:
        return GuardAction.ACCEPT
    if report.trimmed is not None:
        return GuardAction.TRIM
    if attempt < max_attempts:
        return GuardAction.REGENERATE
    return GuardAction.GIVE_UP


class GuardTally:
    """Counts, per guard, narrations checked, failed, trimmed, regenerated, given up."""

    def __init__(self) -> None:
        self.checked = 0
        self.counts: Counter[tuple[str, str]] = Counter()

    def record(self, report: GuardReport, action: GuardAction) -> None:
        self.checked += 1
        for guard in sorted(report.failed_guards()):
            self.counts[(guard, "failed")] += 1
            if action is not GuardAction.ACCEPT:
                self.counts[(guard, action.value)] += 1

    def summary(self) -> dict[str, dict[str, int]]:
        events = ("failed", GuardAction.TRIM.value, GuardAction.REGENERATE.value,
                  GuardAction.GIVE_UP.value)
        return {
            guard: {event: self.counts[(guard, event)] for event in events}
            for guard in GUARD_NAMES
        }
