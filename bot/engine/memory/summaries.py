"""Chapter summaries and the campaign chronicle: what they cover and how they fill memory.

A chapter summarises a run of posts of one scene that left the prompt window
(it records the seq range it covers). When enough chapters pile up, the oldest
are rolled into the campaign's chronicle. The memory section of the prompt is
the chronicle, then the newest chapters that fit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

CountTokens = Callable[[str], int]

CHAPTER = "chapter"
CHRONICLE = "chronicle"


@dataclass(frozen=True)
class Summary:
    id: int
    campaign_id: int
    scene_id: int | None
    level: str  # CHAPTER | CHRONICLE
    first_seq: int
    last_seq: int
    content: str
    stale: bool = False
    in_chronicle: bool = False


@dataclass(frozen=True)
class StoryLine:
    """One post as the summarizer sees it."""

    seq: int
    speaker: str
    text: str


def chunk_lines(
    lines: Sequence[StoryLine], budget: int, count: CountTokens
) -> list[list[StoryLine]]:
    """Split posts into runs of at most `budget` tokens each (a long post is a run of its own)."""
    chunks: list[list[StoryLine]] = []
    current: list[StoryLine] = []
    used = 0
    for line in lines:
        size = count(line.text) + count(line.speaker) + 2
        if current and used + size > budget:
            chunks.append(current)
            current, used = [], 0
        current.append(line)
        used += size
    if current:
        chunks.append(current)
    return chunks


def chapters_to_roll(
    chapters: Sequence[Summary], *, keep: int = 2, threshold: int = 5
) -> list[Summary]:
    """The oldest chapters to fold into the chronicle, once `threshold` are waiting."""
    waiting = [c for c in chapters if c.level == CHAPTER and not c.in_chronicle and not c.stale]
    if len(waiting) < threshold:
        return []
    return waiting[: len(waiting) - keep]


def memory_text(summaries: Sequence[Summary], budget: int, count: CountTokens) -> str:
    """Chronicle first, then the newest chapters not yet in it that fit, oldest first."""
    from bot.engine.prompt import truncate_to_tokens

    chronicle = next(
        (s for s in summaries if s.level == CHRONICLE and not s.stale and s.content), None
    )
    parts: list[str] = []
    used = 0
    if chronicle is not None:
        text = "Chronicle of the campaign so far:\n" + chronicle.content
        text = truncate_to_tokens(text, budget // 2, count)
        parts.append(text)
        used += count(text)
    chapters = [s for s in summaries
                if s.level == CHAPTER and not s.stale and not s.in_chronicle and s.content]
    kept: list[str] = []
    for chapter in reversed(chapters):
        text = "Chapter: " + chapter.content
        size = count(text) + 2
        if used + size > budget:
            break
        kept.append(text)
        used += size
    return "\n\n".join([*parts, *reversed(kept)])
