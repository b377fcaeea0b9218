"""Drafts and held narrations in the GM-only review channel, with Approve / Steer /
Regenerate buttons.

The buttons are dynamic items: their custom ids name the scene and the draft, so they
work on messages posted before a restart (registered once with `add_dynamic_items`).
Only the campaign's GMs may press them; everyone else gets an ephemeral refusal.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Protocol, cast

import discord

from bot.discord_app.errors import sentence
from bot.discord_app.narrator import NarratorChannel
from bot.discord_app.permissions import actor_of
from bot.discord_app.sink import NO_MENTIONS
from bot.discord_app.splitting import clip
from bot.discord_app.xcard import XCardDesk
from bot.llm.base import LLMError
from bot.models import Scene
from bot.services.gm import Actor, GmError, NotAGm
from bot.services.npcs import NpcService
from bot.services.review import ReviewService
from bot.services.scenes import SceneService
from bot.services.turns import NarrationHeld
from bot.store import Store
from bot.store.rows import PendingDraft

log = logging.getLogger(__name__)

HELD_NOTICE = "The narrator's reply is held for the GM."
class HasReviewDesk(Protocol):
    """The client a button is pressed in: it holds the desk (so buttons outlive restarts)."""

    review_desk: ReviewDesk


LABELS = {"approve": "Approve", "steer": "Steer", "regenerate": "Regenerate"}
STYLES = {
    "approve": discord.ButtonStyle.success,
    "steer": discord.ButtonStyle.primary,
    "regenerate": discord.ButtonStyle.secondary,
}


def caption(draft: PendingDraft, scene: Scene) -> str:
    where = f"*{scene.title or f'scene {scene.id}'}*, round {draft.round_no}"
    if draft.held:
        head = (f"**Held for the GM** — {where}. A check refused every attempt "
                f"({draft.held}); Approve posts it anyway.")
    else:
        head = f"**Draft** — {where}. Nothing is posted until a GM approves."
    return clip(f"{head}\n>>> {draft.text or '…'}", 2000)


class ReviewButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=r"review:(?P<action>approve|steer|regenerate):(?P<scene>\d+):(?P<draft>[0-9a-f]+)",
):
    def __init__(self, action: str, scene_id: int, draft_id: str) -> None:
        super().__init__(
            discord.ui.Button(
                label=LABELS[action],
                style=STYLES[action],
                custom_id=f"review:{action}:{scene_id}:{draft_id}",
            )
        )
        self.action, self.scene_id, self.draft_id = action, scene_id, draft_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> ReviewButton:
        return cls(match["action"], int(match["scene"]), match["draft"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        desk = cast(HasReviewDesk, interaction.client).review_desk
        await desk.pressed(interaction, self.action, self.scene_id, self.draft_id)


def review_view(draft: PendingDraft) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for action in LABELS:
        view.add_item(ReviewButton(action, draft.scene_id, draft.id))
    return view


class SteerModal(discord.ui.Modal, title="Steer this narration"):
    direction: discord.ui.TextInput[SteerModal] = discord.ui.TextInput(
        label="Direction for the narrator (hidden)",
        custom_id="direction",
        style=discord.TextStyle.paragraph,
        max_length=1000,
    )

    def __init__(self, desk: ReviewDesk, scene_id: int, draft_id: str) -> None:
        super().__init__(timeout=900)
        self.desk, self.scene_id, self.draft_id = desk, scene_id, draft_id

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer()
        await self.desk.decide(
            interaction, "steer", self.scene_id, self.draft_id, str(self.direction.value)
        )


class ReviewDesk:
    def __init__(
        self, service: ReviewService, scenes: SceneService, store: Store,
        narrator: NarratorChannel, npcs: NpcService, *, xcard: XCardDesk | None = None,
    ) -> None:
        self.xcard = xcard  # the X-card button on an approved narration
        self.service = service
        self.scenes = scenes
        self.store = store
        self.narrator = narrator
        self.npcs = npcs  # an approved narration's NPC lines get posts of their own

    # -- from the narration runner -------------------------------------------------------

    async def draft_for_review(self, scene: Scene, review_channel_id: int) -> None:
        """Write the round's draft for the GMs, unless one already waits (a restart)."""
        pending = await self.service.pending(scene)
        if pending is not None:
            if pending.message_id is None:  # stored, but the bot stopped before showing it
                await self.show(pending, review_channel_id)
            return
        result = await self.scenes.draft(scene)  # NarrationHeld: the runner holds it
        kept = await self.service.keep(scene, draft=result)
        if kept is not None:
            await self.show(kept, review_channel_id)

    async def hold(
        self, scene: Scene, held: NarrationHeld, channel: discord.TextChannel,
        review_channel_id: int | None,
    ) -> None:
        """Every attempt failed a check: the text goes to the GMs only, if they have a
        review channel; the scene hears only that the reply is held."""
        if review_channel_id is not None:
            kept = await self.service.keep(scene, held=held)
            if kept is None:
                return  # already waiting for the GM, and already announced
            await self.show(kept, review_channel_id)
        await self.narrator.notice(channel, HELD_NOTICE)

    async def show(self, draft: PendingDraft, channel_id: int) -> None:
        channel = await self.narrator.text_channel(channel_id)
        if channel is None:
            log.warning("review channel %d is gone; draft of scene %d waits unseen",
                        channel_id, draft.scene_id)
            return
        scene = await self.store.scenes.get(draft.scene_id)
        message = await channel.send(
            caption(draft, scene), view=review_view(draft), allowed_mentions=NO_MENTIONS
        )
        await self.service.shown(draft, message.id)

    # -- the buttons -----------------------------------------------------------------------

    async def pressed(
        self, interaction: discord.Interaction[Any], action: str, scene_id: int, draft_id: str
    ) -> None:
        try:
            await self.service.check(scene_id, actor_of(interaction.user))
        except NotAGm:
            await interaction.response.send_message(
                "Only this campaign's GMs can decide drafts.", ephemeral=True
            )
            return
        if action == "steer":
            await interaction.response.send_modal(SteerModal(self, scene_id, draft_id))
            return
        await interaction.response.defer()  # generating or posting can outlast 3 s
        await self.decide(interaction, action, scene_id, draft_id)

    async def decide(
        self,
        interaction: discord.Interaction[Any],
        action: str,
        scene_id: int,
        draft_id: str,
        direction: str = "",
    ) -> None:
        """Approve, or redraft (with a steer's direction); the review message follows."""
        actor = actor_of(interaction.user)
        try:
            if action == "approve":
                await self._approve(interaction, scene_id, draft_id, actor)
            else:
                fresh = await self.service.regenerate(scene_id, draft_id, actor, direction)
                scene = await self.store.scenes.get(scene_id)
                await interaction.edit_original_response(
                    content=caption(fresh, scene), view=review_view(fresh),
                    allowed_mentions=NO_MENTIONS,
                )
        except (GmError, NotAGm) as exc:
            await self._tell(interaction, sentence(exc))
        except LLMError as exc:
            log.warning("scene %d: redraft failed: %s", scene_id, exc)
            await self._tell(interaction, "The narrator could not answer just now; try again.")
        except Exception:  # one click must not leave the GM without an answer
            log.exception("review %s failed: scene=%d", action, scene_id)
            await self._tell(interaction, "Something went wrong; the error was logged.")

    async def _approve(
        self, interaction: discord.Interaction[Any], scene_id: int, draft_id: str, actor: Actor
    ) -> None:
        scene = await self.store.scenes.get(scene_id)
        channel = await self.narrator.text_channel(scene.channel_id or 0)
        if channel is None:
            raise GmError("the scene's channel is gone")
        campaign = await self.store.campaigns.get(scene.campaign_id)
        voice = await self.narrator.voice(campaign)
        voices = await self.npcs.cast(campaign)
        sink = await self.narrator.narration_sink(scene, channel, voice, voices)
        try:
            draft, post = await self.service.approve(scene_id, draft_id, actor, sink.finish)
        except BaseException:
            await sink.abort()  # whatever was posted goes again (the draft stays undecided)
            raise
        if sink.message_ids and post.discord_message_id == sink.message_ids[0]:
            await self.store.post_parts.set(sink.message_ids[0], sink.message_ids[1:])
        await self.store.streaming.clear(scene_id)  # the posts are the stored narration now
        if self.xcard is not None:
            await self.xcard.attach(scene, post)
        await interaction.edit_original_response(
            content=clip(
                f"**Approved** by {actor.name}, posted in <#{channel.id}>.\n>>> {draft.text}",
                2000,
            ),
            view=None,
            allowed_mentions=NO_MENTIONS,
        )

    async def _tell(self, interaction: discord.Interaction[Any], text: str) -> None:
        try:
            await interaction.followup.send(text, ephemeral=True)
        except discord.HTTPException:
            log.warning("could not answer a review button: %s", text)
