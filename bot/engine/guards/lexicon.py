"""Per-language word lists the guards read, kept as data in `lexicons/<code>.json`.

Each file lists inner-state words, speech, perception and passive markers,
clause openers, pronouns, party-decision words and assistant phrases (see
en.json for every key). Matching is by whole word for short entries and by
word prefix for entries of five letters or more, so a stem such as "fürcht"
meets "fürchtet"; entries with a space match as phrases. In CJK lexicons
(`"script": "cjk"`) every entry is a plain substring.

Keys only some languages need: `ask` (verbs that put a question to someone),
`answer_pronouns` ("тот", "ten": who answers), `first_person_endings` (verb endings
that say "I" where the pronoun is dropped: Polish "-łem"), `party_decide` (a decision verb whose
form alone says "you all"), `and` (the word that joins two verbs), and for a
verb-final language (Turkish) `finite_endings`, `clause_endings` (a subordinate
clause's closing verb) and `oblique_endings` (a first word that is not a subject).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .alternation import WordSearch
from .prefilter import Prefiltered
from .text import stem

LEXICON_DIR = Path(__file__).with_name("lexicons")
PREFIX_MIN = 5  # shorter entries must match a whole word

# Keys whose entries are whole words (pronouns, openers), never prefixes.
_WHOLE_WORD_KEYS = frozenset(
    {"clause_openers", "function_words", "skip", "third_person", "second_person", "first_person",
     "answer_pronouns"}
)


@dataclass(frozen=True, eq=False)  # one cached instance per language: hash by identity
class Lexicon:
    language: str
    cjk: bool
    entries: dict[str, tuple[str, ...]]
    assistant: tuple[Prefiltered, ...]  # compiled patterns, run only where they can match

    def words(self, key: str) -> frozenset[str]:
        return _words(self, key)

    def canonical(self, word: str) -> str:
        """The first word of the synonym group `word` belongs to (by prefix), else `word`."""
        return _canonical(self, word.lower())

    def search(self, key: str, text: str) -> re.Match[str] | None:
        """The first entry of `key` found in `text` (matched case-insensitively)."""
        regex = _key_regex(self, key)
        return regex.search(text) if regex is not None else None


@cache  # asked for on every sentence; the lexicon never changes
def _words(lexicon: Lexicon, key: str) -> frozenset[str]:
    return frozenset(lexicon.entries.get(key, ()))


SYNONYM_PREFIX = 4  # letters a word must share with a group member


@cache
def _synonym_groups(lexicon: Lexicon) -> tuple[tuple[str, tuple[str, ...]], ...]:
    groups = [entry.split() for entry in lexicon.entries.get("synonyms", ())]
    return tuple((g[0], tuple(g)) for g in groups if g)


@cache
def _canonical(lexicon: Lexicon, word: str) -> str:
    # "asks" meets "ask" through its stem; "sentries" meets "sentry" through its prefix.
    for form in (word, stem(word)):
        for head, members in _synonym_groups(lexicon):
            for member in members:
                if form == member or (len(member) >= SYNONYM_PREFIX
                                      and form.startswith(member[:max(SYNONYM_PREFIX,
                                                                      len(member) - 1)])):
                    return head
    return word


@cache
def _key_regex(lexicon: Lexicon, key: str) -> WordSearch | None:
    entries = sorted(lexicon.entries.get(key, ()), key=len, reverse=True)
    if not entries:
        return None
    # Hundreds of words per key: searched as a prefix tree (see alternation.py).
    if lexicon.cjk:
        return WordSearch([(e, "") for e in entries], before=None)
    parts = []
    for entry in entries:
        whole = key in _WHOLE_WORD_KEYS or (" " not in entry and len(entry) < PREFIX_MIN)
        tail = r"(?![\w'’])" if whole else ""
        parts.append((entry, tail))
    return WordSearch(parts, before=r"[\w'’]")


NO_LEXICON = Lexicon("", cjk=False, entries={}, assistant=())  # a language we have no words for


def available_languages() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in LEXICON_DIR.glob("*.json")))


@cache
def load_lexicon(language: str | None) -> Lexicon | None:
    if not language or language not in available_languages():
        return None
    raw = json.loads((LEXICON_DIR / f"{language}.json").read_text(encoding="utf-8"))
    cjk = raw.get("script") == "cjk"
    entries = {
        key: tuple(str(v).lower() for v in value)
        for key, value in raw.items()
        if isinstance(value, list) and key != "assistant"
    }
    flags = re.IGNORECASE | re.MULTILINE
    assistant = tuple(Prefiltered(re.compile(p, flags)) for p in raw.get("assistant", ()))
    return Lexicon(language, cjk, entries, assistant)
