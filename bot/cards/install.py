"""Putting an import's files into a folder whole, or not at all.

Everything is first written into a scratch folder beside the destination (so
on the same filesystem), then each piece is renamed into place. A failure at
any point puts back what was there and removes the scratch: the folder is as
it was before the import.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

# A piece of an import: one file's bytes, or a folder's files by their path parts.
Piece = bytes | Mapping[tuple[str, ...], bytes]


def install(into: Path, pieces: Mapping[str, Piece]) -> None:
    """Write each piece at its relative path under `into`, replacing what was there."""
    created = _make_folders(into)
    try:
        scratch = Path(tempfile.mkdtemp(prefix=".import-", dir=into))
        try:
            staged = [(scratch / f"{index}", into / name) for index, name in enumerate(pieces)]
            for (new, _), piece in zip(staged, pieces.values(), strict=True):
                _stage(new, piece)
            _swap_in(staged, scratch / "previous", created)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    except BaseException:
        _remove_empty(created)
        raise


def _stage(path: Path, piece: Piece) -> None:
    if isinstance(piece, bytes):
        path.write_bytes(piece)
        return
    path.mkdir()
    for parts, content in piece.items():
        target = path.joinpath(*parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)


def _swap_in(staged: list[tuple[Path, Path]], previous: Path, created: list[Path]) -> None:
    """Rename each staged piece into place, keeping what it replaces until all are in.
    Folders made on the way are added to `created`, to be removed on failure."""
    previous.mkdir()
    done: list[tuple[Path, Path | None]] = []
    try:
        for index, (new, final) in enumerate(staged):
            created += _make_folders(final.parent)
            kept = None
            if final.is_symlink() or final.exists():
                _refuse_other_kind(new, final)
                kept = previous / f"{index}"
                final.rename(kept)
            try:
                new.rename(final)
            except BaseException:
                if kept is not None:
                    kept.rename(final)
                raise
            done.append((final, kept))
    except BaseException:
        for final, kept in reversed(done):
            _remove(final)
            if kept is not None:
                kept.rename(final)
        raise


def _refuse_other_kind(new: Path, final: Path) -> None:
    """A file never replaces a folder (nor a folder a file): that is someone else's."""
    if new.is_dir() and not final.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(final))
    if not new.is_dir() and final.is_dir() and not final.is_symlink():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(final))


def _make_folders(folder: Path) -> list[Path]:
    """Create `folder` and its missing parents; the ones created, deepest first."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    return missing


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists() or path.is_symlink():
        path.unlink()


def _remove_empty(folders: list[Path]) -> None:
    """Remove the folders this import created, if nothing else went into them."""
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        try:
            folder.rmdir()
        except OSError:
            continue  # not empty: someone else's now
