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


class WorldState(BaseModel):
    model_config = ConfigDict(extra="ignore")

    places: list[Place] = Field(default_factory=list)
    npcs: list[NPC] = Field(default_factory=list)
    relationships: list[Relationship] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)
    threads: list[PlotThread] = Field(default_factory=list)
    conditions: list[Condition] = Field(default_factory=list)

    def is_empty(self) -> bool:
        return not any(getattr(self, section) for section in SECTIONS)


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


class WorldUpdate(BaseModel):
    model_config = ConfigDict(extra="ignore")

    places: list[PlaceChange] = Field(default_factory=list)
    npcs: list[NPCChange] = Field(default_factory=list)
    relationships: list[RelationshipChange] = Field(default_factory=list)
    items: list[ItemChange] = Field(default_factory=list)
    threads: list[ThreadChange] = Field(default_factory=list)
    conditions: list[ConditionChange] = Field(default_factory=list)

    def is_empty(self) -> bool:
        return not any(getattr(self, section) for section in SECTIONS)


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


def merge(state: WorldState, update: WorldUpdate) -> WorldState:
    """The state after `update`: new entities added, known ones amended, gone ones removed."""
    places = list(state.places)
    for pc in update.places:
        at = _find(places, _key(pc.name), _name_key)
        if pc.gone:
            if at >= 0:
                places.pop(at)
        elif at < 0:
            places.append(Place(name=pc.name, description=pc.description or ""))
        elif pc.description:
            places[at] = places[at].model_copy(update={"description": pc.description})

    npcs = list(state.npcs)
    for nc in update.npcs:
        at = _find(npcs, _key(nc.name), _name_key)
        if nc.gone:
            if at >= 0:
                npcs.pop(at)
            continue
        old = npcs[at] if at >= 0 else NPC(name=nc.name)
        changed = old.model_copy(
            update={
                "traits": _union(old.traits, nc.traits or []),
                "whereabouts": nc.whereabouts or old.whereabouts,
                "attitudes": {**old.attitudes, **{k: v for k, v in (nc.attitudes or {}).items()
                                                  if k and v}},
                "notes": nc.notes or old.notes,
            }
        )
        if at >= 0:
            npcs[at] = changed
        else:
            npcs.append(changed)

    relationships = list(state.relationships)
    for rc in update.relationships:
        at = _find(relationships, _pair_key(rc), _pair_key)
        if rc.ended:
            if at >= 0:
                relationships.pop(at)
        elif rc.kind:
            rel = Relationship(a=rc.a, b=rc.b, kind=rc.kind)
            if at >= 0:
                relationships[at] = rel
            else:
                relationships.append(rel)

    items = list(state.items)
    for ic in update.items:
        at = _find(items, _key(ic.name), _name_key)
        if ic.gone:
            if at >= 0:
                items.pop(at)
            continue
        old_item = items[at] if at >= 0 else Item(name=ic.name)
        item = old_item.model_copy(
            update={
                "holder": old_item.holder if ic.holder is None else ic.holder,
                "description": ic.description or old_item.description,
            }
        )
        if at >= 0:
            items[at] = item
        else:
            items.append(item)

    threads = list(state.threads)
    for tc in update.threads:
        at = _find(threads, _key(tc.name), _name_key)
        old_thread = threads[at] if at >= 0 else PlotThread(name=tc.name)
        thread = old_thread.model_copy(
            update={"status": tc.status or old_thread.status,
                    "notes": tc.notes or old_thread.notes}
        )
        if at >= 0:
            threads[at] = thread
        else:
            threads.append(thread)

    conditions = list(state.conditions)
    for cc in update.conditions:
        at = _find(conditions, _key(cc.character), _character_key)
        if not cc.condition:
            if at >= 0:
                conditions.pop(at)
            continue
        condition = Condition(character=cc.character, condition=cc.condition)
        if at >= 0:
            conditions[at] = condition
        else:
            conditions.append(condition)

    return WorldState(
        places=_cap(places), npcs=_cap(npcs), relationships=_cap(relationships),
        items=_cap(items), threads=_cap(threads), conditions=_cap(conditions),
    )


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
