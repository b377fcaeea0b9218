"""World state, pure: merge rules, lenient validation, JSON repair, GM edits, forgetting."""

from __future__ import annotations

import json

import pytest

from bot.engine.memory.edits import WorldEdit, WorldEditError, apply_edit, apply_edits
from bot.engine.memory.jsonfix import extract_json
from bot.engine.memory.render import relevant_entries, render_state
from bot.engine.memory.world import (
    MAX_TEXT,
    NPC,
    Item,
    WorldState,
    WorldUpdate,
    merge,
    parse_update,
    without_character,
)
from bot.llm.base import estimate_tokens


def test_merge_adds_amends_and_removes_by_case_insensitive_name() -> None:
    state = WorldState(npcs=[NPC(name="Old Tom", traits=["gruff"], whereabouts="the pier")],
                       items=[Item(name="Silver Key", holder="Tom")])
    update, problems = parse_update({
        "npcs": [{"name": "old  tom", "traits": ["Gruff", "one-eyed"],
                  "attitudes": {"Mira": "wary"}},
                 {"name": "Sela", "whereabouts": "the chapel"}],
        "items": [{"name": "silver key", "holder": "Mira"}, {"name": "Lamp", "gone": True}],
        "threads": [{"name": "The drowned bell", "status": "open"}],
        "conditions": [{"character": "Mira", "condition": "wounded"}],
    })
    after = merge(state, update)
    assert problems == []
    tom = after.npcs[0]
    assert tom.name == "Old Tom" and tom.traits == ["gruff", "one-eyed"]
    assert tom.whereabouts == "the pier"  # not mentioned: kept
    assert tom.attitudes == {"Mira": "wary"}
    assert [n.name for n in after.npcs] == ["Old Tom", "Sela"]
    assert after.items == [Item(name="Silver Key", holder="Mira")]
    assert after.threads[0].status == "open"
    healed = merge(after, WorldUpdate.model_validate(
        {"conditions": [{"character": "mira", "condition": ""}],
         "threads": [{"name": "the drowned bell", "status": "resolved"}],
         "npcs": [{"name": "Sela", "gone": True}]}))
    assert healed.conditions == [] and healed.threads[0].status == "resolved"
    assert [n.name for n in healed.npcs] == ["Old Tom"]


def test_partial_report_keeps_valid_entries_and_names_the_bad_ones() -> None:
    update, problems = parse_update({
        "npcs": [{"name": "Tom", "traits": "not-a-list"}, {"name": "Sela"}, {"traits": ["x"]}],
        "items": {"name": "Rope", "holder": "Tor"},  # one object where a list belongs
        "threads": "none",
        "weather": [],
    })
    assert [n.name for n in update.npcs] == ["Sela"]
    assert [i.name for i in update.items] == ["Rope"]
    assert len(problems) == 4
    assert any(p.startswith("npcs[0]") for p in problems)
    assert any("weather" in p for p in problems)


def test_long_strings_are_clipped() -> None:
    update, _ = parse_update({"npcs": [{"name": "Tom", "notes": "x" * 5000}]})
    assert len(update.npcs[0].notes or "") == MAX_TEXT


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('{"npcs": []}', {"npcs": []}),
        ('Sure! Here it is:\n```json\n{"a": 1,}\n```\nHope that helps.', {"a": 1}),
        ('{"a": True, "b": None}', {"a": True, "b": None}),
        ('{"npcs": [{"name": "Tom"}, {"name": "Se', {"npcs": [{"name": "Tom"}, {"name": "Se"}]}),
        ('{"npcs": [{"name": "Tom", "notes', {"npcs": [{"name": "Tom"}]}),
        ('{"items": [{"name": "Rope", "holder":', {"items": [{"name": "Rope", "holder": None}]}),
        ('{"a": {"b": [1, 2', {"a": {"b": [1, 2]}}),
    ],
)
def test_json_is_recovered_from_messy_output(raw: str, expected: dict) -> None:
    assert extract_json(raw) == expected


