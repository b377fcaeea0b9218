"""What GMs set and look up per campaign and per scene, independent of Discord:
campaign settings, scene pacing, secrets and this round's whispers. Every change checks
the actor is a GM and writes one audit row."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.campaign_settings import CampaignSettings, lorebook_entries, settings_of
from bot.models import Post, PostKind, Scene, SceneSettings
from bot.services.gm import Actor, GmError, GmService
from bot.store.rows import StoredSecret


class SettingsService:
    def __init__(self, gm: GmService) -> None:
        self.gm = gm
        self.store = gm.store

    async def set_campaign(
        self, campaign_id: int, actor: Actor, updates: Mapping[str, Any]
    ) -> CampaignSettings:
        """Set campaign settings (dotted paths; None: back to the default); GmError names
        a refused key or value, and then nothing is written."""
        await self.gm.require_gm(campaign_id, actor)
        if not updates:
            raise GmError("name at least one setting to change")
        try:
            updated = await self.store.campaigns.patch_settings(campaign_id, updates)
        except ValueError as exc:
            raise GmError(str(exc)) from None
        # Keys and values only: no setting holds a secret, and lorebooks are summarised.
        await self.gm.audit(campaign_id, None, actor, "settings",
                            **{k: _brief(v) for k, v in updates.items()})
        return settings_of(updated)

    async def set_scene(
        self, scene: Scene, actor: Actor, values: Mapping[str, Any], reset: tuple[str, ...] = ()
    ) -> Scene:
        """Set scene pacing settings and put `reset` ones back to their defaults; the
        scene's timers follow at once (an idle reminder set now counts from now)."""
        await self.gm.require_gm(scene.campaign_id, actor)
        if not values and not reset:
            raise GmError("name at least one setting to change")
        try:
            SceneSettings.checked({k: None for k in reset if k not in SceneSettings.model_fields}
                                  | dict(values))
        except ValueError as exc:
            raise GmError(str(exc)) from None
        if reset:
            await self.store.scene_state.reset_settings(scene.id, reset)
        updated = await self.gm.pacing.configure(scene, **values)
        await self.gm.pacing.schedule_timers(updated)
        if "idle_after" in values or "idle_after" in reset:
            timers = self.gm.timers
            if timers is not None:
                await timers.clear(scene.id, "idle")
            await self.gm.pacing.schedule_idle(updated)
        await self.gm.audit(scene.campaign_id, scene, actor, "pacing",
                            **({k: "default" for k in reset} | dict(values)))
        return updated

    async def secrets(self, campaign_id: int, actor: Actor) -> list[StoredSecret]:
        await self.gm.require_gm(campaign_id, actor)
        return await self.store.secrets.of_campaign(campaign_id)

    async def whispers(
        self, scene: Scene, actor: Actor, round_no: int | None = None
    ) -> list[Post]:
        """The private notes players sent the narrator in a round, this one by default
        (GMs see them too)."""
        await self.gm.require_gm(scene.campaign_id, actor)
        posts = await self.store.posts.of_round(scene.id, round_no or scene.round_no)
        return [p for p in posts if p.kind == PostKind.WHISPER and not p.deleted]


def _brief(value: Any) -> Any:
    if isinstance(value, dict):  # a lorebook: the log is shown in channels, keep it short
        return f"{len(lorebook_entries(value))} entries"
    return value
