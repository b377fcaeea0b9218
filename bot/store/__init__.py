"""The one store: SQLite through aiosqlite, every SQL statement in this package."""

from bot.store.errors import AlreadyDone, RoundAlreadyNarrated, SceneAlreadyOpened
from bot.store.rows import NewSeat
from bot.store.store import Store

__all__ = ["AlreadyDone", "NewSeat", "RoundAlreadyNarrated", "SceneAlreadyOpened", "Store"]
