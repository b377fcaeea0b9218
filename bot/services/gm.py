"""GM overrides, independent of Discord: every one checks the actor is a GM of the
campaign (admins always are) and writes one audit-log row.

Retcon and regenerate work on the last narration. A retcon deletes it and reopens its
round (the memory triggers mark summaries covering it stale). Regenerate keeps every
version in the canon post's `meta["alternatives"]`; `pick` makes one of them the
post's content, so the canon is always what the post says.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.engine.memory.edits import WorldEdit
from bot.models import Campaign, Post, PostKind, Scene, SceneStatus
from bot.scheduler import DeadlineScheduler
from bot.services.memory import MemoryService
from bot.services.pacing import PacingOutcome, PacingService
from bot.services.scenes import NarrationSink, SceneService
from bot.store import RoundAlreadyNarrated
from bot.store.rows import AuditEntry, StoredSecret

log = logging.getLogger(__name__)


class NotAGm(PermissionError):
    """The actor may not do this: a short reason for an ephemeral reply."""


class GmError(ValueError):
    """The override cannot be done now (nothing to retcon, bad index…)."""


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    role_ids: tuple[int, ...] = field(default=())
    is_admin: bool = False


def is_gm(campaign: Campaign, actor: Actor) -> bool:
    """Admins always; otherwise anyone holding one of the campaign's GM roles."""
    return actor.is_admin or bool(set(campaign.gm_role_ids) & set(actor.role_ids))


