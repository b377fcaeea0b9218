"""Timers, sessions and pacing modes on the fake Discord with the real bot."""

from __future__ import annotations

import time

from bot.models import PostKind
from tests.discord_fixtures import PLAYER_NAMES, Table, discord_pings
from tests.test_gm import Narrator
from tests.waiting import eventually

pytest_plugins = ["tests.discord_fixtures"]

# The nudge comes at 3/4 of it and stays silent if woken after the deadline: the
# second between the two lets a stalled machine still deliver both, in order.
ROUND_DEADLINE_S = 4.0


async def test_round_deadline_nudges_the_missing_once_then_auto_passes(table: Table) -> None:
    table.openai.reply = Narrator()
    fake = table.fake
    channel, scene = await table.ready_scene()
    # Alice's action is in before the clock starts, so however slow the machine, the
    # timers find exactly bob and cy missing.
    await fake.user_says(channel.id, table.players["alice"].id, "I bar the door.")

    async def alice_acted() -> bool:
        posts = await table.store.posts.of_scene(scene.id)
        return any(p.kind == PostKind.ACTION for p in posts)

    await eventually(alice_acted, "alice's action stored")
    now = time.time()
    await table.store.scenes.update(scene.id, round_opened_at=now)
    pacing = table.bot.services.pacing
    await pacing.schedule_timers(await pacing.configure(scene, round_deadline=ROUND_DEADLINE_S))
    await table.wait_narrations(channel, 1)
    bot_notes = [
        m
        for m in fake.messages_in(channel.id)
        if m.webhook_id is None and m.author.get("id") == str(fake.bot_user.id)
    ]
    nudges = [m for m in bot_notes if m.content.startswith("Waiting for")]
    assert len(nudges) == 1
    pinged = discord_pings(nudges[0].content, nudges[0].allowed_mentions)
    assert sorted(pinged) == sorted(f"user {table.players[p].id}" for p in ("bob", "cy"))
    passes = [p for p in await table.store.posts.of_scene(scene.id) if p.kind == PostKind.PASS]
    assert sorted(p.author_id for p in passes) == sorted(
        str(table.players[p].id) for p in ("bob", "cy")
    )
    assert time.time() - now >= ROUND_DEADLINE_S
    # The next round got its own timers.
    kinds = sorted(d.kind for d in await table.store.deadlines.pending(scene.id))
    assert kinds == ["nudge", "round"]


async def test_spotlight_mode_in_a_channel(table: Table) -> None:
    table.openai.reply = Narrator()
    fake = table.fake
    channel, _ = await table.ready_scene()
    reply = await table.slash(table.admin, "scene mode", channel, mode="spotlight")
    assert "spotlight" in reply.content
    alice, bob = table.players["alice"].id, table.players["bob"].id
    await fake.user_says(channel.id, bob, "I jump the queue.")  # not bob's turn: not taken
    await fake.user_says(channel.id, alice, "I light the lantern.")
    await table.wait_narrations(channel, 1)
    prompt = table.narration_prompts()[-1]
    assert "I light the lantern." in prompt and "I jump the queue." not in prompt
    assert "End by turning to Bram" in prompt
    passed = await table.slash(table.players["bob"], "pass", channel)
    assert "It is Tove's turn" in passed.content
    refused = await table.slash(table.players["alice"], "pass", channel)
    assert refused.ephemeral and "Tove" in refused.content


async def test_sessions_schedule_list_cancel(table: Table) -> None:
    await table.create_campaign()
    bob = table.players[PLAYER_NAMES[1]]
    denied = await table.slash(
        bob, "session schedule", date="2099-05-01", time="20:00", timezone="Europe/Paris"
    )
    assert denied.ephemeral and "GM" in denied.content
    bad = await table.slash(
        table.admin, "session schedule", date="2099-05-01", time="8pm", timezone="Europe/Paris"
    )
    assert bad.ephemeral and "Unreadable time" in bad.content
    made = await table.slash(
        table.admin,
        "session schedule",
        date="2099-05-01",
        time="20:00",
        timezone="Europe/Paris",
        title="Finale",
    )
    assert "#1 Finale — 2099-05-01 20:00 Europe/Paris" in made.content
    listed = await table.slash(bob, "session list")
    assert "Finale" in listed.content
    assert len(await table.store.sessions.pending_reminders()) == 2
    gone = await table.slash(table.admin, "session cancel", session_id=1)
    assert "cancelled" in gone.content
    assert "No sessions planned." in (await table.slash(bob, "session list")).content
    assert await table.store.sessions.pending_reminders() == []
