"""Static text embeddings for semantic recall (model2vec-style models).

A static model is a table of one vector per token: a text's vector is the mean
of its tokens' rows, normalised. No neural network runs, so embedding a post
costs microseconds on a CPU, and the model is a few to a few dozen megabytes.
The folder holds `tokenizer.json` and `model.safetensors` (one 2-D tensor,
`embeddings`), as model2vec saves them; it is pulled with huggingface_hub.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

from bot.llm.hub import pull_model

log = logging.getLogger(__name__)

FILES = ("tokenizer.json", "model.safetensors", "config.json", "*.md")


class EmbeddingError(Exception):
    """The embedding model could not be loaded; the message is one line for the user."""


class StaticEmbedder:
    def __init__(self, folder: Path, name: str) -> None:
        self.name = name
        try:
            self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
            tensors = load_file(str(folder / "model.safetensors"))
        except (OSError, ValueError, Exception) as exc:  # tokenizers raises plain Exception
            raise EmbeddingError(f"{name} is not a static embedding model: {exc}") from None
        table = tensors.get("embeddings", next(iter(tensors.values()), None))
        if table is None or table.ndim != 2:
            raise EmbeddingError(f"{name} has no 2-D `embeddings` tensor")
        self.table = table.astype(np.float32)
        unknown = self.tokenizer.token_to_id("[UNK]")
        self.unknown = -1 if unknown is None else unknown

    @property
    def dim(self) -> int:
        return int(self.table.shape[1])

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One unit vector per text (zeros for a text with no known token)."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, encoding in enumerate(self.tokenizer.encode_batch(list(texts))):
            ids = [i for i in encoding.ids if i != self.unknown and 0 <= i < len(self.table)]
            if not ids:
                continue
            mean = self.table[ids].mean(axis=0)
            norm = float(np.linalg.norm(mean))
            if norm > 0:
                out[row] = mean / norm
        return out


def load_embedder(
    model: str, *, cache_dir: Path | None = None, token: str | None = None
) -> StaticEmbedder:
    """The model from a local folder, or pulled from the Hub (cached after the first time)."""
    folder = Path(model)
    if not folder.is_dir():
        folder = pull_model(model, cache_dir=cache_dir, include=FILES, token=token)
    embedder = StaticEmbedder(folder, model)
    log.info("embedding model loaded: model=%s dim=%d vocab=%d", model, embedder.dim,
             len(embedder.table))
    return embedder
