"""An action's recall starts when the action is stored: by the time the round is
narrated, the actions stored earlier need no lookup on the narration's path."""

from __future__ import annotations

from pathlib import Path

from bot.services.pacing import PacingService
from bot.services.sinks import CollectingSink
from tests.fakeopenai import FakeOpenAI
from tests.memory_kit import Router, filler, request_kind, seat_table

FACT = "I hide the brass astrolabe inside the hollow figurehead of the Saltwind."


async def test_recall_is_looked_up_when_actions_are_stored_not_when_narrated(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    fake_openai.reply = Router()
    table = await seat_table(fake_openai, db_path)
    lookups: list[str] = []
    real = table.store.recall.posts

    async def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        lookups.append("recall")
        return await real(*args, **kwargs)

    try:
        await table.round({"ana": FACT, "ben": "I keep watch on the quay."})
        for n in range(12):
            await table.round(filler(n))
        await table.memory.drain()
        table.store.recall.posts = counted  # type: ignore[method-assign]
        scene = await table.store.scenes.get(table.scene.id)
        for player, text in (("ana", "I go back to the Saltwind for the brass astrolabe."),
                             ("ben", "I follow Mira to the figurehead.")):
            await PacingService(table.service).submit(
                scene, player_id=player, player_name=player.title(), text=text)
            await table.memory.drain()  # the player thinks; the lookup runs meanwhile
        stored = len(lookups)
        await table.service.narrate(scene, CollectingSink())
        on_the_path = len(lookups) - stored
    finally:
        await table.close()
    assert stored == 2  # one lookup per action, each when it was stored
    assert on_the_path == 0
    final = [r for r in fake_openai.requests if request_kind(r) == "narration"][-1]
    assert "(round 1, Mira) " + FACT in final["messages"][-1]["content"]
