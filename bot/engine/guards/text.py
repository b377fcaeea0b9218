"""Text helpers shared by the guards: sentences, quotes, GM notes, tokens.

Every helper keeps character offsets into the original narration, so a guard
can report exactly which span offended and the trimmer can cut before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.engine.stopwords import FUNCTION_WORDS

Span = tuple[int, int]

# Double quotes (straight, curly, German „…“), guillemets and CJK brackets; never single quotes,
# which are mostly apostrophes. Single-quoted dialogue is found separately.
_DOUBLE_QUOTE = re.compile(
    r'"[^"\n]*(?:"|$)|„[^“”"\n]*(?:[“”"]|$)|“[^”\n]*(?:”|$)|«[^»\n]*(?:»|$)|»[^«\n]*(?:«|$)'
    r"|「[^」\n]*(?:」|$)|『[^』\n]*(?:』|$)",
    re.MULTILINE,
)
# 'Dialogue like this,' she said. The opening mark follows a non-word
# character and the closing one is not followed by a letter, so "Ana's" and
# "the guards' horses" are not taken for quotes.
# (The look-behind follows the opening mark, so the pattern opens on the mark and re
# skips straight to one; it still looks at the character before the mark.)
_SINGLE_QUOTE = re.compile(r"['‘](?<![\w’'].)(?=[A-Za-z])[^\n]{1,400}?[\w.,!?…—-]['’](?![A-Za-z])")
# Out-of-character notes a GM (or the narrator speaking as GM) may add.
_GM_NOTE = re.compile(
    r"\(\((?:[^()]|\([^()]*\))*\)\)|\[(?:GM|OOC)\b[^\]\n]*\]|\((?:GM|OOC)\s*:[^()\n]*\)"
    r"|（（[^（）]*））|（(?:GM|OOC)\s*[:：][^（）\n]*）",
    re.IGNORECASE,
)

# `[.!?…]+["”“’'»)\]*_」』]*(?=\s|$)|[。！？]+[」』”"]?|\n+`, its first character taken
# before the alternatives (each then checks which it was), so re skips straight to one.
# A title's full stop ("Mr. Gubbins", "Dr. Vance") ends no sentence.
_TITLES = ("Mr", "Mrs", "Ms", "Dr", "St", "Mme", "Mlle", "Prof", "Capt", "Sgt", "Lt", "Col",
           "Gen", "Sr", "Jr", "Hr", "Fr", "Sra", "Sto", "Sta")
_NOT_A_TITLE = "".join(rf"(?<!\b{t}\.)" for t in _TITLES)
_SENTENCE_END = re.compile(r"[.!?…。！？\n]" + _NOT_A_TITLE
                           + r"""(?:(?<=[.!?…])[.!?…]*["”“’'»«)\]*_」』]*(?=\s|$)"""
                           r"""|(?<=[。！？])[。！？]*[」』”"]?|(?<=\n)\n*)""")

STOPWORDS = FUNCTION_WORDS["english"]  # the shared list (bot/engine/stopwords.py)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def quote_spans(text: str) -> list[Span]:
    """Spans of quoted dialogue (including the marks), in order."""
    return list(_quote_spans(text))


@lru_cache(maxsize=256)  # every guard asks for the same narration's quotes
def _quote_spans(text: str) -> tuple[Span, ...]:
    spans = [(m.start(), m.end()) for m in _DOUBLE_QUOTE.finditer(text)]
    masked = mask(text, spans)
    spans += [(m.start(), m.end()) for m in _SINGLE_QUOTE.finditer(masked)]
    spans += _dash_dialogue(mask(text, spans))
    return tuple(sorted(spans))


_DASH_LINE = re.compile(r"^[ \t]*[—–―][^\n]*", re.MULTILINE)
_DASH = re.compile(r"[—–―]")


# Dialogue may also open mid-line, after the narrator's sentence: "Kelner rozkłada
# ręce. — Niestety, proszę pani…"
_MID_DASH_LINE = re.compile(r"(?<=[.!?…]\s)[—–―](?=\s)[^\n]*")


def _dash_dialogue(text: str) -> list[Span]:
    """The spoken parts of a line opened by a dash, the dialogue of Polish, Russian,
    French, Spanish…: "— Dziękuję — powiedziała Marta. — Do jutra." Dashes alternate
    between a line spoken and the narrator's words about it."""
    spans = []
    opened = list(_DASH_LINE.finditer(text))
    starts = {text.rfind("\n", 0, m.start()) for m in opened}
    opened += [m for m in _MID_DASH_LINE.finditer(text)
               if text.rfind("\n", 0, m.start()) not in starts]
    for line in opened:
        dashes = [m.start() for m in _DASH.finditer(text, line.start(), line.end())]
        for opening, closing in zip(dashes[::2], [*dashes[1::2], line.end()], strict=False):
            spans.append((opening, closing))
    return spans


def gm_note_spans(text: str) -> list[Span]:
    """Spans of ((GM: …)) / [OOC …] notes."""
    return [(m.start(), m.end()) for m in _GM_NOTE.finditer(text)]


_OPTION_LINE = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[A-D][)]|[①-⑳])[^\n]*", re.MULTILINE)


