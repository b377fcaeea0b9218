"""The one store: SQLite through aiosqlite, every SQL statement in this package."""

from bot.store.canon import NewSeat
from bot.store.errors import AlreadyDone, RoundAlreadyNarrated, SceneAlreadyOpened
from bot.store.store import Store

__all__ = ["AlreadyDone", "NewSeat", "RoundAlreadyNarrated", "SceneAlreadyOpened", "Store"]
