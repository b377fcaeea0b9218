"""Semantic recall: posts found by meaning, for questions that share no word with them.

Optional (LOREMASTER_EMBEDDING_MODEL). Vectors are computed in the background
after each narration and stored in SQLite; each campaign's are kept in memory
as one matrix, extended with new rows, so a search is one matrix product. The
model is loaded on first use, in a thread; if it cannot be loaded, recall goes
on without it and says so once in the log.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from bot.llm.embedding import EmbeddingError, StaticEmbedder
from bot.llm.hub import HubError
from bot.store import Store

log = logging.getLogger(__name__)


@dataclass
class _Matrix:
    ids: list[int] = field(default_factory=list)
    rows: list[np.ndarray] = field(default_factory=list)
    stacked: np.ndarray | None = None


class SemanticRecall:
    def __init__(self, store: Store, load: Callable[[], StaticEmbedder], model: str) -> None:
        self.store = store
        self.model = model
        self._load = load
        self._embedder: StaticEmbedder | None = None
        self._failed = False
        self._loading = asyncio.Lock()
        self._matrices: dict[int, _Matrix] = {}

    async def embedder(self) -> StaticEmbedder | None:
        async with self._loading:
            if self._embedder is None and not self._failed:
                try:
                    self._embedder = await asyncio.to_thread(self._load)
                except (EmbeddingError, HubError) as exc:
                    self._failed = True
                    log.warning("semantic recall off: %s", exc)
        return self._embedder

    async def index(self) -> int:
        """Embed and store every story post past the mark; how many were embedded."""
        embedder = await self.embedder()
        if embedder is None:
            return 0
        done = 0
        while True:
            posts, through = await self.store.vectors.posts_to_embed(self.model)
            if through is None:
                return done
            vectors = await asyncio.to_thread(embedder.embed, [t for _, _, t in posts])
            rows = [(p, c, v.tobytes()) for (p, c, _), v in zip(posts, vectors, strict=True)]
            await self.store.vectors.save(self.model, rows, through)
            done += len(posts)

    async def search(
        self, campaign_id: int, texts: Sequence[str], *, k: int = 6
    ) -> list[list[int]]:
        """For each text, the ids of the `k` nearest posts by cosine, best first."""
        embedder = await self.embedder()
        if embedder is None or not texts:
            return [[] for _ in texts]
        matrix = await self._matrix(campaign_id, embedder.dim)
        if matrix.stacked is None or not len(matrix.ids):
            return [[] for _ in texts]
        queries = embedder.embed(list(texts))
        scores = queries @ matrix.stacked.T
        out: list[list[int]] = []
        for row, query in zip(scores, queries, strict=True):
            if not query.any():
                out.append([])
                continue
            best = np.argsort(-row)[:k]
            out.append([matrix.ids[i] for i in best if row[i] > 0])
        return out

    async def _matrix(self, campaign_id: int, dim: int) -> _Matrix:
        matrix = self._matrices.setdefault(campaign_id, _Matrix())
        after = matrix.ids[-1] if matrix.ids else 0
        new = await self.store.vectors.of_campaign(campaign_id, self.model, after)
        if new:
            for post_id, blob in new:
                matrix.ids.append(post_id)
                matrix.rows.append(np.frombuffer(blob, dtype=np.float32, count=dim))
            matrix.stacked = np.vstack(matrix.rows)
        return matrix
