"""Recall's word-start test (`starts_a_word`, by `str.find`) finds exactly what the regular
expression it replaced finds, on any text: scripts, digits, underscores, combining marks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.memory.retrieval import (
    PhraseMatches,
    _stems,
    folded,
    rank_candidates,
    recall_query,
    starts_a_word,
    starts_word_pair,
    word_pattern,
)

# Letters of several scripts, digits of several kinds, marks, separators and punctuation.
ALPHABET = "abnd éßſ ΣσΔ жд ١٢² _'-.,!\u0301\u00a0\tª"
texts = st.text(alphabet=ALPHABET, max_size=40)
stems = st.text(alphabet="abndéσжд١²ª", min_size=1, max_size=3)


@settings(max_examples=2000, deadline=None)
@given(texts, stems)
def test_a_word_start_is_found_where_the_pattern_finds_it(row: str, stem: str) -> None:
    assert starts_a_word(row, stem) == bool(word_pattern(stem).search(row))


def test_ranking_scores_words_and_pairs_as_the_patterns_do() -> None:
    query = recall_query("The copper compass lies under the chapel bell.")
    assert query is not None
    rows = [
        (1, "A copper compass, green with age."),
        (2, "Copperware and compasses in a chapel."),
        (3, "The bell-ringer keeps a compass."),
        (4, "Nothing here."),
        (5, "under_the chapel, a compassionate monk"),
    ]
    matches = {p: PhraseMatches((), 500, False) for p in query.phrases}
    scores = dict(rank_candidates(query, rows, matches, 10_000))

    def expected(text: str) -> int:
        """How many phrases the row holds, by the regular expressions ranking used."""
        row = folded(text)
        return sum(1 for p in query.phrases
                   if word_pattern(*_stems(p, query.language)[:2]).search(row))

    weight = scores[1] / expected(rows[0][1])  # every phrase weighs the same here
    for rowid, text in rows:
        assert abs(scores[rowid] - weight * expected(text)) < 1e-9, (rowid, text)
    assert scores[1] > scores[3] > scores[4] == 0


@settings(max_examples=2000, deadline=None)
@given(texts, stems, stems)
def test_a_word_pair_is_found_where_the_pattern_finds_it(row: str, first: str,
                                                         second: str) -> None:
    expected = bool(word_pattern(first, second).search(row))
    assert starts_word_pair(row, first, second) == expected
