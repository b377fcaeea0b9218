"""Lorebooks (world info): which entries the recent story brings into the prompt.

Pure: a `Lorebook` is built once (its keys are compiled then) and
`activate()` is called per turn with the recent messages, the turn number, a
seeded RNG and a token counter. Formats are parsed elsewhere
(`bot.cards.lorebook_io`); this module knows only the normalized model.

Semantics follow SillyTavern world info and the Character Card V3 lorebook:
primary keys (plain, `/regex/flags`, or all-regex with `use_regex`),
secondary keys under a selective logic, case sensitivity, whole words,
constant and disabled entries, probability, per-entry scan depth, recursion,
a token budget kept by priority then insertion order, and the V3 `@@`
decorators listed in `KNOWN_DECORATORS`.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
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
_SLASH_REGEX = re.compile(r"^/(.+)/([a-z]*)$", re.DOTALL)
_REGEX_FLAGS = {"i": re.IGNORECASE, "s": re.DOTALL, "m": re.MULTILINE}


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


class _ScanText:
    """A text to search, with its lowercased twin and word sets built on demand."""

    __slots__ = ("_words", "folded", "raw")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.folded = raw.lower()
        self._words: dict[bool, frozenset[str]] = {}

    def words(self, case_sensitive: bool) -> frozenset[str]:
        found = self._words.get(case_sensitive)
        if found is None:
            text = self.raw if case_sensitive else self.folded
            found = self._words[case_sensitive] = frozenset(_WORD.findall(text))
        return found


_WORD = re.compile(r"\w+")


class _Key:
    """One compiled key: a literal or a regex. A regex that does not compile
    never matches. Whole-word literals made of one word are looked up in the
    text's word set; others are found by substring, then boundary-checked."""

    __slots__ = ("case_sensitive", "needle", "pattern", "single_word", "whole_words")

    def __init__(self, key: str, *, case_sensitive: bool, whole_words: bool, regex: bool) -> None:
        self.case_sensitive = case_sensitive
        self.whole_words = whole_words
        self.needle: str | None = None
        self.pattern: re.Pattern[str] | None = None
        self.single_word = False
        slash = _SLASH_REGEX.match(key)
        if regex or slash:
            source, flags = (slash.group(1), slash.group(2)) if slash else (key, "")
            flag_bits = 0 if case_sensitive else re.IGNORECASE
            for letter in flags:
                flag_bits |= _REGEX_FLAGS.get(letter, 0)
            try:
                self.pattern = re.compile(source, flag_bits)
            except re.error:
                self.pattern = None
            return
        self.needle = key if case_sensitive else key.lower()
        self.single_word = _WORD.fullmatch(self.needle) is not None
        if whole_words and not self.single_word:
            self.pattern = re.compile(rf"(?<!\w){re.escape(self.needle)}(?!\w)")

    def found_in(self, text: _ScanText) -> bool:
        if self.needle is None:
            return self.pattern is not None and self.pattern.search(text.raw) is not None
        if self.whole_words and self.single_word:
            return self.needle in text.words(self.case_sensitive)
        haystack = text.raw if self.case_sensitive else text.folded
        if not self.needle or self.needle not in haystack:
            return False
        return self.pattern is None or self.pattern.search(haystack) is not None


def _any(keys: Sequence[_Key], text: _ScanText) -> bool:
    return any(key.found_in(text) for key in keys)


@dataclass(frozen=True, slots=True)
class _Compiled:
    index: int
    entry: LoreEntry
    primary: tuple[_Key, ...]
    secondary: tuple[_Key, ...]
    additional: tuple[_Key, ...]
    excluded: tuple[_Key, ...]
    scan_depth: int

    def mentioned_in(self, text: _ScanText) -> bool:
        """Whether any key that could turn this entry on occurs in `text`."""
        return _any(self.primary, text) or _any(self.secondary, text) or _any(self.additional, text)

    def matches(self, text: _ScanText) -> bool:
        if not _any(self.primary, text):
            return False
        if self.secondary:
            logic = self.entry.selective_logic
            if logic is SelectiveLogic.AND_ANY and not _any(self.secondary, text):
                return False
            if logic is SelectiveLogic.NOT_ANY and _any(self.secondary, text):
                return False
            hits = sum(key.found_in(text) for key in self.secondary)
            if logic is SelectiveLogic.AND_ALL and hits < len(self.secondary):
                return False
            if logic is SelectiveLogic.NOT_ALL and hits == len(self.secondary):
                return False
        if self.additional and not _any(self.additional, text):
            return False
        return not (self.excluded and _any(self.excluded, text))

    @property
    def forced(self) -> bool:
        """Active without any key: constant entries and `@@activate`."""
        return self.entry.constant or self.entry.decorators.activate

    def eligible(self, turn: int) -> bool:
        entry, deco = self.entry, self.entry.decorators
        if not entry.enabled:
            return False
        if deco.dont_activate and not deco.activate:
            return False
        if deco.activate_only_after is not None and turn < deco.activate_only_after:
            return False
        every = deco.activate_only_every
        return not (every and turn % every)


