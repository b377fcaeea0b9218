"""Opening the SQLite database and applying numbered migrations."""

from __future__ import annotations

import asyncio
import logging
import re
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


async def migrate(db: aiosqlite.Connection) -> list[str]:
    """Apply the migrations this database lacks; return the names applied."""
    await db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at REAL NOT NULL)"
    )
    async with db.execute("SELECT number FROM schema_migrations") as cur:
        done = {row[0] for row in await cur.fetchall()}
    applied = []
    for number, name, sql in migration_files():
        if number in done:
            continue
        # One transaction per migration: a failure leaves the database as it was.
        await db.execute("BEGIN IMMEDIATE")
        try:
            # executescript would COMMIT first; run statements one by one instead.
            for statement in _split_sql(sql):
                await db.execute(statement)
            await db.execute(
                "INSERT INTO schema_migrations (number, name, applied_at) VALUES (?, ?, ?)",
                (number, name, time.time()),
            )
            await db.execute("COMMIT")
        except BaseException:
            await db.execute("ROLLBACK")
            raise
        log.info("applied migration %s", name)
        applied.append(name)
    return applied


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping `BEGIN … END;` trigger bodies whole."""
    statements: list[str] = []
    current: list[str] = []
    depth = 0
    for line in script.splitlines():
        stripped = line.strip()
        if not current and (not stripped or stripped.startswith("--")):
            continue
        current.append(line)
        upper = stripped.upper()
        if re.search(r"\bBEGIN\b\s*$", upper):
            depth += 1
        if depth and re.match(r"^END\s*;", upper):
            depth -= 1
        if not depth and stripped.endswith(";"):
            statements.append("\n".join(current))
            current = []
    if current and "".join(current).strip():
        statements.append("\n".join(current))
    return statements


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
        db = await aiosqlite.connect(str(self.path), isolation_level=None)
        try:
            await db.execute("PRAGMA busy_timeout=1000")
            while True:
                await asyncio.sleep(self.interval)
                try:
                    await db.execute_fetchall("PRAGMA wal_checkpoint(PASSIVE)")
                except aiosqlite.Error as exc:  # a busy database: try again next time
                    log.debug("checkpoint skipped: %s", exc)
        finally:
            await db.close()

    async def stop(self) -> None:
        if self._task is None:
            return
        self._task.cancel()
        try:
            await self._task
        except asyncio.CancelledError:
            pass
        self._task = None
