"""Check a DPO preference export (`loremaster export preferences --format dpo`) line by line.

TRL's conversational preference shape: {"prompt": [messages], "chosen": [one assistant
message], "rejected": [one assistant message]}. `datasets` reports a malformed file as a
long traceback about Arrow schemas; checking first gives one line that names the line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.jsonl import jsonl_objects

ROLES = ("system", "user", "assistant")


class ExportError(ValueError):
    """An export that cannot be trained on; the message names the file and line."""


def read_dpo_export(path: Path) -> list[dict[str, Any]]:
    """The preference pairs of a DPO export; raises ExportError on the first bad line."""
    pairs = [_read_row(row, where) for where, row in jsonl_objects(path, ExportError)]
    if not pairs:
        raise ExportError(f"{path}: no preference pairs (is it the --format dpo export?)")
    return pairs


def _read_row(row: dict[str, Any], where: str) -> dict[str, Any]:
    missing = [key for key in ("prompt", "chosen", "rejected") if key not in row]
    if missing:
        raise ExportError(f"{where}: missing {', '.join(missing)} "
                          "(a DPO row has prompt, chosen and rejected)")
    for key in ("prompt", "chosen", "rejected"):
        problem = message_list_problem(row[key])
        if problem:
            raise ExportError(f"{where}: {key} {problem}")
    for key in ("chosen", "rejected"):
        if len(row[key]) != 1 or row[key][0]["role"] != "assistant":
            raise ExportError(f"{where}: {key} must be one assistant message")
    # Only TRL's columns: an extra field in one row only would break the table's schema.
    return {key: row[key] for key in ("prompt", "chosen", "rejected")}


def message_list_problem(value: Any) -> str | None:
    """What keeps `value` from being a non-empty list of {"role", "content"} chat
    messages, or None when it is one."""
    if not isinstance(value, list) or not value:
        return "must be a non-empty list of messages"
    for message in value:
        if not isinstance(message, dict) or not isinstance(message.get("content"), str):
            return "has a message without a string 'content'"
        if message.get("role") not in ROLES:
            return f"has role {message.get('role')!r}, not one of {', '.join(ROLES)}"
    return None
