"""Named backends end to end: two servers on one bot, each campaign on its own backends.

The real bot on the fake Discord, four loopback OpenAI-compatible servers: the bot's
default (which no campaign here uses), a server's own endpoint added through the
modal with a key, and the operator's `beta` → `gamma` failover pair. The operator
trusts the loopback host (that is how tests reach loopback servers at all). The
whole run is logged at DEBUG, through the bot's own redaction, and the key is looked
for in the log, in everything the bot showed, and in the data export.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot.discord_app.client import LoremasterBot
from bot.llm.factory import make_backend
from bot.redaction import RedactionFilter, install_redaction, revealed
from bot.store import Store
from tests.discord_fixtures import Reply, Table, bot_settings
from tests.fakediscord import FakeDiscord, running_bot
from tests.fakediscord.state import ALL_PERMISSIONS, FakeChannel
from tests.fakeopenai import FakeOpenAI, default_reply
from tests.waiting import HANG_GUARD_S

KEY = "sk-realm-own-key-5bX9qL2mZ7vR4tW8"
RAW_LOGGERS = ("bot", "cogs", "openai", "httpx2", "httpcore2")
DEBUG_LOGGERS = (*RAW_LOGGERS, "discord", "aiosqlite", "")


class Raw(logging.Handler):
    """Records as logged, before any redaction (it sits below the root's handlers)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.name}: {record.getMessage()}")


@dataclass
class Logs:
    file: Path
    raw: Raw


@pytest.fixture
def debug_logs(tmp_path: Path) -> Iterator[Logs]:
    """The whole run at DEBUG: a log file behind the bot's redaction filter, and what our
    code and the HTTP clients logged before any filter."""
    saved = {name: logging.getLogger(name).level for name in DEBUG_LOGGERS}
    for name in DEBUG_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)
    file = logging.FileHandler(tmp_path / "bot.log", encoding="utf-8")
    logging.getLogger().addHandler(file)
    install_redaction(revealed(bot_settings(tmp_path, FakeOpenAI()).discord_token))
    raw = Raw()
    for name in RAW_LOGGERS:
        logging.getLogger(name).addHandler(raw)
    try:
        yield Logs(tmp_path / "bot.log", raw)
    finally:
        for name in RAW_LOGGERS:
            logging.getLogger(name).removeHandler(raw)
        logging.getLogger().removeHandler(file)
        file.close()
        for handler in [h for lg in (logging.getLogger(), *logging.Logger.manager.loggerDict
                                     .values()) if isinstance(lg, logging.Logger)
                        for h in lg.handlers] + [logging.lastResort]:
            for f in [f for f in getattr(handler, "filters", []) if isinstance(f, RedactionFilter)]:
                handler.removeFilter(f)
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)


@dataclass
class Servers:
    default: FakeOpenAI
    own: FakeOpenAI  # the Realm's own endpoint
    beta: FakeOpenAI
    gamma: FakeOpenAI


@pytest.fixture
async def servers(fake_openai: FakeOpenAI) -> AsyncIterator[Servers]:
    made = [await FakeOpenAI(chunk_delay=0.01).start() for _ in range(3)]
    yield Servers(fake_openai, *made)
    for fake in made:
        await fake.stop()


def backends_file(tmp_path: Path, servers: Servers) -> Path:
    path = tmp_path / "backends.toml"
    path.write_text(f"""
[admin_endpoints]
allowed = true
schemes = ["https", "http"]
trusted_hosts = ["127.0.0.1"]
[[backend]]
name = "beta"
base_url = "{servers.beta.base_url}"
model = "fake"
[[backend]]
name = "gamma"
base_url = "{servers.gamma.base_url}"
model = "fake"
""", encoding="utf-8")
    return path


@pytest.fixture
async def realms(
    fake_discord: FakeDiscord, servers: Servers, tmp_path: Path, debug_logs: Logs
) -> AsyncIterator[tuple[Table, Table]]:
    fake = fake_discord
    tables = []
    users = {name: fake.create_user(name, global_name=name.title())
             for name in ("gwen", "hugo", "alice", "bob")}
    for title, admin, player in (("Realm", "gwen", "alice"), ("Vale", "hugo", "bob")):
        guild = fake.create_guild(title, owner=users[admin], bot_permissions=ALL_PERMISSIONS)
        fake.add_member(guild.id, users[player])
        tables.append((guild, users[admin], {player: users[player]},
                       fake.create_channel(guild.id, "lobby")))
    settings = bot_settings(tmp_path, servers.default,
                            backends_file=backends_file(tmp_path, servers),
                            secret_key=Fernet.generate_key().decode())
    store = await Store.open(settings.db)
    backend = await make_backend(settings)
    bot = LoremasterBot(settings=settings, store=store, backend=backend, identify_delay=0)
    try:
        async with running_bot(bot, fake):
            yield tuple(Table(fake, servers.default, bot, store, guild, admin, players, lobby,
                              settings) for guild, admin, players, lobby in tables)  # type: ignore[misc]
            await bot.narrations.drain(HANG_GUARD_S)
    finally:
        await backend.aclose()
        await store.close()


async def add_endpoint(table: Table, url: str) -> Reply:
    opened = await table.fake.invoke_slash(table.guild.id, table.lobby.id, table.admin.id,
                                           "backend add")
    submitted = await table.fake.submit_modal(
        opened, {"name": "mine", "url": url, "model": "", "key": KEY})
    await submitted.wait_response()
    answer = await submitted.wait_original()
    return Reply(answer.content, answer.ephemeral)


