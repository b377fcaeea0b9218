"""A narration sink that shows nothing and keeps the latest text.

For narrations nobody watches stream: benchmarks, tests, drafts kept for a GM.
"""

from __future__ import annotations


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
