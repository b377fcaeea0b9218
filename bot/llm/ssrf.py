"""Which URLs a server admin may point the bot at: public https endpoints only.

An admin's endpoint is fetched from the bot's own machine, so a URL naming the
machine itself, its network or the cloud's metadata service would let a Discord
user read what only the bot can reach (SSRF). Checked twice: here, when the URL is
entered (its form, and what it resolves to now), and again at every connection
(`guarded_http.py`), because a name may resolve elsewhere later (DNS rebinding).
The operator may allow more schemes (plain http) and name hosts that are trusted
whatever they resolve to (a model server on the private network, a test server).
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# host, port -> the addresses it resolves to (injectable: tests play DNS).
Resolver = Callable[[str, int], Awaitable[list[str]]]

MAX_URL_LENGTH = 300
# Names that only ever mean this machine or its private network.
_LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".localdomain", ".home.arpa")
_LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost",
                          "ip6-loopback", "metadata", "metadata.google.internal"})
_METADATA = frozenset({ipaddress.ip_address("169.254.169.254"),
                       ipaddress.ip_address("fd00:ec2::254")})
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NUMERIC_HOST = re.compile(r"[0-9a-fA-FxX.]+")


class UnsafeEndpoint(ValueError):
    """The URL may not be used; the message says why, in one line for the admin."""


@dataclass(frozen=True)
class EndpointRules:
    """The operator's rules for admins' endpoints."""

    schemes: frozenset[str] = frozenset({"https"})
    trusted_hosts: frozenset[str] = frozenset()  # canonical host names or addresses

    @classmethod
    def of(cls, schemes: Iterable[str], trusted_hosts: Iterable[str]) -> EndpointRules:
        return cls(frozenset(s.lower() for s in schemes),
                   frozenset(canonical_host(h) for h in trusted_hosts))

    def trusts(self, host: str) -> bool:
        return canonical_host(host) in self.trusted_hosts


@dataclass(frozen=True)
class CheckedURL:
    url: str  # normalised: no trailing slash
    host: str  # canonical
    port: int
    trusted: bool  # the operator trusts this host: its addresses are not checked


def canonical_host(host: str) -> str:
    """Lower case, brackets and one trailing dot gone: `LocalHost.` is `localhost`."""
    host = host.strip().lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    return host[:-1] if host.endswith(".") else host


def check_url(url: str, rules: EndpointRules) -> CheckedURL:
    """The URL's form and its host as written; raises UnsafeEndpoint saying what is wrong.

    What the host resolves to is checked by `check_resolved` (and at every connection).
    """
    url = url.strip()
    if len(url) > MAX_URL_LENGTH:
        raise UnsafeEndpoint(f"the URL is longer than {MAX_URL_LENGTH} characters")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UnsafeEndpoint(f"that is not a valid URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in rules.schemes:
        allowed = " or ".join(f"{s}://" for s in sorted(rules.schemes, reverse=True))
        raise UnsafeEndpoint(f"the URL must start with {allowed} (not {scheme or 'nothing'})")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise UnsafeEndpoint("no user name or password in the URL: put the key in the key field")
    if parts.query or parts.fragment or url.endswith(("?", "#")):
        raise UnsafeEndpoint("no query or fragment in the URL: give the server's /v1 URL")
    if not parts.hostname:
        raise UnsafeEndpoint("the URL names no host")
    host = canonical_host(parts.hostname)
    port = port or (443 if scheme == "https" else 80)
    normalised = url.rstrip("/")
    if rules.trusts(host):
        return CheckedURL(normalised, host, port, trusted=True)
    if host in _LOCAL_NAMES or host.endswith(_LOCAL_SUFFIXES):
        raise UnsafeEndpoint(f"{host} is a local name: the endpoint must be on the internet")
    address = ip_literal(host)
    if address is not None:
        reason = why_not_public(address)
        if reason:
            raise UnsafeEndpoint(f"{parts.hostname} is {reason}: the endpoint must be public")
    else:
        try:
            host.encode("idna")
        except UnicodeError:
            raise UnsafeEndpoint(f"{parts.hostname!r} is not a valid host name") from None
    return CheckedURL(normalised, host, port, trusted=False)


def ip_literal(host: str) -> IPAddress | None:
    """The address a host written as an IP means, in any form the C resolver accepts
    (`2130706433`, `0x7f.1`, `0177.0.0.1` and `127.1` all mean 127.0.0.1), else None."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if _NUMERIC_HOST.fullmatch(host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def why_not_public(address: IPAddress) -> str | None:
    """Why an address is off limits ("a loopback address"), or None when it is public."""
    for candidate in _embedded(address):
        if candidate in _METADATA:
            return "the cloud metadata address"
        if candidate.is_loopback:
            return "a loopback address"
        if candidate.is_link_local:
            return "a link-local address"
        if candidate.is_unspecified:
            return "the unspecified address"
        if candidate.is_multicast:
            return "a multicast address"
        if candidate.is_private:
            return "a private address"
        if candidate.is_reserved or not candidate.is_global:
            return "not a public address"
    return None


def _embedded(address: IPAddress) -> list[IPAddress]:
    """The address, and the IPv4 address an IPv6 one carries (mapped, 6to4, Teredo,
    NAT64): each must be public."""
    found: list[IPAddress] = []  # the carried address first: its reason is the telling one
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            found.append(address.ipv4_mapped)
        if address.sixtofour is not None:
            found.append(address.sixtofour)
        if address.teredo is not None:
            found.extend(address.teredo)
        if address in _NAT64:
            found.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return [*found, address]


async def system_resolver(host: str, port: int) -> list[str]:
    """The addresses the system resolver gives for host (TCP), in its order."""
    infos = await asyncio.get_running_loop().getaddrinfo(
        host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


async def check_resolved(
    host: str, port: int, resolver: Resolver = system_resolver
) -> list[IPAddress]:
    """Every address the host resolves to, each of them public; raises UnsafeEndpoint
    naming the first that is not (one private answer is enough to refuse: a client
    may connect to any of them)."""
    literal = ip_literal(canonical_host(host))
    if literal is not None:
        addresses: list[IPAddress] = [literal]
    else:
        try:
            found = await resolver(host, port)
        except OSError as exc:
            raise UnsafeEndpoint(f"{host} does not resolve ({exc.strerror or exc})") from None
        addresses = [ipaddress.ip_address(a.split("%", 1)[0]) for a in found]
    if not addresses:
        raise UnsafeEndpoint(f"{host} does not resolve to any address")
    for address in addresses:
        reason = why_not_public(address)
        if reason:
            raise UnsafeEndpoint(f"{host} resolves to {address}, {reason}: refused")
    return addresses
