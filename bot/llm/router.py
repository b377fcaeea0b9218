"""One backend to the services, many behind it: each request goes to the backends its
campaign (or server, or the operator) chose, in failover order.

A backend that fails before any text was passed on (unreachable, 5xx, a time-out,
an empty or garbled stream) is skipped and the next one asked, within the same
request: the players see one narration, from whichever answered. A stream that
breaks after text was shown cannot be taken back here; it fails as an attempt
(`IncompleteGeneration`, never canon), and the caller's next attempt finds the
failed backend cooling down and goes to the next one. Health is kept per backend
(`health.py`) and a backend in its cool-down is tried last.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.llm.base import (
    ChatMessage,
    IncompleteGeneration,
    LengthLimited,
    LLMBackend,
    LLMError,
    RequestScope,
    SamplingSettings,
    current_scope,
)
from bot.llm.health import HealthBook

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Route:
    """One backend a request may go to, built on first use."""

    key: str  # for health and the cache: "default", "named:beta", "server:42:mine"
    label: str  # what admins and players read
    build: Callable[[], Awaitable[LLMBackend]]
    version: str = ""  # another version (an endpoint replaced) is built anew
    sampling: Mapping[str, Any] = field(default_factory=dict)  # this backend's defaults
    cost_per_1k_input: float = 0.0
    cost_per_1k_output: float = 0.0


@dataclass(frozen=True)
class Usage:
    """What one completed request used (tokens as the backend counts them)."""

    route: str
    scope: RequestScope
    prompt_tokens: int
    completion_tokens: int
    cost: float


RouteChooser = Callable[[RequestScope], Awaitable[list[Route]]]


def with_defaults(sampling: SamplingSettings, defaults: Mapping[str, Any]) -> SamplingSettings:
    """The backend's defaults where the caller (card, campaign) set nothing."""
    unset = {k: v for k, v in defaults.items() if k not in sampling.model_fields_set}
    return sampling.model_copy(update=unset) if unset else sampling


