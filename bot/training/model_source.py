"""Where a model for training or evaluation comes from: a folder, the model cache, or a server.

Nothing here downloads: a Hub repo id must already be in the cache
(`loremaster models pull REPO_ID`), so a typo never starts a multi-gigabyte fetch.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urldefrag, urlsplit


class ModelSourceError(ValueError):
    """A model that cannot be found; the message says what to do."""


@dataclass(frozen=True)
class LocalModel:
    folder: Path
    label: str


@dataclass(frozen=True)
class ServedModel:
    """An OpenAI-compatible server; `model` None means the one it serves."""

    base_url: str
    model: str | None
    label: str


def resolve_local(spec: str, cache_dir: Path | None = None) -> LocalModel:
    """A model folder as it is, else the cached snapshot of a Hub repo id."""
    folder = Path(spec).expanduser()
    if folder.is_dir():
        return LocalModel(folder, spec)
    if "/" in spec and not folder.is_absolute() and spec.count("/") == 1:
        from bot.config import load_settings
        from bot.llm.hub import find_cached  # huggingface_hub: only when a repo id is given

        # The cache `loremaster models pull` fills unless told otherwise.
        where = cache_dir if cache_dir is not None else load_settings().hf_cache
        cached = find_cached(spec, cache_dir=where)
        if cached is not None:
            return LocalModel(cached, spec)
        raise ModelSourceError(f"{spec} is not in the model cache: "
                               f"run `loremaster models pull {spec}` first")
    raise ModelSourceError(f"{spec}: no such model folder")


def resolve(spec: str, cache_dir: Path | None = None) -> LocalModel | ServedModel:
    """`http(s)://host/v1#model` names a served model (the fragment, never sent, picks
    one of the server's models); anything else is a local model."""
    if spec.startswith(("http://", "https://")):
        url, fragment = urldefrag(spec)
        parts = urlsplit(url)
        # Credentials in a URL must not reach a printed table.
        label = f"{parts.hostname}{f':{parts.port}' if parts.port else ''}{parts.path}"
        return ServedModel(url, fragment or None, label + (f"#{fragment}" if fragment else ""))
    return resolve_local(spec, cache_dir)
