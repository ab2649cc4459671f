"""The report's bar charts (pure-Python PNG): a picture a viewer opens, with a bar as long as
its count, and no bar at all for a hidden count (its length would give the count away)."""

from __future__ import annotations

import struct
import zlib

from consultant_app.core.reports.chart import CURRENT, PREVIOUS, Bar, bar_chart


def pixels(png: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and RGB rows of a PNG as chart.py writes it (8-bit RGB, filter 0)."""
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    at, idat, width = 8, b"", 0
    while at < len(png):
        length, kind = struct.unpack(">I4s", png[at:at + 8])
        data = png[at + 8:at + 8 + length]
        assert zlib.crc32(kind + data) & 0xFFFFFFFF == struct.unpack(
            ">I", png[at + 8 + length:at + 12 + length])[0]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", data[:10])
            assert (depth, colour) == (8, 2)
        elif kind == b"IDAT":
            idat += data
        at += 12 + length
    raw = zlib.decompress(idat)
    stride = 1 + 3 * width
    rows = [raw[i * stride + 1:(i + 1) * stride] for i in range(height)]
    assert all(raw[i * stride] == 0 for i in range(height))
    return width, height, rows


def bar_lengths(png: bytes, colour) -> list[int]:
    """The longest run of `colour` in each band of rows that holds any of it, top down."""
    _, _, rows = pixels(png)
    target = bytes(colour)
    lengths, previous = [], 0
    for row in rows:
        count = sum(1 for i in range(0, len(row), 3) if row[i:i + 3] == target)
        if count > 16 and previous == 0:
            lengths.append(count)
        previous = count if count > 16 else 0
    return lengths


def test_bars_are_as_long_as_their_counts_and_a_hidden_count_has_none():
    png = bar_chart([Bar("Turkije", 150, "150", 100, "100"),
                     Bar("Tunesië", None, "<5", 50, "50"),
                     Bar("Marokko", 75, "75", None, "x")], 2024, 2023)

    current = bar_lengths(png, CURRENT)
    previous = bar_lengths(png, PREVIOUS)
    assert len(current) == 2 and len(previous) == 2  # Tunesië 2024 and Marokko 2023: no bar
    assert abs(current[0] - 2 * current[1]) <= 2  # 150 against 75
    assert abs(previous[0] - 2 * previous[1]) <= 2  # 100 against 50


def test_one_year_draws_one_bar_per_category():
    png = bar_chart([Bar("Utrecht", 40, "40", None, "–"), Bar("Zeist", 20, "20", None, "–")],
                    2025, None)

    assert len(bar_lengths(png, CURRENT)) == 2 and bar_lengths(png, PREVIOUS) == []
