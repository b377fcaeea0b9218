"""A stand-in bot for the restart test: opens the database, rebuilds timers from its
rows, and records what the timers did. Run: python -m tests.scheduler_child DB EVENTS."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

from bot.llm.openai_compat import OpenAICompatBackend
from bot.models import Participant, Scene
from bot.services.timers import TimerActions
from bot.services.wiring import build_services
from bot.store import Store
from tests.fakeopenai import FakeOpenAI
from tests.pacing_helpers import RecordingSink, settings


async def main(db: Path, events: Path) -> None:
    fake = await FakeOpenAI(reply=lambda _: "The tide turns; the harbour bell rings.").start()
    store = await Store.open(db)
    backend = OpenAICompatBackend(base_url=fake.base_url, api_key="t", model="fake")
    def record(kind: str, **fields: object) -> None:
        with events.open("a", encoding="utf-8") as out:
            out.write(json.dumps({"kind": kind, "at": time.time(), **fields}) + "\n")

    async def narrate(scene: Scene) -> None:
        post = await services.scenes.narrate(scene, RecordingSink())
        record("narrated", post_id=post.id)

    async def nudge(scene: Scene, missing: list[Participant]) -> None:
        record("nudge", missing=[p.player_id for p in missing])

    services = build_services(
        store, backend, settings(), time.time, timer_actions=TimerActions(narrate, nudge))
    assert services.timers is not None
    await services.timers.start()
    print("ready", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), Path(sys.argv[2])))
