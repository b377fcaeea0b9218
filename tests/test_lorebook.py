"""Lorebook activation: one test per option, plus loading from the three formats."""

from __future__ import annotations

import random
import re

import pytest

from bot.cards.errors import CardError
from bot.cards.lorebook_io import lorebook_from_dict
from bot.engine.lorebook import (
    ActivatedEntry,
    Lorebook,
    LoreEntry,
    SelectiveLogic,
    activate,
    parse_decorators,
)


def words(text: str) -> int:
    return len(text.split())


def run(
    book: Lorebook, *history: str, turn: int = 0, seed: int = 0, budget: int | None = None
) -> list[ActivatedEntry]:
    return activate(
        book,
        list(history),
        turn=turn,
        rng=random.Random(seed),
        count_tokens=words,
        budget_tokens=budget,
    )


def uids(found: list[ActivatedEntry]) -> list[int | str]:
    return [item.entry.uid for item in found]


def book_of(*entries: LoreEntry, **settings: object) -> Lorebook:
    return Lorebook(entries=entries, **settings)  # type: ignore[arg-type]


def test_primary_key_activates_and_absent_key_does_not() -> None:
    book = book_of(LoreEntry(uid=1, keys=("lighthouse",), content="The lamp burns blue."))
    assert uids(run(book, "We row toward the lighthouse.")) == [1]
    assert run(book, "We row toward the harbour.") == []


def test_any_one_primary_key_is_enough() -> None:
    book = book_of(LoreEntry(uid=1, keys=("gull", "tern"), content="Seabirds."))
    assert uids(run(book, "a tern cries")) == [1]


@pytest.mark.parametrize(
    ("logic", "text", "expected"),
    [
        (SelectiveLogic.AND_ANY, "the queen and her crown", True),
        (SelectiveLogic.AND_ANY, "the queen alone", False),
        (SelectiveLogic.AND_ALL, "the queen, her crown and her throne", True),
        (SelectiveLogic.AND_ALL, "the queen and her crown", False),
        (SelectiveLogic.NOT_ANY, "the queen alone", True),
        (SelectiveLogic.NOT_ANY, "the queen and her throne", False),
        (SelectiveLogic.NOT_ALL, "the queen and her crown", True),
        (SelectiveLogic.NOT_ALL, "the queen, her crown and her throne", False),
    ],
)
def test_selective_logic(logic: SelectiveLogic, text: str, expected: bool) -> None:
    entry = LoreEntry(
        uid=1,
        keys=("queen",),
        secondary_keys=("crown", "throne"),
        selective=True,
        selective_logic=logic,
        content="Queen Maren rules the isles.",
    )
    assert bool(run(book_of(entry), text)) is expected


def test_secondary_keys_are_ignored_when_not_selective() -> None:
    entry = LoreEntry(uid=1, keys=("queen",), secondary_keys=("crown",), content="Queen.")
    assert uids(run(book_of(entry), "the queen alone")) == [1]


def test_case_sensitivity_per_entry_and_book_default() -> None:
    sensitive = LoreEntry(uid=1, keys=("Rook",), case_sensitive=True, content="A smuggler.")
    assert run(book_of(sensitive), "a rook flew by") == []
    assert uids(run(book_of(sensitive), "Rook grinned")) == [1]
    loose = LoreEntry(uid=2, keys=("Rook",), content="A smuggler.")
    assert uids(run(book_of(loose), "a ROOK flew by")) == [2]
    assert run(book_of(loose, case_sensitive=True), "a ROOK flew by") == []


def test_whole_words() -> None:
    entry = LoreEntry(uid=1, keys=("art",), match_whole_words=True, content="Art.")
    assert run(book_of(entry), "the party departs") == []
    assert uids(run(book_of(entry), "fine art, old")) == [1]
    partial = LoreEntry(uid=2, keys=("art",), content="Art.")
    assert uids(run(book_of(partial), "the party departs")) == [2]
    assert run(book_of(partial, match_whole_words=True), "the party departs") == []


