"""Servers' own endpoints: added by an admin with a key, checked, sealed, removable.

An endpoint is saved only after its URL passed the SSRF rules and the server
answered a model listing through the guarded client (so a redirect, a private
address or a wrong key is refused at once, with the reason). The key is sealed
before it is stored and is never shown, logged or exported; removing the endpoint
deletes it.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Sequence

from bot.config import Settings
from bot.keybox import NO_SECRET_KEY, KeyBox, KeyBoxError
from bot.llm.base import ChatMessage, LengthLimited, LLMBackend, LLMError, SamplingSettings
from bot.llm.catalog import AdminEndpoints, BackendCatalog, valid_name
from bot.llm.guarded_http import guarded_client
from bot.llm.openai_compat import OpenAICompatBackend
from bot.llm.ssrf import Resolver, UnsafeEndpoint, check_resolved, check_url, system_resolver
from bot.redaction import MIN_SECRET_LENGTH
from bot.services.campaigns import ServiceError
from bot.store import Store
from bot.store.backends import ServerEndpoint

log = logging.getLogger(__name__)

MAX_KEY_LENGTH = 400
MAX_MODEL_LENGTH = 200


class ServerEndpoints:
    def __init__(
        self, store: Store, catalog: BackendCatalog, settings: Settings, keybox: KeyBox,
        *, clock: Callable[[], float], context_window: int,
        resolver: Resolver = system_resolver,
    ) -> None:
        self.store = store
        self.catalog = catalog
        self.settings = settings
        self.keybox = keybox
        self.clock = clock
        self.context_window = context_window  # what every prompt is sized to
        self.resolver = resolver

    @property
    def policy(self) -> AdminEndpoints:
        return self.catalog.admin_endpoints

    def require_allowed(self) -> None:
        if not self.policy.allowed:
            raise ServiceError("This bot's operator does not let servers add their own "
                               "endpoints; pick one of the operator's backends.")

    async def add(
        self, guild_id: int, *, name: str, url: str, model: str, key: str, added_by: str
    ) -> ServerEndpoint:
        """Check, probe, seal and save; ServiceError with one line when refused."""
        self.require_allowed()
        try:
            name = valid_name(name)
        except ValueError as exc:
            raise ServiceError(f"{str(exc)[:1].upper()}{str(exc)[1:]}.") from None
        if name in self.catalog.names:
            raise ServiceError(f"`{name}` is one of the operator's backends; pick another name.")
        existing = await self.store.backends.endpoints(guild_id)
        if name not in {e.name for e in existing} and len(existing) >= self.policy.per_server:
            raise ServiceError(f"This server already has {len(existing)} endpoints (the most "
                               "this bot allows); remove one first.")
        key, model = key.strip(), model.strip()
        if len(key) > MAX_KEY_LENGTH or len(model) > MAX_MODEL_LENGTH:
            raise ServiceError("The key or the model name is too long.")
        if key and not self.keybox.ready:
            raise ServiceError(f"Not saved: {NO_SECRET_KEY}.")
        checked = await self._checked(url)
        probe = self.backend_for(checked, model, key)
        try:
            await probe.check()  # through the guarded client: the same checks as later
        except LLMError as exc:
            raise ServiceError(f"Not saved: {scrubbed(str(exc), key)}.") from None
        finally:
            await probe.aclose()
        sealed = self.keybox.seal(key) if key else None
        endpoint = ServerEndpoint(
            guild_id=guild_id, name=name, base_url=checked, model=model or probe.model,
            sealed_key=sealed, added_by=added_by, added_at=self.clock())
        await self.store.backends.save_endpoint(endpoint)
        log.info("endpoint added: guild=%d name=%s keyed=%s", guild_id, name, sealed is not None)
        return endpoint

    async def _checked(self, url: str) -> str:
        """The URL, normalised, if the rules allow it and it resolves to public addresses."""
        rules = self.policy.rules()
        try:
            checked = check_url(url, rules)
            if not checked.trusted:
                await check_resolved(checked.host, checked.port, self.resolver)
        except UnsafeEndpoint as exc:
            raise ServiceError(f"Refused: {exc}.") from None
        return checked.url

    def backend_for(self, url: str, model: str, key: str) -> OpenAICompatBackend:
        """A client for an admin's endpoint: guarded at every connection, no redirects."""
        return OpenAICompatBackend(
            base_url=url, api_key=key or "not-needed", model=model or None,
            context_window=self.context_window, timeout=self.settings.request_timeout,
            first_byte_timeout=self.settings.first_byte_timeout,
            max_retries=min(self.settings.max_retries, 2),
            http_options=guarded_client(self.policy.rules(), self.resolver),
        )

    async def build(self, endpoint: ServerEndpoint) -> LLMBackend:
        """The client for a stored endpoint (the router builds it on first use); the
        rules are applied again, in case the operator tightened them since."""
        if not self.policy.allowed:
            raise LLMError(f"{endpoint.name}: servers' own endpoints are switched off")
        try:
            url = check_url(endpoint.base_url, self.policy.rules()).url
            key = self.keybox.open(endpoint.sealed_key) if endpoint.sealed_key else ""
        except (UnsafeEndpoint, KeyBoxError) as exc:
            raise LLMError(f"{endpoint.name}: {exc}") from None
        return KeyScrubbing(self.backend_for(url, endpoint.model, key), key)


def scrubbed(text: str, key: str) -> str:
    """A server may quote the key it was sent in its error message; never pass it on."""
    return text.replace(key, "[redacted]") if len(key) >= MIN_SECRET_LENGTH else text


class KeyScrubbing:
    """An admin's endpoint whose errors never carry its key (they are logged and shown)."""

    def __init__(self, backend: OpenAICompatBackend, key: str) -> None:
        self.backend = backend
        self.key = key
        self.name = backend.name
        self.context_window = backend.context_window

    @property
    def model(self) -> str:
        return self.backend.model

    def count_tokens(self, text: str) -> int:
        return self.backend.count_tokens(text)

    async def check(self) -> str:
        try:
            return await self.backend.check()
        except LLMError as exc:
            raise LLMError(scrubbed(str(exc), self.key)) from None

    async def stream(
        self, messages: Sequence[ChatMessage], sampling: SamplingSettings
    ) -> AsyncIterator[str]:
        chunks = self.backend.stream(messages, sampling)
        try:
            async for chunk in chunks:
                yield chunk
        except LengthLimited:
            raise
        except LLMError as exc:
            raise type(exc)(scrubbed(str(exc), self.key)) from None
        finally:
            close = getattr(chunks, "aclose", None)
            if close is not None:
                await close()

    async def aclose(self) -> None:
        await self.backend.aclose()

