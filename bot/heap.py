"""The heap after start-up, kept out of the garbage collector's full passes.

What a process builds to serve (imported modules, lexicons, loaded models, the wiring)
lives as long as the process. CPython's full collection still walks all of it, and a
turn that happens to trigger one paid ~80 ms of it (benchmarks/turn_overhead.py, at a
hundred thousand objects; a local model's libraries hold far more). Frozen once the
process is set up, only what was made since is walked.
"""

from __future__ import annotations

import gc

_frozen = False


def freeze_startup_heap() -> None:
    """Collect what start-up left behind, then exempt the rest from future collections.

    Once per process: a process that starts several bots (tests) freezes the first's heap
    only, so nothing later is kept from being collected."""
    global _frozen
    if _frozen:
        return
    _frozen = True
    gc.collect()
    gc.freeze()