def test_slash_regex_keys_with_flags() -> None:
    entry = LoreEntry(uid=1, keys=(r"/dragon(s|kin)?\b/i",), content="Dragons sleep.")
    assert uids(run(book_of(entry), "DRAGONKIN circle")) == [1]
    assert run(book_of(entry), "a drag on the line") == []


def test_use_regex_makes_every_key_a_pattern_and_bad_patterns_never_match() -> None:
    entry = LoreEntry(uid=1, keys=(r"ti+de", "[unclosed"), use_regex=True, content="Tides.")
    assert uids(run(book_of(entry), "the tiiide turns")) == [1]
    broken = LoreEntry(uid=2, keys=("[unclosed",), use_regex=True, content="x")
    assert run(book_of(broken), "[unclosed") == []


def test_constant_entries_need_no_key() -> None:
    entry = LoreEntry(uid=1, keys=(), constant=True, content="The sea is always near.")
    assert uids(run(book_of(entry), "nothing relevant")) == [1]


def test_disabled_entries_never_activate() -> None:
    entry = LoreEntry(uid=1, keys=("tide",), constant=True, enabled=False, content="x")
    assert run(book_of(entry), "tide") == []


def test_insertion_order_sorts_the_output() -> None:
    book = book_of(
        LoreEntry(uid="late", keys=("port",), insertion_order=300, content="Late."),
        LoreEntry(uid="early", keys=("port",), insertion_order=10, content="Early."),
    )
    found = run(book, "port")
    assert uids(found) == ["early", "late"]
    assert [item.order for item in found] == [10, 300]


def test_budget_keeps_constant_then_priority_then_order() -> None:
    book = book_of(
        LoreEntry(uid="low", keys=("x",), priority=1, content="one two three"),
        LoreEntry(uid="high", keys=("x",), priority=9, content="one two three"),
        LoreEntry(uid="const", constant=True, insertion_order=0, content="a b c"),
    )
    assert uids(run(book, "x", budget=6)) == ["const", "high"]
    assert uids(run(book, "x", budget=3)) == ["const"]
    assert sorted(map(str, uids(run(book, "x")))) == ["const", "high", "low"]


def test_budget_without_priority_drops_lowest_insertion_order() -> None:
    book = book_of(
        LoreEntry(uid="a", keys=("x",), insertion_order=5, content="one two"),
        LoreEntry(uid="b", keys=("x",), insertion_order=50, content="one two"),
    )
    assert uids(run(book, "x", budget=2)) == ["b"]


def test_book_token_budget_applies_when_no_budget_is_given() -> None:
    book = book_of(
        LoreEntry(uid="a", keys=("x",), insertion_order=5, content="one two"),
        LoreEntry(uid="b", keys=("x",), insertion_order=50, content="one two"),
        token_budget=2,
    )
    assert uids(run(book, "x")) == ["b"]


def test_position_and_depth_are_reported() -> None:
    entry = LoreEntry(uid=1, keys=("x",), position="at_depth", depth=2, content="c")
    (found,) = run(book_of(entry), "x")
    assert (found.position, found.depth) == ("at_depth", 2)
    after = LoreEntry(uid=2, keys=("x",), position="after_char", content="c")
    assert run(book_of(after), "x")[0].position == "after_char"


def test_scan_depth_of_book_and_entry() -> None:
    history = ["the old well", "rain", "more rain"]
    book = book_of(LoreEntry(uid=1, keys=("well",), content="The well is deep."), scan_depth=2)
    assert run(book, *history) == []
    deep = book_of(LoreEntry(uid=1, keys=("well",), content="c"), scan_depth=3)
    assert uids(run(deep, *history)) == [1]
    own = book_of(LoreEntry(uid=1, keys=("well",), scan_depth=3, content="c"), scan_depth=1)
    assert uids(run(own, *history)) == [1]


