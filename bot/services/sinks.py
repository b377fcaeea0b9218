"""Where a narration streams to, and a sink that shows nothing.

`CollectingSink` is for narrations nobody watches stream: benchmarks, tests, narrations
kept for a GM's review.
"""

from __future__ import annotations

from typing import Protocol


class NarrationSink(Protocol):
    """Where a narration streams to (a Discord message, the terminal, a test)."""

    async def update(self, text: str) -> None:
        """The whole text so far."""

    async def finish(self, text: str) -> int | None:
        """The final text; returns the Discord message id, if any."""

    async def abort(self) -> None:
        """Generation failed or was cancelled: withdraw anything partial."""


class CollectingSink:
    def __init__(self) -> None:
        self.text = ""
        self.finished = False

    async def update(self, text: str) -> None:
        self.text = text

    async def finish(self, text: str) -> int | None:
        self.text = text
        self.finished = True
        return None

    async def abort(self) -> None:
        self.text = ""