class BackendRouter:
    name = "router"

    def __init__(
        self,
        default: LLMBackend,
        choose: RouteChooser,
        *,
        context_window: int | None = None,
        health: HealthBook | None = None,
        clock: Callable[[], float] = time.monotonic,
        on_usage: Callable[[Usage], None] | None = None,
        meter: Callable[[LLMBackend, str], LLMBackend] | None = None,
    ) -> None:
        """`context_window`: the smallest window among the backends a prompt may go to
        (a prompt built for one must fit the one it fails over to)."""
        self.default = default
        self.choose = choose
        self.context_window = min(context_window or default.context_window,
                                  default.context_window)
        self.health = health or HealthBook()
        self.clock = clock
        self.on_usage = on_usage
        self.meter = meter or (lambda backend, _label: backend)
        self._built: dict[str, tuple[str, LLMBackend]] = {}
        self._building: dict[str, asyncio.Lock] = {}

    def count_tokens(self, text: str) -> int:
        return self.default.count_tokens(text)

    async def check(self) -> str:
        return await self.default.check()

    async def aclose(self) -> None:
        """Close the backends built here (the default belongs to whoever made it)."""
        for key in list(self._built):
            await self.forget(key)

    async def forget(self, key: str) -> None:
        """Drop a backend (an admin removed it): close its connections, forget its health."""
        built = self._built.pop(key, None)
        self.health.forget(key)
        if built is not None and built[1] is not self.default:
            await built[1].aclose()

    async def backend_of(self, route: Route) -> LLMBackend:
        async with self._building.setdefault(route.key, asyncio.Lock()):
            built = self._built.get(route.key)
            if built is not None and built[0] == route.version:
                return built[1]
            backend = await route.build()
            if backend is not self.default:  # the default comes metered already
                backend = self.meter(backend, route.label)
            if built is not None and built[1] is not self.default:
                await built[1].aclose()  # the endpoint was replaced
            self._built[route.key] = (route.version, backend)
            return backend

    async def stream(
        self, messages: Sequence[ChatMessage], sampling: SamplingSettings
    ) -> AsyncIterator[str]:
        scope = current_scope.get()
        routes = await self.choose(scope)
        by_key = {r.key: r for r in routes}
        order = [by_key[k] for k in self.health.in_order(list(by_key), self.clock())]
        failures: list[tuple[Route, LLMError]] = []
        for route in order:
            if failures:
                scope.waiting(f"{failures[-1][0].label} is not answering; asking {route.label}")
            try:
                backend = await self.backend_of(route)
            except LLMError as exc:
                failures.append((route, exc))
                self._failed(route, exc)
                continue
            attempt = _Attempt(self, route, backend, messages,
                               with_defaults(sampling, route.sampling))
            chunks = attempt.run()
            try:
                async for chunk in chunks:
                    yield chunk
            except LengthLimited:
                self.health.succeeded(route.key, attempt.first_text_s)  # our limit, not its fault
                raise
            except LLMError as exc:
                self._failed(route, exc)
                if attempt.committed:
                    raise  # text was shown: this attempt failed as a whole
                failures.append((route, exc))
                continue
            finally:  # a caller that stops reading frees the backend now, not at GC
                await chunks.aclose()
            if attempt.committed:
                self._succeeded(route, backend, attempt, scope, messages)
                return
            failures.append((route, IncompleteGeneration(f"{route.label} sent an empty answer")))
            self._failed(route, failures[-1][1])
        raise _all_failed(failures)

    def _failed(self, route: Route, exc: LLMError) -> None:
        cool_down = self.health.failed(route.key, str(exc), self.clock())
        log.warning("backend %s failed (skipped for %.0f s): %s", route.label, cool_down, exc)

    def _succeeded(self, route: Route, backend: LLMBackend, attempt: _Attempt,
                   scope: RequestScope, messages: Sequence[ChatMessage]) -> None:
        self.health.succeeded(route.key, attempt.first_text_s)
        if self.on_usage is None:
            return
        prompt = sum(backend.count_tokens(m["content"]) for m in messages)
        completion = backend.count_tokens(attempt.text)
        cost = (prompt * route.cost_per_1k_input + completion * route.cost_per_1k_output) / 1000
        self.on_usage(Usage(route.key, scope, prompt, completion, cost))


class _Attempt:
    """One backend's try at a request. Nothing is passed on before the first visible
    text, so a backend that fails before it can still be replaced by the next."""

    def __init__(self, router: BackendRouter, route: Route, backend: LLMBackend,
                 messages: Sequence[ChatMessage], sampling: SamplingSettings) -> None:
        self.router, self.route, self.backend = router, route, backend
        self.messages, self.sampling = messages, sampling
        self.committed = False
        self.first_text_s: float | None = None
        self.text = ""

    async def run(self) -> AsyncGenerator[str, None]:
        started = self.router.clock()
        held = ""  # leading whitespace, kept back until real text follows
        chunks = self.backend.stream(self.messages, self.sampling)
        try:
            async for chunk in chunks:
                if not self.committed:
                    held += chunk
                    if not held.strip():
                        continue
                    chunk, held = held, ""
                    self.committed = True
                    self.first_text_s = self.router.clock() - started
                self.text += chunk
                yield chunk
        finally:
            close = getattr(chunks, "aclose", None)
            if close is not None:
                await close()


def _all_failed(failures: list[tuple[Route, LLMError]]) -> LLMError:
    """Every backend failed before any text: the whole request failed. When one of them
    sent something broken (rather than nothing), another attempt may well succeed."""
    if not failures:
        return LLMError("no backend is configured for this campaign")
    said = "; ".join(f"{route.label}: {exc}" for route, exc in failures)
    if len(failures) == 1:
        said = str(failures[0][1])
    retryable = any(isinstance(exc, IncompleteGeneration) for _route, exc in failures)
    return (IncompleteGeneration if retryable else LLMError)(said)
