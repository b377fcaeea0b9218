"""GM commands end to end: the real bot on the fake Discord, SQLite, the fake model."""

from __future__ import annotations

from typing import Any

from bot.models import PostKind
from tests.discord_fixtures import PLAYER_NAMES, Table, TurnedDown
from tests.test_gm import Narrator

pytest_plugins = ["tests.discord_fixtures"]


async def _round(table: Table, channel_id: int, words: str) -> None:
    for player in PLAYER_NAMES:
        await table.fake.user_says(channel_id, table.players[player].id, f"{player} {words}.")


def _button(message: Any, label: str) -> str:
    for row in message.components:
        for component in row["components"]:
            if component.get("label") == label:
                return str(component["custom_id"])
    raise AssertionError(f"no {label} button")


async def test_gm_commands_are_refused_to_players(table: Table) -> None:
    table.openai.reply = Narrator()
    channel, scene = await table.ready_scene()
    bob = table.players["bob"]
    commands: list[tuple[str, dict[str, Any]]] = [
        ("gm narrate", {"text": "The sea goes still."}),
        ("gm steer", {"direction": "Smugglers arrive."}),
        ("gm retcon", {}),
        ("gm regenerate", {}),
        ("gm ask", {}),
        ("gm skip", {"player": table.players["cy"].id}),
        ("gm order", {"players": f"<@{bob.id}>"}),
        ("gm kick", {"player": table.players["cy"].id}),
        ("gm pause", {}),
        ("gm resume", {}),
        ("gm secret add", {"fact": "The mayor smuggles rum"}),
        ("gm log", {}),
        ("scene mode", {"mode": "free"}),
    ]
    for command, options in commands:
        reply = await table.slash(bob, command, channel, **options)
        assert reply.ephemeral and "GM" in reply.content, (command, reply.content)
    gm_add = await table.slash(bob, "campaign gm add", channel, role=table.guild.id)
    assert gm_add.ephemeral and "admin" in gm_add.content
    assert await table.store.audit.recent(scene.campaign_id) == []
    assert await table.store.secrets.of_campaign(scene.campaign_id) == []
    assert (await table.store.scenes.get(scene.id)).status == "active"


async def test_retcon_steer_regenerate_narrate_and_log(table: Table) -> None:
    narrator = Narrator()
    table.openai.reply = narrator
    fake, gm = table.fake, table.admin
    channel, scene = await table.ready_scene()
    narrator.next_text.append("The drowned bell of Zephyrine rings beneath the waves.")
    await _round(table, channel.id, "waits by the pier")
    (shown,) = await table.wait_narrations(channel, 1)
    assert "Zephyrine" in shown.content
    await table.settle()  # memory upkeep of the narration done before it is retconned

    reply = await table.slash(gm, "gm retcon", channel)
    assert "round 1 is open again" in reply.content
    await fake.wait_for(lambda: shown.deleted or None, what="the message deleted")
    steer = await table.slash(gm, "gm steer", channel, direction="A green-cloaked stranger.")
    assert steer.ephemeral
    asked = len(table.openai.requests)
    assert "takes the floor" in (await table.slash(gm, "gm ask", channel)).content
    await table.wait_narrations(channel, 1)
    later = table.narration_prompts()
    assert later and all("Zephyrine" not in p for p in later)
    assert "green-cloaked stranger" in later[-1]
    assert all(
        "Zephyrine" not in table.openai.prompt_text(i)
        for i in range(asked, len(table.openai.requests))
    )

    # Regenerate: the message is edited in place; ◀ makes the first version canon again.
    first = await table.store.canon.last_narration(scene.id)
    assert first is not None
    narrator.next_text.append("A second telling: the pier holds.")
    handle = await fake.invoke_slash(table.guild.id, channel.id, gm.id, "gm regenerate")
    picker = await handle.wait_original()  # the followup replaces "thinking…"
    assert picker.ephemeral_to == gm.id and "Version 2 of 2" in picker.content
    (message,) = [m for m in fake.messages_in(channel.id) if m.id == first.discord_message_id]
    await fake.wait_for(
        lambda: "second telling" in message.content or None,
        what="the narration edited",
    )
    await table.clickable(picker)
    click = await fake.click_button(picker.id, _button(picker, "◀"), gm.id)
    await click.wait_response()
    await fake.wait_for(
        lambda: message.content == first.content or None, what="the first version back"
    )
    canon = await table.store.canon.last_narration(scene.id)
    assert canon is not None and canon.content == first.content

    said = await table.slash(gm, "gm narrate", channel, text="Thunder splits the sky.")
    assert said.ephemeral
    await fake.wait_for(
        lambda: (
            any(m.content == "Thunder splits the sky." for m in table.webhook_posts(channel))
            or None
        ),
        what="the GM's narration",
    )
    kinds = [p.kind for p in await table.store.posts.of_scene(scene.id)]
    assert PostKind.GM_NARRATION in kinds

    passed = await table.slash(table.players["alice"], "pass", channel)
    assert "passes" in passed.content
    log = await table.slash(gm, "gm log", channel)
    for action in ("retcon", "steer", "ask", "regenerate", "pick", "narrate"):
        assert action in log.content


