"""The domain, as plain pydantic models shared by the store, engine and cogs."""

from __future__ import annotations

import json
import logging
from enum import StrEnum
from typing import Any, Literal, TypedDict

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    NonNegativeFloat,
    PositiveFloat,
    ValidationError,
    field_validator,
    model_validator,
)

log = logging.getLogger(__name__)


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
    ROLL = "roll"  # a player's dice roll: shown with the round, never the player's action


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


def reach(command: str, option: str | None = None) -> dict[str, Any]:
    """Metadata of a configurable field: the slash command (and its option) that sets it."""
    return {"command": command, "option": option}


def internal(why: str) -> dict[str, Any]:
    """Metadata of a field no command sets, and why."""
    return {"internal": why}


class Campaign(_Model):
    id: int = Field(json_schema_extra=internal("the row's id"))
    guild_id: int | None = Field(None, json_schema_extra=internal("the server it belongs to"))
    title: str = Field(json_schema_extra=reach("campaign create", "title"))
    premise: str = Field("", json_schema_extra=reach("campaign create", "premise"))
    narrator_card: str = Field("narrator.json", json_schema_extra=reach("campaign card set"))
    content_rating: str = Field("teen", json_schema_extra=reach("campaign safety", "rating"))
    lines_veils: dict[str, list[str]] = Field(
        default_factory=dict, json_schema_extra=reach("campaign safety", "add_line"))
    # Typed by `bot.campaign_settings.CampaignSettings`, whose fields say what sets them.
    settings: dict[str, Any] = Field(default_factory=dict)
    gm_role_ids: list[int] = Field(
        default_factory=list, json_schema_extra=reach("campaign gm add", "role"))
    category_id: int | None = Field(
        None, json_schema_extra=internal("the category made with the campaign"))
    status: str = Field("active", json_schema_extra=reach("campaign archive"))
    created_at: float = Field(0.0, json_schema_extra=internal("when it was created"))


class GuildConfig(_Model):
    """What a server's admins decided for the bot (`/admin`); None and empty mean no limit.

    Unknown keys are ignored on read, so an older bot reads a newer row."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    scene_category_ids: list[int] = Field(default_factory=list)  # empty: any category
    campaign_creator_role_ids: list[int] = Field(default_factory=list)  # besides admins
    max_active_scenes: int | None = Field(default=None, ge=1)  # open scenes in the guild
    actions_per_player_per_hour: int | None = Field(default=None, ge=1)
    narrations_per_day: int | None = Field(default=None, ge=1)  # per UTC day, the guild
    tokens_per_day: int | None = Field(default=None, ge=1)  # in + out, per UTC day
    default_content_rating: str | None = None
    default_narrator_card: str | None = None


# Free play's defaults: the narrator answers after this much quiet, never more often.
DEFAULT_QUIET_WINDOW = 20.0
DEFAULT_MIN_INTERVAL = 60.0


class SceneSettings(_Model):
    """A scene's pacing configuration, set by GMs. Runtime state lives in `SceneRuntime`.

    Unknown keys (older versions wrote runtime state here) are ignored on read."""

    # Every field is an option of this command, named alike.
    model_config = ConfigDict(frozen=True, extra="ignore",
                              json_schema_extra={"command": "scene pacing"})

    round_deadline: PositiveFloat | None = None  # seconds a round waits before auto-passing
    # Share of the round deadline after which the missing players are nudged; None: never.
    nudge_fraction: float | None = Field(default=0.75, gt=0, lt=1)
    turn_timeout: PositiveFloat | None = None  # spotlight: seconds a turn may last
    quiet_window: NonNegativeFloat = DEFAULT_QUIET_WINDOW  # free play's debounce
    min_interval: NonNegativeFloat = DEFAULT_MIN_INTERVAL  # free play's rate limit
    idle_after: PositiveFloat | None = None  # seconds of silence before the idle reminder

    @classmethod
    def checked(cls, values: dict[str, Any]) -> dict[str, Any]:
        """`values` as they will be stored; ValueError with a short reason when one is bad."""
        unknown = sorted(set(values) - set(cls.model_fields))
        if unknown:
            known = ", ".join(cls.model_fields)
            raise ValueError(f"unknown scene setting {unknown[0]!r}: use one of {known}")
        try:
            parsed = cls.model_validate(values)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"])
            raise ValueError(f"{where}: {first['msg']}") from None
        return parsed.model_dump(include=set(values))

    @classmethod
    def tolerant(cls, stored: Any) -> SceneSettings:
        """Settings read back from the database: a bad stored value falls back to its
        default (and is logged) rather than making the scene unreadable."""
        values = dict(stored) if isinstance(stored, dict) else {}
        while True:
            try:
                return cls.model_validate(values)
            except ValidationError as exc:
                bad = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
                if not bad & values.keys():
                    raise
                log.warning("scene setting ignored, bad stored value: %s", ", ".join(sorted(bad)))
                values = {k: v for k, v in values.items() if k not in bad}


# The runtime columns of `scenes` (migration 0011): written one by one, never as a dict.
RUNTIME_COLUMNS = (
    "window_start",
    "narrate_due_round",
    "nudged_round",
    "clock_started_at",
    "spotlight_holder",
    "spotlight_order",
    "paced_round",
)


class SceneRuntime(_Model):
    """What pacing and the prompt window remember between events (not configuration)."""

    window_start: int = 0  # seq of the first post in the prompt's history window
    narrate_due_round: int | None = None  # the round pacing decided to narrate
    nudged_round: int | None = None  # the round whose missing players were nudged
    clock_started_at: float | None = None  # a turn's or a resumed round's clock restart
    spotlight_holder: str | None = None
    spotlight_order: tuple[str, ...] = ()  # the GM-set seat order
    paced_round: int | None = None  # the last narrated round pacing has moved on from

    @field_validator("spotlight_order", mode="before")
    @classmethod
    def _decode_order(cls, value: Any) -> Any:
        return json.loads(value) if isinstance(value, str) else value


class Scene(_Model):
    id: int
    campaign_id: int
    channel_id: int | None = None
    title: str = ""
    pacing_mode: PacingMode = PacingMode.ROUNDS
    status: SceneStatus = SceneStatus.ACTIVE
    round_no: int = 1
    round_opened_at: float = 0.0
    settings: SceneSettings = Field(default_factory=SceneSettings)
    runtime: SceneRuntime = Field(default_factory=SceneRuntime)
    created_at: float = 0.0
    posts_revision: int = 0  # bumped by any change to a post other than an append

    @model_validator(mode="before")
    @classmethod
    def _from_row(cls, data: Any) -> Any:
        """A `scenes` row is flat: gather its runtime columns, read settings tolerantly."""
        if not isinstance(data, dict):
            return data
        data = dict(data)
        runtime = {k: data.pop(k) for k in RUNTIME_COLUMNS if k in data}
        if runtime:
            data["runtime"] = {k: v for k, v in runtime.items() if v is not None}
        if isinstance(data.get("settings"), dict):
            data["settings"] = SceneSettings.tolerant(data["settings"])
        return data


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
