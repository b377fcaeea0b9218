"""What a typed line is, and how a streamed narration is laid out in rows."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.console.parsing import (
    Command,
    Said,
    Seat,
    TableTalk,
    Unknown,
    Unseated,
    classify,
)
from bot.console.sink import settled_rows, wrap_rows

SEATS = [Seat("Ana", "Ana"), Seat("Bo", "Bram"), Seat("Cy", "Cy")]


def test_lines_are_told_apart() -> None:
    assert classify("/help", SEATS) == Command("/help")
    assert classify(" /QUIT ", SEATS) == Command("/quit")
    assert classify("((brb))", SEATS) == TableTalk(None, "((brb))")
    assert classify("// rules: who rolls?", SEATS) == TableTalk(None, "// rules: who rolls?")
    assert classify("Bram: I duck.", SEATS) == Said(SEATS[1], "I duck.")
    assert classify("ana: ((brb))", SEATS) == Said(SEATS[0], "((brb))")
    assert classify("Zed: I sneak in.", SEATS) == Unseated("Zed")
    assert classify("/help: me", SEATS) == Unknown("/help: me")
    assert classify("I open the door", SEATS) == Unknown("I open the door")
    # A sentence that happens to hold a colon names nobody.
    assert classify("the sign says: keep out", SEATS) == Unknown("the sign says: keep out")


words = st.lists(st.text(alphabet="abcdefghij", min_size=1, max_size=40), min_size=1,
                 max_size=60)


@given(words, st.sampled_from([" ", "\n", "\n\n"]), st.integers(min_value=20, max_value=90))
def test_settled_rows_only_grow_and_end_as_the_final_layout(
    chosen: list[str], separator: str, width: int
) -> None:
    text = " ".join(chosen[: len(chosen) // 2]) + separator + " ".join(chosen[len(chosen) // 2:])
    shown: list[str] = []
    for end in range(1, len(text) + 1):
        rows = settled_rows(text[:end], width)
        assert rows[: len(shown)] == shown  # a row once drawn is never redrawn
        shown = rows
    final = wrap_rows(text, width)
    assert final[: len(shown)] == shown
    assert all(len(row) <= width for row in final)
