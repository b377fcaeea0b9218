"""Property tests of the pacing policies: random event streams at random times."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.pacing import (
    Acted,
    Asked,
    FreePolicy,
    FreeState,
    GmPolicy,
    GmState,
    Joined,
    Left,
    PacingEvent,
    Passed,
    RoundsPolicy,
    RoundState,
    SpotlightPolicy,
    SpotlightState,
    Tick,
    policy_for,
)
from bot.engine.spotlight import advise, attention, max_deviation, sentence_mentions, shares
from bot.models import PacingMode

PLAYERS = ("ana", "bo", "cy", "di")
player = st.sampled_from(PLAYERS)
gap = st.floats(min_value=0, max_value=50, allow_nan=False)


def player_events(extra: st.SearchStrategy[PacingEvent] | None = None) -> st.SearchStrategy:
    options = [
        player.map(Acted),
        player.map(Passed),
        st.just(Tick()),
        player.map(Joined),
        player.map(Left),
    ]
    if extra is not None:
        options.append(extra)
    return st.lists(st.tuples(gap, st.one_of(*options)), max_size=60)


# -- rounds ----------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(steps=player_events(), length=st.floats(min_value=1, max_value=100))
def test_rounds_no_player_acts_twice_and_round_closes_by_deadline(
    steps: list[tuple[float, PacingEvent]], length: float
) -> None:
    policy = RoundsPolicy()
    state = RoundState(round_no=1, active=PLAYERS[:3], deadline=length, nudge_at=length / 2)
    now = 0.0
    counted: set[tuple[int, str]] = set()
    for dt, event in steps:
        while state.deadline is not None and state.active and now + dt >= state.deadline:
            # The scheduler ticks at each deadline: the round must close right there.
            decision = policy.on_event(state, Tick(), state.deadline)
            assert decision.close_round
            assert set(decision.auto_pass) == set(state.missing)
            state = policy.after_narration(policy.apply(state, Tick(), decision), state.deadline)
        now += dt
        decision = policy.on_event(state, event, now)
        if isinstance(event, Acted | Passed) and not decision.refused and not decision.amends:
            key = (state.round_no, event.player_id)
            assert key not in counted, "a player acted twice in one round"
            counted.add(key)
        state = policy.apply(state, event, decision, now)
        if decision.close_round:
            assert state.complete
            assert now <= (state.deadline or now)
            state = policy.after_narration(state, now)


def test_rounds_nudges_once_then_auto_passes() -> None:
    policy = RoundsPolicy()
    state = RoundState(round_no=1, active=("ana", "bo"), deadline=60, nudge_at=45)
    state = policy.apply(state, Acted("ana"), policy.on_event(state, Acted("ana"), 1), 1)
    nudge = policy.on_event(state, Tick(), 46)
    assert nudge.nudge == ("bo",) and not nudge.close_round
    state = policy.apply(state, Tick(), nudge, 46)
    assert policy.on_event(state, Tick(), 50).nudge == ()
    final = policy.on_event(state, Tick(), 60)
    assert final.close_round and final.auto_pass == ("bo",)


def test_gm_ask_closes_a_round_early() -> None:
    policy = RoundsPolicy()
    state = RoundState(round_no=3, active=("ana", "bo"), paused=True)
    decision = policy.on_event(state, Asked("gm"), 5)
    assert decision.close_round and set(decision.auto_pass) == {"ana", "bo"}


# -- spotlight ---------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    steps=st.lists(
        st.tuples(gap, st.one_of(player.map(Acted), player.map(Passed), st.just(Tick()))),
        max_size=80,
    ),
    timeout=st.floats(min_value=5, max_value=60),
)
def test_spotlight_keeps_order_and_timeout_moves_on(
    steps: list[tuple[float, PacingEvent]], timeout: float
) -> None:
    policy = SpotlightPolicy()
    state = SpotlightState(order=PLAYERS, timeout=timeout)
    now = 0.0
    turns_ended: list[str] = []
    for dt, event in steps:
        now += dt
        holder = state.holder
        assert holder is not None
        decision = policy.on_event(state, event, now)
        if isinstance(event, Acted | Passed) and event.player_id != holder:
            assert decision.refused
        if isinstance(event, Tick):
            timed_out = now >= state.turn_started_at + timeout
            assert decision.advance == timed_out
            if timed_out:
                assert decision.auto_pass == (holder,)
        state = policy.apply(state, event, decision, now)
        if decision.close_round:
            state = policy.after_narration(state, now)
        if decision.close_round or decision.advance:
            turns_ended.append(holder)
            assert state.turn_started_at == now
    cycle = [PLAYERS[i % len(PLAYERS)] for i in range(len(turns_ended))]
    assert turns_ended == cycle


def test_spotlight_leaver_hands_the_turn_to_the_next_seat() -> None:
    policy = SpotlightPolicy()
    state = SpotlightState(order=("ana", "bo", "cy"), current=1)
    decision = policy.on_event(state, Left("bo"), 10)
    state = policy.apply(state, Left("bo"), decision, 10)
    assert state.holder == "cy" and state.order == ("ana", "cy")
    state = policy.apply(state, Left("ana"), policy.on_event(state, Left("ana"), 11), 11)
    assert state.holder == "cy"


# -- free ---------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    steps=st.lists(st.tuples(gap, st.one_of(player.map(Acted), st.just(Tick()))), max_size=80),
    quiet=st.floats(min_value=1, max_value=30),
    interval=st.floats(min_value=1, max_value=120),
)
def test_free_never_narrates_twice_within_its_interval(
    steps: list[tuple[float, PacingEvent]], quiet: float, interval: float
) -> None:
    policy = FreePolicy()
    state = FreeState(active=PLAYERS, quiet_window=quiet, min_interval=interval)
    now = 0.0
    narrated_at: list[float] = []
    last_message: float | None = None
    for dt, event in steps:
        now += dt
        decision = policy.on_event(state, event, now)
        state = policy.apply(state, event, decision, now)
        if isinstance(event, Acted):
            last_message = now
        if decision.close_round:
            assert last_message is not None and now >= last_message + quiet
            assert not narrated_at or now - narrated_at[-1] >= interval
            narrated_at.append(now)
            state = policy.after_narration(state, now)
            last_message = None


def test_free_batches_a_burst_into_one_narration() -> None:
    policy = FreePolicy()
    state = FreeState(active=("ana", "bo"), quiet_window=20, min_interval=60)
    for t, who in ((0, "ana"), (5, "bo"), (12, "ana")):
        state = policy.apply(state, Acted(who), policy.on_event(state, Acted(who), t), t)
    assert not policy.on_event(state, Tick(), 31).close_round
    assert policy.on_event(state, Tick(), 32).close_round
    assert state.pending == 3 and state.due_at() == 32


# -- gm -----------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(steps=player_events(extra=st.just(Asked("gm"))))
def test_gm_mode_never_narrates_unasked(steps: list[tuple[float, PacingEvent]]) -> None:
    policy = GmPolicy()
    state = GmState(active=PLAYERS)
    now = 0.0
    for dt, event in steps:
        now += dt
        decision = policy.on_event(state, event, now)
        assert decision.close_round == isinstance(event, Asked)
        state = policy.apply(state, event, decision, now)
        if decision.close_round:
            state = policy.after_narration(state, now)


def test_policy_for_each_mode_and_a_clear_error() -> None:
    assert isinstance(policy_for("spotlight"), SpotlightPolicy)
    assert isinstance(policy_for(PacingMode.FREE), FreePolicy)
    assert isinstance(policy_for("gm"), GmPolicy)
    assert isinstance(policy_for("rounds"), RoundsPolicy)
    with pytest.raises(ValueError, match="use one of rounds, spotlight, free, gm"):
        policy_for("chaos")


# -- fairness -----------------------------------------------------------------------------


def test_mentions_count_sentences_by_full_or_first_name() -> None:
    text = (
        "Mira Vale ducks under the beam. The guard turns to mira, sword drawn! "
        "Tobin watches. Nobody notices the Miraculous lamp."
    )
    assert sentence_mentions(text, ["Mira Vale", "Tobin"]) == {"Mira Vale": 2, "Tobin": 1}


def test_advice_brings_the_quiet_forward_and_keeps_the_loud_brief() -> None:
    counts = attention(["Ana runs. Ana jumps. Ana laughs. Bo nods."], ["Ana", "Bo", "Cy"])
    assert counts == {"Ana": 3, "Bo": 1, "Cy": 0}
    advice = advise(counts)
    assert advice.bring_forward == "Cy" and advice.keep_brief == ("Ana",)
    assert max_deviation(shares(counts)) == pytest.approx(1.25)
    assert advise({"Ana": 5, "Bo": 5}).bring_forward is None
