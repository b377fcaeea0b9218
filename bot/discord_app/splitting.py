"""Fitting text into Discord messages: a narration cut at sentence boundaries, a reply clipped."""

from __future__ import annotations

import re

DISCORD_LIMIT = 2000
# A sentence ends at . ! ? … (maybe closed by quotes or brackets) followed by
# whitespace; a paragraph break is the best place of all.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]*_]*\s+")
_PARAGRAPH = re.compile(r"\n\s*\n")


def split_message(text: str, limit: int = DISCORD_LIMIT) -> list[str]:
    """Pieces of at most `limit` characters; greedy, so earlier pieces never change
    as text is appended (streaming relies on that)."""
    if limit < 1:
        raise ValueError("limit must be positive")
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = _cut_point(rest, limit)
        piece = rest[:cut].rstrip()
        pieces.append(piece if piece else rest[:cut])
        rest = rest[cut:].lstrip()
    if rest or not pieces:
        pieces.append(rest)
    return pieces


def _cut_point(text: str, limit: int) -> int:
    """Where to cut `text` (longer than `limit`): a paragraph, a sentence, a space, or hard."""
    window = text[: limit + 1]  # the whitespace right after a full piece counts
    floor = limit // 2  # never make a piece pointlessly short
    for pattern in (_PARAGRAPH, _SENTENCE_END):
        ends = [m.end() for m in pattern.finditer(window) if floor <= m.start() < limit]
        if ends:
            return min(ends[-1], limit)
    space = window.rfind(" ", floor, limit + 1)
    return space if space > 0 else limit


def clip(text: str, limit: int = 1900) -> str:
    """Fit a reply into one Discord message."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
