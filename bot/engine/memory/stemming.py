"""Words reduced to their stems, in the text's own language (Snowball stemmers).

"Apellidas" and "apellido", "Jägers" and "Jäger", "hiding" and "hides" meet on one
stem. Accents are folded after stemming (as the full-text index folds them), and the
language is guessed from the text's function words. snowballstemmer runs the C
stemmers of PyStemmer when it is installed (a dependency: ~3 µs a word instead of ~90).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from bot.engine.stopwords import guess_language, noise

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
# French elides an article, pronoun or conjunction into the next word ("l'épée", "d'Yvon",
# "qu'il"): the word is what follows. No English word opens with these before an apostrophe.
_ELISION = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=[^\W_])",
                      re.IGNORECASE)


def unelide(word: str) -> str:
    """The word without a French elided prefix ("l'Ankou" → "Ankou")."""
    if "'" not in word and "’" not in word:  # most words: no regex
        return word
    return _ELISION.sub("", word)


def words(text: str) -> list[str]:
    """The text's words, lower-cased, elisions cut, apostrophes dropped ("Tobin's" →
    "tobins", "l'épée" → "épée")."""
    return [unelide(m.group(0).casefold()).replace("'", "").replace("’", "")
            for m in _WORD.finditer(text)]


def fold(word: str) -> str:
    """Accents off ("mühle" → "muhle"), as the full-text index's tokenizer does."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=8)
def _stemmer(language: str) -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer(language)


@lru_cache(maxsize=65536)
def stem(word: str, language: str = "english") -> str:
    if word.isdigit():  # numbers are their own stems (and would flood the cache)
        return word
    return fold(_stemmer(language).stemWord(word))


def content_words(text: str, language: str = "english") -> list[str]:
    """Words that tell texts apart: three letters or more, not the language's stop words,
    not bare numbers."""
    stop = noise(language)
    return [w for w in words(text) if len(w) >= 3 and w not in stop and not w.isdigit()]


def language_of(text: str) -> str:
    return guess_language(words(text))


@lru_cache(maxsize=8192)  # the same candidate texts are compared turn after turn
def stems(text: str, language: str = "") -> frozenset[str]:
    """The stems of the text's content words, in `language` (guessed when empty)."""
    language = language or language_of(text)
    return frozenset(stem(w, language) for w in content_words(text, language))
