"""A server's own rules for the bot: where scenes go, who starts campaigns, the limits, the
defaults of a new campaign. Admins change them (`/admin`), every change is audited, and
the table's commands ask here before they act. No Discord in here.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from bot.models import Campaign, GuildConfig
from bot.services.campaigns import RATINGS, ServiceError, TableService
from bot.services.gm import Actor
from bot.services.usage import OncePer
from bot.store import Store
from bot.store.guilds import GuildAuditEntry

HOUR_S = 3600.0
# The /admin limits options, as GuildConfig names them.
LIMITS = ("max_active_scenes", "actions_per_player_per_hour", "narrations_per_day",
          "tokens_per_day")


@dataclass(frozen=True)
class CampaignDefaults:
    card: str
    content_rating: str


@dataclass(frozen=True)
class ActionRefusal:
    text: str
    first_this_hour: bool  # said in the channel once an hour, not at every message


def scene_parent(
    config: GuildConfig, campaign_category: int | None, existing: Collection[int]
) -> int | None:
    """The category a new scene channel goes in: the campaign's own when the server allows
    it, else the first allowed category that still exists; None: at the top of the list."""
    allowed = config.scene_category_ids
    if not allowed or (campaign_category in allowed and campaign_category in existing):
        return campaign_category
    for category in allowed:
        if category in existing:
            return category
    raise ServiceError("None of this server's scene categories exists any more; an admin "
                       "can pick one with `/admin category allow`.")


class GuildAdminService:
    def __init__(self, store: Store, table: TableService, *, clock: Callable[[], float]) -> None:
        self.store = store
        self.table = table  # checks a default card like /campaign create does
        self.clock = clock
        self._action_notices = OncePer()

    async def config(self, guild_id: int) -> GuildConfig:
        return await self.store.guilds.config(guild_id)

    async def audit(self, guild_id: int, limit: int = 5) -> list[GuildAuditEntry]:
        return await self.store.guilds.audit(guild_id, limit)

    # -- changes (audited) ----------------------------------------------------------

    async def _change(
        self, guild_id: int, admin: Actor, action: str, **changes: Any
    ) -> GuildConfig:
        current = await self.config(guild_id)
        try:
            updated = GuildConfig(**(current.model_dump() | changes))
        except ValidationError as exc:
            raise ServiceError(f"That setting cannot be used: {exc.errors()[0]['msg']}.") from None
        await self.store.guilds.save(
            guild_id, updated, actor_id=admin.id, actor_name=admin.name, action=action,
            detail=changes, now=self.clock(),
        )
        return updated

    async def allow_category(self, guild_id: int, admin: Actor, category_id: int) -> GuildConfig:
        allowed = (await self.config(guild_id)).scene_category_ids
        if category_id in allowed:
            raise ServiceError("Scenes may already go in that category.")
        return await self._change(guild_id, admin, "category allow",
                                  scene_category_ids=[*allowed, category_id])

    async def disallow_category(
        self, guild_id: int, admin: Actor, category_id: int
    ) -> GuildConfig:
        allowed = (await self.config(guild_id)).scene_category_ids
        if category_id not in allowed:
            raise ServiceError("That category is not one of the scene categories.")
        return await self._change(guild_id, admin, "category disallow",
                                  scene_category_ids=[c for c in allowed if c != category_id])

    async def allow_creator_role(self, guild_id: int, admin: Actor, role_id: int) -> GuildConfig:
        roles = (await self.config(guild_id)).campaign_creator_role_ids
        if role_id in roles:
            raise ServiceError("That role may already create campaigns.")
        return await self._change(guild_id, admin, "creators allow",
                                  campaign_creator_role_ids=[*roles, role_id])

    async def disallow_creator_role(
        self, guild_id: int, admin: Actor, role_id: int
    ) -> GuildConfig:
        roles = (await self.config(guild_id)).campaign_creator_role_ids
        if role_id not in roles:
            raise ServiceError("That role is not one of the campaign creators.")
        return await self._change(guild_id, admin, "creators disallow",
                                  campaign_creator_role_ids=[r for r in roles if r != role_id])

    async def set_limits(
        self, guild_id: int, admin: Actor, limits: dict[str, int | None]
    ) -> GuildConfig:
        """Limits given as numbers; 0 lifts one. Limits not named keep their value."""
        unknown = set(limits) - set(LIMITS)
        if unknown:
            raise ServiceError(f"Unknown limit: {', '.join(sorted(unknown))}.")
        given = {name: (value or None) for name, value in limits.items() if value is not None}
        if not given:
            raise ServiceError("Name at least one limit to set (0 lifts it).")
        if any(v is not None and v < 0 for v in given.values()):
            raise ServiceError("A limit cannot be negative (0 lifts it).")
        return await self._change(guild_id, admin, "limits", **given)

    async def set_defaults(
        self, guild_id: int, admin: Actor, *, content_rating: str | None, card: str | None
    ) -> GuildConfig:
        changes: dict[str, Any] = {}
        if content_rating is not None:
            if content_rating not in RATINGS:
                raise ServiceError(
                    f"Content rating must be one of: {', '.join(RATINGS)}.")
            changes["default_content_rating"] = content_rating
        if card is not None:
            await self.table.check_card(card)
            changes["default_narrator_card"] = card
        if not changes:
            raise ServiceError("Give a content rating, a card, or both.")
        return await self._change(guild_id, admin, "defaults", **changes)

    # -- what the table's commands ask ------------------------------------------------

    async def check_campaign_creator(
        self, guild_id: int, *, is_admin: bool, role_ids: Sequence[int]
    ) -> list[int]:
        """Refuses members who may not create campaigns; the roles that let this one (none
        for an admin), which become the new campaign's GM roles so its creator can run it."""
        if is_admin:
            return []
        allowed = (await self.config(guild_id)).campaign_creator_role_ids
        entitled = [r for r in allowed if r in set(role_ids)]
        if not entitled:
            raise ServiceError("Only server admins (Manage Server) or the roles they name can "
                               "create campaigns here.")
        return entitled

    async def hand_to_creators(self, campaign: Campaign, role_ids: Sequence[int]) -> Campaign:
        """The campaign with its creators' roles among its GMs."""
        if not role_ids:
            return campaign
        roles = [*campaign.gm_role_ids, *(r for r in role_ids if r not in campaign.gm_role_ids)]
        return await self.store.campaigns.update(campaign.id, gm_role_ids=roles)

    async def campaign_defaults(self, guild_id: int, fallback_card: str) -> CampaignDefaults:
        config = await self.config(guild_id)
        return CampaignDefaults(config.default_narrator_card or fallback_card,
                                config.default_content_rating or "teen")

    async def check_scene_room(self, guild_id: int, opening: int = 1) -> GuildConfig:
        """Refuses `opening` more scenes (new or reopened) when they would take the server
        past its limit of open ones; the config."""
        config = await self.config(guild_id)
        limit = config.max_active_scenes
        if limit is not None and await self.store.guilds.open_scenes(guild_id) + opening > limit:
            raise ServiceError(f"This server allows {limit} open scene(s) at a time; end one "
                               "first (`/scene end`).")
        return config

    @staticmethod
    def check_scene_category(config: GuildConfig, category_id: int | None) -> None:
        allowed = config.scene_category_ids
        if allowed and category_id not in allowed:
            listed = ", ".join(f"<#{c}>" for c in allowed)
            raise ServiceError(f"Scene channels on this server go in: {listed}.")

    async def action_refusal(self, guild_id: int, player_id: str) -> ActionRefusal | None:
        """Why the player may not act now (their hourly actions are used up), or None."""
        limit = (await self.config(guild_id)).actions_per_player_per_hour
        if limit is None:
            return None
        now = self.clock()
        taken = await self.store.guilds.actions_since(guild_id, player_id, now - HOUR_S)
        if taken < limit:
            return None
        first = self._action_notices.first((guild_id, player_id), int(now // HOUR_S))
        return ActionRefusal(
            f"this server allows {limit} action(s) per player per hour; try again a little "
            "later", first)
