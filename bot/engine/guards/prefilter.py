"""Run a pattern only where it can match.

Every match of most lexicon patterns holds one of a few literal pieces
("i hope", "in real life"), and looking for those in a narration costs far
less than running the pattern over it. The pieces are read from the parsed
pattern; where the parse leaves them unsure (a lookaround, an optional part,
a Python without `re._parser`) there are none and the pattern always runs.

Text and pieces are compared folded the way IGNORECASE compares characters:
lowercased, with the letters it takes for one another (ſ and s, σ and ς)
written alike, so a piece found missing is missing in every case form.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

try:  # the parser re compiles with: not public, so its absence only turns this off
    from re import _constants, _parser  # type: ignore[attr-defined]
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - depends on the Python version
    _parser = None
    _EXTRA_CASES = {}

# "İ" lowercases to two characters; IGNORECASE takes it for "i".
_PRE = {0x130: "i"}


def _letter_classes() -> dict[int, int]:
    """Each letter IGNORECASE treats as another → one letter of its class, a word
    character where the class has one (ι, not the combining ͅ)."""
    parent: dict[int, int] = {}

    def root(code: int) -> int:
        while parent.get(code, code) != code:
            code = parent[code]
        return code

    for lower, extras in _EXTRA_CASES.items():
        for extra in extras:
            a, b = root(lower), root(extra)
            if a != b:
                parent[max(a, b)] = min(a, b)
    classes: dict[int, list[int]] = {}
    for member in set(_EXTRA_CASES) | {e for extras in _EXTRA_CASES.values() for e in extras}:
        classes.setdefault(root(member), []).append(member)
    chosen = {}
    for members in classes.values():
        words = [m for m in members if _is_word(chr(m))]
        one = min(words or members)
        chosen.update({m: one for m in members if m != one})
    return chosen


def _is_word(char: str) -> bool:
    return re.match(r"\w", char) is not None


_CLASSES = _letter_classes()
# Lowercase letters `fold` rewrites: rare, so there is usually nothing to translate.
_RARE = re.compile("[" + re.escape("".join(map(chr, _CLASSES))) + "]")
# Letters folded onto a letter of the other kind (word character or not): a folded
# text tells word boundaries apart as the original does only without them.
_KIND_CHANGES = re.compile("[" + re.escape("".join(
    chr(m) for m, one in _CLASSES.items() if _is_word(chr(m)) != _is_word(chr(one)))) + "]")


def fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    if "\u0130" in text:
        text = text.translate(_PRE)
    lower = text.lower()
    return lower.translate(_CLASSES) if _RARE.search(lower) else lower


def keeps_word_kinds(text: str) -> bool:
    """Does `fold(text)` have a word character exactly where `text` does?"""
    return text.isascii() or _KIND_CHANGES.search(text) is None


@lru_cache(maxsize=256)  # one text is tried against many patterns and lexicon keys
def folded(text: str) -> str:
    """`fold(text)`, kept for the next pattern tried on the same text."""
    return fold(text)


class Prefiltered:
    """A compiled pattern that is only run on a text holding one of its pieces."""

    __slots__ = ("pieces", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.pieces = required_pieces(regex.pattern, regex.flags)

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.search(text, pos, endpos) if self.may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text) if self.may_match(text) else iter(())

    def may_match(self, text: str) -> bool:
        if self.pieces is None:
            return True
        text = folded(text)
        for piece in self.pieces:  # `in` per piece beats one regex of them all
            if piece in text:
                return True
        return False


def required_pieces(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Folded literal pieces one of which every match of `pattern` holds, or None."""
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    pieces = _needs(list(parsed))
    return tuple(sorted({fold(p) for p in pieces})) if pieces else None


SPELLINGS_MAX = 32  # strings a run of literal parts may spell before it is cut
PIECE_RARE = 6  # letters that make a piece rare enough to skip most texts


def _needs(items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
    """Pieces for a sequence: what a run of literal parts spells ("n" + "ever|ot" →
    "never", "not"), or the needs of a part, whichever are fewest long enough ones."""
    candidates: list[frozenset[str]] = []
    run: set[str] = set()  # the strings the current run spells
    plain = ""  # its letters since its last part with several spellings
    for op, arg in items:
        spelled = _spelled(op, arg)
        if spelled is not None and len(spelled) == 1:
            letter = next(iter(spelled))
            run = {a + letter for a in run} if run else {letter}
            plain += letter
            continue
        candidates += [frozenset(c) for c in (run, {plain}) if c and "" not in c]
        plain = ""
        if spelled is not None and run and len(run) * len(spelled) <= SPELLINGS_MAX:
            run = {a + b for a in run for b in spelled}
        elif spelled is not None:
            run = set(spelled)
        else:
            run = set()
            inner = _needs_of(op, arg)
            if inner:
                candidates.append(inner)
    candidates += [frozenset(c) for c in (run, {plain}) if c and "" not in c]
    if not candidates:
        return None
    return max(candidates, key=_selective)


def _selective(pieces: frozenset[str]) -> tuple[int, int]:
    """Longer pieces first, as few as may be once they are long enough to be rare
    (each piece is one scan of the text)."""
    return min(min(len(p) for p in pieces), PIECE_RARE), -len(pieces)


def _spelled(op: Any, arg: Any) -> set[str] | None:
    """The strings a part matches, when it matches nothing but literal letters."""
    if op is _constants.LITERAL:
        return {chr(arg)}
    if op is _constants.IN and arg and all(o is _constants.LITERAL for o, _ in arg):
        return {chr(a) for _, a in arg}
    if op is _constants.SUBPATTERN:
        return _spelled_sequence(list(arg[3]))
    if op is _constants.BRANCH:
        union: set[str] = set()
        for alternative in arg[1]:
            spelled = _spelled_sequence(list(alternative))
            if spelled is None:
                return None
            union |= spelled
        return union if len(union) <= SPELLINGS_MAX else None
    return None


def _spelled_sequence(items: Sequence[tuple[Any, Any]]) -> set[str] | None:
    strings = {""}
    for op, arg in items:
        spelled = _spelled(op, arg)
        if spelled is None or len(strings) * len(spelled) > SPELLINGS_MAX:
            return None
        strings = {a + b for a in strings for b in spelled}
    return strings


def _needs_of(op: Any, arg: Any) -> frozenset[str] | None:
    if op is _constants.SUBPATTERN:
        return _needs(list(arg[3]))
    if op is _constants.ATOMIC_GROUP:
        return _needs(list(arg))
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
        low, _high, body = arg
        return _needs(list(body)) if low >= 1 else None
    if op is _constants.BRANCH:
        union: set[str] = set()
        for alternative in arg[1]:
            needs = _needs(list(alternative))
            if needs is None:
                return None
            union |= needs
        return frozenset(union)
    return None  # anything else (classes, lookarounds, anchors) promises no literal
