"""Parsed card files kept by their content, so an unchanged card is parsed once.

A large card takes hundreds of milliseconds to parse and the bot asks for the
narrator's card several times a turn. Entries are keyed by the SHA-256 of the
file's bytes (a copy or a rewrite with the same bytes is not parsed again);
the file's stat is remembered too, so an untouched file is not even reread.
The cache is bounded by the number of cards and by their total size in bytes
(the file's, plus a .charx's unpacked files).

Cached cards are shared: callers read them and must not change them.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from pathlib import Path

from bot.cards.io import LoadedCard, load_card_file, read_source

# (path, device, inode, size, modified ns): changes whenever the file is replaced or written.
StatKey = tuple[str, int, int, int, int]


class CardCache:
    """A small LRU of parsed cards; safe to use from several threads."""

    def __init__(self, *, max_cards: int = 16, max_bytes: int = 128 * 2**20) -> None:
        self.max_cards = max_cards
        self.max_bytes = max_bytes
        self.parses = 0  # files actually parsed: what the cache exists to save
        self._cards: OrderedDict[str, tuple[LoadedCard, int]] = OrderedDict()
        self._digests: OrderedDict[StatKey, str] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def load(self, path: Path) -> LoadedCard:
        """The parsed card in the file at `path` (a `CardError` if it is not one).

        A missing file raises `FileNotFoundError`, as `os.stat` does."""
        key = _stat_key(path)
        with self._lock:
            digest = self._digests.get(key)
            if digest is not None and (hit := self._touch(digest)) is not None:
                return hit
        data = read_source(path)
        digest = hashlib.sha256(data).hexdigest()
        with self._lock:
            hit = self._touch(digest)
            if hit is None:
                self.parses += 1
        if hit is None:
            hit = load_card_file(data, filename=str(path))  # outside the lock: slow
            self._keep(digest, hit, len(data) + sum(map(len, hit.assets.values())))
        with self._lock:
            self._digests[key] = digest
            self._digests.move_to_end(key)
            while len(self._digests) > 4 * self.max_cards:
                self._digests.popitem(last=False)
        return hit

    def clear(self) -> None:
        with self._lock:
            self._cards.clear()
            self._digests.clear()
            self._bytes = 0

    def _touch(self, digest: str) -> LoadedCard | None:
        entry = self._cards.get(digest)
        if entry is None:
            return None
        self._cards.move_to_end(digest)
        return entry[0]

    def _keep(self, digest: str, loaded: LoadedCard, size: int) -> None:
        if size > self.max_bytes:
            return
        with self._lock:
            if digest in self._cards:
                return  # another thread parsed the same bytes meanwhile
            self._cards[digest] = (loaded, size)
            self._bytes += size
            while len(self._cards) > self.max_cards or self._bytes > self.max_bytes:
                _, (_, dropped) = self._cards.popitem(last=False)
                self._bytes -= dropped


def _stat_key(path: Path) -> StatKey:
    stat = os.stat(path)
    return (str(path), stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)


# The process's cards: the narrator of every campaign comes from here.
CARDS = CardCache()


def load_card_cached(path: Path) -> LoadedCard:
    return CARDS.load(path)
