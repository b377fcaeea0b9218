"""Reading `Name: text` lines at one shared keyboard."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Seat:
    player: str
    character: str


def parse_players(spec: str) -> list[Seat]:
    """`"Ana,Bo=Bram,Cy"` → seats; `Name=Character` names the character."""
    seats: list[Seat] = []
    for raw in spec.split(","):
        raw = raw.strip()
        if not raw:
            continue
        player, _, character = raw.partition("=")
        player, character = player.strip(), character.strip() or player.strip()
        if not player or ":" in player:
            raise ValueError(f"bad player name {raw!r}")
        if any(s.player.lower() == player.lower() for s in seats):
            raise ValueError(f"player {player!r} is seated twice")
        seats.append(Seat(player, character))
    if not seats:
        raise ValueError("--players needs at least one name")
    return seats


def split_line(line: str, seats: Sequence[Seat]) -> tuple[Seat | None, str]:
    """(the seat whose player or character name prefixes the line, the rest)."""
    name, sep, rest = line.partition(":")
    if not sep:
        return None, line.strip()
    wanted = name.strip().lower()
    for seat in seats:
        if wanted in (seat.player.lower(), seat.character.lower()):
            return seat, rest.strip()
    return None, line.strip()


COMMANDS = ("/help", "/retry", "/quit", "/exit")


@dataclass(frozen=True)
class Command:
    name: str  # one of COMMANDS


@dataclass(frozen=True)
class TableTalk:
    seat: Seat | None  # None: a bare `((…))` or `//…` line, nobody named
    text: str


@dataclass(frozen=True)
class Said:
    """`Name: text`, the text being an action, `/pass` or inline table talk."""

    seat: Seat
    text: str


@dataclass(frozen=True)
class Rolled:
    """`Name: /roll 1d20+3 stealth`: dice for that player (notation, then the reason)."""

    seat: Seat
    text: str


@dataclass(frozen=True)
class Unseated:
    name: str  # a `Name:` prefix that names no seat


@dataclass(frozen=True)
class Unknown:
    text: str  # no name, not table talk, not a command


Line = Command | TableTalk | Said | Rolled | Unseated | Unknown


def is_table_talk(text: str) -> bool:
    stripped = text.strip()
    return stripped.startswith("//") or (
        stripped.startswith("((") and stripped.endswith("))")
    )


def classify(line: str, seats: Sequence[Seat]) -> Line:
    """What a typed line is, before anything is stored."""
    line = line.strip()
    if line.lower() in COMMANDS:
        return Command(line.lower())
    if is_table_talk(line):
        return TableTalk(None, line)
    seat, text = split_line(line, seats)
    if seat is not None:
        command, _, rest = text.partition(" ")
        if command.lower() == "/roll":
            return Rolled(seat, rest.strip())
        return Said(seat, text)
    name, sep, _ = line.partition(":")
    # A short prefix without spaces reads as a name; a sentence with a colon does not.
    if sep and name.strip() and len(name.split()) <= 2 and not name.strip().startswith("/"):
        return Unseated(name.strip())
    return Unknown(line)
