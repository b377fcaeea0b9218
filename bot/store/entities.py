"""SQL of the entity index: filling it from new posts, and looking entities up.

A mixin of `Store`. Indexing reads the posts past a mark in batches, so it runs
after a narration (off the turn's path) and catches up after an upgrade.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.engine.memory.entities import entity_keys
from bot.models import Post

if TYPE_CHECKING:
    import aiosqlite

_STORY_KINDS = ("action", "narration", "gm_narration", "opening")
INDEX_BATCH = 2000


@dataclass(frozen=True)
class EntityPost:
    """A post holding an entity, and how many posts of the campaign name that entity."""

    post_id: int
    key: str
    posts: int
    author: str = ""  # who introduced it (introductions only)


class EntityStore:
    if TYPE_CHECKING:
        db: aiosqlite.Connection
        _write_lock: asyncio.Lock

        def transaction(self) -> AbstractAsyncContextManager[aiosqlite.Connection]: ...

        async def _all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...

    async def index_new_posts(self, batch: int = INDEX_BATCH) -> int:
        """Index the entities of up to `batch` story posts written since the last call;
        how many posts were read (0: the index is up to date)."""
        async with self.transaction() as db:
            mark = (await db.execute_fetchall(
                "SELECT last_post_id FROM memory_index_marks WHERE name = 'entities'"))
            last = int(next(iter(mark))[0]) if mark else 0
            rows = list(await db.execute_fetchall(
                "SELECT p.id, s.campaign_id, p.author_id, p.content, p.kind, p.deleted"
                " FROM posts p JOIN scenes s ON s.id = p.scene_id WHERE p.id > ?"
                " ORDER BY p.id LIMIT ?", (last, batch)))
            if not rows:
                return 0
            mentions: list[tuple[int, str, int]] = []
            firsts: list[tuple[int, str, int, str]] = []
            for post_id, campaign_id, author, content, kind, deleted in rows:
                if deleted or kind not in _STORY_KINDS:
                    continue
                for key in entity_keys(content):
                    mentions.append((campaign_id, key, post_id))
                    firsts.append((campaign_id, key, post_id, author))
            await db.executemany(
                "INSERT OR IGNORE INTO post_entities (campaign_id, key, post_id) VALUES (?, ?, ?)",
                mentions)
            await db.executemany(
                "INSERT INTO memory_entities (campaign_id, key, posts, first_post_id,"
                " first_author) VALUES (?, ?, 1, ?, ?) ON CONFLICT (campaign_id, key)"
                " DO UPDATE SET posts = posts + 1", firsts)
            await db.execute(
                "UPDATE memory_index_marks SET last_post_id = ? WHERE name = 'entities'",
                (int(rows[-1][0]),))
        return len(rows)

    async def index_all_posts(self) -> int:
        """Catch the index up with every post (after an upgrade, an import)."""
        total = 0
        while read := await self.index_new_posts():
            total += read
        return total

    async def entity_posts(
        self, campaign_id: int, keys: Sequence[str], *, per_key: int = 6
    ) -> list[EntityPost]:
        """The newest posts naming each key (at most `per_key` each), in one statement."""
        keys = list(dict.fromkeys(keys))
        if not keys:
            return []
        parts = ["SELECT key, posts, NULL FROM memory_entities WHERE campaign_id = ?"
                 " AND key IN (SELECT value FROM json_each(?))"]
        params: list[Any] = [campaign_id, json.dumps(keys)]
        for key in keys:
            parts.append("SELECT * FROM (SELECT key, NULL, post_id FROM post_entities"
                         " WHERE campaign_id = ? AND key = ? ORDER BY post_id DESC LIMIT ?)")
            params += [campaign_id, key, per_key]
        rows = await self.db.execute_fetchall(" UNION ALL ".join(parts), params)
        counts = {str(k): int(n) for k, n, p in rows if p is None}
        return [EntityPost(int(p), str(k), counts.get(str(k), 1))
                for k, _, p in rows if p is not None]

    async def introductions(
        self, campaign_id: int, authors: Sequence[str], *, rarer_than: int = 4, per_author: int = 12
    ) -> list[EntityPost]:
        """The newest posts by each of `authors` that introduced an entity the campaign
        rarely names since: a name, number or phrase said once is what a later question
        asks for. One index range per author, read newest first and cut at `per_author`."""
        authors = list(dict.fromkeys(authors))
        if not authors:
            return []
        parts, params = [], []
        for author in authors:
            parts.append("SELECT * FROM (SELECT first_post_id, key, posts, first_author"
                         " FROM memory_entities WHERE campaign_id = ? AND first_author = ?"
                         " AND posts < ? ORDER BY first_post_id DESC LIMIT ?)")
            params += [campaign_id, author, rarer_than, per_author]
        rows = await self.db.execute_fetchall(" UNION ALL ".join(parts), params)
        return [EntityPost(int(p), str(k), int(n), str(a)) for p, k, n, a in rows]

    async def story_posts_by_id(
        self, ids: Sequence[int], *, exclude_scene: int | None = None, exclude_from_seq: int = 0
    ) -> list[Post]:
        """Live posts by id, leaving out `exclude_scene`'s from `exclude_from_seq` on."""
        if not ids:
            return []
        rows = await self._all(
            "SELECT * FROM posts WHERE id IN (SELECT value FROM json_each(?)) AND deleted = 0"
            " AND NOT (scene_id IS ? AND seq >= ?)",
            (json.dumps(list(ids)), exclude_scene, exclude_from_seq))
        return [Post(**row) for row in rows]
