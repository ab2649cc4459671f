"""A small horizontal bar chart drawn with QPainter (QtCharts is not part of PySide6-Essentials):
one group per category, a bar for the year and a lighter one for the year before, each with its
count at its end, and a legend naming the two years. The Jaarcijfers screen draws one per
table of the annual report.

It knows nothing of reports: it is given categories and their two values. A value of None (a
year without figures) draws no bar and no number.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

CURRENT = QColor("#2f6db5")   # the year shown: the strong colour
PREVIOUS = QColor("#a8c1e0")  # the year before: the same hue, lighter
BAR = 11       # height of one bar
GAP = 2        # between the two bars of a category
GROUP_GAP = 9  # between categories
MARGIN = 6
LABEL_SHARE = 0.38  # at most this part of the width goes to the category names


@dataclass(frozen=True)
class Bar:
    label: str
    current: float | None
    previous: float | None
    current_text: str = ""
    previous_text: str = ""


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.legend: tuple[str, str | None] = ("", None)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(280)

    def set_bars(self, bars: list[Bar], current_year: str, previous_year: str | None) -> None:
        """Show `bars`; the legend names `current_year` and `previous_year` (None: no
        previous year, so no second bar and no second legend entry)."""
        self.bars = list(bars)
        self.legend = (current_year, previous_year)
        self.setAccessibleDescription("; ".join(
            f"{b.label}: {b.current_text}" + (f" ({previous_year}: {b.previous_text})"
                                               if previous_year else "") for b in bars))
        self.updateGeometry()
        self.update()

    def _legend_height(self) -> int:
        return self.fontMetrics().height() + 2 * MARGIN

    def _bars_height(self) -> int:
        """The height of one category's bars."""
        return 2 * BAR + GAP if self.legend[1] else BAR

    def _group_height(self) -> int:
        return self._bars_height() + GROUP_GAP

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(420, self._legend_height() + len(self.bars) * self._group_height()
                     + MARGIN)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(280, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text_colour)
        self._paint_legend(painter)
        if not self.bars:
            return
        metrics = self.fontMetrics()
        label_width = min(int(self.width() * LABEL_SHARE),
                          max(metrics.horizontalAdvance(b.label) for b in self.bars)
                          + 2 * MARGIN)
        numbers = [t for b in self.bars for t in (b.current_text, b.previous_text)]
        number_width = max(metrics.horizontalAdvance(t) for t in numbers) + MARGIN
        left = MARGIN + label_width
        room = max(1, self.width() - left - number_width - MARGIN)
        largest = max([v for b in self.bars for v in (b.current, b.previous)
                       if v is not None] or [0])
        two = self.legend[1] is not None
        y = self._legend_height()
        for bar in self.bars:
            painter.setPen(text_colour)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                       label_width - MARGIN)
            painter.drawText(QRectF(MARGIN, y, label_width - MARGIN, self._bars_height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
            rows = [(bar.current, bar.current_text, CURRENT)]
            if two:
                rows.append((bar.previous, bar.previous_text, PREVIOUS))
            for row, (value, text, colour) in enumerate(rows):
                if value is None:
                    continue
                top = y + row * (BAR + GAP)
                length = room * value / largest if largest else 0
                if value and length < 2:
                    length = 2  # a count above zero is always visible
                painter.fillRect(QRectF(left, top, length, BAR), colour)
                painter.setPen(text_colour)
                painter.drawText(QRectF(left + length + 4, top - 3, number_width, BAR + 6),
                                 Qt.AlignmentFlag.AlignVCenter, text)
            y += self._group_height()
        painter.end()

    def _paint_legend(self, painter: QPainter) -> None:
        metrics = self.fontMetrics()
        x, y = MARGIN, MARGIN
        for text, colour in zip(self.legend, (CURRENT, PREVIOUS)):
            if not text:
                continue
            painter.fillRect(QRectF(x, y + (metrics.height() - BAR) / 2, BAR, BAR), colour)
            x += BAR + 5
            painter.drawText(QRectF(x, y, metrics.horizontalAdvance(text) + 2, metrics.height()),
                             Qt.AlignmentFlag.AlignVCenter, text)
            x += metrics.horizontalAdvance(text) + 3 * MARGIN
