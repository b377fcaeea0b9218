"""The optional model-judged impersonation check: the question, its answer, and how
the answer joins the rules' findings. Pure: the request itself is made by the
service (bot/services/guard_judge.py).

The model is asked which player characters the narration made act, speak,
think or feel, in strict JSON. A character it says spoke, thought or felt is
impersonated; one it says acted is impersonated only when its player declared
nothing this round (a declared move may be told as it plays out).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .mentions import find_mentions
from .model import GuardContext, GuardFinding
from .text import sentences

GUARD = "impersonation"
KINDS = ("acts", "speaks", "thinks", "feels")

JUDGE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "characters": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"name": {"type": "string"},
                               **{kind: {"type": "boolean"} for kind in KINDS}},
                "required": ["name", *KINDS],
                "additionalProperties": False,
            },
        }
    },
    "required": ["characters"],
    "additionalProperties": False,
}


class JudgeAnswerError(ValueError):
    """The model's answer is not the JSON the schema asks for."""


def judge_messages(text: str, ctx: GuardContext) -> list[dict[str, str]]:
    declared = "\n".join(f"- {name}: {action}" for name, action in ctx.declared_actions.items())
    system = (
        "You check a game master's narration in a role-play game. Player characters belong "
        "to the players: the narration may describe the world and what happens to them, and "
        "may tell how an action their player declared plays out, but must not make them do, "
        "say, think or feel anything else. Answer only with JSON matching the schema."
    )
    user = (
        f"Player characters: {', '.join(ctx.players)}\n"
        f"Declared this round:\n{declared or '- (nothing)'}\n\n"
        f"Narration:\n{text}\n\n"
        "For each player character, say whether the narration made them act (beyond a "
        "declared action), speak, think or feel."
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def parse_answer(raw: str, players: Sequence[str]) -> dict[str, list[str]]:
    """{player: [kinds the model says the narration made them do]}; only known players.

    Raises JudgeAnswerError on anything but the schema's shape."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise JudgeAnswerError(f"not JSON ({exc.msg})") from None
    entries = data.get("characters") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise JudgeAnswerError("no 'characters' list")
    known = {p.strip().lower(): p for p in players}
    verdict: dict[str, list[str]] = {}
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise JudgeAnswerError("a character without a name")
        if any(not isinstance(entry.get(kind), bool) for kind in KINDS):
            raise JudgeAnswerError("a flag missing or not true or false")
        player = known.get(entry["name"].strip().lower())
        kinds = [kind for kind in KINDS if entry.get(kind)]
        if player is not None and kinds:
            verdict[player] = kinds
    return verdict


def judged_findings(text: str, ctx: GuardContext, verdict: dict[str, list[str]],
                    already: Sequence[GuardFinding]) -> list[GuardFinding]:
    """Findings for the characters the model names and the rules did not."""
    declared = {name.strip().lower() for name, action in ctx.declared_actions.items()
                if action.strip()}
    findings = []
    for player, kinds in verdict.items():
        wrong = [k for k in kinds if k != "acts" or player.strip().lower() not in declared]
        if not wrong or any(player in f.reason for f in already if f.guard == GUARD):
            continue
        start, end = _first_sentence_naming(text, player)
        findings.append(GuardFinding(GUARD, start, end,
                                     f"the model judge: {'/'.join(wrong)} for {player}"))
    return findings


def _first_sentence_naming(text: str, player: str) -> tuple[int, int]:
    mentions = find_mentions(text, [player])
    if mentions:
        for sentence in sentences(text):
            if sentence.start <= mentions[0].start < sentence.end:
                return sentence.start, sentence.end
    return 0, len(text)  # not named: nothing to cut, so the narration is written again
