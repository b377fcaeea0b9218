"""Held-out scenes for `loremaster eval models`: one JSON object a line.

    {"id": "harbour-3",
     "prompt": [{"role": "system", "content": …}, {"role": "user", "content": …}],
     "players": ["Ana", "Bo"],
     "declared_actions": {"Ana": "I search the wreck"},   (optional)
     "previous": ["an earlier narration", …]}             (optional)

"messages" may stand for "prompt", so a DPO or KTO export row works once "players"
is added. Without "previous", the prompt's last narrator turns are used, as the
live narrator's vetting does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.engine.guards import GuardContext
from bot.jsonl import jsonl_objects
from bot.models import ChatMessage
from bot.training.preference_rows import message_list_problem

# As many earlier narrations as the live vetting compares a new one with.
PREVIOUS_NARRATIONS = 6


class SceneFileError(ValueError):
    """A scene file that cannot be evaluated; the message names the line."""


@dataclass(frozen=True)
class HeldOutScene:
    scene_id: str
    messages: list[ChatMessage]
    context: GuardContext


def load_scenes(path: Path) -> list[HeldOutScene]:
    scenes = [_parse_scene(record, where)
              for where, record in jsonl_objects(path, SceneFileError)]
    if not scenes:
        raise SceneFileError(f"{path}: no scenes")
    return scenes


def _parse_scene(record: dict[str, Any], where: str) -> HeldOutScene:
    key = "prompt" if "prompt" in record else "messages"
    messages = record.get(key)
    problem = message_list_problem(messages)
    if problem or not isinstance(messages, list):
        raise SceneFileError(f"{where}: {key} {problem}")
    if "players" not in record:
        raise SceneFileError(f"{where}: 'players' is missing (the player characters' names "
                             "the guards watch for)")
    players = _strings(record["players"], "players", where)
    previous = (_strings(record["previous"], "previous", where) if "previous" in record
                else [m["content"] for m in messages if m["role"] == "assistant"])
    declared = record.get("declared_actions") or {}
    if not isinstance(declared, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in declared.items()
    ):
        raise SceneFileError(f"{where}: 'declared_actions' must map names to actions")
    context = GuardContext(players=players, previous=previous[-PREVIOUS_NARRATIONS:],
                           declared_actions=declared)
    return HeldOutScene(str(record.get("id", where)), messages, context)


def _strings(value: Any, key: str, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SceneFileError(f"{where}: '{key}' must be a list of strings")
    return value
