"""Assistant voice in any language with a lexicon, plus shapes no language owns.

The English guard (assistant_voice.py) knows English register in detail; this
adds each lexicon's own assistant phrases (openers, closers, offers, disclaimers)
and three structural signs: the narrator talking in the first person about the
story or scene it writes, a short "Sure! Here is the next part:" line set
apart before the narration, and a numbered menu of continuations.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .model import GuardFinding
from .text import gm_note_spans, mask, quote_spans, sentences

GUARD = "assistant_voice"

PREAMBLE_MAX = 110  # characters in a set-apart opening line
SET_APART_MAX = 300  # characters in a set-apart note to the reader
_ENUMERATED = re.compile(r"(?:^|[\s(])(?:(?:[1-9]|[A-Da-d])[.)]\s+\S|[①-⑨]\s*\S)", re.MULTILINE)
_ASIDE = re.compile(r"\([^()\n]{8,300}\)|（[^（）\n]{4,300}）")
_WORD = re.compile(r"[^\W\d_]+")
_FIRST_PARAGRAPH = re.compile(r"^\s*([^\n]+)\n\s*\n\s*\S")


def find_lexicon_assistant_voice(text: str, lexicon: Lexicon) -> list[GuardFinding]:
    notes = gm_note_spans(text)
    narration = mask(text, quote_spans(text) + notes)
    findings: list[GuardFinding] = []
    for regex in lexicon.assistant:
        match = regex.search(narration)
        if (match and any(ch.isalpha() and ch.islower() for ch in match.group())) or (
            match and lexicon.cjk
        ):
            findings.append(GuardFinding(GUARD, match.start(), match.end(),
                                         f"assistant phrase ({lexicon.language})"))
    names_itself = lexicon.search("meta_words", narration) is not None  # one scan, mostly no
    for sentence in sentences(narration):
        if _talks_about_its_writing(sentence.text, lexicon):
            findings.append(GuardFinding(GUARD, sentence.start, sentence.end,
                                         "talks about the story it writes"))
        elif names_itself and lexicon.search("meta_words", sentence.text) is not None:
            # "The roleplay now moves into its second act": fiction never names itself so.
            findings.append(GuardFinding(GUARD, sentence.start, sentence.end,
                                         "names the role-play it writes"))
    preamble = _preamble(narration, lexicon)
    if preamble is not None:
        findings.append(preamble)
    for paren in _ASIDE.finditer(narration):
        if lexicon.search("story_words", paren.group()) or lexicon.search("craft_words",
                                                                           paren.group()):
            findings.append(GuardFinding(GUARD, paren.start(), paren.end(),
                                         "an aside about its own writing"))
    menu = _menu(narration, lexicon)
    if menu is not None:
        findings.append(menu)
    aside = _set_apart_address(narration, lexicon)
    if aside is not None:
        findings.append(aside)
    return findings


def _set_apart_address(narration: str, lexicon: Lexicon) -> GuardFinding | None:
    """A first or last paragraph, set apart by a blank line, where the narrator speaks
    as "I" to "you" ("Tell me if I should go on"): the assistant, not the fiction."""
    paragraphs = [m for m in re.finditer(r"\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*", narration)]
    if len(paragraphs) < 2:
        return None
    for paragraph in (paragraphs[0], paragraphs[-1]):
        chunk = paragraph.group()
        if len(chunk) > SET_APART_MAX:
            continue
        if _speaks_as_i_to_you(chunk, lexicon):
            return GuardFinding(GUARD, paragraph.start(), paragraph.end(),
                                "set-apart note from the narrator to the reader")
    return None


def _speaks_as_i_to_you(chunk: str, lexicon: Lexicon) -> bool:
    if lexicon.cjk:
        first = any(p in chunk for p in lexicon.words("first_person"))
        second = any(p in chunk for p in lexicon.words("second_person"))
        return first and second
    return (lexicon.search("first_person", chunk) is not None
            and lexicon.search("second_person", chunk) is not None)


def _talks_about_its_writing(sentence: str, lexicon: Lexicon) -> bool:
    story = lexicon.search("story_words", sentence) is not None
    craft = lexicon.search("craft_words", sentence) is not None
    if not story and not craft:
        return False
    if lexicon.cjk and story and craft:
        return True  # "이번 장면은 묘사 위주로 써 봤어요": the "I" goes unsaid
    if lexicon.cjk:
        return any(p in sentence for p in lexicon.words("first_person"))
    return _in_first_person(sentence, lexicon)


def _in_first_person(sentence: str, lexicon: Lexicon) -> bool:
    """An "I", or in a language that drops it, a verb whose ending says "I"
    ("zdecydowałem": I decided)."""
    if lexicon.search("first_person", sentence) is not None:
        return True
    endings = tuple(lexicon.words("first_person_endings"))
    return bool(endings) and any(
        len(word) > len(ending) + 2 and word.endswith(ending)
        for word in _WORD.findall(sentence.lower()) for ending in endings)


def _preamble(narration: str, lexicon: Lexicon) -> GuardFinding | None:
    match = _FIRST_PARAGRAPH.match(narration)
    if not match:
        return None
    line = match.group(1).strip()
    if len(line) > PREAMBLE_MAX or not line.endswith((":", "：", "!", "！")):
        return None
    if lexicon.search("story_words", line) is None:
        return None
    return GuardFinding(GUARD, match.start(1), match.end(1), "assistant preamble")


def _menu(narration: str, lexicon: Lexicon) -> GuardFinding | None:
    """Two or more numbered options in a paragraph (or on lines of their own, with
    the offer before or after) that offers to write them."""
    lines = [m for m in re.finditer(r"[^\n]+", narration)]
    numbered = [m for m in lines if _ENUMERATED.match(m.group().lstrip())]
    if len(numbered) >= 2:
        start, end = numbered[0].start(), numbered[-1].end()
        around = narration[max(0, start - 200) : end + 200]
        said = lexicon.search("first_person", around) or lexicon.search("story_words", around)
        if said and any(mark in around for mark in "?？!！"):
            return GuardFinding(GUARD, start, end, "menu of continuations")
    for paragraph in lines:
        chunk = paragraph.group()
        if len(_ENUMERATED.findall(chunk)) < 2:
            continue
        speaks_as_i = lexicon.search("first_person", chunk) is not None
        offers = speaks_as_i or lexicon.search("story_words", chunk) is not None
        if offers and (speaks_as_i or any(mark in chunk for mark in "?？!！")):
            return GuardFinding(GUARD, paragraph.start(), paragraph.end(), "menu of continuations")
    return None
