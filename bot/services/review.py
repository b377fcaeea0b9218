"""Narrations that wait for a GM: draft review, and narrations held by a check.

With draft review on, a ready round's narration is generated and vetted but not
posted: it waits, as the scene's one pending draft, until a GM approves it (then it
is posted and stored as canon), steers it or has it regenerated. A narration that
failed the secrets check on every attempt waits the same way. The pending draft is
stored (restart-safe) and every decision goes to the audit log. Independent of
Discord: publishing the approved text is a callback.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.campaign_settings import settings_of
from bot.models import Campaign, Post, Scene
from bot.services.feedback import FeedbackService
from bot.services.gm import Actor, GmError, GmService
from bot.services.scenes import StaleDraft
from bot.services.turns import NarrationHeld
from bot.services.vetting import VettedNarration
from bot.store.rows import PendingDraft

log = logging.getLogger(__name__)

# Campaign settings: the GM-only channel drafts go to, and whether every narration does.
REVIEW_CHANNEL = "review_channel_id"
REVIEW_ON = "review_drafts"

# Posts the approved text where players see it; returns the first message id.
Publish = Callable[[str], Awaitable[int | None]]


@dataclass(frozen=True)
class ReviewSettings:
    on: bool
    channel_id: int | None


def review_settings(campaign: Campaign) -> ReviewSettings:
    typed = settings_of(campaign)
    channel = typed.review_channel_id
    return ReviewSettings(on=typed.review_drafts and channel is not None, channel_id=channel)


class ReviewService:
    def __init__(self, gm: GmService, feedback: FeedbackService | None = None) -> None:
        self.gm = gm
        self.feedback = feedback  # keeps the drafts a GM sends back, as training data
        self.scenes = gm.scenes
        self.store = gm.store

    async def configure(
        self, campaign_id: int, actor: Actor, *, on: bool, channel_id: int | None
    ) -> ReviewSettings:
        """Switch draft review; the channel (kept when None) also receives held narrations."""
        campaign = await self.gm.require_gm(campaign_id, actor)
        channel = channel_id if channel_id is not None else review_settings(campaign).channel_id
        if on and channel is None:
            raise GmError("name a GM-only channel for the drafts")
        updated = await self.store.campaigns.patch_settings(
            campaign_id, {REVIEW_ON: on, REVIEW_CHANNEL: channel})
        await self.gm.audit(campaign_id, None, actor, "review", on=on, channel_id=channel)
        return review_settings(updated)

    async def pending(self, scene: Scene) -> PendingDraft | None:
        """The draft waiting for a GM in the scene's current round (older ones are moot)."""
        draft = await self.store.reviews.pending(scene.id)
        return draft if draft is not None and draft.round_no == scene.round_no else None

    async def keep(
        self,
        scene: Scene,
        *,
        draft: VettedNarration | None = None,
        held: NarrationHeld | None = None,
    ) -> PendingDraft | None:
        """Store a fresh draft (or a held narration) as the scene's pending one, unless
        one is already pending for this round; returns the new one, or None."""
        scene = await self.store.scenes.get(scene.id)
        if not await self.gm.pacing.round_ready(scene) or (
            draft is not None and draft.round_no != scene.round_no
        ):
            return None  # a GM narrated or approved the round while this was written
        current = await self.store.reviews.pending(scene.id)
        if current is not None and current.round_no == scene.round_no:
            return None
        pending = self._pending(scene, draft=draft, held=held)
        replacing = current.id if current is not None else None
        if not await self.store.reviews.put(scene.id, pending, replacing=replacing):
            return None
        return pending

    async def shown(self, draft: PendingDraft, message_id: int) -> None:
        """Record the review message showing `draft` (a restart re-posts one without)."""
        await self.store.reviews.set_message(draft.scene_id, draft.id, message_id)

    async def check(self, scene_id: int, actor: Actor) -> Scene:
        """The scene, if `actor` may decide its drafts; NotAGm otherwise."""
        scene = await self.store.scenes.get(scene_id)
        await self.gm.require_gm(scene.campaign_id, actor)
        return scene

    async def approve(
        self, scene_id: int, draft_id: str, actor: Actor, publish: Publish
    ) -> tuple[PendingDraft, Post]:
        """Post the draft (through `publish`) and store it as the round's narration."""
        scene = await self.check(scene_id, actor)
        async with self.scenes.lock(scene_id):
            draft = await self.store.reviews.take(scene_id, draft_id)
            if draft is None:
                raise GmError("that draft is no longer waiting (decided or replaced)")
            if not draft.text.strip():
                await self.store.reviews.put(scene_id, draft, replacing=None)
                raise GmError("that draft is empty; regenerate it")
            if draft.round_no != (await self.store.scenes.get(scene_id)).round_no:
                raise GmError("that round was already narrated")
            try:
                message_id = await publish(draft.text)
            except BaseException:
                await self.store.reviews.put(scene_id, draft, replacing=None)  # undecided
                raise
            meta = {**draft.meta, "reviewed_by": actor.id}
            if draft.held:
                meta["held"] = draft.held
            try:
                post = await self.scenes.store_approved(
                    scene_id, draft.round_no, draft.text, meta, message_id
                )
            except StaleDraft as exc:
                raise GmError(str(exc)) from None
        await self.gm.audit(
            scene.campaign_id, scene, actor, "approve", post_id=post.id, draft=draft.id,
            held=bool(draft.held),
        )
        return draft, post

    async def regenerate(
        self, scene_id: int, draft_id: str, actor: Actor, direction: str = ""
    ) -> PendingDraft:
        """A new draft in place of `draft_id`, following `direction` when given (a steer).
        Raises LLMError when the backend fails; a held attempt becomes a held draft."""
        scene = await self.check(scene_id, actor)
        current = await self.pending(scene)
        if current is None or current.id != draft_id:
            raise GmError("that draft is no longer waiting (decided or replaced)")
        if direction.strip():
            await self.gm.steer(scene, actor, direction)
        try:
            result: VettedNarration | None = await self.scenes.draft(scene)
            held = None
        except NarrationHeld as exc:
            result, held = None, exc
        fresh = self._pending(scene, draft=result, held=held)
        if not await self.store.reviews.put(scene_id, fresh, replacing=draft_id):
            raise GmError("that draft was decided while the new one was written")
        if self.feedback is not None:
            source = "review_steer" if direction.strip() else "review_redraft"
            await self.feedback.draft_sent_back(scene, current, source)
        await self.gm.audit(
            scene.campaign_id, scene, actor, "steer_draft" if direction.strip() else "redraft",
            draft=fresh.id, replaces=draft_id, held=bool(fresh.held),
        )
        return fresh

    def _pending(
        self, scene: Scene, *, draft: VettedNarration | None, held: NarrationHeld | None
    ) -> PendingDraft:
        if draft is not None:
            return PendingDraft(
                id=secrets.token_hex(4), scene_id=scene.id, round_no=draft.round_no,
                text=draft.text, meta=draft.meta, created_at=self.gm.now(),
            )
        assert held is not None
        return PendingDraft(
            id=secrets.token_hex(4), scene_id=scene.id, round_no=scene.round_no,
            text=held.text, held=held.reason or "a check refused it", created_at=self.gm.now(),
        )
