"""What a player declared saying, and whether the narration keeps to it: a line they
declared ("I ask the old man where the well is"), a set text they declared reciting
(a rite, a password), a laugh in the talk they declared ("I flirt with the attaché").
English; the named-subject guard (impersonation.py) reads it."""

from __future__ import annotations

import re

from .english_verbs import SET_TEXTS, SPEECH_VERBS
from .lexicon import NO_LEXICON, load_lexicon
from .text import STOPWORDS, stem

_ENGLISH = load_lexicon("en") or NO_LEXICON


def _content(text: str) -> set[str]:
    return {stem(_ENGLISH.canonical(w)) for w in re.findall(r"[A-Za-z]+", text)
            if w.lower() not in STOPWORDS}


def restates(declared: str | None, sentence: str) -> bool:
    """Does the sentence mostly restate what the player declared?"""
    if not declared:
        return False
    said = _content(declared)
    written = _content(sentence)
    if not said or not written:
        return False
    shared = said & written
    return len(shared) >= 1 and len(shared) / min(len(written), len(said) + 2) >= 0.3


_WORDLESS = frozenset("laugh laughs laughed chuckle chuckles chuckled giggle giggles giggled "
                      "sigh sighs sighed smile smiles smiled grin grins grinned hum hums "
                      "hummed groan groans groaned nod nods nodded shrug shrugs shrugged "
                      "scoff scoffs scoffed".split())


def wordless(rest: str) -> bool:
    """Is the clause's speech a sound without words ("laughs at his joke")?"""
    said = next((w for w in re.findall(r"[a-z]+", rest.lower()) if w in SPEECH_VERBS), "")
    return said in _WORDLESS


def recites(declared: str | None) -> bool:
    """"I recite the rite": the words are set, not the narrator's to choose."""
    return bool(SET_TEXTS & set(re.findall(r"[a-z]+", (declared or "").lower())))


def declares_talk(declared: str | None) -> bool:
    """"I ask the old man where the well is": a line the player declared saying."""
    words = re.findall(r"[a-z]+", (declared or "").lower())
    return any(w in SPEECH_VERBS or w + "s" in SPEECH_VERBS for w in words)
