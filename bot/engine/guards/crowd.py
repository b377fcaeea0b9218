"""Who else a sentence is about: a person besides its player characters (an NPC's
name mid-sentence, "the old woman"), or nobody in the narrator's words at all (a bare
quoted line). A pronoun after such a sentence may well be someone else's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import Lexicon
from .mentions import Mention
from .text import Sentence

_WORD = re.compile(r"[^\W\d_]+")
# Endings of English nouns for people: archivist, ferryman, seamstress, librarian, engineer.
_PERSON_SHAPED = ("ist", "man", "men", "ess", "ian", "eer", "ier")


def someone_else(text: str, blank: str, sentence: Sentence, own: Sequence[Mention],
                  lexicon: Lexicon) -> bool:
    """Does the sentence name a person other than its player characters (an NPC's
    name mid-sentence, or "the old woman")?"""
    body = blank[sentence.start : sentence.end]
    if lexicon.search("person_nouns", body) is not None:
        return True
    return someone_named(blank, sentence, own, lexicon)


def someone_named(blank: str, sentence: Sentence, own: Sequence[Mention],
                  lexicon: Lexicon) -> bool:
    """Does the sentence name someone by a capitalised name that is not a PC's?"""
    body = blank[sentence.start : sentence.end]
    if lexicon.cjk or lexicon.language == "de":  # no capitals, or every noun has one
        return False
    pcs = {(m.start - sentence.start) for m in own}
    articles = lexicon.words("articles")
    # "(?<=[\w,;] )[A-Z…]…" with the look-behind after the capital: re skips to capitals.
    for match in re.finditer(r"[A-ZÀ-ÖØ-ÞА-ЯЁ](?<=[\w,;] .)[\w'’-]+", body):
        if match.start() in pcs or _after_article(body[: match.start()], articles):
            continue  # a PC, or a place or thing ("into the Blue Orchid", "the Kestrel")
        return True
    return False


def _after_article(before: str, articles: frozenset[str]) -> bool:
    """Does a capitalised run end `before` that opens on an article ("the Blue …")?"""
    words = before.split()
    while words and words[-1][:1].isupper():
        words.pop()
    return bool(words) and words[-1].lower() in articles


def bare_line(body: str) -> bool:
    """A sentence that is only a quoted line (quotes blanked): someone else may speak it."""
    return not any(ch.isalpha() for ch in body)


def only_other_sex(body: str, previous: str, lexicon: Lexicon) -> bool:
    """Does `body` open with "he" or "she" while every person noun of the previous
    sentence is of the other sex ("The old woman offers Ellis tea. 'I have,' he says")?
    Then the pronoun can only be the player character that sentence named."""
    from .pronoun import pronoun_lead  # pronoun.py imports nothing from here

    if lexicon.words("past_f"):
        return False  # names show sex there: see sexes.py, which checks the PC's own
    lead = pronoun_lead(body, lexicon)
    if lead in lexicon.words("pronoun_m"):
        other, same = lexicon.words("person_nouns_f"), lexicon.words("person_nouns_m")
    elif lead in lexicon.words("pronoun_f"):
        other, same = lexicon.words("person_nouns_m"), lexicon.words("person_nouns_f")
    else:
        return False
    words = [t.lower() for t in _WORD.findall(previous)]
    people = lexicon.words("person_nouns") | other | same
    found = [w for w in words if w in people]
    if found:
        return all(w in other for w in found)
    # Nobody else at all ("The wind tries to peel Orrin off the cliff"): no pronoun or
    # possessive that may be someone's, and no noun shaped like a person's ("archivist").
    pronouns = lexicon.words("third_person") | lexicon.words("possessive")
    return not any(w in pronouns or w.endswith(_PERSON_SHAPED) for w in words)
