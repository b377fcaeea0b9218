"""Named roll modifiers read from a character sheet's text, so `/roll stealth` works.

A modifier is a line (or a comma- or semicolon-separated item) of a character's traits
or notes that is only a name and a signed number: "Stealth +3", "Perception: -1".
Anything else in the text is prose and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

_ITEM = re.compile(r"^([A-Za-z][A-Za-z' -]{0,30}?)\s*:?\s*([+-]\d{1,3})$")
_SEPARATORS = re.compile(r"[\n,;]")


def sheet_modifiers(texts: Iterable[str]) -> dict[str, int]:
    """Name -> bonus from the sheet's texts, the name as written; a later item wins."""
    found: dict[str, int] = {}
    for text in texts:
        for item in _SEPARATORS.split(text):
            match = _ITEM.match(item.strip())
            if match:
                found[match.group(1).strip()] = int(match.group(2))
    return found


def expand_named(text: str, modifiers: Mapping[str, int]) -> tuple[str, str] | None:
    """`stealth adv` -> ("1d20+3 adv", "Stealth") when the sheet has "Stealth +3";
    None when `text` does not open with a modifier's name."""
    lowered = " ".join(text.split()).lower()
    for name in sorted(modifiers, key=len, reverse=True):  # "Sleight of Hand" before "Sleight"
        key = name.lower()
        if lowered == key or lowered.startswith(key + " "):
            rest = lowered[len(key):].strip()
            expression = f"1d20{modifiers[name]:+d}"
            return (f"{expression} {rest}" if rest else expression), name
    return None
