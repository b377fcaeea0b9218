"""A beat-for-beat retelling in other words is repetition; a new scene of the
same length in the same place is not. Cases written for this file."""

from __future__ import annotations

import pytest

from bot.engine.guards.paraphrase import aligned_similarity, retells
from bot.engine.guards.text import STOPWORDS

EARLIER = ("The caravan halts at the dry well as the sun sinks behind the dunes. "
           "A camel groans and kneels in the sand. "
           "Far off, a lone rider watches from the ridge, then turns away.")

RETOLD = ("With the light failing over the sand, the wagons pull up at the empty well. "
          "One of the camels bellows and folds onto its knees. "
          "Up on the ridge a single rider looks on, then wheels about and is gone.")

NEW_BEAT = ("Night comes quickly to the well. The drivers light a small fire of dung "
            "and thornwood. Somewhere beyond the tents, a jackal starts to laugh.")

# One striking image carried into a new moment: a callback, not a retelling.
CALLBACK = ("A day on, the caravan halts again at a dry well as the sun sinks behind the dunes. "
            "This time the drivers dig, and a spade strikes something that rings like bronze.")


def test_retelling_aligns_sentence_by_sentence() -> None:
    assert aligned_similarity(RETOLD, EARLIER, STOPWORDS) > aligned_similarity(
        NEW_BEAT, EARLIER, STOPWORDS)


@pytest.mark.parametrize(
    ("text", "expected"), [(RETOLD, True), (NEW_BEAT, False), (CALLBACK, False)])
def test_retells(text: str, expected: bool) -> None:
    assert retells(text, [EARLIER], STOPWORDS) is expected
