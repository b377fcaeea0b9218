"""Was a sentence already told in a recent narration?

A player character's act that the previous post already narrated is not a new
impersonation when it comes round again: that is the repetition guard's
business. Words are compared by their first letters (any script) or, for
CJK text, by character pairs.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

ALREADY_TOLD = 0.6  # share of a sentence's words found in one recent narration
RETOLD = 0.3  # share of the whole narration's words found in a post naming the same PC
RETOLD_SENTENCE = 0.15
_WORD = re.compile(r"[^\W\d_]{3,}")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@lru_cache(maxsize=512)
def _units(text: str) -> frozenset[str]:
    if _CJK.search(text):
        chars = [c for c in text if c.isalnum()]
        return frozenset(a + b for a, b in itertools.pairwise(chars))
    return frozenset(w.lower()[:4] for w in _WORD.findall(text))


def already_told(sentence: str, narration: str, previous: Sequence[str], player: str) -> bool:
    """Is `sentence` (from `narration`, about `player`) told again from a recent post?

    Either the sentence itself is mostly recycled, or the whole narration
    retells a post in which the same character already appeared.
    """
    mine = _units(sentence)
    if len(mine) < 3:
        return False
    whole = _units(narration)
    for earlier in previous:
        if not earlier:
            continue
        theirs = _units(earlier)
        shared = len(mine & theirs) / len(mine)
        if shared >= ALREADY_TOLD:
            return True
        retold = len(whole & theirs) / max(1, len(whole)) >= RETOLD
        if retold and player and player in earlier and shared >= RETOLD_SENTENCE:
            return True
    return False
