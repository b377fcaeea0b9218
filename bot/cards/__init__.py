"""Character cards: the community's format for personas (V1, V2, V3; JSON, PNG, .charx)."""

from __future__ import annotations

from bot.cards.errors import CardError
from bot.cards.io import LoadedCard, card_from_dict, dump_card, load_card, load_card_file
from bot.cards.model import Asset, CardData, CharacterBook, CharacterCard, LoreBookEntry

__all__ = [
    "Asset",
    "CardData",
    "CardError",
    "CharacterBook",
    "CharacterCard",
    "LoadedCard",
    "LoreBookEntry",
    "card_from_dict",
    "dump_card",
    "load_card",
    "load_card_file",
]
