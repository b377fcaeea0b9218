"""REST routes for channels, messages, typing, reactions and DMs, as the bot account calls them."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from aiohttp import web

from .core import Core, FakeDiscordError
from .httpkit import (
    BODY_KEY,
    FILES_KEY,
    ApiError,
    UploadedFile,
    invalid_form,
    json_response,
    no_content,
    unknown,
)
from .state import (
    DM,
    GUILD_CATEGORY,
    GUILD_TEXT,
    MANAGE_CHANNELS,
    MANAGE_MESSAGES,
    MANAGE_ROLES,
    SEND_MESSAGES,
    VIEW_CHANNEL,
    FakeAttachment,
    FakeChannel,
    FakeMessage,
)
from .validation import check_message_body

MISSING_PERMISSIONS = ApiError(403, 50013, "Missing Permissions")
SUPPORTED_CHANNEL_TYPES = (GUILD_TEXT, GUILD_CATEGORY)


def body_of(request: web.Request) -> dict[str, Any]:
    body = request.get(BODY_KEY)
    return body if isinstance(body, dict) else {}


def files_of(request: web.Request) -> list[UploadedFile]:
    return list(request.get(FILES_KEY) or [])


def id_param(request: web.Request, name: str) -> int:
    return int(request.match_info[name])


def uploaded_attachments(
    core: Core, channel_id: int, body: dict[str, Any], files: list[UploadedFile]
) -> list[FakeAttachment]:
    """Store files[n] parts, taking filename/description from payload_json.attachments."""
    described = {int(a["id"]): a for a in body.get("attachments") or [] if "id" in a}
    stored = []
    for upload in files:
        meta = described.get(upload.index, {})
        stored.append(
            core.store_attachment(
                channel_id,
                meta.get("filename") or upload.filename,
                upload.data,
                upload.content_type,
                meta.get("description"),
            )
        )
    return stored


class ChannelRoutes:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.state = core.state

    def register(self, router: web.UrlDispatcher, prefix: str) -> None:
        c = prefix + "/channels/{cid:\\d+}"
        m = c + "/messages/{mid:\\d+}"
        router.add_get(c, self.get_channel)
        router.add_patch(c, self.edit_channel)
        router.add_delete(c, self.delete_channel)
        router.add_put(c + "/permissions/{oid:\\d+}", self.put_overwrite)
        router.add_delete(c + "/permissions/{oid:\\d+}", self.delete_overwrite)
        router.add_get(c + "/messages", self.list_messages)
        router.add_post(c + "/messages", self.send_message)
        router.add_get(m, self.get_message)
        router.add_patch(m, self.edit_message)
        router.add_delete(m, self.delete_message)
        router.add_put(m + "/reactions/{emoji}/@me", self.add_reaction)
        router.add_delete(m + "/reactions/{emoji}/@me", self.remove_reaction)
        router.add_post(c + "/typing", self.typing)
        router.add_get(prefix + "/guilds/{gid:\\d+}/channels", self.list_guild_channels)
        router.add_post(prefix + "/guilds/{gid:\\d+}/channels", self.create_guild_channel)
        router.add_post(prefix + "/users/@me/channels", self.open_dm)

    # --- helpers -------------------------------------------------------------------

    def _channel(self, request: web.Request) -> FakeChannel:
        try:
            return self.core.channel(id_param(request, "cid"))
        except FakeDiscordError:
            raise unknown("Channel", 10003) from None

    def _message(self, request: web.Request) -> FakeMessage:
        channel = self._channel(request)
        try:
            return self.core.live_message(channel.id, id_param(request, "mid"))
        except FakeDiscordError:
            raise unknown("Message", 10008) from None

    def _require(self, channel: FakeChannel, permission: int) -> None:
        perms = self.state.channel_permissions(channel.id, self.state.bot.id)
        if perms & permission != permission:
            raise MISSING_PERMISSIONS

    def _require_guild(self, guild_id: int, permission: int) -> None:
        if self.state.base_permissions(guild_id, self.state.bot.id) & permission != permission:
            raise MISSING_PERMISSIONS

    # --- channels ------------------------------------------------------------------

    async def get_channel(self, request: web.Request) -> web.Response:
        return json_response(self.state.channel_payload(self._channel(request)))

    async def list_guild_channels(self, request: web.Request) -> web.Response:
        guild = self.state.guilds.get(id_param(request, "gid"))
        if guild is None:
            raise unknown("Guild", 10004)
        channels = [self.state.channels[c] for c in guild.channel_ids]
        return json_response([self.state.channel_payload(c) for c in channels if not c.deleted])

    async def create_guild_channel(self, request: web.Request) -> web.Response:
        guild_id = id_param(request, "gid")
        guild = self.state.guilds.get(guild_id)
        if guild is None:
            raise unknown("Guild", 10004)
        self._require_guild(guild_id, MANAGE_CHANNELS)
        body = body_of(request)
        name = body.get("name")
        if not isinstance(name, str) or not 1 <= len(name) <= 100:
            raise invalid_form("name", "Must be between 1 and 100 in length.")
        channel_type = int(body.get("type") or GUILD_TEXT)
        if channel_type not in SUPPORTED_CHANNEL_TYPES:
            raise invalid_form(
                "type", f"fakediscord supports channel types {SUPPORTED_CHANNEL_TYPES}"
            )
        parent_id = int(body["parent_id"]) if body.get("parent_id") else None
        if parent_id is not None:
            parent = self.state.channels.get(parent_id)
            if parent is None or parent.type != GUILD_CATEGORY or parent.guild_id != guild_id:
                raise invalid_form("parent_id", "Not a category of this guild.")
        channel = FakeChannel(
            id=self.state.ids.next(),
            type=channel_type,
            name=name.lower().replace(" ", "-") if channel_type == GUILD_TEXT else name,
            guild_id=guild_id,
            position=int(body.get("position") or len(guild.channel_ids)),
            parent_id=parent_id,
            topic=body.get("topic"),
            nsfw=bool(body.get("nsfw", False)),
            permission_overwrites=_normalise_overwrites(body.get("permission_overwrites") or []),
        )
        self.state.channels[channel.id] = channel
        guild.channel_ids.append(channel.id)
        await self.core.announce_channel("CHANNEL_CREATE", channel)
        return json_response(self.state.channel_payload(channel), 201)

    async def edit_channel(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        if channel.guild_id is not None:
            self._require(channel, MANAGE_CHANNELS)
        body = body_of(request)
        if "permission_overwrites" in body and channel.guild_id is not None:
            self._require(channel, MANAGE_ROLES)  # Discord's rule for changing overwrites
        for key in ("name", "topic", "nsfw", "position"):
            if key in body:
                setattr(channel, key, body[key])
        if "parent_id" in body:
            channel.parent_id = int(body["parent_id"]) if body["parent_id"] else None
        if "permission_overwrites" in body:
            channel.permission_overwrites = _normalise_overwrites(body["permission_overwrites"])
        await self.core.announce_channel("CHANNEL_UPDATE", channel)
        return json_response(self.state.channel_payload(channel))

    async def delete_channel(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        if channel.guild_id is not None:
            self._require(channel, MANAGE_CHANNELS)
        channel.deleted = True
        await self.core.announce_channel("CHANNEL_DELETE", channel)
        return json_response(self.state.channel_payload(channel))

    async def put_overwrite(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        self._require(channel, MANAGE_ROLES)
        overwrite_id = id_param(request, "oid")
        body = body_of(request)
        entry = {
            "id": str(overwrite_id),
            "type": int(body.get("type", 0)),
            "allow": str(body.get("allow", "0")),
            "deny": str(body.get("deny", "0")),
        }
        others = [o for o in channel.permission_overwrites if int(o["id"]) != overwrite_id]
        channel.permission_overwrites = [*others, entry]
        await self.core.announce_channel("CHANNEL_UPDATE", channel)
        return no_content()

    async def delete_overwrite(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        self._require(channel, MANAGE_ROLES)
        overwrite_id = id_param(request, "oid")
        channel.permission_overwrites = [
            o for o in channel.permission_overwrites if int(o["id"]) != overwrite_id
        ]
        await self.core.announce_channel("CHANNEL_UPDATE", channel)
        return no_content()

    async def open_dm(self, request: web.Request) -> web.Response:
        recipient_id = int(body_of(request).get("recipient_id") or 0)
        if recipient_id not in self.state.users:
            raise unknown("User", 10013)
        for channel in self.state.channels.values():
            if channel.type == DM and channel.recipient_ids == [recipient_id]:
                return json_response(self.state.channel_payload(channel))
        channel = FakeChannel(
            id=self.state.ids.next(), type=DM, name="", guild_id=None, recipient_ids=[recipient_id]
        )
        self.state.channels[channel.id] = channel
        return json_response(self.state.channel_payload(channel))

    # --- messages ------------------------------------------------------------------

    async def list_messages(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        limit = min(int(request.query.get("limit", "50")), 100)
        messages = sorted(
            (
                m
                for m in self.state.messages.values()
                if m.channel_id == channel.id and not m.deleted and m.ephemeral_to is None
            ),
            key=lambda m: m.id,
            reverse=True,
        )
        if "before" in request.query:
            messages = [m for m in messages if m.id < int(request.query["before"])]
        if "after" in request.query:
            after = int(request.query["after"])
            messages = sorted((m for m in messages if m.id > after), key=lambda m: m.id)
            messages = list(reversed(messages[:limit]))
        return json_response([self.state.message_payload(m) for m in messages[:limit]])

    async def get_message(self, request: web.Request) -> web.Response:
        return json_response(self.state.message_payload(self._message(request)))

    async def send_message(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        self._require(channel, VIEW_CHANNEL | SEND_MESSAGES)
        body, files = body_of(request), files_of(request)
        check_message_body(body, has_files=bool(files))
        message = await self.core.create_message(
            channel.id,
            self.state.bot.payload(),
            body,
            attachments=uploaded_attachments(self.core, channel.id, body, files),
        )
        return json_response(self.state.message_payload(message))

    async def edit_message(self, request: web.Request) -> web.Response:
        message = self._message(request)
        if message.author_id != self.state.bot.id or message.webhook_id is not None:
            raise ApiError(403, 50005, "Cannot edit a message authored by another user")
        body, files = body_of(request), files_of(request)
        check_message_body(body, has_files=bool(files), editing=True)
        attachments = uploaded_attachments(self.core, message.channel_id, body, files)
        await self.core.edit_message(message, body, attachments=attachments)
        return json_response(self.state.message_payload(message))

    async def delete_message(self, request: web.Request) -> web.Response:
        message = self._message(request)
        if message.author_id != self.state.bot.id:
            self._require(self.core.channel(message.channel_id), MANAGE_MESSAGES)
        await self.core.delete_message(message)
        return no_content()

    async def add_reaction(self, request: web.Request) -> web.Response:
        message = self._message(request)
        emoji = unquote(request.match_info["emoji"])
        message.reactions.setdefault(emoji, set()).add(self.state.bot.id)
        self.core.signal.notify()
        return no_content()

    async def remove_reaction(self, request: web.Request) -> web.Response:
        message = self._message(request)
        emoji = unquote(request.match_info["emoji"])
        message.reactions.get(emoji, set()).discard(self.state.bot.id)
        self.core.signal.notify()
        return no_content()

    async def typing(self, request: web.Request) -> web.Response:
        self._channel(request)
        return no_content()


def _normalise_overwrites(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "id": str(o["id"]),
            "type": int(o.get("type", 0)),
            "allow": str(o.get("allow", "0")),
            "deny": str(o.get("deny", "0")),
        }
        for o in raw
    ]
