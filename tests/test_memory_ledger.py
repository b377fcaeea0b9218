"""The ledger of salient details, its pure part: what makes a sentence specific to a
campaign, which ones are kept for a token budget, and how the budget follows the window."""

from __future__ import annotations

from itertools import pairwise

from bot.engine.budgets import TEMPLATE_OVERHEAD, window_budgets
from bot.engine.memory.ledger import (
    TermCounts,
    Unit,
    post_terms,
    ranked,
    render,
    render_line,
    score,
    sentences,
    units_of,
)
from bot.engine.prompt import truncate_lines
from bot.llm.base import estimate_tokens

_VERBS = ("check", "count", "watch", "carry", "clean", "mend", "buy", "sell")
_THINGS = ("ropes", "crates", "nets", "lanterns", "barrels", "sails", "coins", "horses")
_PLACES = ("pier", "market", "tavern", "harbour", "stable", "mill", "quay", "gate")
PLANTS = [
    "I lend the herbalist, Wenna Crale, forty silver marks for her new still.",
    "The password of the smugglers is 'the blue heron sleeps at low tide'.",
    "I hide the ledger of debts under the third loose board of the chapel loft.",
]


def filler(n: int) -> str:
    """Routine actions that reuse everyday words, some of them the plants' ("silver" no,
    "horses", "stable", "mill" yes)."""
    return (f"I {_VERBS[n % 8]} the {_THINGS[(n // 8) % 8]} by the "
            f"{_PLACES[(n // 64) % 8]} while the rain falls.")


def corpus(fillers: int, plants: list[str], at: int = 5) -> tuple[list[Unit], TermCounts]:
    counts = TermCounts()
    units: list[Unit] = []
    texts = [filler(n) for n in range(fillers)]
    for i, plant in enumerate(plants):
        texts.insert(at + 7 * i, plant)
    for post_id, text in enumerate(texts, start=1):
        found = units_of(post_id=post_id, scene_id=1, seq=post_id, round_no=post_id,
                         speaker="Mira", text=text)
        counts.add(post_terms(found))
        units += found
    return units, counts


def test_specific_sentences_outrank_hundreds_of_routine_ones() -> None:
    units, counts = corpus(600, PLANTS)
    best = ranked(units, counts, len(PLANTS))
    assert sorted(u.text for u in best) == sorted(PLANTS)
    routine = [u for u in units if u.text not in PLANTS]
    assert max(score(u, counts) for u in routine) < min(score(u, counts) for u in best)


def test_a_word_the_story_keeps_using_stops_counting() -> None:
    counts = TermCounts()
    for _ in range(400):
        counts.add({"rain"})
    counts.add({"tamsin"})
    assert counts.weight("rain") == 0.0
    assert counts.weight("tamsin") > 2.0
    assert counts.weight("never-seen") == counts.weight("tamsin")  # at most "said once"


def test_names_numbers_and_quotes_weigh_more_than_a_rare_common_word() -> None:
    units, counts = corpus(300, ["I borrow a spare oar.", "I borrow Hollin's oar."])
    by_text = {u.text: score(u, counts) for u in units}
    assert by_text["I borrow Hollin's oar."] > by_text["I borrow a spare oar."]


def test_removing_a_post_takes_back_its_counts() -> None:
    counts = TermCounts()
    first = post_terms(units_of(post_id=1, scene_id=1, seq=1, round_no=1, speaker="Tor",
                                text="Tamsin keeps the grey mare behind the watermill."))
    counts.add(first)
    before = (counts.docs, dict(counts.df))
    second = post_terms(units_of(post_id=2, scene_id=1, seq=2, round_no=2, speaker="Tor",
                                 text="Tamsin whistles for the mare."))
    counts.add(second)
    counts.remove(second)
    assert (counts.docs, dict(counts.df)) == before


def test_long_posts_are_cut_into_sentences_and_short_ones_stay_whole() -> None:
    short = "I pay the guide twelve crowns. He grins."
    assert sentences(short) == [short]
    long = ("Rain needles the harbour lanterns as the tide turns and the dockmaster squints. "
            "A bell tolls twice somewhere below the quay, slow and heavy! Who rings it? "
            "Nobody on the pier will say, though every one of them heard it clearly tonight, and "
            "the gulls have gone quiet along the whole length of the old sea wall.")
    parts = sentences(long)
    assert len(parts) == 4 and parts[2] == "Who rings it?"
    assert " ".join(parts) == long


def test_render_fits_the_budget_in_story_order_with_round_and_speaker() -> None:
    units, counts = corpus(300, PLANTS, at=40)
    best = ranked(units, counts, 50)
    one_line = estimate_tokens(render_line(best[0])) + 1
    text = render(best, one_line * 2, estimate_tokens)
    lines = text.split("\n")
    assert 1 <= len(lines) <= 2
    assert estimate_tokens(text) <= one_line * 2
    full = render(best, 10_000, estimate_tokens)
    rounds = [int(line.split(" ", 1)[0][1:]) for line in full.split("\n")]
    assert rounds == sorted(rounds)
    assert f"r41 Mira: {PLANTS[0]}" in full  # the 41st post


