"""Spotlight, free and GM modes store actions through the guarded insert: an action
handled with a scene read before its round's narration lands in the round that is open
now, where the next narration will tell it, not in the closed one nobody narrates again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.models import PacingMode, Post, PostKind
from tests.fakeopenai import FakeOpenAI
from tests.pacing_helpers import RecordingSink, table
from tests.test_gm import Narrator

PLAYERS = {"ana": "Mira Vale", "bo": "Tobin Reed"}


async def test_free_play_action_decided_before_the_narration_lands_in_the_open_round(
    db_path: Path,
) -> None:
    fake = await FakeOpenAI(reply=Narrator()).start()
    try:
        async with table(db_path, fake, PLAYERS) as t:
            await t.store.scenes.update(t.scene.id, pacing_mode=PacingMode.FREE,
                                        settings={"quiet_window": 5, "min_interval": 0})
            pacing = t.services.pacing
            await pacing.submit(await t.fresh_scene(), player_id="ana", player_name="ana",
                                text="I row for the wreck.")
            t.clock.advance(6)
            assert (await pacing.tick(await t.fresh_scene())).narrate
            # bo's message is decided on while round 1 is open; its narration (another
            # task, or another process) is stored just before bo's action is written.
            add_action = t.store.canon.add_action

            async def narrated_meanwhile(**fields: Any) -> Post:
                t.store.canon.add_action = add_action  # type: ignore[method-assign]
                await t.service.narrate(await t.fresh_scene(), RecordingSink())
                return await add_action(**fields)

            t.store.canon.add_action = narrated_meanwhile  # type: ignore[method-assign]
            out = await pacing.submit(await t.fresh_scene(), player_id="bo", player_name="bo",
                                      text="I bail water.")
            posts = await t.store.posts.of_scene(t.scene.id)
            open_round = (await t.fresh_scene()).round_no
    finally:
        await fake.stop()
    assert out.decision.refused is None and out.post is not None
    bo = [(p.round_no, p.content) for p in posts if p.author_id == "bo"]
    assert open_round == 2 and bo == [(2, "I bail water.")]


async def test_a_gm_skip_after_the_round_closed_stores_no_pass_in_it(db_path: Path) -> None:
    fake = await FakeOpenAI(reply=Narrator()).start()
    try:
        async with table(db_path, fake, PLAYERS) as t:
            await t.store.scenes.update(t.scene.id, pacing_mode=PacingMode.GM)
            pacing = t.services.pacing
            stale = await t.fresh_scene()
            await pacing.submit(stale, player_id="ana", player_name="ana", text="I wait.")
            assert (await pacing.ask(stale, "gm")).narrate
            await t.service.narrate(await t.fresh_scene(), RecordingSink())
            await pacing.skip(stale, "bo")  # the GM's click, read before the narration
            posts = await t.store.posts.of_scene(t.scene.id)
    finally:
        await fake.stop()
    narrated_at = next(p.seq for p in posts if p.kind == PostKind.NARRATION)
    late = [(p.round_no, p.kind) for p in posts if p.round_no == 1 and p.seq > narrated_at]
    assert late == []  # nothing stored in round 1 after its narration
    assert [(p.round_no, p.author_id) for p in posts if p.kind == PostKind.PASS] == [(2, "bo")]
