"""The overview of what is due: every open follow-up task and every open deadline derived from
a case (core.cases) up to today, across all files, the oldest first; Enter or a double click
opens that client's file, *Afgerond* marks the chosen task or deadline done (a deadline through
the case service, core.cases.service), and *Afronden ongedaan maken* reopens the tasks and
deadlines marked done here, the last first (what is marked leaves this list, so the undo is
here).
The list is read as an operation (gui/operations.py) and shown when it is there; after a mark
it is read again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog

from consultant_app.gui.dates import short_date
from consultant_app.gui.forms.ui_due_tasks_dialog import Ui_DueTasksDialog
from consultant_app.gui.models.rows import RowsModel
from consultant_app.gui.operations import OpChanges, run_op


@dataclass(frozen=True)
class DueItem:
    """A task or a case's deadline as the overview shows it."""

    id: str                 # a task's id, or a derived deadline's
    client_id: str
    client_name: str
    due_date: str
    text: str               # a task's text; a deadline's rule id
    deadline: bool = False


def mark_done(workspace, item: DueItem) -> None:
    if item.deadline:
        workspace.cases.mark_done(item.id)
    else:
        workspace.casefile.complete_follow_up(item.id)


def reopen(workspace, item: DueItem) -> None:
    if item.deadline:
        workspace.cases.reopen(item.id)
    else:
        workspace.casefile.reopen_follow_up(item.id)


def due_items(workspace, until: date, language: str) -> list[DueItem]:
    """Open tasks and open case deadlines due on or before `until`, the oldest first; a
    deadline in its rule's words in `language`."""
    tasks = [DueItem(t.id, t.client_id, t.client_name or "", t.due_date, t.text)
             for t in workspace.casefile.due_follow_ups(until.isoformat())]
    deadlines = [DueItem(d.deadline.id, d.case.client_id, d.client_name, d.deadline.due.isoformat(),
                         d.deadline.title_in(language), deadline=True)
                 for d in workspace.cases.deadlines(until=until, open_only=True)]
    return sorted(tasks + deadlines, key=lambda item: item.due_date)


class DueTasksModel(RowsModel):
    CONTEXT = "DueTasksModel"
    HEADERS = (QT_TRANSLATE_NOOP("DueTasksModel", "Uiterlijk"),
               QT_TRANSLATE_NOOP("DueTasksModel", "Cliënt"),
               QT_TRANSLATE_NOOP("DueTasksModel", "Taak"))

    def set_tasks(self, tasks: list[DueItem]) -> None:
        self._reset(list(tasks))

    def task(self, row: int) -> DueItem | None:
        return self._row(row)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        task = self._row(index.row()) if index.isValid() else None
        if task is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        text = task.text
        if task.deadline:
            # The context spelt out, so the translation tool finds the text (not self.CONTEXT).
            text = QCoreApplication.translate("DueTasksModel", "Termijn van de zaak: %1").replace(
                "%1", task.text)
        return (short_date(task.due_date, self.language), task.client_name, text)[
            index.column()]


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
        self.ui.done_button.clicked.connect(self._mark_done)
        self.ui.undo_button.clicked.connect(self._undo)
        self.marked: list[DueItem] = []  # the tasks and deadlines marked done here, in order
        self.ui.empty_label.hide()  # until the tasks are read
        self.today = date.today()
        run_op(self, lambda workspace: due_items(workspace, self.today, session.language),
               on_success=self._show, on_failure=lambda _: None)

    def _mark_done(self) -> None:
        item = self.model.task(self.ui.tasks_view.currentIndex().row())
        if item is None:
            return
        today, language = self.today, self.session.language

        def work(workspace) -> list[DueItem]:
            mark_done(workspace, item)
            return due_items(workspace, today, language)

        def marked(tasks: list[DueItem]) -> None:
            self.marked.append(item)
            self._show(tasks)

        run_op(self, work, changes=OpChanges(follow_ups=True), on_success=marked,
               on_failure=lambda _: None)

    def _undo(self) -> None:
        """Reopens what was marked done here last."""
        if not self.marked:
            return
        item = self.marked.pop()
        today, language = self.today, self.session.language

        def work(workspace) -> list[DueItem]:
            reopen(workspace, item)
            return due_items(workspace, today, language)

        run_op(self, work, changes=OpChanges(follow_ups=True), on_success=self._show,
               on_failure=lambda _: self._show_undo())

    def _show(self, tasks: list) -> None:
        self.model.set_tasks(tasks)
        self.ui.empty_label.setVisible(not tasks)
        self.ui.tasks_view.setVisible(bool(tasks))
        self.ui.done_button.setEnabled(bool(tasks))
        self._show_undo()
        if tasks:
            self.ui.tasks_view.selectRow(0)
            self.ui.tasks_view.setFocus()

    def _show_undo(self) -> None:
        self.ui.undo_button.setEnabled(bool(self.marked))

    def _open(self, index: QModelIndex) -> None:
        task = self.model.task(index.row())
        if task is not None:
            self.open_client.emit(task.client_id)
            self.accept()
