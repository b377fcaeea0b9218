"""A regex alternation of many literal words, written as a prefix tree.

`a|ab|abc` tried one entry after another costs a step per entry at every
position of the text; a lexicon key holds hundreds of entries. The tree
(`a(?:b(?:c|)|)`) follows the text's own letters instead, a step per letter.
It finds what the flat alternation finds: at a given position only one branch
can go on with the text's next letter, and longer entries are tried before a
shorter one ends, as in a flat alternation sorted longest first. Letters that
match the same characters under IGNORECASE (σ and ς) share a branch.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .prefilter import fold, folded, keeps_word_kinds

_END = ""  # key of an entry's end in a tree node (letters are one character long)

Node = dict[str, "Node | str"]


def literal_tree(entries: Iterable[tuple[str, str]], flags: int = 0) -> str:
    """The pattern for `entries`: (literal, pattern that must follow it), longest first.

    Of two equal literals the first one's follower is kept, as a flat
    alternation would try it first.
    """
    root: Node = {}
    for literal, follower in entries:
        node = root
        for letter in literal:
            node = _child(node, letter, flags)
        node.setdefault(_END, follower)
    return _pattern(root)


def _child(node: Node, letter: str, flags: int) -> Node:
    for key, child in node.items():
        if key != _END and (key == letter or (fold(key) == fold(letter)
                                              and _same_letter(key, letter, flags))):
            assert isinstance(child, dict)
            return child
    child_node: Node = {}
    node[letter] = child_node
    return child_node


def _same_letter(a: str, b: str, flags: int) -> bool:
    if not flags & re.IGNORECASE:
        return False
    return (re.fullmatch(re.escape(a), b, re.IGNORECASE) is not None
            and re.fullmatch(re.escape(b), a, re.IGNORECASE) is not None)


def _pattern(node: Node) -> str:
    parts = []
    for letter, child in node.items():
        if letter != _END:
            assert isinstance(child, dict)
            parts.append(re.escape(letter) + _pattern(child))
    end = node.get(_END)
    if isinstance(end, str):
        parts.append(end)  # after the longer entries, as they come first
    if len(parts) == 1:
        return parts[0]
    return "(?:" + "|".join(parts) + ")"


def at_word_start(escaped: Iterable[str], before: str = r"[\w'’-]") -> str:
    """`(?<!before)(?:a|b)` written as `(?:a(?<!before a)|b(?<!before b))`.

    The same matches (the look-behind still sees the character before the word),
    but the pattern opens with the words' letters, and re skips straight to the
    places where one of them stands instead of trying every position.
    """
    return "(?:" + "|".join(rf"{e}(?<!{before}{e})" for e in escaped) + ")"


FEW_FIRST_LETTERS = 10  # up to this many, a tree opening on its letters is the quicker one


class WordSearch:
    """The first of many literal entries in a text, as `(?<!before)(?:tree)` with
    IGNORECASE finds it (`before`: one character class; None: no boundary).

    The same tree, folded (prefilter.fold), runs first on the folded text without
    IGNORECASE, where re compares letters directly and can skip to the letters
    that open an entry; it finds every place the exact pattern would, so only a
    text where it finds something is searched with the exact pattern.
    """

    __slots__ = ("exact", "quick")

    def __init__(self, entries: Sequence[tuple[str, str]], before: str | None) -> None:
        tree = literal_tree(entries, re.IGNORECASE)
        self.exact = re.compile(f"(?<!{before})(?:{tree})" if before else tree, re.IGNORECASE)
        self.quick = re.compile(_quick_pattern([(fold(e), tail) for e, tail in entries], before))

    @property
    def pattern(self) -> str:
        return self.exact.pattern

    def search(self, text: str) -> re.Match[str] | None:
        # An ASCII text lowercases quicker than a cache answers; others are often
        # searched for several keys in a row (folded keeps the last ones).
        quick = text.lower() if text.isascii() else folded(text)
        if keeps_word_kinds(text) and self.quick.search(quick) is None:
            return None
        return self.exact.search(text)


def _quick_pattern(folded: Sequence[tuple[str, str]], before: str | None) -> str:
    if before is None:
        return literal_tree(folded)
    openings: dict[str, list[tuple[str, str]]] = {}
    for entry, tail in folded:
        openings.setdefault(entry[:1], []).append((entry[1:], tail))
    if "" in openings or len(openings) > FEW_FIRST_LETTERS:
        return f"(?<!{before})(?:{literal_tree(folded)})"
    # "s(?<![\w'’]s)(?:tory|cene)|…": the look-behind moved past the first letter,
    # so the pattern opens on letters and re jumps from one of them to the next.
    return "(?:" + "|".join(
        f"{re.escape(first)}(?<!{before}{re.escape(first)}){literal_tree(rest)}"
        for first, rest in openings.items()) + ")"
