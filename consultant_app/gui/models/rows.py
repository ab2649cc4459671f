"""The plumbing every table model here shares: a flat list of rows, fixed translated headers,
and a whole reset when the list changes. Subclasses say what a cell shows; dates in a cell are
written by gui/dates.py in the model's `language`. A subclass that says what a column sorts by
(`sort_value`) can be sorted by a click on a header; its rows then stay sorted that way when the
list is given again, and column -1 brings back the order the list was given in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

# headerData's answer for a column's name in the source language: what a remembered sort is kept
# under, so it still finds its column after a column is added or the language changed.
COLUMN_KEY_ROLE = Qt.ItemDataRole.UserRole


class RowsModel(QAbstractTableModel):
    CONTEXT = "RowsModel"  # the translation context of HEADERS (QT_TRANSLATE_NOOP'd)
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None, *, language: str = "nl"):
        super().__init__(parent)
        self.language = language
        self._rows: list[Any] = []
        self._given: list[Any] = []  # the rows in the order given, for column -1
        self._sort = (-1, Qt.SortOrder.AscendingOrder)

    def _reset(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._given = rows
        self._rows = self._sorted(rows)
        self.endResetModel()

    def _row(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- sorting -----------------------------------------------------------------------------
    def sort_value(self, row: Any, column: int) -> Any:
        """What `row` sorts by in `column` (a date as ISO text, not as shown); None: the model
        keeps the order it was given."""
        return None

    def _sorted(self, rows: list[Any]) -> list[Any]:
        column, order = self._sort
        if column < 0 or not rows or self.sort_value(rows[0], column) is None:
            return list(rows)
        # Python's sort is stable, reversed too: equal values keep the order given.
        return sorted(rows, key=lambda row: self.sort_value(row, column),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._rows = self._sorted(self._given)
        # The selection and current row follow their rows to the new places.
        where = {id(row): place for place, row in enumerate(self._rows)}
        moved = self.persistentIndexList()
        self.changePersistentIndexList(moved, [
            self.index(where[id(before[i.row()])], i.column()) for i in moved])
        self.layoutChanged.emit()

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        if role == COLUMN_KEY_ROLE:
            return self.HEADERS[section]
        return None
