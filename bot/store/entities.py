"""SQL of the entity index: filling it from new posts, and looking entities up.

Indexing reads the posts past a mark in batches, so it runs
after a narration (off the turn's path) and catches up after an upgrade.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from bot.engine.memory.entities import entity_keys
from bot.store.database import Repository
from bot.store.posts import STORY
from bot.store.rows import EntityPost

INDEX_BATCH = 2000


class EntityRepo(Repository):
    async def index_new(self, batch: int = INDEX_BATCH) -> int:
        """Index the entities of up to `batch` story posts written since the last call;
        how many posts were read (0: the index is up to date)."""
        async with self.db.transaction() as conn:
            mark = (await conn.execute_fetchall(
                "SELECT last_post_id FROM memory_index_marks WHERE name = 'entities'"))
            last = int(next(iter(mark))[0]) if mark else 0
            rows = list(await conn.execute_fetchall(
                "SELECT p.id, s.campaign_id, p.author_id, p.content, p.kind, p.deleted"
                " FROM posts p JOIN scenes s ON s.id = p.scene_id WHERE p.id > ?"
                " ORDER BY p.id LIMIT ?", (last, batch)))
            if not rows:
                return 0
            mentions: list[tuple[int, str, int]] = []
            firsts: list[tuple[int, str, int, str]] = []
            for post_id, campaign_id, author, content, kind, deleted in rows:
                if deleted or kind not in STORY:
                    continue
                for key in entity_keys(content):
                    mentions.append((campaign_id, key, post_id))
                    firsts.append((campaign_id, key, post_id, author))
            await conn.executemany(
                "INSERT OR IGNORE INTO post_entities (campaign_id, key, post_id) VALUES (?, ?, ?)",
                mentions)
            await conn.executemany(
                "INSERT INTO memory_entities (campaign_id, key, posts, first_post_id,"
                " first_author) VALUES (?, ?, 1, ?, ?) ON CONFLICT (campaign_id, key)"
                " DO UPDATE SET posts = posts + 1", firsts)
            await conn.execute(
                "UPDATE memory_index_marks SET last_post_id = ? WHERE name = 'entities'",
                (int(rows[-1][0]),))
        return len(rows)

    async def index_all(self) -> int:
        """Catch the index up with every post (after an upgrade, an import)."""
        total = 0
        while read := await self.index_new():
            total += read
        return total

    async def posts_naming(
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
        rows = await self.db.raw(" UNION ALL ".join(parts), params)
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
        rows = await self.db.raw(" UNION ALL ".join(parts), params)
        return [EntityPost(int(p), str(k), int(n), str(a)) for p, k, n, a in rows]
