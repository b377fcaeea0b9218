"""Getting a JSON object out of a model's messy output.

Models wrap JSON in prose or code fences, leave trailing commas, use Python
literals, or stop mid-object when they hit their token limit. `extract_json`
tries the text as is, then repaired, then cut back to its last complete value;
it returns None only when nothing object-shaped can be recovered.
"""

from __future__ import annotations

import json
import re
from typing import Any

_FENCE = re.compile(r"```(?:json|JSON)?\s*(.*?)(?:```|$)", re.DOTALL)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_PY_LITERALS = {"True": "true", "False": "false", "None": "null"}


def extract_json(text: str) -> dict[str, Any] | None:
    for candidate in _candidates(text):
        value = _loads(candidate)
        if isinstance(value, dict):
            return value
        repaired = _repair(candidate)
        if repaired is not None:
            return repaired
    return None


def _candidates(text: str) -> list[str]:
    found = [m.group(1) for m in _FENCE.finditer(text)]
    found.append(text)
    out = []
    for chunk in found:
        start = chunk.find("{")
        if start >= 0:
            out.append(chunk[start:].strip())
    return out


def _loads(text: str) -> Any:
    try:
        return json.JSONDecoder().raw_decode(text)[0]  # ignores prose after the object
    except ValueError:
        return None


def _repair(text: str) -> dict[str, Any] | None:
    text = re.sub(r"\b(True|False|None)\b", lambda m: _PY_LITERALS[m.group(1)], text)
    text = _TRAILING_COMMA.sub(r"\1", text)
    value = _loads(text)
    if isinstance(value, dict):
        return value
    # Truncated output: close it at ever earlier cut points until it parses.
    cuts = [len(text), *[m.start() for m in re.finditer(r"[,\]}]", text)][::-1]]
    for tries, cut in enumerate(cuts):
        if tries > 200:
            break
        head = text[:cut]
        if text[cut:cut + 1] in ("]", "}"):
            head = text[: cut + 1]
        closed = _close(head)
        if closed is None:
            continue
        value = _loads(_TRAILING_COMMA.sub(r"\1", closed))
        if isinstance(value, dict):
            return value
    return None


def _close(text: str) -> str | None:
    """`text` with an open string and open brackets closed, or None if unbalanced."""
    stack: list[str] = []
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            stack.append("}" if char == "{" else "]")
        elif char in "}]":
            if not stack or stack.pop() != char:
                return None
    if in_string:
        text += '"'
    text = text.rstrip()
    if text.endswith(":"):  # a key without its value
        text += " null"
    text = text.rstrip(",")
    return text + "".join(reversed(stack))
