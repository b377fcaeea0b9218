"""Safety tools' text rules: does a narration cross one of the table's lines, and what
was a withdrawn narration about (to steer the next one away without quoting it).

A line is a word or a short phrase ("spiders", "harm to children"). A narration
crosses it when one of its sentences holds every content word of the line as a
whole word, compared by stem in the narration's language (and in English, the
language lines are most often written in): "spiders" catches "Spider" and
"arañas" catches "araña", but "cat" never fires inside "scattered". Accents and
case never matter. Like the secrets check, it errs on the eager side: a false alarm
costs one regeneration.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from bot.engine.memory.stemming import content_words, language_of, stem, words

MAX_LINE_CHARS = 200
MAX_ENTRIES = 50  # lines, or veils, per campaign: a prompt budget, not a moral limit

_SENTENCE_END = re.compile(r"(?<=[.!?…;:])\s+|\n+")


def clean_entry(text: str) -> str:
    """A line or veil as stored: spaces collapsed; ValueError with a short reason."""
    entry = " ".join(text.split())
    if not entry:
        raise ValueError("the line is empty")
    if len(entry) > MAX_LINE_CHARS:
        raise ValueError(f"keep it under {MAX_LINE_CHARS} characters")
    if not words(entry):
        raise ValueError("the line needs at least one word")
    return entry


def _line_words(line: str, language: str) -> list[str]:
    """The words a line is about; a line made only of short or common words keeps them."""
    return content_words(line, language) or words(line)


def _stems(items: Iterable[str], language: str) -> frozenset[str]:
    return frozenset(stem(w, language) for w in items)


def crossed_lines(text: str, lines: Sequence[str]) -> list[int]:
    """Indexes of the `lines` that `text` crosses (in order, each once)."""
    if not lines or not text.strip():
        return []
    languages = dict.fromkeys([language_of(text), "english"])  # ordered, no repeat
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    sentence_words = [words(s) for s in sentences]
    crossed = []
    for index, line in enumerate(lines):
        for language in languages:
            wanted = _stems(_line_words(line, language), language)
            if wanted and any(wanted <= _stems(ws, language) for ws in sentence_words):
                crossed.append(index)
                break
    return crossed


def topic_of(text: str, *, exclude: Iterable[str] = (), limit: int = 6) -> list[str]:
    """What a text is about, as a few of its content words (most repeated first, then in
    order of appearance): enough to steer away from it without quoting a sentence."""
    language = language_of(text)
    left_out = {stem(w, language) for name in exclude for w in words(name)}
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for word in content_words(text, language):
        key = stem(word, language)
        if key in left_out:
            continue
        counts[key] += 1
        shown.setdefault(key, word)
    order = list(shown)
    ranked = sorted(order, key=lambda k: (-counts[k], order.index(k)))
    return [shown[k] for k in ranked[:limit]]


def steer_away_note(topic: Sequence[str]) -> str:
    """The hidden direction for the narration after an X-card."""
    about = ", ".join(topic) if topic else "the content of the withdrawn narration"
    return (
        f"Steer away from: {about}. A player withdrew the last narration with the X-card: "
        "take the story in another direction, never return to that content, and never "
        "mention that anything was withdrawn or who might have asked."
    )
