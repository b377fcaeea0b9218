"""A bot without Administrator: missing Discord permissions are named in the reply."""

from __future__ import annotations

import pytest

from tests.discord_fixtures import Table
from tests.fakediscord.state import ADMINISTRATOR, ALL_PERMISSIONS, MANAGE_CHANNELS, MANAGE_WEBHOOKS


@pytest.fixture
def bot_permissions() -> int:
    return ALL_PERMISSIONS & ~ADMINISTRATOR


async def test_missing_manage_webhooks_is_named(table: Table) -> None:
    fake = table.fake
    await table.create_campaign()
    bot_role = next(r for r in table.guild.roles.values() if r.managed)
    locked = fake.create_channel(
        table.guild.id, "no-webhooks",
        overwrites=[{"id": bot_role.id, "type": 0, "allow": "0", "deny": str(MANAGE_WEBHOOKS)}],
    )
    await fake.announce_channel(locked)
    reply = await table.slash(table.admin, "scene start", locked, title="Here", here=True)
    assert reply.ephemeral and reply.content == (
        "I need the Manage Webhooks permission in #no-webhooks for that."
    )
    assert await table.store.scenes.for_channel(locked.id) is None
    assert table.fake.calls_to("POST", r"/webhooks$") == []


async def test_missing_manage_channels_is_named(table: Table) -> None:
    await table.create_campaign()
    campaign = (await table.store.campaigns.in_guild(table.guild.id))[0]
    category = table.fake.state.channels[campaign.category_id or 0]
    bot_role = next(r for r in table.guild.roles.values() if r.managed)
    category.permission_overwrites.append(
        {"id": str(bot_role.id), "type": 0, "allow": "0", "deny": str(MANAGE_CHANNELS)}
    )
    await table.fake.core.announce_channel("CHANNEL_UPDATE", category)
    reply = await table.slash(table.admin, "scene start", title="Storm")
    assert reply.ephemeral and "Manage Channels" in reply.content
