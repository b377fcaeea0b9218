"""Recall through the entity index: who and what an action names.

An action reaches old posts two ways beside its words: the entities it names
("Korbinian", "4471") lead to the posts naming them, and the characters it
involves (its author, and anyone it names or addresses: "Tobin, where…") lead to
the posts in which they introduced something rare: a name, a number, a phrase
said once. Those are what a question asked hundreds of rounds later is about,
even when it shares no word with them. The candidates are ranked by the stems
they share with the action, then by how rare what they introduced is, then by
recency.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.engine.memory.entities import entity_keys
from bot.engine.memory.retrieval import folded, shared_stems, stem_patterns
from bot.engine.memory.stemming import fold, language_of, stems, words


@dataclass(frozen=True)
class EntityQuery:
    action: str
    keys: tuple[str, ...]  # entities the action names, characters aside
    authors: tuple[str, ...]  # the author ids of the characters it involves
    language: str
    asking: bool = False


def entity_query(action: str, author_id: str, names: Mapping[str, str]) -> EntityQuery:
    """What the action names, and whom it involves (`names`: author id → character)."""
    said = set(words(action))
    said |= {w[:-1] for w in said if w.endswith("s")}  # "Tobin's" → "tobins" → "tobin"
    folded = {fold(w) for w in said}
    named: list[str] = []
    characters: set[str] = set()
    for who, name in names.items():
        parts = [fold(p) for p in words(name)]
        characters.update(parts)
        if parts and any(p in folded for p in parts) and who != author_id:
            named.append(who)
    keys = tuple(k for k in entity_keys(action) if k not in characters)
    # "Esk, what did you vow…" is about Esk's past, not the asker's; an action naming
    # nobody is about its author's own.
    return EntityQuery(action, keys, tuple(named or [author_id]), language_of(action),
                       asks(action))


def asks(action: str) -> bool:
    """Whether the action asks something (its lists weigh more in the fusion)."""
    return "?" in action or "¿" in action


@dataclass(frozen=True)
class Candidate:
    post_id: int
    text: str
    named: bool  # holds an entity the action names
    rarity: int  # how many posts name the rarest entity it introduced (0: none)


def rank(query: EntityQuery, candidates: Sequence[Candidate]) -> list[int]:
    """Post ids best first: a named entity, then shared stems, then what it introduced
    (the rarer the better), then the newer."""
    patterns = stem_patterns(stems(query.action, query.language))

    def score(c: Candidate) -> tuple[int, int, float, int]:
        rare = 1.0 / c.rarity if c.rarity else 0.0
        return (c.named, shared_stems(folded(c.text), patterns), rare, c.post_id)

    return [c.post_id for c in sorted(candidates, key=score, reverse=True)]
