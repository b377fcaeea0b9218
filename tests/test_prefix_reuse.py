"""The fold policy at the shipped window: a 200-turn campaign through the real scene
service (benchmarks/prefix_reuse.py) keeps most of each prompt reusable by a prefix cache."""

from __future__ import annotations

from benchmarks.prefix_reuse import measure
from bot.config import Settings


def test_prefix_reuse_at_the_shipped_window() -> None:
    window = Settings.model_fields["context_window"].default
    assert window == 8192
    result = measure(200, window)
    assert result["turns"] == 200
    # The old policy (fold to half, fixed budgets, recall kept beside every round): 0.66.
    assert result["mean_reuse"] >= 0.80, result
