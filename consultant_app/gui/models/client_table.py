"""The client list and search results as a table that loads lazily.

With 50,000 clients the view asks for rows as it scrolls (canFetchMore / fetchMore) and the
model pages through CaseFile.list_clients; a search shows its (bounded) result list. Only
summaries are held: name, birth date and the masked BSN, never the full file.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from consultant_app.core.domain.model import ClientSummary

PAGE = 200
Pager = Callable[[int, int], list[ClientSummary]]


def _headers() -> tuple[str, str, str]:
    # Translated when asked, not at import: the translator is installed after this module loads.
    return (QCoreApplication.translate("ClientTableModel", "Naam"),
            QCoreApplication.translate("ClientTableModel", "Geboortedatum"),
            QCoreApplication.translate("ClientTableModel", "BSN"))


class ClientTableModel(QAbstractTableModel):
    COLUMN_COUNT = 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ClientSummary] = []
        self._pager: Pager | None = None
        self._more = False

    # -- what is shown ---------------------------------------------------------------------------
    def show_all(self, pager: Pager) -> None:
        """Every client, in name order, fetched page by page as the view scrolls."""
        self.beginResetModel()
        self._pager, self._rows = pager, pager(0, PAGE)
        self._more = len(self._rows) == PAGE
        self.endResetModel()

    def show_results(self, results: list[ClientSummary]) -> None:
        self.beginResetModel()
        self._pager, self._rows, self._more = None, list(results), False
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock): nothing of the list stays in the window."""
        self.show_results([])

    def client_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    # -- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        summary = self._rows[index.row()]
        return (summary.full_name, summary.birth_date or "",
                summary.bsn_masked or "")[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _headers()[section]
        return None

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more and self._pager is not None

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        page = self._pager(len(self._rows), PAGE)
        self._more = len(page) == PAGE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
