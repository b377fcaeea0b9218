"""The message limits Discord enforces, so a bot that breaks them fails here as it would live."""

from __future__ import annotations

from typing import Any

from .httpkit import ApiError, invalid_form

MAX_CONTENT = 2000
MAX_EMBEDS = 10
MAX_EMBED_TOTAL = 6000
EMBED_FIELD_LIMITS = {"title": 256, "description": 4096}
MAX_WEBHOOK_USERNAME = 80
FORBIDDEN_WEBHOOK_NAMES = ("clyde", "discord")


def check_message_body(body: dict[str, Any], *, has_files: bool, editing: bool = False) -> None:
    content = body.get("content")
    if content is not None and not isinstance(content, str):
        raise invalid_form("content", "Must be a string.")
    if content is not None and len(content) > MAX_CONTENT:
        raise invalid_form("content", f"Must be {MAX_CONTENT} or fewer in length.")
    embeds = body.get("embeds") or []
    if len(embeds) > MAX_EMBEDS:
        raise invalid_form("embeds", f"Must be {MAX_EMBEDS} or fewer in length.")
    total = 0
    for index, embed in enumerate(embeds):
        for key, limit in EMBED_FIELD_LIMITS.items():
            text = embed.get(key) or ""
            total += len(text)
            if len(text) > limit:
                raise invalid_form(f"embeds.{index}.{key}", f"Must be {limit} or fewer in length.")
    if total > MAX_EMBED_TOTAL:
        raise invalid_form("embeds", "Embed size exceeds maximum size of 6000")
    if editing:
        return
    empty = not (
        content
        or embeds
        or has_files
        or body.get("components")
        or body.get("sticker_ids")
        or body.get("poll")
    )
    if empty:
        raise ApiError(400, 50006, "Cannot send an empty message")


def check_webhook_username(username: Any) -> None:
    if username is None:
        return
    if not isinstance(username, str) or not 1 <= len(username) <= MAX_WEBHOOK_USERNAME:
        raise invalid_form("username", f"Must be between 1 and {MAX_WEBHOOK_USERNAME} in length.")
    lowered = username.lower()
    if any(word in lowered for word in FORBIDDEN_WEBHOOK_NAMES):
        raise invalid_form("username", 'Username cannot contain "clyde" or "discord".')
