"""Shared types of the pacing policies: state in, event in, decision out."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from bot.models import ROUND_CLOSING_KINDS, PostKind, SceneSettings


@dataclass(frozen=True)
class PlayerEvent:
    player_id: str


@dataclass(frozen=True)
class Acted(PlayerEvent):
    """A player declared an action (or wrote, in free play)."""


@dataclass(frozen=True)
class Passed(PlayerEvent):
    """A player let the round or turn go by."""


@dataclass(frozen=True)
class Joined(PlayerEvent):
    """A player took a seat."""


@dataclass(frozen=True)
class Left(PlayerEvent):
    """A player left their seat (or was kicked)."""


@dataclass(frozen=True)
class Tick:
    """Time passed; deadlines are checked against `now`."""


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
    # Players named (by id) in `refused`: the shell shows them by character name.
    named: tuple[str, ...] = ()


@dataclass(frozen=True)
class Snapshot:
    """What every policy builds its state from, read by the shell in one go."""

    round_no: int
    round_opened_at: float
    seats: tuple[str, ...]  # active players, in seating order
    marks: tuple[tuple[str, PostKind], ...] = ()  # (author, kind) of the round's live posts
    action_times: tuple[float, ...] = ()  # when this round's actions came in
    settings: SceneSettings = field(default_factory=SceneSettings)
    paused: bool = False
    narrate_due: bool = False  # a policy already decided to narrate this round
    nudged: bool = False  # this round's missing players were nudged
    clock_started_at: float | None = None  # a later restart of the round's or turn's clock
    holder: str | None = None  # spotlight: who holds it
    order: tuple[str, ...] = ()  # spotlight: the GM-set seat order
    owed_rolls: tuple[str, ...] = ()  # players the narrator asked to roll, not rolled yet

    @property
    def narrated(self) -> bool:
        return any(kind in ROUND_CLOSING_KINDS for _, kind in self.marks)

    @property
    def clock(self) -> float:
        """When the current round's (or turn's) clock started."""
        return max(self.round_opened_at, self.clock_started_at or 0.0)


@dataclass(frozen=True)
class Runtime:
    """What the shell stores between events; it writes only the fields that changed."""

    clock: float
    nudged: bool = False
    holder: str | None = None


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


def screened(
    *, closed: bool, paused: bool, event: PacingEvent, busy: str, seats: tuple[str, ...]
) -> Decision | None:
    """`closed_or_paused`, then an action or pass from someone not seated is refused."""
    refused = closed_or_paused(closed=closed, paused=paused, event=event, busy=busy)
    if refused is None and isinstance(event, Acted | Passed):
        return not_seated(event.player_id, seats)
    return refused


class Seated(Protocol):
    """A state with seats that a narration closes (free play, GM mode)."""

    __dataclass_fields__: ClassVar[dict[str, Any]]

    @property
    def active(self) -> tuple[str, ...]: ...

    @property
    def closed(self) -> bool: ...


SeatedState = TypeVar("SeatedState", bound=Seated)


def seat_and_close(state: SeatedState, event: PacingEvent, decision: Decision) -> SeatedState:
    """The state after a seating change, closed when the decision narrates."""
    if decision.refused:
        return state
    state = replace(state, active=seated(state.active, event))
    return replace(state, closed=True) if decision.close_round else state


def not_seated(player_id: str, seats: tuple[str, ...]) -> Decision | None:
    if player_id not in seats:
        return Decision(refused="you are not taking part in this scene")
    return None


def seated(active: tuple[str, ...], event: PacingEvent) -> tuple[str, ...]:
    """The active players after `event` (only Joined and Left change them)."""
    match event:
        case Joined(player_id) if player_id not in active:
            return (*active, player_id)
        case Left(player_id):
            return tuple(p for p in active if p != player_id)
    return active


def acted_in(snapshot: Snapshot) -> frozenset[str]:
    """Players with an action or a pass in the round."""
    return frozenset(
        who for who, kind in snapshot.marks if kind in (PostKind.ACTION, PostKind.PASS)
    )


State = TypeVar("State")


class PolicyDefaults(Generic[State]):
    """What a mode without turns, clocks or a completion rule answers; policies override."""

    # The text of a pass recorded for a player at a deadline.
    auto_pass_note = "(passes)"
    # The policy needs when each action came in (`Snapshot.action_times`), one more read.
    reads_post_times = False

    def runtime(self, state: State) -> Runtime:
        return Runtime(clock=0.0)  # nothing beyond the posts themselves

    def complete(self, state: State) -> bool:
        """The round is ready to narrate without anyone deciding so."""
        return False

    def holder(self, state: State) -> str | None:
        """Whose turn it is, in modes with turns."""
        return None

    def timers(self, state: State) -> dict[str, float]:
        """When a Tick may change something, by timer kind."""
        return {}

    def restarted(self, state: State, now: float) -> State:
        """The state with its clock started again at `now` (a resumed scene)."""
        return state
