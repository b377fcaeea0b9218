"""Who may do what: server admins, a campaign's GMs, and what the bot itself needs."""

from __future__ import annotations

import discord
from discord import app_commands

from bot.models import Campaign
from bot.services.gm import Actor

# Discord's names for the permissions the bot needs, as users see them in settings.
PERMISSION_NAMES = {
    "view_channel": "View Channel",
    "send_messages": "Send Messages",
    "manage_channels": "Manage Channels",
    "manage_webhooks": "Manage Webhooks",
    "manage_roles": "Manage Roles",
    "read_message_history": "Read Message History",
}


class NotPermitted(app_commands.CheckFailure):
    """The user may not do this; the message says who may."""


class BotLacksPermission(app_commands.AppCommandError):
    """The bot lacks a Discord permission; the message names it."""


def is_admin(user: discord.abc.User) -> bool:
    """Manage Server or Administrator (the guild owner has both)."""
    if not isinstance(user, discord.Member):
        return False
    perms = user.guild_permissions
    return perms.administrator or perms.manage_guild


def is_gm(user: discord.abc.User, campaign: Campaign) -> bool:
    if is_admin(user):
        return True
    return isinstance(user, discord.Member) and any(
        role.id in campaign.gm_role_ids for role in user.roles
    )


def actor_of(user: discord.abc.User) -> Actor:
    """Who pressed or typed something, as the GM services see them."""
    roles = tuple(r.id for r in user.roles) if isinstance(user, discord.Member) else ()
    return Actor(str(user.id), user.display_name, roles, is_admin(user))


def require_admin(interaction: discord.Interaction) -> None:
    if not is_admin(interaction.user):
        raise NotPermitted("Only server admins (Manage Server) can do that.")


def require_gm(interaction: discord.Interaction, campaign: Campaign) -> None:
    if not is_gm(interaction.user, campaign):
        raise NotPermitted("Only this campaign's GMs or server admins can do that.")


def missing_bot_permissions(channel: discord.abc.GuildChannel, *needed: str) -> list[str]:
    """Names of the `needed` permissions the bot lacks in `channel`."""
    perms = channel.permissions_for(channel.guild.me)
    return [PERMISSION_NAMES.get(name, name) for name in needed if not getattr(perms, name)]


def require_bot_permissions(channel: discord.abc.GuildChannel, *needed: str) -> None:
    missing = missing_bot_permissions(channel, *needed)
    if missing:
        listed = " and ".join(missing)
        plural = "permissions" if len(missing) > 1 else "permission"
        raise BotLacksPermission(f"I need the {listed} {plural} in #{channel.name} for that.")
