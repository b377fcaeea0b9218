"""NPC voices on the loopback fake Discord: /npc, and narrations posted under NPC faces."""

from __future__ import annotations

from typing import Any

from tests.discord_fixtures import CHARACTERS, PLAYER_NAMES, Table, discord_pings
from tests.fakediscord.invocations import Upload
from tests.fakeopenai import default_reply
from tests.test_discord_review import _button, _review_channel, _review_message

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32
VOICED = (
    "Rain lashes the quay as the crates come ashore.\n"
    '[[Captain Voss]]: "Late again, and the tide will not wait. @everyone aboard!"\n'
    "The lantern gutters between them.\n"
    '[[Mara]]: "Then we sail without the cargo."\n'
    '[[Old Gull]]: "Caw."\n'
    '[[Mira]]: "I agree with Mara."\n'
    "Thunder rolls over the harbour."
)


def scripted(request: dict[str, Any]) -> str:
    """The voiced narration once the prompt asks for NPC markup; plain ones before."""
    asked = any("[[Name]]" in str(m.get("content", "")) for m in request.get("messages", []))
    return VOICED if asked else default_reply(request)


async def _add_npc(table: Table, name: str, *, avatar: bool, description: str = "") -> str:
    options: dict[str, Any] = {"name": name}
    if description:
        options["description"] = description
    handle = await table.fake.invoke_slash(
        table.guild.id, table.lobby.id, table.admin.id, "npc add", options=options,
        attachments={"avatar": Upload(f"{name}.png", PNG, "image/png")} if avatar else None,
    )
    return (await handle.wait_response()).content or ""


async def _play_round(table: Table, channel_id: int) -> None:
    for player in PLAYER_NAMES:
        await table.fake.user_says(channel_id, table.players[player].id, "I watch the quay.")


async def test_a_narration_with_two_npcs_posts_each_under_its_own_face(table: Table) -> None:
    table.openai.reply = scripted
    await table.create_campaign()
    for player in PLAYER_NAMES:
        await table.create_character(player)
    assert "speaks with their own voice" in await _add_npc(
        table, "Captain Voss", avatar=True, description="Harbour master, gruff.")
    assert "speaks with their own voice" in await _add_npc(table, "Mara", avatar=True)
    (voss, mara) = sorted(await table.store.npcs.of_campaign(1), key=lambda n: n.name)
    channel, _scene = await table.start_scene()
    await table.fake.wait_for(lambda: table.webhook_posts(channel), what="the opening")
    narrator_name = table.webhook_posts(channel)[0].author_name

    await _play_round(table, channel.id)
    posts = await table.wait_narrations(channel, 1)

    assert [(p.author_name, p.avatar_url, p.content) for p in posts] == [
        (narrator_name, None, "Rain lashes the quay as the crates come ashore."),
        ("Captain Voss", voss.avatar_url,
         '"Late again, and the tide will not wait. @everyone aboard!"'),
        (narrator_name, None, "The lantern gutters between them."),
        ("Mara", mara.avatar_url, '"Then we sail without the cargo."'),
        # an unknown NPC stays prose; the player character's line is cut by the guard
        (narrator_name, None, '**Old Gull**: "Caw."\n\nThunder rolls over the harbour.'),
    ]
    assert voss.avatar_url and mara.avatar_url and voss.avatar_url != mara.avatar_url
    for post in posts:
        assert discord_pings(post.content, post.allowed_mentions) == [], post.content
        for revision in post.revisions:
            assert discord_pings(revision.content, revision.allowed_mentions) == []
    # It streamed as one narrator post, never showing the raw markup (how far the stream
    # got between edits is timing: `test_npc_speech` checks the streamed form itself);
    # that post became the first part and nothing posted was taken back.
    streamed = [r.content for r in posts[0].revisions]
    assert "writing…" in streamed[0] and not any("[[" in r for r in streamed), streamed
    assert not [m for m in table.fake.messages_in(channel.id, include_deleted=True) if m.deleted]
    # The narrator was told who may be voiced, and that player characters may not.
    prompt = table.narration_prompts()[-1]
    assert "[[Name]]" in prompt and "Captain Voss" in prompt and "Harbour master, gruff." in prompt
    assert f"Never use the brackets for {', '.join(sorted(CHARACTERS.values()))}" in prompt


