"""The backend router: failover before any text, cool-down after failures, per-backend
sampling defaults, usage. Real `openai` clients against two loopback servers."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator

import pytest

from bot.llm.base import (
    IncompleteGeneration,
    LLMBackend,
    LLMError,
    RequestScope,
    SamplingSettings,
    complete,
    current_scope,
)
from bot.llm.health import HealthBook
from bot.llm.openai_compat import OpenAICompatBackend
from bot.llm.router import BackendRouter, Route, Usage, with_defaults
from tests.fakeopenai import FakeOpenAI

MESSAGES = [
    {"role": "system", "content": "You are the game master of a multiplayer scene."},
    {"role": "user", "content": "Ana: I light the lamp."},
]
PRIMARY_TEXT = "The primary answers: the lamp flares."
SECONDARY_TEXT = "The secondary answers: the lamp gutters."


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def servers() -> AsyncIterator[tuple[FakeOpenAI, FakeOpenAI]]:
    primary = await FakeOpenAI(reply=lambda _r: PRIMARY_TEXT).start()
    secondary = await FakeOpenAI(reply=lambda _r: SECONDARY_TEXT).start()
    yield primary, secondary
    await primary.stop()
    await secondary.stop()


def client(base_url: str) -> OpenAICompatBackend:
    return OpenAICompatBackend(base_url=base_url, api_key="sk-test", model="fake",
                               timeout=5.0, first_byte_timeout=5.0, max_retries=0)


def route(key: str, backend: LLMBackend, **kwargs: object) -> Route:
    async def build() -> LLMBackend:
        return backend

    return Route(key, key, build, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
async def router(servers: tuple[FakeOpenAI, FakeOpenAI]) -> AsyncIterator[BackendRouter]:
    primary, secondary = servers
    backends = [client(primary.base_url), client(secondary.base_url)]
    routes = [route("primary", backends[0]), route("secondary", backends[1])]

    async def choose(_scope: RequestScope) -> list[Route]:
        return routes

    made = BackendRouter(backends[0], choose, clock=Clock(), health=HealthBook())
    yield made
    for backend in backends:
        await backend.aclose()


async def ask(router: BackendRouter) -> str:
    return await complete(router, MESSAGES, SamplingSettings())


@pytest.mark.parametrize("fault", ["500", "html_200", "empty_stream", "stall_before_headers"])
async def test_a_primary_that_fails_before_any_text_is_replaced_within_the_request(
    servers: tuple[FakeOpenAI, FakeOpenAI], router: BackendRouter, fault: str
) -> None:
    primary, secondary = servers
    primary.faults = [fault]
    primary.stall_s = 30.0
    if fault == "stall_before_headers":  # a time-out: the first-byte limit, kept short here
        backend = await router.backend_of(route("primary", router.default))
        assert isinstance(backend, OpenAICompatBackend)
        backend.first_byte_timeout = 0.3
    waits: list[str] = []
    token = current_scope.set(RequestScope(on_wait=waits.append))
    try:
        assert await ask(router) == SECONDARY_TEXT
    finally:
        current_scope.reset(token)
    assert len(primary.requests) == 1 and len(secondary.requests) == 1
    assert waits == ["primary is not answering; asking secondary"]
    health = router.health.of("primary")
    assert health.errors == 1 and health.cooling(router.clock())
    # The next request goes to the secondary first: the primary is cooling down.
    assert await ask(router) == SECONDARY_TEXT
    assert len(primary.requests) == 1 and len(secondary.requests) == 2


async def test_an_unreachable_primary_is_replaced(servers: tuple[FakeOpenAI, FakeOpenAI]) -> None:
    _primary, secondary = servers
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        dead_port = probe.getsockname()[1]
    dead, alive = client(f"http://127.0.0.1:{dead_port}/v1"), client(secondary.base_url)

    async def choose(_scope: RequestScope) -> list[Route]:
        return [route("dead", dead), route("alive", alive)]

    router = BackendRouter(dead, choose, clock=Clock())
    try:
        assert await ask(router) == SECONDARY_TEXT
        assert "unreachable" in router.health.of("dead").last_error
    finally:
        await dead.aclose()
        await alive.aclose()


async def test_a_stream_broken_after_text_fails_the_attempt_and_the_next_goes_elsewhere(
    servers: tuple[FakeOpenAI, FakeOpenAI], router: BackendRouter
) -> None:
    primary, secondary = servers
    primary.faults = ["drop"]
    shown: list[str] = []
    with pytest.raises(IncompleteGeneration, match="broke off"):
        async for chunk in router.stream(MESSAGES, SamplingSettings()):
            shown.append(chunk)
    assert shown and "".join(shown) != PRIMARY_TEXT  # text was shown: no silent switch
    assert secondary.requests == []
    assert await ask(router) == SECONDARY_TEXT  # the caller's next attempt


async def test_when_every_backend_fails_the_error_names_each(
    servers: tuple[FakeOpenAI, FakeOpenAI], router: BackendRouter
) -> None:
    primary, secondary = servers
    primary.fail_next, secondary.fail_next = [500], [503]
    with pytest.raises(LLMError) as raised:
        await ask(router)
    assert not isinstance(raised.value, IncompleteGeneration)  # nothing broken: not retried
    said = str(raised.value)
    assert "primary:" in said and "HTTP 500" in said
    assert "secondary:" in said and "HTTP 503" in said


async def test_a_success_ends_the_cool_down_and_latency_is_averaged(
    servers: tuple[FakeOpenAI, FakeOpenAI], router: BackendRouter
) -> None:
    primary, _secondary = servers
    primary.fail_next = [500]
    await ask(router)
    clock = router.clock
    assert isinstance(clock, Clock)
    clock.now += router.health.base_cool_down_s + 1  # the cool-down is over
    assert await ask(router) == PRIMARY_TEXT
    health = router.health.of("primary")
    assert health.failures_in_a_row == 0 and not health.cooling(clock.now)
    assert health.latency_s is not None and "1 ok, 1 failed" in health.summary(clock.now)


async def test_backend_sampling_defaults_fill_only_what_the_caller_left_unset(
    servers: tuple[FakeOpenAI, FakeOpenAI],
) -> None:
    primary, _secondary = servers
    backend = client(primary.base_url)
    used: list[Usage] = []

    async def choose(_scope: RequestScope) -> list[Route]:
        return [route("p", backend, sampling={"temperature": 0.2, "top_p": 0.5},
                      cost_per_1k_input=2.0, cost_per_1k_output=4.0)]

    router = BackendRouter(backend, choose, on_usage=used.append)
    try:
        await complete(router, MESSAGES, SamplingSettings(temperature=1.1))
    finally:
        await backend.aclose()
    sent = primary.requests[-1]
    assert sent["temperature"] == 1.1 and sent["top_p"] == 0.5
    (usage,) = used
    assert usage.route == "p" and usage.completion_tokens > 0
    assert usage.cost == pytest.approx(
        (usage.prompt_tokens * 2.0 + usage.completion_tokens * 4.0) / 1000)


def test_with_defaults_keeps_what_was_set() -> None:
    set_by_card = SamplingSettings(max_tokens=99)
    merged = with_defaults(set_by_card, {"max_tokens": 5, "temperature": 0.1})
    assert merged.max_tokens == 99 and merged.temperature == 0.1


def test_cool_down_doubles_with_failures_in_a_row_and_cooling_backends_go_last() -> None:
    book = HealthBook(base_cool_down_s=10, max_cool_down_s=35)
    assert book.failed("a", "x", now=0) == 10
    assert book.failed("a", "x", now=0) == 20
    assert book.failed("a", "x", now=0) == 35  # capped
    book.failed("b", "y", now=0)
    assert book.in_order(["a", "b", "c"], now=5) == ["c", "b", "a"]  # b is ready sooner
    book.succeeded("a", 0.5)
    assert book.in_order(["a", "b", "c"], now=5) == ["a", "c", "b"]
