"""The gateway drops, Discord rate-limits: the round still closes and posts arrive once."""

from __future__ import annotations

from tests.discord_fixtures import PLAYER_NAMES, Table


async def test_gateway_drop_mid_round_resumes_and_the_round_closes(table: Table) -> None:
    fake = table.fake
    channel, _scene = await table.ready_scene()
    alice, bob, cy = (table.players[p].id for p in PLAYER_NAMES)
    await fake.user_says(channel.id, alice, "I bar the door.")
    await fake.user_says(channel.id, bob, "I count the coins.")
    assert await fake.drop_gateway() == 1
    await fake.user_says(channel.id, cy, "I blow out the candle.")  # said while disconnected
    await fake.wait_for(lambda: fake.gateway.count("resume"), what="a RESUME")
    (narration,) = await table.wait_narrations(channel, 1)
    assert "I blow out the candle." in table.narration_prompts()[0]
    assert fake.gateway.count("identify") == 1
    assert narration.content


async def test_a_rate_limited_post_arrives_exactly_once(table: Table) -> None:
    fake = table.fake
    channel, _scene = await table.ready_scene()
    fake.rate_limit_next("POST", r"^/webhooks/\d+/[^/]+$", retry_after=0.05)
    for player in PLAYER_NAMES:
        await fake.user_says(channel.id, table.players[player].id, "I hold my breath.")
    (narration,) = await table.wait_narrations(channel, 1)
    executes = fake.calls_to("POST", r"^/webhooks/\d+/[^/]+$")
    statuses = [c.status for c in executes]
    assert statuses[-2:] == [429, 200]  # the opening, then the 429 and its retry
    assert len(table.webhook_posts(channel)) == 2  # the opening and one narration
    assert narration.content == narration.history[-1]
