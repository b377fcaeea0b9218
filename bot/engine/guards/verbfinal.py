"""Where the verb closes the clause (Turkish), the word after a subject's name is
usually an object or an adverb ("Elif merdivende … sesleri duyuyor"). Such a
language lists its finite verb endings in its lexicon (`finite_endings`), and a
clause is judged by the verb that ends it, not by the word after the name."""

from __future__ import annotations

import re
from functools import cache

from .lexicon import Lexicon

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|[,;:]")
# Keys that tell what the closing verb does, the first that matches wins.
_KINDS = (("passive", "undergo"), ("involuntary", "undergo"), ("perception", "undergo"),
          ("state", "undergo"), ("inner_state", "inner"), ("speech", "speech"))
AORIST_MIN = 5  # letters of a word read as a verb by an ending of `finite_endings_long`
TAIL = 3  # words at a clause's end that may hold its verb ("fark etti", "diye sordu")


def verb_final(lexicon: Lexicon) -> bool:
    return bool(lexicon.entries.get("finite_endings"))


@cache
def _finite(lexicon: Lexicon) -> re.Pattern[str]:
    endings = sorted(lexicon.entries.get("finite_endings", ()), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(re.escape(e) for e in endings)})$")


def classify_verb_final(rest: str, lexicon: Lexicon) -> str | None:
    """What the first clause after a subject does, judged by the verb that closes it;
    None when no clause closes on a verb."""
    openers = lexicon.words("clause_openers")
    segment: list[str] = []
    for token in [*_TOKEN.findall(rest)[:40], ","]:
        if token in ",;:" or token.lower() in openers:
            kind = _segment_kind(segment, lexicon)
            if kind is not None:
                return kind
            segment = []
        else:
            segment.append(token.lower())
    return None


def _segment_kind(words: list[str], lexicon: Lexicon) -> str | None:
    if not words:
        return None
    tail = words[-TAIL:]
    for start in range(len(tail) - 1, -1, -1):  # the last word alone first: "…söylediğini anladı"
        phrase = " ".join(tail[start:])
        for key, kind in _KINDS:
            found = lexicon.search(key, phrase)
            if found is not None and found.start() == 0:
                return kind
    # A feeling told inside the clause ("korkuyla", "içi buz kesti") is the subject's.
    if lexicon.search("inner_state", " ".join(words)) is not None:
        return "inner"
    last = words[-1]
    # The aorist ("sürer", "atılır") ends as short nouns and adjectives do ("ağır", "bir").
    aorist = len(last) >= AORIST_MIN and last.endswith(tuple(lexicon.words("finite_endings_long")))
    return "action" if _finite(lexicon).search(last) or aorist else None


def closing_kind(clause: str, lexicon: Lexicon) -> str | None:
    """The kind of the verb that closes `clause`, judged by its last words only."""
    words = [w.lower() for w in _TOKEN.findall(clause) if w not in ",;:"]
    tail = words[-TAIL:]
    for start in range(len(tail) - 1, -1, -1):
        phrase = " ".join(tail[start:])
        for key, kind in _KINDS:
            found = lexicon.search(key, phrase)
            if found is not None and found.start() == 0:
                return kind
    return None