async def play_a_round(table: Table, player: str, action: str) -> tuple[FakeChannel, str]:
    """A campaign's first round: the scene's channel, and the narration stored."""
    channel, scene = await table.start_scene(f"{table.guild.name} opens")
    await table.fake.wait_for(lambda: table.webhook_posts(channel), what="the opening")
    await table.fake.user_says(channel.id, table.players[player].id, action)
    await table.wait_narrations(channel, 1)
    posts = await table.store.posts.of_scene(scene.id)
    (narration,) = [p.content for p in posts if p.kind == "narration"]
    return channel, narration


def said_to(fake: FakeOpenAI) -> list[str]:
    return [fake.prompt_text(i) for i in range(len(fake.requests))]


def everything_shown(fake: FakeDiscord) -> str:
    """Every message version, embed, component, interaction answer and file the bot sent."""
    state = fake.state
    shown = [json.dumps([r.__dict__ for r in m.revisions]) for m in state.messages.values()]
    shown += [json.dumps(i.response.data) for i in state.interactions.values() if i.response]
    shown += [a.data.decode("utf-8", "replace") for a in state.attachments.values()]
    return "\n".join(shown)


async def test_two_servers_narrate_on_their_own_backends_and_the_key_stays_secret(
    realms: tuple[Table, Table], servers: Servers, debug_logs: Logs
) -> None:
    realm, vale = realms
    # Server admins only: hidden from others by default, and refused if they try anyway.
    (command,) = [c for c in realm.fake.state.global_commands.values() if c["name"] == "backend"]
    assert int(command["default_member_permissions"]) == 1 << 5  # Manage Server
    denied = await realm.slash(realm.players["alice"], "backend list")
    assert denied.ephemeral and denied.content == "Only server admins (Manage Server) can do that."
    # A hostile URL is refused with one line, and nothing is saved.
    refused = await add_endpoint(realm, "https://localhost./v1")
    assert refused.ephemeral and refused.content.startswith("Refused: localhost is a local name")
    saved = await add_endpoint(realm, servers.own.base_url)
    assert saved.ephemeral and saved.content.startswith("Endpoint `mine` saved")
    assert "now narrates with `mine`" in (await realm.slash(
        realm.admin, "backend server", names="mine")).content

    await vale.create_campaign("Frost Vale")
    assert "now narrates with `beta` → `gamma`" in (await vale.slash(
        vale.admin, "backend campaign", names="beta, gamma")).content
    await realm.create_campaign("Ember Coast")
    await realm.create_character("alice")
    await vale.create_character("bob")

    _, realm_story = await play_a_round(realm, "alice", "I light the signal lamp on the pier.")
    # Vale's primary breaks off mid-narration: the turn is still narrated, by gamma.
    servers.beta.faults = ["drop"]
    vale_channel, vale_story = await play_a_round(vale, "bob", "I follow the wolf tracks.")
    await realm.settle()

    # Each campaign's requests reached its own backends, and only those.
    assert said_to(servers.default) == []
    assert any("signal lamp" in p for p in said_to(servers.own))
    assert not any(re.search("Bram|wolf tracks", p) for p in said_to(servers.own))
    for fake in (servers.beta, servers.gamma):
        assert fake.requests and not any(re.search("Mira|signal lamp", p) for p in said_to(fake))
    assert any("wolf tracks" in p for p in said_to(servers.gamma))
    # Nothing broken became canon: the story is gamma's whole narration, shown as such.
    narrated = [r for r in servers.gamma.narration_requests() if "wolf tracks" in str(r)]
    assert vale_story == default_reply(narrated[-1]).strip()
    assert [m.content for m in vale.webhook_posts(vale_channel)][-1] \
        == vale_story
    assert realm_story == default_reply(servers.own.narration_requests()[-1]).strip()
    listing = (await vale.slash(vale.admin, "backend list")).content
    assert re.search(r"`beta` — openai, .*; 0 ok, 1 failed; .*skipped for \d+ s more; "
                     r"last error: .*broke off", listing), listing
    assert re.search(r"`gamma` — openai, .*; [1-9] ok, 0 failed", listing), listing
    # Usage is charged to the backend that did the work, under its name, per server.
    usage = {guild: {row.backend for row in await realm.store.usage.of_guild(guild, "2000-01-01")}
             for guild in (realm.guild.id, vale.guild.id)}
    assert usage == {realm.guild.id: {"mine"}, vale.guild.id: {"beta", "gamma"}}, usage

    # The key reached its endpoint, and nowhere else.
    assert set(servers.own.keys) == {KEY}
    assert KEY not in "".join(servers.beta.keys + servers.gamma.keys + servers.default.keys)
    realm_listing = (await realm.slash(realm.admin, "backend list")).content
    assert "`mine` — this server's" in realm_listing and "key stored" in realm_listing
    await realm.slash(realm.admin, "export me")
    await realm.slash(realm.players["alice"], "export me")
    assert KEY not in everything_shown(realm.fake)
    log = debug_logs.file.read_text(encoding="utf-8")
    assert "HTTP Request: POST" in log and "WebSocket Event" in log  # DEBUG was captured
    assert KEY not in log
    raw = "\n".join(debug_logs.raw.lines)
    assert "openai._base_client" in raw and "httpcore2" in raw
    assert KEY not in raw
