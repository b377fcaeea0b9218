"""Lorebook keys: compiled once per book, and an index that finds which keys a text can hold.

A turn on a book of thousands of entries must not test every key against the text. Every
literal key has a word that must occur in any text it matches (a whole word, or the prefix,
suffix or inside of one), so `KeyIndex` maps those words to their keys; a text's own words
then name the few keys worth testing. Regex keys cannot be indexed and are always tested.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

_SLASH_REGEX = re.compile(r"^/(.+)/([a-z]*)$", re.DOTALL)
_REGEX_FLAGS = {"i": re.IGNORECASE, "s": re.DOTALL, "m": re.MULTILINE}
WORD = re.compile(r"\w+")


class ScanText:
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
            found = self._words[case_sensitive] = frozenset(WORD.findall(text))
        return found


class Key:
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
        self.single_word = WORD.fullmatch(self.needle) is not None
        if whole_words and not self.single_word:
            self.pattern = re.compile(rf"(?<!\w){re.escape(self.needle)}(?!\w)")

    def found_in(self, text: ScanText) -> bool:
        if self.needle is None:
            return self.pattern is not None and self.pattern.search(text.raw) is not None
        if self.whole_words and self.single_word:
            return self.needle in text.words(self.case_sensitive)
        haystack = text.raw if self.case_sensitive else text.folded
        if not self.needle or self.needle not in haystack:
            return False
        return self.pattern is None or self.pattern.search(haystack) is not None

    def anchor(self) -> tuple[str, str] | None:
        """(how, word): a word run that every text this key matches holds, and how.

        The needle's first word run is a whole word of the text when the key matches
        whole words; otherwise it is the inside of a text word when it is the whole
        needle, a word's suffix when the needle goes on after it, and a word's prefix
        when the needle starts with a non-word character. None: test it always.
        """
        if self.needle is None:
            return None
        first = WORD.search(self.needle)
        if first is None:
            return None
        if self.whole_words:
            return "word", first.group()
        if first.start() > 0:
            return "prefix", first.group()
        if first.end() < len(self.needle):
            return "suffix", first.group()
        return "inside", first.group()


class KeyIndex:
    """Which owners (entry numbers) have a key that a text may hold, built once per book."""

    def __init__(self) -> None:
        # (case_sensitive, how) -> word -> owners
        self._owners: dict[tuple[bool, str], dict[str, set[int]]] = defaultdict(dict)
        self._lengths: dict[tuple[bool, str], set[int]] = defaultdict(set)
        self.always: set[int] = set()

    def add(self, keys: Iterable[Key], owner: int) -> None:
        for key in keys:
            anchor = key.anchor()
            if anchor is None:
                if key.needle is None and key.pattern is None:
                    continue  # a broken regex never matches
                self.always.add(owner)
                continue
            how, word = anchor
            self._owners[key.case_sensitive, how].setdefault(word, set()).add(owner)
            self._lengths[key.case_sensitive, how].add(len(word))

    def owners_in(self, text: ScanText) -> set[int]:
        """Every owner with a key the text may hold (a superset: the keys are tested after)."""
        found = set(self.always)
        for (case, how), owners in self._owners.items():
            lengths = sorted(self._lengths[case, how])
            for word in text.words(case):
                for part in _parts(word, how, lengths):
                    hit = owners.get(part)
                    if hit is not None:
                        found |= hit
        return found


def _parts(word: str, how: str, lengths: list[int]) -> Iterable[str]:
    if how == "word":
        return (word,)
    size = len(word)
    if how == "prefix":
        return (word[:n] for n in lengths if n <= size)
    if how == "suffix":
        return (word[size - n:] for n in lengths if n <= size)
    return (word[i:i + n] for n in lengths if n <= size for i in range(size - n + 1))
