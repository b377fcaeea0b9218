"""`loremaster play`: a campaign in the terminal.

On a terminal, lines are read at a prompt (prompt_toolkit) above which
narrations stream, and logs go to a file. When stdin is not a terminal, each
line `Name: text` is that player's post and EOF ends the session once the
pending narration is done, so the mode can be scripted. Ctrl-C mid-narration
stores nothing of it; actions are already stored, and `--resume` picks the
scene up where it was.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import time
from pathlib import Path
from typing import Any

from bot.cards import CardError, load_card
from bot.config import Settings, load_settings
from bot.console.card_file import card_in_cards_dir
from bot.console.help import HINT
from bot.console.parsing import Seat, parse_players
from bot.console.reader import LineReader, PipeReader, TerminalReader
from bot.console.screen import output_above_prompt
from bot.console.table import Table
from bot.heap import freeze_startup_heap
from bot.llm.base import LLMBackend, LLMError
from bot.llm.factory import make_backend
from bot.logs import configure
from bot.models import Scene
from bot.redaction import revealed
from bot.services.persona import narrator_card
from bot.services.scenes import SceneService
from bot.services.wiring import Services, build_services
from bot.store import NewSeat, Store

log = logging.getLogger(__name__)

EXIT_PENDING = 1  # EOF while the last round still waits for a narration
LOG_FILE_NAME = "loremaster.log"  # next to the database


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("play", help="play a scene in the terminal")
    parser.add_argument("--players", help='seats, e.g. "Ana,Bo=Bram,Cy" (Name=Character)')
    parser.add_argument("--card", help="narrator card file in the cards directory")
    parser.add_argument("--campaign", type=Path, help="a campaign card (premise and lore)")
    parser.add_argument("--title", default="A console campaign")
    parser.add_argument("--resume", action="store_true", help="continue the last stored scene")
    parser.add_argument("--db", type=Path, help="SQLite file (default: LOREMASTER_DB)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = load_settings(**({"db": args.db} if args.db else {}))
    interactive = sys.stdin.isatty()
    secrets = revealed(settings.discord_token, settings.openai_api_key, settings.hf_token)
    log_file = settings.db.parent / LOG_FILE_NAME
    try:
        # On the play screen only warnings show, one line each; the rest is in the file.
        configure(settings.log_level, timestamps=False, log_file=log_file,
                  console_level="WARNING" if interactive else None, secrets=secrets)
    except OSError as exc:
        print(f"(cannot write the log {log_file}: {exc.strerror}; it goes to the terminal)",
              file=sys.stderr)
        configure(settings.log_level, timestamps=False, secrets=secrets)
    else:
        if interactive:
            print(f"(log: {log_file})", file=sys.stderr)
    try:
        return asyncio.run(_play(args, settings))
    except KeyboardInterrupt:
        print("\n(interrupted: every action is saved; `loremaster play --resume` continues)",
              file=sys.stderr)
        return 130


async def _play(args: argparse.Namespace, settings: Settings) -> int:
    store = await Store.open(settings.db)
    try:
        try:
            backend = await make_backend(settings, progress=_download_bar())
        except LLMError as exc:
            print(f"loremaster: {exc}", file=sys.stderr)
            return 1
        try:
            try:  # before the first round: a backend that cannot narrate is said at once
                print(f"({await backend.check()})", file=sys.stderr)
            except LLMError as exc:
                print(f"loremaster: {exc}", file=sys.stderr)
                return 1
            return await _session(args, settings, store, backend)
        finally:
            await backend.aclose()
    finally:
        await store.close()


def _download_bar() -> Any:
    """tqdm for the first model download when someone watches the terminal; else the log."""
    if not sys.stderr.isatty():
        return None
    from tqdm.auto import tqdm  # comes with huggingface_hub

    return tqdm


async def _session(
    args: argparse.Namespace, settings: Settings, store: Store, backend: LLMBackend
) -> int:
    services = build_services(store, backend, settings, time.time)  # no timers at a keyboard
    freeze_startup_heap()  # set up: what serves from now on is out of full collections
    try:
        return await _start_and_play(args, settings, services)
    finally:
        await services.aclose()  # background memory upkeep stops with the session


async def _start_and_play(args: argparse.Namespace, settings: Settings,
                          services: Services) -> int:
    service, store = services.scenes, services.store
    if args.resume:
        scene = await store.scenes.latest()
        if scene is None:
            print("loremaster: no scene to resume in", settings.db, file=sys.stderr)
            return 2
        seats = [
            Seat(p.player_name, p.character_name) for p in await store.seats.of_scene(scene.id)
        ]
        print(f"(resuming scene {scene.id}, round {scene.round_no})", file=sys.stderr)
        await _open_scene(service, scene)  # its set-up may have been cut short
        if args.players and not _same_seats(args.players, seats):
            print(f"(scene {scene.id} is seated with {', '.join(s.player for s in seats)}; "
                  "--players ignored (start a new scene without --resume to change seats))",
                  file=sys.stderr)
        return await _loop(services, scene, seats)
    if not args.players:
        print("loremaster: play needs --players (or --resume)", file=sys.stderr)
        return 2
    try:
        seats = parse_players(args.players)
        if args.card:
            args.card = card_in_cards_dir(args.card, settings.cards_dir)
        scene = await _new_scene(service, args, settings.narrator_card, seats)
    except (CardError, OSError, ValueError) as exc:
        print(f"loremaster: cannot start the scene: {exc}", file=sys.stderr)
        return 2
    return await _loop(services, scene, seats)


def _same_seats(spec: str, seats: list[Seat]) -> bool:
    try:
        wanted = parse_players(spec)
    except ValueError:
        return False
    return {(s.player.lower(), s.character.lower()) for s in wanted} == {
        (s.player.lower(), s.character.lower()) for s in seats}


async def _new_scene(
    service: SceneService, args: argparse.Namespace, default_card: str, seats: list[Seat]
) -> Scene:
    store, now = service.store, service.clock()
    premise, title, settings = "", args.title, {}
    if args.campaign:
        campaign_card = load_card(args.campaign)
        premise = campaign_card.data.scenario or campaign_card.data.description
        title = campaign_card.data.name or title
        if campaign_card.data.character_book is not None:
            settings["lorebook"] = campaign_card.data.character_book.model_dump(mode="json")
    card = args.card or default_card
    narrator_card(service.cards_dir, card)  # fail early on a missing or broken card
    # The campaign, scene, characters and seats are stored together or not at all; the
    # opening comes after, and a scene left without one gets it on `--resume`.
    scene = await store.scenes.create_with_seats(
        campaign={"title": title, "premise": premise, "narrator_card": card,
                  "settings": settings},
        seats=[NewSeat(f"console:{s.player}", s.player, character_name=s.character)
               for s in seats],
        now=now, title=title,
    )
    await _open_scene(service, scene)
    return scene


async def _open_scene(service: SceneService, scene: Scene) -> None:
    """Store and show the scene's opening, unless it has one."""
    post = await service.open_if_unopened(scene)
    if post is not None:
        print(f"\n— {post.author_name} —\n{post.content}\n", flush=True)


async def _loop(services: Services, scene: Scene, seats: list[Seat]) -> int:
    service, pacing = services.scenes, services.pacing
    interactive = sys.stdin.isatty()
    if not interactive:
        table = Table(service, pacing, scene.id, seats, live=False, dice=services.dice,
                      npcs=services.npcs)
        return await _play_lines(table, PipeReader())
    reader = TerminalReader()
    table = Table(service, pacing, scene.id, seats, live=sys.stdout.isatty(),
                  redraw=reader.redraw, dice=services.dice, npcs=services.npcs)
    print(HINT, file=sys.stderr)
    with output_above_prompt():  # narration and notices print above the line being typed
        return await _play_lines(table, reader)


async def _play_lines(table: Table, reader: LineReader) -> int:
    await table.start_narration_if_ready()
    try:
        while True:
            await table.refresh_prompt()
            line = await reader.read(table.prompt)  # a narration may stream meanwhile
            await table.narration_done()
            if line is None or not await table.handle(line):
                break
    finally:
        await table.stop_narration()  # before the backend and the store close
    if table.pending:
        print("(the last round still waits for its narration: every action is saved; "
              "`loremaster play --resume` continues)", file=sys.stderr)
        return EXIT_PENDING
    return 0
