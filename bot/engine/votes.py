"""Counting the players' votes between versions of a narration (pure: no I/O, no clock).

A version wins outright with a majority of the seated players. When every seated
player has voted, or the deadline has passed, the most voted version wins; a tie goes
to the GM's vote when it names one of the tied versions. With everyone voted and no GM
word yet, the tie waits for the GM until the deadline, which picks the version shown last.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Ballot:
    votes: Mapping[str, int]  # seated player id → version index
    seated: Collection[str]
    versions: int
    shown: int  # the version the message shows now
    gm_vote: int | None = None


def counts(ballot: Ballot) -> Counter[int]:
    """Valid votes per version: only seated players, only versions that exist."""
    seated = set(ballot.seated)
    return Counter(
        index for voter, index in ballot.votes.items()
        if voter in seated and 0 <= index < ballot.versions
    )


def decide(ballot: Ballot, *, deadline_passed: bool) -> int | None:
    """The chosen version, or None while the vote stays open."""
    tally = counts(ballot)
    top = max(tally.values(), default=0)
    leaders = sorted(index for index, n in tally.items() if n == top)
    if len(leaders) == 1 and top > len(set(ballot.seated)) // 2:
        return leaders[0]
    everyone = set(ballot.seated) <= set(ballot.votes)
    if not (everyone or deadline_passed):
        return None
    if len(leaders) == 1:
        return leaders[0]
    tied = leaders or list(range(ballot.versions))
    if ballot.gm_vote is not None and ballot.gm_vote in tied:
        return ballot.gm_vote
    if not deadline_passed:
        return None  # a tie with everyone voted: the GM breaks it, or the deadline does
    return ballot.shown if ballot.shown in tied else tied[-1]
