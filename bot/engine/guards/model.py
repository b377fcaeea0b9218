"""The data the guards take and return."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

GUARD_NAMES = ("impersonation", "assistant_voice", "repetition")


@dataclass(frozen=True)
class GuardContext:
    """What a guard needs to know beyond the narration itself.

    players: player-character names (full names, nicknames).
    previous: recent narrations, oldest first.
    declared_actions: what each player declared this round, keyed by PC name;
        the narrator may restate these without impersonating anyone.
    """

    players: Sequence[str]
    previous: Sequence[str] = ()
    declared_actions: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class GuardFinding:
    guard: str
    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class Cut:
    """A sentence a repair took out of a narration, and why."""

    guard: str
    reason: str
    text: str


@dataclass(frozen=True)
class GuardReport:
    """findings: what offended. trimmed: the narration repaired by cutting the
    offending sentences (None when that leaves no narration). cuts: what was
    cut and why, for the GM's log."""

    findings: list[GuardFinding]
    trimmed: str | None
    cuts: tuple[Cut, ...] = ()

    @property
    def passed(self) -> bool:
        return not self.findings

    def failed_guards(self) -> set[str]:
        return {f.guard for f in self.findings}
