"""The fake Discord's world: users, guilds, channels, messages, webhooks, commands.

Plain data plus the payload builders that turn it into the JSON shapes the
real API sends. Nothing here does I/O.
"""

from __future__ import annotations

import copy
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

DISCORD_EPOCH_MS = 1420070400000

# Permission bits used by the fake (values from Discord's documentation).
ADMINISTRATOR = 1 << 3
MANAGE_CHANNELS = 1 << 4
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
MANAGE_MESSAGES = 1 << 13
MANAGE_ROLES = 1 << 28
MANAGE_WEBHOOKS = 1 << 29
ALL_PERMISSIONS = (1 << 51) - 1
DEFAULT_EVERYONE_PERMISSIONS = VIEW_CHANNEL | SEND_MESSAGES | (1 << 16) | (1 << 6) | (1 << 31)

# Channel types.
GUILD_TEXT = 0
DM = 1
GUILD_CATEGORY = 4

# Message flags.
EPHEMERAL = 1 << 6
LOADING = 1 << 7


def iso_now() -> str:
    return datetime.now(UTC).isoformat()


def mentioned_user_ids(content: str) -> list[int]:
    return [int(m) for m in re.findall(r"<@!?(\d+)>", content)]


def mentioned_role_ids(content: str) -> list[int]:
    return [int(m) for m in re.findall(r"<@&(\d+)>", content)]


class Snowflakes:
    """Time-based, strictly increasing ids, so discord.py's created_at makes sense."""

    def __init__(self) -> None:
        self._last = 0

    def next(self) -> int:
        candidate = (int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22
        self._last = max(candidate, self._last + 1)
        return self._last


@dataclass
class FakeUser:
    id: int
    username: str
    bot: bool = False
    global_name: str | None = None
    avatar: str | None = None

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "username": self.username,
            "discriminator": "0",
            "global_name": self.global_name,
            "avatar": self.avatar,
            "bot": self.bot,
            "public_flags": 0,
        }


@dataclass
class FakeRole:
    id: int
    guild_id: int
    name: str
    permissions: int
    position: int = 0
    color: int = 0
    hoist: bool = False
    mentionable: bool = False
    managed: bool = False

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "name": self.name,
            "permissions": str(self.permissions),
            "position": self.position,
            "color": self.color,
            "hoist": self.hoist,
            "mentionable": self.mentionable,
            "managed": self.managed,
            "icon": None,
            "unicode_emoji": None,
            "flags": 0,
        }


@dataclass
class FakeMember:
    user_id: int
    guild_id: int
    role_ids: list[int] = field(default_factory=list)
    nick: str | None = None
    joined_at: str = field(default_factory=iso_now)

    def payload(self, user: FakeUser | None, permissions: int | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "roles": [str(r) for r in self.role_ids],
            "nick": self.nick,
            "joined_at": self.joined_at,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "avatar": None,
        }
        if user is not None:
            data["user"] = user.payload()
        if permissions is not None:
            data["permissions"] = str(permissions)
        return data


@dataclass
class FakeChannel:
    id: int
    type: int
    name: str
    guild_id: int | None
    position: int = 0
    parent_id: int | None = None
    topic: str | None = None
    nsfw: bool = False
    permission_overwrites: list[dict[str, Any]] = field(default_factory=list)
    recipient_ids: list[int] = field(default_factory=list)
    deleted: bool = False

    def payload(self, users: dict[int, FakeUser]) -> dict[str, Any]:
        if self.type == DM:
            return {
                "id": str(self.id),
                "type": DM,
                "last_message_id": None,
                "recipients": [users[u].payload() for u in self.recipient_ids if u in users],
            }
        data: dict[str, Any] = {
            "id": str(self.id),
            "type": self.type,
            "name": self.name,
            "guild_id": str(self.guild_id),
            "position": self.position,
            "parent_id": str(self.parent_id) if self.parent_id else None,
            "permission_overwrites": copy.deepcopy(self.permission_overwrites),
            "nsfw": self.nsfw,
            "flags": 0,
        }
        if self.type == GUILD_TEXT:
            data.update(topic=self.topic, last_message_id=None, rate_limit_per_user=0)
        return data


@dataclass
class FakeGuild:
    id: int
    name: str
    owner_id: int
    roles: dict[int, FakeRole] = field(default_factory=dict)
    members: dict[int, FakeMember] = field(default_factory=dict)
    channel_ids: list[int] = field(default_factory=list)

    @property
    def everyone_role(self) -> FakeRole:
        return self.roles[self.id]


@dataclass
class FakeAttachment:
    id: int
    filename: str
    data: bytes
    content_type: str | None
    url: str
    description: str | None = None

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "filename": self.filename,
            "size": len(self.data),
            "url": self.url,
            "proxy_url": self.url,
            "content_type": self.content_type,
            "description": self.description,
        }


@dataclass
class MessageRevision:
    """One version of a message as the API received it (creation or an edit)."""

    content: str
    embeds: list[dict[str, Any]]
    components: list[dict[str, Any]]
    allowed_mentions: dict[str, Any] | None
    attachment_ids: list[int]
    at: str


