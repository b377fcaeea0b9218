"""Every SQL statement of the core domain lives here.

One `Store` holds one aiosqlite connection. Writes that must be atomic
(a post and its sequence number; a narration and the round it closes) run in
one `BEGIN IMMEDIATE` transaction, so a crash leaves either all or nothing.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

from bot.models import (
    Campaign,
    Character,
    Deadline,
    PacingMode,
    Participant,
    Post,
    PostKind,
    Scene,
    SceneStatus,
)
from bot.store.db import connect, migrate

_JSON_COLUMNS = {"lines_veils", "settings", "gm_role_ids", "meta", "payload"}


def _row(row: aiosqlite.Row) -> dict[str, Any]:
    out = dict(row)
    for key in _JSON_COLUMNS & out.keys():
        out[key] = json.loads(out[key])
    return out


def _encode(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, dict | list) else value


class Store:
    def __init__(self, db: aiosqlite.Connection) -> None:
        self.db = db
        self._write_lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path | str) -> Store:
        db = await connect(path)
        await migrate(db)
        return cls(db)

    async def close(self) -> None:
        await self.db.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """A write transaction; other processes wait on busy_timeout, not fail."""
        async with self._write_lock:
            await self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                await self.db.execute("ROLLBACK")
                raise
            await self.db.execute("COMMIT")

    # Reads run and finish in one call on the connection's thread: a half-read
    # cursor would pin an old snapshot, and a write transaction begun on the same
    # connection meanwhile fails at once with SQLITE_BUSY instead of waiting.
    async def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = await self.db.execute_fetchall(sql, params)
        return _row(next(iter(rows))) if rows else None

    async def _all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [_row(r) for r in await self.db.execute_fetchall(sql, params)]

    async def _insert(self, table: str, values: dict[str, Any]) -> int:
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        async with self.transaction() as db:
            cur = await db.execute(
                f"INSERT INTO {table} ({cols}) VALUES ({marks})",
                [_encode(v) for v in values.values()],
            )
            assert cur.lastrowid is not None
            return cur.lastrowid

    async def _update(self, table: str, key: str, key_value: Any, fields: dict[str, Any]) -> None:
        if not fields:
            return
        sets = ", ".join(f"{name} = ?" for name in fields)
        async with self.transaction() as db:
            await db.execute(
                f"UPDATE {table} SET {sets} WHERE {key} = ?",
                [*(_encode(v) for v in fields.values()), key_value],
            )

    # -- campaigns -----------------------------------------------------------

    async def create_campaign(self, *, title: str, now: float, **fields: Any) -> Campaign:
        campaign_id = await self._insert("campaigns", {"title": title, "created_at": now, **fields})
        return await self.get_campaign(campaign_id)

    async def get_campaign(self, campaign_id: int) -> Campaign:
        row = await self._one("SELECT * FROM campaigns WHERE id = ?", (campaign_id,))
        if row is None:
            raise KeyError(f"no campaign {campaign_id}")
        return Campaign(**row)

    async def list_campaigns(
        self, guild_id: int | None, *, include_archived: bool = False
    ) -> list[Campaign]:
        sql = "SELECT * FROM campaigns WHERE guild_id IS ?"
        if not include_archived:
            sql += " AND status = 'active'"
        return [Campaign(**r) for r in await self._all(sql + " ORDER BY id", (guild_id,))]

    async def update_campaign(self, campaign_id: int, **fields: Any) -> Campaign:
        await self._update("campaigns", "id", campaign_id, fields)
        return await self.get_campaign(campaign_id)

    # -- scenes --------------------------------------------------------------

    async def create_scene(
        self, *, campaign_id: int, now: float, pacing_mode: PacingMode = PacingMode.ROUNDS,
        **fields: Any,
    ) -> Scene:
        scene_id = await self._insert(
            "scenes",
            {
                "campaign_id": campaign_id,
                "pacing_mode": str(pacing_mode),
                "round_opened_at": now,
                "created_at": now,
                **fields,
            },
        )
        return await self.get_scene(scene_id)

    async def get_scene(self, scene_id: int) -> Scene:
        row = await self._one("SELECT * FROM scenes WHERE id = ?", (scene_id,))
        if row is None:
            raise KeyError(f"no scene {scene_id}")
        return Scene(**row)

    async def scene_for_channel(self, channel_id: int) -> Scene | None:
        row = await self._one(
            "SELECT * FROM scenes WHERE channel_id = ? AND status != 'ended'"
            " ORDER BY id DESC LIMIT 1",
            (channel_id,),
        )
        return Scene(**row) if row else None

    async def latest_scene(self, campaign_id: int | None = None) -> Scene | None:
        if campaign_id is None:
            row = await self._one(
                "SELECT * FROM scenes WHERE status != 'ended' ORDER BY id DESC LIMIT 1"
            )
        else:
            row = await self._one(
                "SELECT * FROM scenes WHERE campaign_id = ? AND status != 'ended'"
                " ORDER BY id DESC LIMIT 1",
                (campaign_id,),
            )
        return Scene(**row) if row else None

    async def scenes_with_status(self, *statuses: SceneStatus) -> list[Scene]:
        marks = ", ".join("?" for _ in statuses)
        sql = f"SELECT * FROM scenes WHERE status IN ({marks}) ORDER BY id"
        rows = await self._all(sql, [str(s) for s in statuses])
        return [Scene(**r) for r in rows]

    async def update_scene(self, scene_id: int, **fields: Any) -> Scene:
        await self._update("scenes", "id", scene_id, {k: _plain(v) for k, v in fields.items()})
        return await self.get_scene(scene_id)

    # -- characters and participants ----------------------------------------

    async def create_character(
        self, *, campaign_id: int, player_id: str, player_name: str, name: str, now: float,
        **fields: Any,
    ) -> Character:
        character_id = await self._insert(
            "characters",
            {
                "campaign_id": campaign_id,
                "player_id": player_id,
                "player_name": player_name,
                "name": name,
                "created_at": now,
                **fields,
            },
        )
        return await self.get_character(character_id)

    async def get_character(self, character_id: int) -> Character:
        row = await self._one("SELECT * FROM characters WHERE id = ?", (character_id,))
        if row is None:
            raise KeyError(f"no character {character_id}")
        return Character(**row)

    async def active_character(self, campaign_id: int, player_id: str) -> Character | None:
        row = await self._one(
            "SELECT * FROM characters WHERE campaign_id = ? AND player_id = ? AND status = 'active'"
            " ORDER BY id DESC LIMIT 1",
            (campaign_id, player_id),
        )
        return Character(**row) if row else None

    async def campaign_characters(self, campaign_id: int) -> list[Character]:
        rows = await self._all(
            "SELECT * FROM characters WHERE campaign_id = ? AND status = 'active' ORDER BY id",
            (campaign_id,),
        )
        return [Character(**r) for r in rows]

    async def update_character(self, character_id: int, **fields: Any) -> Character:
        await self._update("characters", "id", character_id, fields)
        return await self.get_character(character_id)

    async def add_participant(
        self, *, scene_id: int, player_id: str, player_name: str, character_id: int | None,
        now: float,
    ) -> None:
        async with self.transaction() as db:
            await db.execute(
                "INSERT INTO participants (scene_id, player_id, player_name, character_id,"
                " status, joined_at) VALUES (?, ?, ?, ?, 'active', ?)"
                " ON CONFLICT (scene_id, player_id) DO UPDATE SET status = 'active',"
                " character_id = excluded.character_id, player_name = excluded.player_name",
                (scene_id, player_id, player_name, character_id, now),
            )

    async def set_participant_status(self, scene_id: int, player_id: str, status: str) -> None:
        async with self.transaction() as db:
            await db.execute(
                "UPDATE participants SET status = ? WHERE scene_id = ? AND player_id = ?",
                (status, scene_id, player_id),
            )

    async def participants(self, scene_id: int, *, active_only: bool = True) -> list[Participant]:
        sql = (
            "SELECT p.*, COALESCE(c.name, p.player_name) AS character_name"
            " FROM participants p LEFT JOIN characters c ON c.id = p.character_id"
            " WHERE p.scene_id = ?"
        )
        if active_only:
            sql += " AND p.status = 'active'"
        rows = await self._all(sql + " ORDER BY p.joined_at, p.player_id", (scene_id,))
        return [Participant(**r) for r in rows]

    # -- posts ---------------------------------------------------------------

    async def add_post(
        self, *, scene_id: int, kind: PostKind, author_id: str, author_name: str, content: str,
        now: float, round_no: int = 0, character_id: int | None = None,
        discord_message_id: int | None = None, meta: dict[str, Any] | None = None,
    ) -> Post:
        async with self.transaction() as db:
            post_id = await self._insert_post(
                db, scene_id, kind, author_id, author_name, content, now, round_no,
                character_id, discord_message_id, meta,
            )
        return await self.get_post(post_id)

    async def _insert_post(
        self, db: aiosqlite.Connection, scene_id: int, kind: PostKind, author_id: str,
        author_name: str, content: str, now: float, round_no: int,
        character_id: int | None, discord_message_id: int | None, meta: dict[str, Any] | None,
    ) -> int:
        cur = await db.execute(
            "INSERT INTO posts (scene_id, seq, kind, author_id, author_name, content, round_no,"
            " character_id, discord_message_id, meta, created_at)"
            " VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM posts WHERE scene_id = ?),"
            " ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                scene_id, scene_id, str(kind), author_id, author_name, content, round_no,
                character_id, discord_message_id, json.dumps(meta or {}), now,
            ),
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    async def store_narration(
        self, *, scene: Scene, content: str, now: float, author_name: str,
        kind: PostKind = PostKind.NARRATION, close_round: bool = True,
        discord_message_id: int | None = None, meta: dict[str, Any] | None = None,
        round_no: int | None = None,
    ) -> Post:
        """Store a finished narration and, atomically, open the next round."""
        async with self.transaction() as db:
            post_id = await self._insert_post(
                db, scene.id, kind, "narrator", author_name, content, now,
                scene.round_no if round_no is None else round_no,
                None, discord_message_id, meta,
            )
            if close_round:
                await db.execute(
                    "UPDATE scenes SET round_no = round_no + 1, round_opened_at = ?"
                    " WHERE id = ? AND round_no = ?",
                    (now, scene.id, scene.round_no),
                )
        return await self.get_post(post_id)

    async def get_post(self, post_id: int) -> Post:
        row = await self._one("SELECT * FROM posts WHERE id = ?", (post_id,))
        if row is None:
            raise KeyError(f"no post {post_id}")
        return Post(**row)

    async def post_for_message(self, discord_message_id: int) -> Post | None:
        row = await self._one(
            "SELECT * FROM posts WHERE discord_message_id = ?", (discord_message_id,)
        )
        return Post(**row) if row else None

    async def set_post_message(self, post_id: int, discord_message_id: int) -> None:
        await self._update("posts", "id", post_id, {"discord_message_id": discord_message_id})

    async def edit_post(self, post_id: int, content: str, now: float) -> None:
        await self._update("posts", "id", post_id, {"content": content, "edited_at": now})

    async def delete_post(self, post_id: int, now: float) -> None:
        await self._update("posts", "id", post_id, {"deleted": 1, "edited_at": now})

    async def round_posts(self, scene_id: int, round_no: int) -> list[Post]:
        rows = await self._all(
            "SELECT * FROM posts WHERE scene_id = ? AND round_no = ? AND deleted = 0 ORDER BY seq",
            (scene_id, round_no),
        )
        return [Post(**r) for r in rows]

    async def recent_posts(
        self, scene_id: int, limit: int, kinds: Iterable[PostKind] | None = None,
        *, before_round: int | None = None,
    ) -> list[Post]:
        """The last `limit` live posts (of `kinds`), oldest first."""
        sql = "SELECT * FROM posts WHERE scene_id = ? AND deleted = 0"
        params: list[Any] = [scene_id]
        if kinds is not None:
            kind_list = [str(k) for k in kinds]
            sql += f" AND kind IN ({', '.join('?' for _ in kind_list)})"
            params += kind_list
        if before_round is not None:
            sql += " AND round_no < ?"
            params.append(before_round)
        rows = await self._all(sql + " ORDER BY seq DESC LIMIT ?", [*params, limit])
        return [Post(**r) for r in reversed(rows)]

    async def all_posts(self, scene_id: int, *, include_deleted: bool = False) -> list[Post]:
        sql = "SELECT * FROM posts WHERE scene_id = ?"
        if not include_deleted:
            sql += " AND deleted = 0"
        return [Post(**r) for r in await self._all(sql + " ORDER BY seq", (scene_id,))]

    async def count_posts(self, scene_id: int) -> int:
        row = await self._one("SELECT COUNT(*) AS n FROM posts WHERE scene_id = ?", (scene_id,))
        return int(row["n"]) if row else 0

    # -- deadlines -----------------------------------------------------------

    async def set_deadline(
        self, *, scene_id: int, kind: str, fire_at: float, now: float,
        payload: dict[str, Any] | None = None,
    ) -> Deadline:
        """Replace the scene's pending deadline of `kind` with one at `fire_at`."""
        async with self.transaction() as db:
            await db.execute(
                "DELETE FROM deadlines WHERE scene_id = ? AND kind = ? AND fired_at IS NULL",
                (scene_id, kind),
            )
            cur = await db.execute(
                "INSERT INTO deadlines (scene_id, kind, fire_at, payload, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (scene_id, kind, fire_at, json.dumps(payload or {}), now),
            )
            deadline_id = cur.lastrowid
        row = await self._one("SELECT * FROM deadlines WHERE id = ?", (deadline_id,))
        assert row is not None
        return Deadline(**row)

    async def pending_deadlines(self, scene_id: int | None = None) -> list[Deadline]:
        sql = "SELECT * FROM deadlines WHERE fired_at IS NULL"
        params: tuple[Any, ...] = ()
        if scene_id is not None:
            sql += " AND scene_id = ?"
            params = (scene_id,)
        return [Deadline(**r) for r in await self._all(sql + " ORDER BY fire_at", params)]

    async def mark_deadline_fired(self, deadline_id: int, now: float) -> bool:
        """Claim a deadline; False if it already fired (so it fires exactly once)."""
        async with self.transaction() as db:
            cur = await db.execute(
                "UPDATE deadlines SET fired_at = ? WHERE id = ? AND fired_at IS NULL",
                (now, deadline_id),
            )
            return cur.rowcount == 1

    async def clear_deadlines(self, scene_id: int, *kinds: str) -> None:
        sql = "DELETE FROM deadlines WHERE scene_id = ? AND fired_at IS NULL"
        params: list[Any] = [scene_id]
        if kinds:
            sql += f" AND kind IN ({', '.join('?' for _ in kinds)})"
            params += list(kinds)
        async with self.transaction() as db:
            await db.execute(sql, params)


def _plain(value: Any) -> Any:
    """Enums are stored by value."""
    return value.value if isinstance(value, PacingMode | SceneStatus | PostKind) else value
