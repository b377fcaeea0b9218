"""Which recent posts stay in the prompt.

Old posts leave the window in large blocks, never one per turn: a window that
slides every turn changes the prompt right after its fixed head, and a backend
with prefix caching must recompute almost everything. So the window's start
is kept (on the scene) and only moves when the window overflows its budget;
then it jumps far enough that the tail fills only `refill` of the budget, and
the following turns extend the same prefix again.
"""

from __future__ import annotations

from collections.abc import Sequence

# How much of the budget the tail fills after a fold. Lower means rarer folds, each of
# which makes a prefix cache recompute everything after the memory section, but less
# raw history right after one; 0.3 measured best at the shipped 8k window and at 16k
# (benchmarks/prefix_reuse.py), where the old 0.5 folded every few turns.
REFILL = 0.3


def next_window_start(
    posts: Sequence[tuple[int, int]], current_start: int, budget: int, *, refill: float = REFILL
) -> int:
    """The window's first seq after this turn.

    `posts` are (seq, token size) of the newest posts, oldest first, at least
    all those at or after `current_start` when the caller has them.
    """
    if not posts or budget <= 0:
        return current_start
    in_window = [(seq, size) for seq, size in posts if seq >= current_start]
    if in_window and sum(size for _, size in in_window) <= budget:
        return current_start
    target = budget * refill
    tail = 0
    start = posts[-1][0]
    for seq, size in reversed(posts):
        if tail + size > target:
            break
        tail += size
        start = seq
    return start
