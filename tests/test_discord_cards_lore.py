"""/campaign card set and /lore: uploads validated, lore kept per campaign in prompt shape."""

from __future__ import annotations

import json

from bot.cards import dump_card, load_card
from bot.cards.lorebook_io import lorebook_from_dict
from tests.conftest import REPO
from tests.discord_fixtures import PLAYER_NAMES, Table
from tests.fakediscord import Upload


def _card(name: str, **extra: object) -> bytes:
    raw = json.loads((REPO / "cards" / "narrator.json").read_text(encoding="utf-8"))
    raw["data"]["name"] = name
    raw["data"].update(extra)
    return json.dumps(raw).encode()


async def _set_card(table: Table, channel_id: int, upload: Upload) -> tuple[str, bool]:
    handle = await table.fake.invoke_slash(
        table.guild.id, channel_id, table.admin.id, "campaign card set",
        attachments={"file": upload},
    )
    response = await handle.wait_response()
    if response.type == 5:
        message = await handle.wait_original()
        return message.content, message.ephemeral
    return response.content or "", response.ephemeral


async def _play_round(table: Table, channel_id: int) -> None:
    for player in PLAYER_NAMES:
        await table.fake.user_says(channel_id, table.players[player].id, "I look around.")


async def test_a_png_card_becomes_the_narrator_and_its_image_the_avatar(table: Table) -> None:
    fake = table.fake
    channel, _scene = await table.ready_scene()
    png = dump_card(load_card(_card("Salt Witch")), "png")
    content, ephemeral = await _set_card(table, channel.id, Upload("witch.png", png))
    assert ephemeral and content == "The narrator of **Ember Coast** is now Salt Witch."
    # Written in the data directory (on the volume), not in the packaged, read-only cards.
    assert not any(p.suffix == ".png" for p in table.settings.cards_dir.rglob("*"))
    (written,) = table.settings.uploads_dir.iterdir()
    assert load_card(written).data.name == "Salt Witch"
    created = fake.calls_to("POST", rf"^/channels/{channel.id}/webhooks$")
    assert len(created) == 2  # the first narrator webhook, then one carrying the card's image
    assert str(created[-1].json["avatar"]).startswith("data:image/png;base64,")
    assert len(fake.state.webhooks) == 1
    await _play_round(table, channel.id)
    (narration,) = await table.wait_narrations(channel, 1)
    assert narration.author_name == "Salt Witch"


async def test_an_icon_url_asset_is_the_avatar_of_every_post(table: Table) -> None:
    channel, _scene = await table.ready_scene()
    icon = "https://example.org/witch.png"
    card = _card("Salt Witch", assets=[{"type": "icon", "uri": icon, "name": "main", "ext": "png"}])
    content, _ = await _set_card(table, channel.id, Upload("witch.json", card))
    assert "Salt Witch" in content
    await _play_round(table, channel.id)
    (narration,) = await table.wait_narrations(channel, 1)
    assert narration.avatar_url == icon


async def test_a_malformed_card_gets_one_short_error_and_changes_nothing(table: Table) -> None:
    channel, scene = await table.ready_scene()
    before = await table.store.campaigns.get(scene.campaign_id)
    content, ephemeral = await _set_card(table, channel.id, Upload("bad.json", b'{"spec": 3'))
    assert ephemeral and content.startswith("That card cannot be used: invalid JSON")
    assert content.count("\n") == 0 and len(content) < 200
    assert await table.store.campaigns.get(scene.campaign_id) == before
    assert not table.settings.uploads_dir.exists()


async def test_lore_entries_are_kept_per_campaign_in_lorebook_shape(table: Table) -> None:
    await table.create_campaign()
    admin = table.admin
    reply = await table.slash(admin, "lore add", name="The Gull", keys="gull, tavern",
                              content="A tavern whose cellar floods at high tide.")
    assert reply.ephemeral and "The Gull" in reply.content
    await table.slash(admin, "lore add", name="Tides", keys="", content="Tides rule the coast.",
                      constant=True)
    listed = await table.slash(admin, "lore list")
    assert "The Gull" in listed.content and "Tides" in listed.content
    shown = await table.slash(admin, "lore show", name="the gull")
    assert "cellar floods" in shown.content
    refused = await table.slash(admin, "lore add", name="Empty", keys=" , ", content="x")
    assert refused.ephemeral and refused.content.startswith("Give the entry at least one key")

    campaign = (await table.store.campaigns.in_guild(table.guild.id))[0]
    entries = await table.store.lore.of_campaign(campaign.id)
    book = lorebook_from_dict({"entries": [e.book_entry() for e in entries]})
    assert [(e.keys, e.constant) for e in book.entries] == [(("gull", "tavern"), False),
                                                           ((), True)]
    removed = await table.slash(admin, "lore remove", name="Tides")
    assert "removed" in removed.content
    assert [e.name for e in await table.store.lore.of_campaign(campaign.id)] == ["The Gull"]
    missing = await table.slash(admin, "lore remove", name="Tides")
    assert missing.ephemeral and missing.content == "No lore entry is called 'Tides'."
