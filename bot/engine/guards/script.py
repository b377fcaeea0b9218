"""Script lines under a player character's name ("Ana: …", "ZOÉ :", "**Bo (quietly):**",
"[[Ana]]: …"),
in any language: the narrator writing that character's line."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .model import GuardFinding
from .names import name_variants
from .text import Span, colon_windows, inside

GUARD = "impersonation"
_MARKUP = " \t>*_#-"


def script_lines(text: str, notes: list[Span], players: Sequence[str]) -> list[GuardFinding]:
    windows = colon_windows(text)
    if not windows:
        return []  # no colon, no script line
    findings = []
    for player, regexes in _script_patterns(tuple(players)):
        matches = sorted((m for start, end in windows for regex in regexes
                          for m in regex.finditer(text, start, end)), key=lambda m: m.start())
        for match in matches:
            if inside(match.start(), notes):
                continue
            start = match.start() + len(match.group()) - len(match.group().lstrip(_MARKUP))
            end = text.find("\n", match.end())
            findings.append(GuardFinding(GUARD, start, len(text) if end < 0 else end,
                                         f"writes a script line for {player}"))
    return findings


@lru_cache(maxsize=64)  # the same players are checked turn after turn
def _script_patterns(
    players: tuple[str, ...],
) -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    compiled = []
    for player in players:
        variants = name_variants(player)
        if not variants:
            continue
        names = "|".join(re.escape(v) for v in variants)
        shouted = "|".join(re.escape(v.upper()) for v in variants)
        aside = r"(?:[ \t]*\([^)\n]*\))?[*_]*"  # "Ana (quietly):"
        # The NPC-voice markup around a player character's name: "[[Ana]]:".
        names = rf"(?:\[\[[ \t]*)?(?:{names})(?:[ \t]*\]\])?"
        shouted = rf"(?:\[\[[ \t]*)?(?:{shouted})(?:[ \t]*\]\])?"
        # Opening a line, in any case ("ANA :"); after a sentence's end, as written or
        # in capitals; or anywhere right before an opening quote ("… Ana: «…»").
        line = re.compile(rf"^[{_MARKUP}]*(?:{names})[*_]*{aside}[ \t]*[:：](?!\d)",
                          re.IGNORECASE | re.MULTILINE)
        after_sentence = re.compile(rf"(?<=[.!?…\"”] )(?:{names}|{shouted})[*_]*{aside}"
                                    rf"[ \t]*[:：](?!\d)")
        inline = re.compile(rf"(?<![\w'’])(?:{names}|{shouted})[*_]*[ \t]*[:：][ \t]*[\"“„«「*]")
        compiled.append((player, (line, after_sentence, inline)))
    return tuple(compiled)
