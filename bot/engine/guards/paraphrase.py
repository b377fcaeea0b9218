"""A narration that retells a recent one beat for beat in other words.

Word overlap misses a paraphrase ("Rain lashes the watchtower" for "The storm
beats against the watchtower"), but a beat-for-beat retelling keeps the
earlier post's length and sentence count and still shares many letter
sequences (roots, numbers) among its content words. A callback or recap shares
a line or two and is much shorter or longer than what it recalls.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

from .text import sentences

MIN_CHARS = 120  # shorter posts are judged by the short-post rule
MIN_CHARS_CJK = 45
LENGTH_RATIO = 0.78  # shorter / longer of the two posts
SIMILARITY = 0.5  # cosine of letter n-gram counts of the content words, post against post
BEAT_SIMILARITY = 0.38  # enough when the sentences also line up beat for beat
BEATS_SHARED = 0.75  # sentences sharing a content word with the one in their place
MIN_BEATS = 3  # sentences a post needs before its beats are counted
ROOT = 5  # letters of a word compared between two beats (case endings vary)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[^\W\d_]+|\d+")


def retells(text: str, recent: Sequence[str], skip: AbstractSet[str] = frozenset()) -> bool:
    """`skip`: words that say nothing about the content (stopwords, the PCs' names)."""
    if len(text) < (MIN_CHARS_CJK if _CJK.search(text) else MIN_CHARS):
        return False
    count = len(sentences(text))
    for earlier in recent:
        ratio = min(len(text), len(earlier)) / max(len(text), len(earlier), 1)
        if ratio < LENGTH_RATIO or abs(len(sentences(earlier)) - count) > 1:
            continue
        similarity = _cosine(_grams(text, skip), _grams(earlier, skip))
        if similarity >= SIMILARITY:
            return True
        # Fewer shared letters, but the same beats in the same order: each sentence
        # shares a content word with the one in its place in the earlier post.
        if similarity >= BEAT_SIMILARITY and _beats(text, earlier, skip) >= BEATS_SHARED:
            return True
    return False


def _beats(text: str, earlier: str, skip: AbstractSet[str]) -> float:
    """Share of sentences (same count in both) that share a content word with the
    sentence in the same place of the earlier post."""
    mine, theirs = sentences(text), sentences(earlier)
    if len(mine) != len(theirs) or len(mine) < MIN_BEATS:
        return 0.0
    shared = sum(bool(_roots(a.text, skip) & _roots(b.text, skip))
                 for a, b in zip(mine, theirs, strict=True))
    return shared / len(mine)


def _roots(sentence: str, skip: AbstractSet[str]) -> set[str]:
    if _CJK.search(sentence):
        chars = [c for c in sentence if c.isalnum()]
        return {a + b for a, b in itertools.pairwise(chars)}
    words = (w.lower() for w in _WORD.findall(sentence))
    return {w[:ROOT] for w in words if len(w) > 2 and w not in skip}


@lru_cache(maxsize=64)  # recent narrations are compared again on every turn
def _grams(text: str, skip: AbstractSet[str]) -> tuple[Counter[str], float]:
    if _CJK.search(text):
        flat, size = _SPACE.sub(" ", text), 2  # a CJK character carries a syllable or a word
    else:
        words = (w.lower() for w in _WORD.findall(text))
        flat, size = " ".join(w for w in words if len(w) > 2 and w not in skip), 3
    counts = Counter(flat[i : i + size] for i in range(len(flat) - size + 1))
    return counts, math.sqrt(sum(v * v for v in counts.values()))


def _cosine(a: tuple[Counter[str], float], b: tuple[Counter[str], float]) -> float:
    (left, left_norm), (right, right_norm) = a, b
    if not left_norm or not right_norm:
        return 0.0
    if len(left) > len(right):
        left, right = right, left
    return sum(v * right[k] for k, v in left.items() if k in right) / (left_norm * right_norm)
