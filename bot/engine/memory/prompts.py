"""The prompts memory upkeep sends to the model: summaries, extraction, recaps."""

from __future__ import annotations

import json
from collections.abc import Sequence

from bot.engine.memory.summaries import StoryLine
from bot.engine.memory.world import WorldState, WorldUpdate
from bot.models import ChatMessage

# The JSON schema a structured-output backend is held to for extraction.
EXTRACTION_SCHEMA = WorldUpdate.model_json_schema()


def _transcript(lines: Sequence[StoryLine]) -> str:
    return "\n".join(f"{line.speaker}: {line.text}" for line in lines)


def chapter_messages(lines: Sequence[StoryLine], *, max_words: int = 150) -> list[ChatMessage]:
    return [
        {"role": "system", "content": (
            "You are the chronicler of a role-play campaign. Summarise the passage you are given "
            f"in at most {max_words} words of plain past-tense prose. Keep every name, place, "
            "item, promise, secret and unresolved question; drop atmosphere and dialogue. "
            "Write only the summary."
        )},
        {"role": "user", "content": "The passage:\n\n" + _transcript(lines)},
    ]


def chronicle_messages(
    previous: str, chapters: Sequence[str], *, max_words: int = 250
) -> list[ChatMessage]:
    body = [f"Chronicle so far:\n{previous}"] if previous else []
    body += [f"Chapter {n}:\n{text}" for n, text in enumerate(chapters, 1)]
    return [
        {"role": "system", "content": (
            "You are the chronicler of a role-play campaign. Merge the chronicle so far and the "
            f"new chapters into one chronicle of at most {max_words} words, oldest events first. "
            "Keep what still matters to the story: who is who, where things are, what was "
            "promised, and which questions are open. Write only the chronicle."
        )},
        {"role": "user", "content": "\n\n".join(body)},
    ]


def extraction_messages(
    state: WorldState, lines: Sequence[StoryLine], player_characters: Sequence[str]
) -> list[ChatMessage]:
    known = {
        "places": [p.name for p in state.places],
        "npcs": [n.name for n in state.npcs],
        "items": [i.name for i in state.items],
        "threads": [t.name for t in state.threads if t.status == "open"],
    }
    return [
        {"role": "system", "content": (
            "You keep the world state of a role-play campaign. Read the latest turn and report "
            "only what it changed, as one JSON object with the lists places, npcs, "
            "relationships, items, threads and conditions (leave out empty lists). "
            "npcs: {name, traits, whereabouts, attitudes: {player character: attitude}, notes, "
            "gone}. items: {name, holder, description, gone}. threads: {name, status: "
            "open|resolved|abandoned, notes}. relationships: {a, b, kind, ended}. "
            "conditions: {character, condition} for player characters (empty condition: "
            "recovered). places: {name, description, gone}. Use the known names when an "
            "entity is already known. Answer with JSON only."
        )},
        {"role": "user", "content": (
            f"Player characters: {', '.join(player_characters) or 'none'}\n"
            f"Known: {json.dumps(known, ensure_ascii=False)}\n\n"
            f"The latest turn:\n{_transcript(lines)}"
        )},
    ]


def recap_messages(
    *, narrator: str, voice: str, listener: str, summaries: Sequence[str],
    lines: Sequence[StoryLine], campaign_wide: bool,
) -> list[ChatMessage]:
    scope = (
        "the whole campaign so far" if campaign_wide
        else f"what happened since {listener} last acted"
    )
    parts = [f"Earlier, in brief:\n{s}" for s in summaries]
    if lines:
        parts.append("What happened:\n" + _transcript(lines))
    return [
        {"role": "system", "content": (
            f"You are {narrator}, the narrator of a role-play campaign. {voice}".strip()
            + f"\nIn your own voice, recap {scope} for {listener} in one to three short "
            "paragraphs. Recount only events given below; invent nothing; end with where "
            "things stand now."
        )},
        {"role": "user", "content": "\n\n".join(parts) or "Nothing has happened yet."},
    ]
