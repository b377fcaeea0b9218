"""Interaction callbacks, the original response and followups (token-authenticated routes)."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from .core import Core
from .httpkit import ApiError, invalid_form, json_response, no_content, unknown
from .routes_channels import body_of, files_of, uploaded_attachments
from .state import EPHEMERAL, LOADING, FakeInteraction, FakeMessage, InteractionResponse
from .validation import check_message_body

PONG, MESSAGE, DEFERRED_MESSAGE, DEFERRED_UPDATE, UPDATE_MESSAGE = 1, 4, 5, 6, 7
AUTOCOMPLETE_RESULT, MODAL = 8, 9
COMPONENT_INTERACTION, MODAL_SUBMIT = 3, 5

ALREADY_ACKNOWLEDGED = ApiError(400, 40060, "Interaction has already been acknowledged.")
UNKNOWN_INTERACTION = unknown("interaction", 10062)
FOLLOWUP_TOKEN_LIFETIME_S = 15 * 60


class InteractionRoutes:
    def __init__(self, core: Core, response_deadline_s: float = 3.0) -> None:
        self.core = core
        self.state = core.state
        # Discord forgets an interaction that got no callback within 3 seconds.
        self.response_deadline_s = response_deadline_s

    def register(self, router: web.UrlDispatcher, prefix: str) -> None:
        router.add_post(prefix + "/interactions/{iid:\\d+}/{token}/callback", self.callback)

    def by_token(self, token: str) -> FakeInteraction:
        for interaction in self.state.interactions.values():
            if interaction.token == token:
                if self.core.clock.now() - interaction.created_at > FOLLOWUP_TOKEN_LIFETIME_S:
                    break
                return interaction
        raise unknown("Webhook", 10015)

    # --- the initial response ---------------------------------------------------------

    async def callback(self, request: web.Request) -> web.Response:
        interaction = self.state.interactions.get(int(request.match_info["iid"]))
        if interaction is None or interaction.token != request.match_info["token"]:
            raise UNKNOWN_INTERACTION
        if interaction.response is not None:
            raise ALREADY_ACKNOWLEDGED
        late_by = self.core.clock.now() - interaction.created_at - self.response_deadline_s
        if late_by > 0:
            # Tests waiting on a response hear why none will come, at once.
            interaction.missed_deadline_by_s = late_by
            self.core.signal.notify()
            raise UNKNOWN_INTERACTION
        body = body_of(request)
        response_type = int(body.get("type", 0))
        raw_data = body.get("data")
        data: dict[str, Any] = raw_data if isinstance(raw_data, dict) else {}
        message = await self._apply(interaction, response_type, data, request)
        interaction.response = InteractionResponse(response_type, data)
        self.core.signal.notify()
        result: dict[str, Any] = {
            "interaction": {
                "id": str(interaction.id),
                "type": interaction.type,
                "response_message_loading": response_type == DEFERRED_MESSAGE,
                "response_message_ephemeral": bool(message and message.ephemeral),
            }
        }
        if message is not None:
            result["interaction"]["response_message_id"] = str(message.id)
            result["resource"] = {
                "type": response_type,
                "message": self.state.message_payload(message),
            }
        else:
            result["resource"] = {"type": response_type}
        if request.query.get("with_response") in ("1", "true", "True"):
            return json_response(result)
        return no_content()

    async def _apply(
        self,
        interaction: FakeInteraction,
        response_type: int,
        data: dict[str, Any],
        request: web.Request,
    ) -> FakeMessage | None:
        is_component = interaction.type in (COMPONENT_INTERACTION, MODAL_SUBMIT) and (
            interaction.message_id is not None
        )
        if response_type in (MESSAGE, DEFERRED_MESSAGE):
            files = files_of(request)
            if response_type == MESSAGE:
                check_message_body(data, has_files=bool(files))
            flags = int(data.get("flags") or 0) & EPHEMERAL
            body = dict(data) if response_type == MESSAGE else {}
            body["flags"] = flags | (LOADING if response_type == DEFERRED_MESSAGE else 0)
            message = await self.core.create_message(
                interaction.channel_id,
                self.state.bot.payload(),
                body,
                attachments=uploaded_attachments(self.core, interaction.channel_id, data, files),
                application_id=self.state.application_id,
                interaction_id=interaction.id,
                interaction_user_id=interaction.user_id,
                ephemeral_to=interaction.user_id if flags else None,
            )
            interaction.original_message_id = message.id
            return message
        if response_type in (DEFERRED_UPDATE, UPDATE_MESSAGE):
            if not is_component:
                raise invalid_form(
                    "type", "Interaction response type needs a component interaction."
                )
            assert interaction.message_id is not None
            message = self.core.live_message(None, interaction.message_id)
            interaction.original_message_id = message.id
            if response_type == UPDATE_MESSAGE:
                check_message_body(data, has_files=False, editing=True)
                await self.core.edit_message(message, data)
            return message
        if response_type == MODAL:
            if interaction.type == MODAL_SUBMIT:
                raise invalid_form("type", "A modal submit cannot be answered with a modal.")
            for key in ("custom_id", "title", "components"):
                if not data.get(key):
                    raise invalid_form(f"data.{key}", "This field is required")
            return None
        if response_type == AUTOCOMPLETE_RESULT:
            return None
        raise invalid_form("type", f"Unsupported interaction response type {response_type}.")

    # --- original response and followups (called from the webhook routes) -------------

    def original(self, interaction: FakeInteraction) -> FakeMessage:
        if interaction.original_message_id is None:
            raise unknown("Message", 10008)
        message = self.state.messages[interaction.original_message_id]
        if message.deleted:
            raise unknown("Message", 10008)
        return message

    def owned_message(self, interaction: FakeInteraction, message_id: str) -> FakeMessage:
        if message_id == "@original":
            return self.original(interaction)
        mid = int(message_id)
        if mid not in interaction.followup_ids and mid != interaction.original_message_id:
            raise unknown("Message", 10008)
        message = self.state.messages[mid]
        if message.deleted:
            raise unknown("Message", 10008)
        return message

    async def followup(self, interaction: FakeInteraction, request: web.Request) -> web.Response:
        if interaction.response is None:
            raise unknown("Webhook", 10015)
        body, files = body_of(request), files_of(request)
        check_message_body(body, has_files=bool(files))
        attachments = uploaded_attachments(self.core, interaction.channel_id, body, files)
        original = (
            self.state.messages.get(interaction.original_message_id)
            if interaction.original_message_id
            else None
        )
        if original is not None and original.loading and not original.deleted:
            # The first followup after a deferred reply replaces the "thinking…" message.
            message = await self.core.edit_message(original, body, attachments=attachments)
        else:
            ephemeral = bool(int(body.get("flags") or 0) & EPHEMERAL)
            message = await self.core.create_message(
                interaction.channel_id,
                self.state.bot.payload(),
                body,
                attachments=attachments,
                application_id=self.state.application_id,
                interaction_id=interaction.id,
                interaction_user_id=interaction.user_id,
                ephemeral_to=interaction.user_id if ephemeral else None,
            )
            interaction.followup_ids.append(message.id)
            self.core.signal.notify()
        if request.query.get("wait") in ("1", "true", "True"):
            return json_response(self.state.message_payload(message))
        return no_content()

    async def edit(
        self, interaction: FakeInteraction, message_id: str, request: web.Request
    ) -> web.Response:
        message = self.owned_message(interaction, message_id)
        body, files = body_of(request), files_of(request)
        check_message_body(body, has_files=bool(files), editing=True)
        attachments = uploaded_attachments(self.core, message.channel_id, body, files)
        await self.core.edit_message(message, body, attachments=attachments)
        return json_response(self.state.message_payload(message))

    async def get(self, interaction: FakeInteraction, message_id: str) -> web.Response:
        return json_response(
            self.state.message_payload(self.owned_message(interaction, message_id))
        )

    async def delete(self, interaction: FakeInteraction, message_id: str) -> web.Response:
        await self.core.delete_message(self.owned_message(interaction, message_id))
        return no_content()
