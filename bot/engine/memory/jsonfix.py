"""Getting a JSON object out of a model's messy output.

Models wrap JSON in prose or code fences, leave trailing commas, use Python
literals, or stop mid-object when they hit their token limit. The repair is
`json_repair`'s parser, which knows where strings begin and end, so text
inside a string is never rewritten (a regex fixer once turned "None of the
guards" into "null of the guards"). `extract_json` returns None only when
nothing object-shaped can be recovered.
"""

from __future__ import annotations

import json
import re
from typing import Any

import json_repair

_FENCE = re.compile(r"```(?:json|JSON)?\s*(.*?)(?:```|$)", re.DOTALL)
_PARTIAL_LITERAL = re.compile(r"[:,\[]\s*([A-Za-z]+)$")
_PARTIAL_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{0,3})?$")
_LITERAL_PREFIXES = {
    word[:n] for word in ("true", "false", "null", "True", "False", "None")
    for n in range(1, len(word))
}


def extract_json(text: str) -> dict[str, Any] | None:
    candidates = _candidates(text)
    for candidate in candidates:  # well-formed output needs no repair
        value = _strict(candidate)
        if isinstance(value, dict):
            return value
    for candidate in candidates:
        value = _repaired(candidate)
        if value is not None:
            return value
    return None


def _candidates(text: str) -> list[str]:
    """Fenced blocks first, then the whole text, each from its first `{`."""
    found = [m.group(1) for m in _FENCE.finditer(text)]
    found.append(text)
    out = []
    for chunk in found:
        start = chunk.find("{")
        if start >= 0:
            out.append(chunk[start:].strip())
    return out


def _strict(text: str) -> Any:
    try:
        return json.JSONDecoder().raw_decode(text)[0]  # ignores prose after the object
    except ValueError:
        return None


def _repaired(text: str) -> dict[str, Any] | None:
    value = json_repair.loads(_settled(text), skip_json_loads=True)
    if isinstance(value, list):  # several objects (or prose between them): the first
        value = next((v for v in value if isinstance(v, dict)), None)
    if not isinstance(value, dict) or not value:
        return None
    return _joined_surrogates(value)


def _settled(text: str) -> str:
    """`text` with what the library would fill with an invented string made explicit.

    A key with no value (`"holder": }`, or a reply cut after the colon) gets null:
    the library would write "", which overwrites a stored field. A literal cut short
    (`"open": Tru`) is dropped rather than kept as the string "Tru". Text inside
    strings is never touched, except an escape the cut left half written.
    """
    out: list[str] = []
    in_string = escaped = False
    awaiting_value = False
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
        elif awaiting_value and char in ",}]":
            out.append(" null")
        if not in_string and not char.isspace():
            awaiting_value = char == ":"
        out.append(char)
    settled = "".join(out)
    if in_string:
        escape = _PARTIAL_ESCAPE.search(settled)
        return settled[: escape.start()] if escape and _escape_starts_at(settled, escape.start()) \
            else settled
    settled = settled.rstrip()
    partial = _PARTIAL_LITERAL.search(settled)
    if partial and partial.group(1) in _LITERAL_PREFIXES:
        settled = settled[: partial.start(1)].rstrip()
    return settled + " null" if settled.endswith(":") else settled


def _escape_starts_at(text: str, at: int) -> bool:
    """True when the backslash at `at` starts an escape (it is not itself escaped)."""
    before = len(text[:at]) - len(text[:at].rstrip("\\"))
    return before % 2 == 0


def _joined_surrogates(value: Any) -> Any:
    """The library decodes `\\ud83d\\udc09` as two lone surrogates: join them into 🐉;
    a lone one (a reply cut between the two) is not text and is dropped."""
    if isinstance(value, str):
        if any("\ud800" <= c <= "\udfff" for c in value):
            return value.encode("utf-16", "surrogatepass").decode("utf-16", "ignore")
        return value
    if isinstance(value, dict):
        return {_joined_surrogates(k): _joined_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_joined_surrogates(v) for v in value]
    return value
