"""The one error card and lorebook parsing raises, and the limits it enforces.

Every reason for rejecting a file becomes a `CardError` with a short message
that can be shown to the user as it is.
"""

from __future__ import annotations


class CardError(ValueError):
    """A card or lorebook file that cannot be imported; the message says why."""


# Limits: generous for real cards (the largest community cards are a few MB,
# mostly image), small enough that a hostile upload cannot exhaust memory.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_JSON_BYTES = 8 * 1024 * 1024
MAX_FIELD_CHARS = 200_000
MAX_LIST_ITEMS = 500
MAX_LORE_ENTRIES = 5_000
MAX_KEYS_PER_ENTRY = 500
MAX_KEY_CHARS = 1_000
MAX_JSON_NESTING = 64
# Bytes do not bound memory: `[{},{},…]` builds a ~100-byte object per 3 bytes
# read. Every object, array, string, number or literal counts as one value.
MAX_JSON_VALUES = 500_000

# .charx (zip) limits against zip bombs.
MAX_ZIP_MEMBERS = 1_000
MAX_ZIP_TOTAL_BYTES = 64 * 1024 * 1024
MAX_ZIP_RATIO = 200
