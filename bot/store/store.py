"""Every SQL statement of the core domain lives here (the guarded writes: canon.py).

One `Store` holds one aiosqlite connection. Writes that must be atomic
(a post and its sequence number; a narration and the round it closes) run in
one `BEGIN IMMEDIATE` transaction, so a crash leaves either all or nothing.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, NamedTuple

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
from bot.store.canon import SEAT, CanonStoreMixin
from bot.store.db import Checkpointer, connect, migrate
from bot.store.entities import EntityStore
from bot.store.memory import MemoryStore
from bot.store.pacing import PacingStoreMixin
from bot.store.prompts import PromptStoreMixin
from bot.store.scene_state import SceneStateStore
from bot.store.vectors import VectorStore

log = logging.getLogger(__name__)

_INSERT_POST = (
    "INSERT INTO posts (scene_id, seq, kind, author_id, author_name, content, round_no,"
    " character_id, discord_message_id, meta, created_at)"
    " VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM posts WHERE scene_id = ?),"
    " ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *"
)
_JSON_COLUMNS = {"lines_veils", "settings", "gm_role_ids", "meta", "payload"}


class RoundMarks(NamedTuple):
    """What pacing needs of a round, read in one statement (it runs on every action)."""

    seats: list[tuple[str, int | None]]  # active players (player, character), seating order
    marks: list[tuple[str, PostKind]]  # (author, kind) of the round's live posts, in order


def _row(row: aiosqlite.Row) -> dict[str, Any]:
    out = dict(row)
    for key in _JSON_COLUMNS & out.keys():
        value = out[key]
        out[key] = {} if value == "{}" else json.loads(value)  # most rows: empty meta
    return out


def _encode(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, dict | list) else value


class Store(
    CanonStoreMixin, MemoryStore, EntityStore, VectorStore, PacingStoreMixin, PromptStoreMixin
):
    def __init__(self, db: aiosqlite.Connection, checkpointer: Checkpointer | None = None) -> None:
        self.db = db
        self._write_lock = asyncio.Lock()
        self._checkpointer = checkpointer
        self.scene_state = SceneStateStore(self._write)

    @classmethod
    async def open(cls, path: Path | str) -> Store:
        db = await connect(path)
        try:
            await migrate(db)
        except BaseException:
            await db.close()  # its thread would keep the process from exiting
            raise
        checkpointer = Checkpointer(path)
        checkpointer.start()
        return cls(db, checkpointer)

    async def close(self) -> None:
        if self._checkpointer is not None:
            await self._checkpointer.stop()
        # Fold the log in on the way out, so a closed database is one file again. Best
        # effort: a statement still open elsewhere makes SQLite refuse, and the next
        # open (or the background checkpointer) folds it in instead.
        try:
            await self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError as exc:
            log.debug("closing checkpoint skipped: %s", exc)
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

    async def _write(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """One statement, atomic on its own: one round trip instead of BEGIN/…/COMMIT.

        The lock keeps it out of another coroutine's open transaction on this
        connection, whose rollback would otherwise take this write with it.
        """
        async with self._write_lock:
            return [_row(r) for r in await self.db.execute_fetchall(sql, params)]

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
        rows = await self._write(
            f"INSERT INTO {table} ({cols}) VALUES ({marks}) RETURNING id",
            [_encode(v) for v in values.values()],
        )
        return int(rows[0]["id"])

    async def _update(self, table: str, key: str, key_value: Any, fields: dict[str, Any]) -> None:
        if not fields:
            return
        sets = ", ".join(f"{name} = ?" for name in fields)
        await self._write(
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
        await self._write(SEAT, (scene_id, player_id, player_name, character_id, now))

    async def set_participant_status(self, scene_id: int, player_id: str, status: str) -> None:
        await self._write(
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
        # One statement: the sequence number is taken atomically with the insert.
        rows = await self._write(
            _INSERT_POST,
            (
                scene_id, scene_id, str(kind), author_id, author_name, content, round_no,
                character_id, discord_message_id, json.dumps(meta or {}), now,
            ),
        )
        return Post(**rows[0])

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

    async def round_marks(self, scene_id: int, round_no: int) -> RoundMarks:
        rows = await self.db.execute_fetchall(
            "SELECT 0, player_id, character_id, NULL, joined_at FROM participants"
            " WHERE scene_id = ? AND status = 'active'"
            " UNION ALL SELECT 1, author_id, NULL, kind, seq FROM posts"
            " WHERE scene_id = ? AND round_no = ? AND deleted = 0"
            " ORDER BY 1, 5, 2",
            (scene_id, scene_id, round_no),
        )
        marks = RoundMarks([], [])
        for post, who, character, kind, _ in rows:
            if post:
                marks.marks.append((who, PostKind(kind)))
            else:
                marks.seats.append((who, character))
        return marks

    async def round_posts(self, scene_id: int, round_no: int) -> list[Post]:
        rows = await self._all(
            "SELECT * FROM posts WHERE scene_id = ? AND round_no = ? AND deleted = 0 ORDER BY seq",
            (scene_id, round_no),
        )
        return [Post(**r) for r in rows]

    async def recent_posts(
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
            sql += f" AND +kind IN ({', '.join('?' for _ in kind_list)})"
            params += kind_list
        if since_seq:
            sql += " AND seq >= ?"
            params.append(since_seq)
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
        rows = await self._write(
            "UPDATE deadlines SET fired_at = ? WHERE id = ? AND fired_at IS NULL RETURNING id",
            (now, deadline_id),
        )
        return len(rows) == 1

    async def clear_deadlines(self, scene_id: int, *kinds: str) -> None:
        sql = "DELETE FROM deadlines WHERE scene_id = ? AND fired_at IS NULL"
        params: list[Any] = [scene_id]
        if kinds:
            sql += f" AND kind IN ({', '.join('?' for _ in kinds)})"
            params += list(kinds)
        async with self.transaction() as db:
            await db.execute(sql, params)

    # -- Discord glue (issue 4/6): webhooks, streaming drafts, campaign lore ----

    async def campaign_for_category(self, category_id: int) -> Campaign | None:
        row = await self._one(
            "SELECT * FROM campaigns WHERE category_id = ? AND status = 'active'"
            " ORDER BY id DESC LIMIT 1",
            (category_id,),
        )
        return Campaign(**row) if row else None

    async def campaign_named(self, guild_id: int, title: str) -> Campaign | None:
        row = await self._one(
            "SELECT * FROM campaigns WHERE guild_id = ? AND status = 'active'"
            " AND title = ? COLLATE NOCASE ORDER BY id DESC LIMIT 1",
            (guild_id, title),
        )
        return Campaign(**row) if row else None

    async def scenes_of_campaign(self, campaign_id: int, *, open_only: bool = True) -> list[Scene]:
        sql = "SELECT * FROM scenes WHERE campaign_id = ?"
        if open_only:
            sql += " AND status != 'ended'"
        return [Scene(**r) for r in await self._all(sql + " ORDER BY id", (campaign_id,))]

    # Webhooks --------------------------------------------------------------------

    async def channel_webhook(self, channel_id: int) -> tuple[int, str] | None:
        row = await self._one(
            "SELECT webhook_id, token FROM discord_webhooks WHERE channel_id = ?", (channel_id,)
        )
        return (int(row["webhook_id"]), str(row["token"])) if row else None

    async def set_channel_webhook(
        self, channel_id: int, webhook_id: int, token: str, now: float
    ) -> None:
        async with self.transaction() as db:
            await db.execute(
                "INSERT INTO discord_webhooks (channel_id, webhook_id, token, created_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (channel_id) DO UPDATE SET"
                " webhook_id = excluded.webhook_id, token = excluded.token",
                (channel_id, webhook_id, token, now),
            )

    async def forget_channel_webhook(self, channel_id: int) -> None:
        async with self.transaction() as db:
            await db.execute("DELETE FROM discord_webhooks WHERE channel_id = ?", (channel_id,))

    # Drafts of a narration being streamed -------------------------------------------

    async def add_draft(
        self, *, scene_id: int, round_no: int, part: int, channel_id: int, message_id: int,
        now: float,
    ) -> None:
        async with self.transaction() as db:
            await db.execute(
                "INSERT OR REPLACE INTO discord_drafts"
                " (scene_id, round_no, part, channel_id, message_id, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (scene_id, round_no, part, channel_id, message_id, now),
            )

    async def drafts(self, scene_id: int) -> list[dict[str, Any]]:
        return await self._all(
            "SELECT * FROM discord_drafts WHERE scene_id = ? ORDER BY part", (scene_id,)
        )

    async def clear_drafts(self, scene_id: int) -> None:
        async with self.transaction() as db:
            await db.execute("DELETE FROM discord_drafts WHERE scene_id = ?", (scene_id,))

    # Campaign lore ---------------------------------------------------------------

    async def add_lore_entry(
        self, *, campaign_id: int, name: str, keys: list[str], content: str, now: float,
        secondary_keys: list[str] | None = None, constant: bool = False,
        insertion_order: int = 100,
    ) -> dict[str, Any]:
        """Add or replace the campaign's entry called `name`."""
        async with self.transaction() as db:
            await db.execute(
                "INSERT INTO campaign_lore (campaign_id, name, keys, secondary_keys, content,"
                " constant, insertion_order, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (campaign_id, name) DO UPDATE SET keys = excluded.keys,"
                " secondary_keys = excluded.secondary_keys, content = excluded.content,"
                " constant = excluded.constant, insertion_order = excluded.insertion_order",
                (
                    campaign_id, name, json.dumps(keys), json.dumps(secondary_keys or []),
                    content, int(constant), insertion_order, now,
                ),
            )
        entry = await self.lore_entry(campaign_id, name)
        assert entry is not None
        return entry

    async def lore_entry(self, campaign_id: int, name: str) -> dict[str, Any] | None:
        row = await self._one(
            "SELECT * FROM campaign_lore WHERE campaign_id = ? AND name = ? COLLATE NOCASE",
            (campaign_id, name),
        )
        return _lore_entry(row) if row else None

    async def remove_lore_entry(self, campaign_id: int, name: str) -> bool:
        async with self.transaction() as db:
            cur = await db.execute(
                "DELETE FROM campaign_lore WHERE campaign_id = ? AND name = ? COLLATE NOCASE",
                (campaign_id, name),
            )
            return cur.rowcount == 1

    async def campaign_lore(self, campaign_id: int) -> list[dict[str, Any]]:
        """The campaign's lore entries in character-book entry shape, oldest first.

        `bot.cards.lorebook_io.lorebook_from_dict({"entries": campaign_lore(...)})`
        reads them as a lorebook.
        """
        rows = await self._all(
            "SELECT * FROM campaign_lore WHERE campaign_id = ? ORDER BY id", (campaign_id,)
        )
        return [_lore_entry(r) for r in rows]


def _plain(value: Any) -> Any:
    """Enums are stored by value."""
    return value.value if isinstance(value, PacingMode | SceneStatus | PostKind) else value


def _lore_entry(row: dict[str, Any]) -> dict[str, Any]:
    secondary = json.loads(row["secondary_keys"])
    return {
        "id": row["id"],
        "name": row["name"],
        "comment": row["name"],
        "keys": json.loads(row["keys"]),
        "secondary_keys": secondary,
        "selective": bool(secondary),
        "content": row["content"],
        "constant": bool(row["constant"]),
        "enabled": bool(row["enabled"]),
        "insertion_order": row["insertion_order"],
        "extensions": {},
    }

