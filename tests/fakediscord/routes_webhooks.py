"""Channel webhooks: create/list/delete, execute (persona posts) and message edit/delete.

`/webhooks/{application_id}/{interaction_token}/...` is the same URL shape for
interaction followups; those are handed to InteractionRoutes.
"""

from __future__ import annotations

import secrets

from aiohttp import web

from .core import Core, FakeDiscordError
from .httpkit import ApiError, invalid_form, json_response, no_content, unknown
from .routes_channels import MISSING_PERMISSIONS, body_of, files_of, id_param, uploaded_attachments
from .routes_interactions import InteractionRoutes
from .state import MANAGE_WEBHOOKS, FakeMessage, FakeWebhook
from .validation import check_message_body, check_webhook_username

UNKNOWN_WEBHOOK = unknown("Webhook", 10015)


class WebhookRoutes:
    def __init__(self, core: Core, interactions: InteractionRoutes) -> None:
        self.core = core
        self.state = core.state
        self.interactions = interactions

    def register(self, router: web.UrlDispatcher, prefix: str) -> None:
        router.add_post(prefix + "/channels/{cid:\\d+}/webhooks", self.create)
        router.add_get(prefix + "/channels/{cid:\\d+}/webhooks", self.list_channel)
        router.add_get(prefix + "/guilds/{gid:\\d+}/webhooks", self.list_guild)
        w = prefix + "/webhooks/{wid:\\d+}"
        router.add_get(w, self.get_by_id)
        router.add_delete(w, self.delete_by_id)
        router.add_get(w + "/{token}", self.get_with_token)
        router.add_post(w + "/{token}", self.execute)
        router.add_get(w + "/{token}/messages/{mid}", self.get_message)
        router.add_patch(w + "/{token}/messages/{mid}", self.edit_message)
        router.add_delete(w + "/{token}/messages/{mid}", self.delete_message)

    # --- management (bot token) -----------------------------------------------------

    def _webhook(self, request: web.Request, *, check_token: bool) -> FakeWebhook:
        webhook = self.state.webhooks.get(id_param(request, "wid"))
        if webhook is None:
            raise UNKNOWN_WEBHOOK
        if check_token and webhook.token != request.match_info["token"]:
            raise ApiError(401, 50027, "Invalid Webhook Token")
        return webhook

    def _payload(self, webhook: FakeWebhook) -> dict[str, object]:
        return webhook.payload(self.state.users.get(webhook.creator_id))

    async def create(self, request: web.Request) -> web.Response:
        try:
            channel = self.core.channel(id_param(request, "cid"))
        except FakeDiscordError:
            raise unknown("Channel", 10003) from None
        perms = self.state.channel_permissions(channel.id, self.state.bot.id)
        if not perms & MANAGE_WEBHOOKS:
            raise MISSING_PERMISSIONS
        body = body_of(request)
        name = body.get("name")
        if not isinstance(name, str) or not 1 <= len(name) <= 80:
            raise invalid_form("name", "Must be between 1 and 80 in length.")
        check_webhook_username(name)
        webhook = FakeWebhook(
            id=self.state.ids.next(),
            token=secrets.token_urlsafe(48),
            channel_id=channel.id,
            guild_id=channel.guild_id,
            name=name,
            creator_id=self.state.bot.id,
            application_id=self.state.application_id,
            avatar=None,
        )
        self.state.webhooks[webhook.id] = webhook
        self.core.signal.notify()
        return json_response(self._payload(webhook))

    async def list_channel(self, request: web.Request) -> web.Response:
        channel_id = id_param(request, "cid")
        hooks = [w for w in self.state.webhooks.values() if w.channel_id == channel_id]
        return json_response([self._payload(w) for w in hooks])

    async def list_guild(self, request: web.Request) -> web.Response:
        guild_id = id_param(request, "gid")
        hooks = [w for w in self.state.webhooks.values() if w.guild_id == guild_id]
        return json_response([self._payload(w) for w in hooks])

    async def get_by_id(self, request: web.Request) -> web.Response:
        return json_response(self._payload(self._webhook(request, check_token=False)))

    async def delete_by_id(self, request: web.Request) -> web.Response:
        webhook = self._webhook(request, check_token=False)
        del self.state.webhooks[webhook.id]
        self.core.signal.notify()
        return no_content()

    async def get_with_token(self, request: web.Request) -> web.Response:
        payload = self._payload(self._webhook(request, check_token=True))
        payload.pop("user", None)
        return json_response(payload)

    # --- execute and message edits (webhook token, no Authorization) -----------------

    def _is_interaction(self, request: web.Request) -> bool:
        return id_param(request, "wid") == self.state.application_id

    async def execute(self, request: web.Request) -> web.Response:
        if self._is_interaction(request):
            interaction = self.interactions.by_token(request.match_info["token"])
            return await self.interactions.followup(interaction, request)
        webhook = self._webhook(request, check_token=True)
        body, files = body_of(request), files_of(request)
        check_message_body(body, has_files=bool(files))
        check_webhook_username(body.get("username"))
        author = {
            "id": str(webhook.id),
            "username": body.get("username") or webhook.name,
            "discriminator": "0000",
            "avatar": None,
            "bot": True,
            "global_name": None,
        }
        message = await self.core.create_message(
            webhook.channel_id,
            author,
            body,
            attachments=uploaded_attachments(self.core, webhook.channel_id, body, files),
            webhook_id=webhook.id,
        )
        message.avatar_url = body.get("avatar_url")
        if request.query.get("wait") in ("1", "true", "True"):
            return json_response(self.state.message_payload(message))
        return no_content()

    def _own_message(self, webhook: FakeWebhook, message_id: str) -> FakeMessage:
        message = self.state.messages.get(int(message_id)) if message_id.isdigit() else None
        if message is None or message.deleted or message.webhook_id != webhook.id:
            raise unknown("Message", 10008)
        return message

    async def get_message(self, request: web.Request) -> web.Response:
        mid = request.match_info["mid"]
        if self._is_interaction(request):
            interaction = self.interactions.by_token(request.match_info["token"])
            return await self.interactions.get(interaction, mid)
        message = self._own_message(self._webhook(request, check_token=True), mid)
        return json_response(self.state.message_payload(message))

    async def edit_message(self, request: web.Request) -> web.Response:
        mid = request.match_info["mid"]
        if self._is_interaction(request):
            interaction = self.interactions.by_token(request.match_info["token"])
            return await self.interactions.edit(interaction, mid, request)
        message = self._own_message(self._webhook(request, check_token=True), mid)
        body, files = body_of(request), files_of(request)
        check_message_body(body, has_files=bool(files), editing=True)
        attachments = uploaded_attachments(self.core, message.channel_id, body, files)
        await self.core.edit_message(message, body, attachments=attachments)
        return json_response(self.state.message_payload(message))

    async def delete_message(self, request: web.Request) -> web.Response:
        mid = request.match_info["mid"]
        if self._is_interaction(request):
            interaction = self.interactions.by_token(request.match_info["token"])
            return await self.interactions.delete(interaction, mid)
        message = self._own_message(self._webhook(request, check_token=True), mid)
        await self.core.delete_message(message)
        return no_content()
