"""Choosing what to look up, and what of the results fits the prompt.

The query comes from the current round's actions (most weight) and the last
narration: distinctive words, stop words dropped, as an FTS5 OR-query (BM25
then ranks rows with more of the rarer words first). The results from posts
and summaries are fused by reciprocal rank, rendered as one line each, and
kept while they fit the token budget.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

CountTokens = Callable[[str], int]

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just let me more most my myself no nor not now of off on once only or other our
    ours out over own same she should so some such than that the their theirs them then there
    these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours yourself yourselves also back get got go
    goes going into like look looks make made one onto say says said see sees take takes tell
    toward towards upon well yes yet still ask asks asked us shall may might must try tries
    again away around off round turn turns want wants know knows think near beneath beside
    behind across along among inside outside within beyond""".split()
)


def query_terms(
    round_texts: Sequence[str], context_texts: Sequence[str] = (), *, max_terms: int = 12
) -> list[str]:
    """Distinctive words to search for: the round's first, then the context's."""
    terms: list[str] = []
    seen: set[str] = set()
    for text in [*round_texts, *context_texts]:
        for match in _WORD.finditer(text):
            word = match.group(0).casefold().replace("'", "")
            if len(word) < 3 or word in STOPWORDS or word.isdigit() or word in seen:
                continue
            seen.add(word)
            terms.append(word)
    # Longer words first within each source tend to be the rarer, telling ones.
    round_count = sum(1 for t in terms if any(t in r.casefold() for r in round_texts))
    head = sorted(terms[:round_count], key=len, reverse=True)
    tail = sorted(terms[round_count:], key=len, reverse=True)
    return (head + tail)[:max_terms]


def _tokens(text: str) -> list[str]:
    return [m.group(0).casefold().replace("'", "") for m in _WORD.finditer(text)]


def _useful(word: str) -> bool:
    return len(word) >= 3 and word not in STOPWORDS and not word.isdigit()


def phrase_pairs(text: str, *, max_pairs: int = 6) -> list[str]:
    """Adjacent pairs of telling words ("copper compass"): far rarer than either word."""
    words = _tokens(text)
    pairs: list[str] = []
    for first, second in itertools.pairwise(words):
        pair = f"{first} {second}"
        if _useful(first) and _useful(second) and pair not in pairs:
            pairs.append(pair)
    return pairs[:max_pairs]


def action_query(text: str, context: Sequence[str] = (), *, max_terms: int = 8) -> str:
    """The FTS5 expression for one action: rows holding one of its word pairs, ranked by
    all its words; only its words when it has no pair.

    Requiring a pair keeps the rows BM25 must score few even in a long campaign whose
    words all recur; the words then rank the rows that also share the action's names.
    """
    terms = fts_query(query_terms([text], context, max_terms=max_terms))
    pairs = phrase_pairs(text)
    if not pairs or not terms:
        return terms
    return f"({fts_query(pairs)}) AND ({terms})"


def round_queries(
    actions: Sequence[str], context: Sequence[str], *, max_queries: int = 4
) -> list[str]:
    """One query per action (each player's intent searched on its own), or the context's."""
    queries = [q for q in (action_query(a) for a in actions[:max_queries]) if q]
    if not queries and context:
        fallback = fts_query(query_terms(context[-1:], max_terms=8))
        queries = [fallback] if fallback else []
    return queries


def echoes(candidate: str, action: str, *, threshold: float = 0.6) -> bool:
    """True when a past post is nearly the action itself (the same request made before):
    it shares the action's words but adds nothing the narrator needs to recall."""
    mine, theirs = set(_tokens(action)), set(_tokens(candidate))
    if not mine or not theirs:
        return False
    return len(mine & theirs) / len(mine | theirs) >= threshold


def coverage(text: str, terms: Sequence[str]) -> int:
    """How many of `terms` the text holds, on a crude stem: the first five letters, or a
    whole four-letter word ("look" covers "looking")."""
    words = {w for w in _tokens(text) if len(w) >= 3}
    stems = {w[:5] for w in words}
    return sum(1 for t in terms if t[:5] in stems or t[:4] in words)


def rerank(found: Sequence[Found], action: str, *, keep: int = 6) -> list[Found]:
    """BM25's order, refined: drop echoes of the action, then rows holding more of the
    action's words first (BM25's length penalty otherwise favours short, vaguer rows)."""
    terms = query_terms([action], max_terms=12)
    kept = [f for f in found if not echoes(f.text, action)]
    return sorted(kept, key=lambda f: -coverage(f.text, terms))[:keep]


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


def fuse(*ranked: Sequence[Found], k: int = 60) -> list[Found]:
    """Reciprocal-rank fusion of several best-first lists."""
    scores: dict[str, float] = {}
    items: dict[str, Found] = {}
    for results in ranked:
        for rank, found in enumerate(results):
            scores[found.key] = scores.get(found.key, 0.0) + 1.0 / (k + rank + 1)
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
