"""REST routes for the bot's identity, application commands, guilds, roles, members, gateway."""

from __future__ import annotations

import re
from typing import Any

from aiohttp import web

from .core import Core
from .httpkit import BODY_KEY, invalid_form, json_response, no_content, unknown
from .routes_channels import MISSING_PERMISSIONS, body_of, id_param
from .state import MANAGE_ROLES, FakeGuild, FakeRole

COMMAND_NAME = re.compile(r"^[-_\w]{1,32}$")
CHAT_INPUT = 1


def check_command(command: dict[str, Any], where: str) -> None:
    """The registration rules Discord enforces on a bulk overwrite."""
    name = command.get("name")
    kind = int(command.get("type", CHAT_INPUT))
    if not isinstance(name, str) or (
        kind == CHAT_INPUT and (not COMMAND_NAME.match(name) or name != name.lower())
    ):
        raise invalid_form(f"{where}.name", f"Invalid command name {name!r}.")
    if kind == CHAT_INPUT:
        description = command.get("description")
        if not isinstance(description, str) or not 1 <= len(description) <= 100:
            raise invalid_form(f"{where}.description", "Must be between 1 and 100 in length.")
    options = command.get("options") or []
    if len(options) > 25:
        raise invalid_form(f"{where}.options", "Must be 25 or fewer in length.")
    seen_optional = False
    for index, option in enumerate(options):
        check_command(option | {"type": CHAT_INPUT}, f"{where}.options.{index}")
        if option.get("required"):
            if seen_optional:
                raise invalid_form(
                    f"{where}.options.{index}",
                    "Required options must be placed before non-required options",
                )
        else:
            seen_optional = True


