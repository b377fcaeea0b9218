"""Out-of-character chatter: `((…))` and `//…` stay out of the story."""

from __future__ import annotations

import re

_INLINE_OOC = re.compile(r"\(\(.*?\)\)", re.DOTALL)


def is_out_of_character(text: str) -> bool:
    """A whole message that is table talk, not an action."""
    stripped = text.strip()
    if not stripped:
        return True
    if stripped.startswith("//"):
        return True
    return not strip_out_of_character(stripped)


def strip_out_of_character(text: str) -> str:
    """The in-character part of a message (inline `((…))` asides removed)."""
    return _INLINE_OOC.sub("", text).strip()