def test_render_leaves_out_what_the_prompt_shows_and_repeats() -> None:
    units, counts = corpus(200, [PLANTS[0], PLANTS[1], PLANTS[0]], at=10)
    best = ranked(units, counts, 10)
    text = render(best, 10_000, estimate_tokens)
    assert text.count(PLANTS[0]) == 1
    hidden = render(best, 10_000, estimate_tokens, shown=lambda u: "heron" in u.text)
    assert PLANTS[1] not in hidden and PLANTS[0] in hidden


def test_an_empty_campaign_renders_nothing() -> None:
    assert render(ranked([], TermCounts(), 10), 500, estimate_tokens) == ""


def test_the_ledger_budget_grows_with_the_window_and_everything_still_fits() -> None:
    windows = (4096, 8192, 16384, 32768)
    plans = [window_budgets(w) for w in windows]
    for window, plan in zip(windows, plans, strict=True):
        assert plan.prompt.fixed + plan.prompt.history <= window - 400 - TEMPLATE_OVERHEAD
        assert plan.ledger == plan.prompt.ledger > 0
    for small, large in pairwise(plans):
        assert small.ledger < large.ledger
    assert 1300 <= window_budgets(8192).ledger <= 1500


def test_the_prompt_cuts_the_ledger_at_whole_lines() -> None:
    text = "\n".join(f"r{n} Mira: I hide coin number {n} under stone {n}." for n in range(40))
    cut = truncate_lines(text, 60, estimate_tokens)
    assert estimate_tokens(cut) <= 60
    assert cut and all(line in text.split("\n") for line in cut.split("\n"))
    assert truncate_lines(text, 10_000, estimate_tokens) == text


def test_a_question_establishes_nothing_and_ranks_below_a_statement_as_rare() -> None:
    # The same rare words, asked and told: the telling is the detail worth keeping.
    asked = "Mira, where did you bury the brass astrolabe by the hollow yew?"
    told = "I bury the brass astrolabe by the hollow yew."
    spanish = "Inés, ¿dónde enterraste el astrolabio de latón junto al tejo hueco?"
    units, counts = corpus(300, [asked, told, spanish])
    by_text = {u.text: u for u in units}
    assert by_text[asked].question and by_text[spanish].question
    assert not by_text[told].question
    assert score(by_text[asked], counts) < score(by_text[told], counts)
    # A short post that tells something before it asks is not a question.
    mixed = units_of(post_id=1, scene_id=1, seq=1, round_no=1, speaker="Tor",
                     text="I hid the astrolabe in the yew. Did anyone see me?")
    assert not mixed[0].question


def test_a_number_word_counts_as_a_number_only_in_its_own_language() -> None:
    # "once" is eleven in Spanish and "one time" in English; "sept" is seven in French.
    [english] = units_of(post_id=1, scene_id=1, seq=1, round_no=1, speaker="Tor",
                         text="I once saw the lighthouse keeper weep.")
    [spanish] = units_of(post_id=2, scene_id=1, seq=2, round_no=2, speaker="Inés",
                         text="Tengo once monedas de plata en la bolsa.")
    [french] = units_of(post_id=3, scene_id=1, seq=3, round_no=3, speaker="Yann",
                        text="Il y a sept marches sous la chapelle.")
    assert "once" not in english.marked
    assert "once" in spanish.marked
    assert "sept" in french.marked


def test_a_routine_said_again_with_other_names_ranks_below_a_detail_told_once() -> None:
    # The detail's words are everyday in this story; the routine's are rarer, but the
    # routine is the same sentence again with another name: said twice, it is routine.
    detail = "I keep the spare key under the blue flowerpot by the door."
    everyday = ["I lose the spare key.", "The key is blue.", "A blue door.",
                "The spare door key."] * 2
    routine = [f"I laugh at {name}'s joke about the mule and nearly fall off the wagon."
               for name in ("Tor", "Mira")]
    greetings = [f"{name} waves." for name in ("Tor", "Mira")] * 20  # the names recur
    units, counts = corpus(300, [detail, *everyday, *routine, *greetings])
    by_text = {u.text: score(u, counts) for u in units}
    assert all(by_text[detail] > by_text[line] for line in routine)
    # Said once, the same routine would still rank on its rare words.
    once, once_counts = corpus(300, [routine[0], *greetings])
    assert max(score(u, once_counts) for u in once if u.text == routine[0]) \
        > by_text[routine[0]]


def test_a_possessive_is_the_name_not_a_new_rare_word() -> None:
    # "Briggs's" read as one word "briggss" would be a term said once, however often the
    # story names Briggs.
    def terms(text: str) -> frozenset[str]:
        [unit] = units_of(post_id=1, scene_id=1, seq=1, round_no=1, speaker="Tor", text=text)
        return unit.terms

    assert terms("I borrow Briggs's hammer.") == terms("I borrow Briggs hammer.")
    assert terms("I fetch Tobin’s mare.") == terms("I fetch Tobin mare.")
