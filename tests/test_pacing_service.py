"""Each pacing mode played through the service on real SQLite and the loopback model."""

from __future__ import annotations

from pathlib import Path

from bot.models import PacingMode, PostKind
from bot.services.gm import Actor
from tests.fakeopenai import FakeOpenAI
from tests.pacing_helpers import RecordingSink, table
from tests.test_gm import Narrator, narration_prompts

PLAYERS = {"ana": "Mira Vale", "bo": "Tobin Reed", "cy": "Cass Wren"}


async def test_spotlight_turns_go_in_order_and_the_narration_names_the_next(
    db_path: Path,
) -> None:
    fake = await FakeOpenAI(reply=Narrator()).start()
    try:
        async with table(db_path, fake, PLAYERS) as t:
            await t.store.scenes.update(
                t.scene.id, pacing_mode=PacingMode.SPOTLIGHT, settings={"turn_timeout": 60}
            )
            pacing = t.services.pacing
            scene = await t.fresh_scene()
            refused = await pacing.submit(scene, player_id="bo", player_name="bo", text="Me!")
            assert refused.decision.refused == "it is not your turn (waiting for Mira Vale)"
            out = await pacing.submit(scene, player_id="ana", player_name="ana", text="I row.")
            assert out.narrate
            again = await pacing.submit(scene, player_id="ana", player_name="ana", text="More")
            assert again.decision.refused  # the turn is being narrated
            await t.service.narrate(await t.fresh_scene(), RecordingSink())
            scene = await t.fresh_scene()
            passed = await pacing.submit(
                scene, player_id="bo", player_name="bo", text="", kind=PostKind.PASS
            )
            assert passed.next_player == "Cass Wren" and not passed.narrate
            scene = await t.fresh_scene()
            assert (await pacing.tick(scene)).next_player == "Cass Wren"  # not timed out yet
            t.clock.advance(61)
            timed_out = await pacing.tick(scene)
            assert timed_out.decision.auto_pass == ("cy",)
            assert timed_out.next_player == "Mira Vale"
            auto = [p for p in await t.store.posts.of_scene(t.scene.id) if p.meta.get("auto")]
            # A GM regenerating a turn's narration does not move the spotlight again.
            holder_before = (await t.fresh_scene()).runtime.spotlight_holder
            gm = t.services.gm
            await t.store.campaigns.update(t.scene.campaign_id, gm_role_ids=[1])
            await gm.regenerate(await t.fresh_scene(), Actor("g", "G", (1,)), RecordingSink())
            assert (await t.fresh_scene()).runtime.spotlight_holder == holder_before
    finally:
        await fake.stop()
    first_turn = narration_prompts(fake)[0]
    assert "End by turning to Tobin Reed" in first_turn
    assert [(p.author_id, p.kind) for p in auto] == [("cy", PostKind.PASS)]


async def test_free_mode_batches_a_burst_after_the_quiet_window(db_path: Path) -> None:
    fake = await FakeOpenAI(reply=Narrator()).start()
    try:
        async with table(db_path, fake, PLAYERS) as t:
            await t.store.scenes.update(
                t.scene.id,
                pacing_mode=PacingMode.FREE,
                settings={"quiet_window": 20, "min_interval": 90},
            )
            pacing = t.services.pacing
            wake = None
            for who, line in [("ana", "I shout."), ("ana", "Again!"), ("bo", "Hush.")]:
                out = await pacing.submit(
                    await t.fresh_scene(), player_id=who, player_name=who, text=line
                )
                assert not out.narrate
                wake = out.wake_at
                t.clock.advance(5)
            assert wake == t.clock() - 5 + 20
            assert not (await pacing.tick(await t.fresh_scene())).narrate
            t.clock.now = wake
            assert (await pacing.tick(await t.fresh_scene())).narrate
            await t.service.narrate(await t.fresh_scene(), RecordingSink())
            out = await pacing.submit(
                await t.fresh_scene(), player_id="cy", player_name="cy", text="And now?"
            )
            narrated_at = wake
            assert out.wake_at == narrated_at + 90  # the interval, not the quiet window
            refused = await pacing.submit(
                await t.fresh_scene(), player_id="cy", player_name="cy", text="", kind=PostKind.PASS
            )
            assert refused.decision.refused
    finally:
        await fake.stop()
    prompt = narration_prompts(fake)[0]
    assert "I shout." in prompt and "Again!" in prompt and "Hush." in prompt


async def test_gm_mode_speaks_only_when_asked(db_path: Path) -> None:
    fake = await FakeOpenAI(reply=Narrator()).start()
    try:
        async with table(db_path, fake, PLAYERS) as t:
            pacing = t.services.pacing
            scene = await pacing.set_mode(t.scene, "gm")
            for who in PLAYERS:
                out = await pacing.submit(scene, player_id=who, player_name=who, text="Hi.")
                assert not out.narrate
            t.clock.advance(10_000)
            assert not (await pacing.tick(await t.fresh_scene())).narrate
            assert (await pacing.ask(await t.fresh_scene(), "gm")).narrate
            try:
                await pacing.set_mode(scene, "chaos")
            except ValueError as exc:
                assert "use one of rounds, spotlight, free, gm" in str(exc)
            else:
                raise AssertionError("a bad mode must be refused")
    finally:
        await fake.stop()
    assert narration_prompts(fake) == []


async def test_a_round_deadline_nudges_once_passes_the_missing_and_restarts_on_resume(
    db_path: Path,
) -> None:
    """The rounds policy's own deadline model decides; a timer only wakes it."""
    fake = await FakeOpenAI(reply=Narrator()).start()
    try:
        async with table(db_path, fake, PLAYERS) as t:
            pacing = t.services.pacing
            gm = t.services.gm
            await t.store.campaigns.update(t.scene.campaign_id, gm_role_ids=[1])
            boss = Actor("g", "G", (1,))
            await pacing.configure(t.scene, round_deadline=60)  # nudged at 45 s
            await t.act("ana", "I row.")
            t.clock.advance(50)
            paused = await gm.pause(await t.fresh_scene(), boss)
            await gm.resume(paused, boss)  # the round gets its full 60 s again from here
            t.clock.advance(44)
            early = await pacing.tick(await t.fresh_scene())
            t.clock.advance(2)
            nudged = await pacing.tick(await t.fresh_scene())
            again = await pacing.tick(await t.fresh_scene())
            t.clock.advance(14)
            closed = await pacing.tick(await t.fresh_scene())
            posts = await t.store.posts.of_scene(t.scene.id)
            passes = [p for p in posts if p.kind == PostKind.PASS]
    finally:
        await fake.stop()
    assert early.decision.nudge == () and not early.narrate
    assert nudged.decision.nudge == ("bo", "cy") and not nudged.narrate
    assert again.decision.nudge == ()  # once per round
    assert closed.narrate and closed.decision.auto_pass == ("bo", "cy")
    assert [(p.author_id, p.content, p.meta) for p in passes] == [
        ("bo", "(passes)", {"auto": True}), ("cy", "(passes)", {"auto": True})
    ]
