"""Cost of the narration guards: p99 time of `check_narration` (all three guards,
language detection included) on a 400-word narration with 5 player characters and
six earlier narrations to compare against.

Each timed call gets a narration no earlier call saw (every sentence carries the
call's number), so the language detector's and the guards' caches never answer for it; the earlier
narrations stay the same, as they do from one turn to the next in a scene. Three
narrations are timed: a clean one, one that fails and is repaired (the repair
re-checks what it keeps), and a German one (a lexicon other than English).
The first call, which loads the language models, is reported on its own.

  python benchmarks/guards.py            # about 20 s on 2 CPU cores
Writes benchmarks/results/guards.json and prints the figures.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from bot.engine.guards import GuardContext, check_narration  # noqa: E402

RESULTS = REPO_ROOT / "benchmarks" / "results" / "guards.json"
RUNS = 400
TARGET_P99_MS = 10.0
PLAYERS = ["Mira Vale", "Tobin Reed", "Cass Wren", "Oren Holt", "Sister Ilse"]
DECLARED = {
    "Mira Vale": "I climb the rigging to look for the lighthouse.",
    "Tobin Reed": "I check the hold for leaks.",
}

_SCENE = [
    "The storm finds the Gull's Revenge two hours before dawn, and the sea turns the colour "
    "of slate.",
    "Rain comes sideways across the deck, drumming on the hatches and running in sheets off "
    "the furled sails.",
    "Mira Vale climbs the rigging as she said she would, hand over hand, until the lighthouse "
    "shows as a smear of yellow somewhere off the starboard bow.",
    "Below decks, Tobin Reed checks the hold by lantern light and finds a seam weeping "
    "seawater between two old planks.",
    "The bosun, a square woman with a ruined ear, bellows for more hands at the pumps.",
    "Somewhere forward a block tears loose and swings wild on its rope, cracking against the "
    "mast like a drum.",
    "The helmsman leans his whole weight on the wheel and the ship answers, slowly, "
    "grudgingly, as if it had opinions of its own.",
    "Lightning shows the coast for one white heartbeat: black cliffs, a broken tower, and "
    "{n} gulls wheeling over the surf.",
    "The captain's parrot has gone silent in its cage, feathers flat, eyes on the dark.",
    "In the galley the cook lashes his pots to the beams and mutters a prayer to a saint "
    "nobody else aboard has heard of.",
    "The deck tilts, steadies, tilts again, and loose cargo slides from one rail to the "
    "other with a sound like distant thunder.",
    "A wave bigger than the rest comes over the bow and pours aft in a white rush, soaking "
    "everything it touches and sweeping a coil of rope into the scuppers.",
    "Up on the yard, the wind pulls at Mira's coat and tries to peel her from the ropes.",
    "The lighthouse blinks again, nearer now, and beneath it the rocks show their teeth.",
    "The first mate shouts that the channel is too narrow in this weather, that they should "
    "stand off and wait for light, and the captain shouts back that there is no waiting left.",
    "Down in the hold, the water is ankle deep and rising around Tobin's boots.",
    "A barrel breaks its lashing and rolls, and the crewmen scatter from its path.",
    "Far astern a second light appears, low on the water, and does not blink.",
    "The bosun sees it too and goes very still, hand on her knife.",
    "Whatever it is, it is following them, and it is gaining.",
]
OFFENDING = ("Cass Wren draws her pistol, fires at the light astern and tells the captain "
             "to turn about.")
CLOSER = "Let me know if you'd like me to continue the story!"
GERMAN = [
    "Der Sturm erreicht die Möwe zwei Stunden vor der Dämmerung, und das Meer wird grau wie "
    "Schiefer.",
    "Regen peitscht quer über das Deck und läuft in Strömen von den gerefften Segeln.",
    "Mira Vale klettert in die Takelage, wie angekündigt, bis der Leuchtturm als gelber Fleck "
    "an Steuerbord auftaucht.",
    "Unter Deck prüft Tobin Reed den Laderaum im Licht der Laterne und findet eine Naht, "
    "durch die Meerwasser sickert.",
    "Die Bootsfrau brüllt nach mehr Händen an den Pumpen.",
    "Ein Blitz zeigt die Küste für einen weißen Herzschlag: schwarze Klippen, ein zerbrochener "
    "Turm und {n} Möwen über der Brandung.",
    "Die Planken ächzen, das Schiff neigt sich, und loses Frachtgut rutscht von einer Reling "
    "zur anderen.",
    "Eine Welle, größer als die anderen, bricht über den Bug und spült ein Tau in die "
    "Speigatten.",
    "Weit achtern erscheint ein zweites Licht, tief über dem Wasser, und es blinkt nicht.",
    "Die Bootsfrau sieht es auch und erstarrt, die Hand am Messer.",
]


def narration(sentences: list[str], words: int, n: int, extra: Sequence[str] = ()) -> str:
    """About `words` words from the scene's sentences (repeated in order as needed).

    Every sentence carries the call's own number, so no cache keyed by a sentence
    or by the text has seen any of it before.
    """
    out: list[str] = []
    i = 0
    while sum(len(s.split()) for s in out) < words:
        sentence = sentences[i % len(sentences)].format(n=n + i)
        out.append(f"{sentence[:-1]} ({n}){sentence[-1]}")
        i += 1
    middle = len(out) // 2
    return " ".join(out[:middle] + list(extra) + out[middle:])


_EARLIER = [
    "The harbour of Saltmere is all tar smoke and shouting when the party comes aboard.",
    "A one-eyed purser counts their coins twice and writes their names in a greasy ledger.",
    "Gulls fight over fish heads on the quay while porters roll barrels up the gangplank.",
    "The captain, a tall woman in a faded blue coat, studies the sky and does not like it.",
    "By noon the Gull's Revenge clears the breakwater and the town shrinks behind her.",
    "The cook hands out hard bread and a thin soup that tastes mostly of pepper.",
    "At dusk the wind backs into the west and the swell grows long and oily.",
    "An old sailor spits over the rail and says the weather has teeth tonight.",
    "The lamps are lit early; shadows swing across the deck with every roll.",
    "Somebody below is singing a shanty about a drowned bride, off key and too slowly.",
    "The first mate doubles the watch and orders the boats lashed down.",
    "Clouds pile up to the south like a grey wall with lightning in its seams.",
]


def previous_posts() -> list[str]:
    """Six earlier narrations of the same voyage, none of them this one's words."""
    return [" ".join(_EARLIER[(k + i) % len(_EARLIER)] for i in range(9)) for k in range(6)]


