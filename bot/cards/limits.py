"""Field-length and count checks applied to every imported card."""

from __future__ import annotations

import re
from typing import Any

from bot.cards.errors import (
    MAX_FIELD_CHARS,
    MAX_JSON_NESTING,
    MAX_JSON_VALUES,
    MAX_KEY_CHARS,
    MAX_KEYS_PER_ENTRY,
    MAX_LIST_ITEMS,
    MAX_LORE_ENTRIES,
    CardError,
)

# A JSON string, escapes included; the unrolled form scans long texts quickly.
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_STRINGS_PER_PASS = 50_000


def check_value_count(data: bytes, what: str) -> None:
    """Refuse JSON that would build too many values, before any is built.

    Counted over the whole text first: quick, and never less than the true
    count, as string contents can only add to it. Only when that is over the
    limit are the strings cut out to count exactly.
    """
    if _value_count(data) <= MAX_JSON_VALUES:
        return
    if _value_count(_without_strings(data)) > MAX_JSON_VALUES:
        raise CardError(f"{what} has more than {MAX_JSON_VALUES:,} values (objects, "
                        "arrays, strings, numbers)")


def _value_count(data: bytes) -> int:
    """The values in JSON text without strings: the root, then one per element, and
    a non-empty array or object has one element more than it has commas."""
    packed = data.translate(None, b" \t\r\n")
    opened = packed.count(b"{") + packed.count(b"[")
    empty = packed.count(b"{}") + packed.count(b"[]")
    return 1 + packed.count(b",") + opened - empty


def _without_strings(data: bytes) -> bytes:
    """`data` with its JSON strings cut out, a bounded number per pass: one pass
    over millions of tiny strings would hold a Python object for each."""
    while True:
        data, removed = _JSON_STRING.subn(b"", data, count=_STRINGS_PER_PASS)
        if removed < _STRINGS_PER_PASS:
            return data


def check_nesting(value: Any, depth: int = 0) -> None:
    """Reject absurdly deep JSON before anything recurses over it."""
    if depth > MAX_JSON_NESTING:
        raise CardError(f"JSON is nested more than {MAX_JSON_NESTING} levels deep")
    if isinstance(value, dict):
        for item in value.values():
            check_nesting(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            check_nesting(item, depth + 1)


def check_text(where: str, text: str | None) -> None:
    if text is not None and len(text) > MAX_FIELD_CHARS:
        raise CardError(f"{where} is too long ({len(text):,} > {MAX_FIELD_CHARS:,} characters)")


def check_list(where: str, items: list[Any] | None, limit: int = MAX_LIST_ITEMS) -> None:
    if items is not None and len(items) > limit:
        raise CardError(f"{where} has too many items ({len(items):,} > {limit:,})")


def check_entry_count(count: int) -> None:
    if count > MAX_LORE_ENTRIES:
        raise CardError(f"lorebook has too many entries ({count:,} > {MAX_LORE_ENTRIES:,})")


def check_keys(where: str, keys: list[str] | None) -> None:
    check_list(where, keys, MAX_KEYS_PER_ENTRY)
    for key in keys or ():
        if len(key) > MAX_KEY_CHARS:
            raise CardError(f"{where} has a key longer than {MAX_KEY_CHARS:,} characters")
