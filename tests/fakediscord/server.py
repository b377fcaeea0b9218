"""FakeDiscord: the loopback server plus the scripting API tests drive it with."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from aiohttp import web

from .core import HANG_GUARD_S, ChangeSignal, Core, FakeDiscordError
from .gateway import Gateway
from .httpkit import (
    API_PREFIX,
    BODY_KEY,
    FILES_KEY,
    ApiError,
    Handler,
    RateLimitKnob,
    RecordedCall,
    json_response,
    parse_body,
    rate_limited_response,
    safe_headers,
)
from .invocations import (
    APPLICATION_COMMAND,
    MESSAGE_COMPONENT,
    MODAL_SUBMIT,
    InteractionHandle,
    SlashCommandBuilder,
    Upload,
    modal_submission,
    new_interaction,
)
from .routes_channels import ChannelRoutes
from .routes_guilds import GuildRoutes
from .routes_interactions import InteractionRoutes
from .routes_webhooks import WebhookRoutes
from .state import (
    ALL_PERMISSIONS,
    DEFAULT_EVERYONE_PERMISSIONS,
    GUILD_CATEGORY,
    GUILD_TEXT,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeMessage,
    FakeRole,
    FakeUser,
    Snowflakes,
    WorldState,
)

T = TypeVar("T")
DEFAULT_TOKEN = "ZmFrZWRpc2NvcmQ.bot.token"
_TOKEN_ROUTES = re.compile(r"^/(webhooks/\d+/[^/]+|interactions/\d+/[^/]+/callback)(/|$)")


@dataclass
class VisibleMessage:
    """A message as a person in the channel sees it right now."""

    id: int
    author: str
    content: str
    embeds: list[dict[str, Any]]
    is_webhook: bool
    ephemeral: bool
    edited: bool


class FakeDiscord:
    """A Discord stand-in on 127.0.0.1 for the real discord.py client.

    Use `async with FakeDiscord() as fake:` or `await fake.start()` / `await fake.stop()`.
    """

    def __init__(
        self,
        *,
        token: str = DEFAULT_TOKEN,
        bot_name: str = "Loremaster",
        interaction_response_deadline_s: float = 3.0,
    ) -> None:
        self.token = token
        self.signal = ChangeSignal()
        ids = Snowflakes()
        bot_id = ids.next()  # the application id doubles as the bot user's id, as on Discord
        self.state = WorldState(
            application_id=bot_id, bot=FakeUser(bot_id, bot_name, bot=True), ids=ids
        )
        self.state.users[bot_id] = self.state.bot
        self.gateway = Gateway(
            self.state,
            token=lambda: self.token,
            resume_url=lambda: f"{self.ws_base}/resume-gateway",
            on_change=self.signal.notify,
        )
        self.core = Core(self.state, self.gateway, self.signal)
        self.calls: list[RecordedCall] = []
        self.unknown_routes: list[RecordedCall] = []
        self._rate_limits: list[RateLimitKnob] = []
        self._interactions = InteractionRoutes(self.core, interaction_response_deadline_s)
        self._runner: web.AppRunner | None = None
        self.port = 0

    # --- lifecycle --------------------------------------------------------------------

    @property
    def http_base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        """What discord.http.Route.BASE must be set to."""
        return self.http_base + API_PREFIX

    @property
    def ws_base(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    @property
    def gateway_url(self) -> str:
        """What discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY must be set to."""
        return f"{self.ws_base}/gateway"

    @property
    def interaction_response_deadline_s(self) -> float:
        """How long the bot has for an interaction's first callback (3 s on Discord)."""
        return self._interactions.response_deadline_s

    @interaction_response_deadline_s.setter
    def interaction_response_deadline_s(self, seconds: float) -> None:
        self._interactions.response_deadline_s = seconds

    @property
    def application_id(self) -> int:
        return self.state.application_id

    @property
    def bot_user(self) -> FakeUser:
        return self.state.bot

    def env(self) -> dict[str, str]:
        """Environment variables that point a subprocess bot at this fake."""
        return {
            "LOREMASTER_DISCORD_API_BASE": self.api_base,
            "LOREMASTER_DISCORD_GATEWAY": self.gateway_url,
            "LOREMASTER_DISCORD_TOKEN": self.token,
        }

    async def start(self) -> FakeDiscord:
        app = web.Application(middlewares=[self._middleware], client_max_size=64 * 1024 * 1024)
        router = app.router
        router.add_get("/gateway", self.gateway.handle)
        router.add_get("/resume-gateway", self.gateway.handle)
        router.add_get("/cdn/attachments/{cid:\\d+}/{aid:\\d+}/{filename}", self._cdn)
        ChannelRoutes(self.core).register(router, API_PREFIX)
        GuildRoutes(self.core, lambda: self.gateway_url).register(router, API_PREFIX)
        self._interactions.register(router, API_PREFIX)
        WebhookRoutes(self.core, self._interactions).register(router, API_PREFIX)
        router.add_route("*", "/{tail:.*}", self._unknown_route)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        self.core.cdn_base = f"{self.http_base}/cdn"
        self.core.clock.start()
        return self

    async def stop(self) -> None:
        await self.core.clock.stop()
        await self.gateway.close_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # --- HTTP plumbing ----------------------------------------------------------------

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if not request.path.startswith(API_PREFIX + "/"):
            return await handler(request)
        path = request.path[len(API_PREFIX) :]
        call = RecordedCall(
            method=request.method,
            path=path,
            query=dict(request.query),
            json=None,
            headers=safe_headers(request),
        )
        self.calls.append(call)
        try:
            body, files = await parse_body(request)
            call.json, call.files = body, [f.filename for f in files]
            request[BODY_KEY], request[FILES_KEY] = body, files
            knob = next((k for k in self._rate_limits if k.matches(request.method, path)), None)
            if knob is not None:
                knob.remaining_uses -= 1
                response: web.StreamResponse = rate_limited_response(knob)
            elif (
                not _TOKEN_ROUTES.match(path)
                and request.headers.get("Authorization") != f"Bot {self.token}"
            ):
                response = json_response({"message": "401: Unauthorized", "code": 0}, 401)
            else:
                response = await handler(request)
        except ApiError as error:
            response = error.response()
        except FakeDiscordError as error:
            response = ApiError(404, 0, str(error)).response()
        call.status = response.status
        self.signal.notify()
        return response

    async def _unknown_route(self, request: web.Request) -> web.Response:
        if self.calls and self.calls[-1].path == request.path[len(API_PREFIX) :]:
            self.unknown_routes.append(self.calls[-1])
        else:
            self.unknown_routes.append(
                RecordedCall(
                    request.method, request.path, dict(request.query), None, safe_headers(request)
                )
            )
        return json_response({"message": "404: Not Found", "code": 0}, 404)

    async def _cdn(self, request: web.Request) -> web.Response:
        attachment = self.state.attachments.get(int(request.match_info["aid"]))
        if attachment is None or attachment.filename != request.match_info["filename"]:
            return web.Response(status=404, text="Not Found")
        return web.Response(
            body=attachment.data,
            headers={"Content-Type": attachment.content_type or "application/octet-stream"},
        )

    # --- world building ---------------------------------------------------------------

    def create_user(
        self, username: str, *, bot: bool = False, global_name: str | None = None
    ) -> FakeUser:
        user = FakeUser(self.state.ids.next(), username, bot=bot, global_name=global_name)
        self.state.users[user.id] = user
        return user

    def create_guild(
        self,
        name: str = "Test Guild",
        *,
        owner: FakeUser | None = None,
        bot_permissions: int = ALL_PERMISSIONS,
    ) -> FakeGuild:
        """A guild with @everyone, the bot as a member (with a managed role) and its owner.

        Create guilds before the bot connects, or they arrive only via GUILD_CREATE on the
        next IDENTIFY.
        """
        owner = owner or self.create_user(f"{name.lower().replace(' ', '_')}_owner")
        guild_id = self.state.ids.next()
        guild = FakeGuild(guild_id, name, owner.id)
        guild.roles[guild_id] = FakeRole(
            guild_id, guild_id, "@everyone", DEFAULT_EVERYONE_PERMISSIONS
        )
        bot_role = FakeRole(
            self.state.ids.next(),
            guild_id,
            self.state.bot.username,
            bot_permissions,
            position=1,
            managed=True,
        )
        guild.roles[bot_role.id] = bot_role
        guild.members[owner.id] = FakeMember(owner.id, guild_id)
        guild.members[self.state.bot.id] = FakeMember(self.state.bot.id, guild_id, [bot_role.id])
        self.state.guilds[guild_id] = guild
        return guild

    def create_role(self, guild_id: int, name: str, permissions: int = 0) -> FakeRole:
        guild = self.state.guilds[guild_id]
        role = FakeRole(
            self.state.ids.next(), guild_id, name, permissions, position=len(guild.roles)
        )
        guild.roles[role.id] = role
        return role

    def add_member(
        self, guild_id: int, user: FakeUser, roles: list[FakeRole] | None = None
    ) -> FakeMember:
        member = FakeMember(user.id, guild_id, [r.id for r in roles or []])
        self.state.guilds[guild_id].members[user.id] = member
        return member

    def create_channel(
        self,
        guild_id: int,
        name: str,
        *,
        category: FakeChannel | None = None,
        is_category: bool = False,
        overwrites: list[dict[str, Any]] | None = None,
    ) -> FakeChannel:
        guild = self.state.guilds[guild_id]
        channel = FakeChannel(
            id=self.state.ids.next(),
            type=GUILD_CATEGORY if is_category else GUILD_TEXT,
            name=name,
            guild_id=guild_id,
            position=len(guild.channel_ids),
            parent_id=category.id if category else None,
            permission_overwrites=list(overwrites or []),
        )
        self.state.channels[channel.id] = channel
        guild.channel_ids.append(channel.id)
        return channel

    async def announce_channel(self, channel: FakeChannel) -> None:
        """Dispatch CHANNEL_CREATE for a channel made after the bot connected."""
        await self.core.announce_channel("CHANNEL_CREATE", channel)

    async def announce_channel_update(self, channel: FakeChannel) -> None:
        """Dispatch CHANNEL_UPDATE after a test changed a channel (its overwrites…) itself."""
        await self.core.announce_channel("CHANNEL_UPDATE", channel)

    async def announce_member(self, guild_id: int, user_id: int) -> None:
        """Dispatch GUILD_MEMBER_ADD for a member added after the bot connected."""
        payload = self.state.member_payload(guild_id, user_id) | {"guild_id": str(guild_id)}
        await self.gateway.dispatch("GUILD_MEMBER_ADD", payload)

    # --- users acting -----------------------------------------------------------------

    async def user_says(
        self,
        channel_id: int,
        user_id: int,
        content: str,
        *,
        attachments: list[Upload] | None = None,
        reply_to: int | None = None,
    ) -> FakeMessage:
        user = self.state.users[user_id]
        stored = [
            self.core.store_attachment(channel_id, a.filename, a.data, a.content_type)
            for a in attachments or []
        ]
        body: dict[str, Any] = {"content": content}
        if reply_to is not None:
            body["message_reference"] = {"message_id": reply_to}
        return await self.core.create_message(channel_id, user.payload(), body, attachments=stored)

    async def user_edits(self, message_id: int, content: str) -> FakeMessage:
        message = self.core.live_message(None, message_id)
        return await self.core.edit_message(message, {"content": content})

    async def user_deletes(self, message_id: int) -> None:
        await self.core.delete_message(self.core.live_message(None, message_id))

    async def user_reacts(self, message_id: int, user_id: int, emoji: str) -> None:
        await self.core.react(self.core.live_message(None, message_id), user_id, emoji, add=True)

    async def user_unreacts(self, message_id: int, user_id: int, emoji: str) -> None:
        await self.core.react(self.core.live_message(None, message_id), user_id, emoji, add=False)

    async def invoke_slash(
        self,
        guild_id: int | None,
        channel_id: int,
        user_id: int,
        command: str,
        options: dict[str, Any] | None = None,
        attachments: dict[str, Upload] | None = None,
    ) -> InteractionHandle:
        """Run a registered slash command as `user_id` would: "campaign create", {"title": ...}."""
        builder = SlashCommandBuilder(self.core, guild_id, channel_id)
        data = builder.build(command, dict(options or {}) | dict(attachments or {}))
        interaction = new_interaction(
            self.core,
            kind=APPLICATION_COMMAND,
            guild_id=guild_id,
            channel_id=channel_id,
            user_id=user_id,
            data=data,
        )
        return await self._send_interaction(interaction)

    async def click_button(
        self, message_id: int, custom_id: str, user_id: int
    ) -> InteractionHandle:
        return await self._use_component(message_id, custom_id, user_id, values=None)

    async def choose(
        self, message_id: int, custom_id: str, user_id: int, values: list[str]
    ) -> InteractionHandle:
        """Pick options in a select menu."""
        return await self._use_component(message_id, custom_id, user_id, values=values)

    async def submit_modal(
        self, opened_by: InteractionHandle, values: dict[str, str], *, user_id: int | None = None
    ) -> InteractionHandle:
        """Fill in and submit the modal the bot answered `opened_by` with."""
        modal = await opened_by.wait_modal()
        source = opened_by.interaction
        data = {"custom_id": modal["custom_id"], "components": modal_submission(modal, values)}
        message = self.state.messages.get(source.message_id) if source.message_id else None
        interaction = new_interaction(
            self.core,
            kind=MODAL_SUBMIT,
            guild_id=source.guild_id,
            channel_id=source.channel_id,
            user_id=user_id or source.user_id,
            data=data,
            message=message,
        )
        return await self._send_interaction(interaction)

    async def _use_component(
        self, message_id: int, custom_id: str, user_id: int, values: list[str] | None
    ) -> InteractionHandle:
        message = self.core.live_message(None, message_id)
        if message.ephemeral_to is not None and message.ephemeral_to != user_id:
            raise FakeDiscordError(f"user {user_id} cannot see ephemeral message {message_id}")
        component = message.find_component(custom_id)
        if component is None:
            raise FakeDiscordError(f"message {message_id} has no component {custom_id!r}")
        if component.get("disabled"):
            raise FakeDiscordError(f"component {custom_id!r} is disabled")
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": component["type"]}
        if values is not None:
            data["values"] = values
        interaction = new_interaction(
            self.core,
            kind=MESSAGE_COMPONENT,
            guild_id=message.guild_id,
            channel_id=message.channel_id,
            user_id=user_id,
            data=data,
            message=message,
        )
        return await self._send_interaction(interaction)

    async def _send_interaction(self, interaction: Any) -> InteractionHandle:
        await self.gateway.dispatch("INTERACTION_CREATE", interaction.payload)
        return InteractionHandle(interaction, self.core, self.signal)

    # --- knobs ------------------------------------------------------------------------

    def rate_limit_next(
        self,
        method: str,
        path_regex: str,
        retry_after: float = 0.05,
        *,
        times: int = 1,
        is_global: bool = False,
    ) -> RateLimitKnob:
        """Answer the next `times` matching REST calls with a real-shaped 429."""
        knob = RateLimitKnob(method.upper(), re.compile(path_regex), retry_after, times, is_global)
        self._rate_limits.append(knob)
        return knob

    async def drop_gateway(self, code: int = 4000) -> int:
        """Close live gateway sockets with a resumable code; the client should RESUME."""
        return await self.gateway.drop(code)

    async def invalidate_session(self) -> int:
        """Send INVALID_SESSION(false); the client should IDENTIFY again."""
        return await self.gateway.invalidate()

    # --- observing --------------------------------------------------------------------

    async def wait_for(
        self,
        predicate: Callable[[], T | None],
        timeout_s: float = HANG_GUARD_S,
        what: str = "a condition",
    ) -> T:
        """Wait until predicate() is truthy (checked after every change) and return it."""
        return await self.signal.wait_for(predicate, timeout_s, what)

    async def wait_until_ready(self, timeout_s: float = HANG_GUARD_S) -> None:
        """Wait until a client has identified (READY sent)."""
        await self.wait_for(lambda: self.gateway.count("identify") > 0, timeout_s, "an IDENTIFY")

    def calls_to(self, method: str, path_regex: str) -> list[RecordedCall]:
        pattern = re.compile(path_regex)
        return [c for c in self.calls if c.method == method.upper() and pattern.search(c.path)]

    def messages_in(self, channel_id: int, *, include_deleted: bool = False) -> list[FakeMessage]:
        return sorted(
            (
                m
                for m in self.state.messages.values()
                if m.channel_id == channel_id and (include_deleted or not m.deleted)
            ),
            key=lambda m: m.id,
        )

    def visible_messages(
        self, channel_id: int, viewer_id: int | None = None
    ) -> list[VisibleMessage]:
        """What a person in the channel sees; ephemeral messages only for `viewer_id`."""
        return [
            VisibleMessage(
                id=m.id,
                author=m.author_name,
                content=m.content,
                embeds=m.embeds,
                is_webhook=m.webhook_id is not None,
                ephemeral=m.ephemeral,
                edited=m.edited_timestamp is not None,
            )
            for m in self.messages_in(channel_id)
            if m.ephemeral_to is None or m.ephemeral_to == viewer_id
        ]

    def channel_named(self, guild_id: int, name: str) -> FakeChannel:
        for channel_id in self.state.guilds[guild_id].channel_ids:
            channel = self.state.channels[channel_id]
            if channel.name == name and not channel.deleted:
                return channel
        raise FakeDiscordError(f"no channel named {name!r} in guild {guild_id}")

    def assert_no_unknown_routes(self) -> None:
        if self.unknown_routes:
            listed = ", ".join(f"{c.method} {c.path}" for c in self.unknown_routes)
            raise AssertionError(f"the bot called routes fakediscord does not know: {listed}")
