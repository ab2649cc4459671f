"""The overview of what is due: every open follow-up task up to today, across all files, the
oldest first; Enter or a double click opens that client's file. The list is read as an
operation (gui/operations.py) and shown when it is there."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog

from consultant_app.core.domain.records import FollowUp
from consultant_app.gui.dates import short_date
from consultant_app.gui.forms.ui_due_tasks_dialog import Ui_DueTasksDialog
from consultant_app.gui.models.rows import RowsModel
from consultant_app.gui.operations import run_op


class DueTasksModel(RowsModel):
    CONTEXT = "DueTasksModel"
    HEADERS = (QT_TRANSLATE_NOOP("DueTasksModel", "Uiterlijk"),
               QT_TRANSLATE_NOOP("DueTasksModel", "Cliënt"),
               QT_TRANSLATE_NOOP("DueTasksModel", "Taak"))

    def set_tasks(self, tasks: list[FollowUp]) -> None:
        self._reset(list(tasks))

    def task(self, row: int) -> FollowUp | None:
        return self._row(row)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        task = self._row(index.row()) if index.isValid() else None
        if task is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (short_date(task.due_date, self.language), task.client_name or "",
                task.text)[index.column()]


class DueTasksDialog(QDialog):
    open_client = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_DueTasksDialog()
        self.ui.setupUi(self)
        self.model = DueTasksModel(self, language=session.language)
        self.ui.tasks_view.setModel(self.model)
        self.ui.tasks_view.verticalHeader().hide()
        self.ui.tasks_view.horizontalHeader().setStretchLastSection(True)
        self.ui.tasks_view.setColumnWidth(1, 220)
        self.ui.tasks_view.activated.connect(self._open)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.empty_label.hide()  # until the tasks are read
        today = date.today().isoformat()
        run_op(self, lambda workspace: workspace.casefile.due_follow_ups(today),
               on_success=self._show, on_failure=lambda _: None)

    def _show(self, tasks: list) -> None:
        self.model.set_tasks(tasks)
        self.ui.empty_label.setVisible(not tasks)
        self.ui.tasks_view.setVisible(bool(tasks))
        if tasks:
            self.ui.tasks_view.selectRow(0)
            self.ui.tasks_view.setFocus()

    def _open(self, index: QModelIndex) -> None:
        task = self.model.task(index.row())
        if task is not None:
            self.open_client.emit(task.client_id)
            self.accept()
