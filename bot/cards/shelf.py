"""Where a campaign's narrator card lives: the packaged cards, or the uploads.

Cards set from Discord are written to the data directory (the packaged cards folder may be
read-only and off the volume); they are named `uploaded/<file>` in the database either way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

UPLOADED = "uploaded"  # the name prefix of cards set from Discord


@dataclass(frozen=True)
class CardShelf:
    cards_dir: Path
    uploads_dir: Path

    @classmethod
    def of(cls, cards: CardShelf | Path) -> CardShelf:
        """A shelf; a bare cards folder keeps its uploads inside it (tests, the console)."""
        return cards if isinstance(cards, CardShelf) else cls(cards, cards / UPLOADED)

    def path(self, name: str) -> Path:
        """The file of card `name`; ValueError for a name that leaves its folder."""
        base, rest = self.cards_dir, name
        head, _, tail = name.partition("/")
        if head == UPLOADED and tail:
            base, rest = self.uploads_dir, tail
        path = (base / rest).resolve()
        if not path.is_relative_to(base.resolve()):
            raise ValueError(f"card {name!r} is outside the cards directory")
        return path
