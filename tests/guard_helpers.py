"""What the guard tests ask of a narration, in one place."""

from __future__ import annotations

from bot.engine.guards import GuardContext, check_narration


def impersonates(text: str, players: list[str], declared: dict[str, str]) -> bool:
    """Does the impersonation guard flag `text`, with these PCs and declared moves?"""
    report = check_narration(text, GuardContext(players, [], declared))
    return "impersonation" in report.failed_guards()
