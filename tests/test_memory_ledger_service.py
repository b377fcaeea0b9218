"""The ledger service on a real SQLite store: it follows the posts as they are written,
edited and deleted (the way a deleted Discord message is), and a turn only reads it.

The details are written in one scene and read from another of the same campaign, whose
own window holds none of them."""

from __future__ import annotations

from pathlib import Path

from bot.llm.base import estimate_tokens
from bot.models import PostKind
from bot.services.memory_ledger import HEADING, MemoryLedger
from bot.store import Store

DETAIL = "I pay the ferryman Osgood twelve crowns to forget he ever carried us."
ROUTINE = ("I check the ropes by the pier.", "I count the crates by the quay.",
           "I watch the gulls by the harbour.", "I mend the nets by the tavern.")


async def _names(scene_id: int) -> dict[str, str]:
    return {"ana": "Mira"}


async def test_the_ledger_follows_writes_edits_and_deletions(db_path: Path) -> None:
    store = await Store.open(db_path)
    try:
        campaign = await store.campaigns.create(title="Ember Coast", now=0.0)
        elsewhere = await store.scenes.create(campaign_id=campaign.id, now=0.0)
        here = await store.scenes.create(campaign_id=campaign.id, now=0.0)
        ledger = MemoryLedger(store, estimate_tokens, 400, _names)
        assert ledger.section(here) == ""  # not read yet: nothing, and nothing waits

        async def write(text: str, round_no: int) -> int:
            post = await store.posts.add(scene_id=elsewhere.id, kind=PostKind.ACTION,
                                         author_id="ana", author_name="ana", content=text,
                                         now=float(round_no), round_no=round_no)
            return post.id

        detail_id = await write(DETAIL, 1)
        for n in range(2, 120):
            await write(ROUTINE[n % 4], n)
        await ledger.refresh(campaign.id)
        shown = ledger.section(here)
        assert shown.startswith(HEADING) and f"r1 Mira: {DETAIL}" in shown
        assert "ropes" not in shown  # routine lines carry nothing specific
        assert ledger.section(here) is shown  # frozen: the turn re-renders nothing

        await store.posts.edit(detail_id, "I pay the ferryman Osgood nine crowns.", now=500.0)
        await write(ROUTINE[0], 120)
        await ledger.refresh(campaign.id)
        edited = ledger.section(here)
        assert "nine crowns" in edited and "twelve" not in edited

        await store.posts.delete(detail_id, now=600.0)
        await ledger.refresh(campaign.id)
        assert "Osgood" not in ledger.section(here)
    finally:
        await store.close()
