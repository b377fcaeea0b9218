"""Counting the players' votes between versions of a narration (bot.engine.votes)."""

from __future__ import annotations

from bot.engine.votes import Ballot, decide

SEATED = ("alice", "bob", "cy")


def ballot(votes: dict[str, int], *, shown: int = 1, gm_vote: int | None = None,
           versions: int = 2) -> Ballot:
    return Ballot(votes=votes, seated=SEATED, versions=versions, shown=shown, gm_vote=gm_vote)


def test_a_majority_of_seated_players_decides_at_once() -> None:
    assert decide(ballot({"alice": 0}), deadline_passed=False) is None
    assert decide(ballot({"alice": 0, "bob": 0}), deadline_passed=False) == 0
    assert decide(ballot({"alice": 1, "cy": 1, "bob": 0}), deadline_passed=False) == 1


def test_votes_of_people_not_seated_or_for_missing_versions_do_not_count() -> None:
    assert decide(ballot({"alice": 0, "mallory": 0, "zed": 0}), deadline_passed=False) is None
    assert decide(ballot({"alice": 5, "bob": 5}), deadline_passed=False) is None


def test_a_tie_waits_for_the_gm_who_breaks_it() -> None:
    tied = {"alice": 0, "bob": 1, "cy": 2}
    assert decide(ballot(tied, versions=3), deadline_passed=False) is None
    assert decide(ballot(tied, versions=3, gm_vote=2), deadline_passed=False) == 2
    # The GM's word breaks a tie only between the tied versions.
    two_one = {"alice": 0, "bob": 0}
    assert decide(ballot(two_one, gm_vote=1), deadline_passed=False) == 0


def test_the_deadline_picks_the_most_voted_and_ties_go_to_the_version_shown() -> None:
    assert decide(ballot({"alice": 0}, shown=1), deadline_passed=True) == 0
    assert decide(ballot({"alice": 0, "bob": 1}, shown=1), deadline_passed=True) == 1
    assert decide(ballot({"alice": 0, "bob": 1}, shown=0), deadline_passed=True) == 0
    assert decide(ballot({}, shown=0), deadline_passed=True) == 0
    assert decide(ballot({"alice": 0, "bob": 1}, shown=1, gm_vote=0), deadline_passed=True) == 0
