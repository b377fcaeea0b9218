"""An inner state (fear, memory, tears) tied to a player character's name.

A feeling belongs to the character when the name is a clause's subject and the
feeling follows ("Kasia boi się…"), when the feeling is the clause's subject and
the name its object ("Fear grips Ana", "Страх охватывает Олега"), or when the
name is an experiencer right before it ("Олегу страшно"). A name that is an
object of someone else's verb lends it nothing: in "The guard looks at Ana with
fear" the fear is the guard's.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .mentions import Mention
from .text import Sentence

INNER_AFTER = 90  # characters after a subject name in which its inner state is told
INNER_BEFORE = 30
CJK_INNER_AFTER = 30
FRONTED = 4  # words of a phrase before a pronoun that opens a later clause
EXPERIENCER_TOKENS = 2  # words between an object name and a feeling that is still its own
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# "with fear", "ze strachem", "со страхом": a manner phrase describing the verb's subject.
WITH = frozenset("""with con com avec mit voller vor z ze с со ile met korkuyla öfkeyle endişeyle
    merakla şaşkınlıkla sevinçle dehşetle üzüntüyle""".split())


def inner_state_near(blank: str, sentence: Sentence, mention: Mention, lexicon: Lexicon,
                     subject: bool) -> bool:
    """`subject`: the name stands where a clause's subject stands."""
    if lexicon.cjk:
        window = blank[mention.end : min(sentence.end, mention.end + CJK_INNER_AFTER)]
        return bool(lexicon.search("inner_state", window))
    if _organ_near(blank[sentence.start : sentence.end], mention.start - sentence.start,
                   mention.end - sentence.start, lexicon):
        return True
    if subject:
        # From the name's end: "Speranza" must not read as "spera" (hopes).
        window = _own_clauses(blank[mention.end : min(sentence.end, mention.end + INNER_AFTER)],
                              lexicon)
        if lexicon.search("inner_state", window):
            return True
    elif _experiencer(_after_word(blank[mention.end : sentence.end]), lexicon) or _pronoun_feels(
            blank[mention.end : min(sentence.end, mention.end + INNER_AFTER)], lexicon):
        return True
    start = max(sentence.start, mention.start - INNER_BEFORE)
    found = lexicon.search("inner_state", blank[start : mention.start])
    return found is not None and _opens_clause(blank[sentence.start : start + found.start()],
                                               lexicon)


_NEW_CLAUSE = re.compile(
    r"(?P<mark>[:—–])\s*(?P<next>[^\W\d_]*)|,\s*(?:[^\W\d_]+\s+)?(?P<lead>[^\W\d_]+)['’\s]")


_INDEFINITE = frozenset("a an un una uno une ein eine einen um uma een".split())
ORGAN_REACH = 3  # words between a PC's name and an organ only feelings move


def _organ_near(body: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """'У Кати перехватило дыхание', 'Serce Oli zabiło': an organ that only feelings
    move (`feeling_organs`) next to the PC's name, and not after a preposition ("в
    сердце": a wound's target)."""
    organs = lexicon.words("feeling_organs")
    if not organs:
        return False
    before = _TOKEN.findall(body[:start])[-ORGAN_REACH:]
    after = _TOKEN.findall(body[end:])[: ORGAN_REACH + 1]
    function = lexicon.words("function_words")
    for words in (before, after):
        for k, word in enumerate(words):
            if word.lower() in organs and not (k and words[k - 1].lower() in function):
                return True
    return False


def _own_clauses(window: str, lexicon: Lexicon) -> str:
    """The part of `window` still about the subject: up to a colon, a dash, a simile
    ("…, come un cuore che batte") or a clause with a subject of its own ("…, e la
    fiamma trema", "…: металл краснеет")."""
    articles = lexicon.words("articles")
    comparisons = lexicon.words("comparison")
    for match in _NEW_CLAUSE.finditer(window):
        lead = (match.group("lead") or "").lower()
        pronoun = (match.group("next") or "").lower() in lexicon.words("third_person")
        if (match.group("mark") and not pronoun) or lead in articles:
            return window[: match.start()]  # "…; she is sure…" still tells the subject
    words = _TOKEN.findall(window)
    for word in words:
        if word.lower() in comparisons:
            return window[: window.find(word)]
    return window


def _after_word(rest: str) -> str:
    """What follows the name's case ending ("Ани перехватывает" → " перехватывает")."""
    return re.sub(r"^['’]?\w*", "", rest)


def _experiencer(rest: str, lexicon: Lexicon) -> bool:
    tokens = _TOKEN.findall(rest)[: EXPERIENCER_TOKENS + 1]
    for i, token in enumerate(tokens):
        if token.lower() in WITH or token.lower() in lexicon.words("clause_openers") or (
                token.lower() in lexicon.words("comparison")):
            return False
        found = lexicon.search("inner_state", " ".join(tokens[i:]))
        if found is not None and found.start() == 0:
            # "Глебу в сердце": after a preposition the word is where a blow lands.
            return not (i and tokens[i - 1].lower() in lexicon.words("function_words"))
    return False


def _pronoun_feels(window: str, lexicon: Lexicon) -> bool:
    """'…herkent Fleur haar handschrift, en ze voelt de paniek': a later clause whose
    subject is a pronoun for the name."""
    pronouns = lexicon.words("third_person")
    for clause in re.split(r"[,;:—–]", window)[1:]:
        tokens = [t.lower() for t in _TOKEN.findall(clause)]
        openers = lexicon.words("clause_openers")
        while tokens and tokens[0] in openers:
            tokens = tokens[1:]
        # "…, and for one dizzy second she forgets how to breathe": a short phrase may
        # stand before the pronoun.
        lead = next((i for i, t in enumerate(tokens[: FRONTED + 1]) if t in pronouns), None)
        if lead is not None and len(tokens) > lead + 1:
            found = lexicon.search("inner_state", " ".join(tokens[lead + 1 : lead + 5]))
            if found is not None and found.start() == 0:
                return True
    return False


def _opens_clause(prefix: str, lexicon: Lexicon) -> bool:
    """Nothing but an article or an opener stands before the feeling in its clause."""
    clause = re.split(r"[,;:—–(]", prefix)[-1]
    leading = lexicon.words("function_words") | lexicon.words("clause_openers")
    words = _TOKEN.findall(clause)
    others = [t for t in words if t.lower() not in leading]
    if not others:
        return True
    # After "a", one describing word: "A warm blush climbs…" ("The wind tears…" is a verb).
    return (len(others) == 1 and others[0][:1].islower() and bool(words)
            and words[0].lower() in _INDEFINITE)
