"""What the play screen tells a player about what can be typed."""

from __future__ import annotations

from collections.abc import Sequence

from bot.console.parsing import Seat
from bot.engine.limits import MAX_ACTION_CHARS

HINT = "Name: action · ((table talk)) · /help · /quit"


def help_text(seats: Sequence[Seat]) -> str:
    names = ", ".join(s.player for s in seats)
    return "\n".join((
        f"Seated: {names}.",
        "  Name: text      what that player's character does (one line, at most "
        f"{MAX_ACTION_CHARS} characters)",
        "  Name: /pass     that player passes this round",
        "  Name: /roll 1d20+3 stealth   dice (2d6, 4d6kh3, adv+2, d%): shown, and the "
        "narrator sees the result",
        "  ((…))  or  //…  table talk: stored, never shown to the narrator "
        "(also as Name: ((…)))",
        "  /retry          ask the narrator again after it failed",
        "  /help           this list",
        "  /quit           leave; every action is saved, `loremaster play --resume` continues",
        "A round is narrated once every seated player has acted or passed.",
    ))


def not_seated(name: str, seats: Sequence[Seat]) -> str:
    return f"{name} is not seated ({', '.join(s.player for s in seats)})"


def too_long(length: int) -> str:
    return (f"(that action is {length} characters; the limit is {MAX_ACTION_CHARS}. "
            "Nothing was stored: shorten it and type it again.)")
