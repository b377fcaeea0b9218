"""The world state: what the story has established, kept as data.

The narrator's model reports changes after each narration as a `WorldUpdate`
(every field optional, so a partial report is still useful); `merge` folds it
into the stored `WorldState`. Entities are matched by case-insensitive name.
Strings and entity counts are capped so a runaway model cannot bloat memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

MAX_TEXT = 300  # characters kept per string field
MAX_ENTITIES = 200  # per section; the oldest are dropped first
MAX_TRAITS = 12

ThreadStatus = Literal["open", "resolved", "abandoned"]
SECTIONS: tuple[str, ...] = ("places", "npcs", "relationships", "items", "threads", "conditions")


def _clip(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= MAX_TEXT else value[: MAX_TEXT - 1].rstrip() + "…"


class _Entity(BaseModel):
    model_config = ConfigDict(extra="ignore")

    @field_validator("*", mode="before")
    @classmethod
    def _clip_strings(cls, value: Any) -> Any:
        return _clip(value) if isinstance(value, str) else value


# -- the stored state ----------------------------------------------------------


class Place(_Entity):
    name: str = Field(min_length=1)
    description: str = ""


class NPC(_Entity):
    name: str = Field(min_length=1)
    traits: list[str] = Field(default_factory=list)
    whereabouts: str = ""
    attitudes: dict[str, str] = Field(default_factory=dict)  # player character → attitude
    notes: str = ""


class Relationship(_Entity):
    a: str = Field(min_length=1)
    b: str = Field(min_length=1)
    kind: str = Field(min_length=1)


class Item(_Entity):
    name: str = Field(min_length=1)
    holder: str = ""
    description: str = ""


class PlotThread(_Entity):
    name: str = Field(min_length=1)
    status: ThreadStatus = "open"
    notes: str = ""


class Condition(_Entity):
    character: str = Field(min_length=1)
    condition: str = Field(min_length=1)


class _Sections(BaseModel):
    """The six sections, shared by the stored state and a model's report of changes."""

    model_config = ConfigDict(extra="ignore")

    def is_empty(self) -> bool:
        return not any(getattr(self, section) for section in SECTIONS)


class WorldState(_Sections):
    places: list[Place] = Field(default_factory=list)
    npcs: list[NPC] = Field(default_factory=list)
    relationships: list[Relationship] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)
    threads: list[PlotThread] = Field(default_factory=list)
    conditions: list[Condition] = Field(default_factory=list)


# -- what the model reports after a narration ------------------------------------


class PlaceChange(_Entity):
    name: str = Field(min_length=1)
    description: str | None = None
    gone: bool = False


class NPCChange(_Entity):
    name: str = Field(min_length=1)
    traits: list[str] | None = None
    whereabouts: str | None = None
    attitudes: dict[str, str] | None = None
    notes: str | None = None
    gone: bool = False  # left the story for good (dead, departed)


class RelationshipChange(_Entity):
    a: str = Field(min_length=1)
    b: str = Field(min_length=1)
    kind: str = ""
    ended: bool = False


class ItemChange(_Entity):
    name: str = Field(min_length=1)
    holder: str | None = None
    description: str | None = None
    gone: bool = False  # destroyed or used up


class ThreadChange(_Entity):
    name: str = Field(min_length=1)
    status: ThreadStatus | None = None
    notes: str | None = None


class ConditionChange(_Entity):
    character: str = Field(min_length=1)
    condition: str = ""  # empty: recovered


class WorldUpdate(_Sections):
    places: list[PlaceChange] = Field(default_factory=list)
    npcs: list[NPCChange] = Field(default_factory=list)
    relationships: list[RelationshipChange] = Field(default_factory=list)
    items: list[ItemChange] = Field(default_factory=list)
    threads: list[ThreadChange] = Field(default_factory=list)
    conditions: list[ConditionChange] = Field(default_factory=list)


_CHANGE_TYPES: dict[str, type[BaseModel]] = {
    "places": PlaceChange,
    "npcs": NPCChange,
    "relationships": RelationshipChange,
    "items": ItemChange,
    "threads": ThreadChange,
    "conditions": ConditionChange,
}


def parse_update(data: Any) -> tuple[WorldUpdate, list[str]]:
    """Validate a model's report entry by entry: keep what is valid, list what is not.

    One bad entry costs only itself, never the rest of the report.
    """
    if not isinstance(data, dict):
        return WorldUpdate(), [f"expected a JSON object, got {type(data).__name__}"]
    problems: list[str] = []
    sections: dict[str, list[BaseModel]] = {}
    for section, change_type in _CHANGE_TYPES.items():
        raw = data.get(section)
        if raw is None:
            continue
        if isinstance(raw, dict):  # a single entry where a list was expected
            raw = [raw]
        if not isinstance(raw, list):
            problems.append(f"{section}: expected a list")
            continue
        kept: list[BaseModel] = []
        for index, entry in enumerate(raw):
            try:
                kept.append(change_type.model_validate(entry))
            except ValidationError as exc:
                problems.append(f"{section}[{index}]: {exc.errors()[0]['msg']}")
        sections[section] = kept
    for key in data.keys() - _CHANGE_TYPES.keys():
        problems.append(f"unknown section {key!r} ignored")
    return WorldUpdate.model_validate(
        {k: [e.model_dump() for e in v] for k, v in sections.items()}
    ), problems