def test_recursive_activation_and_its_cap() -> None:
    chain = book_of(
        LoreEntry(uid="a", keys=("harbour",), content="The harbour master is Ilse."),
        LoreEntry(uid="b", keys=("ilse",), content="Ilse owes the Guild."),
        LoreEntry(uid="c", keys=("guild",), content="The Guild hoards charts."),
        max_recursion_steps=1,
    )
    assert uids(run(chain, "we reach the harbour")) == ["a", "b"]
    full = Lorebook(entries=chain.entries, max_recursion_steps=3)
    assert uids(run(full, "we reach the harbour")) == ["a", "b", "c"]
    flat = Lorebook(entries=chain.entries, recursive_scanning=False)
    assert uids(run(flat, "we reach the harbour")) == ["a"]


def test_exclude_and_prevent_recursion() -> None:
    source = LoreEntry(uid="a", keys=("harbour",), content="Ilse is here.")
    shy = LoreEntry(uid="b", keys=("ilse",), exclude_recursion=True, content="Ilse.")
    assert uids(run(book_of(source, shy), "harbour")) == ["a"]
    assert uids(run(book_of(source, shy), "harbour and ilse")) == ["a", "b"]
    quiet = LoreEntry(uid="a", keys=("harbour",), prevent_recursion=True, content="Ilse.")
    plain = LoreEntry(uid="b", keys=("ilse",), content="Ilse.")
    assert uids(run(book_of(quiet, plain), "harbour")) == ["a"]


def test_recursion_terminates_on_cycles() -> None:
    book = book_of(
        LoreEntry(uid="a", keys=("alpha",), content="beta"),
        LoreEntry(uid="b", keys=("beta",), content="alpha"),
        max_recursion_steps=50,
    )
    assert uids(run(book, "alpha")) == ["a", "b"]


def test_probability_is_seeded_and_respected() -> None:
    never = LoreEntry(uid=1, keys=("x",), probability=0, content="c")
    always = LoreEntry(uid=2, keys=("x",), probability=100, content="c")
    assert uids(run(book_of(never, always), "x")) == [2]
    coin = book_of(LoreEntry(uid=3, keys=("x",), probability=50, content="c"))
    hits = sum(bool(run(coin, "x", seed=seed)) for seed in range(400))
    assert 150 < hits < 250
    assert run(coin, "x", seed=7) == run(coin, "x", seed=7)
    ignored = LoreEntry(uid=4, keys=("x",), probability=0, use_probability=False, content="c")
    assert uids(run(book_of(ignored), "x")) == [4]


def test_decorators_are_parsed_and_stripped() -> None:
    decorators, body = parse_decorators("@@depth 3\n@@exclude_keys a, b\n\nThe body.")
    assert decorators.depth == 3
    assert decorators.exclude_keys == ("a", "b")
    assert body == "The body."
    entry = LoreEntry(uid=1, keys=("x",), content="@@depth 0\nBody text")
    (found,) = run(book_of(entry), "x")
    assert found.content == "Body text"


def test_decorator_depth_moves_the_entry_into_the_chat() -> None:
    entry = LoreEntry(uid=1, keys=("x",), content="@@depth 5\nc")
    (found,) = run(book_of(entry), "x")
    assert (found.position, found.depth) == ("at_depth", 5)


def test_unknown_decorator_falls_back() -> None:
    decorators, _ = parse_decorators("@@risu_only 4\n@@@depth 2\n@@scan_depth 1\n@@@depth 9\nc")
    assert decorators.depth == 2
    assert decorators.scan_depth == 1


def test_decorator_activate_only_after() -> None:
    entry = LoreEntry(uid=1, keys=("x",), content="@@activate_only_after 3\nc")
    assert run(book_of(entry), "x", turn=2) == []
    assert uids(run(book_of(entry), "x", turn=3)) == [1]


