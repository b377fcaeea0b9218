"""The campaign's lorebooks are compiled once per version, not on every turn (real SQLite)."""

from __future__ import annotations

from pathlib import Path

from bot.cards import load_card
from bot.engine.lorebook import Lorebook
from bot.llm.base import estimate_tokens
from bot.services.lore import LoreContributor
from bot.services.turns import TurnContext
from bot.store import Store

REPO = Path(__file__).resolve().parents[1]
BOOK = {"entries": [{"keys": ["lighthouse"], "content": "The lamp burns blue."}]}


async def test_books_are_compiled_once_per_version(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "lore.db")
    try:
        campaign = await store.campaigns.create(title="Coast", now=0.0,
                                                settings={"lorebook": BOOK})
        scene = await store.scenes.create(campaign_id=campaign.id, now=0.0)
        await store.lore.put(campaign_id=campaign.id, name="Gull", keys=["gull"],
                             content="Gulls steal bread.", now=0.0)
        card = load_card(REPO / "cards" / "narrator.json")
        contributor = LoreContributor(store, estimate_tokens)

        async def books() -> list[Lorebook]:
            # Each turn reads the campaign afresh, as the scene service does.
            fresh = await store.campaigns.get(campaign.id)
            return await contributor.books(TurnContext(
                scene=scene, campaign=fresh, card=card, participants=[], names={},
                history=[], round_posts=[], narrations_so_far=0))

        first, second = await books(), await books()
        assert len(first) == len(second) >= 2
        assert all(a is b for a, b in zip(first, second, strict=True)), "recompiled"

        await store.lore.put(campaign_id=campaign.id, name="Tern", keys=["tern"],
                             content="Terns dive.", now=1.0)
        changed = await books()
        assert changed[-1] is not first[-1]
        assert {e.content for e in changed[-1].entries} == {"Gulls steal bread.", "Terns dive."}
        assert changed[-2] is first[-2]  # the campaign's own book did not change
    finally:
        await store.close()
