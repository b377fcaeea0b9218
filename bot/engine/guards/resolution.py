"""Premature resolution: the narrator wraps up a scene the GM did not end.

This is advisory: the prompt carries RESOLUTION_INSTRUCTION, and the caller
logs a warning when `ends_scene` sees a narration closing the scene.
"""

from __future__ import annotations

import re

RESOLUTION_INSTRUCTION = (
    "Do not resolve the scene's central tension, end the scene, or jump ahead to its "
    "aftermath: leave the situation open for the players to act, unless the GM has "
    "ended the scene."
)

_ENDINGS = [
    r"\bthe end\b\s*[.!]?\s*$",
    r"\b(?:end of|ends? the) (?:the )?(?:scene|chapter|session|episode|adventure|act|campaign)\b",
    r"\b(?:scene|chapter|session|episode|adventure|campaign|quest) (?:ends|is over|comes to an "
    r"end|draws to (?:a|its) close|concludes)\b",
    r"\bfade (?:to|out)(?: to)? (?:black|white)\b|\bfades? to black\b",
    r"\bthe curtain (?:falls|closes)\b|\bcredits roll\b",
    r"\b(?:and so|thus|with that),? (?:the|our|their) (?:tale|story|adventure|journey|quest|"
    r"saga)\b[^.]*\b(?:ends|ended|comes to an end|came to an end|is complete|was complete|"
    r"concludes)\b",
    r"\bhappily ever after\b",
    r"\bto be continued\b",
    r"^\s*(?:#+\s*|\*\*)?(?:epilogue|the end|fin)\b",
    r"\b(?:the )?(?:battle|fight|war|siege|mystery|case|quest|threat|danger|ordeal|nightmare) "
    r"(?:is|was) (?:finally |truly |at last )?(?:over|won|ended|solved|done|behind (?:them|you))\b",
    r"\b(?:days|weeks|months|years) later\b",
    r"\bpeace (?:returns|settles|has returned|at last)\b",
]
_ENDINGS_RE = [re.compile(p, re.IGNORECASE | re.MULTILINE) for p in _ENDINGS]


def ends_scene(text: str) -> bool:
    """True when the narration closes the scene: an explicit ending, a time skip
    to the aftermath, or the conflict declared over."""
    tail = text.strip()[-600:]
    return any(regex.search(tail) for regex in _ENDINGS_RE)
