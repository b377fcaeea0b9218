"""The usage chart: bars scaled to the largest day, in below out, as a valid PNG."""

from __future__ import annotations

import struct
import zlib

from bot.discord_app.usage_chart import (
    BACKGROUND,
    MARGIN,
    TOKENS_IN,
    TOKENS_OUT,
    bar_heights,
    usage_chart_png,
)


def decode(png: bytes) -> list[list[tuple[int, int, int]]]:
    """Rows of RGB pixels of an unfiltered 8-bit RGB PNG, checking every chunk's CRC."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    at, chunks = 8, {}
    while at < len(png):
        (length,) = struct.unpack(">I", png[at:at + 4])
        kind, data = png[at + 4:at + 8], png[at + 8:at + 8 + length]
        (crc,) = struct.unpack(">I", png[at + 8 + length:at + 12 + length])
        assert crc == zlib.crc32(kind + data) & 0xFFFFFFFF, kind
        chunks[kind] = data
        at += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert (depth, colour) == (8, 2) and b"IEND" in chunks
    raw = zlib.decompress(chunks[b"IDAT"])
    stride = 1 + 3 * width
    rows = []
    for y in range(height):
        line = raw[y * stride:(y + 1) * stride]
        assert line[0] == 0
        rows.append([tuple(line[1 + 3 * x:4 + 3 * x]) for x in range(width)])
    return rows  # type: ignore[return-value]


def test_bars_scale_to_the_largest_day_and_keep_small_days_visible() -> None:
    assert bar_heights([(0, 0), (0, 0)], 100) == [(0, 0), (0, 0)]
    heights = bar_heights([(750, 250), (0, 0), (1, 0), (100, 400)], 100)
    assert heights[0] == (75, 25)
    assert heights[1] == (0, 0)
    assert heights[2] == (1, 0)  # one token still shows
    assert heights[3] == (10, 40)


def test_the_png_shows_each_day_as_a_bar_in_its_slot() -> None:
    width, height = 120, 60
    rows = decode(usage_chart_png([(30, 10), (0, 0), (5, 15)], width=width, height=height))
    assert len(rows) == height and len(rows[0]) == width
    slot = (width - 2 * MARGIN) / 3
    columns = [MARGIN + int(n * slot + slot / 2) for n in range(3)]
    base = height - MARGIN
    plot = base - MARGIN
    first = [rows[y][columns[0]] for y in range(height)]
    assert first[base - 1] == TOKENS_IN and first[MARGIN] == TOKENS_OUT  # fills the plot
    assert first[MARGIN - 1] == BACKGROUND
    assert first.count(TOKENS_IN) == round(plot * 0.75)
    assert all(rows[y][columns[1]] == BACKGROUND for y in range(base))  # an empty day
    third = [rows[y][columns[2]] for y in range(height)]
    assert third.count(TOKENS_IN) + third.count(TOKENS_OUT) == round(plot / 2)
