"""The X-card in Discord: a button on every narration, and `/xcard`.

The button sits on the narration's own (webhook) post, added once the narration is
stored; its custom id names the scene and the post's message, so it keeps working
after a restart (registered once with `add_dynamic_items`). Whoever presses it gets
the only answer that is theirs (ephemeral); the channel and the GMs' review channel
hear that the X-card was used, never by whom.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Callable
from typing import Any, Protocol, cast

import discord

from bot.discord_app.errors import sentence
from bot.discord_app.narrator import NarratorChannel
from bot.discord_app.permissions import actor_of
from bot.discord_app.sink import NO_MENTIONS
from bot.models import Post, Scene
from bot.services.gm import GmError, NotAGm
from bot.services.review import review_settings
from bot.services.safety import SafetyService, Withdrawal
from bot.store import Store

log = logging.getLogger(__name__)

LABEL = "X-card"
CHANNEL_NOTICE = ("🛑 The X-card was used: the last narration is withdrawn and the story "
                  "moves on in another direction. No one is told who used it.")
THANKS = ("Done: that narration is withdrawn and the next one steers away from it. "
          "No one is told who used the X-card.")


class HasXCardDesk(Protocol):
    xcard_desk: XCardDesk


class XCardButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=r"xcard:(?P<scene>\d+):(?P<msg>\d+)",
):
    def __init__(self, scene_id: int, message_id: int) -> None:
        super().__init__(discord.ui.Button(
            label=LABEL, emoji="🛑", style=discord.ButtonStyle.secondary,
            custom_id=f"xcard:{scene_id}:{message_id}",
        ))
        self.scene_id, self.message_id = scene_id, message_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any],
        match: re.Match[str], /,
    ) -> XCardButton:
        return cls(int(match["scene"]), int(match["msg"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        desk = cast(HasXCardDesk, interaction.client).xcard_desk
        await desk.use(interaction, self.scene_id, self.message_id)


def xcard_view(scene_id: int, message_id: int) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(XCardButton(scene_id, message_id))
    return view


def gm_notice(withdrawal: Withdrawal, channel_id: int) -> str:
    scene = withdrawal.scene
    about = ", ".join(withdrawal.topic) or "no clear topic"
    then = (f"round {withdrawal.narration.round_no} is open again and will be narrated anew"
            if withdrawal.reopened else "the story goes on without it")
    return (f"🛑 **X-card** in <#{channel_id}> (*{scene.title or f'scene {scene.id}'}*): the "
            f"narration of round {withdrawal.narration.round_no} was withdrawn; {then}, "
            f"steering away from: {about}. Who used it is not recorded.")


class XCardDesk:
    def __init__(
        self, service: SafetyService, store: Store, narrator: NarratorChannel,
        request: Callable[[int], None],
    ) -> None:
        self.service = service
        self.store = store
        self.narrator = narrator
        self.request = request  # narrate the reopened round

    async def attach(self, scene: Scene, post: Post) -> None:
        """The X-card button on a fresh narration's post; a failure costs only the button
        (`/xcard` still works)."""
        if post.discord_message_id is None or scene.channel_id is None:
            return
        webhook = await self.narrator.known_webhook(scene.channel_id)
        if webhook is None:
            return
        try:
            await webhook.edit_message(
                post.discord_message_id, view=xcard_view(scene.id, post.discord_message_id),
                allowed_mentions=NO_MENTIONS)
        except discord.HTTPException:
            log.warning("scene %d: could not put the X-card on a narration", scene.id)

    async def use(
        self, interaction: discord.Interaction[Any], scene_id: int, message_id: int | None
    ) -> None:
        """The X-card, from the button or `/xcard`: every answer is ephemeral."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            withdrawal = await self.service.xcard(
                scene_id, actor_of(interaction.user), message_id)
        except (GmError, NotAGm) as exc:
            await interaction.followup.send(sentence(exc), ephemeral=True)
            return
        await interaction.followup.send(THANKS, ephemeral=True)
        await self._show(withdrawal)
        if withdrawal.reopened:
            self.request(scene_id)

    async def _show(self, withdrawal: Withdrawal) -> None:
        scene, post = withdrawal.scene, withdrawal.narration
        channel = await self.narrator.text_channel(scene.channel_id or 0)
        if channel is not None and post.discord_message_id is not None:
            for part in await self.store.post_parts.after(post.discord_message_id):
                await self.narrator.delete(channel.id, part)
            await self.store.post_parts.set(post.discord_message_id, [])
            await self.narrator.delete(channel.id, post.discord_message_id)
            controls = post.meta.get("swipe_message")
            if controls is not None:
                with contextlib.suppress(discord.HTTPException):
                    await channel.get_partial_message(int(controls)).delete()
        if channel is not None:
            await self.narrator.notice(channel, CHANNEL_NOTICE)
        campaign = await self.store.campaigns.get(scene.campaign_id)
        review = review_settings(campaign)
        desk = await self.narrator.text_channel(review.channel_id or 0)
        if desk is not None:
            await self.narrator.notice(desk, gm_notice(withdrawal, scene.channel_id or 0))
