"""Limits on what a player may submit, stated to the player rather than applied silently."""

from __future__ import annotations

# Longer than any action a table needs, and well under a terminal's line limit
# (a tty in canonical mode cuts a line at 4,095 bytes) and a narrator's prompt budget.
MAX_ACTION_CHARS = 4000
