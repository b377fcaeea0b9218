"""The one connection every repository shares, and the few helpers they all need."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from enum import Enum
from typing import Any, TypeVar

import aiosqlite
from pydantic import BaseModel

Row = dict[str, Any]
M = TypeVar("M", bound=BaseModel)

# Columns that hold JSON documents; rows come back with them decoded.
_JSON_COLUMNS = frozenset({
    "lines_veils", "settings", "gm_role_ids", "meta", "payload", "keys", "secondary_keys",
    "detail", "sections",
})


def decoded(row: aiosqlite.Row) -> Row:
    out = dict(row)
    for key in _JSON_COLUMNS & out.keys():
        value = out[key]
        if isinstance(value, str):
            out[key] = {} if value == "{}" else json.loads(value)  # most rows: empty meta
    return out


def encoded(value: Any) -> Any:
    """A value as SQLite stores it: documents as JSON, enums by value."""
    if isinstance(value, Enum):
        return value.value
    return json.dumps(value) if isinstance(value, dict | list) else value


def marks(values: Sequence[Any] | dict[str, Any]) -> str:
    """One `?` per value, for an IN (...) list."""
    return ", ".join("?" for _ in values)


class Database:
    """One aiosqlite connection (autocommit, WAL) and the lock that orders its writes."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self.conn = conn
        self.write_lock = asyncio.Lock()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """A write transaction; other processes wait on busy_timeout, not fail."""
        async with self.write_lock:
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                await self.conn.execute("ROLLBACK")
                raise
            await self.conn.execute("COMMIT")

    async def write(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """One statement, atomic on its own: one round trip instead of BEGIN/…/COMMIT.

        The lock keeps it out of another coroutine's open transaction on this
        connection, whose rollback would otherwise take this write with it.
        """
        async with self.write_lock:
            return [decoded(r) for r in await self.conn.execute_fetchall(sql, params)]

    async def changed(self, sql: str, params: Sequence[Any] = ()) -> bool:
        """One write statement in its own transaction; whether it changed exactly one row."""
        async with self.transaction() as conn:
            cursor = await conn.execute(sql, params)
            return cursor.rowcount == 1

    # Reads run and finish in one call on the connection's thread: a half-read
    # cursor would pin an old snapshot, and a write transaction begun on the same
    # connection meanwhile fails at once with SQLITE_BUSY instead of waiting.
    async def raw(self, sql: str, params: Sequence[Any] = ()) -> Iterable[aiosqlite.Row]:
        """Rows as tuples, JSON left as text (the hot paths unpack them positionally)."""
        return await self.conn.execute_fetchall(sql, params)

    async def one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        rows = await self.conn.execute_fetchall(sql, params)
        return decoded(next(iter(rows))) if rows else None

    async def all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return [decoded(r) for r in await self.conn.execute_fetchall(sql, params)]

    async def one_as(self, model: type[M], sql: str, params: Sequence[Any] = ()) -> M | None:
        row = await self.one(sql, params)
        return model(**row) if row is not None else None

    async def all_as(self, model: type[M], sql: str, params: Sequence[Any] = ()) -> list[M]:
        return [model(**r) for r in await self.all(sql, params)]

    async def get(self, model: type[M], table: str, row_id: int) -> M:
        """The row of `table` with this id; KeyError when there is none."""
        found = await self.one_as(model, f"SELECT * FROM {table} WHERE id = ?", (row_id,))
        if found is None:
            raise KeyError(f"no {table} row {row_id}")
        return found

    async def scalar(self, sql: str, params: Sequence[Any] = ()) -> int:
        """The integer the query's first column holds (0 when there is no row)."""
        rows = await self.conn.execute_fetchall(sql, params)
        return int(next(iter(rows))[0]) if rows else 0

    async def insert(self, table: str, values: dict[str, Any]) -> int:
        """A single-row INSERT on its own; the new row's id."""
        rows = await self.write(
            f"INSERT INTO {table} ({', '.join(values)}) VALUES ({marks(values)}) RETURNING id",
            [encoded(v) for v in values.values()],
        )
        return int(rows[0]["id"])

    async def update(self, table: str, row_id: int, fields: dict[str, Any]) -> None:
        if not fields:
            return
        sets = ", ".join(f"{name} = ?" for name in fields)
        await self.write(
            f"UPDATE {table} SET {sets} WHERE id = ?", [*map(encoded, fields.values()), row_id]
        )


async def insert_in(conn: aiosqlite.Connection, table: str, values: dict[str, Any]) -> int:
    """An INSERT inside the caller's transaction; the new row's id."""
    cursor = await conn.execute(
        f"INSERT INTO {table} ({', '.join(values)}) VALUES ({marks(values)})",
        [encoded(v) for v in values.values()],
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


class Repository:
    """A repository: one aggregate's SQL, over the shared `Database`."""

    def __init__(self, db: Database) -> None:
        self.db = db
