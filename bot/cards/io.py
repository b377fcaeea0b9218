"""Reading and writing character cards as JSON, PNG and .charx.

`load_card` accepts a path or raw bytes and recognises the format by its
magic bytes. Everything that can go wrong becomes a `CardError`; nothing is
written anywhere while reading.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from bot.cards import charx, png
from bot.cards.errors import MAX_FILE_BYTES, MAX_JSON_BYTES, CardError
from bot.cards.limits import (
    check_entry_count,
    check_keys,
    check_list,
    check_nesting,
    check_text,
    check_value_count,
)
from bot.cards.model import SPEC_V2, SPEC_V3, CardData, CharacterCard

CardFormat = Literal["json", "png", "charx"]
_V1_FIELDS = ("name", "description", "personality", "scenario", "first_mes", "mes_example")
_TEXT_FIELDS = (
    "name",
    "description",
    "personality",
    "scenario",
    "first_mes",
    "mes_example",
    "creator_notes",
    "system_prompt",
    "post_history_instructions",
    "nickname",
)


@dataclass
class LoadedCard:
    """A card and what came with it: the PNG it sat in, or a .charx's files."""

    card: CharacterCard
    source_format: CardFormat
    image: bytes | None = None
    assets: dict[str, bytes] = field(default_factory=dict)


def read_source(source: str | Path | bytes) -> bytes:
    """The bytes of a file or buffer, refusing anything over the size limit."""
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise CardError(_too_big(path.stat().st_size))
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise CardError(f"no such file: {path}") from exc
        except IsADirectoryError as exc:
            raise CardError(f"{path} is a directory, not a card file") from exc
        except OSError as exc:
            raise CardError(f"cannot read {path}: {exc.strerror}") from exc
    if len(data) > MAX_FILE_BYTES:
        raise CardError(_too_big(len(data)))
    return data


def _too_big(size: int) -> str:
    return f"file is too large ({size / 2**20:.1f} MB > {MAX_FILE_BYTES // 2**20} MB)"


def detect_format(data: bytes, filename: str | None = None) -> CardFormat:
    if png.is_png(data):
        return "png"
    if charx.is_zip(data):
        return "charx"
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"["):
        return "json"
    suffix = Path(filename).suffix.lower() if filename else ""
    if suffix == ".png":
        raise CardError("not a PNG file (bad signature)")
    if suffix == ".charx":
        raise CardError("not a valid .charx (zip) file")
    if suffix == ".json":
        raise CardError("invalid JSON: the file does not start with '{'")
    raise CardError("unrecognised file: expected a card as .json, .png or .charx")


def parse_json(data: bytes, what: str = "JSON") -> Any:
    if len(data) > MAX_JSON_BYTES:
        raise CardError(f"{what} is too large ({len(data):,} bytes)")
    check_value_count(data, what)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CardError(f"{what} is not valid UTF-8") from exc
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise CardError(f"invalid {what}: {exc.msg} at {where}") from exc
    except RecursionError as exc:
        raise CardError(f"invalid {what}: nested too deeply") from exc
    check_nesting(value)
    return value


def load_card_file(source: str | Path | bytes, *, filename: str | None = None) -> LoadedCard:
    """Read a card from a path or bytes (JSON, PNG or .charx, by content)."""
    if filename is None and not isinstance(source, bytes):
        filename = str(source)
    data = read_source(source)
    fmt = detect_format(data, filename)
    if fmt == "png":
        return LoadedCard(_card_from_png(data), "png", image=data)
    if fmt == "charx":
        card_json, files = charx.read_charx(data)
        return LoadedCard(card_from_dict(parse_json(card_json, "card.json")), "charx", assets=files)
    return LoadedCard(card_from_dict(parse_json(data)), "json")


def load_card(source: str | Path | bytes, *, filename: str | None = None) -> CharacterCard:
    """Read a chara_card_v1/v2/v3 card from a .json, .png or .charx file or bytes."""
    return load_card_file(source, filename=filename).card


