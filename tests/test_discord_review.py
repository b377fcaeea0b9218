"""Draft review and held narrations end to end: the real bot on the fake Discord, SQLite,
the fake model. Drafts wait in a GM-only channel; only a GM's Approve makes them canon."""

from __future__ import annotations

from typing import Any

from bot.discord_app.client import LoremasterBot
from bot.models import PostKind
from tests.discord_fixtures import PLAYER_NAMES, Table
from tests.fakediscord import running_bot
from tests.fakediscord.state import FakeChannel, FakeMessage
from tests.test_gm import Narrator
from tests.waiting import HANG_GUARD_S, eventually

pytest_plugins = ["tests.discord_fixtures"]

VIEW_CHANNEL = 1 << 10


async def _review_channel(table: Table) -> FakeChannel:
    """A channel @everyone cannot see, made after the bot connected."""
    everyone_denied = {"id": table.guild.id, "type": 0, "allow": "0", "deny": str(VIEW_CHANNEL)}
    channel = table.fake.create_channel(table.guild.id, "gm-review", overwrites=[everyone_denied])
    await table.fake.announce_channel(channel)
    return channel


async def _round(table: Table, channel_id: int, words: str) -> None:
    for player in PLAYER_NAMES:
        await table.fake.user_says(channel_id, table.players[player].id, f"{player} {words}.")


def _button(message: FakeMessage, label: str) -> str:
    for row in message.components:
        for component in row["components"]:
            if component.get("label") == label:
                return str(component["custom_id"])
    raise AssertionError(f"no {label} button on {message.content!r}")


async def _review_message(table: Table, review: FakeChannel, needle: str) -> FakeMessage:
    return await table.fake.wait_for(
        lambda: next(
            (m for m in table.fake.messages_in(review.id) if needle in m.content and m.components),
            None,
        ),
        what=f"a review message with {needle!r}",
    )


async def _shown(table: Table, scene_id: int, message_id: int) -> bool:
    pending = await table.store.reviews.pending(scene_id)
    return pending is not None and pending.message_id == message_id


async def _narrations(table: Table, scene_id: int) -> list[Any]:
    return [p for p in await table.store.posts.of_scene(scene_id) if p.kind == PostKind.NARRATION]


async def test_drafts_wait_for_a_gm_who_can_steer_regenerate_and_approve(table: Table) -> None:
    narrator = Narrator()
    table.openai.reply = narrator
    fake, gm, bob = table.fake, table.admin, table.players["bob"]
    channel, scene = await table.ready_scene()
    review = await _review_channel(table)
    reply = await table.slash(gm, "gm review", channel, mode="on", review_channel=review.id)
    assert reply.ephemeral and "on" in reply.content, reply.content
    refused = await table.slash(bob, "gm review", channel, mode="off")
    assert refused.ephemeral and "GM" in refused.content

    narrator.next_text.append("The lighthouse keeper swings a red lantern twice.")
    await _round(table, channel.id, "signals the lighthouse")
    draft = await _review_message(table, review, "red lantern")
    assert draft.webhook_id is None and draft.allowed_mentions == {"parse": []}
    assert len(table.webhook_posts(channel)) == 1  # only the opening: nothing in the scene
    assert await _narrations(table, scene.id) == []

    # A player cannot approve: an ephemeral refusal, and nothing changes.
    click = await fake.click_button(draft.id, _button(draft, "Approve"), bob.id)
    response = await click.wait_response()
    assert response.ephemeral and "GM" in (response.content or "")
    assert await _narrations(table, scene.id) == []

    # Regenerate: the review message now shows a new draft, with new buttons.
    old_approve = _button(draft, "Approve")
    narrator.next_text.append("Instead the keeper douses the lamp and bars the door.")
    await (await fake.click_button(draft.id, _button(draft, "Regenerate"), gm.id)).wait_response()
    await _review_message(table, review, "douses the lamp")
    assert _button(draft, "Approve") != old_approve

    # Steer: the modal's direction reaches the next prompt the model receives.
    opened = await fake.click_button(draft.id, _button(draft, "Steer"), gm.id)
    narrator.next_text.append("A rowboat with a green sail slips out of the fog.")
    submitted = await fake.submit_modal(opened, {"direction": "A rowboat arrives, green sail."})
    await submitted.wait_response()
    await _review_message(table, review, "green sail slips")
    assert "A rowboat arrives, green sail." in table.narration_prompts()[-1]
    assert len(table.webhook_posts(channel)) == 1

    # Approve: posted through the narrator's webhook and stored as canon.
    await (await fake.click_button(draft.id, _button(draft, "Approve"), gm.id)).wait_response()
    posted = await fake.wait_for(
        lambda: next((m for m in table.webhook_posts(channel) if "green sail" in m.content), None),
        what="the approved narration in the scene",
    )
    await fake.wait_for(lambda: "Approved" in draft.content or None, what="the review closed")
    assert draft.components == []
    (stored,) = await _narrations(table, scene.id)
    assert stored.content == posted.content and stored.discord_message_id == posted.id
    assert stored.meta["reviewed_by"] == str(gm.id)
    assert (await table.store.scenes.get(scene.id)).round_no == scene.round_no + 1
    actions = [e.action for e in await table.store.audit.recent(scene.campaign_id)]
    for action in ("review", "redraft", "steer", "steer_draft", "approve"):
        assert action in actions


