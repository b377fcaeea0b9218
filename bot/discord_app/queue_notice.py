"""A queued scene's place in line, shown in its channel while a shared model is busy.

The local backend serves all scenes through one fair queue; a scene that has to
wait gets one small message, edited as the line moves and deleted once its
narration is done.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import discord

log = logging.getLogger(__name__)


def place_text(place: int) -> str:
    return f"-# ⏳ The narrator is busy at other tables: this scene is #{place} in line."


class PlaceInLine:
    """Pass as `RequestScope.on_queued`; call `clear()` when the narration is over."""

    def __init__(self, channel: discord.abc.Messageable) -> None:
        self.channel = channel
        self.message: discord.Message | None = None
        self.place = 0
        self._showing: asyncio.Task[None] | None = None

    def __call__(self, place: int) -> None:
        # Called synchronously by the queue: show it from a task, latest place wins.
        self.place = place
        if self._showing is None or self._showing.done():
            self._showing = asyncio.create_task(self._show(), name="place-in-line")

    async def _show(self) -> None:
        shown = 0
        while shown != self.place:
            shown = self.place
            try:
                if self.message is None:
                    self.message = await self.channel.send(
                        place_text(shown), allowed_mentions=discord.AllowedMentions.none()
                    )
                else:
                    await self.message.edit(content=place_text(shown))
            except discord.HTTPException as exc:  # a display problem never stops a narration
                log.warning("place-in-line message failed: %s", exc)
                return

    async def clear(self) -> None:
        if self._showing is not None:
            with contextlib.suppress(Exception):
                await self._showing
        if self.message is not None:
            with contextlib.suppress(discord.HTTPException):
                await self.message.delete()
            self.message = None
