"""`--card FILE`: a card anywhere on disk becomes one in the cards directory."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.cards import CardError
from bot.cards.cli import run_import, slug
from bot.cards.io import load_card_file


def card_in_cards_dir(card: str, cards_dir: Path) -> str:
    """The card's name relative to `cards_dir`. A card file outside it is imported first,
    exactly as `loremaster cards import FILE` does, and the player is told."""
    path = Path(card).expanduser()
    if not path.is_file():
        return card  # not a file here: the name of a card inside the cards directory
    root = cards_dir.resolve()
    if path.resolve().is_relative_to(root):
        return str(path.resolve().relative_to(root))
    loaded = load_card_file(path)  # a broken or non-card file is refused before any write
    if run_import(argparse.Namespace(file=path, into=cards_dir)) != 0:
        raise CardError(f"{path} could not be imported into {cards_dir}")
    name = f"{slug(loaded.card.data.name or path.stem)}.json"
    print(f"(--card {card} is outside {cards_dir}: imported it, as `loremaster cards import "
          f"{card}` does; next time use --card {name})", file=sys.stderr)
    return name