# -- merging -------------------------------------------------------------------------

E = TypeVar("E", bound=BaseModel)


def _key(*names: str) -> tuple[str, ...]:
    return tuple(" ".join(n.casefold().split()) for n in names)


def _find(entities: list[E], key: tuple[str, ...], key_of: Callable[[E], tuple[str, ...]]) -> int:
    for index, entity in enumerate(entities):
        if key_of(entity) == key:
            return index
    return -1


def _cap(entities: list[E]) -> list[E]:
    return entities[-MAX_ENTITIES:]


def _union(old: Iterable[str], new: Iterable[str]) -> list[str]:
    seen = {t.casefold() for t in old}
    merged = list(old)
    for trait in new:
        if trait and trait.casefold() not in seen:
            merged.append(trait)
            seen.add(trait.casefold())
    return merged[-MAX_TRAITS:]


def _name_key(entity: Any) -> tuple[str, ...]:
    return _key(entity.name)


def _pair_key(entity: Any) -> tuple[str, ...]:
    return tuple(sorted(_key(entity.a, entity.b)))


def _character_key(entity: Any) -> tuple[str, ...]:
    return _key(entity.character)


def _place(change: PlaceChange, old: Place | None) -> Place | None:
    if change.gone:
        return None
    if old is None:
        return Place(name=change.name, description=change.description or "")
    if not change.description:
        return old
    return old.model_copy(update={"description": change.description})


def _npc(change: NPCChange, old: NPC | None) -> NPC | None:
    if change.gone:
        return None
    old = old or NPC(name=change.name)
    attitudes = {k: v for k, v in (change.attitudes or {}).items() if k and v}
    return old.model_copy(update={
        "traits": _union(old.traits, change.traits or []),
        "whereabouts": change.whereabouts or old.whereabouts,
        "attitudes": {**old.attitudes, **attitudes},
        "notes": change.notes or old.notes,
    })


def _relationship(change: RelationshipChange, old: Relationship | None) -> Relationship | None:
    if change.ended:
        return None
    return Relationship(a=change.a, b=change.b, kind=change.kind) if change.kind else old


def _item(change: ItemChange, old: Item | None) -> Item | None:
    if change.gone:
        return None
    old = old or Item(name=change.name)
    return old.model_copy(update={
        "holder": old.holder if change.holder is None else change.holder,
        "description": change.description or old.description,
    })


def _thread(change: ThreadChange, old: PlotThread | None) -> PlotThread:
    old = old or PlotThread(name=change.name)
    return old.model_copy(update={"status": change.status or old.status,
                                  "notes": change.notes or old.notes})


def _condition(change: ConditionChange, old: Condition | None) -> Condition | None:
    if not change.condition:  # recovered
        return None
    return Condition(character=change.character, condition=change.condition)


# Per section: how entities are matched, and what a change makes of the matching entity
# (None: absent, or removed).
_MERGES: dict[str, tuple[Callable[[Any], tuple[str, ...]], Callable[[Any, Any], Any]]] = {
    "places": (_name_key, _place),
    "npcs": (_name_key, _npc),
    "relationships": (_pair_key, _relationship),
    "items": (_name_key, _item),
    "threads": (_name_key, _thread),
    "conditions": (_character_key, _condition),
}


def merge(state: WorldState, update: WorldUpdate) -> WorldState:
    """The state after `update`: new entities added, known ones amended, gone ones removed."""
    merged: dict[str, list[Any]] = {}
    for section, (key_of, apply) in _MERGES.items():
        entities = list(getattr(state, section))
        for change in getattr(update, section):
            at = _find(entities, key_of(change), key_of)
            after = apply(change, entities[at] if at >= 0 else None)
            if after is None:
                if at >= 0:
                    entities.pop(at)
            elif at >= 0:
                entities[at] = after
            else:
                entities.append(after)
        merged[section] = _cap(entities)
    return WorldState(**merged)


def without_character(state: WorldState, name: str) -> WorldState:
    """The state with every trace of one player character removed (for /forget me)."""
    key = _key(name)[0]

    def mentions(text: str) -> bool:
        return key in " ".join(text.casefold().split())

    npcs = []
    for npc in state.npcs:
        if mentions(npc.name):
            continue
        attitudes = {k: v for k, v in npc.attitudes.items()
                     if not mentions(k) and not mentions(v)}
        npcs.append(npc.model_copy(update={
            "attitudes": attitudes,
            "notes": "" if mentions(npc.notes) else npc.notes,
            "whereabouts": "" if mentions(npc.whereabouts) else npc.whereabouts,
            "traits": [t for t in npc.traits if not mentions(t)],
        }))
    return WorldState(
        places=[p.model_copy(update={"description": "" if mentions(p.description)
                                     else p.description}) for p in state.places],
        npcs=npcs,
        relationships=[r for r in state.relationships
                       if not mentions(r.a) and not mentions(r.b) and not mentions(r.kind)],
        items=[i.model_copy(update={
            "holder": "" if mentions(i.holder) else i.holder,
            "description": "" if mentions(i.description) else i.description,
        }) for i in state.items],
        threads=[t.model_copy(update={"notes": "" if mentions(t.notes) else t.notes})
                 for t in state.threads if not mentions(t.name)],
        conditions=[c for c in state.conditions if not mentions(c.character)],
    )
