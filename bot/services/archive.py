"""Ending and archiving, and undoing both: `/scene end|reopen`, `/campaign archive|unarchive`.

The channel's layout before the archive (category, permission overwrites) is stored
before anything changes, so the undo can put it back; the shell moves and locks the
channel. Status changes stop or re-arm the scene's timers through the pacing service
and write one audit row each, through the GM service.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.models import Campaign, Scene, SceneStatus
from bot.services.gm import Actor, GmError, GmService, NotAGm
from bot.store.archived_channels import ArchivedChannel, ChannelLayout


class ArchiveService:
    def __init__(self, gm: GmService) -> None:
        self.gm = gm
        self.store = gm.store
        self.pacing = gm.pacing

    # -- one scene (GMs) -----------------------------------------------------------------

    async def end_scene(self, scene: Scene, actor: Actor, layout: ChannelLayout | None) -> Scene:
        """End a running or paused scene; `layout` is its channel as it is now."""
        await self.gm.require_gm(scene.campaign_id, actor)
        scene = await self.store.scenes.get(scene.id)
        if scene.status == SceneStatus.ENDED:
            raise GmError("the scene has already ended")
        updated = await self._end(scene, layout, by_campaign=False)
        await self.gm.audit(scene.campaign_id, scene, actor, "end")
        return updated

    async def archived_in(self, channel_id: int, actor: Actor) -> tuple[Scene, ArchivedChannel]:
        """The ended scene a GM may reopen in this channel, with its channel's old layout."""
        kept = await self.store.archived_channels.in_channel(channel_id)
        if kept is None:
            raise GmError("no ended scene of this channel can be reopened")
        scene = await self.store.scenes.get(kept.scene_id)
        campaign = await self.gm.require_gm(scene.campaign_id, actor)
        if campaign.status != "active":
            raise GmError("its campaign is archived; `/campaign unarchive` brings it back")
        if await self.store.scenes.for_channel(channel_id) is not None:
            raise GmError("another scene runs in this channel")
        return scene, kept

    async def reopen_scene(self, scene: Scene, actor: Actor) -> Scene:
        """Undo `end_scene`: the scene runs (or waits paused) again, its timers afresh."""
        await self.gm.require_gm(scene.campaign_id, actor)
        updated = await self._reopen(scene)
        await self.gm.audit(scene.campaign_id, scene, actor, "reopen")
        return updated

    # -- a whole campaign (server admins) ----------------------------------------------------

    async def archive_campaign(
        self, campaign: Campaign, actor: Actor, layouts: Mapping[int, ChannelLayout]
    ) -> list[Scene]:
        """End every scene and archive the campaign; `layouts` holds the channels of its
        scenes, by scene id. Returns the scenes whose channels the shell should archive."""
        _require_admin(actor)
        archived = []
        for scene in await self.store.scenes.of_campaign(campaign.id, open_only=False):
            if await self.store.archived_channels.of_scene(scene.id) is not None:
                continue  # ended and archived on its own: its own undo stays
            await self._end(scene, layouts.get(scene.id, ChannelLayout()), by_campaign=True)
            archived.append(scene)
        await self.store.campaigns.update(campaign.id, status="archived")
        await self.gm.audit(campaign.id, None, actor, "campaign_archive",
                            scenes=[s.id for s in archived])
        return archived

    async def archived_campaign(self, guild_id: int, title: str, actor: Actor) -> tuple[
            Campaign, list[ArchivedChannel]]:
        """The archived campaign of that title, with the channels its archive changed."""
        _require_admin(actor)
        found = [c for c in await self.store.campaigns.in_guild(guild_id, include_archived=True)
                 if c.status == "archived" and c.title.casefold() == title.strip().casefold()]
        if not found:
            raise GmError(f"no archived campaign is called {title.strip()!r}")
        if await self.store.campaigns.named(guild_id, found[-1].title) is not None:
            raise GmError(f"an active campaign is already called {found[-1].title!r}")
        kept = await self.store.archived_channels.of_campaign(found[-1].id, by_campaign=True)
        return found[-1], kept

    async def unarchive_campaign(self, campaign: Campaign, actor: Actor) -> Campaign:
        """Undo `archive_campaign`: the scenes it ended come back as they were."""
        _require_admin(actor)
        for kept in await self.store.archived_channels.of_campaign(campaign.id, by_campaign=True):
            await self._reopen(await self.store.scenes.get(kept.scene_id))
        updated = await self.store.campaigns.update(campaign.id, status="active")
        await self.gm.audit(campaign.id, None, actor, "campaign_unarchive")
        return updated

    # -- internals -------------------------------------------------------------------------

    async def _end(self, scene: Scene, layout: ChannelLayout | None, *, by_campaign: bool) -> Scene:
        await self.pacing.stop_timers(scene)
        if layout is not None and scene.channel_id is not None:
            await self.store.archived_channels.keep(
                scene_id=scene.id, channel_id=scene.channel_id, layout=layout,
                prior_status=scene.status, by_campaign=by_campaign, now=self.gm.now(),
            )
        if scene.status == SceneStatus.ENDED:
            return scene
        return await self.store.scenes.update(scene.id, status=SceneStatus.ENDED)

    async def _reopen(self, scene: Scene) -> Scene:
        kept = await self.store.archived_channels.of_scene(scene.id)
        status = kept.prior_status if kept is not None else SceneStatus.ACTIVE
        updated = await self.store.scenes.update(scene.id, status=status)
        await self.store.archived_channels.forget(scene.id)
        if status == SceneStatus.ACTIVE and scene.status != SceneStatus.ACTIVE:
            await self.pacing.restart_clock(updated)  # the round gets its full time again
        return updated


def _require_admin(actor: Actor) -> None:
    if not actor.is_admin:
        raise NotAGm("only a server admin can archive or unarchive a campaign")
