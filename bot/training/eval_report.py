"""The counts `loremaster eval models` keeps per model, and how they are printed."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.engine.guards import GUARD_NAMES

ANY_GUARD = "any"  # a narration that at least one guard flagged


@dataclass
class ModelTally:
    label: str
    scored: int = 0  # narrations the guards judged
    errors: int = 0  # generations that failed: not scored
    truncated: int = 0  # stopped at the token limit: scored as written
    failures: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys((*GUARD_NAMES, ANY_GUARD), 0))

    def add(self, completed: bool, failed: Collection[str], truncated: bool) -> None:
        if not completed:
            self.errors += 1
            return
        self.scored += 1
        self.truncated += truncated
        for guard in failed:
            self.failures[guard] += 1
        if failed:
            self.failures[ANY_GUARD] += 1

    def rate(self, guard: str) -> float:
        return self.failures[guard] / self.scored if self.scored else 0.0


def render_table(tallies: Sequence[ModelTally], scenes: int, samples: int) -> str:
    letters = "AB"[: len(tallies)]
    lines = [f"guards' failure rates on {scenes} scenes x {samples} samples (lower is better)"]
    lines += [f"  {letter} = {t.label}" for letter, t in zip(letters, tallies, strict=True)]
    lines.append(f"{'guard':<20}" + "".join(f"{letter:>10}" for letter in letters))
    for guard in (*GUARD_NAMES, ANY_GUARD):
        name = "any guard" if guard == ANY_GUARD else guard
        lines.append(f"{name:<20}" + "".join(f"{t.rate(guard):>10.3f}" for t in tallies))
    for name, attribute in (("scored", "scored"), ("failed to generate", "errors"),
                            ("hit max tokens", "truncated")):
        lines.append(f"{name:<20}" + "".join(f"{getattr(t, attribute):>10}" for t in tallies))
    return "\n".join(lines)


def render_json(tallies: Sequence[ModelTally], scenes: int, samples: int) -> dict[str, Any]:
    return {
        "scenes": scenes,
        "samples": samples,
        "models": [
            {
                "label": t.label,
                "scored": t.scored,
                "errors": t.errors,
                "truncated": t.truncated,
                "failures": dict(t.failures),
                "failure_rates": {g: round(t.rate(g), 4) for g in t.failures},
            }
            for t in tallies
        ],
    }
