"""PNG text chunks, read and written by hand (no image library needed).

Cards live in `tEXt` chunks: keyword `chara` (V2) or `ccv3` (V3), value the
card JSON, UTF-8, base64. Writing replaces those chunks and leaves the image
itself untouched.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator

from bot.cards.errors import CardError

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CARD_KEYWORDS = ("chara", "ccv3")


def is_png(data: bytes) -> bool:
    return data.startswith(PNG_SIGNATURE)


def iter_chunks(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    """Yield (type, payload) for each chunk, checking lengths and CRCs."""
    if not is_png(data):
        raise CardError("not a PNG file")
    pos = len(PNG_SIGNATURE)
    while True:
        if pos + 8 > len(data):
            raise CardError("truncated PNG: it ends before its IEND chunk")
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise CardError("truncated PNG: a chunk runs past the end of the file")
        payload = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[end - 4 : end])
        if zlib.crc32(kind + payload) != crc:
            raise CardError(f"corrupt PNG: bad checksum on a {kind.decode('latin-1')!r} chunk")
        yield kind, payload
        if kind == b"IEND":
            return
        pos = end


def read_text_chunks(data: bytes) -> dict[str, bytes]:
    """Keyword → raw value of every tEXt chunk (the first one wins on repeats)."""
    texts: dict[str, bytes] = {}
    for kind, payload in iter_chunks(data):
        if kind != b"tEXt":
            continue
        keyword, sep, value = payload.partition(b"\0")
        if not sep:
            raise CardError("corrupt PNG: a tEXt chunk has no keyword separator")
        texts.setdefault(keyword.decode("latin-1"), value)
    return texts


def _chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(kind + payload)
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def text_chunk(keyword: str, value: bytes) -> bytes:
    return _chunk(b"tEXt", keyword.encode("latin-1") + b"\0" + value)


def write_text_chunks(image: bytes, texts: dict[str, bytes]) -> bytes:
    """Return `image` with the given tEXt chunks, replacing same-named ones.

    The new chunks go right before IEND; every other chunk is copied as is.
    """
    out = [PNG_SIGNATURE]
    for kind, payload in iter_chunks(image):
        if kind == b"tEXt" and payload.partition(b"\0")[0].decode("latin-1") in texts:
            continue
        if kind == b"IEND":
            out.extend(text_chunk(key, value) for key, value in texts.items())
        out.append(_chunk(kind, payload))
    return b"".join(out)


def blank_png(width: int = 1, height: int = 1) -> bytes:
    """A small opaque grey RGB image, for exporting a card that has no picture."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\0" + b"\x40\x40\x40" * width for _ in range(height))
    return (
        PNG_SIGNATURE
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(rows))
        + _chunk(b"IEND", b"")
    )
