"""Card import/export: V1, V2, V3 as JSON, PNG and .charx, losslessly."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from bot.cards import CardError, card_from_dict, dump_card, load_card, load_card_file
from bot.cards import png as png_chunks
from bot.cards.lorebook_io import lorebook_from_card

REPO = Path(__file__).resolve().parents[1]


def v2_card() -> dict[str, Any]:
    return {
        "spec": "chara_card_v2",
        "spec_version": "2.0",
        "data": {
            "name": "Wren",
            "description": "A lamplighter.",
            "personality": "patient",
            "scenario": "Dusk in the port.",
            "first_mes": "The lamps are lit.",
            "mes_example": "<START>\n{{char}}: Mind the step.",
            "creator_notes": "",
            "system_prompt": "",
            "post_history_instructions": "",
            "alternate_greetings": ["Evening."],
            "tags": ["port"],
            "creator": "tests",
            "character_version": "1",
            "extensions": {"some_app": {"deep": [1, {"x": None}]}, "talkativeness": "0.5"},
            "character_book": {
                "name": "Port",
                "entries": [
                    {
                        "keys": ["harbour"],
                        "content": "Ships.",
                        "extensions": {"position": 0, "probability": None},
                        "enabled": True,
                        "insertion_order": 10,
                        "unknown_entry_field": "kept",
                    }
                ],
            },
            "unknown_data_field": {"kept": True},
        },
        "top_level_extra": 5,
    }


def v3_card() -> dict[str, Any]:
    raw = v2_card()
    raw["spec"], raw["spec_version"] = "chara_card_v3", "3.0"
    raw["data"].update(
        nickname="Wrennie",
        group_only_greetings=["Welcome, all of you."],
        assets=[
            {
                "type": "icon",
                "uri": "embeded://assets/icon/images/main.png",
                "name": "main",
                "ext": "png",
            }
        ],
        creator_notes_multilingual={"en": "Hi", "fr": "Salut"},
        source=["https://example.org/wren"],
        creation_date=1700000000,
        modification_date=1700000500,
    )
    return raw


def test_v2_json_keeps_every_field_and_round_trips() -> None:
    card = card_from_dict(v2_card())
    assert card.to_dict() == v2_card()
    assert load_card(dump_card(card, "json")).to_dict() == v2_card()


def test_v3_fields_are_typed() -> None:
    card = card_from_dict(v3_card())
    assert card.is_v3
    assert card.data.nickname == "Wrennie"
    assert card.data.prompt_name == "Wrennie"
    assert card.data.group_only_greetings == ["Welcome, all of you."]
    assert card.data.assets is not None and card.data.assets[0].type == "icon"
    assert card.data.creator_notes_multilingual == {"en": "Hi", "fr": "Salut"}
    assert card.data.creation_date == 1700000000
    assert card.to_dict() == v3_card()


@pytest.mark.parametrize("make", [v2_card, v3_card])
def test_png_round_trip_is_identical_and_writes_both_chunks(make: Any) -> None:
    card = card_from_dict(make())
    image = dump_card(card, "png")
    texts = png_chunks.read_text_chunks(image)
    assert set(texts) == {"chara", "ccv3"}
    assert json.loads(base64.b64decode(texts["ccv3"]))["spec"] == "chara_card_v3"
    assert json.loads(base64.b64decode(texts["chara"]))["spec"] == "chara_card_v2"
    assert load_card(image).to_dict() == make()


def test_png_export_keeps_the_image_and_replaces_old_card_chunks() -> None:
    first = dump_card(card_from_dict(v2_card()), "png")
    changed = card_from_dict(v2_card())
    changed.data.name = "Other"
    second = dump_card(changed, "png", image=first)
    assert load_card(second).data.name == "Other"
    idat = [p for kind, p in png_chunks.iter_chunks(first) if kind == b"IDAT"]
    assert idat == [p for kind, p in png_chunks.iter_chunks(second) if kind == b"IDAT"]
    assert sum(kind == b"tEXt" for kind, _ in png_chunks.iter_chunks(second)) == 2


def test_ccv3_is_read_first_when_the_cards_differ() -> None:
    v3 = v3_card()
    v2 = v2_card()
    v2["data"]["name"] = "Stale backfill"
    texts = {
        "chara": base64.b64encode(json.dumps(v2).encode()),
        "ccv3": base64.b64encode(json.dumps(v3).encode()),
    }
    image = png_chunks.write_text_chunks(png_chunks.blank_png(), texts)
    assert load_card(image).data.name == "Wren"
    assert load_card(image).is_v3


def test_charx_round_trip_with_assets() -> None:
    card = card_from_dict(v3_card())
    icon = png_chunks.blank_png(2, 2)
    packed = dump_card(card, "charx", assets={"assets/icon/images/main.png": icon})
    loaded = load_card_file(packed)
    assert loaded.source_format == "charx"
    assert loaded.card.to_dict() == v3_card()
    assert loaded.assets == {"assets/icon/images/main.png": icon}


def test_v1_flat_card_is_upgraded_to_v2() -> None:
    flat = {
        "name": "Old Tom",
        "description": "A ferryman.",
        "personality": "gruff",
        "scenario": "The river.",
        "first_mes": "Fare's a coin.",
        "mes_example": None,
        "creatorcomment": "from 2023",
        "avatar": "none",
    }
    card = card_from_dict(flat)
    assert card.spec == "chara_card_v2"
    assert card.data.name == "Old Tom"
    assert card.data.mes_example == ""
    assert card.data.creator_notes == "from 2023"
    out = card.to_dict()
    assert out["avatar"] == "none" and out["data"]["alternate_greetings"] == []


def test_card_built_in_code_exports_the_required_fields() -> None:
    from bot.cards import CardData, CharacterCard

    out = CharacterCard(data=CardData(name="Nib")).to_dict()
    assert out["spec"] == "chara_card_v2"
    assert out["data"]["alternate_greetings"] == [] and out["data"]["extensions"] == {}
    assert (
        CharacterCard(spec="chara_card_v3", spec_version="3.0", data=CardData(name="N")).to_dict()[
            "data"
        ]["group_only_greetings"]
        == []
    )


def test_v3_backfill_drops_v3_only_fields() -> None:
    backfill = card_from_dict(v3_card()).as_v2().to_dict()
    assert backfill["spec"] == "chara_card_v2"
    assert "nickname" not in backfill["data"] and "assets" not in backfill["data"]


def test_lorebook_from_card() -> None:
    book = lorebook_from_card(card_from_dict(v2_card()))
    assert book is not None and book.name == "Port"
    assert [entry.keys for entry in book.entries] == [("harbour",)]


def test_a_lorebook_is_not_a_card() -> None:
    with pytest.raises(CardError, match="lorebook, not a character card"):
        card_from_dict({"spec": "lorebook_v3", "data": {"entries": []}})


@pytest.mark.parametrize("path", ["cards/narrator.json", "cards/campaigns/ember_coast.json"])
def test_project_cards_load(path: str) -> None:
    card = load_card(REPO / path)
    assert card.data.name and card.data.first_mes
    assert card.data.system_prompt or card.data.scenario.startswith("Premise:")
    assert len(card.data.group_only_greetings) >= 2
    assert card.to_dict() == json.loads((REPO / path).read_text(encoding="utf-8"))


def test_narrator_card_has_sampling_settings() -> None:
    sampling = load_card(REPO / "cards/narrator.json").data.extensions["loremaster"]["sampling"]
    assert 0 < sampling["temperature"] <= 2 and 0 < sampling["top_p"] <= 1
    assert sampling["max_tokens"] > 0


def test_campaign_lorebook_uses_several_options() -> None:
    card = load_card(REPO / "cards/campaigns/ember_coast.json")
    book = lorebook_from_card(card)
    assert book is not None and len(book.entries) >= 8
    assert any(entry.constant for entry in book.entries)
    assert any(entry.selective and entry.secondary_keys for entry in book.entries)
    assert len({entry.selective_logic for entry in book.entries}) >= 2
