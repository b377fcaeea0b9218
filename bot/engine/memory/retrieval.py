"""Choosing what to look up, and what of the results fits the prompt.

The query comes from the current round's actions (one search each) and, when
nobody acted, the last narration: distinctive words, stop words dropped, and
adjacent pairs of them ("copper compass"), which are far rarer than either
word. The search work is bounded whatever the campaign's size: the store
reads at most a fixed number of the newest matches of each phrase (never a
ranking over every match: FTS5's bm25() scans the whole doclist of every
phrase to weigh it), the rarest phrases' rows become the candidates, and they
are ranked here by the inverse frequency of the phrases they hold. Results
from posts and summaries are fused by reciprocal rank, rendered as one line
each, and kept while they fit the token budget.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.engine.memory.stemming import fold, stem, unelide
from bot.engine.memory.stemming import stems as content_stems
from bot.engine.stopwords import guess_language, noise

CountTokens = Callable[[str], int]

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
_PLAIN_WORD = re.compile(r"[^\W_]+")


def query_terms(
    round_texts: Sequence[str], context_texts: Sequence[str] = (), *, max_terms: int = 12
) -> list[str]:
    """Distinctive words to search for: the round's first, then the context's."""
    terms: list[str] = []
    seen: set[str] = set()
    for text in [*round_texts, *context_texts]:
        stop = noise(guess_language(_tokens(text)))  # the text's own stop words only
        for match in _WORD.finditer(text):
            word = unelide(match.group(0).casefold()).replace("'", "")
            if len(word) < 3 or word in stop or word.isdigit() or word in seen:
                continue
            seen.add(word)
            terms.append(word)
    # Longer words first within each source tend to be the rarer, telling ones.
    round_count = sum(1 for t in terms if any(t in r.casefold() for r in round_texts))
    head = sorted(terms[:round_count], key=len, reverse=True)
    tail = sorted(terms[round_count:], key=len, reverse=True)
    return (head + tail)[:max_terms]


@lru_cache(maxsize=4096)  # the same window posts are compared on every turn
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(unelide(m.group(0).casefold()).replace("'", "") for m in _WORD.finditer(text))


def _useful(word: str, stop: frozenset[str]) -> bool:
    return len(word) >= 3 and word not in stop and not word.isdigit()


def phrase_pairs(text: str, *, max_pairs: int = 6) -> list[str]:
    """Adjacent pairs of telling words ("copper compass"): far rarer than either word."""
    words = _tokens(text)
    stop = noise(guess_language(words))
    pairs: list[str] = []
    for first, second in itertools.pairwise(words):
        pair = f"{first} {second}"
        if _useful(first, stop) and _useful(second, stop) and pair not in pairs:
            pairs.append(pair)
    return pairs[:max_pairs]


@dataclass(frozen=True)
class RecallQuery:
    """One search: `seeds` pick the candidate rows (the action's word pairs, or its words
    when it has no pair); every phrase (seeds and words) then weighs in their ranking."""

    action: str  # the text searched for ("" for the fallback on the last narration)
    seeds: tuple[str, ...]
    words: tuple[str, ...]
    language: str = "english"  # the action's, for stemming it and the rows alike

    @property
    def phrases(self) -> tuple[str, ...]:
        return self.seeds + tuple(w for w in self.words if w not in self.seeds)


def recall_query(text: str, *, max_terms: int = 8) -> RecallQuery | None:
    """The search for one action; None when it holds no telling word."""
    words = tuple(query_terms([text], max_terms=max_terms))
    if not words:
        return None
    language = guess_language(_tokens(text))
    return RecallQuery(text, tuple(phrase_pairs(text)) or words, words, language)


def round_queries(
    actions: Sequence[str], context: Sequence[str], *, max_queries: int = 4
) -> list[RecallQuery]:
    """One search per action (each player's intent on its own), or the context's words."""
    queries = [q for q in (recall_query(a) for a in actions[:max_queries]) if q is not None]
    if not queries and context:
        words = tuple(query_terms(context[-1:], max_terms=8))
        queries = [RecallQuery("", words, words)] if words else []
    return queries


@dataclass(frozen=True)
class PhraseMatches:
    """What the store saw of one phrase: at most `cap + 1` of its newest matches."""

    rowids: tuple[int, ...]  # the campaign's rows among those seen, newest first
    seen: int  # matches looked at in every campaign
    complete: bool  # `seen` is every match: a row not in `rowids` lacks the phrase

    @property
    def frequency(self) -> int:
        return max(1, self.seen)


def pick_candidates(
    query: RecallQuery, matches: Mapping[str, PhraseMatches], budget: int
) -> list[int]:
    """Rows of the rarest seeds first, at most `budget`: a seed found in few rows is telling;
    one found in thousands is noise whose newest rows only fill what is left."""
    picked: dict[int, None] = {}
    for seed in sorted(query.seeds, key=lambda s: matches[s].frequency):
        for rowid in matches[seed].rowids:
            if len(picked) >= budget:
                return list(picked)
            picked.setdefault(rowid)
    return list(picked)


def _stems(text: str, language: str = "english") -> list[str]:
    """Snowball stems of the text's words in `language` ("looking" → "look")."""
    return [stem(w, language) for w in _PLAIN_WORD.findall(text.casefold().replace("'", ""))]


# A row holds a stem when one of its words starts with it: a regular expression over the
# row's folded text, far cheaper than stemming every word of every candidate.
@lru_cache(maxsize=8192)
def folded(text: str) -> str:
    low = text.casefold()
    return low if low.isascii() else fold(low)


@lru_cache(maxsize=4096)
def word_pattern(*stems: str) -> re.Pattern[str]:
    """Words starting with each stem in turn, adjacent ("jade compa" → "jade compass")."""
    return re.compile(r"(?<!\w)" + r"\w*\W+".join(re.escape(s) for s in stems))


StemPatterns = list[tuple[str, re.Pattern[str]]]


def stem_patterns(stems: Iterable[str]) -> StemPatterns:
    """Each stem with the pattern of a word starting with it (see `shared_stems`)."""
    return [(s, word_pattern(s)) for s in stems]


def _word_starts(row: str, stem: str) -> Iterator[int]:
    """Where words of `row` start with `stem`."""
    at = row.find(stem)
    while at >= 0:
        # `\w` as `re` reads it in a str pattern: alphanumeric, or the underscore.
        if at == 0 or not (row[at - 1].isalnum() or row[at - 1] == "_"):
            yield at
        at = row.find(stem, at + 1)


@lru_cache(maxsize=4096)
def _pair_pattern(first: str, second: str) -> re.Pattern[str]:
    """`word_pattern(first, second)` without its leading look-behind: a pattern that starts
    with a literal is searched for in C at the literal's occurrences only."""
    return re.compile(re.escape(first) + r"\w*\W+" + re.escape(second))


def starts_a_word(row: str, stem: str) -> bool:
    """Whether a word of `row` starts with `stem`: what `word_pattern(stem)` finds, by
    `str.find` (a regular expression's search costs several times more, and a turn's
    recall asks this of every candidate row for every stem)."""
    return next(_word_starts(row, stem), None) is not None


def starts_word_pair(row: str, first: str, second: str) -> bool:
    """Whether adjacent words of `row` start with `first` and `second`: what
    `word_pattern(first, second)` finds (whether a match may start somewhere depends on
    that place alone, so the look-behind is checked on each match found)."""
    pattern = _pair_pattern(first, second)
    found = pattern.search(row)
    while found is not None:
        at = found.start()
        if at == 0 or not (row[at - 1].isalnum() or row[at - 1] == "_"):
            return True
        found = pattern.search(row, at + 1)
    return False


def shared_stems(row: str, patterns: StemPatterns) -> int:
    """How many of the stems start a word of `row` (folded)."""
    return sum(1 for s, _ in patterns if starts_a_word(row, s))


def rank_candidates(
    query: RecallQuery, rows: Sequence[tuple[int, str]], matches: Mapping[str, PhraseMatches],
    total: int,
) -> list[tuple[int, float]]:
    """(rowid, score) best first: the summed inverse frequency of the phrases a row holds.

    Whether a row holds a seed is exact when every match of it was seen; otherwise (other
    words, common seeds) it is a crude five-letter-stem check.
    """
    exact: list[tuple[set[int], float]] = []
    words: list[tuple[str, float]] = []  # one stem: a word starting with it
    pairs: list[tuple[str, str, float]] = []  # two: adjacent words starting with them
    for phrase in query.phrases:
        seen = matches[phrase]
        weight = math.log(1 + max(total, 1) / seen.frequency)
        stems = _stems(phrase, query.language)
        if seen.complete:
            exact.append((set(seen.rowids), weight))
        elif len(stems) == 1:
            words.append((stems[0], weight))
        elif stems:
            pairs.append((stems[0], stems[1], weight))
    scored: list[tuple[float, int]] = []
    for rowid, text in rows:
        row = folded(text)
        score = sum(w for ids, w in exact if rowid in ids)
        score += sum(w for stem, w in words if starts_a_word(row, stem))
        # The substring test first: most rows lack one of the stems, and `in` is cheap.
        score += sum(w for first, second, w in pairs
                     if second in row and starts_word_pair(row, first, second))
        scored.append((score, rowid))
    scored.sort(key=lambda item: (-item[0], -item[1]))  # ties: the newer row
    return [(rowid, score) for score, rowid in scored]


def _word_sets(text: str) -> frozenset[str]:
    return frozenset(_tokens(text))


def _echoes(theirs: frozenset[str], mine: frozenset[str], threshold: float = 0.6) -> bool:
    """True when a past post is nearly the action itself (the same request made before):
    it shares the action's words but adds nothing the narrator needs to recall."""
    if not mine or not theirs:
        return False
    return len(mine & theirs) / len(mine | theirs) >= threshold


def rerank(found: Sequence[Found], action: str, *, keep: int = 6) -> list[Found]:
    """The search's order, refined: drop echoes of the action, then rows holding more of
    the action's content words first (on their stems, in the action's language)."""
    language = guess_language(_tokens(action))
    patterns = stem_patterns(content_stems(action, language))
    mine = _word_sets(action)
    kept = [f for f in found if not _echoes(_word_sets(f.text), mine)]
    # A question asked before holds no answer (the narration after it does): last.
    return sorted(kept, key=lambda f: (f.text.rstrip().endswith("?"),
                                       -shared_stems(folded(f.text), patterns)))[:keep]


def fts_query(terms: Sequence[str]) -> str:
    """An FTS5 MATCH expression for any of `terms`; quoting each makes it never a syntax error."""
    return " OR ".join('"' + term.replace('"', "") + '"' for term in terms if term)


@dataclass(frozen=True)
class Found:
    """One retrieved post or summary, best first within its source."""

    key: str  # "post:12", "summary:3": for de-duplication
    text: str
    label: str  # "round 12, Mira" / "an earlier chapter"
    order: int  # position in the story, to print the kept ones chronologically


def fuse(*ranked: Sequence[Found], k: int = 60,
         weights: Sequence[float] = ()) -> list[Found]:
    """Reciprocal-rank fusion of several best-first lists (each weighted, 1 by default)."""
    scores: dict[str, float] = {}
    items: dict[str, Found] = {}
    for n, results in enumerate(ranked):
        weight = weights[n] if n < len(weights) else 1.0
        for rank, found in enumerate(results):
            scores[found.key] = scores.get(found.key, 0.0) + weight / (k + rank + 1)
            items.setdefault(found.key, found)
    return [items[key] for key in sorted(scores, key=lambda key: -scores[key])]


def render_found(found: Found, max_tokens: int, count: CountTokens) -> str:
    from bot.engine.prompt import truncate_to_tokens

    return f"- ({found.label}) " + truncate_to_tokens(found.text, max_tokens, count)


def budget_found(
    found: Sequence[Found], budget: int, count: CountTokens, *, per_item: int = 120,
    heading: str = "# Earlier in the story (recalled)",
) -> str:
    """The best results that fit `budget` tokens (heading included), in story order."""
    if budget <= 0 or not found:
        return ""
    used = count(heading) + 1
    kept: list[tuple[int, str]] = []
    for item in found:
        line = render_found(item, per_item, count)
        size = count(line) + 1
        if used + size > budget:
            continue
        kept.append((item.order, line))
        used += size
    if not kept:
        return ""
    return "\n".join([heading, *(line for _, line in sorted(kept))])
