"""Spotlight fairness: how much narration each player character receives, and whom the
narrator should bring forward or keep brief next.

A character's share of a narration is the number of its sentences that name the
character (by full name or first name). Sentences are what a reader perceives as
attention: a fast typist whose long action fills three sentences gets three times
the spotlight of a quiet player answered in one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+|\n+")

# Below this, shares are considered even. Small on purpose: a share that may sit at
# fair + tolerance indefinitely is off by tolerance / fair (0.01 / 0.25 = 4 %).
DEFAULT_TOLERANCE = 0.01


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def _name_pattern(name: str) -> re.Pattern[str]:
    """Full name or its first word, as whole words, any case."""
    words = name.split()
    variants = {re.escape(name)}
    if len(words) > 1 and len(words[0]) >= 3:
        variants.add(re.escape(words[0]))
    return re.compile(
        r"(?<!\w)(?:" + "|".join(sorted(variants, key=len, reverse=True)) + r")(?!\w)",
        re.IGNORECASE,
    )


def sentence_mentions(narration: str, names: Sequence[str]) -> dict[str, int]:
    """How many sentences of `narration` name each character."""
    return dict(_sentence_mentions(narration, tuple(names)))


@lru_cache(maxsize=2048)  # the window's narrations are counted again on every turn
def _sentence_mentions(narration: str, names: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    patterns = {name: _name_pattern(name) for name in names}
    counts = dict.fromkeys(names, 0)
    for sentence in split_sentences(narration):
        for name, pattern in patterns.items():
            if pattern.search(sentence):
                counts[name] += 1
    return tuple(counts.items())


def attention(narrations: Iterable[str], names: Sequence[str]) -> dict[str, int]:
    """Sentences naming each character, summed over `narrations`."""
    totals = dict.fromkeys(names, 0)
    for narration in narrations:
        for name, count in sentence_mentions(narration, names).items():
            totals[name] += count
    return totals


def shares(counts: Mapping[str, int]) -> dict[str, float]:
    """Each character's fraction of the attention; even shares when there was none."""
    total = sum(counts.values())
    if not counts:
        return {}
    if total == 0:
        return {name: 1 / len(counts) for name in counts}
    return {name: count / total for name, count in counts.items()}


def max_deviation(share_of: Mapping[str, float]) -> float:
    """The largest |share − 1/n| / (1/n): 0 is perfectly even."""
    if not share_of:
        return 0.0
    fair = 1 / len(share_of)
    return max(abs(share - fair) / fair for share in share_of.values())


@dataclass(frozen=True)
class SpotlightAdvice:
    bring_forward: str | None = None  # the most under-served character
    keep_brief: tuple[str, ...] = ()  # characters well over their share


def advise(counts: Mapping[str, int], *, tolerance: float = DEFAULT_TOLERANCE) -> SpotlightAdvice:
    """Whom to bring forward and whom to keep brief, from attention so far."""
    if len(counts) < 2 or sum(counts.values()) == 0:
        return SpotlightAdvice()
    share_of = shares(counts)
    fair = 1 / len(share_of)
    # Ties break by name so the advice is deterministic.
    lowest = min(sorted(share_of), key=lambda name: share_of[name])
    forward = lowest if share_of[lowest] < fair - tolerance else None
    brief = tuple(sorted(n for n, s in share_of.items() if s > fair + tolerance))
    return SpotlightAdvice(bring_forward=forward, keep_brief=brief)


def brief_instruction(advice: SpotlightAdvice) -> str | None:
    if not advice.keep_brief:
        return None
    names = ", ".join(advice.keep_brief)
    return (
        f"{names} had more than their share of the story lately: answer them in one short "
        "sentence, however much they wrote, and give the others the room."
    )
