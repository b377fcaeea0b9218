"""Field-length and count checks applied to every imported card."""

from __future__ import annotations

from typing import Any

from bot.cards.errors import (
    MAX_FIELD_CHARS,
    MAX_JSON_NESTING,
    MAX_KEY_CHARS,
    MAX_KEYS_PER_ENTRY,
    MAX_LIST_ITEMS,
    MAX_LORE_ENTRIES,
    CardError,
)


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
