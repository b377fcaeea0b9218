"""A narration on the play screen, shown once.

Guards may regenerate or trim a narration after it began to stream. On a
terminal the text streams row by row (wrapped here, so the sink knows how many
rows it drew) and a revision erases those rows and streams in their place;
anywhere else only the final text is printed, once. While the backend waits
(a slow server, a rate limit), one line says why, once per reason.
"""

from __future__ import annotations

import shutil
import sys
import textwrap

from bot.services.npcs import Cast

ERASE_ROWS = "\x1b[{}F\x1b[J"  # up n rows to column 1, then clear to the end of the screen


def console_text(text: str, cast: Cast | None) -> str:
    """The narration as printed: NPC lines prefixed with the speaker's name."""
    if cast is None:
        return text
    return "\n\n".join(
        s.text if s.speaker is None else "\n".join(f"{s.speaker}: {line}"
                                                    for line in s.text.split("\n"))
        for s in cast.segments(text)
    )


def wrap_rows(text: str, width: int) -> list[str]:
    rows: list[str] = []
    for paragraph in text.split("\n"):
        rows += textwrap.wrap(paragraph, width) or [""]
    return rows


def settled_rows(text: str, width: int) -> list[str]:
    """The rows of a growing text that no later chunk can change: every row before
    the last one of the text's complete words."""
    words_end = max(text.rfind(c) for c in " \n\t")
    return wrap_rows(text[: words_end + 1], width)[:-1] if words_end >= 0 else []


class TerminalSink:
    def __init__(
        self, narrator: str, *, live: bool, width: int | None = None, cast: Cast | None = None
    ) -> None:
        self.narrator = narrator
        self.cast = cast  # whose marked lines are printed under their own name
        self.live = live
        self.width = width or max(20, shutil.get_terminal_size().columns - 1)
        self.started = False
        self.shown: list[str] = []
        self.reasons: set[str] = set()

    async def update(self, text: str) -> None:
        if self.live:
            self._show(settled_rows(console_text(text, self.cast), self.width))

    async def finish(self, text: str) -> int | None:
        text = console_text(text, self.cast)
        if self.live:
            self._show(wrap_rows(text.strip(), self.width))
            sys.stdout.write("\n")
        else:
            sys.stdout.write(f"\n— {self.narrator} —\n{text.strip()}\n\n")
        sys.stdout.flush()
        return None

    async def abort(self) -> None:
        if self.started:
            self._erase()
            sys.stdout.write("[narration withdrawn]\n")
            sys.stdout.flush()

    def waiting(self, reason: str) -> None:
        """`RequestScope.on_wait`: say why nothing is written yet, once per reason."""
        if reason in self.reasons:
            return
        self.reasons.add(reason)
        if self.shown:  # a failed attempt's rows: erased now, the next one streams below
            self._erase()
            sys.stdout.flush()  # the erase holds no newline: send it before the line
        print(f"(the narrator is waiting: {reason})", file=sys.stderr, flush=True)

    def _show(self, rows: list[str]) -> None:
        # sys.stdout is looked up on each write: under patch_stdout it prints above the prompt.
        if not self.started:
            sys.stdout.write(f"\n— {self.narrator} —\n")
            self.started = True
        if rows[: len(self.shown)] != self.shown:
            self._erase()  # a guard revised the text: it streams again in the same place
        for row in rows[len(self.shown):]:
            sys.stdout.write(row + "\n")
        if len(rows) > len(self.shown):
            self.shown = rows
        sys.stdout.flush()

    def _erase(self) -> None:
        if self.shown:
            sys.stdout.write(ERASE_ROWS.format(len(self.shown)))
        self.shown = []
