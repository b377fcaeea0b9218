"""A player character as the subject after a fronted phrase with no comma:
"В подворотне Аня подобрала ключ", "Po chwili Bartek wrócił", "Inside the chapel
Mara lit a candle". The name stands between a short opening phrase and a word
whose ending marks it as a finite verb (`finite_verb_endings` in the lexicon;
English reads its own verb classes). The opening phrase must hold no verb of its
own, or the name is more likely an object or an inverted subject."""

from __future__ import annotations

import re
from functools import cache

from .english_verbs import IRREGULAR_PAST, NOT_VERBS, SPEECH_VERBS, THOUGHT_VERBS
from .lexicon import Lexicon

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|[,;:]")
PREFIX_MAX = 5  # words of an opening phrase ("На следующее утро у ворот")
LOOKAHEAD = 3  # words after the name that may hold its verb ("Аня тайком выбралась")
# English only: the phrase must open with a preposition or a time word, since a name
# after a verb ("told Mara stories") would otherwise look like a subject.
_EN_OPENERS = frozenset(
    """in inside outside at on by after before during within without with from behind
    beside beneath below above across along among around through under over near past
    beyond toward towards upon for at once moments seconds minutes hours later back
    somewhere nearby tonight today that this""".split())


def fronted_subject(prefix: str, rest: str, lexicon: Lexicon) -> bool:
    """Is a name preceded by `prefix` (its clause's opening) and followed by `rest`
    the subject of a finite verb?"""
    words = _TOKEN.findall(prefix)
    if "," in words or ";" in words or ":" in words:
        words = words[max(i for i, w in enumerate(words) if w in ",;:") + 1 :]
    if not 1 <= len(words) <= PREFIX_MAX:
        return False
    function = lexicon.words("function_words")
    if words[-1].lower() in function:
        return False  # "with Mara", "для Аня": the name is the preposition's object
    if lexicon.language == "en" and words[0].lower() not in _EN_OPENERS:
        return False
    if any(finite_verb(w, lexicon, strict=True) for w in words):
        return False
    skip = lexicon.words("skip")
    after = [w for w in _TOKEN.findall(rest)[: LOOKAHEAD + 2] if w.lower() not in skip]
    for word in after[:LOOKAHEAD]:
        if word in ",;:" or word[:1].isupper() or word.lower() in function:
            return False
        if finite_verb(word, lexicon):
            return True
        if lexicon.language == "en":
            return False  # English puts adverbs in -ly only, which skip covers
    return False


def finite_verb(word: str, lexicon: Lexicon, strict: bool = False) -> bool:
    """Does the word end like a finite verb? `strict` leaves out endings that many
    nouns share (Polish present -a, -e), for telling whether a phrase holds a verb."""
    low = word.lower().replace("’", "'")
    if lexicon.language == "en":
        return _english_finite(low, strict)
    endings = _endings(lexicon, "finite_verb_endings")
    if strict:
        endings = _endings(lexicon, "finite_verb_endings_strict") or endings
    return endings is not None and len(low) > 3 and endings.search(low) is not None


def _english_finite(word: str, strict: bool) -> bool:
    if word in SPEECH_VERBS or word in THOUGHT_VERBS or word in IRREGULAR_PAST:
        return True
    if word in NOT_VERBS or len(word) < 4 or word.endswith("ly"):
        return False
    if word.endswith("ed"):
        return True
    return not strict and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))


@cache
def _endings(lexicon: Lexicon, key: str) -> re.Pattern[str] | None:
    entries = sorted(lexicon.entries.get(key, ()), key=len, reverse=True)
    if not entries:
        return None
    return re.compile(rf"(?:{'|'.join(re.escape(e) for e in entries)})$")


def subordinate_only(prefix: str, after: str, lexicon: Lexicon) -> bool:
    """Is a name the subject of a fronted subordinate clause whose main clause has a
    pronoun subject of its own ("When Senator Valdez finishes, he lets the silence
    sit")? The pronoun may be someone else: the name is no subject to carry on."""
    words = _TOKEN.findall(prefix)
    if not words or " ".join(words).lower() not in lexicon.words("subordinators"):
        return False
    main = re.search(r",\s*([^\W\d_]+)", after)
    return main is not None and main.group(1).lower() in lexicon.words("third_person")
