"""Loading the narrator persona of a campaign from the installed cards."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from bot.cards import CharacterCard, LoadedCard
from bot.cards.cache import load_card_cached
from bot.cards.shelf import CardShelf
from bot.engine.prompt import Persona
from bot.llm.base import SamplingSettings


def narrator_file(cards: CardShelf | Path, name: str) -> LoadedCard:
    """The installed card `name` with its image and files, parsed once per content.

    Raises `FileNotFoundError` when there is no such file and `ValueError` (a
    `CardError`) when it is not a usable card or lies outside its folder."""
    return load_card_cached(CardShelf.of(cards).path(name))


def narrator_card(cards: CardShelf | Path, name: str) -> CharacterCard:
    return narrator_file(cards, name).card


async def narrator_card_async(cards: CardShelf | Path, name: str) -> CharacterCard:
    """`narrator_card` for async code: a card not parsed yet is parsed in a thread."""
    return await asyncio.to_thread(narrator_card, cards, name)


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
