"""Character card models (chara_card_v2 / chara_card_v3 and their lorebook).

Every field is kept, unknown ones included (`extra="allow"`), and
`CharacterCard.to_dict()` writes back exactly the fields that were read, so
an export after an import is lossless. Fields a spec requires are filled in on
export when a card was built in code.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

SPEC_V2 = "chara_card_v2"
SPEC_V3 = "chara_card_v3"

# Fields that exist only in V3; a V2 backfill drops them.
V3_ONLY_FIELDS = (
    "assets",
    "nickname",
    "creator_notes_multilingual",
    "source",
    "group_only_greetings",
    "creation_date",
    "modification_date",
)

_V2_REQUIRED: dict[str, Any] = {
    "name": "",
    "description": "",
    "personality": "",
    "scenario": "",
    "first_mes": "",
    "mes_example": "",
    "creator_notes": "",
    "system_prompt": "",
    "post_history_instructions": "",
    "alternate_greetings": [],
    "tags": [],
    "creator": "",
    "character_version": "",
    "extensions": {},
}

Number = int | float


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow", validate_assignment=True)


class LoreBookEntry(_Open):
    keys: list[str] = Field(default_factory=list)
    content: str = ""
    extensions: dict[str, Any] = Field(default_factory=dict)
    enabled: bool = True
    insertion_order: Number = 100
    case_sensitive: bool | None = None
    use_regex: bool | None = None  # V3
    constant: bool | None = None
    name: str | None = None
    priority: Number | None = None
    id: int | str | None = None
    comment: str | None = None
    selective: bool | None = None
    secondary_keys: list[str] | None = None
    position: str | int | None = None


class CharacterBook(_Open):
    name: str | None = None
    description: str | None = None
    scan_depth: int | None = None
    token_budget: int | None = None
    recursive_scanning: bool | None = None
    extensions: dict[str, Any] = Field(default_factory=dict)
    entries: list[LoreBookEntry] = Field(default_factory=list)


class Asset(_Open):
    type: str
    uri: str
    name: str = ""
    ext: str = ""


class CardData(_Open):
    name: str = ""
    description: str = ""
    personality: str = ""
    scenario: str = ""
    first_mes: str = ""
    mes_example: str = ""
    creator_notes: str = ""
    system_prompt: str = ""
    post_history_instructions: str = ""
    alternate_greetings: list[str] = Field(default_factory=list)
    character_book: CharacterBook | None = None
    tags: list[str] = Field(default_factory=list)
    creator: str = ""
    character_version: str = ""
    extensions: dict[str, Any] = Field(default_factory=dict)
    # V3
    nickname: str | None = None
    group_only_greetings: list[str] = Field(default_factory=list)
    assets: list[Asset] | None = None
    creator_notes_multilingual: dict[str, str] | None = None
    source: list[str] | None = None
    creation_date: Number | None = None
    modification_date: Number | None = None

    @property
    def prompt_name(self) -> str:
        """What `{{char}}` becomes: the nickname when set (V3), else the name."""
        return self.nickname or self.name


class CharacterCard(_Open):
    spec: str = SPEC_V2
    spec_version: str = "2.0"
    data: CardData

    @property
    def is_v3(self) -> bool:
        return self.spec == SPEC_V3

    def to_dict(self) -> dict[str, Any]:
        """The card as spec JSON: every field read, plus any the spec requires."""
        out = self.model_dump(mode="json", exclude_unset=True)
        out.setdefault("spec", self.spec)
        out.setdefault("spec_version", self.spec_version)
        data = out.setdefault("data", {})
        for key, default in _V2_REQUIRED.items():
            data.setdefault(key, _copy(default))
        if self.is_v3:
            data.setdefault("group_only_greetings", [])
        # Inside the lorebook only what cannot be defaulted is filled in: a
        # source book that left out `extensions` must come back without it.
        book = data.get("character_book")
        if isinstance(book, dict):
            book.setdefault("entries", [])
            for entry in book["entries"]:
                entry.setdefault("keys", [])
                entry.setdefault("content", "")
        return out

    def as_v3(self) -> CharacterCard:
        """The same card under chara_card_v3 (adds only the required V3 field)."""
        if self.is_v3:
            return self.model_copy(deep=True)
        raw = self.to_dict()
        raw["spec"], raw["spec_version"] = SPEC_V3, "3.0"
        raw["data"].setdefault("group_only_greetings", [])
        return CharacterCard.model_validate(raw)

    def as_v2(self) -> CharacterCard:
        """A chara_card_v2 backfill: V3-only fields dropped."""
        if not self.is_v3:
            return self.model_copy(deep=True)
        raw = self.to_dict()
        raw["spec"], raw["spec_version"] = SPEC_V2, "2.0"
        for key in V3_ONLY_FIELDS:
            raw["data"].pop(key, None)
        return CharacterCard.model_validate(raw)


def _copy(value: Any) -> Any:
    return type(value)() if isinstance(value, list | dict) else value
