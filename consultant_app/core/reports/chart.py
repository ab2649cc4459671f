"""Bar charts of the report's breakdowns as PNG pictures, in pure Python (the .docx shows them;
no Qt, no image library): horizontal bars, this year above last year for each category, the
count at the end of each bar, a legend with the two years.

A hidden count (`<5`, `x`) gets no bar at all, only its text where the bar would start: a bar's
length would give the count away. The letters are bitmaps of DejaVu Sans (glyphs.py, made by
resources/fonts/make_glyphs.py); a character they lack is drawn as "?".
"""

from __future__ import annotations

import base64
import struct
import zlib
from dataclasses import dataclass
from functools import cache

from consultant_app.core.reports import glyphs

WHITE = (255, 255, 255)
INK = (0x26, 0x26, 0x26)
GREY = (0x73, 0x73, 0x73)
RULE = (0xD9, 0xD9, 0xD9)
CURRENT = (0x1F, 0x3A, 0x5F)  # the letters' accent blue: this year
PREVIOUS = (0x9D, 0xB4, 0xCF)  # a light blue: the year before
WIDTH = 1100  # px: printed 16 cm wide about 175 dpi, the letters about as big as the table's
BAR = 22
GAP = 16  # between categories
PAD = 20
TRACKING = -1  # px between letters: each bitmap carries a little room on both sides
DOTS_PER_METRE = round(WIDTH / 0.16)


@dataclass(frozen=True)
class Bar:
    """One category: its label and, per year, the count drawn (None: hidden) and its text."""

    label: str
    current: int | None
    current_text: str
    previous: int | None
    previous_text: str


@dataclass(frozen=True)
class Font:
    height: int
    widths: dict[str, int]
    offsets: dict[str, int]
    pixels: bytes

    def width(self, text: str) -> int:
        return sum(self.widths.get(c, self.widths["?"]) + TRACKING for c in text)


@cache
def font(style: str = "regular") -> Font:
    height, chars, widths, chunks = getattr(glyphs, style.upper())
    pixels = zlib.decompress(base64.b85decode("".join(chunks)))
    offsets, at = {}, 0
    for char, width in zip(chars, widths):
        offsets[char] = at
        at += width * height
    return Font(height, dict(zip(chars, widths)), offsets, pixels)


class Canvas:
    """An RGB picture to draw rectangles and text on, saved as PNG."""

    def __init__(self, width: int, height: int, background=WHITE):
        self.width, self.height = width, height
        self.rows = [bytearray(bytes(background) * width) for _ in range(height)]

    def rect(self, x: int, y: int, w: int, h: int, color) -> None:
        x0, x1 = max(0, x), min(self.width, x + w)
        if x1 <= x0:
            return
        span = bytes(color) * (x1 - x0)
        for row in self.rows[max(0, y):min(self.height, y + h)]:
            row[3 * x0:3 * x1] = span

    def text(self, x: int, y: int, text: str, color=INK, style: str = "regular") -> int:
        """Draw `text` with its top-left at (x, y); returns the x after it."""
        face = font(style)
        for char in text:
            if char not in face.offsets:
                char = "?"
            width = face.widths[char]
            base = face.offsets[char]
            for gy in range(face.height):
                if not 0 <= y + gy < self.height:
                    continue
                row = self.rows[y + gy]
                line = face.pixels[base + gy * width: base + (gy + 1) * width]
                for gx, ink in enumerate(line):
                    px = x + gx
                    if ink and 0 <= px < self.width:
                        i = 3 * px
                        for c in range(3):
                            row[i + c] = (row[i + c] * (255 - ink) + color[c] * ink) // 255
            x += width + TRACKING
        return x

    def png(self) -> bytes:
        raw = b"".join(b"\x00" + bytes(row) for row in self.rows)

        def chunk(kind: bytes, data: bytes) -> bytes:
            return (struct.pack(">I", len(data)) + kind + data
                    + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                + chunk(b"pHYs", struct.pack(">IIB", DOTS_PER_METRE, DOTS_PER_METRE, 1))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def bar_chart(bars: list[Bar], year: int, previous_year: int | None) -> bytes:
    """The PNG of `bars`: this year's bar (dark) above the previous year's (light)."""
    face, bold = font(), font("bold")
    label_width = max((face.width(bar.label) for bar in bars), default=0) + PAD
    value_room = max(face.width(t) for bar in bars for t in (bar.current_text,
                                                              bar.previous_text)) + PAD
    plot_x = PAD + label_width
    plot_width = WIDTH - plot_x - PAD - value_room
    years = 2 if previous_year is not None else 1
    row = years * BAR + (years - 1) * 4 + GAP
    legend = face.height + PAD
    height = PAD + legend + row * len(bars) + PAD
    canvas = Canvas(WIDTH, height)
    x = plot_x
    for color, label in ((CURRENT, str(year)), (PREVIOUS, str(previous_year)))[:years]:
        canvas.rect(x, PAD + 6, 16, 16, color)
        x = canvas.text(x + 24, PAD, label, GREY, "bold") + PAD
    highest = max([b.current or 0 for b in bars] + [b.previous or 0 for b in bars] + [1])
    top = PAD + legend
    canvas.rect(plot_x - 1, top - GAP // 2, 2, row * len(bars), RULE)
    for index, bar in enumerate(bars):
        y = top + index * row
        label_y = y + (years * BAR + (years - 1) * 4 - face.height) // 2
        canvas.text(PAD + label_width - PAD // 2 - face.width(bar.label), label_y, bar.label)
        series = [(bar.current, bar.current_text, CURRENT, bold)]
        if years == 2:
            series.append((bar.previous, bar.previous_text, PREVIOUS, face))
        for offset, (count, text, color, style) in enumerate(series):
            bar_y = y + offset * (BAR + 4)
            length = 0 if count is None else round(plot_width * count / highest)
            canvas.rect(plot_x + 1, bar_y, length, BAR, color)
            canvas.text(plot_x + 1 + length + 8, bar_y + (BAR - face.height) // 2, text,
                        INK if style is bold else GREY,
                        "bold" if style is bold else "regular")
    return canvas.png()
