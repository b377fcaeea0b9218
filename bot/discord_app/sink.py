"""The narrator's voice in Discord: a webhook post that grows as the text streams in.

Edits are throttled (at most one flush per `min_interval`), a narration past
Discord's 2,000 characters continues in further posts cut at sentence
boundaries, and nothing generated can ping anyone (`AllowedMentions.none()`
on every send and edit). While generating, the channel shows the bot typing
and the post ends with a "writing…" line that the final edit removes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable

import discord

from bot.discord_app.splitting import DISCORD_LIMIT, split_message

log = logging.getLogger(__name__)

WRITING_MARK = "\n-# ✍️ the narrator is writing…"
EMPTY_NARRATION = "…"  # Discord refuses empty messages
NO_MENTIONS = discord.AllowedMentions.none()

# Called with (part, message_id) as soon as each post exists, so a crash mid-stream
# leaves a record of what to withdraw.
OnPosted = Callable[[int, int], Awaitable[None]]


class WebhookSink:
    """Implements `bot.services.sinks.NarrationSink` over a channel webhook."""

    def __init__(
        self,
        *,
        webhook: discord.Webhook,
        channel: discord.abc.Messageable,
        username: str,
        avatar_url: str | None,
        on_posted: OnPosted,
        min_interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.webhook = webhook
        self.channel = channel
        self.username = username
        self.avatar_url = avatar_url
        self.on_posted = on_posted
        self.min_interval = min_interval
        self.clock = clock
        self.message_ids: list[int] = []
        self._shown: list[str] = []
        self._last_flush = float("-inf")
        self._typing: asyncio.Task[None] | None = None
        self._done = asyncio.Event()

    async def update(self, text: str) -> None:
        if self._typing is None:
            self._typing = asyncio.create_task(self._keep_typing(), name="narrator-typing")
        if self.clock() - self._last_flush >= self.min_interval and text.strip():
            await self._flush(text, final=False)

    async def finish(self, text: str) -> int | None:
        await self._stop_typing()
        await self._flush(text or EMPTY_NARRATION, final=True)
        return self.message_ids[0] if self.message_ids else None

    async def abort(self) -> None:
        await self._stop_typing()
        for message_id in self.message_ids:
            with contextlib.suppress(discord.NotFound):
                await self.webhook.delete_message(message_id)
        self.message_ids.clear()
        self._shown.clear()

    async def _flush(self, text: str, *, final: bool) -> None:
        room = DISCORD_LIMIT - len(WRITING_MARK)
        pieces = split_message(text.strip() or EMPTY_NARRATION, room)
        if not final:
            pieces[-1] += WRITING_MARK
        for part, piece in enumerate(pieces):
            if part < len(self.message_ids):
                if self._shown[part] != piece:
                    await self._edit(part, piece)
            else:
                await self._send(piece)
        # The final text may need fewer posts than the stream did (rare: trailing space).
        while final and len(self.message_ids) > len(pieces):
            with contextlib.suppress(discord.NotFound):
                await self.webhook.delete_message(self.message_ids.pop())
            self._shown.pop()
        self._last_flush = self.clock()

    async def _send(self, content: str) -> None:
        message = await self.webhook.send(
            content,
            username=self.username,
            avatar_url=self.avatar_url or discord.utils.MISSING,
            allowed_mentions=NO_MENTIONS,
            wait=True,
        )
        self.message_ids.append(message.id)
        self._shown.append(content)
        await self.on_posted(len(self.message_ids) - 1, message.id)

    async def _edit(self, part: int, content: str) -> None:
        try:
            await self.webhook.edit_message(
                self.message_ids[part], content=content, allowed_mentions=NO_MENTIONS
            )
        except discord.NotFound:  # someone deleted the post mid-stream: post it again
            message = await self.webhook.send(
                content, username=self.username,
                avatar_url=self.avatar_url or discord.utils.MISSING,
                allowed_mentions=NO_MENTIONS, wait=True,
            )
            self.message_ids[part] = message.id
            await self.on_posted(part, message.id)
        self._shown[part] = content

    async def _keep_typing(self) -> None:
        try:
            async with self.channel.typing():
                await self._done.wait()
        except discord.HTTPException as exc:  # typing is cosmetic; never fail a narration
            log.debug("typing indicator failed: %s", exc)

    async def _stop_typing(self) -> None:
        self._done.set()
        if self._typing is not None:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(self._typing, 2)
