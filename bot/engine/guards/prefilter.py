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
from collections.abc import Sequence
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
    """Each letter IGNORECASE treats as another → the smallest of its class."""
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
    members = set(_EXTRA_CASES) | {e for extras in _EXTRA_CASES.values() for e in extras}
    return {m: root(m) for m in members if root(m) != m}


_CLASSES = _letter_classes()
# Lowercase letters `fold` rewrites: rare, so there is usually nothing to translate.
_RARE = re.compile("[" + re.escape("".join(map(chr, _CLASSES))) + "]")


def fold(text: str) -> str:
    if "\u0130" in text:
        text = text.translate(_PRE)
    lower = text.lower()
    return lower.translate(_CLASSES) if _RARE.search(lower) else lower


@lru_cache(maxsize=64)  # one narration is tried against every pattern of a lexicon
def _folded(text: str) -> str:
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
        if self.pieces is not None:
            folded = _folded(text)
            for piece in self.pieces:
                if piece in folded:
                    break
            else:
                return None
        return self.regex.search(text, pos, endpos)


def required_pieces(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Folded literal pieces one of which every match of `pattern` holds, or None."""
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    pieces = _needs(list(parsed))
    return tuple(sorted(fold(p) for p in pieces)) if pieces else None


def _needs(items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
    """Pieces for a sequence: its longest run of literals, or the best needs of a part."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is _constants.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        inner = _needs_of(op, arg)
        if inner:
            candidates.append(inner)
    if run:
        candidates.append(frozenset({"".join(run)}))
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(len(p) for p in c), -len(c)))


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
    if op is _constants.IN and arg and all(o is _constants.LITERAL for o, _ in arg):
        return frozenset(chr(a) for _, a in arg)
    return None  # anything else (classes, lookarounds, anchors) promises no literal
