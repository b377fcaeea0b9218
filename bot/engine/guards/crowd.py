"""Who else a sentence is about: a person besides its player characters (an NPC's
name mid-sentence, "the old woman"), or nobody in the narrator's words at all (a bare
quoted line). A pronoun after such a sentence may well be someone else's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import Lexicon
from .mentions import Mention
from .text import Sentence

_WORD_END = re.compile(r"\w*")


def person_noun_in(body: str, lexicon: Lexicon) -> bool:
    """Does the sentence (quotes blanked) name a person by a noun ("the old woman")?
    Names by capitals are `someone_named`'s."""
    # A possessive ("the king's road", "a child's rocking horse") names whose thing it
    # is: the person stands in no clause of their own.
    rest = body
    while (found := lexicon.search("person_nouns", rest)) is not None:
        end = _WORD_END.match(rest, found.end()).end()  # type: ignore[union-attr]
        if rest[end : end + 2] not in ("'s", "’s"):
            return True
        rest = rest[end:]
    return False


def unnamed(body: str, own: Sequence[Mention], offset: int) -> str:
    """The sentence with its PCs' names blanked: "Dr." in "Dr. Osei" is no one else."""
    for m in own:
        body = body[: m.start - offset] + " " * (m.end - m.start) + body[m.end - offset :]
    return body


def someone_named(blank: str, sentence: Sentence, own: Sequence[Mention],
                  lexicon: Lexicon) -> bool:
    """Does the sentence name someone by a capitalised name that is not a PC's?"""
    body = blank[sentence.start : sentence.end]
    if lexicon.cjk or lexicon.language == "de":  # no capitals, or every noun has one
        return False
    # Every word of a PC's name ("Dr. Osei", "Il Capitano Ferro") is theirs.
    pcs = {at - sentence.start for m in own for at in range(m.start, m.end)}
    articles = lexicon.words("articles")
    # "(?<=[\w,;] )[A-Z…]…" with the look-behind after the capital: re skips to capitals.
    for match in re.finditer(r"[A-ZÀ-ÖØ-ÞА-ЯЁ](?<=[\w,;] .)[\w'’-]+", body):
        if match.start() in pcs or _after_article(body[: match.start()], articles) or (
                _names_a_place(body[: match.start()], lexicon)):
            continue  # a PC, or a place or thing ("into the Blue Orchid", "the Kestrel")
        return True
    return False


def _names_a_place(before: str, lexicon: Lexicon) -> bool:
    """Does a thing's "of" lead up to the capital ("la fontaine de Barenton", "the
    ruins of Kell")? After a person ("the son of Marek") it may be someone."""
    words = before.split()
    if len(words) < 2 or words[-1].lower() not in lexicon.words("of"):
        return False
    owner = words[-2].lower().strip(",;:")
    return owner.isalpha() and owner.islower() and lexicon.search("person_nouns", owner) is None


def _after_article(before: str, articles: frozenset[str]) -> bool:
    """Does a capitalised run end `before` that opens on an article ("the Blue …")?"""
    words = before.split()
    while words and words[-1][:1].isupper():
        words.pop()
    return bool(words) and words[-1].lower() in articles


def bare_line(body: str) -> bool:
    """A sentence that is only a quoted line (quotes blanked): someone else may speak it."""
    return not any(ch.isalpha() for ch in body)

