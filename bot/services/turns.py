"""Extension points of a narrator turn.

Features plug into `SceneService` instead of editing it:
- a `PromptContributor` adds text to the prompt (lore, memory, spotlight, steer…);
- a `NarrationCheck` vets a finished generation before it is posted (secrets…);
- a `NarrationObserver` hears about every stored narration (memory upkeep…).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar, runtime_checkable

from bot.cards import CharacterCard
from bot.models import Campaign, Participant, Post, Scene

T = TypeVar("T")


class TurnReads:
    """Reads that several parts of one turn need (the world state, the lore): done once
    per turn and shared, even by parts running concurrently. A turn is short and a new
    one reads afresh, so nothing here needs invalidating."""

    def __init__(self) -> None:
        self._reads: dict[Hashable, asyncio.Future[Any]] = {}

    async def once(self, key: Hashable, read: Callable[[], Awaitable[T]]) -> T:
        found = self._reads.get(key)
        if found is None:
            found = self._reads[key] = asyncio.ensure_future(read())
        result: T = await asyncio.shield(found)
        return result


@dataclass(frozen=True)
class TurnContext:
    scene: Scene
    campaign: Campaign
    card: CharacterCard
    participants: Sequence[Participant]  # active ones
    names: dict[str, str]  # player id → character name (all participants, ever)
    history: Sequence[Post]  # story posts in the prompt window, oldest first
    round_posts: Sequence[Post]  # this round's posts
    narrations_so_far: int  # narrator posts before this turn (lorebook timing)
    reads: TurnReads = field(default_factory=TurnReads, compare=False, repr=False)


@dataclass
class Contribution:
    # Changes rarely (when the history window folds): goes into the system message.
    memory: list[str] = field(default_factory=list)
    constant_lore: list[str] = field(default_factory=list)
    # Salient details from before the window: also frozen per window start.
    ledger: list[str] = field(default_factory=list)
    # Changes every turn: goes beside the round and stays with it in the history.
    dynamic: list[str] = field(default_factory=list)
    # Shown with this turn only, after the round; never kept in the history (recall).
    this_turn: list[str] = field(default_factory=list)
    instructions: list[str] = field(default_factory=list)
    spotlight: str | None = None
    next_player: str | None = None


class PromptContributor(Protocol):
    """Adds to a turn's prompt. A turn's contributors run concurrently, so each reads
    only the context, never another's result."""

    async def contribute(self, ctx: TurnContext) -> Contribution: ...


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    reason: str = ""
    # A safe cut of the text, when cutting is enough; None: regenerate or hold.
    trimmed: str | None = None
    # A direction for the next attempt when regenerating (what to leave out); "" for none.
    steer: str = ""


class NarrationCheck(Protocol):
    name: str

    async def check(self, text: str, ctx: TurnContext) -> CheckResult: ...


@runtime_checkable
class StreamGate(Protocol):
    """A check that can forbid streaming: text shown while it streams is out before the
    check runs, so a check guarding secrets holds the stream until the text passed."""

    async def allows_streaming(self, ctx: TurnContext) -> bool: ...


class NarrationObserver(Protocol):
    async def narrated(self, ctx: TurnContext, post: Post) -> None:
        """Called after a narration is stored. Must return quickly (schedule slow work)."""


@runtime_checkable
class ActionObserver(Protocol):
    def action_stored(self, scene: Scene, post: Post) -> None:
        """Called after a player's action is stored. Must return at once (schedule work)."""


class NarrationHeld(Exception):
    """A check refused every attempt; nothing was posted or stored.

    `text` is the last refused attempt, for a GM to read (never for the scene channel).
    """

    def __init__(self, reason: str, text: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.text = text
