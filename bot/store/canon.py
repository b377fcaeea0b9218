"""The writes that make canon, each refused by the store itself when it is no longer
wanted, so the refusal holds for every process on the database: a round is narrated
once, an action lands only in the open round, a scene has one opening, and a retracted
narration comes back only while its round is still unnarrated."""

from __future__ import annotations

import json
from typing import Any

from bot.models import ROUND_CLOSING_KINDS, Post, PostKind, Scene
from bot.store.database import Repository, marks
from bot.store.errors import RoundAlreadyNarrated, SceneAlreadyOpened
from bot.store.posts import NEXT_SEQ

_CLOSING = tuple(sorted(str(k) for k in ROUND_CLOSING_KINDS))
# Guarded inserts: the check that the write is still wanted is part of the statement, so
# it holds across processes (SQLite runs one writing statement at a time, on the newest
# data). A round is open while it is the scene's current round and no narration closed it.
_ROUND_IS_OPEN = (
    " WHERE EXISTS (SELECT 1 FROM scenes WHERE id = ? AND round_no = ?)"
    " AND NOT EXISTS (SELECT 1 FROM posts WHERE scene_id = ? AND round_no = ? AND deleted = 0"
    f" AND kind IN ({', '.join(repr(k) for k in _CLOSING)}))"
)
_INSERT_ACTION = (
    "INSERT INTO posts (scene_id, seq, kind, author_id, author_name, content, round_no,"
    f" character_id, discord_message_id, meta, created_at) SELECT ?, {NEXT_SEQ},"
    " ?, ?, ?, ?, ?, ?, ?, ?, ?" + _ROUND_IS_OPEN + " RETURNING *"
)
_NARRATOR_COLUMNS = (
    "INSERT INTO posts (scene_id, seq, kind, author_id, author_name, content, round_no,"
    f" discord_message_id, meta, created_at, closes_round) SELECT ?, {NEXT_SEQ},"
    " ?, ?, ?, ?, ?, ?, ?, ?, ?"
)
_INSERT_NARRATION = _NARRATOR_COLUMNS + _ROUND_IS_OPEN + " RETURNING *"
_INSERT_OPENING = (
    _NARRATOR_COLUMNS
    + " WHERE NOT EXISTS (SELECT 1 FROM posts WHERE scene_id = ? AND kind = ?)"
    + " RETURNING *"
)
_REOPEN = "UPDATE scenes SET round_no = ?, round_opened_at = ? WHERE id = ? AND round_no = ?"


class CanonRepo(Repository):
    async def add_action(
        self, *, scene_id: int, kind: PostKind, author_id: str, author_name: str, content: str,
        now: float, round_no: int, character_id: int | None = None,
        discord_message_id: int | None = None, meta: dict[str, Any] | None = None,
    ) -> Post:
        """Store a player's action (or pass) for `round_no`, which must still be the open
        round: one written after that round's narration would never be narrated. Raises
        RoundAlreadyNarrated otherwise (the check and the insert are one statement)."""
        rows = await self.db.write(_INSERT_ACTION, (
            scene_id, scene_id, str(kind), author_id, author_name, content, round_no,
            character_id, discord_message_id, json.dumps(meta or {}), now,
            *_open_round(scene_id, round_no),
        ))
        if not rows:
            raise RoundAlreadyNarrated(scene_id, round_no)
        return Post(**rows[0])

    async def opening(self, scene_id: int) -> Post | None:
        """The scene's opening, even one deleted since (the scene was opened all the same)."""
        return await self.db.one_as(
            Post,
            "SELECT * FROM posts WHERE scene_id = ? AND kind = ? ORDER BY seq LIMIT 1",
            (scene_id, str(PostKind.OPENING)),
        )

    async def store_opening(
        self, *, scene_id: int, content: str, now: float, author_name: str,
        discord_message_id: int | None = None,
    ) -> Post:
        """Store the scene's opening (before round 1); raises SceneAlreadyOpened when it
        has had one, even one deleted since (the check and the insert are one statement)."""
        rows = await self.db.write(_INSERT_OPENING, (
            scene_id, scene_id, str(PostKind.OPENING), "narrator", author_name, content, 0,
            discord_message_id, "{}", now, 0, scene_id, str(PostKind.OPENING),
        ))
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
        rows = await self.db.write(_INSERT_NARRATION, (
            scene.id, scene.id, str(kind), "narrator", author_name, content, scene.round_no,
            discord_message_id, json.dumps(meta or {}), now, 1,
            *_open_round(scene.id, scene.round_no),
        ))
        if not rows:
            raise RoundAlreadyNarrated(scene.id, scene.round_no)
        return Post(**rows[0])

    async def last_narration(self, scene_id: int) -> Post | None:
        """The newest live narration that closed a round (not the scene's opening)."""
        return await self.db.one_as(
            Post,
            "SELECT * FROM posts WHERE scene_id = ? AND deleted = 0"
            f" AND kind IN ({marks(_CLOSING)}) ORDER BY seq DESC LIMIT 1",
            (scene_id, *_CLOSING),
        )

    async def retract(self, post: Post, now: float) -> None:
        """Delete a narration and reopen the round it closed, in one transaction; the
        steers it followed are unspent again."""
        async with self.db.transaction() as conn:
            await conn.execute(
                "UPDATE posts SET deleted = 1, edited_at = ? WHERE id = ?", (now, post.id)
            )
            await conn.execute(_REOPEN, (post.round_no, now, post.scene_id, post.round_no + 1))
            await conn.execute(
                "UPDATE posts SET meta = json_remove(meta, '$.used_by')"
                " WHERE scene_id = ? AND json_extract(meta, '$.used_by') = ?",
                (post.scene_id, post.id),
            )

    async def restore(self, post: Post, now: float) -> bool:
        """Undo `retract` (a regeneration failed: the old text stays canon). False,
        changing nothing, when the reopened round was narrated meanwhile (by another
        process): a round never has two narrations."""
        async with self.db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE posts SET deleted = 0, edited_at = ? WHERE id = ? AND deleted = 1"
                " AND NOT EXISTS (SELECT 1 FROM posts WHERE scene_id = ? AND round_no = ?"
                f" AND deleted = 0 AND kind IN ({marks(_CLOSING)}))",
                (now, post.id, post.scene_id, post.round_no, *_CLOSING),
            )
            if cursor.rowcount != 1:
                return False
            await conn.execute(_REOPEN, (post.round_no + 1, now, post.scene_id, post.round_no))
        return True


def _open_round(scene_id: int, round_no: int) -> tuple[int, int, int, int]:
    """The parameters of _ROUND_IS_OPEN."""
    return scene_id, round_no, scene_id, round_no
