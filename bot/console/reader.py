"""Reading the players' lines: a prompt on a terminal, plain lines from a pipe."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from typing import Protocol

from prompt_toolkit import PromptSession


class LineReader(Protocol):
    async def read(self, prompt: Callable[[], str]) -> str | None:
        """The next line, or None at end of input."""


class TerminalReader:
    """prompt_toolkit reads keys in raw mode, so no tty line limit cuts a long line, Ctrl-C
    raises KeyboardInterrupt at once, and (under patch_stdout) output prints above the
    line being typed instead of through it."""

    def __init__(self) -> None:
        self.session: PromptSession[str] = PromptSession()

    async def read(self, prompt: Callable[[], str]) -> str | None:
        try:
            return await self.session.prompt_async(prompt)
        except EOFError:  # Ctrl-D
            return None

    def redraw(self) -> None:
        """Show a changed prompt (it is re-read from the callable) while a line is typed."""
        if self.session.app.is_running:
            self.session.app.invalidate()


class PipeReader:
    async def read(self, prompt: Callable[[], str]) -> str | None:
        line = await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        return line if line else None