@dataclass
class FakeMessage:
    id: int
    channel_id: int
    guild_id: int | None
    author: dict[str, Any]
    content: str = ""
    embeds: list[dict[str, Any]] = field(default_factory=list)
    components: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[FakeAttachment] = field(default_factory=list)
    flags: int = 0
    webhook_id: int | None = None
    avatar_url: str | None = None  # a webhook post's avatar_url override
    application_id: int | None = None
    interaction_id: int | None = None
    interaction_user_id: int | None = None
    ephemeral_to: int | None = None
    allowed_mentions: dict[str, Any] | None = None
    message_reference: dict[str, Any] | None = None
    tts: bool = False
    timestamp: str = field(default_factory=iso_now)
    edited_timestamp: str | None = None
    deleted: bool = False
    reactions: dict[str, set[int]] = field(default_factory=dict)
    revisions: list[MessageRevision] = field(default_factory=list)

    @property
    def author_id(self) -> int:
        return int(self.author["id"])

    @property
    def author_name(self) -> str:
        """The name a user sees: the webhook's username override or the account name."""
        return str(self.author.get("global_name") or self.author["username"])

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & EPHEMERAL)

    @property
    def loading(self) -> bool:
        return bool(self.flags & LOADING)

    @property
    def history(self) -> list[str]:
        """Every content the message had, oldest first."""
        return [r.content for r in self.revisions]

    def record_revision(self) -> None:
        self.revisions.append(
            MessageRevision(
                content=self.content,
                embeds=copy.deepcopy(self.embeds),
                components=copy.deepcopy(self.components),
                allowed_mentions=copy.deepcopy(self.allowed_mentions),
                attachment_ids=[a.id for a in self.attachments],
                at=self.edited_timestamp or self.timestamp,
            )
        )

    def find_component(self, custom_id: str) -> dict[str, Any] | None:
        return find_component(self.components, custom_id)


def find_component(components: list[dict[str, Any]], custom_id: str) -> dict[str, Any] | None:
    """Depth-first search through rows, containers, sections and labels."""
    for component in components:
        if component.get("custom_id") == custom_id:
            return component
        children = list(component.get("components", []))
        for key in ("component", "accessory"):
            if isinstance(component.get(key), dict):
                children.append(component[key])
        found = find_component(children, custom_id)
        if found is not None:
            return found
    return None


@dataclass
class FakeWebhook:
    id: int
    token: str
    channel_id: int
    guild_id: int | None
    name: str
    creator_id: int
    application_id: int | None
    avatar: str | None = None

    def payload(self, creator: FakeUser | None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(self.id),
            "type": 1,
            "token": self.token,
            "name": self.name,
            "avatar": self.avatar,
            "channel_id": str(self.channel_id),
            "guild_id": str(self.guild_id) if self.guild_id else None,
            "application_id": str(self.application_id) if self.application_id else None,
        }
        if creator is not None:
            data["user"] = creator.payload()
        return data


@dataclass
class InteractionResponse:
    """One interaction callback the bot sent (type 4, 5, 6, 7, 8 or 9)."""

    type: int
    data: dict[str, Any]

    @property
    def ephemeral(self) -> bool:
        return bool(int(self.data.get("flags") or 0) & EPHEMERAL)

    @property
    def content(self) -> str | None:
        return self.data.get("content")

    @property
    def is_modal(self) -> bool:
        return self.type == 9


@dataclass
class FakeInteraction:
    id: int
    token: str
    type: int
    guild_id: int | None
    channel_id: int
    user_id: int
    payload: dict[str, Any]
    created_at: float  # on the fake's stall clock
    message_id: int | None = None  # the message a component was used on
    response: InteractionResponse | None = None
    original_message_id: int | None = None
    followup_ids: list[int] = field(default_factory=list)
    missed_deadline_by_s: float | None = None  # a callback came this late: 10062


