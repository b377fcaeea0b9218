"""Hostile endpoint URLs: every one refused with a clear line, when entered and at
connect time (DNS rebinding), and no redirect followed. DNS is played by a resolver
passed in (the machine has no network); connections are real, to loopback servers."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from pathlib import Path

import httpx2
import pytest
from aiohttp import web

from bot.config import Settings
from bot.llm.base import LLMError
from bot.llm.catalog import AdminEndpoints, BackendCatalog
from bot.llm.guarded_http import GuardedTransport
from bot.llm.openai_compat import OpenAICompatBackend
from bot.llm.ssrf import (
    EndpointRules,
    UnsafeEndpoint,
    check_resolved,
    check_url,
    system_resolver,
)
from bot.services.backends import BackendService
from bot.services.campaigns import ServiceError
from bot.store import Store
from tests.fakeopenai import FakeOpenAI

HTTPS_ONLY = EndpointRules()

HOSTILE = [
    ("http://api.example.com/v1", "must start with https://"),
    ("ftp://api.example.com/v1", "must start with https://"),
    ("file:///etc/passwd", "must start with https://"),
    ("https://127.0.0.1/v1", "loopback"),
    ("https://2130706433/v1", "loopback"),  # 127.0.0.1 as one decimal number
    ("https://0x7f000001/v1", "loopback"),  # … in hex
    ("https://0177.0.0.1/v1", "loopback"),  # … with an octal first part
    ("https://127.1/v1", "loopback"),  # … shortened
    ("https://[::1]/v1", "loopback"),
    ("https://[::ffff:127.0.0.1]/v1", "loopback"),  # IPv4-mapped IPv6
    ("https://[64:ff9b::7f00:1]/v1", "loopback"),  # NAT64 carrying 127.0.0.1
    ("https://localhost/v1", "local name"),
    ("https://localhost./v1", "local name"),  # the trailing dot
    ("https://LocalHost.:443/v1", "local name"),
    ("https://api.localhost/v1", "local name"),
    ("https://metadata.google.internal/computeMetadata/v1", "local name"),
    ("https://169.254.169.254/latest/meta-data", "metadata"),
    ("https://[fd00:ec2::254]/", "metadata"),
    ("https://[fe80::1]/v1", "link-local"),
    ("https://10.0.0.7/v1", "private"),
    ("https://172.16.4.2/v1", "private"),
    ("https://192.168.1.20/v1", "private"),
    ("https://[fd12:3456::1]/v1", "private"),
    ("https://100.64.0.1/v1", "not a public address"),  # carrier-grade NAT
    ("https://0.0.0.0/v1", "unspecified"),
    ("https://224.0.0.1/v1", "multicast"),
    ("https://user:pw@api.example.com/v1", "no user name or password"),
    ("https://api.example.com@127.0.0.1/v1", "no user name or password"),
    ("https://api.example.com/v1?api_key=x", "no query"),
    ("https://api.example.com/v1#x", "no query"),
    ("https:///v1", "names no host"),
    ("https://[::1/v1", "not a valid URL"),
    ("https://api.example.com:99999/v1", "not a valid URL"),
]


@pytest.mark.parametrize(("url", "reason"), HOSTILE)
def test_a_hostile_url_is_refused_with_a_clear_line(url: str, reason: str) -> None:
    with pytest.raises(UnsafeEndpoint) as refused:
        check_url(url, HTTPS_ONLY)
    said = str(refused.value)
    assert reason in said and "\n" not in said and len(said) < 160, said


def test_a_public_https_url_is_accepted_and_normalised() -> None:
    checked = check_url(" https://API.example.com:8443/v1/ ", HTTPS_ONLY)
    assert (checked.url, checked.host, checked.port, checked.trusted) == (
        "https://API.example.com:8443/v1", "api.example.com", 8443, False)


def test_the_operator_may_trust_a_host_and_allow_http() -> None:
    rules = EndpointRules.of(["https", "http"], ["127.0.0.1", "LocalHost."])
    assert check_url("http://127.0.0.1:8000/v1", rules).trusted
    assert check_url("http://localhost.:8000/v1", rules).trusted
    with pytest.raises(UnsafeEndpoint, match="loopback"):
        check_url("http://127.0.0.2:8000/v1", rules)  # only the hosts named


def resolver_of(*answers: list[str]):  # type: ignore[no-untyped-def]
    """A resolver giving each answer in turn (the last one from then on)."""
    asked: list[str] = []

    async def resolve(host: str, _port: int) -> list[str]:
        asked.append(host)
        return answers[min(len(asked), len(answers)) - 1]

    return resolve


@pytest.mark.parametrize(("answer", "reason"), [
    (["93.184.216.34", "127.0.0.1"], "resolves to 127.0.0.1, a loopback address"),
    (["10.1.2.3"], "a private address"),
    (["::1"], "loopback"),
    (["169.254.169.254"], "metadata"),
    ([], "does not resolve to any address"),
])
async def test_a_name_resolving_to_any_private_address_is_refused(
    answer: list[str], reason: str
) -> None:
    with pytest.raises(UnsafeEndpoint, match=reason):
        await check_resolved("api.example.com", 443, resolver_of(answer))


async def test_a_name_that_does_not_resolve_is_refused() -> None:
    async def nowhere(_host: str, _port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with pytest.raises(UnsafeEndpoint, match="does not resolve"):
        await check_resolved("nowhere.example", 443, nowhere)


async def test_the_real_resolver_sends_localhost_to_loopback() -> None:
    """What a name check could miss (an alias in /etc/hosts) the resolved check catches."""
    with pytest.raises(UnsafeEndpoint, match="loopback"):
        await check_resolved("localhost", 443, system_resolver)


async def test_dns_rebinding_is_caught_at_connect_time(fake_openai: FakeOpenAI) -> None:
    """The name resolved to a public address when it was checked, and to the machine
    itself when the client connects: the connection is refused, nothing reaches it."""
    rebinding = resolver_of(["93.184.216.34"], ["127.0.0.1"])
    rules = EndpointRules.of(["http"], [])
    checked = check_url(f"http://rebind.example:{fake_openai.port}/v1", rules)
    await check_resolved(checked.host, checked.port, rebinding)  # passes: public then
    async with httpx2.AsyncClient(transport=GuardedTransport(rules, rebinding),
                                  follow_redirects=False) as client:
        with pytest.raises(httpx2.ConnectError, match=r"resolves to 127\.0\.0\.1, a loopback"):
            await client.get(f"{checked.url}/models")
    assert fake_openai.keys == []  # the server never heard of it


async def test_a_trusted_host_is_connected_to_as_named(fake_openai: FakeOpenAI) -> None:
    rules = EndpointRules.of(["http"], ["127.0.0.1"])
    async with httpx2.AsyncClient(transport=GuardedTransport(rules)) as client:
        answer = await client.get(f"{fake_openai.base_url}/models")
    assert answer.status_code == 200 and len(fake_openai.keys) == 1


@pytest.fixture
async def redirector() -> AsyncIterator[str]:
    """A loopback server whose every answer is a redirect to the metadata address."""

    async def redirect(_request: web.Request) -> web.Response:
        raise web.HTTPFound("http://169.254.169.254/latest/meta-data/")

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", redirect)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield f"http://127.0.0.1:{port}/v1"
    await runner.cleanup()


async def test_a_redirect_is_not_followed(redirector: str) -> None:
    rules = EndpointRules.of(["http"], ["127.0.0.1"])
    backend = OpenAICompatBackend(base_url=redirector, api_key="sk-x", model="m",
                                  max_retries=0, http_options={
                                      "transport": GuardedTransport(rules),
                                      "follow_redirects": False})
    try:
        with pytest.raises(LLMError, match=r"HTTP 302.*redirects are not followed"):
            await backend.check()
    finally:
        await backend.aclose()


@pytest.fixture
async def service(tmp_path: Path) -> AsyncIterator[BackendService]:
    store = await Store.open(tmp_path / "db.sqlite")
    catalog = BackendCatalog(admin_endpoints=AdminEndpoints(
        allowed=True, schemes=["https", "http"], trusted_hosts=["127.0.0.1"]))
    settings = Settings(_env_file=None, max_retries=0,  # type: ignore[call-arg]
                        secret_key="sK0fL5gD2Yk3Yq0cZC8y0m3b6mS1oQeXl6vFf9hYq5E=")

    class Nothing:
        context_window = 8192

    made = BackendService(store, Nothing(), catalog, settings,  # type: ignore[arg-type]
                          clock=lambda: 1.0, resolver=resolver_of(["10.9.8.7"]))
    yield made
    await store.close()


@pytest.mark.parametrize(("url", "reason"), [
    ("https://2130706433/v1", "loopback"),
    ("https://[::1]/v1", "loopback"),
    ("https://localhost./v1", "local name"),
    ("https://api.example.com/v1", "resolves to 10.9.8.7, a private address"),
    ("ftp://api.example.com/v1", "must start with https:// or http://"),
])
async def test_the_add_command_refuses_hostile_urls_and_saves_nothing(
    service: BackendService, url: str, reason: str
) -> None:
    with pytest.raises(ServiceError, match=f"^Refused: .*{reason}"):
        await service.add_endpoint(7, name="mine", url=url, model="", key="sk-abcdefgh123456",
                                   added_by="1")
    assert await service.store.backends.endpoints(7) == []


async def test_the_add_command_refuses_a_redirecting_endpoint(
    service: BackendService, redirector: str
) -> None:
    with pytest.raises(ServiceError, match=r"Not saved: .*redirects are not followed"):
        await service.add_endpoint(7, name="mine", url=redirector, model="m", key="",
                                   added_by="1")
    assert await service.store.backends.endpoints(7) == []
