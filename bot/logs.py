"""One logging set-up for every entry point: one line per event, on stderr (and a file)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from pathlib import Path

from bot.redaction import install_redaction

# HTTP client libraries log every request at INFO: useful when debugging, noise otherwise.
_CHATTY = ("httpx", "httpx2", "httpcore", "huggingface_hub", "discord.http", "discord.gateway")


class _CurrentStderr(logging.StreamHandler):
    """Writes to whatever `sys.stderr` is when a record comes, so a prompt that redirects
    it (prompt_toolkit's patch_stdout) prints the line above the user's typing."""

    @property
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, value: object) -> None:
        pass


class _OneLine(logging.Formatter):
    """The message alone on one line: the traceback goes to the log file, not the screen."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage().replace("\r", " ").replace("\n", " ")
        return f"({record.levelname.lower()}: {message})"


def configure(
    level: str,
    *,
    timestamps: bool = True,
    log_file: Path | None = None,
    console_level: str | None = None,
    secrets: Iterable[str] = (),
    allow_player_text: bool = False,
) -> None:
    """`level` for the log as a whole; with `log_file`, every record at `level` goes to
    that file and only `console_level` and above reach the terminal, each as one line."""
    fmt = "%(levelname)s %(name)s: %(message)s"
    console = _CurrentStderr()
    console.setLevel(console_level or level)
    handlers: list[logging.Handler] = [console]
    if log_file is not None:
        console.setFormatter(_OneLine())
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(log_file, encoding="utf-8"))
    logging.basicConfig(level=level, handlers=handlers,
                        format=f"%(asctime)s {fmt}" if timestamps or log_file else fmt)
    if level != "DEBUG":
        for name in _CHATTY:
            logging.getLogger(name).setLevel(logging.WARNING)
    install_redaction(secrets, allow_player_text=allow_player_text)
