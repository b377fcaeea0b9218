"""Scene channels into and out of the archive: locked (players read, nobody writes) and
moved to an archive category, then back exactly as they were."""

from __future__ import annotations

import discord

from bot.store.archived_channels import ChannelLayout

ARCHIVE_CATEGORY = "Archive"
CATEGORY_CAPACITY = 50  # Discord's limit on channels in one category
ROLE, MEMBER = 0, 1  # overwrite types, as the REST API numbers them
# What "writing" is in a channel: the archive denies all of it, and nothing else.
WRITE = discord.Permissions(
    send_messages=True, send_messages_in_threads=True, create_public_threads=True,
    create_private_threads=True, add_reactions=True,
).value


def layout_of(channel: discord.abc.GuildChannel) -> ChannelLayout:
    overwrites = []
    for target, overwrite in channel.overwrites.items():
        allow, deny = overwrite.pair()
        is_role = isinstance(target, discord.Role) or (
            isinstance(target, discord.Object) and target.type is discord.Role)
        overwrites.append({"id": target.id, "type": ROLE if is_role else MEMBER,
                           "allow": allow.value, "deny": deny.value})
    return ChannelLayout(parent_id=channel.category_id, overwrites=overwrites)


def locked(layout: ChannelLayout, *, everyone_id: int, spared: set[int]) -> list[dict[str, int]]:
    """The overwrites with writing denied to everyone but `spared` (the bot and its role);
    what each may read stays as it was."""
    result = []
    for entry in layout.overwrites:
        if entry["id"] in spared:
            result.append(dict(entry))
            continue
        result.append({**entry, "allow": entry["allow"] & ~WRITE, "deny": entry["deny"] | WRITE})
    if not any(e["id"] == everyone_id for e in result):
        result.append({"id": everyone_id, "type": ROLE, "allow": 0, "deny": WRITE})
    return result


def _as_discord(
    overwrites: list[dict[str, int]],
) -> dict[discord.Object, discord.PermissionOverwrite]:
    return {
        discord.Object(e["id"], type=discord.Role if e["type"] == ROLE else discord.Member):
            discord.PermissionOverwrite.from_pair(
                discord.Permissions(e["allow"]), discord.Permissions(e["deny"]))
        for e in overwrites
    }


async def archive_category(guild: discord.Guild) -> discord.CategoryChannel:
    """The guild's archive category with room left, created when there is none."""
    for category in guild.categories:
        if category.name == ARCHIVE_CATEGORY and len(category.channels) < CATEGORY_CAPACITY:
            return category
    return await guild.create_category(ARCHIVE_CATEGORY, reason="archived scenes")


async def archive_channel(
    channel: discord.TextChannel, layout: ChannelLayout, category: discord.CategoryChannel
) -> None:
    """Lock `channel` (whose layout before is `layout`) and move it to `category`."""
    guild = channel.guild
    spared = {guild.me.id} | ({guild.self_role.id} if guild.self_role else set())
    overwrites = locked(layout, everyone_id=guild.default_role.id, spared=spared)
    # One request: the channel is never moved but unlocked, or locked but not moved.
    await channel.edit(category=category, overwrites=_as_discord(overwrites),
                       sync_permissions=False, reason="scene archived")


async def restore_channel(channel: discord.TextChannel, layout: ChannelLayout) -> None:
    """Put `channel` back in its old category with its old overwrites."""
    parent = channel.guild.get_channel(layout.parent_id or 0)
    category = parent if isinstance(parent, discord.CategoryChannel) else None
    await channel.edit(category=category, overwrites=_as_discord(layout.overwrites),
                       sync_permissions=False, reason="scene reopened")
