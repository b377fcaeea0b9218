"""Acceptance against the shared corpus (skipped when ../shared is absent)."""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path

import pytest

from bot.cards import dump_card, load_card
from bot.cards import png as png_chunks
from bot.cards.lorebook_io import load_lorebook
from bot.engine.lorebook import activate

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
SERAPHINA = CORPUS / "default_Seraphina.png"
ELDORIA = CORPUS / "Eldoria.json"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")


def source_json() -> dict[str, object]:
    texts = png_chunks.read_text_chunks(SERAPHINA.read_bytes())
    value: dict[str, object] = json.loads(base64.b64decode(texts["chara"]))
    return value


def test_seraphina_imports_with_every_field_equal_to_the_source() -> None:
    card = load_card(SERAPHINA)
    assert card.to_dict() == source_json()
    assert card.data.name == "Seraphina"
    assert card.data.extensions["world"] == "Eldoria"
    assert card.data.character_book is not None
    assert len(card.data.character_book.entries) == 4


@pytest.mark.parametrize("fmt", ["json", "png"])
def test_seraphina_export_then_import_is_identical(fmt: str) -> None:
    card = load_card(SERAPHINA)
    again = load_card(dump_card(card, fmt, image=SERAPHINA.read_bytes()))  # type: ignore[arg-type]
    assert again == card
    assert again.to_dict() == source_json()


def test_seraphina_png_export_keeps_the_picture() -> None:
    original = SERAPHINA.read_bytes()
    exported = dump_card(load_card(SERAPHINA), "png", image=original)
    pixels = [p for kind, p in png_chunks.iter_chunks(original) if kind == b"IDAT"]
    assert pixels == [p for kind, p in png_chunks.iter_chunks(exported) if kind == b"IDAT"]


def test_eldoria_imports_all_four_entries() -> None:
    book = load_lorebook(ELDORIA)
    assert [entry.uid for entry in book.entries] == [0, 1, 2, 3]
    assert all(entry.enabled and not entry.constant for entry in book.entries)


@pytest.mark.parametrize(
    ("message", "uid"),
    [
        ("I stumble through the forest.", 0),
        ("Something howls: a beast!", 1),
        ("Is this place a refuge?", 2),
        ("Show me your magic.", 3),
    ],
)
def test_eldoria_entries_activate_on_their_keys(message: str, uid: int) -> None:
    book = load_lorebook(ELDORIA)
    flat = type(book)(entries=book.entries, recursive_scanning=False)
    found = activate(
        flat, [message], turn=1, rng=random.Random(0), count_tokens=lambda text: len(text.split())
    )
    assert [item.entry.uid for item in found] == [uid]
    assert found[0].content.startswith("{{user}}:")


def test_eldoria_stays_quiet_without_keys() -> None:
    book = load_lorebook(ELDORIA)
    found = activate(
        book, ["We talk about the weather."], turn=1, rng=random.Random(0), count_tokens=len
    )
    assert found == []


def test_seraphina_book_matches_the_standalone_world() -> None:
    from bot.cards.lorebook_io import lorebook_from_card

    embedded = lorebook_from_card(load_card(SERAPHINA))
    assert embedded is not None
    standalone = load_lorebook(ELDORIA)
    assert [e.keys for e in embedded.entries] == [e.keys for e in standalone.entries]
    assert [e.content for e in embedded.entries] == [e.content for e in standalone.entries]
