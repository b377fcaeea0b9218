"""What a user's click or slash command looks like to the bot: INTERACTION_CREATE payloads.

Slash commands are resolved against the command tree the bot registered, the
way the Discord client does it: the typed path ("campaign create") picks the
group/sub-command, option values are checked against the registered option
types, and users/roles/channels/attachments go into `resolved`.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from .core import HANG_GUARD_S, ChangeSignal, Core, FakeDiscordError
from .state import FakeAttachment, FakeInteraction, FakeMessage, InteractionResponse

APPLICATION_COMMAND, MESSAGE_COMPONENT, MODAL_SUBMIT = 2, 3, 5
SUB_COMMAND, SUB_COMMAND_GROUP = 1, 2
STRING, INTEGER, BOOLEAN, USER, CHANNEL, ROLE, MENTIONABLE, NUMBER, ATTACHMENT = range(3, 12)
ATTACHMENT_SIZE_LIMIT = 25 * 1024 * 1024


@dataclass
class Upload:
    """An attachment a user adds to a slash command option."""

    filename: str
    data: bytes
    content_type: str | None = None


class InteractionHandle:
    """A user's interaction and what the bot answered, for tests to await and inspect."""

    def __init__(self, interaction: FakeInteraction, core: Core, signal: ChangeSignal) -> None:
        self.interaction = interaction
        self._core = core
        self._signal = signal

    @property
    def id(self) -> int:
        return self.interaction.id

    @property
    def response(self) -> InteractionResponse | None:
        return self.interaction.response

    async def wait_response(self, timeout_s: float = HANG_GUARD_S) -> InteractionResponse:
        """The initial callback (reply, defer, modal, update)."""

        def answered() -> InteractionResponse | None:
            self._raise_if_answered_late()
            return self.interaction.response

        return await self._signal.wait_for(
            answered, timeout_s, f"a response to interaction {self.id}"
        )

    def _raise_if_answered_late(self) -> None:
        late_by = self.interaction.missed_deadline_by_s
        if late_by is not None:
            raise FakeDiscordError(
                f"the bot answered interaction {self.id} {late_by:.1f}s past Discord's "
                "deadline for a first response (10062 Unknown interaction)"
            )

    def original_message(self) -> FakeMessage | None:
        mid = self.interaction.original_message_id
        return self._core.state.messages.get(mid) if mid else None

    async def wait_original(self, timeout_s: float = HANG_GUARD_S) -> FakeMessage:
        """The original response message once it is no longer 'thinking…'."""

        def ready() -> FakeMessage | None:
            self._raise_if_answered_late()
            message = self.original_message()
            return message if message is not None and not message.loading else None

        return await self._signal.wait_for(ready, timeout_s, f"the original response of {self.id}")

    @property
    def followups(self) -> list[FakeMessage]:
        return [self._core.state.messages[m] for m in self.interaction.followup_ids]

    async def wait_followups(
        self, count: int = 1, timeout_s: float = HANG_GUARD_S
    ) -> list[FakeMessage]:
        def enough() -> list[FakeMessage] | None:
            self._raise_if_answered_late()
            messages = self.followups
            return messages if len(messages) >= count else None

        return await self._signal.wait_for(enough, timeout_s, f"{count} followup(s) to {self.id}")

    async def wait_modal(self, timeout_s: float = HANG_GUARD_S) -> dict[str, Any]:
        response = await self.wait_response(timeout_s)
        if not response.is_modal:
            raise FakeDiscordError(
                f"interaction {self.id} was answered with type {response.type}, not a modal"
            )
        return response.data


def find_command(core: Core, guild_id: int | None, name: str) -> dict[str, Any]:
    state = core.state
    if guild_id is not None:
        for command in state.guild_commands.get(guild_id, {}).values():
            if command["name"] == name and int(command.get("type", 1)) == 1:
                return command
    for command in state.global_commands.values():
        if command["name"] == name and int(command.get("type", 1)) == 1:
            return command
    known = sorted(
        {c["name"] for c in state.global_commands.values()}
        | {c["name"] for c in state.guild_commands.get(guild_id or 0, {}).values()}
    )
    raise FakeDiscordError(f"no registered slash command {name!r} (registered: {known})")


