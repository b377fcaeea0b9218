"""`loremaster prompt`: the last prompt the narrator saw, part by part, with token counts."""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import sys
from pathlib import Path
from typing import Any

from bot.engine.prompt_report import render_report
from bot.store import Store


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "prompt", help="show the last prompt the narrator saw, part by part"
    )
    parser.add_argument("--db", type=Path, help="the database (default: LOREMASTER_DB)")
    parser.add_argument("--scene", type=int, metavar="N",
                        help="the scene's id (default: the scene narrated last)")
    parser.set_defaults(func=run_prompt)


def run_prompt(args: argparse.Namespace) -> int:
    db: Path | None = args.db
    if db is None:
        from bot.config import load_settings

        db = load_settings().db
    if not db.is_file():
        return _fail(f"no database at {db}")
    try:
        report = asyncio.run(_report(db, args.scene))
    except sqlite3.DatabaseError as exc:
        return _fail(f"{db} is not a Loremaster database ({exc})")
    if report is None:
        where = f"scene {args.scene}" if args.scene is not None else "any scene"
        return _fail(f"the narrator has not been prompted in {where} yet")
    sys.stdout.write(report)
    return 0


async def _report(db: Path, scene_id: int | None) -> str | None:
    store = await Store.open(db)
    try:
        record = await store.prompts.last(scene_id)
    finally:
        await store.close()
    return render_report(record) if record is not None else None


def _fail(message: str) -> int:
    print(f"loremaster: error: {message}", file=sys.stderr)
    return 1
