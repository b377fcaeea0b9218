"""Where player-character names occur, in any script, with or without a case ending.

Unlike `names.find_names` (English, possessives only), a mention here may
carry a short inflection ("Глеба", "Deniz'i", "Wolfs"), and names written in
CJK scripts match without word boundaries, since particles attach directly
("ゴルドは", "도윤은"). `exact` tells whether the bare name stood alone, which
is what a clause subject looks like in every language we read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .alternation import at_word_start
from .names import name_variants

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
MAX_ENDING = 3  # letters of case ending tolerated after a name
# Slavic names in -a/-я change that vowel when declined: "Аня" → "Ани", "Ola" → "Oli".
DECLINED_MIN = 3
_STEM_VOWELS = frozenset("аяaь")
_CASE_ENDINGS = "ой|ей|ею|ою|и|ы|е|у|ю|ę|ą|ie|i|y|u"
# Polish names in -ko decline too ("Zbyszko" → "Zbyszka", "Zbyszku", "Zbyszkiem"). Only
# those: "Mario" → "Maria" or "Hugo" → "Huge" would be other names and words.
_KO_ENDINGS = "a|u|iem"
# Pet forms of Slavic names ("Анечка", "Глебушка", "Kasieńka", "Bartuś"); a case
# ending replaces the final vowel ("Анечку", "Kasieńki"). Names of three letters or more.
DIMINUTIVE_MIN = 3
_DIMINUTIVES = ("ечка|очка|енька|онька|ушка|юшка|уша|юша|уля|юля|уся|юся|"
                "ieńka|eńka|iunia|unia|iuś|uś|eczka|uszka")
_DIMINUTIVE_STEMS = "ечк|очк|еньк|оньк|ушк|юшк|уш|юш|ул|юл|ус|юс|ieńk|eńk|iuni|uni|eczk|uszk"
# Polish "si", "zi", "ci", "ni" harden before a consonant: Kasia → Kaśka, Zosia → Zośka.
_SOFTENED = {"s": "ś", "z": "ź", "c": "ć", "n": "ń"}
FLEETING_MIN = 4
_FLEETING_ENDINGS = "owi|iem|em|ami|a|u|ie|ом|ем|а|у|е"


@dataclass(frozen=True)
class Mention:
    player: str
    start: int
    end: int  # end of the name itself
    exact: bool  # no ending or possessive follows


@lru_cache(maxsize=256)
def _patterns(players: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    compiled = []
    for player in players:
        variants = name_variants(player)
        latin = [v for v in variants if not _CJK.search(v)]
        cjk = [v for v in variants if _CJK.search(v)]
        if latin:
            alternatives = at_word_start(re.escape(v) for v in latin)
            compiled.append((player, re.compile(
                rf"{alternatives}(?P<ending>['’]?[^\W\d_]{{0,{MAX_ENDING}}})(?![\w-])"
            )))
            declined = [re.escape(v[:-1]) for v in latin
                        if len(v) >= DECLINED_MIN and v[-1].lower() in _STEM_VOWELS]
            if declined:
                # "Kasia" → "Kasi": a stem in -i may stand with no ending at all.
                endings = _CASE_ENDINGS + ("|" if any(d.endswith("i") for d in declined) else "")
                compiled.append((player, re.compile(
                    rf"{at_word_start(declined)}(?P<ending>{endings})(?![\w-])")))
            # The vocative of a name in consonant + a, set off as an address: "Marto, ty…".
            # (Not after a vowel: "Mario" is a name of its own, not Maria called.)
            called = [re.escape(v[:-1]) for v in latin if len(v) > 3 and v[-1] == "a"
                      and v[-2].lower() not in "aeiouyąęó"]
            if called:
                compiled.append((player, re.compile(
                    rf"{at_word_start(called)}(?P<ending>o)(?=\s*[,!])")))
            ko = [re.escape(v[:-1]) for v in latin if v.lower().endswith("ko") and len(v) > 3]
            if ko:
                compiled.append((player, re.compile(
                    rf"{at_word_start(ko)}(?P<ending>{_KO_ENDINGS})(?![\w-])")))
            # A fleeting vowel drops when declined: "Janek" → "Janka", "Павел" → "Павла".
            fleeting = [re.escape(v[:-2] + v[-1]) for v in latin if _fleeting_e(v)]
            if fleeting:
                compiled.append((player, re.compile(
                    rf"{at_word_start(fleeting)}(?P<ending>{_FLEETING_ENDINGS})(?![\w-])")))
        if cjk:
            compiled.append((player, re.compile("|".join(re.escape(v) for v in cjk))))
    return tuple(compiled)


_PetForms = tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]]


@lru_cache(maxsize=256)
def _pet_forms(players: tuple[str, ...]) -> _PetForms | None:
    """A quick pattern for every stem a pet form starts with, and per player two anchored
    patterns: the nominative (standing as the name) and a declined form with its ending.
    Matching the forms only where a stem stands keeps this cheap on a long narration."""
    stems_all: set[str] = set()
    forms = []
    for player in players:
        names = [v for v in name_variants(player)
                 if " " not in v and len(v) >= DIMINUTIVE_MIN and not _CJK.search(v)]
        stems = {s for v in names for s in _diminutive_stems(v)}
        if not stems:
            continue
        stems_all |= stems
        # "-ka" only from a name ending in a vowel: Анька, Kaśka; "Bartka" is Bartek's genitive.
        soft = {s for v in names if v[-1].lower() in _STEM_VOWELS for s in _diminutive_stems(v)}
        alternatives = "|".join(sorted(map(re.escape, stems)))
        nominative = f"(?:{alternatives})(?:{_DIMINUTIVES})"
        declined = f"(?:{alternatives})(?:{_DIMINUTIVE_STEMS})"
        if soft:
            alternatives = "|".join(sorted(map(re.escape, soft)))
            nominative += f"|(?:{alternatives})(?:ька|ка|ka)"
            declined += f"|(?:{alternatives})(?:ьк|к|k)"
        forms.append((player, re.compile(f"(?:{nominative})(?![\\w-])"),
                      re.compile(f"(?:{declined})(?P<ending>{_CASE_ENDINGS}|ой|ою)(?![\\w-])")))
    if not forms:
        return None
    gate = re.compile("|".join(sorted(map(re.escape, stems_all), key=len, reverse=True)))
    return gate, tuple(forms)


def _pet_mentions(text: str, players: tuple[str, ...]) -> list[Mention]:
    pets = _pet_forms(players)
    if pets is None:
        return []
    gate, forms = pets
    found = []
    for stem in gate.finditer(text):
        at = stem.start()
        if at and (text[at - 1].isalnum() or text[at - 1] in "_'’-"):
            continue  # inside a longer word
        for player, nominative, declined in forms:
            if (whole := nominative.match(text, at)) is not None:
                found.append(Mention(player, at, whole.end(), True))
            elif (inflected := declined.match(text, at)) is not None:
                found.append(Mention(player, at, inflected.start("ending"), False))
    return found


def _diminutive_stems(name: str) -> tuple[str, ...]:
    """'Аня' → 'Ан' (Анечка, Анька), 'Kasia' → 'Kas', 'Kaś' (Kasieńka, Kaśka), 'Bartek' →
    'Bart' (Bartuś), 'Глеб' → 'Глеб' (Глебушка)."""
    if name.lower().endswith(("ia", "ek")):
        stem = name[:-2]
    else:
        stem = name[:-1] if name[-1].lower() in _STEM_VOWELS else name
    soft = _SOFTENED.get(stem[-1:], "") if name.lower().endswith("ia") else ""
    return (stem, stem[:-1] + soft) if soft else (stem,)


def _fleeting_e(name: str) -> bool:
    """'Janek', 'Bartek', 'Павел': a consonant, then e, then a final consonant."""
    vowels = "aeiouyаеиоуыэюяё"
    return (len(name) >= FLEETING_MIN and name[-2] in "eе" and name[-1].isalpha()
            and name[-1].lower() not in vowels and name[-3].lower() not in vowels)


def find_mentions(text: str, players: Sequence[str]) -> list[Mention]:
    found: list[Mention] = _pet_mentions(text, tuple(players))
    for player, regex in _patterns(tuple(players)):
        for match in regex.finditer(text):
            ending = match.groupdict().get("ending") or ""
            found.append(Mention(player, match.start(), match.end() - len(ending), not ending))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue  # "Ana" inside "Ana Reyes"
        kept.append(mention)
    return kept


def is_cjk(text: str) -> bool:
    return bool(_CJK.search(text))
