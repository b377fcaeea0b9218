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
