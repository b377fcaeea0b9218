"""The guards' faster regex forms find exactly what the plain forms find.

Lexicon keys are searched as prefix trees on case-folded text, assistant patterns
are skipped where their literal pieces are missing, name patterns open on the
names' letters, and `mask` joins slices: each is checked here against the plain
form it replaced, on the guard cases and on the awkward letters of IGNORECASE
(ſ, ı, İ, the Kelvin sign, σ/ς, the combining ypogegrammeni).
"""

from __future__ import annotations

import json
import random
import re
from functools import cache
from pathlib import Path

import pytest

from bot.engine.guards import assistant_voice, impersonation
from bot.engine.guards import text as text_module
from bot.engine.guards.alternation import WordSearch, at_word_start
from bot.engine.guards.lexicon import (
    _WHOLE_WORD_KEYS,
    PREFIX_MIN,
    available_languages,
    load_lexicon,
)
from bot.engine.guards.prefilter import Prefiltered, fold, keeps_word_kinds, required_pieces
from bot.engine.guards.text import mask, sentences

DATA = Path(__file__).parent / "data"
# Letters IGNORECASE matches beyond their own upper and lower case.
AWKWARD = [("s", "ſ"), ("i", "ı"), ("i", "İ"), ("k", "\u212a"), ("σ", "ς"), ("ς", "σ"),
           ("т", "ᲄ"), ("e", "\u0345"), (" ", "\u0345")]
ALL_CHARS = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


