"""Output that never lands inside the line being typed.

prompt_toolkit's own `patch_stdout` hands writes to a flush thread, which
writes at once when no prompt is up at that instant: a line printed just
before the next prompt appears can then land inside it. Here every complete
line is written in order from the writer's thread: above the prompt (through
`run_in_terminal`) while one is shown, straight to the terminal otherwise.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from prompt_toolkit.application import get_app_or_none, run_in_terminal


class AbovePrompt:
    """A text stream for sys.stdout / sys.stderr while a prompt may be shown."""

    def __init__(self, real: TextIO) -> None:
        self.real = real
        self._pending = ""
        self._lock = threading.Lock()

    def write(self, data: str) -> int:
        with self._lock:
            self._pending += data
            text, newline, self._pending = self._pending.rpartition("\n")
        if newline:
            self._emit(text + newline)
        return len(data)

    def flush(self) -> None:
        with self._lock:
            text, self._pending = self._pending, ""
        if text:
            self._emit(text)

    def _emit(self, text: str) -> None:
        app = get_app_or_none()
        if app is None or not app.is_running:
            self._write_now(text)
        elif threading.current_thread() is threading.main_thread():
            run_in_terminal(lambda: self._write_now(text))
        else:
            app.loop.call_soon_threadsafe(  # type: ignore[union-attr]
                lambda: run_in_terminal(lambda: self._write_now(text)))

    def _write_now(self, text: str) -> None:
        self.real.write(text)
        self.real.flush()

    def isatty(self) -> bool:
        return self.real.isatty()

    def fileno(self) -> int:
        return self.real.fileno()

    @property
    def encoding(self) -> str:
        return self.real.encoding


@contextmanager
def output_above_prompt() -> Iterator[None]:
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = AbovePrompt(saved[0]), AbovePrompt(saved[1])
    try:
        yield
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        sys.stdout, sys.stderr = saved