def test_decorator_activate_only_every() -> None:
    entry = LoreEntry(uid=1, keys=("x",), content="@@activate_only_every 3\nc")
    active = [turn for turn in range(1, 10) if run(book_of(entry), "x", turn=turn)]
    assert active == [3, 6, 9]


def test_decorator_dont_activate_and_activate() -> None:
    silent = LoreEntry(uid=1, keys=("x",), constant=True, content="@@dont_activate\nc")
    assert run(book_of(silent), "x") == []
    forced = LoreEntry(uid=2, keys=("never",), content="@@activate\nc")
    assert uids(run(book_of(forced), "nothing")) == [2]
    both = LoreEntry(uid=3, keys=("never",), content="@@dont_activate\n@@activate\nc")
    assert uids(run(book_of(both), "nothing")) == [3]


def test_decorator_scan_depth_overrides_the_book() -> None:
    entry = LoreEntry(uid=1, keys=("well",), content="@@scan_depth 3\nc")
    assert uids(run(book_of(entry, scan_depth=1), "well", "a", "b")) == [1]
    narrow = LoreEntry(uid=2, keys=("well",), content="@@scan_depth 1\nc")
    assert run(book_of(narrow, scan_depth=5), "well", "a") == []


def test_decorator_additional_keys() -> None:
    entry = LoreEntry(uid=1, keys=("door",), content="@@additional_keys red, iron\nc")
    assert run(book_of(entry), "a door") == []
    assert uids(run(book_of(entry), "a red door")) == [1]


def test_decorator_exclude_keys() -> None:
    entry = LoreEntry(uid=1, keys=("door",), content="@@exclude_keys open\nc")
    assert uids(run(book_of(entry), "a door")) == [1]
    assert run(book_of(entry), "an open door") == []


def test_empty_content_adds_nothing() -> None:
    entry = LoreEntry(uid=1, keys=("x",), content="@@depth 2\n")
    assert run(book_of(entry), "x") == []


def test_world_info_fields_map_to_options() -> None:
    raw = {
        "entries": {
            "7": {
                "uid": 7,
                "key": ["Vault"],
                "keysecondary": ["key"],
                "selective": True,
                "selectiveLogic": 2,
                "content": "The vault.",
                "constant": False,
                "disable": False,
                "order": 42,
                "position": 4,
                "depth": 1,
                "probability": None,
                "useProbability": False,
                "scanDepth": 3,
                "caseSensitive": True,
                "matchWholeWords": True,
                "excludeRecursion": True,
                "preventRecursion": True,
                "unknown_field": {"kept": "ignored"},
            }
        }
    }
    (entry,) = lorebook_from_dict(raw).entries
    assert entry.selective_logic is SelectiveLogic.NOT_ANY
    assert (entry.position, entry.depth, entry.scan_depth) == ("at_depth", 1, 3)
    assert (entry.case_sensitive, entry.match_whole_words) == (True, True)
    assert (entry.exclude_recursion, entry.prevent_recursion) == (True, True)
    assert (entry.insertion_order, entry.probability, entry.uid) == (42, 100, 7)


def test_character_book_and_lorebook_v3_load() -> None:
    book = {
        "name": "Isles",
        "scan_depth": 4,
        "token_budget": 100,
        "recursive_scanning": False,
        "extensions": {},
        "entries": [
            {
                "keys": ["reef"],
                "content": "Reefs.",
                "extensions": {"selectiveLogic": 3, "position": 1},
                "enabled": True,
                "insertion_order": 5,
                "use_regex": False,
                "selective": True,
                "secondary_keys": ["coral"],
                "position": "before_char",
                "priority": 3,
                "id": 9,
            }
        ],
    }
    for raw in (book, {"spec": "lorebook_v3", "data": book}):
        loaded = lorebook_from_dict(raw)
        assert (loaded.name, loaded.scan_depth, loaded.token_budget) == ("Isles", 4, 100)
        assert loaded.recursive_scanning is False
        (entry,) = loaded.entries
        assert entry.selective_logic is SelectiveLogic.AND_ALL
        assert (entry.position, entry.priority, entry.uid) == ("after_char", 3, 9)