class GmService:
    def __init__(
        self, scenes: SceneService, pacing: PacingService, memory: MemoryService | None = None
    ) -> None:
        self.scenes = scenes
        self.store = scenes.store
        self.pacing = pacing
        self.memory = memory

    @property
    def timers(self) -> DeadlineScheduler | None:
        return self.pacing.timers

    def now(self) -> float:
        return self.scenes.clock()

    async def require_gm(self, campaign_id: int, actor: Actor) -> Campaign:
        campaign = await self.store.campaigns.get(campaign_id)
        if not is_gm(campaign, actor):
            raise NotAGm("only a GM of this campaign can do that")
        return campaign

    async def audit(
        self, campaign_id: int, scene: Scene | None, actor: Actor, action: str, **detail: Any
    ) -> None:
        await self.store.audit.add(
            campaign_id=campaign_id,
            scene_id=scene.id if scene else None,
            gm_id=actor.id,
            gm_name=actor.name,
            action=action,
            detail=detail,
            now=self.now(),
        )
        log.info("gm override: action=%s campaign=%d gm=%s", action, campaign_id, actor.id)

    # -- GM roles (admins only) ---------------------------------------------------------

    async def add_gm_role(self, campaign_id: int, role_id: int, actor: Actor) -> Campaign:
        return await self._set_role(campaign_id, role_id, actor, add=True)

    async def remove_gm_role(self, campaign_id: int, role_id: int, actor: Actor) -> Campaign:
        return await self._set_role(campaign_id, role_id, actor, add=False)

    async def _set_role(
        self, campaign_id: int, role_id: int, actor: Actor, *, add: bool
    ) -> Campaign:
        if not actor.is_admin:
            raise NotAGm("only a server admin can change who the GMs are")
        campaign = await self.store.campaigns.get(campaign_id)
        roles = [r for r in campaign.gm_role_ids if r != role_id] + ([role_id] if add else [])
        updated = await self.store.campaigns.update(campaign_id, gm_role_ids=roles)
        await self.audit(
            campaign_id, None, actor, "gm_add" if add else "gm_remove", role_id=role_id
        )
        return updated

    # -- narration overrides ------------------------------------------------------------

    async def narrate(
        self, scene: Scene, actor: Actor, text: str, *, discord_message_id: int | None = None
    ) -> Post:
        """The GM's own words as the narrator's post: canon, and it closes the round."""
        await self.require_gm(scene.campaign_id, actor)
        text = text.strip()
        if not text:
            raise GmError("the narration is empty")
        scene = await self.store.scenes.get(scene.id)
        ctx = await self.scenes.turn_context(scene)
        try:
            post = await self.store.canon.store_narration(
                scene=scene,
                content=text,
                now=self.now(),
                author_name=ctx.card.data.name,
                kind=PostKind.GM_NARRATION,
                discord_message_id=discord_message_id,
                meta={"gm": actor.id},
            )
        except RoundAlreadyNarrated:  # the narrator (or another GM) was faster
            raise GmError("that round was just narrated; yours was not posted") from None
        await self.audit(scene.campaign_id, scene, actor, "narrate", post_id=post.id)
        return post

    async def steer(self, scene: Scene, actor: Actor, text: str) -> Post:
        """A hidden direction the next narration follows (stored as a GM note)."""
        await self.require_gm(scene.campaign_id, actor)
        if not text.strip():
            raise GmError("the direction is empty")
        post = await self.store.posts.add(
            scene_id=scene.id,
            kind=PostKind.GM_NOTE,
            author_id=actor.id,
            author_name=actor.name,
            content=text.strip(),
            now=self.now(),
            round_no=scene.round_no,
            meta={"steer": True},
        )
        await self.audit(scene.campaign_id, scene, actor, "steer", post_id=post.id)
        return post

    async def retcon(self, scene: Scene, actor: Actor) -> Post:
        """Remove the last narration and reopen its round; returns the removed post
        (the shell deletes its message)."""
        await self.require_gm(scene.campaign_id, actor)
        last = await self.store.canon.last_narration(scene.id)
        if last is None or not await self.withdraw(scene, last):
            raise GmError("there is no narration to retcon")
        await self.audit(
            scene.campaign_id, scene, actor, "retcon", post_id=last.id, round_no=last.round_no
        )
        return last

    async def withdraw(self, scene: Scene, narration: Post) -> bool:
        """Take a narration out of canon and memory, without a GM check (callers decide
        who may: the X-card lets players). The scene's last narration reopens its round;
        an older one only leaves the story. False when it is no longer in the story."""
        async with self.scenes.lock(scene.id):
            current = await self.store.posts.get(narration.id)
            if current.deleted:
                return False
            last = await self.store.canon.last_narration(scene.id)
            if last is not None and last.id == current.id:
                await self.store.canon.retract(current, self.now())
            else:
                await self.store.posts.delete(current.id, self.now())
        memory = self.memory
        if memory is not None:
            # An extraction still reading the removed narration must not store its facts.
            memory.story_changed(scene.campaign_id)
            # Summaries covering it went stale (a trigger); world facts it added go too.
            memory.schedule_upkeep(scene.id)
            memory.spawn(memory.rebuild_world(scene.campaign_id), f"rebuild:{scene.id}")
        return True

    async def regenerate(self, scene: Scene, actor: Actor, sink: NarrationSink) -> Post:
        """A new version of the last narration; all versions stay pickable."""
        await self.require_gm(scene.campaign_id, actor)
        return await self.new_version(scene, actor, sink, "regenerate")

    async def new_version(
        self, scene: Scene, actor: Actor, sink: NarrationSink, action: str
    ) -> Post:
        """Regenerate without the GM check: callers decide who may (players' swipes)."""
        async with self.scenes.lock(scene.id):
            last = await self.store.canon.last_narration(scene.id)
            if last is None:
                raise GmError("there is no narration to regenerate")
            await self.store.canon.retract(last, self.now())
        try:
            fresh = await self.scenes.narrate(await self.store.scenes.get(scene.id), sink)
        except BaseException:
            await self.store.canon.restore(last, self.now())  # the old one stays canon
            raise
        versions = list(last.meta.get("alternatives") or [last.content])
        versions.append(fresh.content)
        meta = {
            **fresh.meta,
            "alternatives": versions,
            "chosen": len(versions) - 1,
            "replaces": last.id,
        }
        if "prompt_ref" in fresh.meta:  # training data: each version's prompt, in order
            known = len(versions) - 2  # versions before `last`'s, when not yet recorded
            earlier = last.meta.get("alternative_prompts") or [
                *[None] * known, last.meta.get("prompt_ref")]
            meta["alternative_prompts"] = [*earlier, fresh.meta["prompt_ref"]]
        await self.store.posts.replace_content(fresh.id, fresh.content, meta, self.now())
        await self.audit(
            scene.campaign_id,
            scene,
            actor,
            action,
            post_id=fresh.id,
            replaces=last.id,
            versions=len(versions),
        )
        return await self.store.posts.get(fresh.id)

    async def pick(self, post_id: int, actor: Actor, index: int) -> Post:
        """Make alternative `index` the canon text of the narration (◀ ▶ buttons)."""
        post = await self.store.posts.get(post_id)
        scene = await self.store.scenes.get(post.scene_id)
        await self.require_gm(scene.campaign_id, actor)
        versions: list[str] = list(post.meta.get("alternatives") or [])
        if post.deleted or not 0 <= index < len(versions):
            raise GmError(f"there is no version {index + 1} of that narration")
        # A GM's pick also settles the players' vote on it, if one is open.
        meta = {**post.meta, "chosen": index, "vote_open": 0}
        await self.store.posts.replace_content(post.id, versions[index], meta, self.now())
        await self.audit(scene.campaign_id, scene, actor, "pick", post_id=post.id, index=index)
        return await self.store.posts.get(post.id)

    # -- turn order and seats --------------------------------------------------------------

    async def skip(self, scene: Scene, actor: Actor, player_id: str) -> PacingOutcome:
        await self.require_gm(scene.campaign_id, actor)
        outcome = await self.pacing.skip(scene, player_id)
        if outcome.decision.refused:
            raise GmError(outcome.decision.refused)
        await self.audit(scene.campaign_id, scene, actor, "skip", player_id=player_id)
        return outcome

    async def order(self, scene: Scene, actor: Actor, player_ids: Sequence[str]) -> Scene:
        await self.require_gm(scene.campaign_id, actor)
        try:
            updated = await self.pacing.set_order(scene, player_ids)
        except ValueError as exc:
            raise GmError(str(exc)) from None
        await self.audit(scene.campaign_id, scene, actor, "order", order=list(player_ids))
        return updated

    async def kick(self, scene: Scene, actor: Actor, player_id: str) -> bool:
        """Remove a player from the scene; True if the round is now complete."""
        await self.require_gm(scene.campaign_id, actor)
        seated = {p.player_id for p in await self.store.seats.of_scene(scene.id)}
        if player_id not in seated:
            raise GmError("that player is not in this scene")
        await self.store.seats.set_status(scene.id, player_id, "kicked")
        await self.audit(scene.campaign_id, scene, actor, "kick", player_id=player_id)
        return await self.pacing.round_ready(await self.store.scenes.get(scene.id))

    async def pause(self, scene: Scene, actor: Actor) -> Scene:
        await self.require_gm(scene.campaign_id, actor)
        if scene.status != SceneStatus.ACTIVE:
            raise GmError("the scene is not running")
        await self.pacing.stop_timers(scene)
        updated = await self.store.scenes.update(scene.id, status=SceneStatus.PAUSED)
        await self.audit(scene.campaign_id, scene, actor, "pause")
        return updated

    async def resume(self, scene: Scene, actor: Actor) -> Scene:
        await self.require_gm(scene.campaign_id, actor)
        if scene.status != SceneStatus.PAUSED:
            raise GmError("the scene is not paused")
        updated = await self.store.scenes.update(scene.id, status=SceneStatus.ACTIVE)
        await self.pacing.restart_clock(updated)  # the round gets its full time again
        await self.audit(scene.campaign_id, scene, actor, "resume")
        return updated

    async def ask(self, scene: Scene, actor: Actor) -> PacingOutcome:
        """Ask the narrator to speak now (the only way it speaks in GM mode)."""
        await self.require_gm(scene.campaign_id, actor)
        outcome = await self.pacing.ask(scene, actor.id)
        await self.audit(scene.campaign_id, scene, actor, "ask")
        return outcome

    # -- knowledge ------------------------------------------------------------------------

    async def add_secret(
        self, campaign_id: int, actor: Actor, text: str, keys: Iterable[str] = ()
    ) -> StoredSecret:
        await self.require_gm(campaign_id, actor)
        if not text.strip():
            raise GmError("the secret is empty")
        secret = await self.store.secrets.add(
            campaign_id=campaign_id,
            text=text.strip(),
            keys=[k.strip() for k in keys if k.strip()],
            created_by=actor.id,
            now=self.now(),
        )
        # The log names the secret by id: the audit log is shown in channels.
        await self.audit(campaign_id, None, actor, "secret", secret_id=secret.id)
        return secret

    async def remove_secret(self, campaign_id: int, actor: Actor, secret_id: int) -> None:
        await self.require_gm(campaign_id, actor)
        if not await self.store.secrets.remove(campaign_id, secret_id, self.now()):
            raise GmError(f"there is no secret #{secret_id}")
        await self.audit(campaign_id, None, actor, "secret_remove", secret_id=secret_id)

    async def edit_world(self, campaign_id: int, actor: Actor, edit: WorldEdit) -> None:
        """A GM's change to the world state; raises WorldEditError when it cannot apply."""
        await self.require_gm(campaign_id, actor)
        if self.memory is None:
            raise GmError("the world state is not kept here")
        await self.memory.edit_world(campaign_id, edit)
        await self.audit(campaign_id, None, actor, f"world_{edit.op}", section=edit.section,
                         name=edit.name, **({"field": edit.field} if edit.op == "set" else {}))

    async def log(self, campaign_id: int, actor: Actor, limit: int = 20) -> list[AuditEntry]:
        await self.require_gm(campaign_id, actor)
        return await self.store.audit.recent(campaign_id, max(1, min(limit, 100)))