async def test_campaign_gm_roles_and_scene_mode(table: Table) -> None:
    table.openai.reply = Narrator()
    channel, scene = await table.ready_scene()
    role = table.fake.create_role(table.guild.id, "Storytellers")
    reply = await table.slash(table.admin, "campaign gm add", channel, role=role.id)
    assert "Storytellers" in reply.content
    assert (await table.store.campaigns.get(scene.campaign_id)).gm_role_ids == [role.id]
    await table.slash(table.admin, "campaign gm remove", channel, role=role.id)
    assert (await table.store.campaigns.get(scene.campaign_id)).gm_role_ids == []
    mode = await table.slash(table.admin, "scene mode", channel, mode="spotlight", minutes=2.0)
    assert "spotlight" in mode.content
    updated = await table.store.scenes.get(scene.id)
    assert updated.pacing_mode == "spotlight" and updated.settings.turn_timeout == 120


async def test_a_leaking_model_never_shows_the_secret_in_the_channel(table: Table) -> None:
    attempts: list[str] = []

    def tempted(request: dict[str, Any]) -> str:
        if "# Table rules" not in request["messages"][0]["content"]:
            return "{}"
        attempts.append("x")
        if len(attempts) % 2 == 1:  # every other attempt gives the password away
            return ("The clerk whispers: the vault password is swordfish. Fog rolls in over "
                    "the quay, thick and cold, and the lanterns dim one by one along the pier.")
        return f"Fog rolls in. The clerk polishes a glass, humming tune number {len(attempts)}."

    table.openai.reply = tempted
    table.openai.chunk_chars = 5
    table.openai.chunk_delay = 0.02  # slow enough for the sink to show partial text
    channel, scene = await table.ready_scene()
    added = await table.slash(
        table.admin, "gm secret add", channel, fact="The vault password is swordfish",
        keys="swordfish",
    )
    assert added.ephemeral and "Secret #1" in added.content
    await _round(table, channel.id, "asks the clerk for the vault password")
    await table.wait_narrations(channel, 1)
    everything = [
        text
        for message in table.fake.messages_in(channel.id, include_deleted=True)
        for text in [message.content, *(r.content for r in message.revisions)]
    ]
    assert len(attempts) >= 2
    assert all("swordfish" not in text.casefold() for text in everything)
    posts = await table.store.posts.of_scene(scene.id)
    narrations = [p.content for p in posts if p.kind == PostKind.NARRATION]
    assert narrations and all("swordfish" not in text for text in narrations)


async def test_skip_order_kick_pause_resume_and_secret_by_a_gm(
    table: Table, turned_down: TurnedDown
) -> None:
    table.openai.reply = Narrator()
    channel, scene = await table.ready_scene()
    gm, players = table.admin, table.players
    alice, bob, cy = (players[name] for name in PLAYER_NAMES)
    pid = {name: str(players[name].id) for name in PLAYER_NAMES}

    skipped = await table.slash(gm, "gm skip", channel, player=cy.id)
    assert "skipped" in skipped.content
    passes = [p for p in await table.store.posts.of_round(scene.id, 1) if p.kind == PostKind.PASS]
    assert [p.author_id for p in passes] == [pid["cy"]]

    await table.slash(gm, "gm order", channel, players=f"<@{bob.id}> <@{alice.id}>")
    order = (await table.store.scenes.get(scene.id)).runtime.spotlight_order
    assert order[:2] == (pid["bob"], pid["alice"])

    await table.slash(gm, "gm kick", channel, player=cy.id)
    seated = [p.player_id for p in await table.store.seats.of_scene(scene.id)]
    assert pid["cy"] not in seated and pid["alice"] in seated

    await table.slash(gm, "gm pause", channel)
    assert (await table.store.scenes.get(scene.id)).status == "paused"
    await table.fake.user_says(channel.id, alice.id, "alice grabs the rope.")
    await turned_down(alice.id, "the scene is paused")  # before the resume, not racing it
    await table.slash(gm, "gm resume", channel)
    assert (await table.store.scenes.get(scene.id)).status == "active"
    # Paused, the message was table talk at most: not an action of the round.
    round_1 = await table.store.posts.of_round(scene.id, 1)
    actions = [p for p in round_1 if p.kind == PostKind.ACTION]
    assert actions == []

    secret = await table.slash(gm, "gm secret add", channel, fact="The harbourmaster is a spy")
    assert secret.ephemeral  # a secret is never shown to the table
    assert len(await table.store.secrets.of_campaign(scene.campaign_id)) == 1
    log = await table.slash(gm, "gm log", channel)
    for action in ("skip", "order", "kick", "pause", "resume", "secret"):
        assert action in log.content, action
