"""The domain, as plain pydantic models shared by the store, engine and cogs."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal, TypedDict

from pydantic import BaseModel, ConfigDict, Field


class ChatMessage(TypedDict):
    """One message of a chat prompt, as every backend takes it."""

    role: Literal["system", "user", "assistant"]
    content: str


class PacingMode(StrEnum):
    ROUNDS = "rounds"
    SPOTLIGHT = "spotlight"
    FREE = "free"
    GM = "gm"


class SceneStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class PostKind(StrEnum):
    ACTION = "action"  # a player's declared action for the round
    PASS = "pass"  # a player passed (by choice or at the deadline)
    NARRATION = "narration"  # the narrator's generated post
    GM_NARRATION = "gm_narration"  # a GM's hand-written narration, canon like any other
    OPENING = "opening"  # the scene's opening beat
    OOC = "ooc"  # out-of-character chatter: stored, never fed to the narrator as story
    GM_NOTE = "gm_note"  # hidden direction / private note: narrator and GM only
    WHISPER = "whisper"  # a player's private note to the narrator


# Kinds that are part of the story the narrator sees.
STORY_KINDS: frozenset[PostKind] = frozenset(
    {PostKind.ACTION, PostKind.NARRATION, PostKind.GM_NARRATION, PostKind.OPENING}
)
NARRATOR_KINDS: frozenset[PostKind] = frozenset(
    {PostKind.NARRATION, PostKind.GM_NARRATION, PostKind.OPENING}
)
# A round is narrated once one of these is in it (the opening sets the scene, it closes nothing).
ROUND_CLOSING_KINDS: frozenset[PostKind] = NARRATOR_KINDS - {PostKind.OPENING}


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True)


class Campaign(_Model):
    id: int
    guild_id: int | None = None
    title: str
    premise: str = ""
    narrator_card: str = "narrator.json"
    content_rating: str = "teen"
    lines_veils: dict[str, list[str]] = Field(default_factory=dict)
    settings: dict[str, Any] = Field(default_factory=dict)
    gm_role_ids: list[int] = Field(default_factory=list)
    category_id: int | None = None
    status: str = "active"
    created_at: float = 0.0


class Scene(_Model):
    id: int
    campaign_id: int
    channel_id: int | None = None
    title: str = ""
    pacing_mode: PacingMode = PacingMode.ROUNDS
    status: SceneStatus = SceneStatus.ACTIVE
    round_no: int = 1
    round_opened_at: float = 0.0
    settings: dict[str, Any] = Field(default_factory=dict)
    created_at: float = 0.0
    posts_revision: int = 0  # bumped by any change to a post other than an append


class Character(_Model):
    id: int
    campaign_id: int
    player_id: str
    player_name: str
    name: str
    look: str = ""
    traits: str = ""
    notes: str = ""
    status: str = "active"
    created_at: float = 0.0


class Participant(_Model):
    scene_id: int
    player_id: str
    player_name: str
    character_id: int | None = None
    character_name: str = ""
    status: str = "active"
    joined_at: float = 0.0


class Post(_Model):
    id: int
    scene_id: int
    seq: int
    kind: PostKind
    author_id: str
    author_name: str
    content: str
    round_no: int = 0
    character_id: int | None = None
    discord_message_id: int | None = None
    meta: dict[str, Any] = Field(default_factory=dict)
    created_at: float = 0.0
    edited_at: float | None = None
    deleted: bool = False
    closes_round: bool = False  # a narration that closed its round (and opened the next)


class Deadline(_Model):
    id: int
    scene_id: int
    kind: str  # "round" | "nudge" | "idle" | ...
    fire_at: float
    payload: dict[str, Any] = Field(default_factory=dict)
    fired_at: float | None = None
