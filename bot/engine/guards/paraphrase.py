"""A narration that retells a recent one beat for beat in other words.

Word overlap misses a paraphrase ("Rain lashes the watchtower" for "The storm
beats against the watchtower"), but a beat-for-beat retelling keeps the
earlier post's length and sentence count and still shares many letter
sequences (roots, numbers) among its content words. A looser retelling still
tells the same beats in the same order: aligned sentence by sentence, each pair
shares an anchor or two (the well, the camel, the ridge), where a new beat in
the same place shares them here and there, out of order. A callback or recap
shares a line or two and is much shorter or longer than what it recalls.
"""

from __future__ import annotations

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
# Mean cosine of sentence pairs in the best in-order alignment; new beats in the same
# setting stay under 0.2 on the tuning sets, looser retellings reach 0.25-0.45.
ALIGNED_SIMILARITY = 0.25
PAIR_FLOOR = 0.1  # an aligned sentence pair sharing less than this shares no beat
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
        if _cosine(_grams(text, skip), _grams(earlier, skip)) >= SIMILARITY:
            return True
        if _retold_in_order(text, earlier, skip):
            return True
    return False


def _retold_in_order(text: str, earlier: str, skip: AbstractSet[str]) -> bool:
    """Every beat (all but one, in longer posts) has a counterpart, in order: a callback
    that shares one striking sentence is not a retelling."""
    score, paired, longer = _alignment(text, earlier, skip)
    return score >= ALIGNED_SIMILARITY and paired >= longer - (1 if longer >= 3 else 0)


def aligned_similarity(text: str, earlier: str, skip: AbstractSet[str]) -> float:
    """Sentence pairs matched in order (each used once, some left out when the
    counts differ), scored by the mean of their cosines over the longer post."""
    return _alignment(text, earlier, skip)[0]


def _alignment(text: str, earlier: str, skip: AbstractSet[str]) -> tuple[float, int, int]:
    """(mean cosine over the longer post, pairs that share something, its sentences)."""
    mine = [_grams(s.text, skip) for s in sentences(text)]
    theirs = [_grams(s.text, skip) for s in sentences(earlier)]
    longer = max(len(mine), len(theirs))
    if not mine or not theirs:
        return 0.0, 0, longer
    # best[j]: (total cosine, pairs over the floor) aligning the sentences so far
    # with the first j of `theirs`.
    best = [(0.0, 0)] * (len(theirs) + 1)
    for grams in mine:
        row = [(0.0, 0)] * (len(theirs) + 1)
        for j, other in enumerate(theirs, start=1):
            similarity = _cosine(grams, other)
            total, paired = best[j - 1]
            matched = (total + similarity, paired + (similarity >= PAIR_FLOOR))
            row[j] = max(best[j], row[j - 1], matched)
        best = row
    total, paired = best[-1]
    return total / longer, paired, longer


@lru_cache(maxsize=1024)  # recent narrations (and their sentences) are compared every turn
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
