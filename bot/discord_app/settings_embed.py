"""`/campaign settings`: a campaign's settings, its scenes' pacing and what GMs keep, in
one embed (each field names the command that changes it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord

from bot.campaign_settings import CampaignSampling, lorebook_entries, settings_of
from bot.discord_app.splitting import clip
from bot.models import Campaign, Scene
from bot.services.persona import card_sampling, narrator_card_async

if TYPE_CHECKING:
    from bot.discord_app.client import LoremasterBot

# Discord allows 25 fields an embed; the campaign's own take 8.
MAX_SCENES_SHOWN = 10


def _on(value: bool) -> str:
    return "on" if value else "off"


def _number(value: Any) -> str:
    return "off" if value is None else f"{value:g}"


async def settings_embed(
    bot: LoremasterBot, campaign: Campaign, channel_id: int | None
) -> discord.Embed:
    typed = settings_of(campaign)
    embed = discord.Embed(title=f"Settings of {campaign.title}"[:256])
    kept = campaign.lines_veils
    embed.add_field(name="Campaign", inline=False, value=clip(
        f"rating {campaign.content_rating}, {len(kept.get('lines', ()))} lines, "
        f"{len(kept.get('veils', ()))} veils (/campaign safety) · "
        f"narrator card `{campaign.narrator_card}` · "
        f"GM roles {', '.join(f'<@&{r}>' for r in campaign.gm_role_ids) or 'admins only'}",
        1024))
    guards = typed.guards.model_dump()
    embed.add_field(name="Guards (/campaign guards)", inline=False, value=" · ".join(
        f"{name.replace('_', ' ')} {_on(on)}" for name, on in guards.items()))
    embed.add_field(name="Sampling (/campaign sampling)", inline=False,
                    value=await _sampling(bot, campaign))
    review = typed.review_channel_id
    embed.add_field(name="Draft review (/gm review)", value=(
        f"{_on(typed.review_drafts)}, drafts to {f'<#{review}>' if review else 'no channel'}"))
    embed.add_field(name="Player swipes (/gm swipes)", value=(
        f"{_on(typed.player_swipes)}, {typed.player_swipe_limit} a round"))
    entries = await bot.store.lore.of_campaign(campaign.id)
    imported = len(lorebook_entries(typed.lorebook))
    embed.add_field(name="Lore (/lore import, /lore add)", value=(
        f"imported book: {f'{imported} entries' if typed.lorebook else 'none'}; "
        f"{len(entries)} entries added by GMs"))
    secrets = await bot.store.secrets.of_campaign(campaign.id)
    embed.add_field(name="Secrets (/gm secret list)", value=f"{len(secrets)} kept")
    scenes = await bot.store.scenes.of_campaign(campaign.id)
    # The scene of this channel first: it is the one a GM asking here means.
    scenes.sort(key=lambda s: s.channel_id != channel_id)
    for scene in scenes[:MAX_SCENES_SHOWN]:
        embed.add_field(name=f"Scene {scene.title or scene.id} (/scene pacing)"[:256],
                        value=_pacing(scene), inline=False)
    return embed


async def _sampling(bot: LoremasterBot, campaign: Campaign) -> str:
    """The values narrations use: the campaign's (marked *), else the card's or defaults."""
    chosen = settings_of(campaign).sampling.model_dump(exclude_none=True)
    try:
        card = await narrator_card_async(bot.settings.card_shelf, campaign.narrator_card)
        used = card_sampling(card, chosen).model_dump()
    except (OSError, ValueError):  # a broken card is reported where it is used
        used = {**dict.fromkeys(CampaignSampling.model_fields), **chosen}
    parts = [f"{name} {'server default' if used[name] is None else f'{used[name]:g}'}"
             + ("*" if name in chosen else "") for name in CampaignSampling.model_fields]
    return clip(" · ".join(parts) + "\n*set for this campaign; others from the card", 1024)


def _pacing(scene: Scene) -> str:
    settings = scene.settings
    return clip(
        f"{scene.pacing_mode.value} mode · round deadline {_number(settings.round_deadline)} s"
        f" · nudge at {_number(settings.nudge_fraction)} · turn timeout "
        f"{_number(settings.turn_timeout)} s · quiet window {settings.quiet_window:g} s · "
        f"min interval {settings.min_interval:g} s · idle reminder "
        f"{_number(settings.idle_after)} s", 1024)

