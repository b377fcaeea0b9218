"""Start-up's heap is frozen once per process, so full collections walk only what was
made since (a turn that triggered one paid for the whole heap)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

CHILD = """
import gc
from bot.heap import freeze_startup_heap
import bot.services.wiring  # the modules a bot imports before it serves
before = gc.get_freeze_count()
freeze_startup_heap()
frozen = gc.get_freeze_count()
junk = [[] for _ in range(1000)]
freeze_startup_heap()  # a second bot in the same process freezes nothing more
print(before, frozen, gc.get_freeze_count())
"""


def test_the_startup_heap_is_frozen_once_per_process() -> None:
    # In a child: freezing this test process's heap would outlive the test.
    out = subprocess.run([sys.executable, "-c", CHILD], cwd=REPO, capture_output=True,
                         text=True, check=True, timeout=120).stdout.split()
    before, frozen, again = map(int, out)
    assert before == 0
    assert frozen > 10_000  # the imported modules' objects
    assert again == frozen