@dataclass
class WorldState:
    """Everything the fake knows, keyed by id."""

    application_id: int
    bot: FakeUser
    ids: Snowflakes = field(default_factory=Snowflakes)
    users: dict[int, FakeUser] = field(default_factory=dict)
    guilds: dict[int, FakeGuild] = field(default_factory=dict)
    channels: dict[int, FakeChannel] = field(default_factory=dict)
    messages: dict[int, FakeMessage] = field(default_factory=dict)
    webhooks: dict[int, FakeWebhook] = field(default_factory=dict)
    attachments: dict[int, FakeAttachment] = field(default_factory=dict)
    global_commands: dict[int, dict[str, Any]] = field(default_factory=dict)
    guild_commands: dict[int, dict[int, dict[str, Any]]] = field(default_factory=dict)
    interactions: dict[int, FakeInteraction] = field(default_factory=dict)

    # --- lookups -------------------------------------------------------------

    def member_payload(
        self, guild_id: int, user_id: int, *, with_user: bool = True
    ) -> dict[str, Any]:
        member = self.guilds[guild_id].members[user_id]
        user = self.users[user_id] if with_user else None
        return member.payload(user)

    def base_permissions(self, guild_id: int, user_id: int) -> int:
        guild = self.guilds[guild_id]
        if user_id == guild.owner_id:
            return ALL_PERMISSIONS
        member = guild.members.get(user_id)
        perms = guild.everyone_role.permissions
        for role_id in member.role_ids if member else []:
            role = guild.roles.get(role_id)
            if role is not None:
                perms |= role.permissions
        return ALL_PERMISSIONS if perms & ADMINISTRATOR else perms

    def channel_permissions(self, channel_id: int, user_id: int) -> int:
        """Guild permissions narrowed by the channel's overwrites, in Discord's order."""
        channel = self.channels[channel_id]
        if channel.guild_id is None:
            return VIEW_CHANNEL | SEND_MESSAGES
        perms = self.base_permissions(channel.guild_id, user_id)
        if perms & ADMINISTRATOR or perms == ALL_PERMISSIONS:
            return ALL_PERMISSIONS
        member = self.guilds[channel.guild_id].members.get(user_id)
        role_ids = set(member.role_ids) if member else set()
        overwrites = {int(o["id"]): o for o in channel.permission_overwrites}
        everyone = overwrites.get(channel.guild_id)
        if everyone:
            perms = (perms & ~int(everyone["deny"])) | int(everyone["allow"])
        allow = deny = 0
        for oid, o in overwrites.items():
            if int(o["type"]) == 0 and oid in role_ids:
                allow |= int(o["allow"])
                deny |= int(o["deny"])
        perms = (perms & ~deny) | allow
        own = overwrites.get(user_id)
        if own and int(own["type"]) == 1:
            perms = (perms & ~int(own["deny"])) | int(own["allow"])
        return perms

    # --- payloads ------------------------------------------------------------

    def channel_payload(self, channel: FakeChannel) -> dict[str, Any]:
        return channel.payload(self.users)

    def guild_create_payload(self, guild_id: int) -> dict[str, Any]:
        guild = self.guilds[guild_id]
        members = [self.member_payload(guild_id, uid) for uid in guild.members if uid in self.users]
        channels = [
            self.channel_payload(self.channels[c])
            for c in guild.channel_ids
            if not self.channels[c].deleted
        ]
        for channel in channels:
            channel.pop("guild_id", None)
        data = self.guild_info_payload(guild_id)
        data.update(
            channels=channels,
            threads=[],
            members=members,
            member_count=len(members),
            presences=[],
            voice_states=[],
            large=False,
            unavailable=False,
            joined_at=guild.members[self.bot.id].joined_at
            if self.bot.id in guild.members
            else None,
            stage_instances=[],
            guild_scheduled_events=[],
            soundboard_sounds=[],
        )
        return data

    def guild_info_payload(self, guild_id: int) -> dict[str, Any]:
        guild = self.guilds[guild_id]
        return {
            "id": str(guild.id),
            "name": guild.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "owner_id": str(guild.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "roles": [r.payload() for r in guild.roles.values()],
            "emojis": [],
            "stickers": [],
            "features": [],
            "mfa_level": 0,
            "application_id": None,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "vanity_url_code": None,
            "description": None,
            "banner": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": "en-US",
            "public_updates_channel_id": None,
            "nsfw_level": 0,
            "premium_progress_bar_enabled": False,
        }

    def message_payload(self, message: FakeMessage) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(message.id),
            "type": 19 if message.message_reference else (20 if message.interaction_id else 0),
            "channel_id": str(message.channel_id),
            "author": copy.deepcopy(message.author),
            "content": message.content,
            "timestamp": message.timestamp,
            "edited_timestamp": message.edited_timestamp,
            "tts": message.tts,
            "mention_everyone": False,
            "mentions": [
                self.users[u].payload()
                for u in mentioned_user_ids(message.content)
                if u in self.users
            ],
            "mention_roles": [str(r) for r in mentioned_role_ids(message.content)],
            "attachments": [a.payload() for a in message.attachments],
            "embeds": copy.deepcopy(message.embeds),
            "components": copy.deepcopy(message.components),
            "pinned": False,
            "flags": message.flags,
            "reactions": [
                {"emoji": {"id": None, "name": e}, "count": len(u), "me": self.bot.id in u}
                for e, u in message.reactions.items()
                if u
            ],
        }
        if message.guild_id is not None:
            data["guild_id"] = str(message.guild_id)
            guild = self.guilds.get(message.guild_id)
            if message.webhook_id is None and guild and message.author_id in guild.members:
                data["member"] = self.member_payload(
                    message.guild_id, message.author_id, with_user=False
                )
        if message.webhook_id is not None:
            data["webhook_id"] = str(message.webhook_id)
        if message.application_id is not None:
            data["application_id"] = str(message.application_id)
        if message.message_reference is not None:
            data["message_reference"] = copy.deepcopy(message.message_reference)
        if message.interaction_id is not None and message.interaction_user_id is not None:
            user = self.users.get(message.interaction_user_id)
            data["interaction_metadata"] = {
                "id": str(message.interaction_id),
                "type": 2,
                "user": user.payload() if user else None,
                "authorizing_integration_owners": {},
            }
        return data
