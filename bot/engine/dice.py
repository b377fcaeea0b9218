"""Dice rolls in standard notation, through Avrae's `d20` roller.

`1d20+5`, `2d6`, `4d6kh3`, `2d20kl1`, `d%` (1 to 100), and the words `adv` / `dis`
(a d20 rolled twice, keeping the higher / lower). An expression too large to roll is
refused before any die is thrown; a bad one gets one short line, never a traceback.
"""

from __future__ import annotations

import random
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import d20
import d20.expression

MAX_DICE = 1000  # dice in one expression, all terms together
MAX_SIDES = 10_000
MAX_LENGTH = 200  # characters of notation; bounds parsing and the breakdown's length
MAX_REASON = 100
MAX_BREAKDOWN = 1200  # characters shown of a breakdown; the total is always kept

_ADV_WORDS = {"adv": "2d20kh1", "advantage": "2d20kh1", "dis": "2d20kl1",
              "disadvantage": "2d20kl1"}
_ADV = re.compile(r"\b(adv|advantage|dis|disadvantage)\b", re.IGNORECASE)
_LEADING_D20 = re.compile(r"^\s*1?d20(?![\d%])", re.IGNORECASE)
_STARTS_WITH_DICE = re.compile(r"^(\d|d[\d%]|\()", re.IGNORECASE)
# d20's own `d%` is a tens die (00-90); players mean 1 to 100.
_PERCENT = re.compile(r"d%", re.IGNORECASE)
# d20 draws from the `random` module; a seeded roll swaps it for one call, one at a time.
_RNG_LOCK = threading.Lock()


class DiceError(ValueError):
    """A roll that cannot be made; the message is one short line for the player."""


@dataclass(frozen=True)
class DiceRoll:
    expression: str  # the notation rolled, as the player wrote it
    total: int
    breakdown: str  # each die, plain text: "1d20 (14) + 3 = 17"
    markdown: str  # the same for Discord: dropped dice struck, 1s and maxima bold
    reason: str = ""
    crit: str = ""  # "crit" / "fumble" on a single kept d20, else ""

    @property
    def label(self) -> str:
        """What was rolled, as the narrator reads it: "Stealth (1d20+3)" or "1d20+3"."""
        return f"{self.reason} ({self.expression})" if self.reason else self.expression


def roll(text: str, *, reason: str = "", rng: random.Random | None = None) -> DiceRoll:
    """Roll `text`. Words after the notation are the reason when `reason` is empty
    ("1d20+3 stealth"). `rng` makes the roll repeatable (tests, card macros)."""
    expression, comment, adv = _split(text)
    tree = _parse(_notation(expression, adv))
    _check_bounds(tree)
    roller = d20.Roller(d20.RollContext(max_rolls=MAX_DICE))
    try:
        with _drawing_from(rng):
            plain = roller.roll(tree, stringifier=_PlainStringifier())
        total, breakdown = plain.total, plain.result
        markdown = d20.MarkdownStringifier().stringify(plain.expr)
    except d20.TooManyRolls:
        raise DiceError(f"too many dice: at most {MAX_DICE:,} in one roll") from None
    except d20.RollError as exc:
        raise DiceError(f"cannot roll {expression!r}: {exc}") from None
    reason = (reason.strip() or comment)[:MAX_REASON]
    return DiceRoll(
        expression=f"{expression} {adv}" if adv else expression,
        total=total,
        breakdown=_clipped(breakdown, total),
        markdown=_clipped(markdown, total),
        reason=reason[:1].upper() + reason[1:],
        crit={d20.CritType.CRIT: "crit", d20.CritType.FAIL: "fumble"}.get(plain.crit, ""),
    )


def total_or_none(text: str, rng: random.Random) -> int | None:
    """The total of `text`, or None when it cannot be rolled (card macros keep such text)."""
    try:
        return roll(text, rng=rng).total
    except DiceError:
        return None


