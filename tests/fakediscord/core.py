"""State changes that the REST side and the scripting side share.

Every change that a Discord client would hear about goes through here, so
the stored world and the gateway events never disagree.
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Callable
from typing import Any, TypeVar

from .gateway import Gateway
from .stall_clock import StallClock
from .state import (
    FakeAttachment,
    FakeChannel,
    FakeMessage,
    WorldState,
    iso_now,
)

T = TypeVar("T")

# How long a test waits on the fake before calling it a hang. Only a hang guard: a
# stalled or busy machine must make a test slower, never red.
HANG_GUARD_S = 30.0


class FakeDiscordError(Exception):
    """A test asked the fake for something that Discord would not allow or know."""


class ChangeSignal:
    """Lets waiters sleep until the world changes (any REST call or gateway event)."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait_for(self, predicate: Callable[[], T | None], timeout_s: float, what: str) -> T:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while True:
            result = predicate()
            if result:
                return result
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(
                    f"fakediscord: timed out after {timeout_s:.1f}s waiting for {what}"
                )
            event = self._event
            try:
                await asyncio.wait_for(event.wait(), min(remaining, 0.25))
            except TimeoutError:
                pass


class Core:
    def __init__(self, state: WorldState, gateway: Gateway, signal: ChangeSignal) -> None:
        self.state = state
        self.gateway = gateway
        self.signal = signal
        self.cdn_base = ""  # set by the server once it knows its port
        # Times Discord's rules by (interaction deadlines); a stalled machine is no slow bot.
        self.clock = StallClock()

    # --- messages ----------------------------------------------------------------

    def channel(self, channel_id: int) -> FakeChannel:
        channel = self.state.channels.get(channel_id)
        if channel is None or channel.deleted:
            raise FakeDiscordError(f"unknown channel {channel_id}")
        return channel

    def store_attachment(
        self,
        channel_id: int,
        filename: str,
        data: bytes,
        content_type: str | None,
        description: str | None = None,
    ) -> FakeAttachment:
        attachment_id = self.state.ids.next()
        url = f"{self.cdn_base}/attachments/{channel_id}/{attachment_id}/{filename}"
        attachment = FakeAttachment(attachment_id, filename, data, content_type, url, description)
        self.state.attachments[attachment_id] = attachment
        return attachment

    async def create_message(
        self,
        channel_id: int,
        author: dict[str, Any],
        body: dict[str, Any],
        *,
        attachments: list[FakeAttachment] | None = None,
        webhook_id: int | None = None,
        application_id: int | None = None,
        interaction_id: int | None = None,
        interaction_user_id: int | None = None,
        ephemeral_to: int | None = None,
        dispatch: bool = True,
    ) -> FakeMessage:
        channel = self.channel(channel_id)
        message = FakeMessage(
            id=self.state.ids.next(),
            channel_id=channel_id,
            guild_id=channel.guild_id,
            author=author,
            content=str(body.get("content") or ""),
            embeds=list(body.get("embeds") or []),
            components=list(body.get("components") or []),
            attachments=list(attachments or []),
            flags=int(body.get("flags") or 0),
            webhook_id=webhook_id,
            application_id=application_id,
            interaction_id=interaction_id,
            interaction_user_id=interaction_user_id,
            ephemeral_to=ephemeral_to,
            allowed_mentions=copy.deepcopy(body.get("allowed_mentions")),
            message_reference=_reference(body.get("message_reference"), channel),
            tts=bool(body.get("tts", False)),
        )
        message.record_revision()
        self.state.messages[message.id] = message
        # Ephemeral messages exist only for the user who caused them, never on the gateway.
        if dispatch and ephemeral_to is None:
            await self.gateway.dispatch(
                "MESSAGE_CREATE", self.state.message_payload(message), channel_id=channel_id
            )
        self.signal.notify()
        return message

    async def edit_message(
        self,
        message: FakeMessage,
        body: dict[str, Any],
        *,
        attachments: list[FakeAttachment] | None = None,
    ) -> FakeMessage:
        if "content" in body:
            message.content = str(body["content"] or "")
        if "embeds" in body:
            message.embeds = list(body["embeds"] or [])
        if "components" in body:
            message.components = list(body["components"] or [])
        if "flags" in body and body["flags"] is not None:
            # Only SUPPRESS_EMBEDS can be toggled on edit; LOADING clears once edited.
            message.flags = (message.flags & ~(1 << 2)) | (int(body["flags"]) & (1 << 2))
        message.flags &= ~(1 << 7)
        if "attachments" in body or attachments:
            kept = {int(a["id"]) for a in body.get("attachments") or [] if "id" in a}
            message.attachments = [a for a in message.attachments if a.id in kept]
            message.attachments.extend(attachments or [])
        if "allowed_mentions" in body:
            message.allowed_mentions = copy.deepcopy(body["allowed_mentions"])
        message.edited_timestamp = iso_now()
        message.record_revision()
        if message.ephemeral_to is None:
            await self.gateway.dispatch(
                "MESSAGE_UPDATE", self.state.message_payload(message), channel_id=message.channel_id
            )
        self.signal.notify()
        return message

    async def delete_message(self, message: FakeMessage) -> None:
        message.deleted = True
        if message.ephemeral_to is None:
            data: dict[str, Any] = {"id": str(message.id), "channel_id": str(message.channel_id)}
            if message.guild_id is not None:
                data["guild_id"] = str(message.guild_id)
            await self.gateway.dispatch("MESSAGE_DELETE", data, channel_id=message.channel_id)
        self.signal.notify()

    async def react(self, message: FakeMessage, user_id: int, emoji: str, *, add: bool) -> None:
        """A user adds or removes a (unicode) reaction: MESSAGE_REACTION_ADD / _REMOVE."""
        users = message.reactions.setdefault(emoji, set())
        if (user_id in users) == add:
            return  # Discord sends nothing for a reaction already there (or already gone)
        (users.add if add else users.discard)(user_id)
        data: dict[str, Any] = {
            "user_id": str(user_id), "channel_id": str(message.channel_id),
            "message_id": str(message.id), "emoji": {"id": None, "name": emoji},
            "burst": False, "type": 0,
        }
        if message.guild_id is not None:
            data["guild_id"] = str(message.guild_id)
            guild = self.state.guilds.get(message.guild_id)
            if add and guild is not None and user_id in guild.members:
                data["member"] = self.state.member_payload(message.guild_id, user_id)
        if add:
            data["message_author_id"] = str(message.author_id)
        event = "MESSAGE_REACTION_ADD" if add else "MESSAGE_REACTION_REMOVE"
        await self.gateway.dispatch(event, data, channel_id=message.channel_id)
        self.signal.notify()

    def live_message(self, channel_id: int | None, message_id: int) -> FakeMessage:
        message = self.state.messages.get(message_id)
        if message is None or message.deleted:
            raise FakeDiscordError(f"unknown message {message_id}")
        if channel_id is not None and message.channel_id != channel_id:
            raise FakeDiscordError(f"message {message_id} is not in channel {channel_id}")
        return message

    # --- channels ----------------------------------------------------------------

    async def announce_channel(self, event: str, channel: FakeChannel) -> None:
        await self.gateway.dispatch(event, self.state.channel_payload(channel))
        self.signal.notify()


def _reference(reference: Any, channel: FakeChannel) -> dict[str, Any] | None:
    if not isinstance(reference, dict) or "message_id" not in reference:
        return None
    data = {"message_id": str(reference["message_id"]), "channel_id": str(channel.id)}
    if channel.guild_id is not None:
        data["guild_id"] = str(channel.guild_id)
    return data
