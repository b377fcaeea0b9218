"""Repetition: the narration recycles one of the recent narrations.

Sentences are reduced to sets of stemmed content words (stopwords and
capitalized names removed, so a shared cast and setting do not count) and
compared with every sentence of the recent narrations; reworded sentences
still share most of their content words. The narration fails when it opens
the way a recent one did, when several of its sentences are recycled, or
when, taken whole, it is mostly a rehash of one earlier narration.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from .model import GuardFinding
from .paraphrase import retells
from .text import STOPWORDS, sentences, stem

GUARD = "repetition"

RECENT = 6  # how many previous narrations are compared
MIN_WORDS = 4  # sentences with fewer content words are too short to judge
SENTENCE_MATCH = 0.6  # Jaccard (or containment) of content words for a recycled sentence
SENTENCE_MATCH_CJK = 0.4
OPENING_MATCH = 0.5
RECYCLED_SHARE = 0.3  # share of content words sitting in recycled sentences
WHOLE_OVERLAP = 0.5  # share of the narration's content words found in one earlier narration

FOREIGN_STEM = 5  # letters kept of a word in a language with its own stopword list
CALLBACK_CONTEXT = 3  # judged sentences around a lone recycled one that make it a callback
SHORT_POST_UNITS = 14  # a post this short is judged whole, not sentence by sentence
SHORT_POST_MATCH = 0.75
SHORT_POST_CHARS = 200  # longer posts cannot be that short
_LETTERS = re.compile(r"[^\W\d_][^\W\d_'’]*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

_FILLER = frozenset(
    """said says asks asked looks look looked turns turned eyes eye voice moment then
    something nothing anything everything still seems seemed""".split()
)


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    words: frozenset[str]


def find_repetition(
    text: str, previous: Sequence[str], players: Sequence[str] = (),
    stopwords: AbstractSet[str] = frozenset(),
) -> list[GuardFinding]:
    """`stopwords`: the narration's own language's function words, beside English ones."""
    recent = [p for p in previous[-RECENT:] if p and p.strip()]
    if not recent:
        return []
    names = {w.lower() for p in players for w in _LETTERS.findall(p)}
    frozen_names = frozenset(names)
    extra = frozenset(stopwords)
    units = _units(text, frozen_names, extra)
    earlier = [_units(p, frozen_names, extra) for p in recent]
    short = _short_post_repeated(text, recent)
    if short is not None:
        return [short]
    if retells(text, recent, STOPWORDS | extra | _FILLER | frozen_names):
        return [GuardFinding(GUARD, 0, len(text), "retells a recent narration beat for beat")]
    judged = [u for u in units if len(u.words) >= MIN_WORDS]
    if not judged:
        return []
    findings: list[GuardFinding] = []

    # Character pairs share less than words do when a sentence is reworded.
    match = SENTENCE_MATCH_CJK if _CJK.search(text) else SENTENCE_MATCH
    index = _recent_index(tuple(recent), frozen_names, extra)
    recycled = [u for u in judged if _best_match(u.words, index) >= match]
    # One recycled sentence among several new ones is a callback, not a rehash.
    lone_callback = len(recycled) <= 1 and len(judged) >= CALLBACK_CONTEXT
    if judged[0] is units[0] and not lone_callback:
        for prior in earlier:
            if prior and _similar(units[0].words, prior[0].words) >= OPENING_MATCH:
                findings.append(GuardFinding(GUARD, units[0].start, units[0].end,
                                             "opens the way a recent narration did"))
                break

    total = sum(len(u.words) for u in judged)
    share = sum(len(u.words) for u in recycled) / total
    if recycled and not lone_callback and (share >= RECYCLED_SHARE or len(recycled) >= 3):
        first = recycled[0]
        findings.append(GuardFinding(GUARD, first.start, first.end,
                                     f"recycles {len(recycled)} sentence(s) from recent narration"))

    mine = frozenset().union(*(u.words for u in judged))
    if len(mine) >= 8:
        for prior in earlier:
            theirs = frozenset().union(*(u.words for u in prior)) if prior else frozenset()
            if theirs and len(mine & theirs) / len(mine) >= WHOLE_OVERLAP:
                findings.append(GuardFinding(GUARD, 0, len(text),
                                             "rehashes a recent narration"))
                break
    findings.sort(key=lambda f: f.start)
    return findings


@lru_cache(maxsize=512)  # earlier narrations are analysed again on every turn
def _units(text: str, names: frozenset[str], stopwords: frozenset[str]) -> tuple[_Unit, ...]:
    return tuple(_Unit(s.start, s.end, _content_words(s.text, names, stopwords))
                 for s in sentences(text))


def _short_post_repeated(text: str, recent: Sequence[str]) -> GuardFinding | None:
    """A short post (a line or two) that a recent post already said, nearly word for word."""
    if len(text) > SHORT_POST_CHARS:
        return None
    mine = _plain_units(text)
    if not mine or len(mine) > SHORT_POST_UNITS:
        return None
    for earlier in recent:
        theirs = _plain_units(earlier)
        if theirs and len(mine & theirs) / len(mine) >= SHORT_POST_MATCH:
            return GuardFinding(GUARD, 0, len(text), "repeats a recent short post")
    return None


def _plain_units(text: str) -> frozenset[str]:
    """Every word (stopwords included) or, in CJK text, every character pair."""
    if _CJK.search(text):
        chars = [c for c in text if c.isalnum()]
        return frozenset(a + b for a, b in itertools.pairwise(chars))
    return frozenset(stem(w) for w in _LETTERS.findall(text))


@lru_cache(maxsize=4096)  # a repaired narration is judged again with the same sentences
def _content_words(
    sentence: str, names: frozenset[str], stopwords: frozenset[str]
) -> frozenset[str]:
    if _CJK.search(sentence):
        return _cjk_pairs(sentence, names)
    words = []
    for i, match in enumerate(_LETTERS.finditer(sentence)):
        word = match.group()
        low = word.lower()
        if low in STOPWORDS or low in stopwords or low in _FILLER or low.split("'")[0] in names:
            continue
        if i > 0 and word[0].isupper():  # a proper name mid-sentence
            continue
        if len(low) < 3:
            continue
        # English endings mean nothing elsewhere; a shorter prefix meets case endings.
        words.append(stem(low) if not stopwords else low[:FOREIGN_STEM])
    return frozenset(words)


def _cjk_pairs(text: str, names: AbstractSet[str]) -> frozenset[str]:
    for name in names:
        text = text.replace(name, " ")
    chars = [c for c in text if c.isalnum()]
    return frozenset(a + b for a, b in itertools.pairwise(chars))


@lru_cache(maxsize=64)  # the recent narrations are the same from one check to the next
def _recent_index(recent: tuple[str, ...], names: frozenset[str],
                  stopwords: frozenset[str]) -> dict[str, list[frozenset[str]]]:
    # Keyed by the texts, whose hashes Python keeps, not by their sentences (hashing
    # every earlier sentence cost more than building the index again).
    return _index(tuple(_units(p, names, stopwords) for p in recent))


def _index(earlier: tuple[tuple[_Unit, ...], ...]) -> dict[str, list[frozenset[str]]]:
    """Each content word → the earlier sentences containing it (judged ones only)."""
    index: dict[str, list[frozenset[str]]] = {}
    for prior in earlier:
        for unit in prior:
            if len(unit.words) >= MIN_WORDS - 1:
                for word in unit.words:
                    index.setdefault(word, []).append(unit.words)
    return index


def _best_match(words: frozenset[str], index: dict[str, list[frozenset[str]]]) -> float:
    """The highest `_similar` against any earlier sentence sharing two words or more
    (comparing only those keeps a check fast against many earlier sentences)."""
    shared: dict[int, int] = {}
    sets: dict[int, frozenset[str]] = {}
    for word in words:
        for other in index.get(word, ()):
            key = id(other)
            shared[key] = shared.get(key, 0) + 1
            sets[key] = other
    return max((_similar(words, sets[k]) for k, n in shared.items() if n >= 2), default=0.0)


def _similar(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard, or containment of the shorter in the longer when that is higher:
    a sentence trimmed down from an earlier one is still recycled."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    jaccard = shared / len(a | b)
    smaller = min(len(a), len(b))
    containment = shared / smaller if smaller >= 6 else 0.0
    return max(jaccard, 0.85 * containment)
