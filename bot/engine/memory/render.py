"""World-state entries as text: one line each, for the prompt and for `/world`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.engine.memory.world import SECTIONS, WorldState

CountTokens = Callable[[str], int]

SECTION_TITLES = {
    "places": "Places", "npcs": "People", "relationships": "Relationships",
    "items": "Items", "threads": "Plot threads", "conditions": "Conditions",
}


def entry_lines(state: WorldState) -> list[tuple[str, str, str]]:
    """(section, name, line) for every entry."""
    out: list[tuple[str, str, str]] = []
    for place in state.places:
        out.append(("places", place.name, _join(f"Place {place.name}", place.description)))
    for npc in state.npcs:
        attitudes = "; ".join(f"towards {k}: {v}" for k, v in npc.attitudes.items())
        out.append(("npcs", npc.name, _join(
            f"{npc.name}", ", ".join(npc.traits),
            f"at {npc.whereabouts}" if npc.whereabouts else "", attitudes, npc.notes,
        )))
    for rel in state.relationships:
        out.append(("relationships", f"{rel.a} & {rel.b}", f"{rel.a} & {rel.b}: {rel.kind}"))
    for item in state.items:
        holder = f"held by {item.holder}" if item.holder else "whereabouts unknown"
        out.append(("items", item.name, _join(f"{item.name}", holder, item.description)))
    for thread in state.threads:
        out.append(("threads", thread.name,
                    _join(f"Thread '{thread.name}' ({thread.status})", thread.notes)))
    for cond in state.conditions:
        out.append(("conditions", cond.character, f"{cond.character} is {cond.condition}"))
    return out


def _join(*parts: str) -> str:
    return " — ".join(p for p in parts if p)


def relevant_entries(
    state: WorldState, texts: Sequence[str], active_characters: Sequence[str],
    budget: int, count: CountTokens,
) -> str:
    """Entries named in `texts` (earlier texts weigh more), the party's conditions and open
    threads, within `budget` tokens."""
    lowered = [" ".join(t.casefold().split()) for t in texts]
    party = {c.casefold() for c in active_characters}
    scored: list[tuple[float, int, str]] = []
    for index, (section, name, line) in enumerate(entry_lines(state)):
        key = " ".join(name.casefold().split())
        names = [key] if section != "relationships" else key.split(" & ")
        score = 0.0
        for weight, text in zip(_weights(len(lowered)), lowered, strict=True):
            if any(n and n in text for n in names):
                score = max(score, weight)
        if section == "conditions" and key in party:
            score = max(score, 0.5)
        if section == "threads" and "(open)" in line:
            score = max(score, 0.2)
        if score > 0:
            scored.append((-score, index, line))
    heading = "# What the story has established"
    used = count(heading) + 1
    kept: list[tuple[int, str]] = []
    for _, index, line in sorted(scored):
        size = count(line) + 3
        if used + size > budget:
            continue
        kept.append((index, "- " + line))
        used += size
    if not kept:
        return ""
    return "\n".join([heading, *(line for _, line in sorted(kept))])


def _weights(n: int) -> list[float]:
    return [1.0 / (1 + i * 0.5) + 0.1 for i in range(n)]


def render_state(state: WorldState) -> str:
    """The whole state, by section, for `/world`."""
    if state.is_empty():
        return "Nothing has been recorded yet."
    lines = entry_lines(state)
    blocks = []
    for section in SECTIONS:
        rows = [line for s, _, line in lines if s == section]
        if rows:
            blocks.append(f"**{SECTION_TITLES[section]}**\n" + "\n".join(f"- {r}" for r in rows))
    return "\n\n".join(blocks)
