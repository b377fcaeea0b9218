"""Why a scene's narration has not started yet, shown in its channel while it waits.

The local backend serves all scenes through one fair queue: a scene that has to
wait sees its place in line. A server may be slow to answer or rate-limit us:
the players see why and for how long, once per reason. Either way it is one
small message per narration, edited as things change and deleted once the
narration is over.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re

import discord

log = logging.getLogger(__name__)

# The backend names its server; the players need the reason, not the address.
_URL = re.compile(r"\b\w[\w+.-]*://\S+")
MAX_REASON_CHARS = 300


def place_text(place: int) -> str:
    return f"-# ⏳ The narrator is busy at other tables: this scene is #{place} in line."


def wait_text(reason: str) -> str:
    said = _URL.sub("the model server", reason).strip().rstrip(".")
    if len(said) > MAX_REASON_CHARS:
        said = said[: MAX_REASON_CHARS - 1] + "…"
    return f"-# ⏳ The narrator is waiting: {discord.utils.escape_markdown(said)}."


class NarrationStatus:
    """Pass `place_in_line` as `RequestScope.on_queued` and `waiting` as
    `RequestScope.on_wait`; call `clear()` when the narration is over."""

    def __init__(self, channel: discord.abc.Messageable) -> None:
        self.channel = channel
        self.message: discord.Message | None = None
        self.text = ""
        self._reasons: set[str] = set()
        self._showing: asyncio.Task[None] | None = None

    def place_in_line(self, place: int) -> None:
        self._set(place_text(place))

    def waiting(self, reason: str) -> None:
        if reason in self._reasons:  # another try for the same reason: already said
            return
        self._reasons.add(reason)
        self._set(wait_text(reason))

    def _set(self, text: str) -> None:
        # Called synchronously by the backend: shown from a task, the latest text wins.
        self.text = text
        if self._showing is None or self._showing.done():
            self._showing = asyncio.create_task(self._show(), name="narration-status")

    async def _show(self) -> None:
        shown = ""
        while shown != self.text:
            shown = self.text
            try:
                if self.message is None:
                    self.message = await self.channel.send(
                        shown, allowed_mentions=discord.AllowedMentions.none()
                    )
                else:
                    await self.message.edit(
                        content=shown, allowed_mentions=discord.AllowedMentions.none()
                    )
            except discord.HTTPException as exc:  # a display problem never stops a narration
                log.warning("narration status message failed: %s", exc)
                return

    async def clear(self) -> None:
        if self._showing is not None:
            with contextlib.suppress(Exception):
                await self._showing
        if self.message is not None:
            with contextlib.suppress(discord.HTTPException):
                await self.message.delete()
            self.message = None
