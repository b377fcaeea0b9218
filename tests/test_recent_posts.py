"""The posts a turn keeps between turns always equal a fresh read of the store, whatever
happens to the posts in between (appends, edits, deletes, retcons, window folds)."""

from __future__ import annotations

import random
from pathlib import Path

from bot.models import PostKind
from bot.services.recent_posts import RecentPosts
from bot.store import Store

KINDS = (PostKind.ACTION, PostKind.NARRATION, PostKind.WHISPER, PostKind.PASS)


async def test_kept_posts_match_a_fresh_read_through_every_kind_of_change(
    db_path: Path,
) -> None:
    store = await Store.open(db_path)
    rng = random.Random(7)
    recent = RecentPosts(store, limit=25)
    try:
        campaign = await store.campaigns.create(title="Coast", now=0.0)
        scene = await store.scenes.create(campaign_id=campaign.id, now=0.0)
        posts = []
        start = 0
        appended_only = 0
        for step in range(400):
            roll = rng.random()
            if roll < 0.7 or not posts:
                posts.append(await store.posts.add(
                    scene_id=scene.id, kind=rng.choice(KINDS), author_id="ana",
                    author_name="Ana", content=f"post {step}", now=float(step),
                    round_no=step // 4,
                ))
            elif roll < 0.8:
                await store.posts.edit(rng.choice(posts).id, f"edited at {step}", float(step))
            elif roll < 0.87:
                await store.posts.delete(rng.choice(posts).id, float(step))
            elif roll < 0.92:
                await store.posts.replace_content(rng.choice(posts).id, "retold",
                                                  {"context": ["x"]}, float(step))
            else:
                start = rng.choice(posts).seq if rng.random() < 0.9 else max(0, start - 3)
            fresh_scene = await store.scenes.get(scene.id)
            kept, cut = await recent.since(fresh_scene, start)
            expected = await store.posts.recent(scene.id, 25, since_seq=start)
            assert kept == expected, f"step {step}"
            every = await store.posts.recent(scene.id, 10_000, since_seq=start)
            assert cut == (len(every) > 25)
            appended_only += roll < 0.7
    finally:
        await store.close()
    assert appended_only > 200  # mostly appends, as in play: the cache was really used


async def test_an_edit_bumps_the_scene_revision_and_an_append_does_not(db_path: Path) -> None:
    store = await Store.open(db_path)
    try:
        campaign = await store.campaigns.create(title="Coast", now=0.0)
        scene = await store.scenes.create(campaign_id=campaign.id, now=0.0)
        post = await store.posts.add(scene_id=scene.id, kind=PostKind.ACTION, author_id="ana",
                                     author_name="Ana", content="I wait.", now=1.0, round_no=1)
        appended = (await store.scenes.get(scene.id)).posts_revision
        await store.posts.edit(post.id, "I run.", 2.0)
        edited = (await store.scenes.get(scene.id)).posts_revision
        await store.posts.delete(post.id, 3.0)
        deleted = (await store.scenes.get(scene.id)).posts_revision
    finally:
        await store.close()
    assert appended == scene.posts_revision == 0
    assert deleted > edited > appended
