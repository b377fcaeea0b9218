"""Loading the narrator persona of a campaign from the installed cards."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.cards import CharacterCard, load_card
from bot.engine.prompt import Persona
from bot.llm.base import SamplingSettings


@lru_cache(maxsize=64)
def _load_cached(path: Path, mtime: float) -> CharacterCard:
    del mtime  # part of the cache key only: an edited card is read again
    return load_card(path)


def narrator_card(cards_dir: Path, name: str) -> CharacterCard:
    path = (cards_dir / name).resolve()
    if not path.is_relative_to(cards_dir.resolve()):
        raise ValueError(f"card {name!r} is outside the cards directory")
    return _load_cached(path, path.stat().st_mtime)


def persona_from_card(card: CharacterCard) -> Persona:
    data = card.data
    return Persona(
        name=data.nickname or data.name,
        description=data.description,
        personality=data.personality,
        scenario=data.scenario,
        system_prompt=data.system_prompt,
        post_history_instructions=data.post_history_instructions,
        example_dialogue=data.mes_example,
    )


def card_sampling(card: CharacterCard, overrides: dict[str, Any] | None = None) -> SamplingSettings:
    """Sampling from the card's `extensions.loremaster.sampling`, then the campaign's."""
    ours = card.data.extensions.get("loremaster", {})
    merged: dict[str, Any] = dict(ours.get("sampling", {}) if isinstance(ours, dict) else {})
    merged.update(overrides or {})
    known = SamplingSettings.model_fields
    return SamplingSettings(**{k: v for k, v in merged.items() if k in known})
