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
from bot.discord_app.voices import EMPTY_NARRATION, Poster, streamed_text, voiced_posts
from bot.services.npcs import Cast

log = logging.getLogger(__name__)

WRITING_MARK = "\n-# ✍️ the narrator is writing…"
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
        cast: Cast | None = None,
    ) -> None:
        self.webhook = webhook
        self.channel = channel
        self.username = username
        self.avatar_url = avatar_url
        self.on_posted = on_posted
        self.min_interval = min_interval
        self.clock = clock
        self.cast = cast  # the NPCs whose marked lines get posts of their own at the end
        self.message_ids: list[int] = []
        self._shown: list[str] = []
        self._posters: list[Poster] = []
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
        self._posters.clear()

    async def _flush(self, text: str, *, final: bool) -> None:
        narrator = Poster(self.username, self.avatar_url)
        room = DISCORD_LIMIT - len(WRITING_MARK)  # the same cuts streaming and final
        if final:
            pieces = voiced_posts(text, narrator, self.cast, room)
        else:  # while streaming, everything is the narrator's one growing post
            shown = streamed_text(text, self.cast).strip() or EMPTY_NARRATION
            pieces = [(narrator, piece) for piece in split_message(shown, room)]
            pieces[-1] = (narrator, pieces[-1][1] + WRITING_MARK)
        # A post cannot change its author: from the first post under another name on,
        # the streamed posts go and the rest is posted anew, in order.
        keep = 0
        while (keep < min(len(pieces), len(self.message_ids))
               and self._posters[keep] == pieces[keep][0]):
            keep += 1
        while len(self.message_ids) > keep:
            with contextlib.suppress(discord.NotFound):
                await self.webhook.delete_message(self.message_ids.pop())
            self._shown.pop()
            self._posters.pop()
        for part, (poster, piece) in enumerate(pieces):
            if part < len(self.message_ids):
                if self._shown[part] != piece:
                    await self._edit(part, piece)
            else:
                await self._send(poster, piece)
        self._last_flush = self.clock()

    async def _send(self, poster: Poster, content: str) -> None:
        message = await self._post(poster, content)
        self.message_ids.append(message.id)
        self._shown.append(content)
        self._posters.append(poster)
        await self.on_posted(len(self.message_ids) - 1, message.id)

    async def _post(self, poster: Poster, content: str) -> discord.WebhookMessage:
        return await self.webhook.send(
            content,
            username=poster.username,
            avatar_url=poster.avatar_url or discord.utils.MISSING,
            allowed_mentions=NO_MENTIONS,
            wait=True,
        )

    async def _edit(self, part: int, content: str) -> None:
        try:
            await self.webhook.edit_message(
                self.message_ids[part], content=content, allowed_mentions=NO_MENTIONS
            )
        except discord.NotFound:  # someone deleted the post mid-stream: post it again
            message = await self._post(self._posters[part], content)
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
