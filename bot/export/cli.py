"""`loremaster export preferences`: training data from a Loremaster database."""

from __future__ import annotations

import argparse
import asyncio
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

from bot.export.card import render_card
from bot.export.formats import FORMATS
from bot.export.run import Emit, Export, ExportOptions, export_preferences
from bot.store import Store


def register(subparsers: Any) -> None:
    export = subparsers.add_parser("export", help="Export data from a Loremaster database")
    kinds = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    prefs = kinds.add_parser(
        "preferences", help="Players' and GMs' judgements of narrations, as training data")
    prefs.add_argument("--db", required=True, type=Path, help="the bot's SQLite database")
    prefs.add_argument("--format", required=True, choices=FORMATS,
                       help="dpo: chosen/rejected pairs; kto: labelled completions; "
                            "sft: chat transcripts")
    prefs.add_argument("--out", type=Path, default=None,
                       help="the JSONL file (default: preferences-FORMAT.jsonl)")
    prefs.add_argument("--min-margin", type=int, default=1,
                       help="least agreement a judgement needs (default 1)")
    prefs.add_argument("--license", default="other", help="licence named in the card")
    prefs.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db: Path = args.db
    if not db.is_file():
        print(f"loremaster export: no database at {db}", file=sys.stderr)
        return 2
    if args.min_margin < 0:
        print("loremaster export: --min-margin is 0 or more", file=sys.stderr)
        return 2
    out: Path = args.out or Path(f"preferences-{args.format}.jsonl")
    card = out.with_name(out.stem + ".card.md")
    # Written to a side file first: a failure never leaves half an export in place.
    partial = out.with_name(out.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as f:
            def emit(record: dict[str, Any]) -> None:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")

            export = asyncio.run(_export(db, args.format, args.min_margin, args.license, emit))
    except sqlite3.DatabaseError as exc:
        partial.unlink(missing_ok=True)
        print(f"loremaster export: cannot read {db}: {exc}", file=sys.stderr)
        return 2
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(out)
    card.write_text(render_card(export, out.name), encoding="utf-8")
    print(f"{export.count} record(s) written to {out}; dataset card: {card}")
    return 0


async def _export(db: Path, fmt: Any, min_margin: int, licence: str, emit: Emit) -> Export:
    store = await Store.open(db)
    try:
        return await export_preferences(
            store, ExportOptions(format=fmt, min_margin=min_margin, license=licence), emit)
    finally:
        await store.close()
