"""`loremaster run`: the Discord bot, until SIGTERM or Ctrl-C."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from pathlib import Path

import discord
import discord.gateway
import discord.http
import yarl

from bot.config import Settings, load_settings
from bot.discord_app.client import LoremasterBot
from bot.keybox import KeyBox, KeyBoxError
from bot.llm.base import LLMError
from bot.llm.catalog import CatalogError, load_catalog
from bot.llm.factory import make_backend
from bot.logs import configure
from bot.redaction import revealed
from bot.store import Store

log = logging.getLogger(__name__)

EXIT_CONFIG = 2


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("run", help="run the Discord bot (needs DISCORD_TOKEN)")
    parser.add_argument("--db", type=Path, help="SQLite file (default: LOREMASTER_DB)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = load_settings(**({"db": args.db} if getattr(args, "db", None) else {}))
    try:  # a wrong backends file or secret key stops the start with one line
        catalog = load_catalog(settings.backends_file)
        KeyBox(settings.secret_key)
    except (CatalogError, KeyBoxError) as exc:
        return _fail(str(exc))
    configure(settings.log_level, secrets=[*revealed(
        settings.discord_token, settings.openai_api_key, settings.hf_token,
        settings.secret_key), *catalog.secrets()])
    if settings.discord_token is None or not settings.discord_token.get_secret_value().strip():
        return _fail("DISCORD_TOKEN is not set; put the bot token in the environment or .env")
    return asyncio.run(serve(settings))


def point_at_discord(settings: Settings) -> None:
    """Send REST and the gateway where settings say (Discord, a proxy, or a test fake)."""
    discord.http.Route.BASE = settings.discord_api_base.rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.discord_gateway)


async def check_token(token: str) -> None:
    """Ask Discord who the token belongs to before opening anything; LoginFailure if nobody."""
    http = discord.http.HTTPClient(asyncio.get_running_loop())
    try:
        await http.static_login(token)
    finally:
        await http.close()


async def serve(settings: Settings) -> int:
    assert settings.discord_token is not None
    point_at_discord(settings)
    token = settings.discord_token.get_secret_value()
    try:
        await check_token(token)
    except discord.LoginFailure:
        return _fail("Discord rejected the bot token (DISCORD_TOKEN): check it in the "
                     "Developer Portal")
    except (discord.HTTPException, OSError) as exc:
        return _fail(f"cannot reach Discord at {settings.discord_api_base}: {exc}")
    try:
        backend = await make_backend(settings)
    except LLMError as exc:
        return _fail(str(exc))
    try:  # a backend that is down is said once at start; scenes wait for it meanwhile
        log.info("%s", await backend.check())
    except LLMError as exc:
        log.warning("the narrator's backend is not ready: %s", exc)
    store = await Store.open(settings.db)
    bot = LoremasterBot(settings=settings, store=store, backend=backend)
    loop = asyncio.get_running_loop()
    stopping: list[asyncio.Task[None]] = []

    def stop() -> None:
        if not stopping:
            log.info("shutting down: finishing in-flight narrations")
            stopping.append(loop.create_task(bot.shutdown()))

    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop)
    try:
        async with bot:
            await bot.start(token)
    except discord.LoginFailure:
        return _fail("Discord rejected the bot token (DISCORD_TOKEN): check it in the "
                     "Developer Portal")
    except discord.PrivilegedIntentsRequired:
        return _fail("enable the Message Content intent for this bot in the Developer Portal")
    finally:
        if stopping:
            await stopping[0]
        await backend.aclose()
        await store.close()
    return 0


def _fail(message: str) -> int:
    print(f"loremaster: {message}", file=sys.stderr)
    return EXIT_CONFIG
