"""The one store: SQLite through aiosqlite, every SQL statement in this package."""

from bot.store.store import Store

__all__ = ["Store"]
