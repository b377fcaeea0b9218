"""`loremaster cards validate|import|export`: check, store and convert card files."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.cards.charx import member_parts
from bot.cards.errors import CardError
from bot.cards.install import Piece, install
from bot.cards.io import (
    LoadedCard,
    detect_format,
    dump_card,
    load_card_file,
    parse_json,
    read_source,
)
from bot.cards.lorebook_io import load_lorebook
from bot.engine.lorebook import Lorebook

DEFAULT_CARDS_DIR = Path("cards")


def register(subparsers: Any) -> None:
    cards = subparsers.add_parser("cards", help="check, import and export character cards")
    actions = cards.add_subparsers(dest="cards_command", metavar="ACTION", required=True)

    validate = actions.add_parser("validate", help="check a card or lorebook file")
    validate.add_argument("file", type=Path)
    validate.set_defaults(func=run_validate)

    imported = actions.add_parser("import", help="validate a card and store it as JSON")
    imported.add_argument("file", type=Path)
    imported.add_argument("--into", type=Path, default=DEFAULT_CARDS_DIR, help="default: cards/")
    imported.set_defaults(func=run_import)

    export = actions.add_parser("export", help="convert a card to JSON, PNG or .charx")
    export.add_argument("file", type=Path)
    export.add_argument("--format", choices=("json", "png", "charx"), required=True)
    export.add_argument("-o", "--output", type=Path, required=True)
    export.set_defaults(func=run_export)


def _is_lorebook(path: Path) -> bool:
    """A JSON file that is not a card (no `spec`/`data`, or spec lorebook_v3)."""
    data = read_source(path)
    if detect_format(data, str(path)) != "json":
        return False
    raw = parse_json(data)
    if not isinstance(raw, dict):
        return False
    return raw.get("spec") == "lorebook_v3" or ("entries" in raw and "data" not in raw)


def card_summary(loaded: LoadedCard) -> str:
    data = loaded.card.data
    greetings = 1 + len(data.alternate_greetings) if data.first_mes else 0
    parts = [
        f"{loaded.card.spec} ({loaded.source_format})",
        f"{greetings} greeting(s)",
        f"{len(data.group_only_greetings)} group greeting(s)",
    ]
    if data.character_book is not None:
        parts.append(f"lorebook of {len(data.character_book.entries)} entries")
    if data.assets:
        parts.append(f"{len(data.assets)} asset(s)")
    return f"ok: card {data.name!r}: " + ", ".join(parts)


def lorebook_summary(book: Lorebook) -> str:
    enabled = sum(entry.enabled for entry in book.entries)
    constant = sum(entry.constant for entry in book.entries)
    return (
        f"ok: lorebook {book.name!r}: {len(book.entries)} entries "
        f"({enabled} enabled, {constant} constant)"
    )


def run_validate(args: argparse.Namespace) -> int:
    try:
        if _is_lorebook(args.file):
            print(lorebook_summary(load_lorebook(args.file)))
        else:
            print(card_summary(load_card_file(args.file)))
    except CardError as exc:
        print(f"invalid: {args.file}: {exc}", file=sys.stderr)
        return 1
    return 0


def slug(name: str) -> str:
    cleaned = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    return cleaned[:60] or "card"


def run_import(args: argparse.Namespace) -> int:
    """Write the normalized card JSON (and its image or embedded files) under --into.

    Everything is validated first, and then written whole or not at all (see
    `install`), so a bad file or a failed write leaves the directory as it was.
    """
    return _reported(lambda: _import(args), source=args.file, target=f"into {args.into}")


def _import(args: argparse.Namespace) -> str:
    if _is_lorebook(args.file):
        book = load_lorebook(args.file)
        relative = f"lorebooks/{slug(book.name or args.file.stem)}.json"
        install(args.into, {relative: read_source(args.file)})
        target = args.into / relative
        return f"imported lorebook {book.name!r} ({len(book.entries)} entries) → {target}"
    loaded = load_card_file(args.file)
    name = slug(loaded.card.data.name or args.file.stem)
    target = args.into / f"{name}.json"
    pieces: dict[str, Piece] = {target.name: dump_card(loaded.card, "json")}
    if loaded.image is not None:
        pieces[f"{name}.png"] = loaded.image
    if loaded.assets:
        # Member names were checked when the archive was read.
        pieces[f"{name}.assets"] = {
            member_parts(member): content for member, content in loaded.assets.items()
        }
    install(args.into, pieces)
    return f"imported {card_summary(loaded)[4:]} → {target}"


def _reported(run: Callable[[], str], *, source: Path, target: str) -> int:
    """Run a card command: its summary on stdout (exit 0), or one line on stderr saying
    whether the input was bad or the write failed (exit 1)."""
    try:
        done = run()
    except CardError as exc:
        print(f"invalid: {source}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"cannot write {target}: {exc.strerror}", file=sys.stderr)
        return 1
    print(done)
    return 0


def _write(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".part")
    try:
        temporary.write_bytes(content)
        temporary.replace(path)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise


def run_export(args: argparse.Namespace) -> int:
    def export() -> str:
        loaded = load_card_file(args.file)
        output = dump_card(loaded.card, args.format, image=loaded.image, assets=loaded.assets)
        _write(args.output, output)
        return f"exported {loaded.card.data.name!r} as {args.format} → {args.output}"

    return _reported(export, source=args.file, target=str(args.output))
