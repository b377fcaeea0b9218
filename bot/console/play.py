"""`loremaster play`: a campaign in the terminal.

When stdin is not a terminal, each line `Name: text` is that player's post
and EOF ends the session once the pending narration is done, so the mode can
be scripted. Ctrl-C mid-narration stores nothing of it; actions are already
stored, and `--resume` picks the scene up where it was.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import time
from pathlib import Path

from bot.cards import CardError, load_card
from bot.config import Settings, load_settings
from bot.console.parsing import Seat, parse_players, split_line
from bot.engine.ooc import is_out_of_character, strip_out_of_character
from bot.llm.base import LLMBackend, LLMError
from bot.llm.factory import make_backend
from bot.logs import configure
from bot.models import PostKind, Scene
from bot.redaction import revealed
from bot.services.persona import narrator_card
from bot.services.scenes import SceneService
from bot.services.wiring import scene_service
from bot.store import NewSeat, Store

log = logging.getLogger(__name__)

EXIT_PENDING = 1  # EOF while the last round still waits for a narration


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
    configure(settings.log_level, timestamps=False, secrets=revealed(
        settings.discord_token, settings.openai_api_key, settings.hf_token))
    try:
        return asyncio.run(_play(args, settings))
    except KeyboardInterrupt:
        print("\n(interrupted: every action is saved; `loremaster play --resume` continues)",
              file=sys.stderr)
        return 130


class TerminalSink:
    """Streams a narration to stdout as it arrives."""

    def __init__(self, narrator: str) -> None:
        self.narrator = narrator
        self.shown = ""
        self.started = False

    async def update(self, text: str) -> None:
        if not self.started:
            sys.stdout.write(f"\n— {self.narrator} —\n")
            self.started = True
        if not text.startswith(self.shown):
            # A guard trimmed or regenerated the narration: show it again from the top.
            sys.stdout.write("\n[revised]\n")
            self.shown = ""
        sys.stdout.write(text[len(self.shown):])
        sys.stdout.flush()
        self.shown = text

    async def finish(self, text: str) -> int | None:
        sys.stdout.write("\n\n")
        sys.stdout.flush()
        return None

    async def abort(self) -> None:
        if self.started:
            sys.stdout.write("\n[narration withdrawn]\n")
            sys.stdout.flush()


async def _play(args: argparse.Namespace, settings: Settings) -> int:
    store = await Store.open(settings.db)
    try:
        try:
            backend = await make_backend(settings)
        except LLMError as exc:
            print(f"loremaster: {exc}", file=sys.stderr)
            return 1
        try:
            return await _session(args, settings, store, backend)
        finally:
            await backend.aclose()
    finally:
        await store.close()


async def _session(
    args: argparse.Namespace, settings: Settings, store: Store, backend: LLMBackend
) -> int:
    service = scene_service(store, backend, settings, time.time)
    try:
        return await _start_and_play(args, settings, service)
    finally:
        await service.aclose()  # background memory upkeep stops with the session


async def _start_and_play(args: argparse.Namespace, settings: Settings,
                          service: SceneService) -> int:
    store = service.store
    if args.resume:
        scene = await store.latest_scene()
        if scene is None:
            print("loremaster: no scene to resume in", settings.db, file=sys.stderr)
            return 2
        seats = [
            Seat(p.player_name, p.character_name) for p in await store.participants(scene.id)
        ]
        print(f"(resuming scene {scene.id}, round {scene.round_no})", file=sys.stderr)
        await _open_scene(service, scene)  # its set-up may have been cut short
        return await _loop(service, scene, seats)
    if not args.players:
        print("loremaster: play needs --players (or --resume)", file=sys.stderr)
        return 2
    try:
        seats = parse_players(args.players)
        scene = await _new_scene(service, args, settings.narrator_card, seats)
    except (CardError, OSError, ValueError) as exc:
        print(f"loremaster: cannot start the scene: {exc}", file=sys.stderr)
        return 2
    return await _loop(service, scene, seats)


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
    scene = await store.create_scene_with_seats(
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


async def _loop(service: SceneService, scene: Scene, seats: list[Seat]) -> int:
    interactive = sys.stdin.isatty()
    pending = await _narrate_if_ready(service, scene)
    while True:
        scene = await service.store.get_scene(scene.id)
        prompt = ""
        if interactive:
            state = await service.round_state(scene)
            waiting = [s.player for s in seats if f"console:{s.player}" in state.missing]
            prompt = f"[round {scene.round_no} · waiting for {', '.join(waiting) or 'nobody'}]> "
        line = await _read_line(prompt if interactive else None)
        if line is None:
            break
        line = line.strip()
        if not line:
            continue
        if line in ("/quit", "/exit"):
            break
        if line == "/retry":
            pending = await _narrate_if_ready(service, scene)
            continue
        seat, text = split_line(line, seats)
        if seat is None:
            names = ", ".join(s.player for s in seats)
            print(f"(who is speaking? start the line with a name: {names})", file=sys.stderr)
            continue
        player_id = f"console:{seat.player}"
        if is_out_of_character(text):
            await service.store.add_post(
                scene_id=scene.id, kind=PostKind.OOC, author_id=player_id,
                author_name=seat.player, content=text, now=service.clock(),
                round_no=scene.round_no,
            )
            continue
        kind = PostKind.PASS if text == "/pass" else PostKind.ACTION
        outcome = await service.submit(
            scene, player_id=player_id, player_name=seat.player,
            text=strip_out_of_character(text) if kind == PostKind.ACTION else "(passes)",
            kind=kind,
        )
        if outcome.decision.refused:
            print(f"({seat.player}: {outcome.decision.refused})", file=sys.stderr)
            continue
        if outcome.round_ready:
            pending = await _narrate_if_ready(service, scene)
    if pending:
        print("(the last round still waits for its narration: every action is saved; "
              "`loremaster play --resume` continues)", file=sys.stderr)
        return EXIT_PENDING
    return 0


async def _narrate_if_ready(service: SceneService, scene: Scene) -> bool:
    """Narrate a round that is ready; True if it is still pending afterwards."""
    scene = await service.store.get_scene(scene.id)
    if not await service.round_ready(scene):
        return False
    campaign = await service.store.get_campaign(scene.campaign_id)
    name = (await asyncio.to_thread(narrator_card, service.cards_dir, campaign.narrator_card)
            ).data.name
    try:
        await service.narrate(scene, TerminalSink(name))
    except LLMError as exc:
        print(f"(the narrator is unavailable: {exc}. Your actions are saved; "
              "type /retry to try again.)", file=sys.stderr)
        return True
    return False


async def _read_line(prompt: str | None) -> str | None:
    """A line from stdin without blocking the event loop; None at EOF."""
    loop = asyncio.get_running_loop()
    if prompt is not None:
        try:
            return await loop.run_in_executor(None, input, prompt)
        except EOFError:
            return None
    line = await loop.run_in_executor(None, sys.stdin.readline)
    return line if line else None
