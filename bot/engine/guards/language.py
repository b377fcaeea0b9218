"""Which language a narration is written in, so the guards pick the right lexicon.

Scripts that settle it alone (Hangul, kana) are decided without a model; the
rest goes to lingua, restricted to the languages we keep lexicons for and
built once, on first use, in its low-accuracy mode (a couple of hundred characters
of narration are plenty for it, and it stays under half a millisecond).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .lexicon import available_languages

SAMPLE_CHARS = 180  # enough text to decide; detection time grows with the sample

_HANGUL = re.compile(r"[\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    wanted = []
    for code in available_languages():
        iso = getattr(IsoCode639_1, code.upper(), None)
        if iso is not None:
            wanted.append(Language.from_iso_code_639_1(iso))
    return LanguageDetectorBuilder.from_languages(*wanted).with_low_accuracy_mode().build()


@lru_cache(maxsize=256)  # the same narration is judged by several guards
def detect_language(text: str) -> str | None:
    """An ISO 639-1 code, or None when there is too little text to tell."""
    sample = text[:SAMPLE_CHARS]
    letters = len(_LETTER.findall(sample))
    if letters < 3:
        return None
    if len(_HANGUL.findall(sample)) * 4 >= letters:
        return "ko"
    han = len(_HAN.findall(sample))
    if _KANA.search(sample) and (len(_KANA.findall(sample)) + han) * 3 >= letters:
        return "ja"
    if han * 3 >= letters:
        return "zh"
    if _looks_english(sample):
        return "en"
    found = _detector().detect_language_of(sample)
    if found is None:
        return None
    return str(found.iso_code_639_1.name).lower()


# Words only English among the languages we keep lexicons for. lingua's low-accuracy
# mode takes a short English post for German or Dutch now and then ("Grit blinds Sam and
# knocks him off his feet"); these words settle it before it is asked.
_ENGLISH_ONLY = frozenset(
    "the and of his her with he she they you at from him their into off but it".split())
_WORD = re.compile(r"[^\W\d_]+")
ENGLISH_SHARE = 0.2  # of a sample's words
ENGLISH_MIN = 2


def _looks_english(sample: str) -> bool:
    words = [w.lower() for w in _WORD.findall(sample)]
    hits = sum(w in _ENGLISH_ONLY for w in words)
    return hits >= ENGLISH_MIN and hits >= ENGLISH_SHARE * len(words)
