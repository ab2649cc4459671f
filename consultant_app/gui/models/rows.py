"""The plumbing every table model here shares: a flat list of rows, fixed translated headers,
and a whole reset when the list changes. Subclasses say what a cell shows; dates in a cell are
written by gui/dates.py in the model's `language`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt


class RowsModel(QAbstractTableModel):
    CONTEXT = "RowsModel"  # the translation context of HEADERS (QT_TRANSLATE_NOOP'd)
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None, *, language: str = "nl"):
        super().__init__(parent)
        self.language = language
        self._rows: list[Any] = []

    def _reset(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _row(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None
