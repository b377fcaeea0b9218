"""Which backend narrates where: the operator's, a server's choice, a campaign's list.

A request for a campaign goes to the campaign's list of backends (failover order),
else its server's, else the operator's default. Names are the operator's backends
(`default` being the one the environment configures) and the server's own
endpoints. Built once in `wiring.py`; its router is the backend every service holds.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

from bot.config import Settings
from bot.keybox import KeyBox
from bot.llm.base import LLMBackend, RequestScope
from bot.llm.catalog import DEFAULT_NAME, MAX_FAILOVER, BackendCatalog, BackendSpec, build_named
from bot.llm.router import BackendRouter, Route
from bot.llm.ssrf import Resolver, system_resolver
from bot.models import Campaign
from bot.services.campaigns import ServiceError
from bot.services.endpoints import ServerEndpoints
from bot.store import Store
from bot.store.backends import SERVER_WIDE, ServerEndpoint

log = logging.getLogger(__name__)


class BackendService:
    def __init__(
        self, store: Store, default: LLMBackend, catalog: BackendCatalog, settings: Settings,
        *, clock: Callable[[], float], keybox: KeyBox | None = None,
        resolver: Resolver = system_resolver,
        meter: Callable[[LLMBackend, str], LLMBackend] | None = None,
    ) -> None:
        """`meter` wraps each backend the router builds (usage is counted per backend)."""
        self.store = store
        self.catalog = catalog
        self.settings = settings
        windows = [default.context_window, *(b.context_window for b in catalog.backends)]
        self.router = BackendRouter(default, self.routes_for, context_window=min(windows),
                                    meter=meter)
        # With nothing to choose from, requests go straight to the default backend.
        self.routing = bool(catalog.backends) or catalog.admin_endpoints.allowed
        self.endpoints = ServerEndpoints(
            store, catalog, settings, keybox or KeyBox(settings.secret_key), clock=clock,
            context_window=self.router.context_window, resolver=resolver)

    # -- routing (called by the router for every request) -----------------------------

    async def routes_for(self, scope: RequestScope) -> list[Route]:
        guild_id, names = await self._chosen(scope)
        routes = [route for name in names if (route := await self._route(guild_id, name))]
        return routes or [self._default_route()]

    async def _chosen(self, scope: RequestScope) -> tuple[int, list[str]]:
        """(the server, the names chosen for the request): campaign, server, operator."""
        guild_id = int(scope.guild) if scope.guild.isdigit() else SERVER_WIDE
        if scope.campaign_id is not None:
            try:
                campaign = await self.store.campaigns.get(scope.campaign_id)
            except KeyError:
                campaign = None
            if campaign is not None:
                guild_id = campaign.guild_id or SERVER_WIDE
                names = await self.store.backends.choice(guild_id, campaign.id)
                if names:
                    return guild_id, names
        if guild_id != SERVER_WIDE:
            names = await self.store.backends.choice(guild_id)
            if names:
                return guild_id, names
        return guild_id, list(self.catalog.default)

    async def _route(self, guild_id: int, name: str) -> Route | None:
        if name == DEFAULT_NAME:
            return self._default_route()
        spec = self.catalog.named(name)
        if spec is not None:
            return _named_route(spec, self.settings)
        endpoint = await self.store.backends.endpoint(guild_id, name)
        if endpoint is None:
            log.warning("backend %s is chosen but gone: guild=%d", name, guild_id)
            return None
        return Route(f"server:{guild_id}:{name}", name,
                     functools.partial(self.endpoints.build, endpoint), version=endpoint.version)

    def _default_route(self) -> Route:
        default = self.router.default

        async def build() -> LLMBackend:
            return default

        return Route(DEFAULT_NAME, DEFAULT_NAME, build)

    # -- admins' choices -------------------------------------------------------------

    async def choose(self, guild_id: int, campaign: Campaign | None, listed: str) -> list[str]:
        """Set the server's (campaign None) or a campaign's backends from a comma-separated
        list, in failover order; an empty list clears the choice. Returns the names."""
        names = [n.strip().lower() for n in listed.replace(";", ",").split(",") if n.strip()]
        if len(names) > MAX_FAILOVER:
            raise ServiceError(f"List at most {MAX_FAILOVER} backends.")
        if len(set(names)) != len(names):
            raise ServiceError("A backend is listed twice.")
        known = set(await self.names_on(guild_id))
        unknown = [n for n in names if n not in known]
        if unknown:
            raise ServiceError(f"No backend is called {', '.join(unknown)}; "
                               f"`/backend list` shows them.")
        campaign_id = campaign.id if campaign is not None else SERVER_WIDE
        await self.store.backends.choose(guild_id, campaign_id, names)
        return names

    async def names_on(self, guild_id: int) -> list[str]:
        """Every backend a server may choose: the operator's, then its own endpoints."""
        own = [e.name for e in await self.store.backends.endpoints(guild_id)] \
            if self.catalog.admin_endpoints.allowed else []
        return [*self.catalog.names, *own]

    async def add_endpoint(self, guild_id: int, *, name: str, url: str, model: str, key: str,
                           added_by: str) -> ServerEndpoint:
        endpoint = await self.endpoints.add(guild_id, name=name, url=url, model=model, key=key,
                                            added_by=added_by)
        await self.router.forget(f"server:{guild_id}:{endpoint.name}")  # a replaced one
        return endpoint

    async def remove_endpoint(self, guild_id: int, name: str) -> None:
        name = name.strip().lower()
        if not await self.store.backends.remove_endpoint(guild_id, name):
            raise ServiceError(f"This server has no endpoint called `{name}`.")
        await self.router.forget(f"server:{guild_id}:{name}")
        log.info("endpoint removed with its key: guild=%d name=%s", guild_id, name)

    # -- what admins see ---------------------------------------------------------------

    async def overview(self, guild_id: int) -> list[str]:
        """Lines for `/backend list`: each backend, its health, and who uses what. Keys
        are never shown, only whether one is stored."""
        now = self.router.clock()
        health = self.router.health
        lines = ["**Backends**"]
        lines.append(f"• `default` — the bot's own; {health.of(DEFAULT_NAME).summary(now)}")
        for spec in self.catalog.backends:
            where = spec.base_url or f"local model {spec.model or 'default'}"
            cost = f", {spec.cost_per_1k_input:g}/{spec.cost_per_1k_output:g} per 1k tokens" \
                if spec.cost_per_1k_input or spec.cost_per_1k_output else ""
            lines.append(f"• `{spec.name}` — {spec.kind}, {where}{cost}; "
                         f"{health.of(f'named:{spec.name}').summary(now)}")
        if self.catalog.admin_endpoints.allowed:
            for e in await self.store.backends.endpoints(guild_id):
                keyed = "key stored" if e.sealed_key else "no key"
                lines.append(f"• `{e.name}` — this server's, {e.base_url} (model "
                             f"{e.model or 'as served'}, {keyed}); "
                             f"{health.of(f'server:{guild_id}:{e.name}').summary(now)}")
        choices = await self.store.backends.choices_in(guild_id)
        server = choices.pop(SERVER_WIDE, None)
        lines.append("**In use**")
        lines.append(f"• this server: {_listed(server)}" if server else
                     f"• this server: the bot's default ({_listed(self.catalog.default)})")
        for campaign_id, names in sorted(choices.items()):
            try:
                title = (await self.store.campaigns.get(campaign_id)).title
            except KeyError:
                continue
            lines.append(f"• campaign **{title}**: {_listed(names)}")
        return lines


def _listed(names: list[str]) -> str:
    return " → ".join(f"`{n}`" for n in names)


def _named_route(spec: BackendSpec, settings: Settings) -> Route:
    return Route(f"named:{spec.name}", spec.name, functools.partial(build_named, spec, settings),
                 sampling=spec.sampling, cost_per_1k_input=spec.cost_per_1k_input,
                 cost_per_1k_output=spec.cost_per_1k_output)
