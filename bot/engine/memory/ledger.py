"""The ledger of salient details: what the story established, chosen without the question.

Recall finds old posts through the words of the current round, so a question in other
words ("the lad who minds our animals") misses the post that named the stable boy. The
ledger does not read the question. It keeps the sentences that carry the most
information for this campaign: the ones made of terms its other posts rarely use
(a name said once, a sum, a password, a hiding place), weighted up when a term is a
proper name, a number or a quoted phrase. Everyday words and words the story keeps
repeating weigh nothing, so hundreds of routine lines never crowd out one specific one.
A question weighs half (it asks about a detail; it tells none), and a sentence said again
with only other names or numbers shares its score among its repeats.

Pure: the service feeds posts in and out (`TermCounts`), and renders the best units
that fit a token budget with the round they came from.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from bot.engine.memory.entities import entity_keys
from bot.engine.memory.stemming import content_words, language_of, stem

CountTokens = Callable[[str], int]

# A sentence ends at . ! ? … followed by a space (quotes and brackets may close first).
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+")
# An English possessive ("Briggs's", "Tobin’s"): the name's own word, not a new rare one.
_POSSESSIVE = re.compile(r"(?<=[^\W_])['’]s\b")
# Short posts stay whole: a player's action is one or two sentences about one thing.
WHOLE_POST_CHARS = 240
# A unit longer than this is cut at a word boundary when rendered.
MAX_UNIT_CHARS = 320
# How much more a name, number or quoted phrase tells than a rare common word.
MARKED_WEIGHT = 1.6
# Only a unit's strongest terms count, so a long sentence is not worth more for its length.
TERMS_COUNTED = 4
# A question establishes nothing ("where did you bury the compass?"): it asks about a detail
# told elsewhere, in words as rare as the telling's, and would crowd the telling out.
QUESTION_WEIGHT = 0.5
_CLOSERS = "\"'”’»)] "


@dataclass(frozen=True)
class Unit:
    """A sentence (or a whole short post) the ledger may show."""

    post_id: int
    scene_id: int
    seq: int
    round_no: int
    speaker: str
    part: int  # the sentence's place in its post
    text: str
    terms: frozenset[str]
    marked: frozenset[str]  # the terms that are names, numbers or quoted phrases
    question: bool = False  # every sentence of it asks
    shape: str = ""  # its words less names and numbers (see `shape_of`); "" when none


def shape_of(sentence: str, language: str, keys: frozenset[str]) -> str:
    """The sentence's everyday words, without its names and numbers: "I laugh at Tor's
    joke" and "I laugh at Mira's joke" have one shape. How many posts say a shape is how
    routine the sentence is, however rare its words."""
    lower = " ".join(t for t in sentence.split() if t[:1].islower())
    found = {stem(w, language) for w in content_words(lower, language)} - keys
    # Hashed: a campaign's counts hold one shape per sentence, and only equality matters.
    return f"~{hash(tuple(sorted(found))):x}" if found else ""


def is_question(text: str) -> bool:
    """Whether every sentence of the text is a question."""
    parts = [p.rstrip(_CLOSERS) for p in _SENTENCE_END.split(text.strip()) if p.strip()]
    return bool(parts) and all(p.endswith("?") for p in parts)


def sentences(text: str) -> list[str]:
    """The text's sentences, or the whole text when it is short."""
    text = " ".join(text.split())
    if len(text) <= WHOLE_POST_CHARS:
        return [text] if text else []
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def units_of(
    *, post_id: int, scene_id: int, seq: int, round_no: int, speaker: str, text: str
) -> list[Unit]:
    """The post cut into units, each with its terms (stems, names, numbers, quotes)."""
    language = language_of(text)
    found = []
    for part, sentence in enumerate(sentences(text)):
        keys = frozenset(entity_keys(sentence, language))
        # Not `stems()`: its cache keeps the texts recall compares turn after turn, and
        # a whole campaign's sentences passing through would push them out.
        plain = _POSSESSIVE.sub("", sentence)
        terms = frozenset(stem(w, language) for w in content_words(plain, language)) | keys
        if terms:
            found.append(Unit(post_id, scene_id, seq, round_no, speaker, part, sentence,
                              terms, keys, is_question(sentence),
                              shape_of(plain, language, keys)))
    return found


def post_terms(units: Iterable[Unit]) -> frozenset[str]:
    """A post's terms and its sentences' shapes: what its document frequency counts."""
    units = list(units)
    return frozenset().union(*(u.terms for u in units), (u.shape for u in units if u.shape))


class TermCounts:
    """In how many posts of a campaign each term occurs: kept as posts come and go."""

    def __init__(self) -> None:
        self.docs = 0
        self.df: Counter[str] = Counter()

    def add(self, terms: Iterable[str]) -> None:
        self.docs += 1
        self.df.update(set(terms))

    def remove(self, terms: Iterable[str]) -> None:
        self.docs = max(0, self.docs - 1)
        for term in set(terms):
            left = self.df[term] - 1
            if left > 0:
                self.df[term] = left
            else:
                del self.df[term]

    def rare_below(self) -> float:
        """A term in this many posts or more tells nothing: it grows with the campaign
        (√posts), so a word the story keeps using stops counting however rare it began."""
        return max(3.0, math.sqrt(self.docs))

    def weight(self, term: str) -> float:
        """0 for a common term, up to log(rare_below) for one said once."""
        return max(0.0, math.log(self.rare_below() / max(1, self.df[term])))


def score(unit: Unit, counts: TermCounts) -> float:
    """How specific the unit is to this campaign: its strongest terms' rarity, shared
    among the posts that say the same thing with other names or numbers."""
    weights = sorted(
        (counts.weight(t) * (MARKED_WEIGHT if t in unit.marked else 1.0) for t in unit.terms),
        reverse=True,
    )
    said = max(1, counts.df[unit.shape]) if unit.shape else 1
    return sum(weights[:TERMS_COUNTED]) * (QUESTION_WEIGHT if unit.question else 1.0) / said


def ranked(units: Iterable[Unit], counts: TermCounts, limit: int) -> list[Unit]:
    """The `limit` most specific units, best first (ties: the older first)."""
    scored = ((score(u, counts), -u.post_id, u) for u in units)
    best = heapq.nlargest(limit, ((s, k, u) for s, k, u in scored if s > 0),
                          key=lambda t: (t[0], t[1]))
    return [u for _, _, u in best]


def render_line(unit: Unit) -> str:
    text = unit.text
    if len(text) > MAX_UNIT_CHARS:
        text = text[:MAX_UNIT_CHARS].rsplit(" ", 1)[0] + " …"
    who = f" {unit.speaker}" if unit.speaker else ""
    return f"r{unit.round_no}{who}: {text}"


def render(
    best: Sequence[Unit], budget: int, count: CountTokens,
    shown: Callable[[Unit], bool] = lambda unit: False,
) -> str:
    """The best units that fit `budget` tokens, in story order, one line each; a unit
    `shown` elsewhere in the prompt (the history) and repeated texts are left out."""
    chosen: list[Unit] = []
    seen: set[str] = set()
    used = 0
    for unit in best:
        key = " ".join(unit.text.casefold().split())
        if key in seen or shown(unit):
            continue
        size = count(render_line(unit)) + 1
        if used + size > budget:
            continue
        seen.add(key)
        chosen.append(unit)
        used += size
    chosen.sort(key=lambda u: (u.round_no, u.post_id, u.part))
    return "\n".join(render_line(u) for u in chosen)
