"""Typed rows the store hands out beyond the domain models of `bot.models`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from bot.engine.memory.summaries import Summary
from bot.models import Character, Post, PostKind


class _Row(BaseModel):
    model_config = ConfigDict(frozen=True)


class NewSeat(NamedTuple):
    """A seat of a scene being created: an existing character, or a new one by name."""

    player_id: str
    player_name: str
    character_name: str | None = None  # create this character for the player
    character_id: int | None = None  # or seat this existing one


class RoundMarks(NamedTuple):
    """What pacing needs of a round, read in one statement (it runs on every action)."""

    seats: list[tuple[str, int | None]]  # active players (player, character), seating order
    marks: list[tuple[str, PostKind]]  # (author, kind) of the round's live posts, in order


class StoredSecret(_Row):
    id: int
    campaign_id: int
    text: str
    keys: list[str] = Field(default_factory=list)
    created_by: str
    created_at: float


class AuditEntry(_Row):
    id: int
    campaign_id: int
    scene_id: int | None
    gm_id: str
    gm_name: str
    action: str
    detail: dict[str, Any] = Field(default_factory=dict)
    created_at: float


class PlaySession(_Row):
    id: int
    campaign_id: int
    channel_id: int | None
    title: str
    starts_at: float
    timezone: str
    created_by: str
    status: str
    created_at: float


class SessionReminder(_Row):
    id: int
    session_id: int
    fire_at: float
    lead_seconds: float
    fired_at: float | None = None


class LoreEntry(_Row):
    """A GM's lore entry of a campaign."""

    id: int
    campaign_id: int
    name: str
    keys: list[str] = Field(default_factory=list)
    secondary_keys: list[str] = Field(default_factory=list)
    content: str
    constant: bool = False
    enabled: bool = True
    insertion_order: int = 100
    created_at: float = 0.0

    def book_entry(self) -> dict[str, Any]:
        """The entry in character-book shape, as `bot.cards.lorebook_io` reads it."""
        return {
            "id": self.id, "name": self.name, "comment": self.name, "keys": list(self.keys),
            "secondary_keys": list(self.secondary_keys), "selective": bool(self.secondary_keys),
            "content": self.content, "constant": self.constant, "enabled": self.enabled,
            "insertion_order": self.insertion_order, "extensions": {},
        }


class StreamDraft(_Row):
    """One Discord message of a narration being streamed (withdrawn if it never lands)."""

    scene_id: int
    round_no: int
    part: int
    channel_id: int
    message_id: int
    created_at: float


class PendingDraft(_Row):
    """A narration waiting for a GM: a review draft, or a narration a check held back."""

    id: str  # random: names the draft in button ids, so a stale button decides nothing
    scene_id: int
    round_no: int
    text: str
    meta: dict[str, Any] = Field(default_factory=dict)
    held: str = ""  # why a check held it back; "" for a plain review draft
    message_id: int | None = None  # the review channel message showing it
    created_at: float = 0.0


class WorldRecord(NamedTuple):
    """A campaign's world state and the GM's edits, as stored (JSON documents)."""

    state: dict[str, Any]
    gm_edits: list[dict[str, Any]]


@dataclass(frozen=True)
class EntityPost:
    """A post holding an entity, and how many posts of the campaign name that entity."""

    post_id: int
    key: str
    posts: int
    author: str = ""  # who introduced it (introductions only)


@dataclass(frozen=True)
class RecallHit:
    post: Post
    score: float  # higher is better


@dataclass(frozen=True)
class SummaryHit:
    summary: Summary
    score: float


@dataclass(frozen=True)
class Redaction:
    posts: int
    characters: list[Character]
    campaign_ids: list[int]
