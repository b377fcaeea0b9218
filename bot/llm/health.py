"""How each backend has been doing: errors, latency, and a cool-down after failures.

Pure bookkeeping with the time passed in. A failure puts a backend in a cool-down
that doubles with each failure in a row (so one hiccup costs seconds, a dead server
is asked rarely); one success ends it. Latency is the wait for the first text, as an
exponentially weighted average, so a slowing server shows before it fails.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The first failure skips a backend this long; each failure in a row doubles it.
BASE_COOL_DOWN_S = 15.0
MAX_COOL_DOWN_S = 600.0
# Weight of the newest latency sample in the average.
LATENCY_WEIGHT = 0.3


@dataclass
class BackendHealth:
    successes: int = 0
    errors: int = 0
    failures_in_a_row: int = 0
    latency_s: float | None = None  # EWMA of the time to the first text
    cooling_until: float = 0.0
    last_error: str = ""

    def cooling(self, now: float) -> bool:
        return now < self.cooling_until

    def summary(self, now: float) -> str:
        """One line for admins: how it has been doing, and whether it is skipped now."""
        latency = f"{self.latency_s:.1f} s to first text" if self.latency_s is not None \
            else "no answer yet"
        parts = [f"{self.successes} ok, {self.errors} failed", latency]
        if self.cooling(now):
            parts.append(f"skipped for {self.cooling_until - now:.0f} s more")
        if self.last_error:
            parts.append(f"last error: {self.last_error}")
        return "; ".join(parts)


@dataclass
class HealthBook:
    """Health per backend key; keys never seen are healthy."""

    base_cool_down_s: float = BASE_COOL_DOWN_S
    max_cool_down_s: float = MAX_COOL_DOWN_S
    _health: dict[str, BackendHealth] = field(default_factory=dict)

    def of(self, key: str) -> BackendHealth:
        return self._health.setdefault(key, BackendHealth())

    def usable(self, key: str, now: float) -> bool:
        return not self.of(key).cooling(now)

    def succeeded(self, key: str, first_text_s: float | None) -> None:
        health = self.of(key)
        health.successes += 1
        health.failures_in_a_row = 0
        health.cooling_until = 0.0
        if first_text_s is not None:
            previous = health.latency_s
            health.latency_s = first_text_s if previous is None else (
                LATENCY_WEIGHT * first_text_s + (1 - LATENCY_WEIGHT) * previous)

    def failed(self, key: str, reason: str, now: float) -> float:
        """Record a failure; returns how long the backend is now skipped."""
        health = self.of(key)
        health.errors += 1
        health.failures_in_a_row += 1
        health.last_error = reason[:160]
        cool_down = min(self.base_cool_down_s * 2 ** (health.failures_in_a_row - 1),
                        self.max_cool_down_s)
        health.cooling_until = now + cool_down
        return cool_down

    def in_order(self, keys: list[str], now: float) -> list[str]:
        """The keys to try, in the chosen order: the usable ones first, then (when every
        one is cooling down) the rest anyway, soonest-ready first: a request is better
        tried on a doubtful backend than refused outright."""
        usable = [k for k in keys if self.usable(k, now)]
        cooling = sorted((k for k in keys if k not in usable),
                         key=lambda k: self.of(k).cooling_until)
        return usable + cooling

    def forget(self, key: str) -> None:
        self._health.pop(key, None)