def _card_from_png(data: bytes) -> CharacterCard:
    texts = {k: v for k, v in png.read_text_chunks(data).items() if k in png.CARD_KEYWORDS}
    if not texts:
        raise CardError("PNG has no character card in it (no 'chara' or 'ccv3' chunk)")
    cards = {key: card_from_dict(_decode_chunk(key, value)) for key, value in texts.items()}
    v3 = cards.get("ccv3")
    v2 = cards.get("chara")
    if v3 is None or v2 is None:
        return v3 or v2  # type: ignore[return-value]
    # ccv3 wins, unless `chara` holds the very same card (it is then the V2
    # original we exported with a V3 twin): the chunk written first is the
    # card's own spec, which keeps PNG export → import exact.
    if v2.as_v3().to_dict() == v3.to_dict() and next(iter(texts)) == "chara":
        return v2
    return v3


def _decode_chunk(keyword: str, value: bytes) -> Any:
    try:
        raw = base64.b64decode(b"".join(value.split()), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise CardError(f"bad base64 in the PNG {keyword!r} chunk") from exc
    return parse_json(raw, f"JSON in the PNG {keyword!r} chunk")


def card_from_dict(raw: Any) -> CharacterCard:
    """Validate a parsed card JSON (V1 flat cards are upgraded to V2)."""
    if not isinstance(raw, dict):
        raise CardError("a card must be a JSON object")
    spec = raw.get("spec")
    if spec == "lorebook_v3" or (spec is None and isinstance(raw.get("entries"), dict | list)):
        raise CardError("this is a lorebook, not a character card")
    if spec in (SPEC_V2, SPEC_V3) or (spec is None and "data" in raw):
        if not isinstance(raw.get("data"), dict):
            raise CardError("wrong type: the card's 'data' must be an object")
    elif spec is None and "name" in raw:
        raw = _upgrade_v1(raw)
    else:
        raise CardError(f"unknown card spec {spec!r}" if spec else "not a character card")
    try:
        card = CharacterCard.model_validate(raw)
    except ValidationError as exc:
        raise CardError(_describe(exc)) from exc
    check_card_limits(card.data)
    return card


def _upgrade_v1(raw: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key in _V1_FIELDS:
        value = raw.get(key)
        data[key] = "" if value is None else value
    if isinstance(raw.get("creatorcomment"), str):
        data["creator_notes"] = raw["creatorcomment"]
    # The flat fields stay at the top level too, as V2 writers backfill them.
    return {**raw, "spec": SPEC_V2, "spec_version": "2.0", "data": data}


def _describe(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "card"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"wrong type at {where}: {first['msg']}{more}"


def check_card_limits(data: CardData) -> None:
    for name in _TEXT_FIELDS:
        check_text(name, getattr(data, name))
    for name in ("alternate_greetings", "group_only_greetings", "tags", "source"):
        items = getattr(data, name)
        check_list(name, items)
        for item in items or ():
            check_text(f"an item of {name}", item)
    check_list("assets", data.assets)
    book = data.character_book
    if book is not None:
        check_entry_count(len(book.entries))
        for index, entry in enumerate(book.entries):
            check_text(f"lorebook entry {index} content", entry.content)
            check_keys(f"lorebook entry {index}", entry.keys)
            check_keys(f"lorebook entry {index} secondary keys", entry.secondary_keys)


def dump_card(
    card: CharacterCard,
    fmt: CardFormat = "json",
    *,
    image: bytes | None = None,
    assets: dict[str, bytes] | None = None,
) -> bytes:
    """Serialise a card: JSON as is; PNG with both `chara` and `ccv3`; .charx as V3."""
    if fmt == "json":
        return _json_bytes(card.to_dict(), indent=2)
    if fmt == "png":
        own, twin = ("ccv3", "chara") if card.is_v3 else ("chara", "ccv3")
        forms = {"ccv3": card.as_v3().to_dict(), "chara": card.as_v2().to_dict()}
        texts = {key: base64.b64encode(_json_bytes(forms[key])) for key in (own, twin)}
        return png.write_text_chunks(image or png.blank_png(), texts)
    if fmt == "charx":
        return charx.write_charx(card.as_v3().to_dict(), assets)
    raise CardError(f"unknown export format {fmt!r}: use json, png or charx")


def _json_bytes(value: Any, indent: int | None = None) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=indent).encode("utf-8")
