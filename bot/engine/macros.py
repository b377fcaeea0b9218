"""Card macros (the V3 spec's "curly braced syntaxes"), expanded at prompt time.

Supported: `{{char}}`, `{{user}}` and their legacy `<BOT>`/`<CHAR>`/`<USER>`
forms; `{{random:a,b}}` / `{{random::a::b}}`; `{{pick:…}}` (the same choice
every time the same text is expanded); `{{roll:N}}`, `{{roll:dN}}`,
`{{roll:XdY+Z}}` and any notation `/roll` takes (`4d6kh3`, `adv`…, see
`engine.dice`); `{{// comments}}`, removed. Names are matched without
regard to case. Anything else in braces is left exactly as it was.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Sequence

from bot.engine import dice

_COMMENT = re.compile(r"\{\{//.*?\}\}", re.DOTALL)
_NAMES = re.compile(r"\{\{(char|user)\}\}|<(bot|char|user)>", re.IGNORECASE)
_USER_FORMS = ("{{user}}", "<user>")
_CHOICE = re.compile(r"\{\{(random|pick)\s*:(.*?)\}\}", re.IGNORECASE | re.DOTALL)
_ROLL = re.compile(r"\{\{roll\s*:\s*([^{}]*?)\s*\}\}", re.IGNORECASE)


def expand(text: str, *, char: str, user: str, rng: random.Random, pick_seed: str = "") -> str:
    """Expand the macros in `text`.

    `char` is the narrator's name (a V3 card's nickname when it has one);
    `user` is whom the players are (see `party_name`). `{{random}}` and
    `{{roll}}` draw from `rng`; `{{pick}}` is seeded by the text itself and
    `pick_seed`, so a prompt rebuilt later makes the same picks.
    """
    if "{{" not in text and "<" not in text:
        return text
    original = text
    text = _COMMENT.sub("", text)
    text = _NAMES.sub(lambda m: user if m.group(0).lower() in _USER_FORMS else char, text)
    picks = random.Random(_stable_seed(original, pick_seed))
    text = _CHOICE.sub(lambda m: _choose(m, rng, picks), text)
    return _ROLL.sub(lambda m: _roll(m, rng), text)


def party_name(names: Sequence[str], *, fallback: str = "the party") -> str:
    """What `{{user}}` means with several players: "A", "A and B", "A, B and C"."""
    names = [name for name in names if name]
    if not names:
        return fallback
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _stable_seed(text: str, seed: str) -> int:
    digest = hashlib.sha256(f"{seed}\0{text}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def _choose(match: re.Match[str], rng: random.Random, picks: random.Random) -> str:
    options = _split_options(match.group(2))
    if not options:
        return match.group(0)
    source = picks if match.group(1).lower() == "pick" else rng
    return source.choice(options)


def _split_options(body: str) -> list[str]:
    """`:a::b` (SillyTavern) splits on `::`; otherwise on commas, `\\,` escaped."""
    if body.startswith(":"):
        return body[1:].split("::")
    parts = re.split(r"(?<!\\),", body)
    return [part.replace("\\,", ",") for part in parts]


def _roll(match: re.Match[str], rng: random.Random) -> str:
    total = roll_dice(match.group(1), rng)
    return match.group(0) if total is None else str(total)


def roll_dice(spec: str, rng: random.Random) -> int | None:
    """Total of a dice expression (`20` means `d20`, as in other card tools), or None
    when it is not one: invalid, too large, or with words after the notation."""
    spec = spec.strip()
    if spec.isdigit():
        spec = f"d{spec}"
    try:
        rolled = dice.roll(spec, rng=rng)
    except dice.DiceError:
        return None
    return None if rolled.reason else rolled.total
