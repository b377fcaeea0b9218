"""A scene's opening shown in its channel: at `/scene start`, and after a restart that
cut a start short. One path for both, under the scene's lock, so it is stored once and
shown once whichever comes first.
"""

from __future__ import annotations

import logging

import discord

from bot.discord_app.narrator import NarratorChannel
from bot.discord_app.splitting import split_message
from bot.models import Campaign, Post, Scene
from bot.services.scenes import SceneService
from bot.store import Store

log = logging.getLogger(__name__)

RECENT_POSTS_SEARCHED = 50  # an opening cut short is among the channel's latest posts


class Openings:
    def __init__(self, scenes: SceneService, store: Store, narrator: NarratorChannel) -> None:
        self.scenes = scenes
        self.store = store
        self.narrator = narrator

    async def show(
        self,
        scene: Scene,
        channel: discord.TextChannel | None = None,
        campaign: Campaign | None = None,
        *,
        text: str | None = None,
        cut_short: bool = False,
    ) -> Post | None:
        """Store the opening unless it is stored (`text`, or the card's when None), then
        post it unless it was posted. `cut_short`: a process may have died between
        posting and recording it; the channel's history says. The channel and the
        campaign are looked up only when the opening has to be posted, unless given."""
        async with self.scenes.lock(scene.id):
            post = await self.store.canon.opening(scene.id)
            if post is None:
                if text is not None:
                    post = await self.scenes.post_opening(scene, text)
                else:
                    await self.scenes.open_if_unopened(scene)
                    post = await self.store.canon.opening(scene.id)
            if post is None or post.discord_message_id is not None:
                return post
            channel = channel or await self.narrator.text_channel(scene.channel_id or 0)
            if channel is None:
                log.warning("scene %d: channel %s is gone; its opening waits", scene.id,
                            scene.channel_id)
                return post
            shown = await self._shown_already(channel, post.content) if cut_short else None
            if shown is None:
                campaign = campaign or await self.store.campaigns.get(scene.campaign_id)
                voice = await self.narrator.voice(campaign)
                shown = (await self.narrator.post(channel, voice, post.content))[0]
            await self.store.posts.set_message(post.id, shown)
            return post

    async def _shown_already(self, channel: discord.TextChannel, text: str) -> int | None:
        """The id of our recent webhook post that begins with `text`."""
        first = split_message(text.strip() or "…")[0]
        try:
            async for message in channel.history(limit=RECENT_POSTS_SEARCHED):
                if message.webhook_id is not None and message.content == first:
                    return message.id
        except discord.HTTPException:  # no Read Message History: post it (rarely twice)
            log.warning("cannot read the history of channel %d", channel.id)
        return None
