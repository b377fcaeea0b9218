"""What `/admin show` and `/admin usage` look like: one embed each (and the usage chart)."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence

import discord

from bot.discord_app.usage_chart import usage_chart_png
from bot.models import GuildConfig
from bot.services.usage import UsageReport, UsageTotals
from bot.store.guilds import GuildAuditEntry

CHART_NAME = "usage.png"
TOP = 8  # rows per breakdown: an embed field holds at most 1024 characters
NO_LIMIT = "no limit"
LIMIT_NAMES = {
    "max_active_scenes": "Open scenes",
    "actions_per_player_per_hour": "Actions per player per hour",
    "narrations_per_day": "Narrations per day",
    "tokens_per_day": "Tokens per day",
}


def _limit(value: int | None) -> str:
    return f"{value:,}" if value is not None else NO_LIMIT


def settings_embed(
    guild_name: str, config: GuildConfig, *, fallback_card: str, today_tokens: int,
    today_narrations: int, changes: Sequence[GuildAuditEntry],
) -> discord.Embed:
    embed = discord.Embed(title=f"Loremaster on {guild_name}", colour=discord.Colour.blurple())
    categories = ", ".join(f"<#{c}>" for c in config.scene_category_ids)
    embed.add_field(name="Scene categories", value=categories or "any", inline=False)
    roles = "".join(f", <@&{r}>" for r in config.campaign_creator_role_ids)
    embed.add_field(name="Who may create campaigns", value=f"server admins{roles}",
                    inline=False)
    limits = "\n".join(f"{label}: {_limit(getattr(config, name))}"
                       for name, label in LIMIT_NAMES.items())
    embed.add_field(name="Limits", value=limits, inline=False)
    defaults = (f"Content rating: {config.default_content_rating or 'teen'}\n"
                f"Narrator card: {config.default_narrator_card or fallback_card}")
    embed.add_field(name="New campaigns", value=defaults, inline=False)
    embed.add_field(
        name="Today (UTC)",
        value=f"Tokens: {today_tokens:,} of {_limit(config.tokens_per_day)}\n"
              f"Narrations: {today_narrations} of {_limit(config.narrations_per_day)}",
        inline=False)
    lines = [f"<t:{int(c.created_at)}:R> {c.actor_name}: {c.action}" for c in changes]
    embed.add_field(name="Recent changes", value="\n".join(lines) or "none yet", inline=False)
    return embed


def _rows(items: Sequence[tuple[str, UsageTotals]]) -> str:
    shown = [f"{name}: {t.tokens_in:,} in, {t.tokens_out:,} out" for name, t in items[:TOP]]
    if len(items) > TOP:
        shown.append(f"… and {len(items) - TOP} more")
    return "\n".join(shown)[:1024] or "none"


def usage_embed(
    report: UsageReport, campaign_titles: Mapping[int, str]
) -> tuple[discord.Embed, discord.File]:
    """The report as an embed with its chart attached."""
    total = report.total
    embed = discord.Embed(
        title=f"Token usage, last {len(report.days)} day(s) (UTC)",
        description=f"{total.tokens_in:,} tokens in, {total.tokens_out:,} out "
                    f"({total.total:,} in all). Chart: tokens in (blue) and out (amber) "
                    "per day.",
        colour=discord.Colour.blurple(),
    )
    table = "\n".join(f"{day}  {t.tokens_in:>9,} {t.tokens_out:>9,}" for day, t in report.days)
    embed.add_field(name="Per day: in, out",
                    value=f"```\n{table[-1000:]}\n```", inline=False)
    campaigns = [(campaign_titles.get(cid, f"campaign {cid}"), t) for cid, t in report.campaigns]
    embed.add_field(name="Campaigns", value=_rows(campaigns), inline=False)
    embed.add_field(name="Players", value=_rows([(f"<@{p}>", t) for p, t in report.players]),
                    inline=False)
    embed.add_field(name="Backends", value=_rows(report.backends), inline=False)
    chart = usage_chart_png([(t.tokens_in, t.tokens_out) for _, t in report.days])
    embed.set_image(url=f"attachment://{CHART_NAME}")
    return embed, discord.File(io.BytesIO(chart), filename=CHART_NAME)
