"""Spotlight fairness: does every player's character get an even share of the narration
when one player writes five times more than the others?

A 100-round campaign, 4 players, played through the real scene service (SQLite, the
real `openai` client, every prompt contributor and guard) against a loopback model
that behaves like a typical narrator:
- it is biased towards whoever wrote most: a character gets 1 + words/12 sentences
  (at most 6), so the verbose player draws about three times the attention;
- it follows the two fairness directions when the prompt carries them: a character
  it is told to bring forward gets two more sentences; one it is told to answer in
  one short sentence gets exactly one.
Shares are measured like the service measures them: sentences of the narrations that
name each character. The same campaign without the fairness contributor is the baseline.

  python benchmarks/spotlight.py            # about 15 s on 2 CPU cores
Writes benchmarks/results/spotlight.json and prints the shares.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from bot.config import Settings  # noqa: E402
from bot.engine.spotlight import attention, max_deviation, shares  # noqa: E402
from bot.llm.openai_compat import OpenAICompatBackend  # noqa: E402
from bot.models import PostKind  # noqa: E402
from bot.services.pacing import PacingService, SpotlightContributor  # noqa: E402
from bot.services.scenes import SceneService  # noqa: E402
from bot.services.sinks import CollectingSink  # noqa: E402
from bot.services.turns import NarrationHeld  # noqa: E402
from bot.services.wiring import build_services  # noqa: E402
from bot.store import Store  # noqa: E402
from tests.fakeopenai import FakeOpenAI  # noqa: E402

ROUNDS = 100
TARGET = 0.10
PLAYERS = {"p1": "Mira Vale", "p2": "Tobin Reed", "p3": "Cass Wren", "p4": "Oren Holt"}
VERBOSE = "p1"
RESULTS = REPO_ROOT / "benchmarks" / "results" / "spotlight.json"

NPCS = [
    "the dockmaster",
    "a gull",
    "the stranger",
    "old Hesper",
    "a ferryman",
    "the rain",
    "a lantern",
    "the tide",
    "a child",
    "the harbour bell",
    "a smuggler",
    "the wind",
]
DEEDS = [
    "settles beside",
    "drifts toward",
    "glances at",
    "circles",
    "waits for",
    "brushes past",
    "falls quiet near",
    "casts a long shadow over",
    "hums for",
    "leaves a gift for",
    "stares hard at",
    "bows to",
]
SCENERY = [
    "Fog thickens over the water.",
    "A bell tolls somewhere unseen.",
    "The planks creak underfoot.",
    "Salt crusts the window glass.",
    "Far off, a ship's horn answers.",
    "Smoke curls from the chandlery.",
]
_ACTION = re.compile(r"^- (?P<name>[^()]+?) \((?P<player>[^)]+)\): (?P<text>.*)$", re.M)
_FORWARD = re.compile(r"Bring (?P<name>.+?) forward this time")
_BRIEF = re.compile(r"\n(?P<names>[^\n]+?) had more than their share of the story")


class BiasedNarrator:
    """The loopback model's behaviour (see the module docstring)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def __call__(self, request: dict[str, Any]) -> str:
        if "# Table rules" not in request["messages"][0]["content"]:
            return "{}"  # memory upkeep requests: nothing to extract
        final = request["messages"][-1]["content"]
        words: dict[str, int] = {}
        for match in _ACTION.finditer(final):
            name = match["name"].strip()
            words[name] = words.get(name, 0) + len(match["text"].split())
        forward = _FORWARD.search(final)
        brief = _BRIEF.search(final)
        kept_brief = {n.strip() for n in brief["names"].split(",")} if brief else set()
        sentences = [self.rng.choice(SCENERY)]
        for name, count in words.items():
            n = min(6, 1 + count // 12)
            if name in kept_brief:
                n = 1
            if forward and forward["name"] == name:
                n += 2
            for _ in range(n):
                npc, deed = self.rng.choice(NPCS), self.rng.choice(DEEDS)
                sentences.append(f"{npc.capitalize()} {deed} {name}.")
        self.rng.shuffle(sentences)
        return " ".join(sentences)


def action_text(rng: random.Random, words: int) -> str:
    pool = (
        "I check the rigging and scan the crowd for anyone following us while keeping "
        "my hand near my knife and my eyes on the water"
    ).split()
    return " ".join(rng.choice(pool) for _ in range(words)).capitalize() + "."


async def play(with_fairness: bool, workdir: Path, seed: int = 7) -> dict[str, Any]:
    fake = await FakeOpenAI(reply=BiasedNarrator(seed)).start()
    store = await Store.open(workdir / f"spotlight-{with_fairness}.db")
    backend = OpenAICompatBackend(base_url=fake.base_url, api_key="b", model="fake", max_retries=0)
    settings = Settings(_env_file=None, cards_dir=REPO_ROOT / "cards")  # type: ignore[call-arg]
    clock = [1_000_000.0]
    wired = build_services(store, backend, settings, lambda: clock[0])
    service: SceneService = wired.scenes
    pacing = wired.pacing
    if not with_fairness:  # the baseline: the same parts but the spotlight's brief
        service = SceneService(
            store, backend, cards_dir=settings.cards_dir, clock=lambda: clock[0],
            budgets=service.budgets, checks=service.checks, observers=service.observers,
            contributors=[c for c in service.contributors
                          if not isinstance(c, SpotlightContributor)],
        )
        pacing = PacingService(service)
    rng = random.Random(seed)
    campaign = await store.campaigns.create(title="Bench", premise="A harbour.", now=clock[0])
    scene = await store.scenes.create(campaign_id=campaign.id, now=clock[0])
    for player_id, name in PLAYERS.items():
        character = await store.characters.create(
            campaign_id=campaign.id,
            player_id=player_id,
            player_name=player_id,
            name=name,
            now=clock[0],
        )
        await store.seats.add(
            scene_id=scene.id,
            player_id=player_id,
            player_name=player_id,
            character_id=character.id,
            now=clock[0],
        )
    held = 0
    started = time.perf_counter()
    try:
        for _ in range(ROUNDS):
            for player_id in PLAYERS:
                scene = await store.scenes.get(scene.id)
                words = 60 if player_id == VERBOSE else 12  # five times more
                await pacing.submit(
                    scene, player_id=player_id, player_name=player_id, text=action_text(rng, words)
                )
            clock[0] += 60
            try:
                await service.narrate(await store.scenes.get(scene.id), CollectingSink())
            except NarrationHeld:
                held += 1
                await store.canon.store_narration(
                    scene=await store.scenes.get(scene.id),
                    content="(held)",
                    now=clock[0],
                    author_name="GM",
                )
        narrations = [
            p.content for p in await store.posts.of_scene(scene.id) if p.kind == PostKind.NARRATION
        ]
    finally:
        await wired.memory.aclose()  # its background work uses the backend: stop it first
        await backend.aclose()
        await store.close()
        await fake.stop()
    names = list(PLAYERS.values())
    share_of = shares(attention(narrations, names))
    return {
        "shares": {name: round(share, 4) for name, share in share_of.items()},
        "max_deviation": round(max_deviation(share_of), 4),
        "narrations": len(narrations),
        "held": held,
        "seconds": round(time.perf_counter() - started, 2),
    }



async def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        fair = await play(True, Path(tmp))
        baseline = await play(False, Path(tmp))
    result = {
        "rounds": ROUNDS,
        "players": len(PLAYERS),
        "verbose_player": PLAYERS[VERBOSE],
        "verbose_words_ratio": 5,
        "target_max_deviation": TARGET,
        "shares": fair["shares"],
        "max_deviation": fair["max_deviation"],
        "meets_target": fair["max_deviation"] <= TARGET,
        "with_fairness": fair,
        "baseline_without_fairness": baseline,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    for label, run in (("with fairness", fair), ("baseline", baseline)):
        shown = ", ".join(f"{name} {share:.3f}" for name, share in run["shares"].items())
        print(
            f"{label:>14}: max_deviation {run['max_deviation']:.3f}  ({shown})"
            f"  held={run['held']}  {run['seconds']}s"
        )
    print(
        f"target ≤ {TARGET}: {'met' if result['meets_target'] else 'MISSED'}; "
        f"wrote {RESULTS.relative_to(REPO_ROOT)}"
    )
    return 0 if result["meets_target"] else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
