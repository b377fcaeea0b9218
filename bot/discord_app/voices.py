"""Who each post of a narration is under: the narrator, or an NPC with its own face.

A webhook can post under any name and avatar per message, so the narrator's prose
and each NPC's lines go through the same channel webhook, in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.discord_app.splitting import DISCORD_LIMIT, split_message
from bot.engine.npc_speech import has_voiced_speech, plain_text, without_open_marker
from bot.services.npcs import Cast

EMPTY_NARRATION = "…"  # Discord refuses empty messages


def webhook_username(name: str) -> str:
    """Discord refuses webhook names containing "discord" or "clyde", and over 80 chars."""
    cleaned = re.sub(r"(?i)discord|clyde", lambda m: m.group(0)[0] + "\u200b" + m.group(0)[1:],
                     name).strip()
    return (cleaned or "Narrator")[:80]


@dataclass(frozen=True)
class Poster:
    username: str
    avatar_url: str | None = None


def streamed_text(text: str, cast: Cast | None) -> str:
    """What the narrator's growing post shows: NPC markup turned into named lines."""
    return text if cast is None else plain_text(cast.segments(without_open_marker(text)))


def voiced_posts(
    text: str, narrator: Poster, cast: Cast | None, limit: int = DISCORD_LIMIT
) -> list[tuple[Poster, str]]:
    """The finished narration as posts in order: the narrator's prose, and each voiced
    NPC's lines under its own name and avatar; each run split to Discord's limit."""
    segments = cast.segments(text) if cast is not None else []
    if cast is None or not has_voiced_speech(segments):
        shown = (text if cast is None else plain_text(segments)).strip() or EMPTY_NARRATION
        return [(narrator, piece) for piece in split_message(shown, limit)]
    posts: list[tuple[Poster, str]] = []
    for segment in segments:
        poster = narrator
        if segment.speaker is not None:
            voice = cast.voice(segment.speaker)
            poster = Poster(webhook_username(voice.name), voice.avatar_url or narrator.avatar_url)
        posts += [(poster, piece) for piece in split_message(segment.text.strip(), limit)]
    return posts
