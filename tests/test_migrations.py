"""Numbered migrations on real SQLite files: each one applies whole or not at all, even
when the process is killed inside it, and sqlite3 (not a hand-written splitter) decides
where a statement ends."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import sys
from pathlib import Path

import pytest

from bot.store.db import connect, migrate, migration_files
from tests.conftest import REPO
from tests.sqlite_probe import write_lock_held
from tests.waiting import eventually, within

# Endless work inside a migration: the process sits in it, holding the write lock.
STALL = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1e15)"
    " SELECT count(*) FROM n;"
)
# Shipped numbers may have gaps (parallel branches each take their own number).
SHIPPED = [number for number, _, _ in migration_files()]
NEXT = max(SHIPPED) + 1


def _extra(sql: str, number: int = NEXT) -> list[tuple[int, str, str]]:
    return [*migration_files(), (number, f"{number:04d}_test_extra.sql", sql)]


def _state(db_path: Path) -> tuple[list[int], set[str]]:
    """(applied migration numbers, table names) as another connection sees them."""
    with sqlite3.connect(db_path) as db:
        numbers = [r[0] for r in db.execute("SELECT number FROM schema_migrations ORDER BY 1")]
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return numbers, tables


async def test_a_trigger_body_is_kept_whole_wherever_its_lines_break(db_path: Path) -> None:
    # The old splitter cut a statement at a line ending in ';' unless the line before
    # ended in BEGIN, so this trigger was split inside its body.
    sql = (
        "CREATE TABLE test_counter (n INTEGER NOT NULL);\n"
        "INSERT INTO test_counter VALUES (0);\n"
        "CREATE TRIGGER test_count AFTER INSERT ON campaigns BEGIN UPDATE test_counter\n"
        "  SET n = n + 1;\n"
        "END;\n"
        "-- a comment after the last statement\n"
    )
    db = await connect(db_path)
    try:
        assert await migrate(db, _extra(sql)) == [name for _, name, _ in _extra(sql)]
        await db.execute("INSERT INTO campaigns (title, created_at) VALUES ('x', 0)")
        counted = await db.execute_fetchall("SELECT n FROM test_counter")
    finally:
        await db.close()
    assert [tuple(r) for r in counted] == [(1,)]
    assert _state(db_path)[0] == [*SHIPPED, NEXT]


async def test_a_failing_migration_leaves_the_version_before(db_path: Path) -> None:
    db = await connect(db_path)
    try:
        await migrate(db)
        with pytest.raises(sqlite3.OperationalError, match="no such table"):
            await migrate(db, _extra(
                "CREATE TABLE test_half (x INTEGER);\nINSERT INTO test_missing VALUES (1);\n"
            ))
        assert not db.in_transaction  # rolled back, and the connection is usable
        again = await migrate(db)
    finally:
        await db.close()
    numbers, tables = _state(db_path)
    assert again == [] and numbers == SHIPPED
    assert "test_half" not in tables


async def test_a_migration_ending_mid_statement_is_refused(db_path: Path) -> None:
    db = await connect(db_path)
    try:
        with pytest.raises(RuntimeError, match="ends inside a statement"):
            await migrate(db, _extra("CREATE TABLE test_cut (x INTEGER"))
    finally:
        await db.close()
    numbers, tables = _state(db_path)
    assert numbers == SHIPPED and "test_cut" not in tables


_CHILD = """
import asyncio, sys
from bot.store.db import connect, migrate, migration_files

async def main():
    db = await connect(sys.argv[1])
    await migrate(db)
    print("stalling", flush=True)
    await migrate(db, [*migration_files(), ({n}, "{n:04d}_test_stall.sql", sys.argv[2])])

asyncio.run(main())
"""


async def test_a_kill_inside_a_migration_leaves_the_version_before(db_path: Path) -> None:
    sql = "CREATE TABLE test_half (x INTEGER);\nINSERT INTO test_half VALUES (1);\n" + STALL
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _CHILD.format(n=NEXT), str(db_path), sql,
        cwd=REPO, stdout=asyncio.subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None
        line = await within(proc.stdout.readline(), "the child to finish the shipped migrations")
        assert line == b"stalling\n"

        async def stalled() -> bool:
            if proc.returncode is not None:
                raise AssertionError(f"the migrating child exited ({proc.returncode})")
            return write_lock_held(db_path)

        await eventually(stalled, "the child to hold the write lock inside the migration")
        assert write_lock_held(db_path)  # still inside it: the stall never ends by itself
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGKILL)
        await proc.wait()
    assert proc.returncode == -signal.SIGKILL
    numbers, tables = _state(db_path)
    assert numbers == SHIPPED and "test_half" not in tables
    db = await connect(db_path)  # and the migration applies whole on the next start
    try:
        applied = await migrate(db, _extra(sql.replace(STALL, "")))
    finally:
        await db.close()
    numbers, tables = _state(db_path)
    assert applied == [f"{NEXT:04d}_test_extra.sql"]
    assert numbers == [*SHIPPED, NEXT] and "test_half" in tables
