"""What an English verb form after a name, and a PC's body part, tell the
impersonation guard: a finite verb ("draws", "drew"), a hand that acts for its
owner ("Ana's hand closes on the hilt"), an organ that only feelings move."""

from __future__ import annotations

import re

from .english_verbs import BODY_UNDERGO, IRREGULAR_PAST, NOT_VERBS, SPEECH_VERBS, UNDERGO_VERBS


def finite_verb(word: str) -> bool:
    if word in NOT_VERBS or len(word) < 3:
        return False
    if word in IRREGULAR_PAST:
        return True
    if word.endswith("ed") and len(word) > 3:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


_BODY_PARTS = re.compile(
    r"^\s*(?:\w+\s+)?(?:hands?|fingers?|fists?|arms?|voice|mouth|lips|feet|legs?)\s+"
    r"(?:\w+ly\s+)?(\w+)",
    re.IGNORECASE,
)


# "Vic's heart kicks against his ribs": an organ that only feelings move, doing anything.
FEELING_ORGAN = re.compile(
    r"^\s*(?:(?:heart|stomach|pulse|throat|gut|face)\s+(?:\w+ly\s+)?"
    r"(?!is\b|was\b|has\b|had\b)[a-z]+(?:s|ed)\b"
    # A plural organ takes the bare verb: "cheeks flush", "knees buckle".
    r"|(?:cheeks|knees|eyes)\s+(?:\w+ly\s+)?(?:flush|redden|burn|buckle|tremble|sting|well"
    r"|water|fill|widen|brim)\w*)")


def possessive_body_part(rest: str) -> str | None:
    """`Ana's hand closes on the hilt` acts for Ana; `Ana's hand trembles` does not."""
    match = _BODY_PARTS.match(rest)
    if not match:
        return None
    verb = match.group(1).lower()
    if verb in BODY_UNDERGO or verb in UNDERGO_VERBS or not finite_verb(verb):
        return None
    if verb in SPEECH_VERBS:
        return "speech"
    return "action"
