"""SQL of posts: adding, reading and editing them (the guarded canon writes: canon.py)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from bot.models import STORY_KINDS, Post, PostKind
from bot.store.database import Repository, marks
from bot.store.rows import RoundMarks

# The sequence number is taken in the INSERT itself, atomically with it.
NEXT_SEQ = "(SELECT COALESCE(MAX(seq), 0) + 1 FROM posts WHERE scene_id = ?)"
_INSERT_POST = (
    "INSERT INTO posts (scene_id, seq, kind, author_id, author_name, content, round_no,"
    f" character_id, discord_message_id, meta, created_at) VALUES (?, {NEXT_SEQ},"
    " ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *"
)
STORY = tuple(sorted(str(k) for k in STORY_KINDS))


class PostRepo(Repository):
    async def add(
        self, *, scene_id: int, kind: PostKind, author_id: str, author_name: str, content: str,
        now: float, round_no: int = 0, character_id: int | None = None,
        discord_message_id: int | None = None, meta: dict[str, Any] | None = None,
    ) -> Post:
        rows = await self.db.write(_INSERT_POST, (
            scene_id, scene_id, str(kind), author_id, author_name, content, round_no,
            character_id, discord_message_id, json.dumps(meta or {}), now,
        ))
        return Post(**rows[0])

    async def import_many(
        self, scene_id: int, posts: Sequence[tuple[str, str, str, str, int]], now: float
    ) -> None:
        """Append (kind, author_id, author_name, content, round_no) posts in one transaction
        (imports and benchmarks; the index triggers fire as for any post)."""
        first = await self.db.scalar(
            "SELECT COALESCE(MAX(seq), 0) FROM posts WHERE scene_id = ?", (scene_id,)
        ) + 1
        async with self.db.transaction() as conn:
            await conn.executemany(
                "INSERT INTO posts (scene_id, seq, kind, author_id, author_name, content,"
                " round_no, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(scene_id, first + i, kind, author_id, author_name, content, round_no, now)
                 for i, (kind, author_id, author_name, content, round_no) in enumerate(posts)],
            )

    async def get(self, post_id: int) -> Post:
        return await self.db.get(Post, "posts", post_id)

    async def for_message(self, discord_message_id: int) -> Post | None:
        return await self.db.one_as(
            Post, "SELECT * FROM posts WHERE discord_message_id = ?", (discord_message_id,)
        )

    async def set_message(self, post_id: int, discord_message_id: int) -> None:
        await self.db.update("posts", post_id, {"discord_message_id": discord_message_id})

    async def edit(self, post_id: int, content: str, now: float) -> None:
        await self.db.update("posts", post_id, {"content": content, "edited_at": now})

    async def replace_content(
        self, post_id: int, content: str, meta: dict[str, Any], now: float
    ) -> None:
        await self.db.update("posts", post_id, {"content": content, "meta": meta, "edited_at": now})

    async def delete(self, post_id: int, now: float) -> None:
        await self.db.update("posts", post_id, {"deleted": 1, "edited_at": now})

    async def round_marks(self, scene_id: int, round_no: int) -> RoundMarks:
        return (await self.round_marks_and_asks(scene_id, round_no))[0]

    async def round_marks_and_asks(self, scene_id: int, round_no: int) -> tuple[RoundMarks, bool]:
        """The round's marks, and whether the narration that opened it may have asked for
        rolls (its meta names roll requests), in one statement: it runs on every action."""
        rows = await self.db.raw(
            "SELECT 0, player_id, character_id, NULL, joined_at FROM participants"
            " WHERE scene_id = ? AND status = 'active'"
            " UNION ALL SELECT 1, author_id, NULL, kind, seq FROM posts"
            " WHERE scene_id = ? AND round_no = ? AND deleted = 0"
            " UNION ALL SELECT 2, NULL, NULL, NULL, seq FROM posts"
            " WHERE scene_id = ? AND round_no = ? AND deleted = 0 AND kind = ?"
            " AND meta LIKE '%roll_requests%'"
            " ORDER BY 1, 5, 2",
            (scene_id, scene_id, round_no, scene_id, round_no - 1, str(PostKind.NARRATION)),
        )
        found = RoundMarks([], [])
        asked = False
        for part, who, character, kind, _ in rows:
            if part == 2:
                asked = True
            elif part:
                found.marks.append((who, PostKind(kind)))
            else:
                found.seats.append((who, character))
        return found, asked

    async def of_round(self, scene_id: int, round_no: int) -> list[Post]:
        return await self.db.all_as(
            Post,
            "SELECT * FROM posts WHERE scene_id = ? AND round_no = ? AND deleted = 0 ORDER BY seq",
            (scene_id, round_no),
        )

    async def recent(
        self, scene_id: int, limit: int, kinds: Iterable[PostKind] | None = None,
        *, since_seq: int = 0,
    ) -> list[Post]:
        """The last `limit` live posts (of `kinds`, from `since_seq` on), oldest first."""
        # The unary `+` keeps SQLite on the (scene_id, seq) index, read backwards from the
        # end: with the kind index it would sort every matching post of the scene.
        sql = "SELECT * FROM posts WHERE scene_id = ? AND deleted = 0"
        params: list[Any] = [scene_id]
        if kinds is not None:
            kind_list = [str(k) for k in kinds]
            sql += f" AND +kind IN ({marks(kind_list)})"
            params += kind_list
        if since_seq:
            sql += " AND seq >= ?"
            params.append(since_seq)
        newest = await self.db.all_as(Post, sql + " ORDER BY seq DESC LIMIT ?", [*params, limit])
        return newest[::-1]

    async def recent_texts(
        self, scene_id: int, limit: int, kinds: Iterable[PostKind]
    ) -> list[str]:
        """The text of the last `limit` live posts of `kinds`, oldest first: for a tally
        read every turn, without decoding whole rows."""
        kind_list = [str(k) for k in kinds]
        rows = await self.db.raw(
            "SELECT content FROM posts WHERE scene_id = ? AND deleted = 0"
            f" AND +kind IN ({marks(kind_list)}) ORDER BY seq DESC LIMIT ?",
            [scene_id, *kind_list, limit],
        )
        return [str(content) for content, in rows][::-1]

    async def of_scene(self, scene_id: int, *, include_deleted: bool = False) -> list[Post]:
        sql = "SELECT * FROM posts WHERE scene_id = ?"
        if not include_deleted:
            sql += " AND deleted = 0"
        return await self.db.all_as(Post, sql + " ORDER BY seq", (scene_id,))

    async def count(self, scene_id: int) -> int:
        return await self.db.scalar("SELECT COUNT(*) FROM posts WHERE scene_id = ?", (scene_id,))

    async def story_between(self, scene_id: int, first_seq: int, last_seq: int) -> list[Post]:
        """Live story posts of a scene in a seq range (what a chapter covers)."""
        return await self.db.all_as(
            Post,
            "SELECT * FROM posts WHERE scene_id = ? AND seq BETWEEN ? AND ? AND deleted = 0"
            f" AND kind IN ({marks(STORY)}) ORDER BY seq",
            (scene_id, first_seq, last_seq, *STORY),
        )

    async def story_by_id(
        self, ids: Sequence[int], *, exclude_scene: int | None = None, exclude_from_seq: int = 0
    ) -> list[Post]:
        """Live posts by id, leaving out `exclude_scene`'s from `exclude_from_seq` on."""
        if not ids:
            return []
        return await self.db.all_as(
            Post,
            "SELECT * FROM posts WHERE id IN (SELECT value FROM json_each(?)) AND deleted = 0"
            " AND NOT (scene_id IS ? AND seq >= ?)",
            (json.dumps(list(ids)), exclude_scene, exclude_from_seq),
        )

    # -- GM steers: notes a narration follows once --------------------------------------

    async def unused_steers(self, scene_id: int) -> list[Post]:
        """GM steers not yet used by a narration, oldest first."""
        return await self.db.all_as(
            Post,
            "SELECT * FROM posts WHERE scene_id = ? AND kind = ? AND deleted = 0"
            " AND json_extract(meta, '$.steer') = 1"
            " AND json_extract(meta, '$.used_by') IS NULL ORDER BY seq",
            (scene_id, str(PostKind.GM_NOTE)),
        )

    async def mark_steers_used(self, post_ids: Sequence[int], narration_id: int) -> None:
        if not post_ids:  # most narrations follow no steer: no write transaction for them
            return
        async with self.db.transaction() as conn:
            await conn.executemany(
                "UPDATE posts SET meta = json_set(meta, '$.used_by', ?) WHERE id = ?",
                [(narration_id, post_id) for post_id in post_ids],
            )

    # -- player swipes: one statement each, so two clicks never lose a vote -------------

    async def merge_meta(self, post_id: int, values: dict[str, Any]) -> Post | None:
        """Merge top-level meta keys into a live post's meta (JSON merge patch)."""
        rows = await self.db.write(
            "UPDATE posts SET meta = json_patch(meta, ?) WHERE id = ? AND deleted = 0"
            " RETURNING *",
            (json.dumps(values), post_id),
        )
        return Post(**rows[0]) if rows else None

    async def cast_vote(self, post_id: int, voter: str, index: int) -> Post | None:
        """Record a voter's version while the post's vote is open; None when it is not."""
        rows = await self.db.write(
            "UPDATE posts SET meta = json_set(meta, '$.votes.' || json_quote(?), ?)"
            " WHERE id = ? AND deleted = 0 AND json_extract(meta, '$.vote_open') = 1"
            " RETURNING *",
            (voter, index, post_id),
        )
        return Post(**rows[0]) if rows else None

    async def settle_vote(self, post_id: int, index: int, now: float) -> Post | None:
        """Make version `index` the content and close the vote; None if it was closed
        already (another click or the deadline settled it first)."""
        rows = await self.db.write(
            "UPDATE posts SET content = json_extract(meta, '$.alternatives[' || ? || ']'),"
            " meta = json_set(meta, '$.chosen', ?, '$.vote_open', 0), edited_at = ?"
            " WHERE id = ? AND deleted = 0 AND json_extract(meta, '$.vote_open') = 1"
            " RETURNING *",
            (index, index, now, post_id),
        )
        return Post(**rows[0]) if rows else None
