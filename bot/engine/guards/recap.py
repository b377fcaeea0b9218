"""A sentence that recaps what happened earlier ("Last night Ana bargained…").

Narrators retell the players' own past moves to set a scene; that is not
speaking for them now. Such a sentence opens with a time anchor in the past,
listed per language under the lexicon key "recap"; the sentences after it in its
paragraph go on with the recap ("Last session: Solveig shot the familiar. Paz spent
the evening in the bog.") until one comes back to now ("Now…", lexicon key "now").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import Lexicon

ANCHOR_REACH = 16  # characters from the sentence start within which the anchor begins


@lru_cache(maxsize=512)  # both impersonation guards ask it of every sentence
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


class RecapRun:
    """Asked sentence by sentence, in order: does this one recap?"""

    def __init__(self, text: str, lexicon: Lexicon | None) -> None:
        self.text, self.lexicon = text, lexicon
        self.until = -1  # where the paragraph of the recap running ends

    def recaps(self, start: int, body: str) -> bool:
        if is_recap(body, self.lexicon):
            end = self.text.find("\n", start)
            self.until = len(self.text) if end < 0 else end
            return True
        if start < self.until and not _back_to_now(body, self.lexicon):
            return True
        self.until = -1
        return False


def _back_to_now(body: str, lexicon: Lexicon | None) -> bool:
    if lexicon is None:
        return True
    head = body.lstrip(" *_>\t")[: ANCHOR_REACH + 8]
    found = lexicon.search("now", head)
    return found is not None and found.start() <= ANCHOR_REACH
