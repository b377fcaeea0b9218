"""Does a narration state a secret, verbatim or nearly?

"Nearly" means any of:
- the secret's words in (almost) the same order, case, punctuation and accents aside
  (token sequence similarity ≥ 0.8 over a sliding window);
- one sentence, or two adjacent ones, carrying the secret's payload — its content
  words that the story has not already made public — plus at least one of its public
  words, each matched loosely (cognates survive translation: traitor/traidor/traître,
  duke/duque);
- a key term (named by the GM, or any number or code of three or more characters in
  the secret) appearing anywhere: spelled out letter by letter (S-W-O-R-D, "s w o r d"),
  reversed, in leetspeak, or as digits written out in words (English, Spanish, French,
  German).
The check is deliberately eager: a false alarm costs one regeneration, a miss
spoils the campaign.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import pairwise

from bot.engine.stopwords import FUNCTION_WORDS, SECRECY_WORDS

VERBATIM_RATIO = 0.8
TOKEN_RATIO = 0.65

# English function words and how secrets are announced, plus the function words of the
# common translation targets, so translations match on content.
_STOPWORDS = (
    FUNCTION_WORDS["english"] | SECRECY_WORDS | FUNCTION_WORDS["spanish"]
    | FUNCTION_WORDS["french"] | FUNCTION_WORDS["german"]
)

# Short function words that give a sentence's language away.
_LANGUAGE_MARKERS = {
    "en": frozenset("the is are was of and to in with who which that".split()),
    "es": frozenset("el la los las es son del al y que con por una un".split()),
    "fr": frozenset("le la les est sont du des et que avec une un qui au".split()),
    "de": frozenset("der die das ist sind und mit von ein eine den dem zu".split()),
}

_LEET = str.maketrans("013457@$", "oieastas")

_DIGIT_WORDS = {
    # English, Spanish, French, German: a number spoken digit by digit survives translation.
    **dict.fromkeys(["zero", "cero", "zéro", "zero", "null"], "0"),
    **dict.fromkeys(["one", "uno", "un", "une", "eins"], "1"),
    **dict.fromkeys(["two", "dos", "deux", "zwei"], "2"),
    **dict.fromkeys(["three", "tres", "trois", "drei"], "3"),
    **dict.fromkeys(["four", "cuatro", "quatre", "vier"], "4"),
    **dict.fromkeys(["five", "cinco", "cinq", "funf", "fünf"], "5"),
    **dict.fromkeys(["six", "seis", "sechs"], "6"),
    **dict.fromkeys(["seven", "siete", "sept", "sieben"], "7"),
    **dict.fromkeys(["eight", "ocho", "huit", "acht"], "8"),
    **dict.fromkeys(["nine", "nueve", "neuf", "neun"], "9"),
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_SENTENCE_END = re.compile(r"(?<=[.!?…;:])\s+|\n+")


@dataclass(frozen=True)
class Secret:
    id: int
    text: str
    # Terms that must never appear at all, in any spelling (a password, a true name).
    keys: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Leak:
    secret_id: int
    how: str  # "verbatim", "paraphrase", "key" — never the secret itself (it gets logged)
    score: float


def fold(text: str) -> str:
    """Lower case without accents: 'Traître' → 'traitre'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9@$]+", fold(text))


def content_tokens(text: str) -> list[str]:
    return [t for t in tokens(text) if t not in _STOPWORDS and (len(t) >= 3 or t.isdigit())]


def _deleet(token: str) -> str:
    """'sw0rdf1sh' → 'swordfish'; plain numbers stay numbers."""
    if token.isdigit() or not any(c.isdigit() or c in "@$" for c in token):
        return token
    return token.translate(_LEET)


def _numbers_spoken(words: Sequence[str]) -> list[str]:
    """Number words as digits: 'forty four seven one' → ['44', '7', '1']."""
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in _TENS:
            value = _TENS[word]
            if i + 1 < len(words) and words[i + 1] in _DIGIT_WORDS:
                value += int(_DIGIT_WORDS[words[i + 1]])
                i += 1
            out.append(str(value))
        elif word in _TEENS:
            out.append(str(_TEENS[word]))
        elif word in _DIGIT_WORDS:
            out.append(_DIGIT_WORDS[word])
        else:
            out.append(word)
        i += 1
    return out


def squeezed_runs(text: str) -> list[str]:
    """What a reader would reassemble from pieces: runs of single letters ('S-W-O-R-D',
    'r o s e') and of digit groups ('44 71', 'four four seven one'), joined."""
    runs: list[str] = []
    letters: list[str] = []
    digits: list[str] = []

    def flush() -> None:
        if len(letters) >= 3:
            runs.append("".join(letters))
        if len(digits) >= 2:
            runs.append("".join(digits))
        letters.clear()
        digits.clear()

    for word in _numbers_spoken(tokens(text)):
        if word.isdigit():
            if letters:
                flush()
            digits.append(word)
        elif len(word) == 1:
            if digits:
                flush()
            letters.append(word)
        else:
            flush()
    flush()
    return runs


