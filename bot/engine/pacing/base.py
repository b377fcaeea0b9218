"""Shared types of the pacing policies: state in, event in, decision out."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Acted:
    player_id: str


@dataclass(frozen=True)
class Passed:
    player_id: str


@dataclass(frozen=True)
class Tick:
    """Time passed; deadlines are checked against `now`."""


@dataclass(frozen=True)
class Joined:
    player_id: str


@dataclass(frozen=True)
class Left:
    player_id: str


@dataclass(frozen=True)
class Asked:
    """A GM asked the narrator to speak now."""

    gm_id: str


PacingEvent = Acted | Passed | Tick | Joined | Left | Asked


@dataclass(frozen=True)
class Decision:
    """What the shell should do now. An empty decision means: wait."""

    close_round: bool = False
    # Players to record as passing (missing at the deadline) before closing.
    auto_pass: tuple[str, ...] = ()
    # Players to remind, once, that the round waits for them.
    nudge: tuple[str, ...] = ()
    # The event adds to an action already declared this round, not a new one.
    amends: bool = False
    # Set when the event is not allowed now (e.g. acting out of turn); a short reason.
    refused: str | None = None
    notes: tuple[str, ...] = field(default=())
    # The turn moves on to the next player without a narration (spotlight skip/timeout).
    advance: bool = False


def closed_or_paused(
    *, closed: bool, paused: bool, event: PacingEvent, busy: str
) -> Decision | None:
    """The refusal every policy gives first: the narrator is busy (`busy` says how), or the
    scene is paused (only seating changes and a GM's ask go through). None: carry on."""
    if closed:
        return Decision(refused=busy)
    if paused and not isinstance(event, Joined | Left | Asked):
        return Decision(refused="the scene is paused")
    return None