class SlashCommandBuilder:
    """Turns ("campaign create", {"title": "x"}) into interaction `data` with `resolved`."""

    def __init__(self, core: Core, guild_id: int | None, channel_id: int) -> None:
        self.core = core
        self.guild_id = guild_id
        self.channel_id = channel_id
        self.resolved: dict[str, dict[str, Any]] = {}

    def build(self, path: str, options: dict[str, Any]) -> dict[str, Any]:
        words = path.split()
        if not words:
            raise FakeDiscordError("empty slash command path")
        command = find_command(self.core, self.guild_id, words[0])
        data: dict[str, Any] = {"id": command["id"], "name": command["name"], "type": 1}
        if command.get("guild_id"):
            data["guild_id"] = command["guild_id"]
        container: dict[str, Any] = command
        target = data
        for word in words[1:]:
            sub = next(
                (
                    o
                    for o in container.get("options", [])
                    if o["name"] == word and o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP)
                ),
                None,
            )
            if sub is None:
                raise FakeDiscordError(
                    f"{path!r}: {word!r} is not a sub-command of {container['name']!r}"
                )
            entry: dict[str, Any] = {"name": word, "type": sub["type"], "options": []}
            target.setdefault("options", []).append(entry)
            container, target = sub, entry
        if any(o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP) for o in container.get("options", [])):
            raise FakeDiscordError(f"{path!r} is a group; name one of its sub-commands")
        target["options"] = self._values(container, options, path)
        if self.resolved:
            data["resolved"] = self.resolved
        return data

    def _values(
        self, container: dict[str, Any], given: dict[str, Any], path: str
    ) -> list[dict[str, Any]]:
        declared = {o["name"]: o for o in container.get("options", [])}
        unknown = set(given) - set(declared)
        if unknown:
            raise FakeDiscordError(
                f"{path!r} has no option(s) {sorted(unknown)}; it has {sorted(declared)}"
            )
        missing = [n for n, o in declared.items() if o.get("required") and n not in given]
        if missing:
            raise FakeDiscordError(f"{path!r} needs option(s) {missing}")
        return [self._value(declared[name], value, path) for name, value in given.items()]

    def _value(self, option: dict[str, Any], value: Any, path: str) -> dict[str, Any]:
        kind, name = int(option["type"]), option["name"]
        where = f"{path!r} option {name!r}"
        if kind == STRING:
            if not isinstance(value, str):
                raise FakeDiscordError(f"{where} needs a string")
            if option.get("max_length") is not None and len(value) > option["max_length"]:
                raise FakeDiscordError(f"{where} is longer than {option['max_length']}")
        elif kind in (INTEGER, NUMBER):
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or (kind == INTEGER and not isinstance(value, int))
            ):
                raise FakeDiscordError(f"{where} needs a number")
            if option.get("min_value") is not None and value < option["min_value"]:
                raise FakeDiscordError(f"{where} is below {option['min_value']}")
            if option.get("max_value") is not None and value > option["max_value"]:
                raise FakeDiscordError(f"{where} is above {option['max_value']}")
        elif kind == BOOLEAN:
            if not isinstance(value, bool):
                raise FakeDiscordError(f"{where} needs a bool")
        elif kind in (USER, MENTIONABLE) and int(value) in self.core.state.users:
            value = str(self._resolve_user(int(value)))
        elif kind in (ROLE, MENTIONABLE):
            value = str(self._resolve_role(int(value), where))
        elif kind == CHANNEL:
            value = str(self._resolve_channel(int(value), where))
        elif kind == ATTACHMENT:
            value = str(self._resolve_attachment(value, where))
        else:
            raise FakeDiscordError(
                f"{where}: unsupported option type {kind} or unknown id {value!r}"
            )
        choices = option.get("choices")
        if (
            choices
            and kind in (STRING, INTEGER, NUMBER)
            and value not in [c["value"] for c in choices]
        ):
            raise FakeDiscordError(f"{where}: {value!r} is not one of the choices")
        return {"name": name, "type": kind, "value": value}

    def _resolve_user(self, user_id: int) -> int:
        state = self.core.state
        self.resolved.setdefault("users", {})[str(user_id)] = state.users[user_id].payload()
        guild = state.guilds.get(self.guild_id) if self.guild_id else None
        if guild is not None and user_id in guild.members:
            member = state.member_payload(guild.id, user_id, with_user=False)
            member["permissions"] = str(state.channel_permissions(self.channel_id, user_id))
            self.resolved.setdefault("members", {})[str(user_id)] = member
        return user_id

    def _resolve_role(self, role_id: int, where: str) -> int:
        guild = self.core.state.guilds.get(self.guild_id) if self.guild_id else None
        if guild is None or role_id not in guild.roles:
            raise FakeDiscordError(f"{where}: unknown role or user {role_id}")
        self.resolved.setdefault("roles", {})[str(role_id)] = guild.roles[role_id].payload()
        return role_id

    def _resolve_channel(self, channel_id: int, where: str) -> int:
        channel = self.core.state.channels.get(channel_id)
        if channel is None:
            raise FakeDiscordError(f"{where}: unknown channel {channel_id}")
        payload = self.core.state.channel_payload(channel)
        payload["permissions"] = str(ALL_CHANNEL_PERMISSIONS)
        self.resolved.setdefault("channels", {})[str(channel_id)] = payload
        return channel_id

    def _resolve_attachment(self, value: Any, where: str) -> int:
        if isinstance(value, tuple):
            value = Upload(*value)
        if not isinstance(value, Upload):
            raise FakeDiscordError(f"{where} needs an Upload(filename, data) or (filename, data)")
        stored: FakeAttachment = self.core.store_attachment(
            self.channel_id, value.filename, value.data, value.content_type
        )
        self.resolved.setdefault("attachments", {})[str(stored.id)] = stored.payload() | {
            "ephemeral": True
        }
        return stored.id


