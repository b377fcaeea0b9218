"""Malformed input: one clear CardError each, no crash, nothing written."""

from __future__ import annotations

import base64
import io
import json
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from bot.cards import CardError, dump_card, load_card
from bot.cards import png as png_chunks
from bot.cards.charx import write_charx
from bot.cards.errors import (
    MAX_FIELD_CHARS,
    MAX_JSON_BYTES,
    MAX_JSON_VALUES,
    MAX_ZIP_TOTAL_BYTES,
)
from bot.cards.lorebook_io import load_lorebook

CARD = {"spec": "chara_card_v2", "spec_version": "2.0", "data": {"name": "Wren"}}


def good_png() -> bytes:
    return dump_card(load_card(json.dumps(CARD).encode()), "png")


def expect(data: bytes, message: str, filename: str | None = None) -> None:
    with pytest.raises(CardError, match=message):
        load_card(data, filename=filename)


def test_truncated_png() -> None:
    data = good_png()
    expect(data[: len(data) // 2], "truncated PNG")
    expect(data[:-12], "truncated PNG")


def test_png_with_a_bad_checksum() -> None:
    data = bytearray(good_png())
    data[40] ^= 0xFF
    expect(bytes(data), "corrupt PNG|truncated")


def test_png_without_a_card_chunk() -> None:
    expect(png_chunks.blank_png(), "no character card")


def test_png_with_bad_base64() -> None:
    image = png_chunks.write_text_chunks(png_chunks.blank_png(), {"chara": b"not*base64!!"})
    expect(image, "bad base64")


def test_png_with_invalid_json_inside() -> None:
    image = png_chunks.write_text_chunks(
        png_chunks.blank_png(), {"ccv3": base64.b64encode(b"{not json")}
    )
    expect(image, "invalid JSON in the PNG 'ccv3' chunk")


def test_invalid_json() -> None:
    expect(b'{"spec": "chara_card_v2", "data": {', "invalid JSON")


def test_not_utf8() -> None:
    expect(b'{"name": "\xff"}', "not valid UTF-8")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"spec": "chara_card_v2", "data": {"name": 5}}, r"wrong type at data\.name"),
        ({"spec": "chara_card_v2", "data": "x"}, "'data' must be an object"),
        ({"spec": "chara_card_v2", "data": {"alternate_greetings": "hi"}}, "wrong type"),
        ({"spec": "chara_card_v3", "data": {"assets": [{"type": "icon"}]}}, "wrong type"),
        (
            {"spec": "chara_card_v2", "data": {"character_book": {"entries": [{"keys": 1}]}}},
            "wrong type at data.character_book",
        ),
        ({"spec": "chara_card_v9", "data": {}}, "unknown card spec"),
        ([1, 2], "must be a JSON object"),
        ({"hello": "world"}, "not a character card"),
    ],
)
def test_wrong_types(data: object, message: str) -> None:
    expect(json.dumps(data).encode(), message)


