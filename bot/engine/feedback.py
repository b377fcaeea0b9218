"""Feedback on narrations, as plain rules (no I/O): which reactions count and how,
and the campaign switch that turns collecting on."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

# Campaign setting: the GM's opt-in. Off by default; while off nothing is collected
# (no prompts kept, no reactions) and the campaign is never exported.
TRAINING_DATA = "training_data"

THUMBS = {"👍": 1, "👎": -1}
RATINGS = {"1️⃣": 1, "2️⃣": 2, "3️⃣": 3, "4️⃣": 4, "5️⃣": 5}
_SKIN_TONES = "".join(chr(c) for c in range(0x1F3FB, 0x1F400))


def collecting(settings: Mapping[str, Any]) -> bool:
    return bool(settings.get(TRAINING_DATA))


def reaction_of(emoji: str) -> tuple[str, int] | None:
    """(kind, value) of a reaction that counts as feedback: a thumb (±1, any skin tone)
    or a keycap rating (1–5); None for any other emoji."""
    bare = emoji.rstrip(_SKIN_TONES)
    if bare in THUMBS:
        return "thumb", THUMBS[bare]
    if emoji in RATINGS:
        return "rating", RATINGS[emoji]
    return None


def player_signal(kinds: Mapping[str, int]) -> int:
    """One player's verdict on a narration, -1, 0 or +1: their rating when they gave one
    (4–5 good, 1–2 bad, 3 neutral), else their thumb."""
    if "rating" in kinds:
        rating = kinds["rating"]
        return 1 if rating >= 4 else -1 if rating <= 2 else 0
    return max(-1, min(1, kinds.get("thumb", 0)))


def net_score(reactions: Iterable[tuple[str, str, int]]) -> int:
    """The sum of the players' verdicts, from (player, kind, value) triples."""
    per_player: dict[str, dict[str, int]] = {}
    for player, kind, value in reactions:
        per_player.setdefault(player, {})[kind] = value
    return sum(player_signal(kinds) for kinds in per_player.values())
