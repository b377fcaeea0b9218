"""`.charx` files: a zip with `card.json` at the root and embedded assets.

Reading is guarded against zip bombs: member count, declared and actual
uncompressed sizes, and compression ratio are all capped, and a member is
read in bounded pieces so a lying header cannot make us inflate more. Every
member name is checked here, once, so whatever reads an archive (validate or
import) refuses the same names.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
import zlib
from typing import Any

from bot.cards.errors import (
    MAX_JSON_BYTES,
    MAX_ZIP_MEMBERS,
    MAX_ZIP_RATIO,
    MAX_ZIP_TOTAL_BYTES,
    CardError,
)

CARD_MEMBER = "card.json"
EMBED_PREFIX = "embeded://"  # sic: the spelling the V3 spec uses
# Control characters, Windows separators and drive or stream colons: names that
# mean another place (or nothing) on some system.
_UNSAFE_CHARACTERS = re.compile(r"[\x00-\x1f\x7f\\:]")


def is_zip(data: bytes) -> bool:
    return data.startswith(b"PK\x03\x04")


def read_charx(data: bytes) -> tuple[bytes, dict[str, bytes]]:
    """Return (card.json bytes, {member path: bytes}) from a .charx archive."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CardError("not a valid .charx (zip) file") from exc
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]
        if len(members) > MAX_ZIP_MEMBERS:
            raise CardError(f".charx has too many files ({len(members)} > {MAX_ZIP_MEMBERS})")
        if sum(info.file_size for info in members) > MAX_ZIP_TOTAL_BYTES:
            raise CardError(".charx unpacks to more than the allowed size")
        check_member_names([info.filename for info in members])
        budget = MAX_ZIP_TOTAL_BYTES
        files: dict[str, bytes] = {}
        for info in members:
            if info.flag_bits & 0x1:
                raise CardError(".charx is encrypted")
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > 1024 * 1024 and ratio > MAX_ZIP_RATIO:
                raise CardError(".charx looks like a zip bomb (compression ratio too high)")
            limit = min(budget, MAX_JSON_BYTES) if info.filename == CARD_MEMBER else budget
            files[info.filename] = _read_member(archive, info, limit)
            budget -= len(files[info.filename])
    if CARD_MEMBER not in files:
        raise CardError(".charx has no card.json at its root")
    return files.pop(CARD_MEMBER), files


def member_parts(name: str) -> tuple[str, ...]:
    """The folders and file name of a member, refusing any name that could land
    outside the folder it is unpacked into (`..`, absolute, `C:`, backslashes)."""
    parts = tuple(name.split("/"))
    if _UNSAFE_CHARACTERS.search(name) or any(part in ("", ".", "..") for part in parts):
        raise CardError(f"unsafe file name in the archive: {name!r}")
    return parts


def check_member_names(names: list[str]) -> None:
    """Every name is safe, and none is both a file and the folder of another."""
    files = {member_parts(name) for name in names}
    for parts in files:
        for end in range(1, len(parts)):
            if parts[:end] in files:
                folder = "/".join(parts[:end])
                raise CardError(f"the archive has both a file and a folder named {folder!r}")


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    try:
        with archive.open(info) as member:
            while piece := member.read(64 * 1024):
                total += len(piece)
                if total > limit:
                    raise CardError(".charx unpacks to more than the allowed size")
                chunks.append(piece)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
        raise CardError(f".charx member {info.filename!r} is corrupt") from exc
    return b"".join(chunks)


def write_charx(card: dict[str, Any], assets: dict[str, bytes] | None = None) -> bytes:
    """Pack a card dict (and asset files by their member path) into .charx bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(CARD_MEMBER, json.dumps(card, ensure_ascii=False, indent=2))
        for path, content in (assets or {}).items():
            archive.writestr(path, content)
    return buffer.getvalue()
