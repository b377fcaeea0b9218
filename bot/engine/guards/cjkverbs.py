"""What a CJK clause after a player character's name does: the earliest word of a
known class decides ("看着…" perceives), but a later clause with no subject of its
own that speaks or feels ("…，然后开口道") is still the character's."""

from __future__ import annotations

import re

from .lexicon import Lexicon

_CJK_KINDS = (("passive", "undergo"), ("involuntary", "undergo"), ("inner_state", "inner"),
              ("perception", "undergo"), ("speech", "speech"))
_CJK_CLAUSE = re.compile(r"[，、,；;]")


def classify_cjk(head: str, lexicon: Lexicon) -> str:
    kind = _first_cjk_kind(head, lexicon)
    if kind == "undergo":
        # "看着地图沉思片刻，然后开口道": a later clause with no subject of its own
        # that speaks or feels is the same character's.
        for clause in _CJK_CLAUSE.split(head)[1:]:
            clause = clause.lstrip()
            lead = next((t for t in lexicon.words("then") if clause.startswith(t)), None)
            if lead is not None and _first_cjk_kind(clause[len(lead):], lexicon) in (
                    "speech", "inner"):
                return _first_cjk_kind(clause[len(lead):], lexicon) or kind
    return kind or "action"


def _first_cjk_kind(head: str, lexicon: Lexicon) -> str | None:
    """The kind of the earliest word of any class in `head`; "speech" when the clause
    ends on a colon that introduces a line ("回过头：「…」")."""
    best: tuple[int, str] | None = None
    for key, kind in _CJK_KINDS:
        found = lexicon.search(key, head)
        if found is not None and (best is None or found.start() < best[0]):
            best = (found.start(), kind)
    if best is None and re.search(r"[：:]\s*$", head.split("。")[0]):
        return "speech"
    return best[1] if best else None


CLOSING_TAIL = 8  # characters before a sentence's end in which its closing verb stands
_OTHER_TOPIC = re.compile(r"[^\s]+[은는](?=\s)|[^、。\s]+は")


def closes_on_speech(rest: str, lexicon: Lexicon) -> bool:
    """Korean and Japanese close a sentence on its verb: "태준은 …회사를 떠나겠다고
    말한다" reports what Taejun says, however long the clause before it. Only while no
    other topic ("회장은", "会長は") takes the sentence over after the name."""
    if not lexicon.words("subject_particles") or _OTHER_TOPIC.search(rest[1:]):
        return False
    tail = rest.rstrip(" 。.!！?？」』\"”")[-CLOSING_TAIL:]
    return lexicon.search("speech", tail) is not None
