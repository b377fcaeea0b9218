"""Pytest fixture and helpers that start the fake and point discord.py at it.

In a test module: `from tests.fakediscord.fixtures import fake_discord  # noqa: F401`
(or re-export it from a conftest).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import discord
import discord.gateway
import discord.http
import pytest
import yarl

from .core import HANG_GUARD_S

if TYPE_CHECKING:
    from .server import FakeDiscord

_ORIGINAL_API_BASE = discord.http.Route.BASE
_ORIGINAL_GATEWAY = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY


def point_discord_py_at(fake: FakeDiscord) -> dict[str, str]:
    """Point in-process discord.py clients at `fake`; return env vars for a subprocess bot."""
    discord.http.Route.BASE = fake.api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)
    return fake.env()


def reset_discord_py() -> None:
    discord.http.Route.BASE = _ORIGINAL_API_BASE
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = _ORIGINAL_GATEWAY


@contextlib.asynccontextmanager
async def running_bot(
    client: discord.Client, fake: FakeDiscord, timeout_s: float = HANG_GUARD_S
) -> AsyncIterator[discord.Client]:
    """Run `client` against `fake` in this event loop until the block ends.

    The client should be built with a tiny `guild_ready_timeout` and a
    `before_identify_hook` that does not sleep, or READY and re-IDENTIFY take seconds.
    """
    point_discord_py_at(fake)
    task = asyncio.create_task(client.start(fake.token), name="fakediscord-bot")
    try:
        waiter = asyncio.create_task(client.wait_until_ready())
        done, _ = await asyncio.wait(
            {waiter, task}, timeout=timeout_s, return_when=asyncio.FIRST_COMPLETED
        )
        if task in done:
            waiter.cancel()
            task.result()  # raises the client's startup error
            raise RuntimeError("the bot stopped before it was ready")
        if waiter not in done:
            waiter.cancel()
            raise TimeoutError(f"the bot was not ready after {timeout_s}s")
        yield client
    finally:
        await client.close()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await asyncio.wait_for(task, HANG_GUARD_S)


async def wait_until_clickable(client: discord.Client, fake: FakeDiscord, message_id: int) -> None:
    """Wait until the in-process `client` routes clicks on a message's buttons to its view.

    The fake holds the message as soon as the bot's request arrives; discord.py ties
    a (non-persistent) view to it only once it has read the reply, and silently drops
    a click that comes first. No person clicks that fast; a test does.
    """
    views = client._connection._view_store
    await fake.wait_for(
        lambda: views.is_message_tracked(message_id),
        what=f"discord.py to route clicks on message {message_id} to its view",
    )


@contextlib.asynccontextmanager
async def serving_fake_discord(token: str | None = None) -> AsyncIterator[FakeDiscord]:
    """A started FakeDiscord with discord.py pointed at it; fails on unknown REST routes."""
    from .server import FakeDiscord

    fake = FakeDiscord() if token is None else FakeDiscord(token=token)
    await fake.start()
    point_discord_py_at(fake)
    try:
        yield fake
    finally:
        reset_discord_py()
        await fake.stop()
    fake.assert_no_unknown_routes()


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    async with serving_fake_discord() as fake:
        yield fake
