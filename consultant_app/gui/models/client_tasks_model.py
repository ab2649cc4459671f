"""One client's follow-up tasks as a table: open ones first by due date, overdue ones marked.

"Overdue" is judged against a `today` handed in (not read from the clock inside the model), so
the view and its tests agree on what today is.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from consultant_app.core.domain.folding import fold
from consultant_app.gui.dates import short_date, short_date_time
from consultant_app.gui.models.rows import RowsModel

if TYPE_CHECKING:  # only the shape CaseFile returns; the gui never calls a repository
    from consultant_app.core.domain.records import FollowUp

OVERDUE_COLOUR = QColor("#b00020")


HEADERS = (QT_TRANSLATE_NOOP("ClientTasksModel", "Uiterlijk"),
           QT_TRANSLATE_NOOP("ClientTasksModel", "Taak"),
           QT_TRANSLATE_NOOP("ClientTasksModel", "Status"))


class ClientTasksModel(RowsModel):
    CONTEXT, HEADERS = "ClientTasksModel", HEADERS
    DUE, TEXT, STATUS = range(3)

    def __init__(self, parent=None, *, language: str = "nl"):
        super().__init__(parent, language=language)
        self._today = date.today().isoformat()

    def set_tasks(self, tasks: list[FollowUp], today: str | None = None) -> None:
        self._today = today or date.today().isoformat()
        self._reset(list(tasks))

    def task(self, row: int) -> FollowUp | None:
        return self._row(row)

    def is_overdue(self, task: FollowUp) -> bool:
        return task.done_at is None and task.due_date < self._today

    def overdue_count(self) -> int:
        return sum(self.is_overdue(t) for t in self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        task = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (short_date(task.due_date, self.language), task.text,
                    self._status(task))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and self.is_overdue(task):
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.UserRole:
            return task.id
        return None

    def sort_value(self, task: FollowUp, column: int) -> str | tuple[int, str]:
        if column == self.DUE:
            return task.due_date
        if column == self.TEXT:
            return fold(task.text)
        # Overdue, open, done (in the order done): not the words, which read differently per
        # language and put a done date in day-month order.
        return (2 if task.done_at else 0 if self.is_overdue(task) else 1, task.done_at or "")

    def _status(self, task: FollowUp) -> str:
        if task.done_at:
            return QCoreApplication.translate("ClientTasksModel", "afgerond %1").replace(
                "%1", short_date_time(task.done_at, self.language))
        if self.is_overdue(task):
            return QCoreApplication.translate("ClientTasksModel", "te laat")
        return QCoreApplication.translate("ClientTasksModel", "open")
