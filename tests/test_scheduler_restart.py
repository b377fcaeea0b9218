"""Timers are rows: a bot killed mid-round and restarted nudges and auto-passes exactly
once, on time; a deadline missed while the bot was down fires once on start."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
import time
from pathlib import Path

from bot.engine.pacing import round_clock
from bot.llm.openai_compat import OpenAICompatBackend
from bot.models import Participant, PostKind, Scene
from bot.scheduler import DeadlineScheduler
from bot.services.pacing import PacingService
from bot.services.timers import TimerActions, scene_timer_handlers
from bot.services.wiring import build_services
from bot.store import Store
from tests.conftest import REPO
from tests.fakeopenai import FakeOpenAI
from tests.pacing_helpers import Clock, RecordingSink, settings, table
from tests.waiting import HANG_GUARD_S, eventually, within

LENGTH = 16.0  # the round's shortest deadline: room for two bot start-ups on a 2-core box
KILL_AT = 2.0  # seconds into the round
TOLERANCE = 0.7


def _recording_timers(
    store: Store, backend: OpenAICompatBackend, narrated: list[int], nudged: list[list[str]]
) -> DeadlineScheduler:
    """The timers of a fresh wiring whose shell records what they made it do."""

    async def narrate(scene: Scene) -> None:
        narrated.append((await wired.scenes.narrate(scene, RecordingSink())).id)

    async def nudge(scene: Scene, missing: list[Participant]) -> None:
        nudged.append([p.player_id for p in missing])

    wired = build_services(store, backend, settings(), time.time,
                           timer_actions=TimerActions(narrate, nudge))
    assert wired.timers is not None
    return wired.timers


async def _round_length(tmp_path: Path) -> float:
    """A deadline the scenario fits in on this machine now: the restarted bot must be up
    before the nudge (at 3/4 of it), with room to spare, however loaded the box is."""
    started = time.monotonic()
    child = await _start_bot(tmp_path / "warm-up.db", tmp_path / "warm-up.jsonl")
    start_up = time.monotonic() - started
    await _kill(child)
    return max(LENGTH, (KILL_AT + 3 * start_up) / 0.75)


async def _seat_round(db_path: Path, opened_at: float, length: float = LENGTH) -> int:
    """A scene whose round 1 opened at `opened_at`; ana acted, bo has not; timers set."""
    fake = await FakeOpenAI().start()
    try:
        async with table(db_path, fake, clock=Clock(opened_at)) as t:
            await t.store.scenes.update(t.scene.id, round_opened_at=opened_at)
            scene = await PacingService(t.service).configure(t.scene, round_deadline=length)
            await t.act("ana", "I watch the tide.")
            deadline, nudge_at = round_clock(opened_at, scene.settings)
            assert deadline is not None and nudge_at is not None
            for kind, at in (("nudge", nudge_at), ("round", deadline)):
                await t.store.deadlines.set(
                    scene_id=t.scene.id, kind=kind, fire_at=at, now=opened_at,
                    payload={"round_no": 1},
                )
            return t.scene.id
    finally:
        await fake.stop()


async def _start_bot(db_path: Path, events: Path) -> asyncio.subprocess.Process:
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.scheduler_child", str(db_path), str(events),
        cwd=REPO,
        stdout=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert child.stdout is not None
    try:
        said = await within(child.stdout.readline(), "the stand-in bot to say it is ready")
    except BaseException:
        await _kill(child)
        raise
    assert said.strip() == b"ready", said
    return child


async def _kill(child: asyncio.subprocess.Process) -> None:
    child.send_signal(signal.SIGKILL)
    await within(child.wait(), "the killed stand-in bot to exit")


def _events(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines()]


async def test_killed_mid_round_then_restarted_nudges_and_passes_once_on_time(
    db_path: Path, tmp_path: Path
) -> None:
    events = tmp_path / "events.jsonl"
    length = await _round_length(tmp_path)
    opened = time.time()
    scene_id = await _seat_round(db_path, opened, length)
    first = await _start_bot(db_path, events)
    # The scenario's clock, not a wait for the bot: it is killed 2 s into the round.
    await asyncio.sleep(max(0.0, opened + KILL_AT - time.time()))
    assert time.time() < opened + length * 0.75 - 0.5, "the kill must come before the nudge"
    await _kill(first)
    second = await _start_bot(db_path, events)
    try:
        async def narrated_after_the_pass() -> bool:
            return any(e["kind"] == "narrated" for e in _events(events))

        await eventually(
            narrated_after_the_pass, "the round narrated after the deadline's auto-pass",
            timeout_s=max(0.0, opened + length - time.time()) + HANG_GUARD_S,
        )
    finally:
        await _kill(second)

    got = _events(events)
    nudges = [e for e in got if e["kind"] == "nudge"]
    narrated = [e for e in got if e["kind"] == "narrated"]
    assert len(nudges) == 1 and nudges[0]["missing"] == ["bo"]
    assert abs(float(nudges[0]["at"]) - (opened + length * 0.75)) < TOLERANCE  # type: ignore[arg-type]
    assert len(narrated) == 1
    store = await Store.open(db_path)
    try:
        passes = [p for p in await store.posts.of_scene(scene_id) if p.kind == PostKind.PASS]
        pending = await store.deadlines.pending(scene_id)
        scene = await store.scenes.get(scene_id)
    finally:
        await store.close()
    assert [(p.author_id, p.meta) for p in passes] == [("bo", {"auto": True})]
    assert abs(passes[0].created_at - (opened + length)) < TOLERANCE
    # Round 1's timers are spent; the wired bot has set round 2's own deadline and nudge.
    assert scene.round_no == 2
    assert sorted((d.kind, d.payload) for d in pending) == [
        ("nudge", {"round_no": 2}), ("round", {"round_no": 2})]


async def test_deadline_missed_while_down_fires_once_with_two_instances_racing(
    db_path: Path,
) -> None:
    opened = time.time() - 100  # the bot was down through the whole round
    scene_id = await _seat_round(db_path, opened)
    fake = await FakeOpenAI(reply=lambda _: "Bells ring over the grey water.").start()
    nudged: list[list[str]] = []
    narrated: list[int] = []
    stores = [await Store.open(db_path), await Store.open(db_path)]
    schedulers = []
    for store in stores:
        backend = OpenAICompatBackend(base_url=fake.base_url, api_key="t", model="fake")
        schedulers.append(_recording_timers(store, backend, narrated, nudged))
    try:
        await asyncio.gather(*(s.start() for s in schedulers))
        passes = [p for p in await stores[0].posts.of_scene(scene_id) if p.kind == PostKind.PASS]
    finally:
        for s in schedulers:
            await s.shutdown()
        for store in stores:
            await store.close()
        await fake.stop()
    assert len(narrated) == 1 and len(passes) == 1
    assert nudged == []  # woken after the deadline, the auto-pass speaks instead of a nudge


async def test_stale_round_timer_does_nothing_after_the_round_closed(db_path: Path) -> None:
    fake = await FakeOpenAI().start()
    fired: list[str] = []
    try:
        async with table(db_path, fake) as t:

            async def narrate(scene: Scene) -> None:
                fired.append("narrate")

            async def nudge(scene: Scene, missing: list[Participant]) -> None:
                fired.append("nudge")

            timers = DeadlineScheduler(
                t.store,
                scene_timer_handlers(t.service, lambda: t.services.pacing,
                                     TimerActions(narrate, nudge)),
                clock=time.time,
            )
            now = time.time()
            await t.store.scenes.update(t.scene.id, round_opened_at=now)
            pacing = PacingService(t.service, timers)
            await pacing.configure(t.scene, round_deadline=0.4, nudge_fraction=0.5)
            await pacing.schedule_timers(t.scene)
            assert timers.scheduled_keys() == sorted(
                f"deadline:{d.id}" for d in await t.store.deadlines.pending(t.scene.id)
            )
            await timers.start()
            await t.act("ana", "I run.")
            assert await t.act("bo", "I hide.")
            await t.service.narrate(await t.fresh_scene(), RecordingSink())  # round 1 closes

            async def both_timers_ran() -> bool:  # due, claimed in the store, handled
                return (time.time() > now + 0.4 and not timers.scheduled_keys()
                        and not await t.store.deadlines.pending(t.scene.id)
                        and not timers._running)

            await eventually(both_timers_ran, "the stale nudge and deadline jobs to run")
            await timers.shutdown()
            pending = await t.store.deadlines.pending(t.scene.id)
    finally:
        await fake.stop()
    assert fired == [] and pending == []