async def test_without_npcs_the_narration_stays_one_narrator_post(table: Table) -> None:
    table.openai.reply = lambda request: VOICED
    channel, _scene = await table.ready_scene()
    await _play_round(table, channel.id)
    (post,) = await table.wait_narrations(channel, 1)
    assert post.author_name == table.webhook_posts(channel)[0].author_name
    assert "[[" not in post.content and '**Captain Voss**: "Late again' in post.content


async def test_npc_commands_are_for_gms_only(table: Table) -> None:
    await table.create_campaign()
    alice = table.players["alice"]
    for command, options in [("npc add", {"name": "Voss"}), ("npc list", {}),
                             ("npc edit", {"name": "Voss", "description": "x"}),
                             ("npc remove", {"name": "Voss"})]:
        reply = await table.slash(alice, command, **options)
        assert reply.ephemeral and "Only this campaign's GMs" in reply.content, reply.content
    assert await table.store.npcs.of_campaign(1) == []


async def test_npc_list_edit_remove_and_bad_input(table: Table) -> None:
    await table.create_campaign()
    await table.create_character("alice")
    assert "speaks" in await _add_npc(table, "Voss", avatar=False)
    for name, why in [("Voss", "already an NPC"), ("Mira", "player character"),
                      ("[[x]]", "without brackets")]:
        reply = await table.slash(table.admin, "npc add", name=name)
        assert why in reply.content and reply.ephemeral, reply.content
    handle = await table.fake.invoke_slash(
        table.guild.id, table.lobby.id, table.admin.id, "npc add", options={"name": "Ash"},
        attachments={"avatar": Upload("notes.txt", b"hello", "text/plain")})
    assert "must be an image" in ((await handle.wait_response()).content or "")
    await table.slash(table.admin, "npc edit", name="voss", description="Gruff.")
    listing = await table.slash(table.admin, "npc list")
    assert listing.content == "• **Voss** — Gruff."
    await table.slash(table.admin, "npc remove", name="Voss")
    assert "no NPCs yet" in (await table.slash(table.admin, "npc list")).content


async def _voiced_round(table: Table) -> tuple[Any, list[Any]]:
    table.openai.reply = scripted
    await table.create_campaign()
    for player in PLAYER_NAMES:
        await table.create_character(player)
    await _add_npc(table, "Captain Voss", avatar=True)
    await _add_npc(table, "Mara", avatar=False)
    channel, _scene = await table.start_scene()
    await table.fake.wait_for(lambda: table.webhook_posts(channel), what="the opening")
    await _play_round(table, channel.id)
    return channel, await table.wait_narrations(channel, 1)


async def test_a_retcon_removes_every_post_of_a_voiced_narration(table: Table) -> None:
    channel, posts = await _voiced_round(table)
    assert len(posts) == 5
    reply = await table.slash(table.admin, "gm retcon", channel)
    assert "is open again" in reply.content, reply.content
    assert table.webhook_posts(channel)[1:] == []  # only the opening is left


async def test_another_version_is_one_narrator_post_without_the_old_npc_posts(
    table: Table,
) -> None:
    channel, posts = await _voiced_round(table)
    handle = await table.fake.invoke_slash(
        table.guild.id, channel.id, table.admin.id, "gm regenerate")
    assert "Version 2 of 2" in (await handle.wait_original()).content
    first = posts[0]
    await table.fake.wait_for(
        lambda: "**Captain Voss**: " in first.content or None, what="the narration edited")
    assert table.webhook_posts(channel)[1:] == [first]
    assert "[[" not in first.content


async def test_an_approved_draft_is_voiced_too(table: Table) -> None:
    table.openai.reply = scripted
    await table.create_campaign()
    for player in PLAYER_NAMES:
        await table.create_character(player)
    await _add_npc(table, "Captain Voss", avatar=True)
    channel, _scene = await table.start_scene()
    await table.fake.wait_for(lambda: table.webhook_posts(channel), what="the opening")
    review = await _review_channel(table)
    await table.slash(table.admin, "gm review", channel, mode="on", review_channel=review.id)
    await _play_round(table, channel.id)
    draft = await _review_message(table, review, "Rain lashes")
    clicked = await table.fake.click_button(draft.id, _button(draft, "Approve"), table.admin.id)
    await clicked.wait_response()
    posts = await table.wait_narrations(channel, 1)
    assert [p.author_name for p in posts][:3] == [posts[0].author_name, "Captain Voss",
                                                  posts[0].author_name]
    assert posts[0].author_name != "Captain Voss"
    # The retcon takes every post of the approved narration with it.
    await table.slash(table.admin, "gm retcon", channel)
    assert table.webhook_posts(channel)[1:] == []
