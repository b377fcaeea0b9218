"""GM edits of the world state (`/world set|remove`), validated and replayable.

Edits are kept as a list next to the state so that a rebuild of the state from
the story (after `/forget me`) can apply them again: a GM's word outlasts the
model's reading of the story.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from bot.engine.memory.world import (
    NPC,
    SECTIONS,
    Condition,
    Item,
    Place,
    PlotThread,
    Relationship,
    WorldState,
)

# The fields a GM may set, per section.
EDITABLE_FIELDS: dict[str, tuple[str, ...]] = {
    "places": ("description",),
    "npcs": ("traits", "whereabouts", "attitude", "notes"),
    "relationships": ("kind",),
    "items": ("holder", "description"),
    "threads": ("status", "notes"),
    "conditions": ("condition",),
}
_TYPES: dict[str, type[BaseModel]] = {
    "places": Place, "npcs": NPC, "relationships": Relationship, "items": Item,
    "threads": PlotThread, "conditions": Condition,
}


class WorldEditError(ValueError):
    """A GM's edit that cannot apply; the message is shown to them as is."""


@dataclass(frozen=True)
class WorldEdit:
    op: str  # "set" | "remove"
    section: str
    name: str
    field: str = ""
    value: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"op": self.op, "section": self.section, "name": self.name,
                "field": self.field, "value": self.value}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> WorldEdit:
        return cls(**{k: str(raw.get(k, "")) for k in ("op", "section", "name", "field", "value")})


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _identity(section: str, name: str) -> dict[str, Any]:
    """The key fields of an entity named `name` in `section`."""
    if section == "relationships":
        parts = [p.strip() for p in name.replace("/", "&").split("&")]
        if len(parts) != 2 or not all(parts):
            raise WorldEditError("name a relationship as `A & B`")
        return {"a": parts[0], "b": parts[1]}
    if section == "conditions":
        return {"character": name}
    return {"name": name}


def _matches(entity: BaseModel, identity: dict[str, Any]) -> bool:
    if isinstance(entity, Relationship):
        mine = sorted((_norm(entity.a), _norm(entity.b)))
        return mine == sorted((_norm(identity["a"]), _norm(identity["b"])))
    return all(_norm(str(getattr(entity, k))) == _norm(v) for k, v in identity.items())


def validate_edit(edit: WorldEdit) -> None:
    if edit.section not in SECTIONS:
        raise WorldEditError(f"unknown section {edit.section!r}; one of: {', '.join(SECTIONS)}")
    if not edit.name.strip():
        raise WorldEditError("the entry needs a name")
    if edit.op == "remove":
        return
    if edit.op != "set":
        raise WorldEditError(f"unknown operation {edit.op!r}")
    fields = EDITABLE_FIELDS[edit.section]
    if edit.field not in fields:
        raise WorldEditError(f"{edit.section} has the fields: {', '.join(fields)}")
    if edit.field == "attitude" and ":" not in edit.value:
        raise WorldEditError("write an attitude as `Character: attitude`")


def apply_edit(state: WorldState, edit: WorldEdit) -> WorldState:
    """The state with `edit` applied; raises WorldEditError for a bad edit."""
    validate_edit(edit)
    identity = _identity(edit.section, edit.name.strip())
    entities: list[BaseModel] = list(getattr(state, edit.section))
    at = next((i for i, e in enumerate(entities) if _matches(e, identity)), -1)
    if edit.op == "remove":
        if at < 0:
            raise WorldEditError(f"no {edit.section} entry named {edit.name!r}")
        entities.pop(at)
        return state.model_copy(update={edit.section: entities})
    entity_type = _TYPES[edit.section]
    current = entities[at].model_dump() if at >= 0 else dict(identity)
    value: Any = edit.value.strip()
    field = edit.field
    if field == "traits":
        value = [t.strip() for t in value.split(",") if t.strip()]
    elif field == "attitude":
        who, _, attitude = value.partition(":")
        field, value = "attitudes", {**current.get("attitudes", {}), who.strip(): attitude.strip()}
    try:
        entity = entity_type.model_validate({**current, field: value})
    except ValidationError as exc:
        error = exc.errors()[0]
        raise WorldEditError(f"{edit.field}: {error['msg']}") from None
    if at >= 0:
        entities[at] = entity
    else:
        entities.append(entity)
    return state.model_copy(update={edit.section: entities})


def apply_edits(state: WorldState, edits: list[WorldEdit]) -> WorldState:
    """Replay stored edits; one that no longer applies (its entry is gone) is skipped."""
    for edit in edits:
        try:
            state = apply_edit(state, edit)
        except WorldEditError:
            continue
    return state
