"""Does a clause only carry out what the player declared? Then telling it is no
impersonation ("Ana forces the lock, as she said she would")."""

from __future__ import annotations

import itertools
import re

from .lexicon import Lexicon

STEM = 3  # leading letters compared when matching a declared action ("leg"/"legt")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|[,;:]")


def restated(clause: str, declared: str | None, lexicon: Lexicon) -> bool:
    """Does the clause carry out what the player declared (or say it does)?"""
    if lexicon.search("restated", clause):
        return True
    if not declared:
        return False
    if lexicon.cjk:
        said, written = _bigrams(declared), _bigrams(clause)
        shared = len(said & written)
        return shared >= 2 or (bool(said) and shared / len(said) >= 0.3)
    said, written = _stems(declared, lexicon), _stems(clause, lexicon)
    shared = len(said & written)
    return shared >= 2 or (bool(said) and shared / len(said) >= 0.5)


def carries_out(clause: str, declared: str | None, lexicon: Lexicon) -> bool:
    """Is the clause's verb the declared one ("she kicks it open" after "I kick the door")?"""
    if lexicon.search("restated", clause):
        return True
    words = [w for w in _TOKEN.findall(clause)[:4] if w.lower() not in lexicon.words("skip")]
    if not declared or not words:
        return False
    verb = words[0]
    forms = f"{verb} {verb[:-3]}y" if verb.endswith("ies") else verb  # "pries" is "pry"
    return bool(_stems(forms, lexicon) & _stems(declared, lexicon))


def _stems(text: str, lexicon: Lexicon) -> set[str]:
    function = lexicon.words("function_words") | lexicon.words("first_person")
    return {lexicon.canonical(w)[:STEM] for w in _TOKEN.findall(text)
            if len(w) >= STEM and w.lower() not in function}


def _bigrams(text: str) -> set[str]:
    chars = [c for c in text if c.isalnum()]
    return {a + b for a, b in itertools.pairwise(chars)}
