"""Lorebook files and dicts → the engine's `Lorebook`.

Three shapes are read: SillyTavern world info (`{"entries": {uid: {key,
keysecondary, selectiveLogic, …}}}`), a card's `character_book` (the V2/V3
lorebook object, with SillyTavern's extras under each entry's `extensions`),
and a standalone `{"spec": "lorebook_v3", "data": <lorebook>}`. A card file
(.png, .charx, card JSON) gives its own `character_book`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.cards.errors import CardError
from bot.cards.io import card_from_dict, detect_format, load_card, parse_json, read_source
from bot.cards.limits import check_entry_count, check_keys, check_text
from bot.cards.model import CharacterBook, CharacterCard, LoreBookEntry
from bot.engine.lorebook import DEFAULT_DEPTH, POSITIONS, Lorebook, LoreEntry, SelectiveLogic

_V2_POSITIONS = {"before_char": "before_char", "after_char": "after_char"}


class _WorldInfoEntry(BaseModel):
    """One SillyTavern world info entry; unknown fields are ignored."""

    model_config = ConfigDict(extra="ignore")

    uid: int | str | None = None
    key: list[str] = Field(default_factory=list)
    keysecondary: list[str] = Field(default_factory=list)
    content: str = ""
    comment: str = ""
    constant: bool = False
    selective: bool = True
    selectiveLogic: int = 0
    disable: bool = False
    order: float = 100
    position: int | None = 0
    depth: int | None = DEFAULT_DEPTH
    probability: float | None = 100
    useProbability: bool = True
    scanDepth: int | None = None
    caseSensitive: bool | None = None
    matchWholeWords: bool | None = None
    excludeRecursion: bool = False
    preventRecursion: bool = False


class _WorldInfo(BaseModel):
    model_config = ConfigDict(extra="ignore")

    name: str = ""
    entries: dict[str, _WorldInfoEntry] | list[_WorldInfoEntry]


def load_lorebook(source: str | Path | bytes, *, filename: str | None = None) -> Lorebook:
    """Read a lorebook file (any of the three shapes), or a card file's own lorebook."""
    if filename is None and not isinstance(source, bytes):
        filename = str(source)
    data = read_source(source)
    if detect_format(data, filename) != "json":
        book = lorebook_from_card(load_card(data, filename=filename))
        if book is None:
            raise CardError("this card has no lorebook")
        return book
    return lorebook_from_dict(parse_json(data), name=Path(filename).stem if filename else "")


def storable_lorebook(data: bytes, *, filename: str) -> tuple[dict[str, Any], Lorebook]:
    """An uploaded lorebook as the JSON object to keep, and its parsed form (a bad file
    raises CardError). A card (.png, .charx or card JSON) gives its `character_book`."""
    stem = Path(filename).stem
    if detect_format(data, filename) == "json":
        raw = parse_json(data, "the lorebook")
        if not _is_card(raw):
            return raw, lorebook_from_dict(raw, name=stem)
        card = card_from_dict(raw)
    else:
        card = load_card(data, filename=filename)
    if card.data.character_book is None:
        raise CardError("this card has no lorebook")
    raw = {"spec": "lorebook_v3",
           "data": card.data.character_book.model_dump(mode="json", exclude_none=True)}
    return raw, lorebook_from_dict(raw, name=card.data.name)


def _is_card(raw: Any) -> bool:
    return isinstance(raw, dict) and raw.get("spec") != "lorebook_v3" and (
        raw.get("spec") in ("chara_card_v2", "chara_card_v3") or "data" in raw)


def lorebook_from_dict(raw: Any, *, name: str = "") -> Lorebook:
    """Normalize a parsed lorebook JSON object of any supported shape."""
    if not isinstance(raw, dict):
        raise CardError("a lorebook must be a JSON object")
    if raw.get("spec") == "lorebook_v3":
        if not isinstance(raw.get("data"), dict):
            raise CardError("wrong type: a lorebook_v3 file's 'data' must be an object")
        return from_character_book(_validate_book(raw["data"]), name=name)
    if raw.get("spec") in ("chara_card_v2", "chara_card_v3") or "data" in raw:
        book = lorebook_from_card(card_from_dict(raw))
        if book is None:
            raise CardError("this card has no lorebook")
        return book
    entries = raw.get("entries")
    if isinstance(entries, dict) or _looks_like_world_info(entries):
        return _from_world_info(raw, name=name)
    if isinstance(entries, list):
        return from_character_book(_validate_book(raw), name=name)
    raise CardError("not a lorebook: no 'entries'")


def lorebook_from_card(card: CharacterCard) -> Lorebook | None:
    """The card's embedded `character_book`, normalized; None when it has none."""
    book = card.data.character_book
    return None if book is None else from_character_book(book, name=card.data.name)


def _looks_like_world_info(entries: Any) -> bool:
    return isinstance(entries, list) and any(isinstance(e, dict) and "key" in e for e in entries)


