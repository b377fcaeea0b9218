"""GM overrides on real SQLite and the real OpenAI client against the loopback fake."""

from __future__ import annotations

import itertools
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.models import PacingMode, PostKind, SceneStatus
from bot.scheduler import DeadlineScheduler, Timer
from bot.services.gm import Actor, GmError, GmService, NotAGm
from bot.services.sessions import SessionService, describe, session_start
from tests.fakeopenai import FakeOpenAI
from tests.pacing_helpers import RecordingSink, Table, table
from tests.waiting import eventually

GM_ROLE = 555
ADMIN = Actor("admin", "Ada", is_admin=True)
GM = Actor("gm", "Gus", role_ids=(GM_ROLE,))
PLAYER = Actor("ana", "Ana", role_ids=(1,))

LINES = [
    "Fog climbs the quay steps.",
    "A bell tolls across the water.",
    "Lanterns gutter in the wind.",
    "Gulls wheel above the masts.",
    "The tide hisses under the pier.",
    "Smoke drifts from a chimney.",
]


class Narrator:
    """Varied narrations (the repetition guard rejects repeats); a scripted one on demand."""

    def __init__(self) -> None:
        self.count = itertools.count()
        self.next_text: list[str] = []

    def __call__(self, request: dict[str, Any]) -> str:
        if "# Table rules" not in request["messages"][0]["content"]:
            return "{}"  # memory upkeep: nothing to extract
        if self.next_text:
            return self.next_text.pop(0)
        n = next(self.count)
        return f"{LINES[n % 6]} {LINES[(n * 5 + 1) % 6]} Hour {n} of the watch begins."


@pytest.fixture
async def narrator_fake() -> AsyncIterator[tuple[FakeOpenAI, Narrator]]:
    narrator = Narrator()
    fake = await FakeOpenAI(reply=narrator).start()
    yield fake, narrator
    await fake.stop()


def narration_prompts(fake: FakeOpenAI) -> list[str]:
    return [
        "\n".join(m["content"] for m in r["messages"])
        for r in fake.requests
        if "# Table rules" in r["messages"][0]["content"]
    ]


async def play_round(t: Table) -> None:
    await t.act("ana", "I walk the quay.")
    assert await t.act("bo", "I follow Mira.")
    await t.service.narrate(await t.fresh_scene(), RecordingSink())


async def gm_table(t: Table) -> GmService:
    await t.store.campaigns.update(t.scene.campaign_id, gm_role_ids=[GM_ROLE])
    return t.services.gm


OVERRIDES: dict[str, Callable[[GmService, Table, Actor], Awaitable[object]]] = {
    "narrate": lambda g, t, a: g.narrate(t.scene, a, "The sea goes still."),
    "steer": lambda g, t, a: g.steer(t.scene, a, "Bring in the smugglers."),
    "retcon": lambda g, t, a: g.retcon(t.scene, a),
    "regenerate": lambda g, t, a: g.regenerate(t.scene, a, RecordingSink()),
    "skip": lambda g, t, a: g.skip(t.scene, a, "bo"),
    "order": lambda g, t, a: g.order(t.scene, a, ["bo", "ana"]),
    "pause": lambda g, t, a: g.pause(t.scene, a),
    "kick": lambda g, t, a: g.kick(t.scene, a, "bo"),
    "secret": lambda g, t, a: g.add_secret(t.scene.campaign_id, a, "The mayor is a smuggler"),
    "log": lambda g, t, a: g.log(t.scene.campaign_id, a),
    "ask": lambda g, t, a: g.ask(t.scene, a),
    "gm_add": lambda g, t, a: g.add_gm_role(t.scene.campaign_id, 9, a),
}


@pytest.mark.parametrize("name", sorted(OVERRIDES))
async def test_every_override_is_refused_to_a_non_gm_and_logged_for_a_gm(
    db_path: Path, narrator_fake: tuple[FakeOpenAI, Narrator], name: str
) -> None:
    fake, _ = narrator_fake
    async with table(db_path, fake) as t:
        gm = await gm_table(t)
        await play_round(t)
        before = await t.store.posts.of_scene(t.scene.id, include_deleted=True)
        with pytest.raises(NotAGm):
            await OVERRIDES[name](gm, t, PLAYER)
        assert await t.store.posts.of_scene(t.scene.id, include_deleted=True) == before
        assert await t.store.audit.recent(t.scene.campaign_id) == []
        # Admins are GMs; role holders are GMs except for changing the GM roles.
        actor = ADMIN if name == "gm_add" else GM
        await OVERRIDES[name](gm, t, actor)
        entries = await t.store.audit.recent(t.scene.campaign_id)
    if name == "log":
        assert entries == []
    else:
        assert [(e.action, e.gm_id) for e in entries] == [(name, actor.id)]


