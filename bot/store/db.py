"""Opening the SQLite database and applying numbered migrations."""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
import time
from importlib import resources
from pathlib import Path

import aiosqlite

log = logging.getLogger(__name__)

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migration_files() -> list[tuple[int, str, str]]:
    """(number, name, sql) for every migration shipped with the package, in order."""
    found = []
    for entry in resources.files("bot.store").joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    numbers = [n for n, _, _ in found]
    if len(set(numbers)) != len(numbers):
        raise RuntimeError(f"duplicate migration numbers: {numbers}")
    return found


async def connect(path: Path | str) -> aiosqlite.Connection:
    """Open `path` in WAL mode with foreign keys and a busy timeout for other writers."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = await aiosqlite.connect(str(path), isolation_level=None)
    try:
        db.row_factory = aiosqlite.Row
        await db.execute("PRAGMA journal_mode=WAL")
        await db.execute("PRAGMA synchronous=NORMAL")
        await db.execute("PRAGMA foreign_keys=ON")
        await db.execute("PRAGMA busy_timeout=10000")
        # Checkpoints run in the background (Checkpointer), not inside a turn's write.
        await db.execute("PRAGMA wal_autocheckpoint=0")
    except BaseException:
        # Not a database: close it, or its thread keeps the process from exiting.
        await db.close()
        raise
    return db


async def migrate(
    db: aiosqlite.Connection, migrations: list[tuple[int, str, str]] | None = None
) -> list[str]:
    """Apply the migrations this database lacks (default: the shipped ones); return the
    names applied."""
    await db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at REAL NOT NULL)"
    )
    done = {row[0] for row in await db.execute_fetchall("SELECT number FROM schema_migrations")}
    applied = []
    for number, name, sql in migration_files() if migrations is None else migrations:
        if number in done:
            continue
        await _apply(db, number, name, sql)
        log.info("applied migration %s", name)
        applied.append(name)
    return applied


async def _apply(db: aiosqlite.Connection, number: int, name: str, sql: str) -> None:
    """One migration and its schema_migrations row in one transaction, so a failure or a
    kill anywhere in it leaves the database at the version before.

    The transaction is part of the script: `executescript` commits a transaction open
    before it, and sqlite3 parses the statements (trigger bodies included) itself.
    """
    if not _MIGRATION_NAME.match(name):  # the name is written into the script below
        raise RuntimeError(f"not a migration name: {name!r}")
    if not sqlite3.complete_statement(sql):
        raise RuntimeError(f"migration {name} ends inside a statement")
    script = (
        f"BEGIN IMMEDIATE;\n{sql}\n;\n"
        "INSERT INTO schema_migrations (number, name, applied_at)"
        f" VALUES ({int(number)}, '{name}', {time.time()!r});\nCOMMIT;"
    )
    try:
        await db.executescript(script)
    except BaseException:
        if db.in_transaction:
            await db.execute("ROLLBACK")
        raise


class Checkpointer:
    """Folds the WAL into the database from a connection of its own, off the turn path.

    SQLite's automatic checkpoint runs inside whichever write crosses the
    threshold, so one turn in every few dozen paid for copying and syncing the
    log. A PASSIVE checkpoint here never blocks readers or writers.
    """

    def __init__(self, path: Path | str, interval: float = 5.0) -> None:
        self.path = path
        self.interval = interval
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if str(self.path) != ":memory:":
            self._task = asyncio.create_task(self._run(), name="sqlite-checkpoint")

    async def _run(self) -> None:
        # Connect after the first wait: a short-lived store (a CLI read) never opens it.
        await asyncio.sleep(self.interval)
        db = await self._connect()
        try:
            await db.execute("PRAGMA busy_timeout=1000")
            while True:
                try:
                    await db.execute_fetchall("PRAGMA wal_checkpoint(PASSIVE)")
                except aiosqlite.Error as exc:  # a busy database: try again next time
                    log.debug("checkpoint skipped: %s", exc)
                await asyncio.sleep(self.interval)
        finally:
            await db.close()

    async def _connect(self) -> aiosqlite.Connection:
        """The connection, closed again when a stop cancels us while it opens: its thread
        would otherwise answer after the event loop is gone ("Event loop is closed")."""
        opening = asyncio.ensure_future(aiosqlite.connect(str(self.path), isolation_level=None))
        try:
            return await asyncio.shield(opening)
        except asyncio.CancelledError:
            db = await opening
            await db.close()
            raise

    async def stop(self) -> None:
        if self._task is None:
            return
        self._task.cancel()
        try:
            await self._task
        except asyncio.CancelledError:
            pass
        self._task = None
