"""Who else a sentence is about: a person besides its player characters (an NPC's
name mid-sentence, "the old woman"), or nobody in the narrator's words at all (a bare
quoted line). A pronoun after such a sentence may well be someone else's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import Lexicon
from .mentions import Mention
from .text import Sentence


def someone_else(text: str, blank: str, sentence: Sentence, own: Sequence[Mention],
                  lexicon: Lexicon) -> bool:
    """Does the sentence name a person other than its player characters (an NPC's
    name mid-sentence, or "the old woman")?"""
    body = blank[sentence.start : sentence.end]
    if lexicon.search("person_nouns", body) is not None:
        return True
    if lexicon.cjk or lexicon.language == "de":  # no capitals, or every noun has one
        return False
    pcs = {(m.start - sentence.start) for m in own}
    # "(?<=[\w,;] )[A-Z…]…" with the look-behind after the capital: re skips to capitals.
    for match in re.finditer(r"[A-ZÀ-ÖØ-ÞА-ЯЁ](?<=[\w,;] .)[\w'’-]+", body):
        if match.start() not in pcs:
            return True
    return False


def bare_line(body: str) -> bool:
    """A sentence that is only a quoted line (quotes blanked): someone else may speak it."""
    return not any(ch.isalpha() for ch in body)