def test_lorebook_with_too_many_entries_is_refused() -> None:
    entries = {str(i): {"key": ["k"], "content": "c"} for i in range(10_000)}
    with pytest.raises(CardError, match="too many entries"):
        lorebook_from_dict({"entries": entries})


def test_lorebook_with_wrong_types_is_refused() -> None:
    with pytest.raises(CardError, match="wrong type"):
        lorebook_from_dict({"entries": {"0": {"key": "not a list", "content": "c"}}})


def test_ten_thousand_entries_activate_the_ones_their_keys_name() -> None:
    """At scale (its speed is measured in benchmarks/lorebook.py, not here)."""
    book, history = big_world(seed=3)
    run(book, *history)  # compiles the keys once
    for turn in range(3):
        found = run(book, *history, turn=turn)
        assert found
        # What activated entries say may activate others (recursion), as in SillyTavern.
        scanned = " ".join([*history, *(item.entry.content for item in found)])
        for item in found:
            assert any(key in scanned for key in item.entry.keys), item.entry.uid
            if item.entry.selective:
                assert any(key in scanned for key in item.entry.secondary_keys), item.entry.uid


def big_world(seed: int, entries: int = 10_000) -> tuple[Lorebook, list[str]]:
    """A lorebook of `entries` made-up names, and six 200-word posts drawn from them."""
    rng = random.Random(seed)
    # Distinct made-up names, like a real world's: none is a prefix of another.
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocabulary = sorted({"".join(rng.choices(letters, k=8)) for _ in range(20_000)})
    book = Lorebook(entries=tuple(
        LoreEntry(
            uid=i,
            keys=tuple(rng.sample(vocabulary, 3)),
            secondary_keys=(rng.choice(vocabulary),),
            selective=i % 3 == 0,
            match_whole_words=i % 2 == 0,
            content=f"Entry {i} mentions {rng.choice(vocabulary)}.",
        )
        for i in range(entries)
    ))
    return book, [" ".join(rng.sample(vocabulary, 200)) for _ in range(6)]


def test_indexed_scan_finds_every_key_a_plain_search_finds() -> None:
    """Keys inside words, at their ends, across words, after punctuation, by case: the
    index that skips unmentioned entries must never skip one a plain search would find."""
    rng = random.Random(11)
    stems = ["ash", "Bram", "cold", "drift", "éclat", "fen", "Grí", "hollow"]
    texts = [" ".join(rng.choice(stems) + rng.choice(["", "en", "s", "-way", "'s"])
                      for _ in range(30)) + rng.choice(["", " (hollow ash)", " #Bram!"])
             for _ in range(40)]

    def random_key() -> str:
        stem = rng.choice(stems)
        return rng.choice([stem, stem[1:], stem[:-1], f"{stem} {rng.choice(stems)}",
                           f"-{rng.choice(['way', 'wa'])}", f"{stem}'s", "#Bram", stem.upper()])

    for round_no in range(20):
        entries = [LoreEntry(uid=i, keys=(random_key(),), content=f"entry {i}",
                             case_sensitive=rng.random() < 0.3,
                             match_whole_words=rng.random() < 0.5)
                   for i in range(60)]
        book = Lorebook(entries=tuple(entries), recursive_scanning=False, scan_depth=1)
        text = texts[round_no]

        def plain(entry: LoreEntry, text: str = text) -> bool:
            key = entry.keys[0]
            haystack, needle = (text, key) if entry.case_sensitive else (text.lower(), key.lower())
            if entry.match_whole_words:
                return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None
            return needle in haystack

        expected = [e.uid for e in entries if plain(e)]
        assert uids(run(book, text)) == expected, (text, expected)
