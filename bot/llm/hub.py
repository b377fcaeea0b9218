"""Model files from the Hugging Face Hub: pull, find in the cache, list, remove.

A thin layer over `huggingface_hub` that turns its exceptions into one-line
messages a bot admin can act on. Resume: a dropped connection is resumed by
the library within the same pull with a Range request; after a killed pull,
the next one fetches only the files that were not complete (huggingface_hub
2.x discards a partial file when its process ends).
"""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from huggingface_hub import scan_cache_dir, snapshot_download
from huggingface_hub.errors import (
    CacheNotFound,
    GatedRepoError,
    HFValidationError,
    LocalEntryNotFoundError,
    RepositoryNotFoundError,
    RevisionNotFoundError,
)
from tqdm.auto import tqdm

log = logging.getLogger(__name__)


class HubError(Exception):
    """A pull, list or remove failed; the message is one line for the user."""


@dataclass(frozen=True)
class CachedRevision:
    commit: str
    refs: tuple[str, ...]
    size_bytes: int
    path: Path


@dataclass(frozen=True)
class CachedModel:
    repo_id: str
    size_bytes: int
    revisions: tuple[CachedRevision, ...]


class LoggingProgress(tqdm):
    """A progress bar that writes to the log, at most every few seconds, not to a terminal."""

    log_every_s = 5.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["file"] = io.StringIO()
        kwargs["disable"] = False
        super().__init__(*args, **kwargs)
        self._last_log = 0.0

    def update(self, n: float | None = 1) -> bool | None:
        shown = super().update(n)
        now = time.monotonic()
        done = self.total is not None and self.n >= self.total
        if done or now - self._last_log >= self.log_every_s:
            self._last_log = now
            log.info("download %s: %s", self.desc or "model", self._amount())
        return shown

    def _amount(self) -> str:
        total = self.total or 0
        if self.unit == "B":
            return f"{self.n / 1e6:.1f}/{total / 1e6:.1f} MB"
        return f"{self.n:.0f}/{total:.0f} {self.unit}"


def pull_model(
    repo_id: str,
    *,
    revision: str | None = None,
    cache_dir: Path | None = None,
    include: Sequence[str] | None = None,
    token: str | None = None,
    offline: bool = False,
    progress: type[tqdm] | None = None,
) -> Path:
    """Download (or reuse from the cache) a model snapshot; return its folder.

    `offline=True` makes no request and uses only what is cached. Online, if
    the Hub cannot be reached, a cached snapshot of the revision is used.
    """
    try:
        folder = snapshot_download(
            repo_id,
            revision=revision,
            cache_dir=cache_dir,
            allow_patterns=list(include) if include else None,
            token=token,
            local_files_only=offline,
            tqdm_class=progress,
        )
    except GatedRepoError:
        hint = "the token has no access" if token else "set HF_TOKEN to a token with access"
        raise HubError(f"{repo_id} is gated: accept its terms on the Hub and {hint}") from None
    except RevisionNotFoundError:
        raise HubError(f"revision {revision!r} not found in {repo_id}") from None
    except RepositoryNotFoundError:
        raise HubError(
            f"model {repo_id} not found on the Hub (if it is private, set HF_TOKEN)"
        ) from None
    except LocalEntryNotFoundError:
        where = cache_dir or "the default cache"
        raise HubError(
            f"{repo_id} is not cached in {where} and the Hub was not reached "
            "(offline, or no network); pull it once while online"
        ) from None
    except HFValidationError as exc:
        raise HubError(f"invalid model id {repo_id!r}: {exc}") from None
    except OSError as exc:  # network and disk failures after retries
        raise HubError(f"download of {repo_id} failed: {_first_line(exc)}") from None
    return Path(str(folder))


def find_cached(
    repo_id: str, *, revision: str | None = None, cache_dir: Path | None = None
) -> Path | None:
    """The cached snapshot folder of a model, or None; never touches the network."""
    try:
        return pull_model(repo_id, revision=revision, cache_dir=cache_dir, offline=True)
    except HubError:
        return None


def list_models(cache_dir: Path | None = None) -> list[CachedModel]:
    """Models in the cache, largest first."""
    try:
        info = scan_cache_dir(cache_dir)
    except CacheNotFound:
        return []
    models = []
    for repo in info.repos:
        if repo.repo_type != "model":
            continue
        revisions = tuple(
            CachedRevision(
                commit=rev.commit_hash,
                refs=tuple(sorted(rev.refs)),
                size_bytes=rev.size_on_disk,
                path=Path(rev.snapshot_path),
            )
            for rev in sorted(repo.revisions, key=lambda r: r.last_modified, reverse=True)
        )
        models.append(CachedModel(repo.repo_id, repo.size_on_disk, revisions))
    return sorted(models, key=lambda m: m.size_bytes, reverse=True)


def remove_model(
    repo_id: str, *, revision: str | None = None, cache_dir: Path | None = None
) -> int:
    """Delete a cached model (or one revision of it: a commit prefix or ref); bytes freed."""
    try:
        info = scan_cache_dir(cache_dir)
    except CacheNotFound:
        info = None
    repos = info.repos if info else frozenset()
    repo = next((r for r in repos if r.repo_id == repo_id and r.repo_type == "model"), None)
    if info is None or repo is None:
        raise HubError(f"{repo_id} is not in the cache")
    commits = [
        rev.commit_hash
        for rev in repo.revisions
        if revision is None or rev.commit_hash.startswith(revision) or revision in rev.refs
    ]
    if not commits:
        raise HubError(f"{repo_id} has no cached revision {revision!r}")
    strategy = info.delete_revisions(*commits)
    freed = strategy.expected_freed_size
    strategy.execute()
    return freed


def human_size(size_bytes: int) -> str:
    size = float(size_bytes)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1000:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{size:.1f} TB"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