def option_spans(text: str) -> list[Span]:
    """Numbered lines of a menu of what could happen next ("1. Ana opens the door"):
    options offered, not things the narration makes anyone do. Two at least."""
    lines = [(m.start(), m.end()) for m in _OPTION_LINE.finditer(text)]
    return lines if len(lines) >= 2 else []


@dataclass(frozen=True)
class Narration:
    """What the impersonation guards read: the narrator's own words, with quoted
    dialogue, GM notes and menus of options blanked out (offsets kept)."""

    quotes: list[Span]
    notes: list[Span]  # GM notes and option menus
    blank: str


@lru_cache(maxsize=64)  # both impersonation guards read the same narration
def narration_only(text: str) -> Narration:
    quotes = quote_spans(text)
    notes = gm_note_spans(text) + option_spans(text)
    return Narration(quotes, notes, mask(text, quotes + notes))


def mask(text: str, spans: list[Span], fill: str = " ") -> str:
    """Blank out the given spans, keeping length (so offsets stay valid)."""
    pieces = []
    done = 0  # the text before this offset is written (spans may overlap)
    for start, end in sorted(spans):
        start, end = max(start, done), min(end, len(text))
        if start >= end:
            continue
        lines = text[start:end].split("\n")  # line breaks stay
        pieces += [text[done:start], "\n".join(fill * len(line) for line in lines)]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def inside(position: int, spans: list[Span]) -> bool:
    return any(start <= position < end for start, end in spans)


def sentences(text: str) -> list[Sentence]:
    """Split into sentences; quoted dialogue never splits a sentence early.

    Sentence ends inside quotes (`"Stop. Now."`) are ignored unless the quote
    itself closes the sentence, so a quote and its attribution stay together.
    """
    return list(_sentences(text))


@lru_cache(maxsize=256)  # every guard splits the same narration
def _sentences(text: str) -> tuple[Sentence, ...]:
    quotes = quote_spans(text)
    result: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group().startswith("\n"):
            end = match.start()
        elif inside(match.start(), quotes) and not _quote_closes_sentence(text, match, quotes):
            continue
        _append(result, text, start, end)
        start = match.end()
    _append(result, text, start, len(text))
    return tuple(result)


def _quote_closes_sentence(text: str, match: re.Match[str], quotes: list[Span]) -> bool:
    """A stop inside a quote ends the sentence only when the quote ends there
    and no lowercase attribution (`," she said`) follows."""
    for q_start, q_end in quotes:
        if q_start <= match.start() < q_end:
            if match.end() < q_end - 1:
                return False
            rest = text[q_end : q_end + 3].lstrip(" ")
            return not rest or not rest[0].islower()
    return True


def _append(result: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    offset = start + (len(chunk) - len(chunk.lstrip()))
    result.append(Sentence(offset, offset + len(stripped), stripped))


COLON_REACH = 90  # characters before a colon in which a speaker's name may stand


def colon_windows(text: str) -> list[Span]:
    """Stretches of text ending at each colon, where a script line's "Name:" can be.

    Script-line patterns run only there (as `pattern.finditer(text, start, end)`, so
    `^` and look-behinds still see the real text): most narrations have few colons.
    """
    windows: list[Span] = []
    for match in re.finditer(r"[:：]", text):
        start = max(0, match.start() - COLON_REACH)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], match.end() + 1)
        else:
            windows.append((start, match.end() + 1))
    return windows


def words(text: str) -> list[str]:
    return _WORD.findall(text)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem: lowercase, drop common endings, keep at most 6 letters.

    Enough for "shadows/shadowed/shadowy" to meet, which is all the
    repetition guard needs; it never has to be a real word.
    """
    w = word.lower().replace("’", "'")
    w = w.split("'")[0]
    for suffix in ("ingly", "edly", "ing", "ed", "ies", "es", "ly", "s"):
        if len(w) - len(suffix) >= 3 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    return w[:6]


def up_to_last_sentence(text: str) -> str:
    """`text` without its unfinished last sentence ("" when no sentence is finished)."""
    kept = [s for s in sentences(text) if is_complete_sentence(s.text)]
    return text[: kept[-1].end].strip() if kept else ""


def is_complete_sentence(text: str) -> bool:
    return bool(re.search(r"""[.!?…。！？]["”“’'»)\]*_」』]*\s*$""", text.strip()))