class GuildRoutes:
    def __init__(self, core: Core, gateway_url: Any) -> None:
        self.core = core
        self.state = core.state
        self._gateway_url = gateway_url

    def register(self, router: web.UrlDispatcher, prefix: str) -> None:
        router.add_get(prefix + "/users/@me", self.me)
        router.add_get(prefix + "/users/{uid:\\d+}", self.user)
        router.add_get(prefix + "/applications/@me", self.application)
        router.add_get(prefix + "/oauth2/applications/@me", self.application)
        router.add_get(prefix + "/gateway", self.gateway)
        router.add_get(prefix + "/gateway/bot", self.gateway_bot)
        apps = prefix + "/applications/{aid:\\d+}"
        for base in (apps + "/commands", apps + "/guilds/{gid:\\d+}/commands"):
            router.add_put(base, self.overwrite_commands)
            router.add_get(base, self.list_commands)
            router.add_post(base, self.upsert_command)
            router.add_get(base + "/{cmd:\\d+}", self.get_command)
            router.add_patch(base + "/{cmd:\\d+}", self.edit_command)
            router.add_delete(base + "/{cmd:\\d+}", self.delete_command)
        g = prefix + "/guilds/{gid:\\d+}"
        router.add_get(g, self.guild)
        router.add_get(g + "/roles", self.roles)
        router.add_post(g + "/roles", self.create_role)
        router.add_patch(g + "/roles/{rid:\\d+}", self.edit_role)
        router.add_delete(g + "/roles/{rid:\\d+}", self.delete_role)
        router.add_get(g + "/members", self.members)
        router.add_get(g + "/members/{uid:\\d+}", self.member)
        router.add_put(g + "/members/{uid:\\d+}/roles/{rid:\\d+}", self.add_member_role)
        router.add_delete(g + "/members/{uid:\\d+}/roles/{rid:\\d+}", self.remove_member_role)

    # --- identity --------------------------------------------------------------------

    async def me(self, request: web.Request) -> web.Response:
        return json_response(
            self.state.bot.payload() | {"verified": True, "mfa_enabled": False, "flags": 0}
        )

    async def user(self, request: web.Request) -> web.Response:
        user = self.state.users.get(id_param(request, "uid"))
        if user is None:
            raise unknown("User", 10013)
        return json_response(user.payload())

    async def application(self, request: web.Request) -> web.Response:
        owner = next((u for u in self.state.users.values() if not u.bot), self.state.bot)
        return json_response(
            {
                "id": str(self.state.application_id),
                "name": self.state.bot.username,
                "icon": None,
                "description": "",
                "bot_public": True,
                "bot_require_code_grant": False,
                "verify_key": "0" * 64,
                "owner": owner.payload(),
                "team": None,
                "flags": 0,
                "summary": "",
                "rpc_origins": [],
                "interactions_endpoint_url": None,
                "bot": self.state.bot.payload(),
            }
        )

    async def gateway(self, request: web.Request) -> web.Response:
        return json_response({"url": self._gateway_url()})

    async def gateway_bot(self, request: web.Request) -> web.Response:
        return json_response(
            {
                "url": self._gateway_url(),
                "shards": 1,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 1000,
                    "reset_after": 0,
                    "max_concurrency": 1,
                },
            }
        )

    # --- application commands --------------------------------------------------------

    def _table(self, request: web.Request) -> tuple[dict[int, dict[str, Any]], int | None]:
        if id_param(request, "aid") != self.state.application_id:
            raise unknown("Application", 10002)
        if "gid" not in request.match_info:
            return self.state.global_commands, None
        guild_id = id_param(request, "gid")
        if guild_id not in self.state.guilds:
            raise unknown("Guild", 10004)
        return self.state.guild_commands.setdefault(guild_id, {}), guild_id

    def _stored(
        self, command: dict[str, Any], guild_id: int | None, existing: dict[str, Any] | None
    ) -> dict[str, Any]:
        stored = {
            "type": CHAT_INPUT,
            "description": "",
            "options": [],
            "default_member_permissions": None,
            "dm_permission": True,
            "nsfw": False,
        } | command
        stored["id"] = existing["id"] if existing else str(self.state.ids.next())
        stored["application_id"] = str(self.state.application_id)
        stored["version"] = str(self.state.ids.next())
        if guild_id is not None:
            stored["guild_id"] = str(guild_id)
        return stored

    async def overwrite_commands(self, request: web.Request) -> web.Response:
        table, guild_id = self._table(request)
        body = request.get(BODY_KEY)
        if not isinstance(body, list):
            raise invalid_form("_root", "Expected a list of commands.")
        for index, command in enumerate(body):
            check_command(command, str(index))
        by_name = {(c["name"], int(c.get("type", 1))): c for c in table.values()}
        fresh = [
            self._stored(c, guild_id, by_name.get((c["name"], int(c.get("type", 1))))) for c in body
        ]
        table.clear()
        table.update({int(c["id"]): c for c in fresh})
        self.core.signal.notify()
        return json_response(fresh)

    async def list_commands(self, request: web.Request) -> web.Response:
        table, _ = self._table(request)
        return json_response(list(table.values()))

    async def upsert_command(self, request: web.Request) -> web.Response:
        table, guild_id = self._table(request)
        command = body_of(request)
        check_command(command, "_root")
        existing = next((c for c in table.values() if c["name"] == command["name"]), None)
        stored = self._stored(command, guild_id, existing)
        table[int(stored["id"])] = stored
        self.core.signal.notify()
        return json_response(stored, 200 if existing else 201)

    def _command(self, request: web.Request) -> tuple[dict[int, dict[str, Any]], dict[str, Any]]:
        table, _ = self._table(request)
        command = table.get(id_param(request, "cmd"))
        if command is None:
            raise unknown("application command", 10063)
        return table, command

    async def get_command(self, request: web.Request) -> web.Response:
        return json_response(self._command(request)[1])

    async def edit_command(self, request: web.Request) -> web.Response:
        _, command = self._command(request)
        command.update(
            {k: v for k, v in body_of(request).items() if k not in ("id", "application_id")}
        )
        self.core.signal.notify()
        return json_response(command)

    async def delete_command(self, request: web.Request) -> web.Response:
        table, command = self._command(request)
        del table[int(command["id"])]
        self.core.signal.notify()
        return no_content()

    # --- guilds, roles, members ------------------------------------------------------

    def _guild(self, request: web.Request) -> FakeGuild:
        guild = self.state.guilds.get(id_param(request, "gid"))
        if guild is None or self.state.bot.id not in guild.members:
            raise unknown("Guild", 10004)
        return guild

    async def guild(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        data = self.state.guild_info_payload(guild.id)
        data.update(approximate_member_count=len(guild.members), approximate_presence_count=0)
        return json_response(data)

    async def roles(self, request: web.Request) -> web.Response:
        return json_response([r.payload() for r in self._guild(request).roles.values()])

    def _require_manage_roles(self, guild: FakeGuild) -> None:
        if not self.state.base_permissions(guild.id, self.state.bot.id) & MANAGE_ROLES:
            raise MISSING_PERMISSIONS

    async def create_role(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        self._require_manage_roles(guild)
        body = body_of(request)
        role = FakeRole(
            id=self.state.ids.next(),
            guild_id=guild.id,
            name=str(body.get("name") or "new role"),
            permissions=int(body.get("permissions") or 0),
            position=1,
            color=int(body.get("color") or 0),
            hoist=bool(body.get("hoist", False)),
            mentionable=bool(body.get("mentionable", False)),
        )
        guild.roles[role.id] = role
        await self.core.gateway.dispatch(
            "GUILD_ROLE_CREATE", {"guild_id": str(guild.id), "role": role.payload()}
        )
        self.core.signal.notify()
        return json_response(role.payload())

    async def edit_role(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        self._require_manage_roles(guild)
        role = guild.roles.get(id_param(request, "rid"))
        if role is None:
            raise unknown("Role", 10011)
        body = body_of(request)
        for key in ("name", "hoist", "mentionable", "color"):
            if key in body:
                setattr(role, key, body[key])
        if "permissions" in body:
            role.permissions = int(body["permissions"])
        await self.core.gateway.dispatch(
            "GUILD_ROLE_UPDATE", {"guild_id": str(guild.id), "role": role.payload()}
        )
        self.core.signal.notify()
        return json_response(role.payload())

    async def delete_role(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        self._require_manage_roles(guild)
        role_id = id_param(request, "rid")
        if role_id not in guild.roles or role_id == guild.id:
            raise unknown("Role", 10011)
        del guild.roles[role_id]
        for member in guild.members.values():
            if role_id in member.role_ids:
                member.role_ids.remove(role_id)
        await self.core.gateway.dispatch(
            "GUILD_ROLE_DELETE", {"guild_id": str(guild.id), "role_id": str(role_id)}
        )
        self.core.signal.notify()
        return no_content()

    async def members(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        limit = int(request.query.get("limit", "1"))
        after = int(request.query.get("after", "0"))
        ids = sorted(uid for uid in guild.members if uid > after)[:limit]
        return json_response([self.state.member_payload(guild.id, uid) for uid in ids])

    async def member(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        user_id = id_param(request, "uid")
        if user_id not in guild.members:
            raise unknown("Member", 10007)
        return json_response(self.state.member_payload(guild.id, user_id))

    async def _change_member_role(self, request: web.Request, add: bool) -> web.Response:
        guild = self._guild(request)
        self._require_manage_roles(guild)
        member = guild.members.get(id_param(request, "uid"))
        if member is None:
            raise unknown("Member", 10007)
        role_id = id_param(request, "rid")
        if role_id not in guild.roles:
            raise unknown("Role", 10011)
        if add and role_id not in member.role_ids:
            member.role_ids.append(role_id)
        if not add and role_id in member.role_ids:
            member.role_ids.remove(role_id)
        payload = self.state.member_payload(guild.id, member.user_id) | {"guild_id": str(guild.id)}
        await self.core.gateway.dispatch("GUILD_MEMBER_UPDATE", payload)
        self.core.signal.notify()
        return no_content()

    async def add_member_role(self, request: web.Request) -> web.Response:
        return await self._change_member_role(request, add=True)

    async def remove_member_role(self, request: web.Request) -> web.Response:
        return await self._change_member_role(request, add=False)
