"""The window a turn reads, with post sizes kept from the turn before, equals the one a
fresh builder computes from the store, whatever happens to the posts in between (appends,
edits, deletes, retold narrations with their lore, renamed characters)."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

from bot.llm.openai_compat import OpenAICompatBackend
from bot.models import PostKind
from bot.services.turn_prompt import TurnPromptBuilder
from bot.store import Store

REPO = Path(__file__).resolve().parents[1]


def _builder(store: Store, backend: OpenAICompatBackend) -> TurnPromptBuilder:
    builder = TurnPromptBuilder(store, backend, cards_dir=REPO / "cards", clock=lambda: 0.0)
    # A small window, so that it folds often.
    builder.budgets = replace(builder.budgets, history=400, history_takes_unused_head=False)
    return builder


async def test_the_kept_sizes_fold_the_window_as_a_fresh_reading_does(db_path: Path) -> None:
    store = await Store.open(db_path)
    # Never asked to generate: it only counts tokens, as the narrating backend would.
    backend = OpenAICompatBackend(base_url="http://127.0.0.1:9/v1", api_key="k", model="m")
    rng = random.Random(11)
    kept = _builder(store, backend)
    folds = 0
    try:
        campaign = await store.campaigns.create(title="Coast", now=0.0)
        scene = await store.scenes.create(campaign_id=campaign.id, now=0.0)
        character = await store.characters.create(
            campaign_id=campaign.id, player_id="ana", player_name="Ana", name="Mira", now=0.0)
        await store.seats.add(scene_id=scene.id, player_id="ana", player_name="Ana",
                              character_id=character.id, now=0.0)
        posts = []
        for step in range(300):
            roll = rng.random()
            scene = await store.scenes.get(scene.id)
            if roll < 0.75 or not posts:
                kind = PostKind.NARRATION if step % 2 else PostKind.ACTION
                author = "narrator" if kind == PostKind.NARRATION else "ana"
                posts.append(await store.posts.add(
                    scene_id=scene.id, kind=kind, author_id=author, author_name=author.title(),
                    content=" ".join(["word"] * rng.randint(5, 60)), now=float(step),
                    round_no=scene.round_no))
                if kind == PostKind.NARRATION:
                    await store.scenes.update(scene.id, round_no=scene.round_no + 1)
            elif roll < 0.85:
                await store.posts.edit(rng.choice(posts).id, "long " * rng.randint(1, 90),
                                       float(step))
            elif roll < 0.9:
                await store.posts.delete(rng.choice(posts).id, float(step))
            elif roll < 0.95:
                await store.posts.replace_content(
                    rng.choice(posts).id, "retold", {"context": ["lore " * rng.randint(1, 40)]},
                    float(step))
            else:
                await store.characters.update(character.id, name=f"Mira {'the ' * step}Bold")
            scene = await store.scenes.get(scene.id)
            fresh = await _builder(store, backend).turn_context(scene)
            ctx = await kept.turn_context(scene)
            assert ctx.scene.runtime.window_start == fresh.scene.runtime.window_start, step
            assert [p.id for p in ctx.history] == [p.id for p in fresh.history], step
            folds += ctx.scene.runtime.window_start != scene.runtime.window_start
    finally:
        await backend.aclose()
        await store.close()
    assert folds > 10  # the window really moved, on kept sizes
