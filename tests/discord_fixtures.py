"""A Loremaster table on the fake Discord: the real bot, a real SQLite file, the fake OpenAI.

Import in a test module:
`from tests.discord_fixtures import table, fake_discord  # noqa: F401`
"""

from __future__ import annotations

import asyncio
import logging
import re
import shutil
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.discord_app.client import LoremasterBot
from bot.llm.factory import make_backend
from bot.models import Scene
from bot.store import Store
from tests.conftest import REPO, cli_command, cli_env
from tests.fakediscord import FakeDiscord, FakeUser, running_bot
from tests.fakediscord.fixtures import (  # noqa: F401  (re-exported fixture)
    fake_discord,
    wait_until_clickable,
)
from tests.fakediscord.state import ALL_PERMISSIONS, FakeChannel, FakeGuild, FakeMessage
from tests.fakeopenai import FakeOpenAI
from tests.waiting import HANG_GUARD_S, eventually, within

PLAYER_NAMES = ("alice", "bob", "cy")
CHARACTERS = {"alice": "Mira", "bob": "Bram", "cy": "Tove"}


def bot_settings(tmp_path: Path, openai: FakeOpenAI, **overrides: Any) -> Settings:
    """Settings for a bot under test; the cards dir is a copy, since cards can be uploaded."""
    cards = tmp_path / "cards"
    if not cards.exists():
        cards.mkdir()
        shutil.copy(REPO / "cards" / "narrator.json", cards / "narrator.json")
    values: dict[str, Any] = {
        "db": tmp_path / "loremaster.db",
        "data_dir": tmp_path,
        "openai_base_url": openai.base_url,
        "cards_dir": cards,
        "guild_ready_timeout": 0.05,
        "stream_edit_interval": 0.05,
        "shutdown_grace": 5.0,
        "max_retries": 0,
        "request_timeout": HANG_GUARD_S,  # the model call guards only against a hang here
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@dataclass(frozen=True)
class Reply:
    content: str
    ephemeral: bool


@dataclass
class Table:
    fake: FakeDiscord
    openai: FakeOpenAI
    bot: LoremasterBot
    store: Store
    guild: FakeGuild
    admin: FakeUser
    players: dict[str, FakeUser]
    lobby: FakeChannel
    settings: Settings

    async def slash(
        self, user: FakeUser, command: str, channel: FakeChannel | None = None, **options: Any
    ) -> Reply:
        """Run a slash command; its answer (after "thinking…" when deferred)."""
        handle = await self.fake.invoke_slash(
            self.guild.id, (channel or self.lobby).id, user.id, command, options=options
        )
        response = await handle.wait_response()
        if response.type == 5:  # deferred: the answer replaces the "thinking…" message
            original = await handle.wait_original()
            return Reply(original.content, original.ephemeral)
        return Reply(response.content or "", response.ephemeral)

    async def create_campaign(self, title: str = "Ember Coast") -> None:
        reply = await self.slash(self.admin, "campaign create", title=title,
                                 premise="Smugglers on a storm coast.")
        assert "is open" in reply.content, reply.content

    async def create_character(self, player: str, name: str | None = None) -> None:
        user = self.players[player]
        opened = await self.fake.invoke_slash(
            self.guild.id, self.lobby.id, user.id, "character create"
        )
        submitted = await self.fake.submit_modal(
            opened, {"name": name or CHARACTERS[player], "look": "weathered", "traits": "bold"}
        )
        reply = await submitted.wait_response()
        assert "joins" in (reply.content or ""), reply.content

    async def start_scene(self, title: str = "Harbour at dusk") -> tuple[FakeChannel, Scene]:
        reply = await self.slash(self.admin, "scene start", title=title)
        assert "started" in reply.content, reply.content
        channel = self.fake.channel_named(self.guild.id, re.sub(r"\W+", "-", title.lower()))
        scene = await self.store.scenes.for_channel(channel.id)
        assert scene is not None
        return channel, scene

    async def ready_scene(self) -> tuple[FakeChannel, Scene]:
        """A campaign, three characters and a started scene with its opening posted."""
        await self.create_campaign()
        for player in PLAYER_NAMES:
            await self.create_character(player)
        channel, scene = await self.start_scene()
        await self.fake.wait_for(lambda: self.webhook_posts(channel), what="the opening")
        return channel, scene

    def prompts(self) -> list[str]:
        """Every prompt the fake OpenAI server received (narrations, memory upkeep, …)."""
        return [self.openai.prompt_text(i) for i in range(len(self.openai.requests))]

    def narration_prompts(self, narrator: str = "The Chronicler") -> list[str]:
        """Prompts that asked the narrator for a post: they open with its persona."""
        return [
            self.openai.prompt_text(i)
            for i, request in enumerate(self.openai.requests)
            if narrator in request["messages"][0]["content"][:200]
        ]

    def webhook_posts(self, channel: FakeChannel) -> list[FakeMessage]:
        return [m for m in self.fake.messages_in(channel.id) if m.webhook_id is not None]

    async def wait_narrations(self, channel: FakeChannel, count: int) -> list[FakeMessage]:
        """Wait until `count` narrations (after the opening) are stored and shown, and the
        runner has taken its last look for a ready round: a command sent next (a retcon,
        a regenerate) does not race that look."""
        scene = await self.store.scenes.for_channel(channel.id)
        assert scene is not None

        async def stored_and_settled() -> bool:
            posts = await self.store.posts.of_scene(scene.id)
            narrations = sum(1 for p in posts if p.kind == "narration")
            return narrations >= count and not await self.store.streaming.of_scene(scene.id)

        await eventually(stored_and_settled,
                         f"{count} narration(s) stored, no draft left, in #{channel.name}")
        await eventually(self._no_narration_running, "running narrations to finish")
        return self.webhook_posts(channel)[1:]

    async def _no_narration_running(self) -> bool:
        return self.bot.narrations.in_flight == 0

    async def clickable(self, message: FakeMessage) -> None:
        """Wait until a click on the message's buttons reaches the bot's view."""
        await wait_until_clickable(self.bot, self.fake, message.id)

    async def settle(self) -> None:
        """Wait until no narration runs and the memory upkeep they started is done.

        For checks that something did *not* happen: they hold once the bot is idle.
        """
        await eventually(self._no_narration_running, "running narrations to finish")
        await within(self.bot.services.memory.drain(), "memory upkeep to finish")


def discord_pings(content: str, allowed: dict[str, Any] | None) -> list[str]:
    """Who a message would ping, by Discord's rules for content and allowed_mentions."""
    parse = {"everyone", "roles", "users"} if allowed is None else set(allowed.get("parse", []))
    users = set() if allowed is None else {str(u) for u in allowed.get("users", [])}
    roles = set() if allowed is None else {str(r) for r in allowed.get("roles", [])}
    pinged = []
    if "everyone" in parse and re.search(r"@(everyone|here)", content):
        pinged.append("@everyone")
    for role in re.findall(r"<@&(\d+)>", content):
        if "roles" in parse or role in roles:
            pinged.append(f"role {role}")
    for user in re.findall(r"<@!?(\d+)>", content):
        if "users" in parse or user in users:
            pinged.append(f"user {user}")
    return pinged


TurnedDown = Callable[[int, str], Awaitable[None]]


@pytest.fixture
def turned_down(caplog: pytest.LogCaptureFixture) -> TurnedDown:
    """`await turned_down(user_id, why)`: wait until the bot has turned a user's message
    down as no action (the play cog logs each one), e.g. before changing the scene."""
    caplog.set_level(logging.INFO, logger="cogs.play")

    async def wait(user_id: int, why: str = "") -> None:
        async def logged() -> bool:
            return any(
                "not an action" in text and f"user={user_id} " in text and why in text
                for text in (record.getMessage() for record in caplog.records)
            )

        await eventually(logged, f"the bot to turn down user {user_id}'s message ({why})")

    return wait


@pytest.fixture
def bot_permissions() -> int:
    """The bot's guild permissions; a test module overrides this fixture to take some away."""
    return ALL_PERMISSIONS


@pytest.fixture
def bot_overrides() -> dict[str, Any]:
    """Settings for the table's bot; a test module overrides this fixture to change some."""
    return {}


@pytest.fixture
async def table(
    fake_discord: FakeDiscord,  # noqa: F811
    fake_openai: FakeOpenAI,
    tmp_path: Path,
    bot_permissions: int,
    bot_overrides: dict[str, Any],
) -> AsyncIterator[Table]:
    fake = fake_discord
    admin = fake.create_user("gm_gwen", global_name="Gwen")
    guild = fake.create_guild("Realm", owner=admin, bot_permissions=bot_permissions)
    lobby = fake.create_channel(guild.id, "lobby")
    players = {}
    for name in PLAYER_NAMES:
        players[name] = fake.create_user(name, global_name=name.title())
        fake.add_member(guild.id, players[name])
    fake_openai.chunk_delay = 0.01
    settings = bot_settings(tmp_path, fake_openai, **bot_overrides)
    store = await Store.open(settings.db)
    backend = await make_backend(settings)
    bot = LoremasterBot(settings=settings, store=store, backend=backend, identify_delay=0)
    try:
        async with running_bot(bot, fake):
            yield Table(fake, fake_openai, bot, store, guild, admin, players, lobby, settings)
            await bot.narrations.drain(HANG_GUARD_S)
    finally:
        await backend.aclose()
        await store.close()


class BotProcess:
    """`loremaster run` as a real subprocess against the fakes (for kills and signals)."""

    def __init__(self, fake: FakeDiscord, openai: FakeOpenAI, tmp_path: Path) -> None:
        settings = bot_settings(tmp_path, openai)  # also prepares the cards dir
        self.fake = fake
        self.db = settings.db
        self.env = cli_env(
            **fake.env(),
            OPENAI_BASE_URL=openai.base_url,
            LOREMASTER_DB=str(settings.db),
            LOREMASTER_CARDS_DIR=str(settings.cards_dir),
            LOREMASTER_GUILD_READY_TIMEOUT="0.05",
            LOREMASTER_STREAM_EDIT_INTERVAL="0.05",
            LOREMASTER_MAX_RETRIES="0",
            LOREMASTER_LOG_LEVEL="INFO",
        )
        self.env.pop("DISCORD_TOKEN", None)
        self.process: asyncio.subprocess.Process | None = None
        self.log = tmp_path / "bot.log"

    async def start(self) -> None:
        identified = self.fake.gateway.count("identify")
        with self.log.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                *cli_command("run"), env=self.env, cwd=REPO, stdout=log, stderr=log
            )
        await self.fake.wait_for(
            lambda: self.fake.gateway.count("identify") > identified or self._exited(),
            timeout_s=HANG_GUARD_S, what="the bot process to connect",
        )
        assert not self._exited(), self.log.read_text()

    def _exited(self) -> bool:
        return self.process is not None and self.process.returncode is not None

    async def kill(self) -> None:
        assert self.process is not None
        self.process.kill()
        await within(self.process.wait(), "the killed bot process to exit")

    async def terminate(self) -> int:
        assert self.process is not None
        self.process.terminate()
        # Well past the bot's shutdown grace (20 s by default), which a narration may use.
        return await within(self.process.wait(), "the bot process to exit after SIGTERM",
                            timeout_s=60)

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.kill()
            await within(self.process.wait(), "the bot process to exit after SIGKILL")
