"""Feedback on narrations and consent to share it (issue #20), independent of Discord.

The GM opts a campaign in (`training_data`); from then on each narration keeps a
reference to its exact prompt, guard repairs keep the original text, drafts a GM
sends back in review are kept, and seated players' 👍/👎 and 1–5 ratings are
recorded. Each player opts in per campaign; only scenes whose players all did are
ever exported (`bot.export`). Forgetting a player withdraws their consent and keeps
the scenes they were in out of every later export.
"""

from __future__ import annotations

import logging
from typing import Any

from bot.engine.feedback import TRAINING_DATA, collecting, reaction_of
from bot.models import Scene
from bot.services.gm import Actor, GmService
from bot.services.swipes import shown_of
from bot.store.rows import PendingDraft

log = logging.getLogger(__name__)


class FeedbackService:
    def __init__(self, gm: GmService) -> None:
        self.gm = gm
        self.store = gm.store

    async def configure(self, campaign_id: int, actor: Actor, *, on: bool) -> bool:
        """The GM's campaign-level opt-in; whether it is on now."""
        await self.gm.require_gm(campaign_id, actor)
        await self.store.campaigns.patch_settings(campaign_id, {TRAINING_DATA: on})
        await self.gm.audit(campaign_id, None, actor, "training_data", on=on)
        return on

    async def consent(self, campaign_id: int, player_id: str, *, on: bool) -> None:
        await self.store.feedback.set_consent(campaign_id, player_id, on, self.gm.now())
        log.info("data consent: campaign=%d player=%s on=%s", campaign_id, player_id, on)

    async def status(self, campaign_id: int, player_id: str) -> tuple[bool, bool]:
        """(the campaign collects, the player consented)."""
        campaign = await self.store.campaigns.get(campaign_id)
        mine = (await self.store.feedback.consents(campaign_id)).get(player_id)
        return collecting(campaign.settings), bool(mine and mine.consent)

    async def react(self, message_id: int, player_id: str, emoji: str, *, added: bool) -> bool:
        """Record (or take back) a seated player's reaction to a narration; whether it
        counted (a narration of a collecting campaign, a feedback emoji, a player of
        the scene)."""
        meaning = reaction_of(emoji)
        if meaning is None:
            return False
        post = await self.store.feedback.narration_for_message(message_id)
        if post is None:
            return False
        scene = await self.store.scenes.get(post.scene_id)
        campaign = await self.store.campaigns.get(scene.campaign_id)
        if not collecting(campaign.settings):
            return False
        seated = {p.player_id for p in await self.store.seats.of_scene(scene.id,
                                                                         active_only=False)}
        if player_id not in seated:
            return False
        kind, value = meaning
        if added:
            await self.store.feedback.react(
                post.id, player_id, kind, value, shown_of(post), self.gm.now())
        else:
            await self.store.feedback.unreact(post.id, player_id, kind, value)
        return True

    async def draft_sent_back(self, scene: Scene, draft: PendingDraft, source: str) -> None:
        """Keep a review draft a GM regenerated or steered away from (never a held one:
        a check refused it, for a leaked secret)."""
        if draft.held or not draft.text.strip():
            return
        campaign = await self.store.campaigns.get(scene.campaign_id)
        if not collecting(campaign.settings):
            return
        await self.store.feedback.add_candidate(
            scene.id, draft.round_no, source, draft.text, draft.meta.get("prompt_ref"),
            self.gm.now(),
        )

    async def forget_player(self, guild_id: int | None, player_id: str) -> int:
        """Withdraw the player's consent everywhere on the server, drop their reactions,
        and erase the training data kept from their scenes (archived prompts quote
        them); the reactions removed."""
        campaigns = [c.id for c in
                     await self.store.campaigns.in_guild(guild_id, include_archived=True)]
        removed = await self.store.feedback.forget(campaigns, player_id, self.gm.now())
        scenes = await self.store.feedback.scenes_of_player(campaigns, player_id)
        await self.store.feedback.purge_scenes(scenes)
        log.info("training data forgotten: scenes=%d reactions=%d", len(scenes), removed)
        return removed

    async def player_state(self, guild_id: int | None, player_id: str) -> dict[str, Any]:
        """The player's consent per campaign and the reactions kept, for `/export me`."""
        campaigns = await self.store.campaigns.in_guild(guild_id, include_archived=True)
        consents = {
            c.campaign_id: c
            for c in await self.store.feedback.consent_of([c.id for c in campaigns], player_id)
        }
        reactions = await self.store.feedback.reactions_of_player(
            [c.id for c in campaigns], player_id)
        return {
            "consent": [
                {
                    "campaign_id": c.id, "title": c.title,
                    "campaign_collects": collecting(c.settings),
                    "consent": bool(consents[c.id].consent) if c.id in consents else False,
                    "forgotten_at": consents[c.id].forgotten_at if c.id in consents else None,
                }
                for c in campaigns
            ],
            "reactions": [r.model_dump() for r in reactions],
        }
