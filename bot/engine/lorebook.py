"""Lorebooks (world info): which entries the recent story brings into the prompt.

Pure: a `Lorebook` is built once (its keys are compiled and indexed then) and
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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from bot.engine.lore_entries import (
    DEFAULT_DEPTH,
    KNOWN_DECORATORS,
    POSITIONS,
    ActivatedEntry,
    Decorators,
    LoreEntry,
    SelectiveLogic,
    parse_decorators,
)
from bot.engine.lore_keys import Key, KeyIndex, ScanText

__all__ = [
    "DEFAULT_DEPTH", "KNOWN_DECORATORS", "POSITIONS", "ActivatedEntry", "Decorators",
    "LoreEntry", "Lorebook", "SelectiveLogic", "activate", "parse_decorators",
]


def _any(keys: Sequence[Key], text: ScanText) -> bool:
    return any(key.found_in(text) for key in keys)


@dataclass(frozen=True, slots=True)
class _Compiled:
    index: int
    entry: LoreEntry
    primary: tuple[Key, ...]
    secondary: tuple[Key, ...]
    additional: tuple[Key, ...]
    excluded: tuple[Key, ...]
    scan_depth: int

    def mentioned_in(self, text: ScanText) -> bool:
        """Whether any key that could turn this entry on occurs in `text`."""
        return _any(self.primary, text) or _any(self.secondary, text) or _any(self.additional, text)

    def matches(self, text: ScanText) -> bool:
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
class _Indexed:
    """A book's entries as the scan uses them, built once per book."""

    items: tuple[_Compiled, ...]
    forced: frozenset[int]
    by_depth: dict[int, frozenset[int]]
    primary: KeyIndex  # entries by the keys that can match them
    mentions: KeyIndex  # entries by every key that can turn them on (for recursion)

    def activatable(self, windows: _Windows) -> list[_Compiled]:
        """The entries whose primary keys may be in their scan window, and forced ones."""
        numbers = set(self.forced)
        for depth, members in self.by_depth.items():
            numbers |= self.primary.owners_in(windows.text(depth)) & members
        return [self.items[n] for n in sorted(numbers)]

    def mentioned(self, text: ScanText) -> list[_Compiled]:
        return [self.items[n] for n in sorted(self.mentions.owners_in(text))]


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

    @cached_property
    def indexed(self) -> _Indexed:
        primary, mentions = KeyIndex(), KeyIndex()
        depths: dict[int, set[int]] = {}
        for item in self.compiled:
            primary.add(item.primary, item.index)
            mentions.add((*item.primary, *item.secondary, *item.additional), item.index)
            depths.setdefault(item.scan_depth, set()).add(item.index)
        return _Indexed(
            items=self.compiled,
            forced=frozenset(item.index for item in self.compiled if item.forced),
            by_depth={depth: frozenset(members) for depth, members in depths.items()},
            primary=primary,
            mentions=mentions,
        )

    def _compile(self, index: int, entry: LoreEntry) -> _Compiled:
        case = self.case_sensitive if entry.case_sensitive is None else entry.case_sensitive
        whole = (
            self.match_whole_words if entry.match_whole_words is None else entry.match_whole_words
        )

        def keys(raw: Sequence[str], regex: bool = entry.use_regex) -> tuple[Key, ...]:
            return tuple(
                Key(key, case_sensitive=case, whole_words=whole, regex=regex)
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
        self._cache: dict[tuple[int, int], ScanText] = {}

    def text(self, depth: int) -> ScanText:
        cache_key = (depth, len(self.recursion))
        found = self._cache.get(cache_key)
        if found is None:
            recent = self.history[-depth:] if depth > 0 else ()
            found = ScanText("\n".join([*recent, self.recursion]))
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
    indexed = book.indexed
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

    # Entries no key of which can be in the text are never looked at: they would not match.
    for item in indexed.activatable(windows):
        if item.eligible(turn) and (item.forced or item.matches(windows.text(item.scan_depth))):
            take(item)

    if book.recursive_scanning:
        _recurse(indexed, turn, chosen, settled, windows, take, book.max_recursion_steps)

    within = _apply_budget(chosen, count_tokens, budget_tokens or book.token_budget)
    within.sort(key=lambda pair: (pair[0].entry.insertion_order, pair[0].index))
    return [_activated(item, tokens) for item, tokens in within]


def _recurse(
    indexed: _Indexed,
    turn: int,
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
        new_text = ScanText("\n".join(feeding))
        windows.recursion = "\n".join(filter(None, [windows.recursion, new_text.raw]))
        for item in indexed.mentioned(new_text):
            if item.index in settled or item.entry.exclude_recursion or not item.eligible(turn):
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
