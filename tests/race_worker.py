"""One of several processes playing the same scene on one database as fast as they can.

`python -m tests.race_worker DB SCENE_ID ROUNDS NAME`: prints `ready`, waits for a line on
stdin (so the racers start together), then loops: submit each seated player's action if the
open round lacks it, then try to store that round's narration. Prints a JSON summary of
what this process stored and what the store refused.
"""

from __future__ import annotations

import asyncio
import json
import sys

from bot.models import PostKind
from bot.store import RoundAlreadyNarrated, Store


async def race(db: str, scene_id: int, rounds: int, name: str) -> dict[str, object]:
    store = await Store.open(db)
    actions: list[str] = []
    narrated: list[int] = []
    refused = 0
    try:
        print("ready", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        while True:
            scene = await store.scenes.get(scene_id)
            if scene.round_no > rounds:
                break
            seats, marks = await store.posts.round_marks(scene_id, scene.round_no)
            acted = {who for who, kind in marks if kind == PostKind.ACTION}
            try:
                for player, _character in seats:
                    if player in acted:
                        continue
                    content = f"{name}:{scene.round_no}:{player}"
                    await store.canon.add_action(
                        scene_id=scene_id, kind=PostKind.ACTION, author_id=player,
                        author_name=player, content=content, now=0.0, round_no=scene.round_no,
                    )
                    actions.append(content)
                await store.canon.store_narration(
                    scene=scene, content=f"{name} narrates {scene.round_no}", now=0.0,
                    author_name="Narrator",
                )
                narrated.append(scene.round_no)
            except RoundAlreadyNarrated:
                refused += 1  # the other process closed this round first: on to the next
    finally:
        await store.close()
    return {"name": name, "actions": actions, "narrated": narrated, "refused": refused}


def main() -> None:
    db, scene_id, rounds, name = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    print(json.dumps(asyncio.run(race(db, scene_id, rounds, name))), flush=True)


if __name__ == "__main__":
    main()