async def test_gm_roles_are_set_by_admins_only(
    db_path: Path, narrator_fake: tuple[FakeOpenAI, Narrator]
) -> None:
    async with table(db_path, narrator_fake[0]) as t:
        gm = t.services.gm
        with pytest.raises(NotAGm, match="admin"):
            await gm.add_gm_role(t.scene.campaign_id, GM_ROLE, GM)
        await gm.add_gm_role(t.scene.campaign_id, GM_ROLE, ADMIN)
        await gm.steer(t.scene, GM, "now a GM")
        await gm.remove_gm_role(t.scene.campaign_id, GM_ROLE, ADMIN)
        with pytest.raises(NotAGm):
            await gm.steer(t.scene, GM, "not any more")
        actions = [e.action for e in await gm.log(t.scene.campaign_id, ADMIN)]
    assert actions == ["gm_remove", "steer", "gm_add"]


async def test_hand_narration_is_canon_and_closes_the_round(
    db_path: Path, narrator_fake: tuple[FakeOpenAI, Narrator]
) -> None:
    fake, _ = narrator_fake
    async with table(db_path, fake) as t:
        gm = await gm_table(t)
        post = await gm.narrate(t.scene, GM, "A ship with black sails rounds the headland.")
        assert post.kind == PostKind.GM_NARRATION and post.author_id == "narrator"
        assert (await t.fresh_scene()).round_no == 2
        await play_round(t)
    assert "A ship with black sails rounds the headland." in narration_prompts(fake)[-1]


async def test_steer_reaches_the_next_prompt_only(
    db_path: Path, narrator_fake: tuple[FakeOpenAI, Narrator]
) -> None:
    fake, _ = narrator_fake
    async with table(db_path, fake) as t:
        gm = await gm_table(t)
        await gm.steer(t.scene, GM, "A stranger in a green cloak watches from the tavern.")
        await play_round(t)
        await play_round(t)
    prompts = narration_prompts(fake)
    first = [p for p in prompts if "[Round 1:" in p and "[Round 2:" not in p]
    second = [p for p in prompts if "[Round 2:" in p]
    assert first and all("green cloak" in p and "never quote" in p for p in first)
    assert second and all("green cloak" not in p for p in second)


async def test_retconned_narration_is_in_no_later_prompt(
    db_path: Path, narrator_fake: tuple[FakeOpenAI, Narrator]
) -> None:
    fake, narrator = narrator_fake
    async with table(db_path, fake) as t:
        gm = await gm_table(t)
        await play_round(t)
        narrator.next_text.append("The drowned bell of Zephyrine rings beneath the waves.")
        await play_round(t)
        assert (await t.fresh_scene()).round_no == 3
        removed = await gm.retcon(t.scene, GM)
        assert "Zephyrine" in removed.content
        scene = await t.fresh_scene()
        assert scene.round_no == 2 and await t.services.pacing.round_ready(scene)
        asked = len(fake.requests)
        await t.service.narrate(scene, RecordingSink())  # round 2 again, without it
        await play_round(t)
        await play_round(t)
        await t.services.memory.drain()  # memory upkeep has asked all it asks
        later = fake.requests[asked:]
    assert len(later) >= 3
    for request in later:
        assert all("Zephyrine" not in m["content"] for m in request["messages"])
    with pytest.raises(GmError):
        async with table(db_path.with_name("empty.db"), fake) as t2:
            await (await gm_table(t2)).retcon(t2.scene, GM)


async def test_regenerate_keeps_versions_and_pick_makes_canon(
    db_path: Path, narrator_fake: tuple[FakeOpenAI, Narrator]
) -> None:
    fake, narrator = narrator_fake
    async with table(db_path, fake) as t:
        gm = await gm_table(t)
        narrator.next_text.append("First telling: the pier collapses.")
        await play_round(t)
        narrator.next_text.append("Second telling: the pier holds, barely.")
        second = await gm.regenerate(t.scene, GM, RecordingSink())
        assert second.meta["alternatives"] == [
            "First telling: the pier collapses.",
            "Second telling: the pier holds, barely.",
        ]
        narrator.next_text.append("Third telling: the pier burns.")
        third = await gm.regenerate(t.scene, GM, RecordingSink())
        assert len(third.meta["alternatives"]) == 3 and third.meta["chosen"] == 2
        picked = await gm.pick(third.id, GM, 0)
        with pytest.raises(GmError, match="no version 7"):
            await gm.pick(third.id, GM, 6)
        live = [p for p in await t.store.posts.of_scene(t.scene.id) if p.kind == PostKind.NARRATION]
        assert (await t.fresh_scene()).round_no == 2
        await play_round(t)
    assert picked.content == "First telling: the pier collapses."
    assert [p.id for p in live] == [third.id]
    prompt = narration_prompts(fake)[-1]
    assert "the pier collapses" in prompt and "pier burns" not in prompt


