"""One logging set-up for every entry point: one line per event, on stderr."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable

from bot.redaction import install_redaction

# HTTP client libraries log every request at INFO: useful when debugging, noise otherwise.
_CHATTY = ("httpx", "httpx2", "httpcore", "huggingface_hub", "discord.http", "discord.gateway")


def configure(level: str, *, timestamps: bool = True, secrets: Iterable[str] = (),
              allow_player_text: bool = False) -> None:
    fmt = "%(levelname)s %(name)s: %(message)s"
    logging.basicConfig(level=level, stream=sys.stderr,
                        format=f"%(asctime)s {fmt}" if timestamps else fmt)
    if level != "DEBUG":
        for name in _CHATTY:
            logging.getLogger(name).setLevel(logging.WARNING)
    install_redaction(secrets, allow_player_text=allow_player_text)
