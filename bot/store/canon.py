"""The writes that make canon, each refused by the store itself when it is no longer
wanted, so the refusal holds for every process on the database: a round is narrated
once, an action lands only in the open round, a scene has one opening, and a scene is
set up with all its seats or not at all. `Store` inherits this mixin."""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Any, NamedTuple

from bot.models import ROUND_CLOSING_KINDS, PacingMode, Post, PostKind, Scene
from bot.store.errors import RoundAlreadyNarrated, SceneAlreadyOpened

if TYPE_CHECKING:
    import aiosqlite

SEAT = (
    "INSERT INTO participants (scene_id, player_id, player_name, character_id,"
    " status, joined_at) VALUES (?, ?, ?, ?, 'active', ?)"
    " ON CONFLICT (scene_id, player_id) DO UPDATE SET status = 'active',"
    " character_id = excluded.character_id, player_name = excluded.player_name"
)
# Guarded inserts: the check that the write is still wanted is part of the statement, so
# it holds across processes (SQLite runs one writing statement at a time, on the newest
# data). A round is open while it is the scene's current round and no narration closed it.
_ROUND_IS_OPEN = (
    " WHERE EXISTS (SELECT 1 FROM scenes WHERE id = ? AND round_no = ?)"
    " AND NOT EXISTS (SELECT 1 FROM posts WHERE scene_id = ? AND round_no = ? AND deleted = 0"
    f" AND kind IN ({', '.join(repr(str(k)) for k in sorted(ROUND_CLOSING_KINDS))}))"
)
_INSERT_ACTION = (
    "INSERT INTO posts (scene_id, seq, kind, author_id, author_name, content, round_no,"
    " character_id, discord_message_id, meta, created_at)"
    " SELECT ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM posts WHERE scene_id = ?),"
    " ?, ?, ?, ?, ?, ?, ?, ?, ?" + _ROUND_IS_OPEN + " RETURNING *"
)
_NARRATOR_COLUMNS = (
    "INSERT INTO posts (scene_id, seq, kind, author_id, author_name, content, round_no,"
    " discord_message_id, meta, created_at, closes_round)"
    " SELECT ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM posts WHERE scene_id = ?),"
    " ?, ?, ?, ?, ?, ?, ?, ?, ?"
)
_INSERT_NARRATION = _NARRATOR_COLUMNS + _ROUND_IS_OPEN + " RETURNING *"
_INSERT_OPENING = (
    _NARRATOR_COLUMNS
    + " WHERE NOT EXISTS (SELECT 1 FROM posts WHERE scene_id = ? AND kind = ?)"
    + " RETURNING *"
)


class NewSeat(NamedTuple):
    """A seat of a scene being created: an existing character, or a new one by name."""

    player_id: str
    player_name: str
    character_name: str | None = None  # create this character for the player
    character_id: int | None = None  # or seat this existing one