def test_fifty_megabyte_file(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(CardError, match="too large"):
        load_card(big)
    expect(b" " * (50 * 1024 * 1024), "too large")


def test_field_too_long() -> None:
    card = {"spec": "chara_card_v2", "data": {"description": "x" * (MAX_FIELD_CHARS + 1)}}
    expect(json.dumps(card).encode(), "description is too long")


def test_lorebook_of_ten_thousand_entries_in_a_card() -> None:
    entries = [{"keys": ["k"], "content": "c"} for _ in range(10_000)]
    card = {"spec": "chara_card_v2", "data": {"character_book": {"entries": entries}}}
    expect(json.dumps(card).encode(), "too many entries")


def test_standalone_lorebook_of_ten_thousand_entries(tmp_path: Path) -> None:
    path = tmp_path / "big_world.json"
    entries = {str(i): {"uid": i, "key": ["k"], "content": "c"} for i in range(10_000)}
    path.write_text(json.dumps({"entries": entries}))
    with pytest.raises(CardError, match="too many entries"):
        load_lorebook(path)


def test_deeply_nested_json() -> None:
    expect(b"[" * 100_000 + b"]" * 100_000, "nested")


def test_zip_bomb_charx() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("card.json", json.dumps(CARD))
        archive.writestr("assets/other/bomb.bin", b"\0" * (MAX_ZIP_TOTAL_BYTES + 1024))
    expect(buffer.getvalue(), "allowed size|zip bomb")


def test_zip_bomb_with_lying_headers() -> None:
    """A member whose header claims a small size is still cut off while inflating."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("card.json", json.dumps(CARD))
        archive.writestr("a.bin", b"\0" * (40 * 1024 * 1024))
        archive.writestr("b.bin", b"\0" * (40 * 1024 * 1024))
    data = bytearray(buffer.getvalue())
    # Rewrite the central directory's uncompressed sizes to claim 1 KB each.
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        name_len = int.from_bytes(data[pos + 28 : pos + 30], "little")
        name = bytes(data[pos + 46 : pos + 46 + name_len])
        if name.endswith(b".bin"):
            data[pos + 24 : pos + 28] = (1024).to_bytes(4, "little")
        pos = data.find(b"PK\x01\x02", pos + 4)
    with pytest.raises(CardError):
        load_card(bytes(data))


def test_charx_with_too_many_members() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("card.json", json.dumps(CARD))
        for index in range(1_001):
            archive.writestr(f"assets/other/{index}.txt", b"x")
    expect(buffer.getvalue(), "too many files")


def test_charx_without_card_json() -> None:
    expect(write_charx(CARD)[:0] + _zip_with({"readme.txt": b"hi"}), "no card.json")


def test_corrupt_charx() -> None:
    expect(b"PK\x03\x04" + b"\0" * 100, "not a valid .charx")


def test_wrong_extension_contents() -> None:
    expect(b"GIF89a....", "not a PNG", filename="card.png")
    expect(b"\x00\x01binary", "unrecognised file")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CardError, match="no such file"):
        load_card(tmp_path / "absent.png")


def _zip_with(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize("element", [b"{}", b"[]", b"0", b'""'])
def test_an_eight_megabyte_card_of_tiny_values_is_refused_before_it_is_built(
    element: bytes,
) -> None:
    """Bytes alone do not bound memory: `[{},{},…]` costs ~100 bytes per 3 read."""
    head = b'{"spec": "chara_card_v2", "data": {"name": "Wren", "extensions": {"x": ['
    tail = b"]}}}"
    count = (MAX_JSON_BYTES - len(head) - len(tail)) // (len(element) + 1)
    data = head + b",".join([element] * count) + tail
    assert len(data) <= MAX_JSON_BYTES
    tracemalloc.start()
    try:
        with pytest.raises(CardError, match=f"more than {MAX_JSON_VALUES:,} values"):
            load_card(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * MAX_JSON_BYTES, f"peak {peak / 2**20:.0f} MB while refusing the card"


@pytest.mark.parametrize("element", [b"0", b"{}", b"[ ]", b'""', b'",{["'])
def test_a_card_at_the_value_budget_loads_and_one_value_more_is_refused(element: bytes) -> None:
    head = b'{"spec": "chara_card_v2", "data": {"name": "Wren", "extensions": {"x": ['
    # Besides the items: the root, the spec, `data`, the name, `extensions` and `x`.
    items = MAX_JSON_VALUES - 6
    loaded = load_card(head + b",".join([element] * items) + b"]}}}")
    assert len(loaded.data.extensions["x"]) == items
    expect(head + b",".join([element] * (items + 1)) + b"]}}}", "more than")


def test_commas_and_brackets_inside_strings_are_not_counted_as_values() -> None:
    greeting = ('{[,"\\' * MAX_FIELD_CHARS)[:MAX_FIELD_CHARS]
    greetings = [greeting] * 5  # 600,000 commas and brackets, all inside strings
    card = {"spec": "chara_card_v2", "data": {"name": "Wren", "alternate_greetings": greetings}}
    data = json.dumps(card).encode()
    assert data.count(b",") + data.count(b"[") + data.count(b"{") > MAX_JSON_VALUES
    assert load_card(data).data.alternate_greetings == greetings
