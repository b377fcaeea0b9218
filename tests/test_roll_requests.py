"""Rolls the narrator calls for: the markup's parser, and a real scene (SQLite, the real
OpenAI client against the loopback fake) whose round waits for the requested roll."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.engine.pacing.base import Acted, Decision, Snapshot, Tick
from bot.engine.pacing.rounds import RoundsPolicy
from bot.engine.roll_requests import RollRequest, console_line, split_requests
from bot.models import PostKind, SceneSettings
from tests.fakeopenai import FakeOpenAI
from tests.pacing_helpers import RecordingSink, Table, table

ASKING = ("The guard turns his lantern toward the crates where Mira crouches.\n\n"
          "**[[roll: Mira, Stealth, DC 15]]**\n")


def test_request_lines_are_read_and_taken_out_of_the_prose() -> None:
    text = ("The door groans.\n[[roll: Mira, Stealth, DC 15]]\n[[ROLL: Tobin Reed; Athletics]]"
            "\n[[roll: nobody]]\n_[[roll: Mira, Stealth, DC 15]]_")
    prose, requests = split_requests(text)
    assert prose == "The door groans."
    assert requests == [RollRequest("Mira", "Stealth", 15), RollRequest("Tobin Reed", "Athletics")]
    inline = "She says [[roll: Mira, Stealth, DC 15]] mid-sentence."
    assert split_requests(inline) == (inline, [])  # only a line of its own is a request
    assert split_requests("[[roll: Mira, Stealth, DC banana]]") == ("", [])
    assert console_line(requests[0]) == (
        "(the narrator asks Mira to roll Stealth, DC 15: type `Mira: /roll stealth`)")


def _asks_once(replies: list[str]) -> Any:
    def reply(request: dict[str, Any]) -> str:
        return replies.pop(0) if replies else "The night goes on."
    return reply


async def _narrate(t: Table) -> RecordingSink:
    sink = RecordingSink()
    await t.service.narrate(await t.fresh_scene(), sink)
    return sink


async def test_the_round_waits_for_the_requested_roll_and_the_narrator_gets_it(
    db_path: Path,
) -> None:
    fake = await FakeOpenAI(reply=_asks_once([ASKING])).start()
    try:
        async with table(db_path, fake) as t:
            pacing = t.services.pacing
            await t.act("ana", "I hide behind the crates.")
            assert await t.act("bo", "I distract the guard.")
            sink = await _narrate(t)
            (narration,) = [p for p in await t.store.posts.of_scene(t.scene.id)
                            if p.kind == PostKind.NARRATION]
            assert "[[" not in narration.content and "[[" not in sink.finished[-1]
            assert narration.content.endswith("where Mira crouches.")
            assert narration.meta["roll_requests"] == [
                {"player_id": "ana", "character": "Mira", "skill": "Stealth", "dc": 15}]

            # Both act: the round still waits for Mira's roll.
            assert not await t.act("ana", "I hold my breath.")
            assert not await t.act("bo", "I keep talking.")
            assert not await pacing.round_ready(await t.fresh_scene())
            assert (await pacing.round_state(await t.fresh_scene())).awaited_rolls == ("ana",)
            other = await t.services.dice.roll(await t.fresh_scene(), player_id="ana",
                                               player_name="ana", text="1d20", reason="Luck")
            assert other.post is not None and not await pacing.round_ready(await t.fresh_scene())
            rolled = await t.services.dice.roll_requested(
                await t.fresh_scene(), player_id="ana", player_name="ana", skill="Stealth")
            assert rolled.post is not None
            assert await pacing.round_ready(await t.fresh_scene())
            await _narrate(t)
        prompt = fake.narration_text(-1)
        assert f"rolled Stealth (1d20): {rolled.roll.total}" in prompt, prompt
    finally:
        await fake.stop()


async def test_the_deadline_closes_a_round_still_waiting_for_a_roll(db_path: Path) -> None:
    fake = await FakeOpenAI(reply=_asks_once([ASKING])).start()
    try:
        async with table(db_path, fake) as t:
            pacing = t.services.pacing
            await t.act("ana", "I hide.")
            await t.act("bo", "I wait.")
            await _narrate(t)
            await pacing.configure(await t.fresh_scene(), round_deadline=60)
            await t.act("ana", "I wait too.")
            assert not await t.act("bo", "So do I.")
            t.clock.advance(30)
            assert not (await pacing.tick(await t.fresh_scene())).narrate
            t.clock.advance(31)
            assert (await pacing.tick(await t.fresh_scene())).narrate
    finally:
        await fake.stop()


def test_the_rounds_policy_waits_for_owed_rolls_until_the_deadline() -> None:
    policy = RoundsPolicy()
    snapshot = Snapshot(round_no=2, round_opened_at=100.0, seats=("ana", "bo"),
                        marks=(("ana", PostKind.ACTION),), owed_rolls=("ana",),
                        settings=SceneSettings(round_deadline=60))
    state = policy.state_from(snapshot)
    assert not policy.on_event(state, Acted("bo"), 110.0).close_round
    after = policy.apply(state, Acted("bo"), Decision(), 110.0)
    assert not policy.complete(after) and after.awaited_rolls == ("ana",)
    assert not policy.on_event(after, Tick(), 150.0).close_round
    assert policy.on_event(after, Tick(), 161.0).close_round
    paid = policy.state_from(replace(snapshot, owed_rolls=()))
    assert policy.on_event(paid, Acted("bo"), 110.0).close_round
