"""The bot's own time per narrator turn in a scene that already holds 10,000 posts.

Two turns are timed: the core (history window, lore, guards, store) and the full turn
with every plugged-in feature, long-term memory recall first among them.

A turn here is everything but the model: three players' actions stored, the
round checked, the prompt assembled (window, lore, guards' context), the
narration vetted by the guards and stored with the round advance. The backend
answers instantly with a fixed varied text, so only our overhead is timed.
Players act seconds apart: the time between actions, when background work
started by an action (its memory recall) runs, is not the bot's turn time; the
last action's recall is on the clock, since the narration waits for it.

Each figure comes in wall-clock time and in CPU time (`time.process_time`: every
thread of the process, the database's worker thread too). On a shared machine the
wall figures carry other people's load; the CPU figures much less so, and the result
file records the load average of the run.

    python benchmarks/turn_overhead.py [--posts 10000] [--turns 200]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.config import Settings  # noqa: E402
from bot.heap import freeze_startup_heap  # noqa: E402
from bot.llm.base import SamplingSettings, estimate_tokens  # noqa: E402
from bot.models import ChatMessage, PostKind  # noqa: E402
from bot.services.lore import LoreContributor  # noqa: E402
from bot.services.pacing import PacingService  # noqa: E402
from bot.services.scenes import SceneService  # noqa: E402
from bot.services.sinks import CollectingSink  # noqa: E402
from bot.services.wiring import build_services  # noqa: E402
from bot.store import Store  # noqa: E402

PLAYERS = ("Ana", "Bo", "Cy")
WORDS = ("lantern tide wreck gull rope harbour warden mist coin salt smoke bell stone "
         "oak cloak halberd queen moon shadow chest pier horn weed crab hold rail").split()

# Ten narrations on different beats, cycled. The guards compare a narration with the six
# before it, so each passes them the first time, as a real narration does: made-up words
# drawn from one small vocabulary read as a retelling to the repetition guard, and every
# turn then paid for three generations and three guard runs.
NARRATIONS = (
    "Rain hammers the slate roofs of the harbour town. Down on the quay a dockhand curses "
    "as a crate of lemons splits open and rolls across the cobbles. The ferry's bell rings "
    "twice, thin and far away, and a lantern sways at the end of the pier.",
    "The market is loud with haggling. A woman in a green shawl holds up a pair of boots and "
    "swears they were her father's; a boy darts between the stalls with a stolen pear. Above "
    "it all, gulls wheel and shriek, waiting for the fishmongers to turn their backs.",
    "Night settles over the chapel yard. Someone has left a candle burning in the crypt "
    "window, and its flame leans whenever the wind picks up. An owl calls from the yew tree. "
    "Beyond the wall, a carriage rattles past without slowing.",
    "The smithy glows like a furnace mouth. The smith, a broad man with singed eyebrows, "
    "plunges a horseshoe into the trough and the water hisses and spits. His apprentice "
    "counts nails into a tin, losing track, starting again.",
    "Fog rolls in off the marsh by mid-morning, swallowing the road a dozen paces ahead. "
    "Somewhere in the grey a dog barks, then thinks better of it. The milestone at the fork "
    "is so mossed over that its numbers could say anything.",
    "The tavern's back room smells of tallow and spilled ale. Three card players argue over "
    "a pot of copper coins while the landlord wipes the same mug for the fifth time, "
    "listening to every word. A fiddle tunes up in the next room.",
    "Snow has drifted against the mill door overnight. The great wheel is frozen mid-turn, "
    "icicles hanging from every paddle like teeth. A line of fox tracks crosses the yard "
    "and vanishes under the granary.",
    "The courier arrives breathless, his horse lathered, and slaps a sealed letter on the "
    "magistrate's desk. The wax bears a crest nobody in the room recognises. Outside, the "
    "town crier falls silent in the middle of his announcement.",
    "Sunlight pours through the library's tall windows, thick with dust. Ladders lean "
    "against shelves that climb to the ceiling, and somewhere a clock ticks out of step "
    "with itself. The librarian has left a half-finished cup of tea beside the ledger.",
    "The river is running high and brown after the storm. Branches, a barrel and what looks "
    "like a chicken coop spin past the bridge piers. On the far bank, a fisherman hauls in "
    "an empty net and shakes his head at the water.",
)


class InstantBackend:
    """Answers at once: the benchmark times Loremaster, not a model."""

    name = "instant"
    context_window = 8192

    def __init__(self) -> None:
        self.turn = 0

    def count_tokens(self, text: str) -> int:
        return estimate_tokens(text)

    async def stream(
        self, messages: Sequence[ChatMessage], sampling: SamplingSettings
    ) -> AsyncIterator[str]:
        if sampling.json_schema is not None:  # world-state extraction: nothing changed
            yield "{}"
            return
        self.turn += 1
        yield NARRATIONS[self.turn % len(NARRATIONS)]

    async def aclose(self) -> None:
        return None


# Story text with a natural-language shape: a few thousand word forms drawn with Zipf's
# law (a handful very common, most rare), so full-text recall meets realistic matches.
LEXICON = [a + b + c + d for a in ("b", "k", "th", "m", "sl", "v", "dr", "f", "gr", "st")
           for b in ("a", "o", "ei", "u", "ar", "i") for c in ("nd", "ll", "sk", "rt", "m", "w")
           for d in ("", "en", "ing", "er", "s", "y")]
ZIPF = [1 / (rank + 1) for rank in range(len(LEXICON))]


def _sentence(i: int) -> str:
    rng = random.Random(i)
    return " ".join(rng.choices(LEXICON, weights=ZIPF, k=25)) + f" ({i})."


async def seed(db: Path, posts: int) -> tuple[int, int]:
    store = await Store.open(db)
    campaign = await store.campaigns.create(title="Benchmark", now=0.0)
    scene = await store.scenes.create(campaign_id=campaign.id, now=0.0)
    for n, player in enumerate(PLAYERS):
        character = await store.characters.create(
            campaign_id=campaign.id, player_id=player, player_name=player, name=player, now=0.0)
        await store.seats.add(scene_id=scene.id, player_id=player, player_name=player,
                              character_id=character.id, now=float(n))
    rounds = posts // 4
    rows = []
    seq = 0
    for r in range(1, rounds + 1):
        for player in PLAYERS:
            seq += 1
            rows.append((scene.id, seq, "action", player, player, _sentence(seq), r, 0.0))
        seq += 1
        rows.append((scene.id, seq, "narration", "narrator", "The Chronicler",
                     _sentence(seq) * 3, r, 0.0))
    async with store.transaction() as conn:
        await conn.executemany(
            "INSERT INTO posts (scene_id, seq, kind, author_id, author_name, content, round_no,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        await conn.execute("UPDATE scenes SET round_no = ? WHERE id = ?", (rounds + 1, scene.id))
    await store.close()
    return scene.id, len(rows)



@dataclass
class Samples:
    """Per turn, in milliseconds: wall-clock time, and CPU time (`time.process_time`, which
    counts every thread of the process, the database's worker thread too; the machine may
    be shared, and CPU time is what other load on it does not inflate)."""

    overhead: list[float] = field(default_factory=list)  # store + prompt, no vetting
    with_guards: list[float] = field(default_factory=list)
    overhead_cpu: list[float] = field(default_factory=list)
    with_guards_cpu: list[float] = field(default_factory=list)
    guard_runs: int = 0  # narrations the guards checked: one a turn when each passes


async def measure(db: Path, scene_id: int, turns: int, *, full: bool) -> Samples:
    """Per turn: store + prompt time, and the same plus the guards' vetting.

    `full`: every plugged-in feature (long-term memory recall, spotlight, secrets,
    steers) as the bot runs it; otherwise the core turn: the window, lore and guards.
    """
    store = await Store.open(db)
    backend = InstantBackend()
    settings = Settings(cards_dir=REPO / "cards")
    memory = None
    if full:
        wired = build_services(store, backend, settings, time.time)
        service, memory, pacing = wired.scenes, wired.memory, wired.pacing
    else:
        service = SceneService(store, backend, cards_dir=settings.cards_dir, clock=time.time,
                               contributors=[LoreContributor(store, backend.count_tokens)])
        pacing = PacingService(service)
    freeze_startup_heap()  # as the bot and the console do once they are set up
    samples = Samples()
    warmup = 5
    for t in range(turns + warmup):
        # The players' texts are written before the clock starts: only Loremaster is timed.
        actions = {player: f"{player} acts on turn {t}: {_sentence(t)}" for player in PLAYERS}
        spent = spent_cpu = 0.0
        scene = await store.scenes.get(scene_id)
        for player in PLAYERS:
            started, started_cpu = time.perf_counter(), time.process_time()
            await pacing.submit(
                scene, player_id=player, player_name=player, text=actions[player],
                kind=PostKind.ACTION)
            spent += time.perf_counter() - started
            spent_cpu += time.process_time() - started_cpu
            if memory is not None and player != PLAYERS[-1]:
                # Players write seconds apart: what an action started in the background
                # (its recall) runs while the next player types, off the clock. The last
                # action's runs on the clock: the narration waits for it.
                await memory.drain()
        started, started_cpu = time.perf_counter(), time.process_time()
        await service.narrate(scene, CollectingSink())
        total = (spent + time.perf_counter() - started) * 1000
        total_cpu = (spent_cpu + time.process_time() - started_cpu) * 1000
        if t >= warmup:  # the first turns warm caches (card parsing, window fold)
            timings = service.last_timings
            samples.overhead.append(total - timings.generate_and_vet_ms)
            samples.with_guards.append(total)
            samples.overhead_cpu.append(total_cpu - timings.generate_and_vet_cpu_ms)
            samples.with_guards_cpu.append(total_cpu)
        if memory is not None:
            # Summaries and world-state upkeep run in the background while players
            # write their next actions; let them finish between (untimed) turns.
            await memory.drain()
    samples.guard_runs = service.vetter.guard_tally.checked
    await service.aclose()
    await store.close()
    return samples


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks/results/turn_overhead.json")
    args = parser.parse_args()
    result: dict[str, object] = {"posts": args.posts, "turns": args.turns}
    print(f"{'turn (' + str(args.posts) + ' posts in the scene)':<44} {'p50 ms':>8} {'p99 ms':>8}"
          f" {'cpu p50':>8} {'cpu p99':>8}")
    for label, full in (("core", False), ("full", True)):
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "bench.db"
            scene_id, seeded = asyncio.run(seed(db, args.posts))
            samples = asyncio.run(measure(db, scene_id, args.turns, full=full))
        prefix = "" if label == "core" else "full_"
        result["posts"] = seeded
        # A turn whose narration the guards refuse pays for more than one: say so.
        result[f"{prefix}guard_runs_per_turn"] = round(
            samples.guard_runs / (args.turns + 5), 3)
        name = ("core: store + prompt assembly" if label == "core"
                else "full: + memory recall, spotlight, secrets")
        for row, (wall, cpu), key in (
            (name, (samples.overhead, samples.overhead_cpu), prefix),
            ("   … plus the guards", (samples.with_guards, samples.with_guards_cpu),
             f"{prefix}with_guards_"),
        ):
            result[f"{key}p50_ms"] = round(statistics.median(wall), 3)
            result[f"{key}p99_ms"] = round(percentile(wall, 0.99), 3)
            result[f"{key}cpu_p50_ms"] = round(statistics.median(cpu), 3)
            result[f"{key}cpu_p99_ms"] = round(percentile(cpu, 0.99), 3)
            print(f"{row:<44} {result[key + 'p50_ms']:>8.2f} {result[key + 'p99_ms']:>8.2f}"
                  f" {result[key + 'cpu_p50_ms']:>8.2f} {result[key + 'cpu_p99_ms']:>8.2f}")
    result["load_average"] = [round(x, 2) for x in os.getloadavg()]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
