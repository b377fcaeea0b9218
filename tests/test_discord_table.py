"""End to end on the fake Discord: campaign, characters, a scene, a round, a narration."""

from __future__ import annotations

from bot.models import PostKind
from tests.discord_fixtures import CHARACTERS, PLAYER_NAMES, Table, discord_pings

NARRATION = (
    "Rain needles the harbour lanterns. Mira finds the ledger torn; Bram hears a name "
    "whispered over ale; from the lighthouse Tove sees a dark sail. What now?"
)
ACTIONS = {
    "alice": "I check the harbourmaster's ledger for the smuggler's ship.",
    "bob": "I buy the dockhands a round and listen.",
    "cy": "I climb the lighthouse to watch the bay.",
}



async def test_a_round_is_played_and_narrated_once(table: Table) -> None:
    fake = table.fake
    table.openai.chunk_delay = 0.03  # long enough for several streamed edits
    table.openai.reply = lambda _request: NARRATION
    channel, scene = await table.ready_scene()

    # The scene has its own channel under the campaign's category.
    campaign = await table.store.campaigns.get(scene.campaign_id)
    assert channel.parent_id == campaign.category_id is not None
    (opening,) = table.webhook_posts(channel)
    assert opening.author_name == "The Chronicler"
    assert opening.allowed_mentions == {"parse": []}

    for player in PLAYER_NAMES:
        await fake.user_says(channel.id, table.players[player].id, ACTIONS[player])
    (narration,) = await table.wait_narrations(channel, 1)

    assert len(table.narration_prompts()) == 1  # one narration answers all three
    (prompt,) = table.narration_prompts()
    for player in PLAYER_NAMES:
        assert ACTIONS[player] in prompt and CHARACTERS[player] in prompt
    assert narration.author_name == "The Chronicler"
    assert len(narration.history) > 2, narration.history  # streamed edits happened
    assert narration.content == NARRATION
    assert all(r.allowed_mentions == {"parse": []} for r in narration.revisions)

    # Every stored post that has a Discord message matches what the fake received.
    posts = await table.store.posts.of_scene(scene.id)
    assert [p.kind for p in posts] == [PostKind.OPENING, *[PostKind.ACTION] * 3,
                                       PostKind.NARRATION]
    for post in posts:
        assert post.discord_message_id is not None
        assert fake.state.messages[post.discord_message_id].content == post.content
    refreshed = await table.store.scenes.get(scene.id)
    assert refreshed.round_no == scene.round_no + 1


async def test_generated_mentions_ping_no_one(table: Table) -> None:
    fake = table.fake
    role = fake.create_role(table.guild.id, "Everyone-important")
    victim = table.players["alice"].id
    table.openai.reply = lambda _req: (
        f"@everyone look! <@&{role.id}> and <@{victim}> and <@!{victim}> are summoned. "
        "@here too."
    )
    channel, _scene = await table.ready_scene()
    for player in PLAYER_NAMES:
        await fake.user_says(channel.id, table.players[player].id, ACTIONS[player])
    (narration,) = await table.wait_narrations(channel, 1)
    assert "@everyone" in narration.content and f"<@&{role.id}>" in narration.content
    for message in table.webhook_posts(channel):
        for revision in message.revisions:
            assert discord_pings(revision.content, revision.allowed_mentions) == []
    # The check above can fail: the same text with Discord's defaults pings everyone.
    assert len(discord_pings(narration.content, None)) == 4