def time_calls(make_text: Callable[[int], str], ctx: GuardContext) -> dict[str, float]:
    """Wall-clock and CPU time per call: on a shared machine the wall clock also
    counts the neighbours' work, the process's CPU time only ours."""
    wall, cpu = [], []
    for n in range(RUNS):
        text = make_text(n)
        start, start_cpu = time.perf_counter(), time.process_time()
        check_narration(text, ctx)
        cpu.append((time.process_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    return {
        "wall_p50_ms": _percentile(wall, 0.5),
        "wall_p99_ms": _percentile(wall, 0.99),
        "cpu_p50_ms": _percentile(cpu, 0.5),
        "cpu_p99_ms": _percentile(cpu, 0.99),
        "words": len(make_text(0).split()),
    }


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return round(ordered[max(0, int(len(ordered) * share) - 1)], 3)


def main() -> None:
    ctx = GuardContext(players=PLAYERS, previous=previous_posts(), declared_actions=DECLARED)
    start = time.perf_counter()
    cold = check_narration(narration(_SCENE, 400, 10_000), ctx)
    cold_ms = (time.perf_counter() - start) * 1000
    cases: dict[str, Callable[[int], str]] = {
        "clean_en": lambda n: narration(_SCENE, 400, n),
        "repaired_en": lambda n: narration(_SCENE, 390, n, [OFFENDING]) + "\n\n" + CLOSER,
        "clean_de": lambda n: narration(GERMAN, 400, n),
    }
    results = {name: time_calls(make, ctx) for name, make in cases.items()}
    # A model stuck in a loop: one endless sentence, the characters' names over and over.
    # Each name used to rescan everything before it, and such a post took over a second.
    stuck = []
    for n in range(5):
        text = "and then " * 600 + ", ".join(PLAYERS * 80) + f" {n}"
        began = time.perf_counter()
        check_narration(text, ctx)
        stuck.append((time.perf_counter() - began) * 1000)
    repaired = check_narration(cases["repaired_en"](1), ctx)
    cpu_p99 = max(r["cpu_p99_ms"] for r in results.values())
    wall_p99 = max(r["wall_p99_ms"] for r in results.values())
    payload = {
        "benchmark": "guards",
        "runs_per_case": RUNS,
        "players": len(PLAYERS),
        "previous_narrations": 6,
        "cold_first_call_ms": round(cold_ms, 1),
        "cold_first_call_passed": cold.passed,
        "cases": results,
        "repaired_case_cuts": [c.guard for c in repaired.cuts],
        "stuck_loop_median_ms": round(statistics.median(stuck), 1),
        "cpu_p99_ms": cpu_p99,
        "wall_p99_ms": wall_p99,
        "target_p99_ms": TARGET_P99_MS,
        "meets_target_cpu": cpu_p99 <= TARGET_P99_MS,
        "meets_target_wall": wall_p99 <= TARGET_P99_MS,
        "load_average_1m": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(payload, indent=2))


if __name__ == "__main__":
    main()