@dataclass(frozen=True)
class Lorebook:
    """A set of entries with the scanning settings that apply to all of them."""

    entries: tuple[LoreEntry, ...] = ()
    name: str = ""
    scan_depth: int = 2
    token_budget: int | None = None
    recursive_scanning: bool = True
    case_sensitive: bool = False
    match_whole_words: bool = False
    max_recursion_steps: int = 3

    @cached_property
    def compiled(self) -> tuple[_Compiled, ...]:
        return tuple(self._compile(index, entry) for index, entry in enumerate(self.entries))

    def _compile(self, index: int, entry: LoreEntry) -> _Compiled:
        case = self.case_sensitive if entry.case_sensitive is None else entry.case_sensitive
        whole = (
            self.match_whole_words if entry.match_whole_words is None else entry.match_whole_words
        )

        def keys(raw: Sequence[str], regex: bool = entry.use_regex) -> tuple[_Key, ...]:
            return tuple(
                _Key(key, case_sensitive=case, whole_words=whole, regex=regex)
                for key in raw
                if key.strip()
            )

        deco = entry.decorators
        # V3: secondary keys are ignored on regex entries; ST: only when selective.
        use_secondary = entry.selective and not entry.use_regex
        depth = deco.scan_depth if deco.scan_depth is not None else entry.scan_depth
        return _Compiled(
            index=index,
            entry=entry,
            primary=keys(entry.keys),
            secondary=keys(entry.secondary_keys) if use_secondary else (),
            additional=keys(deco.additional_keys),
            excluded=keys(deco.exclude_keys) if not entry.use_regex else (),
            scan_depth=self.scan_depth if depth is None else depth,
        )


class _Windows:
    """The last N messages joined, per N, plus the recursion buffer, each built once."""

    def __init__(self, history: Sequence[str]) -> None:
        self.history = history
        self.recursion = ""
        self._cache: dict[tuple[int, int], _ScanText] = {}

    def text(self, depth: int) -> _ScanText:
        cache_key = (depth, len(self.recursion))
        found = self._cache.get(cache_key)
        if found is None:
            recent = self.history[-depth:] if depth > 0 else ()
            found = _ScanText("\n".join([*recent, self.recursion]))
            self._cache[cache_key] = found
        return found


def activate(
    book: Lorebook,
    history: Sequence[str],
    *,
    turn: int,
    rng: random.Random,
    count_tokens: Callable[[str], int],
    budget_tokens: int | None = None,
) -> list[ActivatedEntry]:
    """The entries the recent story activates, in prompt order (insertion order).

    `history` is the recent messages, newest last; `turn` is the number of
    narrator posts so far (for `@@activate_only_after` / `_every`). Each
    entry's probability is rolled at most once per call. `budget_tokens`, or
    else the book's `token_budget`, caps the total: constant entries first,
    then higher priority, then higher insertion order.
    """
    candidates = [item for item in book.compiled if item.eligible(turn)]
    windows = _Windows(history)
    chosen: list[_Compiled] = []
    settled: set[int] = set()  # activated, or failed their probability roll

    def take(item: _Compiled) -> None:
        settled.add(item.index)
        entry = item.entry
        if entry.use_probability and entry.probability < 100:
            if rng.random() * 100 >= entry.probability:
                return
        chosen.append(item)

    for item in candidates:
        if item.forced or item.matches(windows.text(item.scan_depth)):
            take(item)

    if book.recursive_scanning:
        _recurse(candidates, chosen, settled, windows, take, book.max_recursion_steps)

    within = _apply_budget(chosen, count_tokens, budget_tokens or book.token_budget)
    within.sort(key=lambda pair: (pair[0].entry.insertion_order, pair[0].index))
    return [_activated(item, tokens) for item, tokens in within]


def _recurse(
    candidates: list[_Compiled],
    chosen: list[_Compiled],
    settled: set[int],
    windows: _Windows,
    take: Callable[[_Compiled], None],
    steps: int,
) -> None:
    """Let activated entries' content trigger further entries, `steps` deep."""
    done = 0
    for _ in range(steps):
        feeding = [item.entry.body for item in chosen[done:] if not item.entry.prevent_recursion]
        done = len(chosen)
        if not any(feeding):
            return
        new_text = _ScanText("\n".join(feeding))
        windows.recursion = "\n".join(filter(None, [windows.recursion, new_text.raw]))
        for item in candidates:
            if item.index in settled or item.entry.exclude_recursion:
                continue
            # An entry none of whose keys is in the new text cannot have changed
            # from "no"; only the rest are matched again against the whole text.
            if item.mentioned_in(new_text) and item.matches(windows.text(item.scan_depth)):
                take(item)
        if len(chosen) == done:
            return


def _apply_budget(
    chosen: list[_Compiled], count_tokens: Callable[[str], int], budget: int | None
) -> list[tuple[_Compiled, int]]:
    measured = [(item, count_tokens(item.entry.body)) for item in chosen if item.entry.body]
    if budget is None:
        return measured
    ranked = sorted(
        measured,
        key=lambda pair: (
            not pair[0].entry.constant,
            -(pair[0].entry.priority or 0),
            -pair[0].entry.insertion_order,
            pair[0].index,
        ),
    )
    kept: list[tuple[_Compiled, int]] = []
    used = 0
    for item, tokens in ranked:
        if used + tokens <= budget:
            kept.append((item, tokens))
            used += tokens
    return kept


def _activated(item: _Compiled, tokens: int) -> ActivatedEntry:
    entry, deco = item.entry, item.entry.decorators
    position, depth = entry.position, entry.depth
    if deco.position is not None:
        position = deco.position
    elif deco.depth is not None:
        position, depth = "at_depth", deco.depth
    return ActivatedEntry(
        entry=entry,
        content=entry.body,
        position=position,
        depth=depth,
        order=entry.insertion_order,
        tokens=tokens,
    )
