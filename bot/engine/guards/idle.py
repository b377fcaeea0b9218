"""A player who declared only waiting or watching ("I wait by the door", "Стою рядом
и смотрю по сторонам", "Czekam przy koniach") has declared no act: a deliberate act
the narration gives their character is new, not the declared move playing out."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .restate import carries_out, restated

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
LEAD = 3  # words of a declaration before its verb ("I", "Je me", "Ich")
_AND = frozenset("and и i e y und en et".split())


def idle_declaration(declared: str | None, lexicon: Lexicon) -> bool:
    """Does the declaration open with a verb of waiting, staying or watching?"""
    if not declared:
        return False
    found = lexicon.search("idle", declared)
    if found is None or len(_TOKEN.findall(declared[: found.start()])) >= LEAD:
        return False
    # "Стою у окна и делаю заметки": a second, real act joined on is declared too.
    words = _TOKEN.findall(declared)
    joins = lexicon.words("and") | _AND
    for k, word in enumerate(words[:-1]):
        if word.lower() in joins and not idles(" ".join(words[k + 1 :]), lexicon):
            return False
    return True


def idles(clause: str, lexicon: Lexicon) -> bool:
    """Does the narrated clause (what follows the name) go on waiting or watching?"""
    found = lexicon.search("idle", clause)
    return found is not None and len(_TOKEN.findall(clause[: found.start()])) < LEAD


def new_act(clause: str, declared: str, lexicon: Lexicon) -> bool:
    """An act (`clause`, what follows the name) after a declaration of only waiting or
    watching, neither waiting itself nor carrying out the declared words."""
    return idle_declaration(declared, lexicon) and not idles(clause, lexicon) and not (
        carries_out(clause, declared, lexicon) or restated(clause, declared, lexicon))