def _split(text: str) -> tuple[str, str, str]:
    """The notation, the words after it and the advantage word, if any:
    "1d20+3 stealth" -> ("1d20+3", "stealth", ""); "adv+3 sneak" -> ("1d20+3", "sneak", "adv")."""
    text = " ".join(text.split())
    if not text:
        raise DiceError("nothing to roll: try 1d20+3, 2d6, 4d6kh3, adv or d%")
    if len(text) > MAX_LENGTH:
        raise DiceError(f"that roll is too long: at most {MAX_LENGTH} characters")
    adv = ""
    found = _ADV.search(text)
    if found:
        adv = found.group(1).lower()
        text = " ".join((text[: found.start()] + text[found.end():]).split())
        if not _STARTS_WITH_DICE.match(text):  # "adv+3 sneak", "adv sneak": a d20 is meant
            text = f"1d20{text}" if text[:1] in "+-" else f"1d20 {text}".strip()
    try:
        parsed = d20.Roller().parse(_PERCENT.sub("d100", text).lower(), allow_comments=True)
    except d20.RollError:
        return text, "", adv  # nothing parses: the error is reported on the whole text
    comment = " ".join((parsed.comment or "").split())
    if not comment or not text.lower().endswith(comment) or len(text.lower()) != len(text):
        return text, "", adv
    cut = len(text) - len(comment)
    return text[:cut].strip(), text[cut:], adv


def _notation(expression: str, adv: str) -> str:
    """What d20 is given: `d%` as a d100, advantage as two d20 keeping one."""
    notation = _PERCENT.sub("d100", expression).lower()  # d20 reads lower case only
    if not adv:
        return notation
    if not _LEADING_D20.match(notation):
        raise DiceError(f"{adv} applies to a d20 roll: try '{adv}+3' or '1d20+3 {adv}'")
    return _LEADING_D20.sub(_ADV_WORDS[adv], notation, count=1)


def _parse(notation: str) -> Any:
    try:
        return d20.Roller().parse(notation)
    except d20.RollSyntaxError as exc:
        got = str(exc.got).strip()
        where = f"at {got!r}" if got else "at the end"
        raise DiceError(f"cannot read {notation!r} {where}: try 1d20+3, 2d6, 4d6kh3") from None
    except d20.RollError as exc:
        raise DiceError(f"cannot read {notation!r}: {exc}") from None


def _check_bounds(tree: Any) -> None:
    """Refuse before rolling: a 10,000-dice expression must not cost anything."""
    count = 0
    for node in _nodes(tree):
        if isinstance(node, d20.diceast.Dice):
            sides = int(node.size) if str(node.size).isdigit() else 0
            if sides > MAX_SIDES:
                raise DiceError(f"dice too large: at most {MAX_SIDES:,} sides")
            count += int(node.num)
            if count > MAX_DICE:
                raise DiceError(f"too many dice: at most {MAX_DICE:,} in one roll")


def _clipped(breakdown: str, total: int) -> str:
    """A breakdown short enough for one chat message, its total always shown."""
    if len(breakdown) <= MAX_BREAKDOWN:
        return breakdown
    return f"{breakdown[: MAX_BREAKDOWN - 20].rsplit(',', 1)[0]}, …) = {total}"


def _nodes(node: Any) -> Iterator[Any]:
    yield node
    for child in node.children:
        yield from _nodes(child)


@contextmanager
def _drawing_from(rng: random.Random | None) -> Iterator[None]:
    if rng is None:
        yield
        return
    with _RNG_LOCK:
        module = d20.expression.random
        d20.expression.random = rng
        try:
            yield
        finally:
            d20.expression.random = module


class _PlainStringifier(d20.SimpleStringifier):
    """d20's plain breakdown, with dropped dice marked (it leaves them unmarked)."""

    def _stringify(self, node: Any) -> str:
        text: str = super()._stringify(node)
        if not node.kept:
            return f"{text} dropped"
        return text
