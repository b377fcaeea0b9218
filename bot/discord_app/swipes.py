"""Players choose: ◀ ▶ 🔄 and a vote button under each narration, when the campaign's
`player_swipes` is on (`bot.services.swipes` holds the rules).

The buttons sit on a small message the bot posts right after the narration (the
narration itself is a webhook post). Their custom ids name the scene, the narration's
message and a version, so they keep working after a restart (`add_dynamic_items`).
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable
from typing import Any, Protocol, cast

import discord

from bot.discord_app.errors import sentence
from bot.discord_app.narrator import NarratorChannel
from bot.discord_app.permissions import actor_of
from bot.discord_app.sink import NO_MENTIONS
from bot.discord_app.splitting import clip
from bot.discord_app.voices import streamed_text
from bot.llm.base import LLMError
from bot.models import Post, Scene
from bot.services.gm import GmError, NotAGm
from bot.services.npcs import NpcService
from bot.services.sinks import CollectingSink
from bot.services.swipes import SwipeService, shown_of, versions_of
from bot.services.turns import NarrationHeld
from bot.store import Store

log = logging.getLogger(__name__)

LABELS = {"prev": "◀", "next": "▶", "regen": "🔄", "vote": "Vote for this one"}


class HasSwipeDesk(Protocol):
    swipe_desk: SwipeDesk


class SwipeButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=r"swipe:(?P<action>prev|next|regen|vote):(?P<scene>\d+):(?P<msg>\d+):(?P<index>\d+)",
):
    def __init__(
        self, action: str, scene_id: int, message_id: int, index: int, *, disabled: bool = False
    ) -> None:
        super().__init__(
            discord.ui.Button(
                label=LABELS[action],
                style=discord.ButtonStyle.success if action == "vote"
                else discord.ButtonStyle.secondary,
                custom_id=f"swipe:{action}:{scene_id}:{message_id}:{index}",
                disabled=disabled,
            )
        )
        self.action, self.scene_id, self.message_id, self.index = (
            action, scene_id, message_id, index)

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any],
        match: re.Match[str], /,
    ) -> SwipeButton:
        return cls(match["action"], int(match["scene"]), int(match["msg"]), int(match["index"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        desk = cast(HasSwipeDesk, interaction.client).swipe_desk
        await desk.pressed(interaction, self.action, self.scene_id, self.message_id, self.index)


def swipe_view(post: Post, index: int) -> discord.ui.View:
    count, scene_id = len(versions_of(post)), post.scene_id
    message_id = post.discord_message_id or 0
    view = discord.ui.View(timeout=None)
    view.add_item(SwipeButton("prev", scene_id, message_id, max(index - 1, 0),
                              disabled=index <= 0))
    view.add_item(SwipeButton("next", scene_id, message_id, min(index + 1, count - 1),
                              disabled=index >= count - 1))
    view.add_item(SwipeButton("regen", scene_id, message_id, index))
    if post.meta.get("vote_open"):
        view.add_item(SwipeButton("vote", scene_id, message_id, index))
    return view


def caption(post: Post, index: int) -> str:
    count = len(versions_of(post))
    if post.meta.get("vote_open"):
        votes = list((post.meta.get("votes") or {}).values())
        tally = ", ".join(f"v{i + 1}: {votes.count(i)}" for i in range(count))
        return f"Version {index + 1} of {count} shown. Vote open ({tally})."
    if count > 1:
        return f"Version {int(post.meta.get('chosen', index)) + 1} of {count} is canon."
    return "Players may ask for another version (🔄)."


class SwipeDesk:
    def __init__(
        self, service: SwipeService, store: Store, narrator: NarratorChannel,
        npcs: NpcService, request: Callable[[int], None],
    ) -> None:
        self.service = service
        self.store = store
        self.narrator = narrator
        self.npcs = npcs
        self.request = request  # narrate the scene's round once the vote is settled
        self._wakeups: dict[int, asyncio.TimerHandle] = {}

    async def attach(self, scene: Scene, post: Post, channel: discord.TextChannel) -> None:
        """The buttons under a fresh narration, when the campaign lets players swipe."""
        if post.discord_message_id is None or not (
            await self.service.settings(scene.campaign_id)).on:
            return
        index = shown_of(post)
        try:
            message = await channel.send(
                caption(post, index), view=swipe_view(post, index),
                allowed_mentions=NO_MENTIONS)
        except discord.HTTPException:  # the narration stands; only its buttons are missing
            log.warning("scene %d: could not post the version buttons", scene.id)
            return
        await self.store.posts.merge_meta(post.id, {"swipe_message": message.id})

    async def holds(self, scene: Scene) -> bool:
        """For the runner: True while a vote holds the next narration back; a vote the
        deadline settles is shown."""
        before = await self.service.open_vote(scene.id)
        if before is None:
            return False
        if await self.service.holds(scene):
            self._wake_at(scene.id, float(before.meta.get("vote_deadline", 0)))
            return True
        await self._show_settled(scene, await self.store.posts.get(before.id))
        return False

    def _wake_at(self, scene_id: int, deadline: float) -> None:
        if scene_id in self._wakeups:
            return
        delay = max(0.0, deadline - self.service.gm.now()) + 0.05
        loop = asyncio.get_running_loop()
        self._wakeups[scene_id] = loop.call_later(delay, self._wake, scene_id)

    def _wake(self, scene_id: int) -> None:
        self._wakeups.pop(scene_id, None)
        self.request(scene_id)

    async def pressed(
        self, interaction: discord.Interaction[Any], action: str, scene_id: int,
        message_id: int, index: int,
    ) -> None:
        actor = actor_of(interaction.user)
        try:
            if action == "regen":
                await self.service.may_regenerate(scene_id, message_id, actor)
                await interaction.response.defer()  # a new version can outlast 3 s
                post = await self.service.regenerate(
                    scene_id, message_id, actor, CollectingSink())
            elif action == "vote":
                state = await self.service.vote(scene_id, message_id, actor, index)
                post = state.post
                if state.chosen is not None:
                    await self._show_settled(await self.store.scenes.get(scene_id), post)
                    await interaction.response.defer()
                    self.request(scene_id)
                    return
            else:
                post = await self.service.browse(scene_id, message_id, index)
        except (GmError, NotAGm) as exc:
            await self._refuse(interaction, sentence(exc))
            return
        except (LLMError, NarrationHeld) as exc:
            log.warning("scene %d: player regenerate failed: %s", scene_id, exc)
            await self._refuse(interaction, "No new version could be made; the old one stays.")
            return
        index = shown_of(post)
        await self._edit_narration(post, versions_of(post)[index])
        content, view = caption(post, index), swipe_view(post, index)
        if interaction.response.is_done():
            await interaction.edit_original_response(content=content, view=view)
        else:
            await interaction.response.edit_message(content=content, view=view)

    async def _show_settled(self, scene: Scene, post: Post) -> None:
        await self._edit_narration(post, post.content)
        control = post.meta.get("swipe_message")
        channel = await self.narrator.text_channel(scene.channel_id or 0)
        if control is None or channel is None:
            return
        chosen = int(post.meta.get("chosen", 0))
        try:
            await channel.get_partial_message(int(control)).edit(
                content=caption(post, chosen), view=swipe_view(post, chosen))
        except discord.HTTPException:
            log.warning("scene %d: could not update the vote message", scene.id)

    async def _edit_narration(self, post: Post, text: str) -> None:
        scene = await self.store.scenes.get(post.scene_id)
        if post.discord_message_id is None or scene.channel_id is None:
            return
        for part in await self.store.post_parts.after(post.discord_message_id):
            await self.narrator.delete(scene.channel_id, part)
        await self.store.post_parts.set(post.discord_message_id, [])
        voices = await self.npcs.cast(await self.store.campaigns.get(scene.campaign_id))
        await self.narrator.edit(
            scene.channel_id, post.discord_message_id, clip(streamed_text(text, voices), 2000))

    async def _refuse(self, interaction: discord.Interaction[Any], text: str) -> None:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True)
        else:
            await interaction.response.send_message(text, ephemeral=True)
