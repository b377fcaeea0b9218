"""Model JSON repaired by a library: a seeded fuzz over mangled outputs.

Each case is a world update as a model might write it, mangled the ways models
mangle JSON (prose and code fences around it, trailing commas, Python literals,
raw line breaks in strings, a reply cut at the token limit). Whatever comes
back, no string in it may differ from a string the model wrote, except the one
string a cut went through, which may only lose its end.
"""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from bot.engine.memory.jsonfix import extract_json

# Strings that tempt a fixer: literal names, JSON punctuation, quotes, escapes.
TRICKY = [
    "None of the guards, True story",
    "False alarm at the gate",
    "null and void",
    "true",
    "None",
    "a, b, c,",
    "braces {like} these",
    "a bracket ] here",
    "ends with }",
    "colon: here",
    'she said "run" twice',
    "back\\slash and \\n not a newline",
    "tab\tinside",
    "naïve café, 🐉 and Ærøskøbing",
    "it's Tom's",
    "   spaced   ",
    "",
    "// not a comment",
    "# not a heading",
    "'single quoted'",
]
PLAIN = ["Tom", "Sela", "the old mill", "rope", "lantern", "harbour", "fond", "wary"]
FIELDS = ["name", "notes", "whereabouts", "holder", "description", "status", "kind"]


def _text(rng: random.Random) -> str:
    return rng.choice(TRICKY) if rng.random() < 0.6 else rng.choice(PLAIN)


def _update(rng: random.Random) -> dict[str, Any]:
    """A world update with strings, numbers, booleans and nulls, nested."""
    update: dict[str, Any] = {}
    for section in rng.sample(["npcs", "items", "places", "threads"], k=rng.randint(1, 3)):
        entities = []
        for _ in range(rng.randint(1, 3)):
            entity: dict[str, Any] = {"name": _text(rng)}
            for field in rng.sample(FIELDS[1:], k=rng.randint(0, 3)):
                roll = rng.random()
                if roll < 0.6:
                    entity[field] = _text(rng)
                elif roll < 0.7:
                    entity[field] = None
                elif roll < 0.8:
                    entity[field] = rng.random() < 0.5
                elif roll < 0.9:
                    entity[field] = rng.randint(-5, 500)
                else:
                    entity[field] = [_text(rng) for _ in range(rng.randint(0, 3))]
            entities.append(entity)
        update[section] = entities
    return update


def _dump(value: Any, rng: random.Random, style: dict[str, bool]) -> str:
    """JSON as a sloppy model writes it (Python literals, trailing commas, raw newlines)."""
    if value is None:
        return "None" if style["python"] else "null"
    if isinstance(value, bool):
        return ("True" if value else "False") if style["python"] else json.dumps(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        text = json.dumps(value, ensure_ascii=rng.random() < 0.3)
        if style["raw_newlines"]:
            text = text.replace("\\t", "\t")
        return text
    comma = "," if style["trailing_commas"] and rng.random() < 0.5 else ""
    if isinstance(value, list):
        inner = ", ".join(_dump(v, rng, style) for v in value)
        return f"[{inner}{comma if value else ''}]"
    items = ", ".join(f"{json.dumps(k)}: {_dump(v, rng, style)}" for k, v in value.items())
    sep = "\n  " if style["pretty"] else ""
    return "{" + sep + items + (comma if value else "") + sep + "}"


def _wrap(body: str, rng: random.Random) -> str:
    before = rng.choice(["", "Sure! Here is the update:\n", "Updated state — ", "Okay.\n\n"])
    after = rng.choice(["", "\nLet me know if you need more.", " (done)"])
    if rng.random() < 0.5:
        body = f"```{rng.choice(['json', 'JSON', ''])}\n{body}\n```"
    return before + body + after


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [k, *_strings(v)]]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _case(seed: int) -> tuple[dict[str, Any], str, bool]:
    rng = random.Random(seed)
    original = _update(rng)
    style = {k: rng.random() < 0.4 for k in ("python", "trailing_commas", "raw_newlines",
                                               "pretty")}
    body = _dump(original, rng, style)
    cut = rng.random() < 0.35
    if cut:  # stopped at the token limit somewhere after the object opened
        body = body[: rng.randint(2, len(body) - 1)]
        opening = rng.choice(["", "Here you go:\n", "```json\n"])  # a cut reply has no tail
        return original, opening + body, True
    return original, _wrap(body, rng), False


def test_a_thousand_mangled_outputs_keep_every_string() -> None:
    problems: list[str] = []
    for seed in range(1000):
        original, mangled, cut = _case(seed)
        got = extract_json(mangled)
        if not cut:
            if got != original:
                problems.append(f"seed {seed}: {mangled!r} -> {got!r}")
            continue
        if got is None:
            continue  # nothing object-shaped survived the cut: nothing invented either
        wrote = set(_strings(original))
        changed = [s for s in _strings(got) if s not in wrote]
        # Only the string the cut went through may differ, and only by losing its end.
        if len(changed) > 1 or any(
            not any(w.startswith(s) for w in wrote) for s in changed
        ):
            problems.append(f"seed {seed} (cut): {mangled!r} -> changed {changed!r}")
    assert not problems, f"{len(problems)} of 1000 changed a string:\n" + "\n".join(problems[:5])


@pytest.mark.parametrize(
    "raw",
    [
        '{"notes": "None of the guards, True story", "seen": None}',
        '{"notes": "None of the guards, True story", "open": True,}',
        '{"notes": "None of the guards, True story", "items": [1, 2',
    ],
)
def test_literal_names_inside_strings_stay_as_written(raw: str) -> None:
    # The hand-written fixer turned this into "null of the guards, true story".
    got = extract_json(raw)
    assert got is not None and got["notes"] == "None of the guards, True story"


def test_a_key_cut_before_its_value_gets_no_invented_value() -> None:
    # An empty string would overwrite a stored holder; a missing value means "unchanged".
    assert extract_json('{"items": [{"name": "Rope", "holder":') == {
        "items": [{"name": "Rope", "holder": None}]
    }
    assert extract_json('{"items": [{"name": "Rope", "holder": "Tom:') == {
        "items": [{"name": "Rope", "holder": "Tom:"}]
    }
