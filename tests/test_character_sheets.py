"""The seated characters' look, traits and notes reach the narrator (real SQLite, the real
OpenAI client against the loopback fake): only theirs, within a budget, stable per turn."""

from __future__ import annotations

from pathlib import Path

from bot.engine.budgets import window_budgets
from bot.services.character_sheets import HEADING
from tests.fakeopenai import FakeOpenAI
from tests.pacing_helpers import RecordingSink, Table, table


async def _narrate_round(t: Table, *players: str) -> None:
    for player in players:
        await t.act(player, f"{player} looks around the harbour.")
    await t.service.narrate(await t.fresh_scene(), RecordingSink())


def _section(system: str) -> str:
    start = system.index(HEADING)
    end = system.find("\n# ", start + len(HEADING))
    return system[start:] if end < 0 else system[start:end]


def _system(fake: FakeOpenAI, index: int) -> str:
    return str(fake.narration_requests()[index]["messages"][0]["content"])


async def test_seated_sheets_reach_the_prompt_and_a_retired_one_does_not(
    db_path: Path, fake_openai: FakeOpenAI
) -> None:
    cast = {"ana": "Mira Vale", "bo": "Tobin Reed", "cy": "Old Hal"}
    async with table(db_path, fake_openai, cast) as t:
        for character in await t.store.characters.of_campaign(t.scene.campaign_id):
            slug = character.player_id
            await t.store.characters.update(
                character.id, look=f"{slug}-look scarred", traits=f"{slug}-trait\nStealth +3",
                notes=f"{slug}-note owes the dockmaster",
            )
            if slug == "cy":
                await t.services.table.retire_character(character)
        await _narrate_round(t, "ana", "bo")
        system = _system(fake_openai, 0)
        section = _section(system)
        for slug in ("ana", "bo"):
            for field in ("look", "trait", "note"):
                assert f"{slug}-{field}" in section, section
        assert "Stealth +3" in section and "## Mira Vale" in section
        assert "cy-" not in fake_openai.narration_text(0) and "Old Hal" not in section

        # The next turn keeps the same section (a cache reuses it) until a sheet changes.
        await _narrate_round(t, "ana", "bo")
        assert _section(_system(fake_openai, 1)) == section
        mira = next(c for c in await t.store.characters.of_campaign(t.scene.campaign_id)
                    if c.player_id == "ana")
        await t.store.characters.update(mira.id, notes="ana-note2 lost her compass")
        await _narrate_round(t, "ana", "bo")
        changed = _section(_system(fake_openai, 2))
        assert "ana-note2" in changed and "ana-note owes" not in changed


async def test_an_over_long_sheet_is_cut_to_the_budget(
    db_path: Path, fake_openai: FakeOpenAI
) -> None:
    async with table(db_path, fake_openai) as t:
        budget = window_budgets(t.backend.context_window).characters
        long_notes = " ".join(f"Scar{i} tells of a fight at sea." for i in range(2000))
        for character in await t.store.characters.of_campaign(t.scene.campaign_id):
            notes = long_notes if character.player_id == "ana" else "bo-note keeps bees"
            await t.store.characters.update(character.id, notes=notes)
        await _narrate_round(t, "ana", "bo")
        section = _section(_system(fake_openai, 0))
        assert "Scar0 tells" in section and "Scar1999" not in section
        assert "bo-note keeps bees" in section  # the long sheet did not crowd out the other
        assert t.backend.count_tokens(section) <= budget, (t.backend.count_tokens(section), budget)
