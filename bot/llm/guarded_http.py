"""An HTTP client for admins' endpoints that connects only to public addresses.

The check happens where the socket is opened: the host is resolved here, every
address it gives is checked, and the connection goes to a checked address, never
to a second lookup that DNS rebinding could answer differently. TLS still verifies
the certificate against the host name. Redirects are not followed (a public URL
could send the bot to a private one), and no proxy from the environment is used
(the check would then vet the proxy instead of the endpoint).
"""

from __future__ import annotations

from collections.abc import Iterable

import httpcore2
import httpx2

from bot.llm.ssrf import EndpointRules, Resolver, UnsafeEndpoint, check_resolved, system_resolver


class RefusedAddress(httpcore2.ConnectError):
    """The endpoint resolved to an address the bot may not connect to."""


class GuardedNetwork(httpcore2.AsyncNetworkBackend):
    """Opens TCP connections to checked public addresses only (trusted hosts as named)."""

    def __init__(self, rules: EndpointRules, resolver: Resolver = system_resolver) -> None:
        self.rules = rules
        self.resolver = resolver
        self._sockets = httpcore2.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore's signature)
        local_address: str | None = None,
        socket_options: Iterable[httpcore2.SOCKET_OPTION] | None = None,
    ) -> httpcore2.AsyncNetworkStream:
        if self.rules.trusts(host):
            targets = [host]
        else:
            try:
                targets = [str(a) for a in await check_resolved(host, port, self.resolver)]
            except UnsafeEndpoint as exc:
                raise RefusedAddress(str(exc)) from None
        failure: Exception | None = None
        for target in targets:  # the checked addresses, in the resolver's order
            try:
                return await self._sockets.connect_tcp(
                    target, port, timeout=timeout, local_address=local_address,
                    socket_options=socket_options)
            except (httpcore2.ConnectError, httpcore2.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None,  # noqa: ASYNC109
        socket_options: Iterable[httpcore2.SOCKET_OPTION] | None = None,
    ) -> httpcore2.AsyncNetworkStream:
        raise RefusedAddress("unix sockets are not endpoints")

    async def sleep(self, seconds: float) -> None:
        await self._sockets.sleep(seconds)


class GuardedTransport(httpx2.AsyncHTTPTransport):
    """httpx's transport with its connection pool opening sockets through GuardedNetwork."""

    def __init__(self, rules: EndpointRules, resolver: Resolver = system_resolver,
                 limits: httpx2.Limits | None = None) -> None:
        limits = limits or httpx2.Limits(max_connections=100, max_keepalive_connections=20)
        super().__init__(trust_env=False, limits=limits)
        self._pool = httpcore2.AsyncConnectionPool(
            ssl_context=httpx2.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedNetwork(rules, resolver),
        )


def guarded_client(rules: EndpointRules, resolver: Resolver = system_resolver) -> dict:
    """Keyword arguments for the openai client's HTTP client: the guarded transport, no
    redirects, no proxy from the environment."""
    return {"transport": GuardedTransport(rules, resolver), "follow_redirects": False,
            "trust_env": False}
