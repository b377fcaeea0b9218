"""Rolls the narrator calls for: the markup the prompt asks for, and its parser.

A request stands on a line of its own, usually at the end of a narration:

    [[roll: Mira, Stealth, DC 15]]

one line per roll. The parser is forgiving (any case, bold or italics around it, a
missing or bare DC, `;` or `|` between the parts); a request line is taken out of the
prose whatever it says, so players and the stored canon never see the markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

_REQUEST_LINE = re.compile(
    r"^[ \t>*_`]*\[\[[ \t]*roll[ \t]*[:\-][ \t]*(?P<body>[^\[\]\n]{0,200}?)[ \t]*\]\][ \t*_`]*$",
    re.IGNORECASE | re.MULTILINE,
)
_PART_SPLIT = re.compile(r"[,;|]")
_DC = re.compile(r"^(?:dc[ \t]*:?[ \t]*)?(\d{1,2})$", re.IGNORECASE)
_SKILL = re.compile(r"^[A-Za-z][A-Za-z' -]{0,30}$")
MAX_REQUESTS = 6  # per narration: more is a model looping, not a scene


@dataclass(frozen=True)
class RollRequest:
    character: str  # as the narrator wrote it
    skill: str
    dc: int | None = None

    def as_meta(self, player_id: str) -> dict[str, Any]:
        return {"player_id": player_id, "character": self.character, "skill": self.skill,
                "dc": self.dc}


def parse_request(body: str) -> RollRequest | None:
    """`Mira, Stealth, DC 15` → RollRequest; None when it names no one or no skill."""
    parts = [p.strip() for p in _PART_SPLIT.split(body) if p.strip()]
    if len(parts) < 2 or len(parts) > 3:
        return None
    character, skill = parts[0], parts[1]
    dc = None
    if len(parts) == 3:
        match = _DC.match(parts[2])
        if match is None:
            return None
        dc = int(match.group(1))
    if not _SKILL.match(skill) or len(character) > 80:
        return None
    return RollRequest(character, " ".join(skill.split()), dc)


def split_requests(text: str) -> tuple[str, list[RollRequest]]:
    """The prose without any request line, and the requests that could be read."""
    requests: list[RollRequest] = []
    for match in _REQUEST_LINE.finditer(text):
        request = parse_request(match.group("body"))
        if request is not None and request not in requests and len(requests) < MAX_REQUESTS:
            requests.append(request)
    prose = _REQUEST_LINE.sub("", text)
    return re.sub(r"\n{3,}", "\n\n", prose).strip(), requests


def request_instruction(player_characters: Sequence[str]) -> str:
    """What the prompt asks for when the outcome of a character's attempt is uncertain."""
    pcs = ", ".join(player_characters) or "the player characters"
    return (f"If an attempt by {pcs} is uncertain, stop before its outcome and end with one "
            "line per roll: [[roll: Character, Skill, DC 15]].")


def console_line(request: RollRequest) -> str:
    """How the terminal shows a request, with what to type to answer it."""
    dc = f", DC {request.dc}" if request.dc is not None else ""
    return (f"(the narrator asks {request.character} to roll {request.skill}{dc}: "
            f"type `{request.character}: /roll {request.skill.lower()}`)")


def from_meta(meta: dict[str, Any]) -> list[tuple[str, RollRequest]]:
    """(player id, request) of each request stored in a narration's meta."""
    found = []
    for item in meta.get("roll_requests") or []:
        if isinstance(item, dict) and item.get("player_id") and item.get("skill"):
            dc = item.get("dc")
            found.append((str(item["player_id"]), RollRequest(
                str(item.get("character", "")), str(item["skill"]),
                dc if isinstance(dc, int) else None)))
    return found


def answers(request: RollRequest, roll_reason: str) -> bool:
    """A roll for `roll_reason` answers the request for the same skill."""
    return " ".join(roll_reason.split()).casefold() == request.skill.casefold()
