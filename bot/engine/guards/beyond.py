"""An act beyond the declared one: a player declared a move, and the narration has their
character go on to a new undertaking, one that sets off somewhere, takes something,
attacks or deals with someone ("…tucks the letter into her boot and crosses to the
window", after "I search the desk").

Telling how the declared move plays out stays allowed, however many steps it takes
("works the wrench into the keyhole, eases past the false gate"): only the verbs of
`undertakings` in a lexicon count, and only when the declaration has none of their words.
Chinese, Japanese and Korean join clauses with commas and verb endings, not words, and
are matched on characters (`_undertakes_cjk`).
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .verbfinal import verb_final

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|[,;]")
STEM = 4  # letters compared with the declaration: "pockets"/"pocket", not "starts"/"stairs"
OBJECT_REACH = 4  # words after an undertaking that may name what it acts on
LEAD = 2  # words between a join and the verb it joins on ("and then", "and quietly")


def undertakes(clause: str, declared: str | None, lexicon: Lexicon) -> bool:
    """Does the clause (what follows the character's name or pronoun) start or join on
    an undertaking that the declaration does not hold?"""
    if not declared or not declared.strip():
        return False
    if lexicon.cjk:
        return _undertakes_cjk(clause, declared, lexicon)
    function = lexicon.words("function_words") | lexicon.words("articles")
    said = {w.lower()[:STEM] for w in _TOKEN.findall(declared) if w.lower() not in function}
    joins = (lexicon.words("and") | lexicon.words("then") | lexicon.words("clause_openers")
             | {",", ";"})
    for start, words in _undertakings(clause, lexicon):
        before = _TOKEN.findall(clause[:start])
        # A verb joined on by "and", "then" or a comma, after another: the clause's first
        # verb is often a step of the declared move ("goes out through the airlock").
        # Where the verb closes its clause (Turkish), the join opens the clause instead.
        reach = len(before) if verb_final(lexicon) else LEAD
        if not before or not any(w.lower() in joins for w in before[-reach:]):
            continue
        # The undertaking and what it acts on ("wsuwa na jego miejsce kopię" after
        # "podmieniam obraz na kopię" is the declared swap).
        acted_on = _TOKEN.findall(clause[start + len(words) :])[:OBJECT_REACH]
        # Its verb, not the particle after it ("starts down" after "…down the stairs").
        verb = _TOKEN.findall(words)[:1]
        if not {w.lower()[:STEM] for w in [*verb, *acted_on]
                if len(w) >= STEM and w.lower() not in function} & said:
            return True
    return False


def _undertakings(clause: str, lexicon: Lexicon) -> list[tuple[int, str]]:
    """(where, words) of each undertaking in the clause."""
    found = []
    at = 0
    while (match := lexicon.search("undertakings", clause[at:])) is not None:
        found.append((at + match.start(), match.group()))
        at += match.end()
    return found


CJK_CORE = 2  # characters of an undertaking that the declaration must not hold
_CJK_JOINS = ",，、;；"
LINK_REACH = 3  # words before a Korean undertaking whose ending may link it on


def _undertakes_cjk(clause: str, declared: str, lexicon: Lexicon) -> bool:
    """The same in Chinese, Japanese and Korean: an undertaking after a comma, a "then"
    word or (Korean) a linking verb ending, whose first characters the declaration lacks."""
    links = tuple(lexicon.words("clause_links"))
    for start, words in _undertakings(clause, lexicon):
        before = clause[:start]
        joined = (any(j in before for j in _CJK_JOINS)
                  or any(t in before for t in lexicon.words("then"))
                  or (bool(links) and any(w.endswith(links)
                                          for w in before.split()[-LINK_REACH:])))
        if joined and words.replace(" ", "")[:CJK_CORE] not in declared:
            return True
    return False