def key_terms(secret: Secret) -> list[str]:
    """The GM's keys plus every number or code (3+ characters with a digit) in the text."""
    found = [fold(k).replace(" ", "") for k in secret.keys if k.strip()]
    found += [t for t in tokens(secret.text) if len(t) >= 3 and any(c.isdigit() for c in t)]
    return [re.sub(r"[^a-z0-9]", "", k) for k in found if k]


def similar(a: str, b: str) -> bool:
    """Loose word match: equal, sharing a long prefix, or close in spelling (cognates)."""
    if a == b:
        return True
    if a.isdigit() or b.isdigit():
        return False
    if min(len(a), len(b)) >= 4 and a[:4] == b[:4]:
        return True
    return SequenceMatcher(None, a, b).ratio() >= TOKEN_RATIO


def split_sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def find_leak(narration: str, secret: Secret, public_text: str = "") -> Leak | None:
    """The first way `narration` states `secret`, or None."""
    leak = _key_leak(narration, secret)
    if leak is None:
        leak = _verbatim_leak(narration, secret)
    if leak is None:
        leak = _paraphrase_leak(narration, secret, set(content_tokens(public_text)))
    if leak is None:
        leak = _translated_leak(narration, secret)
    return leak


def language(text: str) -> str | None:
    """The language whose function words `text` uses most (at least two), or None."""
    words = tokens(text)
    scores = {lang: sum(w in markers for w in words) for lang, markers in _LANGUAGE_MARKERS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= 2 else None


def names_in(text: str) -> list[str]:
    """Capitalised words that are not function words: the secret's proper names."""
    raw = re.findall(r"\b[^\W\d_][\w'-]*", text)
    return [fold(w) for w in raw if w[0].isupper() and fold(w) not in _STOPWORDS]


def find_leaks(narration: str, secrets: Iterable[Secret], public_text: str = "") -> list[Leak]:
    return [leak for secret in secrets if (leak := find_leak(narration, secret, public_text))]


def _translated_leak(narration: str, secret: Secret) -> Leak | None:
    """A sentence in another language than the secret's that names its subject: the
    words changed, the names did not (a player asked for a translation)."""
    names = set(names_in(secret.text))
    home = language(secret.text) or "en"
    if not names:
        return None
    for sentence in split_sentences(narration):
        other = language(sentence)
        if other is not None and other != home and names & set(tokens(sentence)):
            return Leak(secret.id, "translated", 1.0)
    return None


def _key_leak(narration: str, secret: Secret) -> Leak | None:
    keys = key_terms(secret)
    if not keys:
        return None
    words = [_deleet(w) for w in _numbers_spoken(tokens(narration))]
    runs = squeezed_runs(narration)
    # All words squeezed together catch a long key split oddly ('swo rdfish', 'sword fish').
    everything = "".join(words)
    for key in keys:
        backwards = key[::-1] if len(key) >= 4 else None
        for word in words:
            # Whole words only: a short key inside a longer word ('ash' in 'washing') is chance.
            if word in (key, backwards) or (
                len(key) >= 4 and word.startswith(key) and len(word) - len(key) <= 2
            ):
                return Leak(secret.id, "key", 1.0)
        for run in runs:
            if key in run or (backwards and backwards in run):
                return Leak(secret.id, "key", 1.0)
        if len(key) >= 6 and (key in everything or (backwards and backwards in everything)):
            return Leak(secret.id, "key", 1.0)
    return None


def _verbatim_leak(narration: str, secret: Secret) -> Leak | None:
    wanted = [_deleet(t) for t in tokens(secret.text)]
    have = [_deleet(t) for t in tokens(narration)]
    if len(wanted) < 2 or not have:
        return None
    best = 0.0
    # Windows one word shorter and longer too: the secret told with a word dropped
    # ("mirela -- poisoned -- the lighthouse keeper") or one slipped in.
    for width in {max(2, len(wanted) - 1), len(wanted), len(wanted) + 1}:
        for start in range(0, max(1, len(have) - width + 1)):
            window = have[start : start + width]
            best = max(best, SequenceMatcher(None, wanted, window, autojunk=False).ratio())
            if best >= VERBATIM_RATIO:
                return Leak(secret.id, "verbatim", round(best, 3))
    return None


def _paraphrase_leak(narration: str, secret: Secret, public: set[str]) -> Leak | None:
    words = list(dict.fromkeys(content_tokens(secret.text)))
    if not words:
        return None
    payload = [w for w in words if w not in public]
    known = [w for w in words if w in public]
    if not payload:
        # Every word was said aloud, apart: saying them together is still the secret.
        payload, known = words, []
    # Long secrets may be told with a word or two swapped for a synonym.
    needed = len(payload) if len(payload) <= 3 else math.ceil(0.75 * len(payload))
    sentences = split_sentences(narration)
    windows = sentences + [a + " " + b for a, b in pairwise(sentences)]
    for window in windows:
        have = [_deleet(t) for t in content_tokens(window)]
        hits = sum(1 for w in payload if any(similar(w, h) for h in have))
        anchored = not known or any(any(similar(w, h) for h in have) for w in known)
        if hits >= needed and anchored:
            return Leak(secret.id, "paraphrase", round(hits / len(payload), 3))
    return None