async def test_a_pending_draft_survives_a_restart(table: Table) -> None:
    narrator = Narrator()
    table.openai.reply = narrator
    fake, gm = table.fake, table.admin
    channel, scene = await table.ready_scene()
    review = await _review_channel(table)
    await table.slash(gm, "gm review", channel, mode="on", review_channel=review.id)
    narrator.next_text.append("Cold rain hammers the customs house roof.")
    await _round(table, channel.id, "shelters from the rain")
    draft = await _review_message(table, review, "Cold rain")
    await eventually(lambda: _shown(table, scene.id, draft.id), "the draft's message recorded")

    await table.bot.close()  # the first process is gone; a new one knows only the database
    restarted = LoremasterBot(
        settings=table.settings, store=table.store, backend=table.bot.services.scenes.backend,
        identify_delay=0,
    )
    async with running_bot(restarted, fake):
        await (await fake.click_button(draft.id, _button(draft, "Approve"), gm.id)).wait_response()
        stored = await eventually(
            lambda: _narrations(table, scene.id), "the approved narration stored"
        )
        await restarted.narrations.drain(HANG_GUARD_S)
    assert "Cold rain" in stored[0].content
    assert any(m.id == stored[0].discord_message_id for m in table.webhook_posts(channel))
    assert len(fake.messages_in(review.id)) == 1  # the restart did not draft it again


async def test_a_leaking_narration_is_held_and_never_reaches_the_scene(table: Table) -> None:
    leaking = True

    def tempted(request: dict[str, Any]) -> str:
        if "# Table rules" not in request["messages"][0]["content"]:
            return "{}"
        if leaking:
            return "The clerk whispers: the vault password is swordfish. Fog rolls in."
        return "The clerk only smiles and polishes a glass while fog rolls in."

    table.openai.reply = tempted
    fake, gm = table.fake, table.admin
    channel, scene = await table.ready_scene()
    await table.slash(gm, "gm secret add", channel, fact="The vault password is swordfish",
                      keys="swordfish")
    await _round(table, channel.id, "asks the clerk for the vault password")
    await fake.wait_for(
        lambda: any("held for the GM" in m.content for m in fake.messages_in(channel.id)) or None,
        what="the held notice",
    )

    # With a review channel (review itself off), the held text goes there for the GM.
    review = await _review_channel(table)
    reply = await table.slash(gm, "gm review", channel, mode="off", review_channel=review.id)
    assert "off" in reply.content
    await table.slash(gm, "scene resume", channel)
    held = await _review_message(table, review, "swordfish")
    assert "Held for the GM" in held.content
    leaking = False
    await (await fake.click_button(held.id, _button(held, "Regenerate"), gm.id)).wait_response()
    await _review_message(table, review, "only smiles")
    await (await fake.click_button(held.id, _button(held, "Approve"), gm.id)).wait_response()
    await fake.wait_for(
        lambda: any("only smiles" in m.content for m in table.webhook_posts(channel)) or None,
        what="the approved narration",
    )
    shown = [
        text
        for message in fake.messages_in(channel.id, include_deleted=True)
        for text in [message.content, *(r.content for r in message.revisions)]
    ]
    assert all("swordfish" not in text.casefold() for text in shown)
    (stored,) = await eventually(lambda: _narrations(table, scene.id), "the narration stored")
    assert "swordfish" not in stored.content
