"""The changes the registry refused, as a table: when, which client, what kind of row, what was
done to it, and the registry's reason in words. A client no longer on this laptop is shown by
its id (the one thing beheer needs to look it up); the id is also the client cell's tooltip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt

from consultant_app.gui.dates import short_date_time
from consultant_app.gui.models.rows import RowsModel
from consultant_app.gui.sync_texts import field_label, op_label, refused_reason, row_label

if TYPE_CHECKING:  # only the shape SyncService.rejected returns
    from consultant_app.core.domain.records import Rejected

HEADERS = (QT_TRANSLATE_NOOP("RefusedModel", "Geweigerd op"),
           QT_TRANSLATE_NOOP("RefusedModel", "Cliënt"),
           QT_TRANSLATE_NOOP("RefusedModel", "Wat"),
           QT_TRANSLATE_NOOP("RefusedModel", "Actie"),
           QT_TRANSLATE_NOOP("RefusedModel", "Reden"))


class RefusedModel(RowsModel):
    CONTEXT, HEADERS = "RefusedModel", HEADERS
    WHEN, CLIENT, WHAT, ACTION, REASON = range(5)

    def __init__(self, language: str, parent=None):
        # The language of the dates and of the reasons, which come from the core's catalogue.
        super().__init__(parent, language=language)

    def set_refused(self, refused: list[Rejected]) -> None:
        self._reset(list(refused))

    def refused(self, row: int) -> Rejected | None:
        return self._row(row)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        change = self._row(index.row()) if index.isValid() else None
        if change is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(change, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.CLIENT:
                return change.client_id
            if column == self.REASON:
                return self._text(change, column)
        if role == Qt.ItemDataRole.UserRole:
            return change.change_id
        return None

    def _text(self, change: Rejected, column: int) -> str:
        if column == self.WHEN:
            return short_date_time(change.rejected_at, self.language)
        if column == self.CLIENT:
            return change.client_name or change.client_id or ""
        if column == self.WHAT:
            return row_label(change.entity)
        if column == self.ACTION:
            return op_label(change.op)
        reason = refused_reason(change.reason, self.language)
        return f"{reason} ({field_label(change.entity, change.field)})" if change.field else reason
