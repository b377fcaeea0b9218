"""A store closed right after it opened (a CLI read) leaves no thread behind that
answers after the event loop is gone ("Event loop is closed" on stderr)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

CHILD = """
import asyncio, sys
from bot.store.db import Checkpointer

async def main(path):
    for _ in range(20):
        checkpointer = Checkpointer(path, interval=0)
        checkpointer.start()
        for _ in range(3):  # into the connection's opening
            await asyncio.sleep(0)
        await checkpointer.stop()

asyncio.run(main(sys.argv[1]))
"""


def test_stopping_the_checkpointer_while_it_connects_leaves_no_thread_behind(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "cli.db")],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Event loop is closed" not in done.stderr, done.stderr
    assert done.stderr == "", done.stderr