@cache
def _case_texts(split: bool) -> tuple[str, ...]:
    """Narrations and earlier posts from the guard cases (`split`: their sentences),
    with a few in capitals and a few with an awkward letter."""
    texts: set[str] = set()
    for name in ("guards.jsonl", "guards_lexicon_cases.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                for text in [case["text"], *(case.get("previous") or [])]:
                    texts.update(s.text for s in sentences(text)) if split else texts.add(text)
    rng = random.Random(11)
    variants = set()
    for text in sorted(texts):
        if rng.random() < 0.2:
            variants.add(text.upper())
        if rng.random() < 0.2:
            plain, awkward = rng.choice(AWKWARD)
            variants.add(text.replace(plain, awkward))
    return tuple(sorted(texts | variants))


def _flat_key_regex(entries: list[str], key: str, cjk: bool) -> re.Pattern[str]:
    """A lexicon key as one flat IGNORECASE alternation, longest entry first."""
    ordered = sorted(entries, key=len, reverse=True)
    if cjk:
        return re.compile("|".join(re.escape(e) for e in ordered), re.IGNORECASE)
    parts = []
    for entry in ordered:
        whole = key in _WHOLE_WORD_KEYS or (" " not in entry and len(entry) < PREFIX_MIN)
        parts.append(re.escape(entry) + (r"(?![\w'’])" if whole else ""))
    return re.compile(rf"(?<![\w'’])(?:{'|'.join(parts)})", re.IGNORECASE)


def _entry_texts(entries: tuple[str, ...]) -> list[str]:
    """Each entry alone, inside and after words, in other cases and awkward letters."""
    texts = []
    for entry in entries:
        texts += [entry, entry.upper(), entry.title(), f"x{entry}", f"{entry}s", f"'{entry}",
                  f"{entry}’s", entry[:-1], f"a {entry}.", f"\u0345{entry}", f"İ{entry}"]
        texts += [entry.replace(plain, awkward) for plain, awkward in AWKWARD if plain in entry]
    return texts


@pytest.mark.parametrize("language", available_languages())
def test_lexicon_search_finds_what_the_flat_alternation_finds(language: str) -> None:
    lexicon = load_lexicon(language)
    assert lexicon is not None
    texts = _case_texts(split=True)
    for key, entries in lexicon.entries.items():
        if not entries:
            continue
        flat = _flat_key_regex(list(entries), key, lexicon.cjk)
        for text in [*texts, *_entry_texts(entries)]:
            want, got = flat.search(text), lexicon.search(key, text)
            assert (want and (want.span(), want.group())) == (
                got and (got.span(), got.group())), (language, key, text)


def test_word_search_prefers_the_longest_entry_and_keeps_word_boundaries() -> None:
    search = WordSearch([("fearful", ""), ("fear", r"(?![\w'’])"), ("fe", "")], before=r"[\w'’]")
    assert search.search("She is FEARFUL now").group() == "FEARFUL"  # type: ignore[union-attr]
    assert search.search("the fears").group() == "fe"  # type: ignore[union-attr]
    assert search.search("afear") is None
    # IGNORECASE takes ſ for s and the Kelvin sign for k; the quick pass must too.
    assert WordSearch([("says", "")], before=r"[\w'’]").search("She ſays") is not None
    assert WordSearch([("ask", "")], before=r"[\w'’]").search("AS\u212a him") is not None


def test_folding_keeps_every_ignorecase_match() -> None:
    """Whatever IGNORECASE takes for a letter folds to that letter's fold."""
    letters = set("abcdefghijklmnopqrstuvwxyzäöüßçñσςιµβεθκπρφвдостъѣ")
    for pattern, _why, _needs in assistant_voice._STRONG_RE + assistant_voice._REGISTER_RE:
        letters.update("".join(pattern.pieces or ()))
    for letter in sorted(letters):
        for match in re.finditer(re.escape(letter), ALL_CHARS, re.IGNORECASE):
            assert fold(match.group()) == fold(letter), (letter, match.group())
    assert len(fold(ALL_CHARS)) == len(ALL_CHARS)  # offsets in a folded text stay valid


def test_folded_text_has_word_characters_where_the_text_has() -> None:
    kept = "".join(c for c in ALL_CHARS if keeps_word_kinds(c))
    word = r"[\w'’]"
    exact = {m.start() for m in re.finditer(word, kept, re.IGNORECASE)}
    assert exact == {m.start() for m in re.finditer(word, fold(kept))}
    assert not keeps_word_kinds("a\u0345b")  # folds onto ι, a word character: checked exactly


def test_prefiltered_patterns_match_as_the_plain_ones() -> None:
    patterns = [p for language in available_languages()
                for p in load_lexicon(language).assistant]  # type: ignore[union-attr]
    patterns += [p for p, _why, _needs in assistant_voice._STRONG_RE + assistant_voice._REGISTER_RE]
    texts = _case_texts(split=False)
    found = 0
    for pattern in patterns:
        for text in texts:
            want = [m.span() for m in pattern.regex.finditer(text)]
            assert [m.span() for m in pattern.finditer(text)] == want, (pattern.pattern, text)
            plain = pattern.regex.search(text)
            got = pattern.search(text)
            assert (plain and plain.span()) == (got and got.span()), (pattern.pattern, text)
            found += bool(want)
    assert found  # the cases hold assistant phrases, so the comparison saw matches


def test_required_pieces() -> None:
    assert required_pieces(r"\bIn real life\b", re.IGNORECASE) == ("in real life",)
    phrases = ["is never ok", "is not ok", "are never ok", "are not ok"]
    pieces = required_pieces(r"\b(?:is|are) (?:never|not) ok")
    assert pieces and all(any(p in phrase for p in pieces) for phrase in phrases)
    assert required_pieces(r"(?:ab)?\w+") is None  # nothing every match must hold
    assert required_pieces(r"(?=abc)\w") is None  # a look-ahead promises no letters matched
    assert Prefiltered(re.compile(r"ſafe", re.IGNORECASE)).search("SAFE") is not None
    assert Prefiltered(re.compile(r"\bsafe\b")).search("a saf place") is None


def test_names_opening_the_pattern_match_as_the_look_behind_first() -> None:
    names = [re.escape(n) for n in ("Mira Vale", "Mira", "O'Neil", "Vale")]
    plain = re.compile(rf"(?<![\w'’-])(?:{'|'.join(names)})(?P<ending>\w{{0,3}})")
    quick = re.compile(rf"{at_word_start(names)}(?P<ending>\w{{0,3}})")
    texts = ["Mira Vale waits.", "-Mira", "Mira's", "xMira Mira", "O'Neil and Vale", "'Vale",
             "Vale", "Miramar Valerie", "Ana-Mira Vale’s"]
    for text in texts + list(_case_texts(split=False)):
        assert [(m.span(), m.group("ending")) for m in plain.finditer(text)] == [
            (m.span(), m.group("ending")) for m in quick.finditer(text)], text


def _plain_mask(text: str, spans: list[tuple[int, int]], fill: str = " ") -> str:
    chars = list(text)
    for start, end in spans:
        for i in range(start, min(end, len(chars))):
            if chars[i] != "\n":
                chars[i] = fill
    return "".join(chars)


def test_mask_blanks_what_the_char_by_char_mask_blanks() -> None:
    rng = random.Random(5)
    for _ in range(20_000):
        size = rng.randint(0, 24)
        text = "".join(rng.choice("ab \n\r\\") for _ in range(size))
        spans = [(rng.randint(0, size + 2), rng.randint(0, size + 4))
                 for _ in range(rng.randint(0, 4))]
        fill = rng.choice([" ", "_", "\\", "xy"])
        assert mask(text, spans, fill) == _plain_mask(text, spans, fill), (text, spans, fill)


def test_sentence_ends_and_single_quotes_match_as_the_plain_patterns() -> None:
    not_a_title = "".join(rf"(?<!\b{t})" for t in text_module._TITLES)
    plain_end = re.compile(rf"""(?:{not_a_title}\.|[!?…])[.!?…]*["”“’'»)\]*_」』]*(?=\s|$)"""
                           r"""|[。！？]+[」』”"]?|\n+""")
    plain_quote = re.compile(
        r"(?<![\w’'])['‘](?=[A-Za-z])[^\n]{1,400}?[\w.,!?…—-]['’](?![A-Za-z])")
    rng = random.Random(3)
    alphabet = [*".!?…。！？\n \t\"”“’'»)]*_」』xA‘-—,", "ab", "Zq", "Mr", "Dr", "Mrs"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
             for _ in range(30_000)]
    for text in texts + list(_case_texts(split=False)):
        assert [(m.span(), m.group()) for m in plain_end.finditer(text)] == [
            (m.span(), m.group()) for m in text_module._SENTENCE_END.finditer(text)], text
        assert [m.span() for m in plain_quote.finditer(text)] == [
            m.span() for m in text_module._SINGLE_QUOTE.finditer(text)], text


def test_second_person_and_capital_patterns_match_as_the_plain_ones() -> None:
    plain_capital = re.compile(r"(?<=[\w,;] )[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+")
    capital = r"[A-ZÀ-ÖØ-ÞА-ЯЁ](?<=[\w,;] .)[\w'’-]+"  # as crowd.someone_named writes it
    texts = [*_case_texts(split=True), "You decide to go, Ana", "and YOU SAY no", "x, Ana; Bo"]
    second = impersonation._SECOND_PERSON
    seen = 0
    for text in texts:
        plain = [(m.span(), m.groupdict()) for m in second.regex.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in second.finditer(text)] == plain, text
        assert [m.span() for m in plain_capital.finditer(text)] == [
            m.span() for m in re.finditer(capital, text)], text
        seen += bool(plain)
    assert seen
