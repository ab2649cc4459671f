"""Small editable tables of the client file (children, benefits): rows of plain fields typed in
place, a check box column where a value is yes/no, and the stored id kept out of sight.

A row left completely empty is not data: it is skipped, so "Kind toevoegen" followed by a change
of mind never sends an empty child. Each row reports which table row it came from, so an error
about `children[1]` can name the row the consultant sees.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from consultant_app.gui.dates import parse_date, short_date

TEXT, DATE, CHECK = "text", "date", "check"
ID_ROLE = Qt.ItemDataRole.UserRole


class RowsTable:
    """A QTableWidget read and written as a list of dicts; `columns` is [(key, TEXT|DATE|CHECK)].
    A DATE cell shows the short date of `language` and reads back ISO (gui/dates.py)."""

    def __init__(self, table: QTableWidget, columns: Sequence[tuple[str, str]],
                 language: str = "nl"):
        self.table = table
        self.language = language
        self.columns = list(columns)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Typing starts editing the current cell, and Tab inside an editor moves on to the next
        # cell; Tab outside an editor leaves the table (tab key navigation off in the form), so
        # the table is never a keyboard trap.
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                              & ~QAbstractItemView.EditTrigger.CurrentChanged)

    # -- writing ---------------------------------------------------------------------------------
    def load(self, rows: Sequence[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for row in rows:
            self.add_row(row)

    def add_row(self, values: dict[str, Any] | None = None) -> int:
        values = values or {}
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, (key, kind) in enumerate(self.columns):
            value = values.get(key)
            if kind == DATE:
                value = short_date(value, self.language) if value else None
            self.table.setItem(row, column, self._item(kind, value))
        self.table.item(row, 0).setData(ID_ROLE, values.get("id"))
        return row

    def add_and_edit(self) -> None:
        row = self.add_row()
        self.table.setFocus()
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    @staticmethod
    def _item(kind: str, value: Any) -> QTableWidgetItem:
        if kind == CHECK:
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            return item
        return QTableWidgetItem("" if value is None else str(value))

    def commit_edit(self) -> None:
        """Takes over the text of a cell still being edited (Ctrl+S pressed inside the cell):
        moving the current index away makes the view commit and close the editor."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return
        selection = self.table.selectionModel()
        current = selection.currentIndex()
        selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)

    # -- reading ---------------------------------------------------------------------------------
    def rows(self) -> list[tuple[int, dict[str, Any]]]:
        """(table row, values) of every row with something in it; empty text becomes None."""
        out = []
        for row in range(self.table.rowCount()):
            values = {key: self._value(row, column, kind)
                      for column, (key, kind) in enumerate(self.columns)}
            texts = [values[key] for key, kind in self.columns if kind != CHECK]
            if not any(texts):
                continue
            row_id = self.table.item(row, 0).data(ID_ROLE)
            if row_id:
                values = {"id": row_id, **values}
            out.append((row, values))
        return out

    def _value(self, row: int, column: int, kind: str) -> Any:
        item = self.table.item(row, column)
        if kind == CHECK:
            return item is not None and item.checkState() == Qt.CheckState.Checked
        text = item.text().strip() if item is not None else ""
        if kind == DATE:
            return parse_date(text, self.language)
        return text or None