@pytest.mark.parametrize("raw", ["I cannot do that.", "", "[1, 2, 3]", "{]}", "{{{{"])
def test_hopeless_output_gives_none(raw: str) -> None:
    assert extract_json(raw) is None


def test_gm_edits_set_and_remove_with_clear_errors() -> None:
    state = WorldState()
    state = apply_edit(state, WorldEdit("set", "npcs", "Old Tom", "whereabouts", "the light"))
    state = apply_edit(state, WorldEdit("set", "npcs", "old tom", "attitude", "Mira: fond"))
    state = apply_edit(state, WorldEdit("set", "npcs", "Old Tom", "traits", "gruff, kind"))
    state = apply_edit(state, WorldEdit("set", "relationships", "Tom & Mira", "kind", "kin"))
    state = apply_edit(state, WorldEdit("set", "threads", "Bell", "status", "resolved"))
    assert state.npcs[0] == NPC(name="Old Tom", traits=["gruff", "kind"],
                                whereabouts="the light", attitudes={"Mira": "fond"})
    assert state.relationships[0].kind == "kin" and state.threads[0].status == "resolved"
    state = apply_edit(state, WorldEdit("remove", "relationships", "mira & tom"))
    assert state.relationships == []
    for bad, message in [
        (WorldEdit("set", "dragons", "X", "name", "y"), "unknown section"),
        (WorldEdit("set", "npcs", "X", "colour", "y"), "fields"),
        (WorldEdit("set", "threads", "Bell", "status", "maybe"), "status"),
        (WorldEdit("set", "npcs", "X", "attitude", "fond"), "Character: attitude"),
        (WorldEdit("remove", "items", "Nothing"), "no items entry"),
        (WorldEdit("set", "relationships", "Tom", "kind", "x"), "A & B"),
    ]:
        with pytest.raises(WorldEditError, match=message):
            apply_edit(state, bad)
    replayed = apply_edits(WorldState(), [WorldEdit("remove", "items", "gone"),
                                          WorldEdit("set", "items", "Rope", "holder", "Tor")])
    assert replayed.items == [Item(name="Rope", holder="Tor")]


def test_without_character_drops_every_trace() -> None:
    state = WorldState.model_validate({
        "npcs": [{"name": "Tom", "attitudes": {"Mira": "fond", "Tor": "wary"},
                  "notes": "Owes Mira a debt."},
                 {"name": "Mira's shadow"}],
        "relationships": [{"a": "Mira", "b": "Tom", "kind": "kin"},
                          {"a": "Tor", "b": "Tom", "kind": "rivals"}],
        "items": [{"name": "Key", "holder": "Mira"}],
        "conditions": [{"character": "Mira", "condition": "wounded"},
                       {"character": "Tor", "condition": "tired"}],
        "threads": [{"name": "Find Mira's brother"}, {"name": "The bell", "notes": "x"}],
    })
    cleaned = without_character(state, "mira")
    assert "mira" not in json.dumps(cleaned.model_dump()).casefold()
    assert cleaned.npcs[0].attitudes == {"Tor": "wary"}
    assert [c.character for c in cleaned.conditions] == ["Tor"]
    assert len(cleaned.relationships) == 1 and cleaned.items[0].holder == ""


def test_relevant_entries_prefer_what_the_round_names_within_budget() -> None:
    state = WorldState.model_validate({
        "npcs": [{"name": f"Npc{i}", "notes": "a long note " * 5} for i in range(30)]
        + [{"name": "Old Tom", "whereabouts": "the lighthouse"}],
        "conditions": [{"character": "Mira", "condition": "wounded"}],
    })
    text = relevant_entries(state, ["I ask Old Tom about the bell."], ["Mira"], 60,
                            estimate_tokens)
    assert "Old Tom — at the lighthouse" in text and "Mira is wounded" in text
    assert estimate_tokens(text) <= 60
    assert "Npc1" not in text
    assert render_state(WorldState()) == "Nothing has been recorded yet."
    assert "**People**" in render_state(state)