ALL_CHANNEL_PERMISSIONS = (1 << 51) - 1


def new_interaction(
    core: Core,
    *,
    kind: int,
    guild_id: int | None,
    channel_id: int,
    user_id: int,
    data: dict[str, Any],
    message: FakeMessage | None = None,
) -> FakeInteraction:
    """Store an interaction and build the INTERACTION_CREATE payload discord.py requires."""
    state = core.state
    if user_id not in state.users:
        raise FakeDiscordError(f"unknown user {user_id}")
    channel = core.channel(channel_id)
    interaction_id = state.ids.next()
    token = "aW50ZXJhY3Rpb24" + secrets.token_urlsafe(48)
    payload: dict[str, Any] = {
        "id": str(interaction_id),
        "application_id": str(state.application_id),
        "type": kind,
        "data": data,
        "token": token,
        "version": 1,
        "locale": "en-US",
        "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
        "app_permissions": str(state.channel_permissions(channel_id, state.bot.id)),
        "entitlements": [],
        "authorizing_integration_owners": {"0": str(guild_id)} if guild_id else {"1": str(user_id)},
        "context": 0 if guild_id else 1,
        "channel": state.channel_payload(channel),
        "channel_id": str(channel_id),
    }
    if guild_id is not None:
        guild = state.guilds.get(guild_id)
        if guild is None or user_id not in guild.members:
            raise FakeDiscordError(f"user {user_id} is not a member of guild {guild_id}")
        member = state.member_payload(guild_id, user_id)
        member["permissions"] = str(state.channel_permissions(channel_id, user_id))
        payload.update(guild_id=str(guild_id), member=member, guild_locale="en-US")
        payload["guild"] = {"id": str(guild_id), "locale": "en-US", "features": []}
    else:
        payload["user"] = state.users[user_id].payload()
    if message is not None:
        payload["message"] = state.message_payload(message)
    interaction = FakeInteraction(
        id=interaction_id,
        token=token,
        type=kind,
        guild_id=guild_id,
        channel_id=channel_id,
        user_id=user_id,
        payload=payload,
        created_at=core.clock.now(),
        message_id=message.id if message else None,
    )
    state.interactions[interaction_id] = interaction
    return interaction


def modal_submission(modal: dict[str, Any], values: dict[str, str]) -> list[dict[str, Any]]:
    """Mirror the modal's layout (action rows or labels) with the user's values."""
    used: set[str] = set()

    def fill(component: dict[str, Any]) -> dict[str, Any] | None:
        kind = component.get("type")
        if kind == 1:
            children = [c for c in (fill(x) for x in component.get("components", [])) if c]
            return {"type": 1, "components": children}
        if kind == 18:
            inner = fill(component["component"])
            return {"type": 18, "component": inner} if inner else None
        if kind == 4:
            custom_id = component["custom_id"]
            value = values.get(custom_id, component.get("value") or "")
            if component.get("required", True) and not value:
                raise FakeDiscordError(f"modal field {custom_id!r} is required")
            if component.get("max_length") is not None and len(value) > component["max_length"]:
                raise FakeDiscordError(
                    f"modal field {custom_id!r} is longer than {component['max_length']}"
                )
            used.add(custom_id)
            return {"type": 4, "custom_id": custom_id, "value": value}
        return None

    filled = [c for c in (fill(x) for x in modal.get("components", [])) if c]
    unknown = set(values) - used
    if unknown:
        raise FakeDiscordError(
            f"modal {modal.get('custom_id')!r} has no field(s) {sorted(unknown)}"
        )
    return filled
