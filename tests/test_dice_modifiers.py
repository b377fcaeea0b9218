"""Named modifiers from a character sheet: `/roll stealth` rolls a d20 with the bonus."""

from __future__ import annotations

from bot.engine.modifiers import expand_named, sheet_modifiers
from bot.models import PostKind
from tests.discord_fixtures import Table
from tests.waiting import eventually


def test_only_lines_that_are_a_name_and_a_number_are_modifiers() -> None:
    sheet = sheet_modifiers((
        "Quick and quiet.\nStealth +5\nSleight of Hand: +4, Perception -1",
        "Owes Bram 5 gold; Athletics +2\nborn in 1203",
    ))
    assert sheet == {"Stealth": 5, "Sleight of Hand": 4, "Perception": -1, "Athletics": 2}


def test_a_name_becomes_a_d20_with_its_bonus_and_keeps_what_follows() -> None:
    sheet = {"Sleight": 1, "Sleight of Hand": 4, "Perception": -1}
    assert expand_named("stealth", sheet) is None
    assert expand_named("sleight of  hand adv", sheet) == ("1d20+4 adv", "Sleight of Hand")
    assert expand_named("Perception", sheet) == ("1d20-1", "Perception")
    assert expand_named("1d20+3", sheet) is None


async def test_roll_a_skill_named_on_the_characters_sheet(table: Table) -> None:
    channel, scene = await table.ready_scene()
    alice = table.players["alice"]
    character = await table.store.characters.active(scene.campaign_id, str(alice.id))
    assert character is not None
    await table.store.characters.update(character.id, notes="Light on her feet.\nStealth +5")
    reply = await table.slash(alice, "roll", channel, expression="stealth")
    assert reply.content.startswith("🎲 **Mira** rolls for **Stealth**: 1d20 ("), reply.content
    assert " + 5 = `" in reply.content

    async def stored() -> bool:
        return any(p.kind == PostKind.ROLL for p in await table.store.posts.of_scene(scene.id))

    await eventually(stored, "the skill roll stored")
    (roll,) = [p for p in await table.store.posts.of_scene(scene.id) if p.kind == PostKind.ROLL]
    assert roll.content.startswith(f"Stealth (1d20+5): {roll.meta['total']}")
    unknown = await table.slash(table.players["bob"], "roll", channel, expression="stealth")
    assert unknown.ephemeral and unknown.content.startswith("Cannot roll that: ")