def _validate_book(raw: dict[str, Any]) -> CharacterBook:
    entries = raw.get("entries")
    if isinstance(entries, list):
        check_entry_count(len(entries))
    try:
        return CharacterBook.model_validate(raw)
    except ValidationError as exc:
        raise CardError(_describe(exc)) from exc


def _describe(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "lorebook"
    return f"wrong type at {where}: {first['msg']}"


def from_character_book(book: CharacterBook, *, name: str = "") -> Lorebook:
    """A V2/V3 `character_book` (as the card model holds it) → `Lorebook`."""
    check_entry_count(len(book.entries))
    entries = tuple(_from_book_entry(index, entry) for index, entry in enumerate(book.entries))
    return Lorebook(
        entries=entries,
        name=book.name or name,
        scan_depth=2 if book.scan_depth is None else max(book.scan_depth, 0),
        token_budget=book.token_budget,
        recursive_scanning=True if book.recursive_scanning is None else book.recursive_scanning,
    )


def _from_book_entry(index: int, entry: LoreBookEntry) -> LoreEntry:
    where = f"lorebook entry {index}"
    check_text(f"{where} content", entry.content)
    check_keys(where, entry.keys)
    check_keys(f"{where} secondary keys", entry.secondary_keys)
    ext = entry.extensions
    position = _V2_POSITIONS.get(str(entry.position), "before_char")
    if isinstance(ext.get("position"), int):  # SillyTavern's finer positions
        position = _st_position(ext["position"])
    probability = _number(ext.get("probability"), 100)
    return LoreEntry(
        uid=entry.id if entry.id is not None else index,
        keys=tuple(entry.keys),
        content=entry.content,
        secondary_keys=tuple(entry.secondary_keys or ()),
        selective=bool(entry.selective),
        selective_logic=_logic(ext.get("selectiveLogic")),
        constant=bool(entry.constant),
        enabled=entry.enabled,
        case_sensitive=_flag(entry.case_sensitive, ext.get("case_sensitive")),
        match_whole_words=_flag(None, ext.get("match_whole_words")),
        use_regex=bool(entry.use_regex),
        insertion_order=entry.insertion_order,
        priority=entry.priority,
        position=position,
        depth=int(_number(ext.get("depth"), DEFAULT_DEPTH)),
        scan_depth=_int_or_none(ext.get("scan_depth")),
        probability=probability,
        use_probability=bool(ext.get("useProbability", probability < 100)),
        exclude_recursion=bool(ext.get("exclude_recursion", False)),
        prevent_recursion=bool(ext.get("prevent_recursion", False)),
        name=entry.name or "",
        comment=entry.comment or "",
    )


def _from_world_info(raw: dict[str, Any], *, name: str) -> Lorebook:
    entries = raw.get("entries")
    check_entry_count(len(entries) if isinstance(entries, dict | list) else 0)
    try:
        info = _WorldInfo.model_validate(raw)
    except ValidationError as exc:
        raise CardError(_describe(exc)) from exc
    items = info.entries.items() if isinstance(info.entries, dict) else enumerate(info.entries)
    normalized = []
    for slot, item in items:
        where = f"lorebook entry {slot}"
        check_text(f"{where} content", item.content)
        check_keys(where, item.key)
        check_keys(f"{where} secondary keys", item.keysecondary)
        normalized.append(
            LoreEntry(
                uid=item.uid if item.uid is not None else slot,
                keys=tuple(item.key),
                content=item.content,
                secondary_keys=tuple(item.keysecondary),
                selective=item.selective,
                selective_logic=_logic(item.selectiveLogic),
                constant=item.constant,
                enabled=not item.disable,
                case_sensitive=item.caseSensitive,
                match_whole_words=item.matchWholeWords,
                insertion_order=item.order,
                position=_st_position(item.position),
                depth=DEFAULT_DEPTH if item.depth is None else item.depth,
                scan_depth=item.scanDepth,
                probability=100 if item.probability is None else item.probability,
                use_probability=item.useProbability,
                exclude_recursion=item.excludeRecursion,
                prevent_recursion=item.preventRecursion,
                comment=item.comment,
            )
        )
    return Lorebook(entries=tuple(normalized), name=info.name or name)


def _st_position(value: int | None) -> str:
    """SillyTavern numbers positions 0..6 in the order of `POSITIONS`."""
    return POSITIONS[value] if value is not None and 0 <= value < len(POSITIONS) else POSITIONS[0]


def _logic(value: Any) -> SelectiveLogic:
    try:
        return SelectiveLogic(int(value))
    except (TypeError, ValueError):
        return SelectiveLogic.AND_ANY


def _flag(value: bool | None, fallback: Any) -> bool | None:
    if value is not None:
        return value
    return fallback if isinstance(fallback, bool) else None


def _number(value: Any, default: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return float(value)


def _int_or_none(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return max(value, 0)
