"""The store on real SQLite files: migrations, reopen, concurrent writers, atomic narration."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from bot.models import PostKind, SceneStatus
from bot.store import RoundAlreadyNarrated, Store
from bot.store.db import migration_files


async def _scene(store: Store) -> tuple[int, int]:
    campaign = await store.campaigns.create(title="Ember Coast", now=1.0, guild_id=42)
    scene = await store.scenes.create(campaign_id=campaign.id, now=1.0, channel_id=7)
    return campaign.id, scene.id


async def test_migrates_from_empty_in_wal_mode(db_path: Path) -> None:
    store = await Store.open(db_path)
    await store.close()
    with sqlite3.connect(db_path) as db:
        applied = [r[0] for r in db.execute("SELECT name FROM schema_migrations ORDER BY number")]
        mode = db.execute("PRAGMA journal_mode").fetchone()[0]
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert applied == [name for _, name, _ in migration_files()]
    assert mode == "wal"
    assert {"campaigns", "scenes", "characters", "participants", "posts", "deadlines"} <= tables


async def test_reopen_keeps_data_and_applies_nothing_twice(db_path: Path) -> None:
    store = await Store.open(db_path)
    _, scene_id = await _scene(store)
    await store.posts.add(scene_id=scene_id, kind=PostKind.ACTION, author_id="u1",
                          author_name="Ana", content="I light the lamp.", now=2.0, round_no=1)
    await store.close()
    store = await Store.open(db_path)
    posts = await store.posts.of_scene(scene_id)
    await store.close()
    assert [p.content for p in posts] == ["I light the lamp."]
    with sqlite3.connect(db_path) as db:
        count = db.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0]
    assert count == len(migration_files())


async def test_concurrent_writers_on_one_file_lose_nothing(db_path: Path) -> None:
    first = await Store.open(db_path)
    _, scene_id = await _scene(first)
    second = await Store.open(db_path)

    async def write(store: Store, who: str) -> None:
        for i in range(40):
            await store.posts.add(scene_id=scene_id, kind=PostKind.ACTION, author_id=who,
                                  author_name=who, content=f"{who}-{i}", now=float(i), round_no=1)

    await asyncio.gather(write(first, "a"), write(second, "b"), write(first, "c"))
    posts = await second.posts.of_scene(scene_id)
    await first.close()
    await second.close()
    assert len(posts) == 120
    assert sorted(p.seq for p in posts) == list(range(1, 121))  # no duplicate sequence numbers
    assert {p.content for p in posts} == {f"{w}-{i}" for w in "abc" for i in range(40)}


async def test_narration_and_round_advance_are_atomic(db_path: Path) -> None:
    store = await Store.open(db_path)
    _, scene_id = await _scene(store)
    scene = await store.scenes.get(scene_id)
    post = await store.canon.store_narration(scene=scene, content="The tide turns.", now=5.0,
                                             author_name="The Chronicler")
    after = await store.scenes.get(scene_id)
    # A stale copy of the scene can neither narrate the round again nor advance it twice.
    with pytest.raises(RoundAlreadyNarrated):
        await store.canon.store_narration(scene=scene, content="dup", now=6.0, author_name="x")
    again = await store.scenes.get(scene_id)
    stored = await store.posts.of_scene(scene_id)
    await store.close()
    assert post.kind == PostKind.NARRATION and post.round_no == 1
    assert after.round_no == 2 and after.round_opened_at == 5.0
    assert again.round_no == 2
    assert [p.content for p in stored] == ["The tide turns."]


async def test_edits_deletes_and_lookups(db_path: Path) -> None:
    store = await Store.open(db_path)
    campaign_id, scene_id = await _scene(store)
    post = await store.posts.add(scene_id=scene_id, kind=PostKind.ACTION, author_id="u1",
                                 author_name="Ana", content="draft", now=1.0, round_no=1,
                                 discord_message_id=999)
    await store.posts.edit(post.id, "final", 2.0)
    found = await store.posts.for_message(999)
    assert found is not None and found.content == "final" and found.edited_at == 2.0
    await store.posts.delete(post.id, 3.0)
    assert await store.posts.of_round(scene_id, 1) == []
    assert (await store.scenes.for_channel(7)) is not None
    await store.scenes.update(scene_id, status=SceneStatus.ENDED)
    assert await store.scenes.for_channel(7) is None
    campaigns = await store.campaigns.in_guild(42)
    await store.close()
    assert [c.id for c in campaigns] == [campaign_id]


async def test_round_marks_match_the_participants_and_round_posts(db_path: Path) -> None:
    store = await Store.open(db_path)
    campaign_id, scene_id = await _scene(store)
    character = await store.characters.create(campaign_id=campaign_id, player_id="u2",
                                              player_name="Bo", name="Brann", now=1.0)
    await store.seats.add(scene_id=scene_id, player_id="u2", player_name="Bo",
                          character_id=character.id, now=1.0)
    await store.seats.add(scene_id=scene_id, player_id="u3", player_name="Cy",
                          character_id=None, now=2.0)
    await store.seats.add(scene_id=scene_id, player_id="u1", player_name="Ana",
                          character_id=None, now=3.0)
    await store.seats.set_status(scene_id, "u3", "left")
    kept = await store.posts.add(scene_id=scene_id, kind=PostKind.ACTION, author_id="u1",
                                 author_name="Ana", content="I wait.", now=4.0, round_no=1)
    gone = await store.posts.add(scene_id=scene_id, kind=PostKind.PASS, author_id="u2",
                                 author_name="Bo", content="(passes)", now=5.0, round_no=1)
    await store.posts.add(scene_id=scene_id, kind=PostKind.ACTION, author_id="u2",
                          author_name="Bo", content="Next round.", now=6.0, round_no=2)
    await store.posts.delete(gone.id, 7.0)
    seats, marks = await store.posts.round_marks(scene_id, 1)
    participants = await store.seats.of_scene(scene_id)
    await store.close()
    assert seats == [(p.player_id, p.character_id) for p in participants]
    assert seats == [("u2", character.id), ("u1", None)]
    assert marks == [("u1", PostKind.ACTION)] and kept.round_no == 1


async def test_deadlines_fire_exactly_once(db_path: Path) -> None:
    store = await Store.open(db_path)
    _, scene_id = await _scene(store)
    first = await store.deadlines.set(scene_id=scene_id, kind="round", fire_at=100.0, now=1.0)
    second = await store.deadlines.set(scene_id=scene_id, kind="round", fire_at=200.0, now=2.0)
    pending = await store.deadlines.pending()
    assert [d.id for d in pending] == [second.id] and first.id != second.id
    assert await store.deadlines.mark_fired(second.id, 201.0) is True
    assert await store.deadlines.mark_fired(second.id, 202.0) is False
    assert await store.deadlines.pending() == []
    await store.close()
