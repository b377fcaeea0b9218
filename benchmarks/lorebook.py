"""World info at scale: how long one turn's activation takes on a 10,000-entry lorebook
(six 200-word posts scanned, a third of the entries selective, recursion on).

  python benchmarks/lorebook.py [--entries N] [--turns N]
Writes benchmarks/results/lorebook.json and prints p50/p99 per turn.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from bot.engine.lorebook import activate  # noqa: E402
from tests.test_lorebook import big_world  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--turns", type=int, default=20)
    args = parser.parse_args()
    book, history = big_world(seed=3, entries=args.entries)

    def turn(number: int) -> int:
        return len(activate(book, history, turn=number, rng=random.Random(number),
                            count_tokens=lambda text: len(text.split()), budget_tokens=None))

    started = time.perf_counter()
    turn(0)  # the first turn compiles the keys
    first_s = time.perf_counter() - started
    times, found = [], 0
    for number in range(1, args.turns + 1):
        started = time.perf_counter()
        found = turn(number)
        times.append(time.perf_counter() - started)
    times.sort()
    result = {
        "entries": args.entries, "turns": args.turns, "activated": found,
        "first_turn_ms": round(first_s * 1000, 1),
        "p50_ms": round(statistics.median(times) * 1000, 1),
        "p99_ms": round(times[min(len(times) - 1, int(len(times) * 0.99))] * 1000, 1),
    }
    print(f"{'entries':>8} {'first turn':>11} {'p50':>9} {'p99':>9} {'activated':>10}")
    print(f"{args.entries:>8} {result['first_turn_ms']:>9}ms {result['p50_ms']:>7}ms "
          f"{result['p99_ms']:>7}ms {found:>10}")
    out = REPO_ROOT / "benchmarks" / "results" / "lorebook.json"
    out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
