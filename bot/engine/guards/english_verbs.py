"""English verb classes the named-subject guard (impersonation.py) reads, kept as
data in english_verbs.json: speech, thought, things that happen to a character
(undergo), verbs that abstract nouns and weather take ("Hope flickers"), irregular
past forms, words ending like verbs that are not, what a body part does on its
own, involuntary -ing states, and texts said word for word (a rite, a password)."""

from __future__ import annotations

import json
from pathlib import Path

_DATA: dict[str, list[str]] = json.loads(
    Path(__file__).with_name("english_verbs.json").read_text(encoding="utf-8"))

SPEECH_VERBS = frozenset(_DATA["speech"])
THOUGHT_VERBS = frozenset(_DATA["thought"])
UNDERGO_VERBS = frozenset(_DATA["undergo"])
NOUN_VERBS = frozenset(_DATA["noun_verbs"])
IRREGULAR_PAST = frozenset(_DATA["irregular_past"])
NOT_VERBS = frozenset(_DATA["not_verbs"])
BODY_UNDERGO = frozenset(_DATA["body_undergo"])
INVOLUNTARY_ING = frozenset(_DATA["involuntary_ing"])
SET_TEXTS = frozenset(_DATA["set_texts"])  # what is recited word for word: a rite, a prayer
