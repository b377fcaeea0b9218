"""The small bar chart `/admin usage` attaches: tokens per day, in (below) and out (on top).

Pure: numbers in, PNG bytes out, written with zlib alone (no imaging library to
install for one picture). The embed beside it carries the numbers and the legend.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence

Colour = tuple[int, int, int]

BACKGROUND: Colour = (47, 49, 54)  # Discord's dark embed grey
AXIS: Colour = (140, 142, 150)
TOKENS_IN: Colour = (88, 101, 242)  # blurple
TOKENS_OUT: Colour = (250, 166, 26)  # amber
MARGIN = 8


def bar_heights(days: Sequence[tuple[int, int]], plot_height: int) -> list[tuple[int, int]]:
    """(in, out) pixel heights per day, scaled so the largest day fills the plot; a day
    with any tokens gets at least one pixel, so it never looks like a day without."""
    largest = max((tin + tout for tin, tout in days), default=0)
    if largest <= 0:
        return [(0, 0) for _ in days]
    heights = []
    for tin, tout in days:
        total = max(round((tin + tout) * plot_height / largest), 1 if tin + tout else 0)
        low = round(total * tin / (tin + tout)) if tin + tout else 0
        heights.append((low, total - low))
    return heights


def usage_chart_png(days: Sequence[tuple[int, int]], width: int = 420, height: int = 160) -> bytes:
    """A PNG of one bar per day (oldest on the left) of (tokens in, tokens out)."""
    pixels = [[BACKGROUND] * width for _ in range(height)]
    base = height - MARGIN  # the axis row
    for x in range(MARGIN, width - MARGIN):
        pixels[base][x] = AXIS
    slots = max(len(days), 1)
    slot = (width - 2 * MARGIN) / slots
    bar = max(int(slot * 0.7), 1)
    for n, (low, high) in enumerate(bar_heights(days, base - MARGIN)):
        left = MARGIN + int(n * slot + (slot - bar) / 2)
        for x in range(left, min(left + bar, width - MARGIN)):
            for y in range(low):
                pixels[base - 1 - y][x] = TOKENS_IN
            for y in range(low, low + high):
                pixels[base - 1 - y][x] = TOKENS_OUT
    return encode_png(pixels)


def encode_png(pixels: Sequence[Sequence[Colour]]) -> bytes:
    """An 8-bit RGB PNG of the rows given (top row first)."""
    height, width = len(pixels), len(pixels[0])
    raw = b"".join(b"\x00" + bytes(c for px in row for c in px) for row in pixels)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
