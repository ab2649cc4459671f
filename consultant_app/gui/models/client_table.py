"""The client list and search results as a table that loads lazily.

With 50,000 clients the view asks for rows as it scrolls (canFetchMore / fetchMore) and the
model pages through CaseFile.list_clients, or through CaseFile.search_clients for a search (every
match, in rank order). A page is asked for and arrives later (the main window reads it off the
GUI thread); a page of an earlier list that arrives after the list changed is dropped. Only
summaries are held: name, birth date and the masked BSN, never the full file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt

from consultant_app.gui.dates import short_date
from consultant_app.gui.models.rows import RowsModel

if TYPE_CHECKING:  # only the shape CaseFile returns; the lock screen need not import the model
    from consultant_app.core.domain.model import ClientSummary

    # fetch(offset, limit, deliver): asks for a page; deliver(rows) once it is read
    Fetch = Callable[[int, int, Callable[[list[ClientSummary]], None]], None]

PAGE = 200


class ClientTableModel(RowsModel):
    CONTEXT = "ClientTableModel"
    HEADERS = (QT_TRANSLATE_NOOP("ClientTableModel", "Naam"),
               QT_TRANSLATE_NOOP("ClientTableModel", "Geboortedatum"),
               QT_TRANSLATE_NOOP("ClientTableModel", "BSN"))

    def __init__(self, parent=None, *, language: str = "nl"):
        super().__init__(parent, language=language)
        self._fetch: Fetch | None = None
        self._more = False
        self._fetching = False
        self._list = 0  # which list is shown: a page for an earlier one is dropped

    # -- what is shown ---------------------------------------------------------------------------
    def show_all(self, fetch: Fetch, first: list[ClientSummary]) -> None:
        """Every row `fetch` gives (all clients in name order, or every match of a search),
        fetched page by page as the view scrolls, after `first`, the first page (PAGE rows)."""
        self._list += 1
        self._fetch, self._fetching = fetch, False
        self._more = len(first) == PAGE
        self._reset(list(first))

    def show_results(self, results: list[ClientSummary]) -> None:
        self._list += 1
        self._fetch, self._more, self._fetching = None, False, False
        self._reset(list(results))

    def clear(self) -> None:
        """Forget every row (on lock): nothing of the list stays in the window."""
        self.show_results([])

    def client_id(self, row: int) -> str | None:
        summary = self._row(row)
        return summary.id if summary else None

    # -- Qt model --------------------------------------------------------------------------------
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        summary = self._rows[index.row()]
        return (summary.full_name, short_date(summary.birth_date, self.language),
                summary.bsn_masked or "")[index.column()]

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more and self._fetch is not None

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent) or self._fetching:
            return  # one page at a time: the view asks again as it scrolls
        self._fetching = True
        shown = self._list

        def deliver(page: list[ClientSummary]) -> None:
            if shown != self._list:
                return  # another list is shown meanwhile
            self._fetching = False
            self._more = len(page) == PAGE
            if page:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
                self._rows.extend(page)
                self.endInsertRows()

        self._fetch(len(self._rows), PAGE, deliver)
