"""What the narrator is told: its standing rules and each turn's instruction."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

RATING_RULES = {
    "family": "Keep everything suitable for all ages: no gore, no sexual content, mild peril only.",
    "teen": "Keep violence unsparing but not gratuitous; no sexual content; profanity sparingly.",
    "mature": "Mature themes, violence and strong language are allowed where the story earns them; "
    "sexual content fades to black.",
}


@dataclass(frozen=True)
class Action:
    """One player's contribution to the round being narrated."""

    character: str
    player: str
    text: str
    passed: bool = False
    rolled: bool = False  # a dice roll ("Stealth (1d20+3): 17"), beside the actions


def standing_rules(
    *,
    narrator_name: str,
    player_characters: Sequence[str],
    content_rating: str = "teen",
    lines_veils: Mapping[str, Sequence[str]] | None = None,
    card_system_prompt: str = "",
) -> str:
    """The rules at the head of every prompt. A card's system prompt replaces the default
    voice rules (`{{original}}` pulls them back in); the table rules always stay."""
    name = narrator_name or "the narrator"
    voice = (
        f"You are {name}, the narrator and game master of a multiplayer role-play campaign. "
        "Write in vivid, concrete prose in the present tense and the second or third person. "
        "Describe the world, the consequences of the players' actions, and voice every "
        "non-player character. Stay inside the fiction at all times: never speak as an "
        "assistant, never address the players out of character, never mention being an AI, "
        "never offer lists of options or ask whether they want more."
    )
    if card_system_prompt.strip():
        voice = card_system_prompt.replace("{{original}}", voice)
    pcs = ", ".join(player_characters) if player_characters else "the player characters"
    table = [
        f"The player characters are {pcs}. Their players alone decide what they say, do, think "
        "and feel: never write their dialogue, actions, thoughts or decisions. Describe what "
        "happens to them and around them, then stop and let them act.",
        "Answer every player's declared action in the same narration, giving each a moment.",
        "Do not resolve the scene's dramatic tension or end the scene unless the game master "
        "ends it: leave open threads open, raise stakes, end on a moment that invites action.",
        "Never repeat earlier narrations: new details, new sentences, forward motion.",
        RATING_RULES.get(content_rating, RATING_RULES["teen"]),
    ]
    if lines_veils:
        lines = ", ".join(lines_veils.get("lines", []))
        veils = ", ".join(lines_veils.get("veils", []))
        if lines:
            table.append(f"Lines (never include these at all): {lines}.")
        if veils:
            table.append(f"Veils (may happen only off-screen, never described): {veils}.")
    return voice + "\n\n# Table rules\n" + "\n".join(f"- {rule}" for rule in table)


def render_round(round_no: int, actions: Sequence[Action]) -> str:
    lines = [f"[Round {round_no}: the players' actions]"]
    for action in actions:
        if action.rolled:
            lines.append(f"- {action.character} ({action.player}) rolled {action.text}")
        elif action.passed:
            lines.append(f"- {action.character} ({action.player}) waits and does nothing new.")
        else:
            lines.append(f"- {action.character} ({action.player}): {action.text}")
    return "\n".join(lines)


def render_round_block(round_no: int, actions: Sequence[Action], context: Sequence[str]) -> str:
    """A round as the narrator sees it: the lore and memories it woke, then the actions.

    The same text is the last user turn while the round is narrated and stays in
    the history afterwards, so the next prompt extends this one exactly and a
    prefix-caching backend reuses it; the lore stays beside the round it informed.
    """
    parts = [c.strip() for c in context if c.strip()]
    parts.append(render_round(round_no, actions))
    return "\n\n".join(parts)


def turn_instruction(
    actions: Sequence[Action],
    *,
    next_player: str | None = None,
    spotlight: str | None = None,
    steer: str | None = None,
    post_history_instructions: str = "",
) -> str:
    """The last words before the narrator writes: the most recent, so the most obeyed."""
    names = [a.character for a in actions if not a.passed and not a.rolled]
    parts = []
    if names:
        parts.append(
            "Narrate what happens next, answering each of these actions: " + ", ".join(names) + "."
        )
    else:
        parts.append("Narrate what happens next: the world moves while the characters wait.")
    if any(a.rolled for a in actions):
        parts.append("The dice rolled this round stand: let their results decide how it goes.")
    if spotlight:
        parts.append(f"Bring {spotlight} forward this time: give them a hook or a moment.")
    if steer:
        parts.append(f"Direction from the game master (never quote it): {steer}")
    if next_player:
        parts.append(f"End by turning to {next_player}: it is their turn to act.")
    parts.append("Do not write any player character's words or choices; stop when they must act.")
    if post_history_instructions.strip():
        parts.append(post_history_instructions.strip())
    return "\n".join(parts)
