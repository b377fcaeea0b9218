"""A sentence that recaps what happened earlier ("Last night Ana bargained…").

Narrators retell the players' own past moves to set a scene; that is not
speaking for them now. Such a sentence opens with a time anchor in the past,
listed per language under the lexicon key "recap".
"""

from __future__ import annotations

import re

from .lexicon import Lexicon

ANCHOR_REACH = 16  # characters from the sentence start within which the anchor begins


def is_recap(body: str, lexicon: Lexicon | None) -> bool:
    if lexicon is None:
        return False
    # A sentence may open on a frame first: "It has been a long road: three days ago…"
    return any(_opens_recap(part, lexicon) for part in _COLON.split(body)[:3])


_COLON = re.compile(r"(?<=[:：])")


def _opens_recap(body: str, lexicon: Lexicon) -> bool:
    stripped = body.lstrip(" *_>\t")
    found = lexicon.search("recap", stripped[: ANCHOR_REACH + 24])
    if found is None or found.start() > ANCHOR_REACH:
        return False
    # The anchor opens the sentence or a phrase of its own ("Ana, back at the inn,"):
    # after a verb it is no time at all ("She glances back at Teo").
    before = stripped[: found.start()].rstrip()
    return not before or before.endswith((",", ":", ";", "—", "–", "(")) or (
        len(before.split()) == 1)  # "Ana earlier…", "three days ago"
