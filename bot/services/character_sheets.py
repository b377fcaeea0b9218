"""The seated characters' sheets (look, traits, notes) in the narrator's prompt.

The section sits in the system message's fixed part, so it is built only from the
sheets themselves, in seat order: it changes when a sheet or the table's seating
changes, never from turn to turn, and a prefix cache keeps reusing it.
"""

from __future__ import annotations

from bot.engine.prompt import CountTokens, truncate_to_tokens
from bot.models import Character
from bot.services.turns import Contribution, TurnContext
from bot.store import Store

HEADING = "# The player characters"


def sheet_text(character: Character) -> str:
    """One character's sheet as the narrator reads it; empty when it says nothing."""
    parts = [
        f"Look: {character.look.strip()}" if character.look.strip() else "",
        f"Traits: {character.traits.strip()}" if character.traits.strip() else "",
        f"Notes: {character.notes.strip()}" if character.notes.strip() else "",
    ]
    body = "\n".join(p for p in parts if p)
    return f"## {character.name}\n{body}" if body else ""


class CharacterSheetContributor:
    """Adds the sheets of the scene's seated, active characters within `budget_tokens`;
    each sheet gets an even share, so one long sheet cannot crowd out the others."""

    def __init__(self, store: Store, count_tokens: CountTokens, budget_tokens: int) -> None:
        self.store = store
        self.count_tokens = count_tokens
        self.budget_tokens = budget_tokens

    async def contribute(self, ctx: TurnContext) -> Contribution:
        ids = [p.character_id for p in ctx.participants if p.character_id is not None]
        # One read of the campaign's active characters, not one per seat.
        active = {c.id: c for c in await self.store.characters.of_campaign(ctx.campaign.id)}
        sheets = [sheet_text(active[i]) for i in dict.fromkeys(ids) if i in active]
        sheets = [s for s in sheets if s]
        if not sheets:
            return Contribution()
        share = (self.budget_tokens - self.count_tokens(HEADING)) // len(sheets)
        fitted = [truncate_to_tokens(s, share, self.count_tokens) for s in sheets]
        return Contribution(constant_lore=["\n\n".join([HEADING, *filter(None, fitted)])])
