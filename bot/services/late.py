"""A reference filled in once while wiring, for the few parts that call each other.

Pacing sets timers and timers tick pacing; the scheduler's handlers narrate through
the shell, whose runner needs the services. One side of each such pair takes a
`LateBound` at construction and calls it when used; wiring sets it before anything runs.
"""

from __future__ import annotations

from typing import Generic, TypeVar

T = TypeVar("T")


class LateBound(Generic[T]):
    def __init__(self, what: str) -> None:
        self.what = what
        self._value: T | None = None

    def bind(self, value: T) -> None:
        if self._value is not None:
            raise RuntimeError(f"{self.what} is already bound")
        self._value = value

    def __call__(self) -> T:
        if self._value is None:
            raise RuntimeError(f"{self.what} is used before wiring bound it")
        return self._value
