"""Lorebook entries (world info), normalized from any supported format, and their V3 decorators.

Formats are parsed elsewhere (`bot.cards.lorebook_io`); which entries a story
activates is `bot.engine.lorebook`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from functools import cached_property

POSITIONS = (
    "before_char",
    "after_char",
    "an_top",
    "an_bottom",
    "at_depth",
    "em_top",
    "em_bottom",
)
DEFAULT_DEPTH = 4  # where an `at_depth` entry goes when it names no depth
KNOWN_DECORATORS = frozenset(
    {
        "depth",
        "activate_only_after",
        "activate_only_every",
        "dont_activate",
        "activate",
        "scan_depth",
        "additional_keys",
        "exclude_keys",
        "position",
    }
)
_POSITION_DECORATOR_VALUES = {"before_desc": "before_char", "after_desc": "after_char"}


class SelectiveLogic(IntEnum):
    """How secondary keys combine with a primary match (SillyTavern's numbering)."""

    AND_ANY = 0
    NOT_ALL = 1
    NOT_ANY = 2
    AND_ALL = 3


@dataclass(frozen=True, slots=True)
class Decorators:
    """The V3 `@@name value` lines found at the start of an entry's content."""

    depth: int | None = None
    activate_only_after: int | None = None
    activate_only_every: int | None = None
    dont_activate: bool = False
    activate: bool = False
    scan_depth: int | None = None
    additional_keys: tuple[str, ...] = ()
    exclude_keys: tuple[str, ...] = ()
    position: str | None = None


def parse_decorators(content: str) -> tuple[Decorators, str]:
    """Split leading decorator lines from the content; return both.

    An unknown or invalid decorator passes to its `@@@` fallbacks, tried top
    to bottom; the first occurrence of a name wins.
    """
    lines = content.split("\n")
    values: dict[str, object] = {}
    index = 0
    chain_settled = True  # whether the current primary (or a fallback) was applied
    while index < len(lines) and lines[index].startswith("@@"):
        line = lines[index].strip()
        index += 1
        is_fallback = line.startswith("@@@")
        if is_fallback and chain_settled:
            continue
        name, _, arg = line.lstrip("@").partition(" ")
        value = _decorator_value(name, arg.strip())
        chain_settled = value is not None
        if value is not None:
            values.setdefault(name, value)
    body = "\n".join(lines[index:]).strip("\n")
    return Decorators(**values), body  # type: ignore[arg-type]


def _decorator_value(name: str, arg: str) -> object | None:
    """The decorator's typed value, or None when it is unknown or malformed."""
    if name not in KNOWN_DECORATORS:
        return None
    if name in ("dont_activate", "activate"):
        return True
    if name in ("additional_keys", "exclude_keys"):
        keys = tuple(key.strip() for key in arg.split(",") if key.strip())
        return keys or None
    if name == "position":
        return _POSITION_DECORATOR_VALUES.get(arg)
    try:
        number = int(arg)
    except ValueError:
        return None
    if name in ("activate_only_every", "scan_depth") and number < 0:
        return None
    return max(number, 0) if name == "depth" else number


@dataclass(frozen=True)
class LoreEntry:
    """One entry, normalized from any of the supported formats."""

    uid: int | str
    keys: tuple[str, ...] = ()
    content: str = ""  # as stored: decorators included
    secondary_keys: tuple[str, ...] = ()
    selective: bool = False
    selective_logic: SelectiveLogic = SelectiveLogic.AND_ANY
    constant: bool = False
    enabled: bool = True
    case_sensitive: bool | None = None  # None: the book's default
    match_whole_words: bool | None = None  # None: the book's default
    use_regex: bool = False  # every key is a regex (V3), not only `/…/` ones
    insertion_order: float = 100
    priority: float | None = None
    position: str = "before_char"
    depth: int = DEFAULT_DEPTH
    scan_depth: int | None = None  # None: the book's scan depth
    probability: float = 100
    use_probability: bool = True
    exclude_recursion: bool = False  # only the chat itself can trigger it
    prevent_recursion: bool = False  # its content triggers no other entry
    name: str = ""
    comment: str = ""

    @cached_property
    def parsed(self) -> tuple[Decorators, str]:
        return parse_decorators(self.content)

    @property
    def decorators(self) -> Decorators:
        return self.parsed[0]

    @property
    def body(self) -> str:
        """The content that goes into the prompt: decorators removed."""
        return self.parsed[1]


@dataclass(frozen=True, slots=True)
class ActivatedEntry:
    entry: LoreEntry
    content: str
    position: str
    depth: int
    order: float
    tokens: int