async def test_skip_order_kick_pause_resume(
    db_path: Path, narrator_fake: tuple[FakeOpenAI, Narrator]
) -> None:
    fake, _ = narrator_fake
    players = {"ana": "Mira Vale", "bo": "Tobin Reed", "cy": "Cass Wren"}
    async with table(db_path, fake, players) as t:
        gm = await gm_table(t)
        await t.store.scenes.update(t.scene.id, pacing_mode=PacingMode.SPOTLIGHT)
        scene = await gm.order(await t.fresh_scene(), GM, ["cy", "ana", "bo"])
        with pytest.raises(GmError, match="not taking part"):
            await gm.order(scene, GM, ["zed"])
        with pytest.raises(GmError, match="not Mira Vale's turn"):
            await gm.skip(scene, GM, "ana")
        outcome = await gm.skip(scene, GM, "cy")
        assert outcome.next_player == "Mira Vale"
        ready = await gm.kick(await t.fresh_scene(), GM, "bo")
        assert not ready
        assert [p.player_id for p in await t.store.seats.of_scene(t.scene.id)] == ["ana", "cy"]
        paused = await gm.pause(await t.fresh_scene(), GM)
        assert paused.status == SceneStatus.PAUSED
        with pytest.raises(GmError, match="not running"):
            await gm.pause(paused, GM)
        resumed = await gm.resume(paused, GM)
        actions = [e.action for e in reversed(await gm.log(t.scene.campaign_id, GM))]
    assert resumed.status == SceneStatus.ACTIVE
    assert actions == ["order", "skip", "kick", "pause", "resume"]


async def test_sessions_schedule_list_cancel_and_remind(
    db_path: Path, narrator_fake: tuple[FakeOpenAI, Narrator]
) -> None:
    reminded: list[tuple[int, float]] = []
    async with table(db_path, narrator_fake[0]) as t:
        gm = await gm_table(t)

        async def remind(timer: Timer) -> None:
            reminded.append((int(timer.payload["session_id"]), time.time()))

        timers = DeadlineScheduler(t.store, {"session_reminder": remind})
        sessions = SessionService(gm, timers)
        t.clock.now = session_start("2027-03-01", "12:00", "UTC")
        later = await sessions.schedule(
            t.scene.campaign_id,
            GM,
            day="2027-07-04",
            clock_time="19:30",
            timezone="Europe/Berlin",
            title="Harbour night",
        )
        assert describe(later) == f"#{later.id} Harbour night — 2027-07-04 19:30 Europe/Berlin"
        assert later.starts_at == session_start("2027-07-04", "17:30", "UTC")  # summer time
        for bad, message in [
            ({"timezone": "Mars/Olympus"}, "unknown time zone"),
            ({"day": "04/07/2026"}, "unreadable date"),
            ({"clock_time": "7pm"}, "unreadable time"),
            ({"day": "2025-01-01"}, "already passed"),
        ]:
            args = {"day": "2027-07-04", "clock_time": "19:30", "timezone": "UTC", **bad}
            with pytest.raises(GmError, match=message):
                await sessions.schedule(
                    t.scene.campaign_id,
                    GM,
                    day=args["day"],
                    clock_time=args["clock_time"],
                    timezone=args["timezone"],
                )
        with pytest.raises(NotAGm):
            await sessions.schedule(
                t.scene.campaign_id, PLAYER, day="2027-07-04", clock_time="19:30", timezone="UTC"
            )
        leads = sorted(r.fire_at for r in await t.store.sessions.pending_reminders())
        assert leads == [later.starts_at - 86400, later.starts_at - 900]

        # A session soon, with a reminder 0.3 s ahead: it fires once, on time.
        t.clock.now = time.time()
        soon_at = time.time() + 0.6
        soon = await t.store.sessions.add(
            campaign_id=t.scene.campaign_id,
            channel_id=None,
            title="",
            starts_at=soon_at,
            timezone="UTC",
            created_by=GM.id,
            reminder_leads=[0.3],
            now=t.clock(),
        )
        await timers.start()
        upcoming = await sessions.upcoming(t.scene.campaign_id)
        await eventually(lambda: _truthy(reminded), "the reminder 0.3 s before the session")
        await sessions.cancel(t.scene.campaign_id, GM, later.id)
        with pytest.raises(GmError, match="no upcoming session"):
            await sessions.cancel(t.scene.campaign_id, GM, later.id)
        remaining = await t.store.sessions.pending_reminders()
        await timers.shutdown()
    assert [s.id for s in upcoming] == [soon.id, later.id]
    assert len(reminded) == 1 and reminded[0][0] == soon.id
    assert abs(reminded[0][1] - (soon_at - 0.3)) < 0.25
    assert remaining == []


async def _truthy(items: list[object]) -> bool:
    return bool(items)
