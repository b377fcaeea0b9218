"""Playing in a scene channel: out-of-character talk, edits, deletes, /act, refusals."""

from __future__ import annotations

from typing import Any

from bot.models import PostKind
from tests.discord_fixtures import PLAYER_NAMES, Table, TurnedDown
from tests.waiting import eventually


async def _stored(table: Table, scene_id: int, count: int) -> None:
    async def enough() -> bool:
        return len(await table.store.posts.of_scene(scene_id, include_deleted=True)) >= count

    await eventually(enough, f"{count} posts stored in scene {scene_id}")


async def test_out_of_character_talk_never_reaches_the_narrator(table: Table) -> None:
    fake = table.fake
    channel, scene = await table.ready_scene()
    alice, bob, cy = (table.players[p].id for p in PLAYER_NAMES)
    await fake.user_says(channel.id, alice, "((brb, pizza is here))")
    await fake.user_says(channel.id, bob, "// can I roll stealth here?")
    await fake.user_says(channel.id, alice, "I draw my knife ((sorry, lag)) and wait.")
    await fake.user_says(channel.id, bob, "I whistle for the dog.")
    act = await fake.invoke_slash(
        table.guild.id, channel.id, cy, "act",
        options={"action": "I light the lamp.", "note": "secretly Tove fears fire"},
    )
    assert "I light the lamp." in ((await act.wait_response()).content or "")
    await table.wait_narrations(channel, 1)
    (prompt,) = table.narration_prompts()
    assert "I draw my knife" in prompt and "I whistle" in prompt and "I light the lamp" in prompt
    await table.settle()  # memory upkeep sends its own requests too
    assert len(table.prompts()) >= 1
    for aside in ("pizza", "roll stealth", "sorry, lag"):
        assert all(aside not in sent for sent in table.prompts())
    kinds = [p.kind for p in await table.store.posts.of_scene(scene.id)]
    assert kinds.count(PostKind.OOC) == 2 and PostKind.WHISPER in kinds


async def test_an_edit_or_delete_before_the_round_closes_updates_the_action(
    table: Table,
) -> None:
    fake = table.fake
    channel, scene = await table.ready_scene()
    alice, bob, cy = (table.players[p].id for p in PLAYER_NAMES)
    said = await fake.user_says(channel.id, alice, "I open the door.")
    doomed = await fake.user_says(channel.id, bob, "I sing loudly.")
    await _stored(table, scene.id, 3)
    await fake.user_edits(said.id, "I kick the door in.")
    await fake.user_deletes(doomed.id)

    async def action_updated() -> bool:
        posts = await table.store.posts.of_scene(scene.id)
        return [p.content for p in posts if p.kind == PostKind.ACTION] == ["I kick the door in."]

    await eventually(action_updated, "the edited action stored and the deleted one gone")
    await fake.user_says(channel.id, bob, "I hum quietly.")
    await fake.user_says(channel.id, cy, "I guard the rear.")
    await table.wait_narrations(channel, 1)
    (prompt,) = table.narration_prompts()
    assert "I kick the door in." in prompt and "I hum quietly." in prompt
    assert "I open the door." not in prompt and "I sing loudly." not in prompt


async def test_a_non_participant_is_not_taken_as_acting(
    table: Table, turned_down: TurnedDown
) -> None:
    fake = table.fake
    channel, scene = await table.ready_scene()
    stranger = fake.create_user("drifter")
    fake.add_member(table.guild.id, stranger)
    await fake.announce_member(table.guild.id, stranger.id)
    await fake.user_says(channel.id, stranger.id, "I steal the ledger.")
    for player in PLAYER_NAMES[:2]:
        await fake.user_says(channel.id, table.players[player].id, "I wait.")
    await _stored(table, scene.id, 3)
    await turned_down(stranger.id, "")
    await table.settle()
    posts = await table.store.posts.of_scene(scene.id)
    assert all(p.author_id != str(stranger.id) for p in posts)
    assert table.openai.requests == []  # cy has not acted: the round is still open
    status = await table.slash(table.players["cy"], "scene status", channel)
    assert status.ephemeral and "Waiting for: Tove" in status.content


async def test_a_plain_player_is_refused_admin_and_gm_commands(table: Table) -> None:
    await table.create_campaign()
    bob = table.players["bob"]
    commands: tuple[tuple[str, dict[str, Any]], ...] = (
        ("campaign create", {"title": "Mine now"}),
        ("campaign archive", {}),
        ("scene start", {"title": "A coup"}),
        ("lore add", {"name": "Coup", "keys": "coup", "content": "Bob rules."}),
    )
    for command, options in commands:
        reply = await table.slash(bob, command, **options)
        assert reply.ephemeral, command
        assert reply.content.startswith("Only ") and reply.content.count(".") == 1, reply.content
    assert len(await table.store.campaigns.in_guild(table.guild.id)) == 1


async def test_bad_input_gets_one_short_ephemeral_sentence(table: Table) -> None:
    await table.create_campaign()
    reply = await table.slash(table.admin, "campaign create", title="Other", card="nope.json")
    assert reply.ephemeral and reply.content == "No narrator card called 'nope.json' is installed."
    reply = await table.slash(table.players["bob"], "scene join")
    assert reply.ephemeral and reply.content == "There is no scene in this channel."


async def test_a_failing_narration_does_not_stop_the_bot(table: Table) -> None:
    fake = table.fake
    channel, scene = await table.ready_scene()
    (table.settings.cards_dir / "narrator.json").unlink()  # the persona vanishes mid-campaign
    for player in PLAYER_NAMES:
        await fake.user_says(channel.id, table.players[player].id, "I wait.")
    notice = await fake.wait_for(
        lambda: [m for m in fake.messages_in(channel.id) if "stumbled" in m.content],
        what="a notice in the channel",
    )
    assert notice[0].webhook_id is None and table.openai.requests == []
    reply = await table.slash(table.admin, "campaign list")
    assert "Ember Coast" in reply.content  # still answering
    await fake.user_says(channel.id, table.players["alice"].id, "((still there?))")
    await _stored(table, scene.id, 5)
