"""The narrator's channel in Discord: its webhook, its streamed and finished posts, notices.

Shared by the narration runner, the review desk and the GM commands. It needs only
the Discord client (channels, webhooks), the few store calls about webhooks and
drafts, and the card shelf; the campaign's card and avatar are read once per turn
into a `NarratorVoice` that the caller passes down.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import discord

from bot.cards.shelf import CardShelf
from bot.discord_app.sink import NO_MENTIONS, WebhookSink
from bot.discord_app.splitting import split_message
from bot.discord_app.voices import webhook_username
from bot.models import Campaign, Scene
from bot.services.campaigns import Avatar, narrator_avatar_async
from bot.services.npcs import Cast
from bot.services.persona import narrator_card_async
from bot.store.discord_glue import StreamDraftRepo, WebhookRepo

WEBHOOK_NAME = "Loremaster narrator"


@dataclass(frozen=True)
class NarratorVoice:
    """Who the narrator posts as: the card's name and image."""

    username: str
    avatar: Avatar


class NarratorChannel:
    def __init__(
        self,
        client: discord.Client,
        webhooks: WebhookRepo,
        streaming: StreamDraftRepo,
        *,
        cards: CardShelf | Path,
        clock: Callable[[], float],
        stream_interval: float,
    ) -> None:
        self.client = client
        self.webhooks = webhooks  # the channel's narrator webhook, kept across restarts
        self.streaming = streaming  # posts made while a narration streams, until stored
        self.cards = cards
        self.clock = clock
        self.stream_interval = stream_interval

    async def voice(self, campaign: Campaign) -> NarratorVoice:
        card = await narrator_card_async(self.cards, campaign.narrator_card)
        avatar = await narrator_avatar_async(self.cards, campaign.narrator_card)
        return NarratorVoice(webhook_username(card.data.nickname or card.data.name), avatar)

    async def text_channel(self, channel_id: int) -> discord.TextChannel | None:
        channel = self.client.get_channel(channel_id)
        if channel is None:
            with contextlib.suppress(discord.NotFound, discord.Forbidden):
                channel = await self.client.fetch_channel(channel_id)
        return channel if isinstance(channel, discord.TextChannel) else None

    # -- the webhook ---------------------------------------------------------------------

    async def webhook_for(self, channel: discord.TextChannel, avatar: Avatar) -> discord.Webhook:
        """The channel's narrator webhook, created (with the card's image) on first use."""
        known = await self.known_webhook(channel.id)
        if known is not None:
            return known
        webhook = await channel.create_webhook(
            name=WEBHOOK_NAME, avatar=avatar.image, reason="Loremaster narrator"
        )
        assert webhook.token is not None
        await self.webhooks.set(channel.id, webhook.id, webhook.token, self.clock())
        return webhook

    async def known_webhook(self, channel_id: int) -> discord.Webhook | None:
        known = await self.webhooks.get(channel_id)
        if known is None:
            return None
        return discord.Webhook.partial(known[0], known[1], client=self.client)

    async def forget_webhook(self, channel_id: int) -> None:
        """Someone deleted it: the next post makes a new one."""
        await self.webhooks.forget(channel_id)

    async def replace_webhook(self, channel: discord.TextChannel, avatar: Avatar) -> None:
        """A new narrator card: recreate the webhook so its avatar is the card's image."""
        known = await self.webhooks.get(channel.id)
        if known is not None:
            old = discord.Webhook.partial(
                known[0], known[1], client=self.client, bot_token=self.client.http.token
            )
            with contextlib.suppress(discord.NotFound):
                await old.delete(reason="new narrator card")
            await self.webhooks.forget(channel.id)
        await self.webhook_for(channel, avatar)

    # -- posts -----------------------------------------------------------------------------

    async def narration_sink(
        self, scene: Scene, channel: discord.TextChannel, voice: NarratorVoice,
        cast: Cast | None = None,
    ) -> WebhookSink:
        """A sink posting as the narrator in the scene's channel (and as the `cast`'s NPCs
        once the text is final); each post is recorded as a draft the moment it exists
        (withdrawn if the narration is never stored)."""
        return WebhookSink(
            webhook=await self.webhook_for(channel, voice.avatar),
            channel=channel,
            username=voice.username,
            avatar_url=voice.avatar.url,
            on_posted=lambda part, message_id: self.streaming.add(
                scene_id=scene.id, round_no=scene.round_no, part=part,
                channel_id=channel.id, message_id=message_id, now=self.clock(),
            ),
            min_interval=self.stream_interval,
            cast=cast,
        )

    async def post(
        self, channel: discord.TextChannel, voice: NarratorVoice, text: str
    ) -> list[int]:
        """Post a finished text (an opening, a GM's narration) as the narrator; the ids."""
        webhook = await self.webhook_for(channel, voice.avatar)
        ids = []
        for piece in split_message(text.strip() or "…"):
            message = await webhook.send(
                piece, username=voice.username,
                avatar_url=voice.avatar.url or discord.utils.MISSING,
                allowed_mentions=NO_MENTIONS, wait=True,
            )
            ids.append(message.id)
        return ids

    async def edit(self, channel_id: int, message_id: int, text: str) -> None:
        """Rewrite a narrator post (a GM picked another version); gone posts stay gone."""
        webhook = await self.known_webhook(channel_id)
        if webhook is not None:
            with contextlib.suppress(discord.NotFound):
                await webhook.edit_message(message_id, content=text, allowed_mentions=NO_MENTIONS)

    async def delete(self, channel_id: int, message_id: int) -> None:
        webhook = await self.known_webhook(channel_id)
        if webhook is not None:
            with contextlib.suppress(discord.NotFound):
                await webhook.delete_message(message_id)

    async def notice(self, channel: discord.abc.Messageable, text: str) -> None:
        """A line from the bot itself (not the narrator); failing to say it stops nothing."""
        with contextlib.suppress(discord.HTTPException):
            await channel.send(text, allowed_mentions=NO_MENTIONS)