class CanonStoreMixin:
    if TYPE_CHECKING:

        def transaction(self) -> AbstractAsyncContextManager[aiosqlite.Connection]: ...

        async def _write(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...

        async def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None: ...

        async def get_scene(self, scene_id: int) -> Scene: ...

    async def create_scene_with_seats(
        self, *, campaign: int | dict[str, Any], seats: Sequence[NewSeat], now: float,
        pacing_mode: PacingMode = PacingMode.ROUNDS, **scene_fields: Any,
    ) -> Scene:
        """A scene with every seat, and the campaign (given as its fields) and characters it
        needs, in one transaction: a crash or a refusal leaves all of it or none."""
        async with self.transaction() as db:
            if isinstance(campaign, dict):
                campaign_id = await _insert_in(db, "campaigns", {"created_at": now, **campaign})
            else:
                campaign_id = campaign
            scene_id = await _insert_in(db, "scenes", {
                "campaign_id": campaign_id, "pacing_mode": str(pacing_mode),
                "round_opened_at": now, "created_at": now, **scene_fields,
            })
            for seat in seats:
                character_id = seat.character_id
                if seat.character_name is not None:
                    character_id = await _insert_in(db, "characters", {
                        "campaign_id": campaign_id, "player_id": seat.player_id,
                        "player_name": seat.player_name, "name": seat.character_name,
                        "created_at": now,
                    })
                await db.execute(SEAT, (scene_id, seat.player_id, seat.player_name,
                                         character_id, now))
        return await self.get_scene(scene_id)

    async def add_action(
        self, *, scene_id: int, kind: PostKind, author_id: str, author_name: str, content: str,
        now: float, round_no: int, character_id: int | None = None,
        discord_message_id: int | None = None, meta: dict[str, Any] | None = None,
    ) -> Post:
        """Store a player's action (or pass) for `round_no`, which must still be the open
        round: one written after that round's narration would never be narrated. Raises
        RoundAlreadyNarrated otherwise (the check and the insert are one statement)."""
        rows = await self._write(
            _INSERT_ACTION,
            (
                scene_id, scene_id, str(kind), author_id, author_name, content, round_no,
                character_id, discord_message_id, json.dumps(meta or {}), now,
                *_open_round(scene_id, round_no),
            ),
        )
        if not rows:
            raise RoundAlreadyNarrated(scene_id, round_no)
        return Post(**rows[0])

    async def opening(self, scene_id: int) -> Post | None:
        """The scene's opening, even one deleted since (the scene was opened all the same)."""
        row = await self._one(
            "SELECT * FROM posts WHERE scene_id = ? AND kind = ? ORDER BY seq LIMIT 1",
            (scene_id, str(PostKind.OPENING)),
        )
        return Post(**row) if row else None

    async def store_opening(
        self, *, scene_id: int, content: str, now: float, author_name: str,
        discord_message_id: int | None = None,
    ) -> Post:
        """Store the scene's opening (before round 1); raises SceneAlreadyOpened when it
        has had one, even one deleted since (the check and the insert are one statement)."""
        rows = await self._write(
            _INSERT_OPENING,
            (
                scene_id, scene_id, str(PostKind.OPENING), "narrator", author_name, content, 0,
                discord_message_id, "{}", now, 0, scene_id, str(PostKind.OPENING),
            ),
        )
        if not rows:
            raise SceneAlreadyOpened(scene_id)
        return Post(**rows[0])

    async def store_narration(
        self, *, scene: Scene, content: str, now: float, author_name: str,
        kind: PostKind = PostKind.NARRATION, discord_message_id: int | None = None,
        meta: dict[str, Any] | None = None,
    ) -> Post:
        """Store the narration that closes `scene.round_no` and, atomically, open the next
        round (a trigger advances it inside the same INSERT: see migration 0006).

        Raises RoundAlreadyNarrated, storing nothing, unless that round is still the
        scene's open one: the check is part of the INSERT, so of any number of processes
        narrating one round exactly one stores its narration.
        """
        rows = await self._write(
            _INSERT_NARRATION,
            (
                scene.id, scene.id, str(kind), "narrator", author_name, content, scene.round_no,
                discord_message_id, json.dumps(meta or {}), now, 1,
                *_open_round(scene.id, scene.round_no),
            ),
        )
        if not rows:
            raise RoundAlreadyNarrated(scene.id, scene.round_no)
        return Post(**rows[0])


def _open_round(scene_id: int, round_no: int) -> tuple[int, int, int, int]:
    """The parameters of _ROUND_IS_OPEN."""
    return scene_id, round_no, scene_id, round_no


async def _insert_in(db: aiosqlite.Connection, table: str, values: dict[str, Any]) -> int:
    """An INSERT inside the caller's transaction; the new row's id."""
    cols, marks = ", ".join(values), ", ".join("?" for _ in values)
    cursor = await db.execute(
        f"INSERT INTO {table} ({cols}) VALUES ({marks})", [_encoded(v) for v in values.values()]
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _encoded(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, dict | list) else value
